"""`TrainConfig`: the hyperparameters of one training run (the loop is `training.trainer`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TrainConfig:
    """Hyperparameters of one run (recorded in the manifest).

    `max_length` bounds prompt + answer tokens (longer prompts are cut from the left of the
    user turn's context, never the answer). `sft_on` says which examples the SFT term
    imitates: "both" (each example's chosen answer: the safe one under the positive prompt,
    the leaking one under the negative prompt), "positive" (the safe answers only) or "none"
    (the preference term alone). With `beta = 10` the preference term dominates and the SFT
    term on both conditions keeps the prompt-independent preference balanced; "positive"
    biases it towards the safe answer under both prompts and, measured, left the per-pair
    accuracy stuck at one condition of two (docs/training.md).
    """

    rank: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: str | tuple[str, ...] = "all-linear"
    top_layers: int | None = None  # LoRA on the last `top_layers` decoder layers only (None = all): back-propagation stops below them
    beta: float = 10.0
    sft_on: str = "both"
    paired: bool = True  # keep each pair's positive- and negative-prompt examples in one micro-batch (batch_size even)
    learning_rate: float = 1e-3
    epochs: int = 1
    batch_size: int = 2
    grad_accum: int = 4
    warmup_ratio: float = 0.1
    max_length: int = 224
    seed: int = 0
    time_budget_s: float | None = None  # stop early (schedule shortened) to end within this many seconds
    init_adapter: str | None = None  # adapter folder whose LoRA weights start the run (same rank and modules)
    init_lora_weights: bool = True  # False gives random B too (tiny-model tests only)

    def __post_init__(self) -> None:
        for name in ("rank", "alpha", "epochs", "batch_size", "grad_accum", "max_length"):
            if getattr(self, name) < 1:
                raise ValueError(f"`{name}` (={getattr(self, name)}) has to be a positive integer")
        if not self.learning_rate > 0:
            raise ValueError(f"`learning_rate` (={self.learning_rate}) has to be a strictly positive float")
        if self.sft_on not in ("positive", "both", "none"):
            raise ValueError(f"`sft_on` (={self.sft_on!r}) has to be 'positive', 'both' or 'none'")
