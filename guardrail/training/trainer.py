"""The LoRA + ORPO training loop, with checkpoints (batches: `training.batches`; saving: `training.artifacts`).

The loop is written out plainly (no trainer framework): tokenise each example as
prompt + answer, run chosen and rejected rows of a micro-batch in one forward pass,
project to the vocabulary only where an answer token is predicted, take the ORPO loss,
accumulate gradients, step AdamW on a warm-up + cosine schedule.
"""

from __future__ import annotations

import logging
import math
import random
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from guardrail.steering.models import LoadedModel
from guardrail.training.batches import batch_loss, evaluate_examples, mean_value
from guardrail.training.config import TrainConfig
from guardrail.training.data import TrainingExample

logger = logging.getLogger("guardrail.training")
_LLAMA_LINEAR = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")  # "all-linear" of a Llama decoder layer


@dataclass(frozen=True)
class StepLog:
    """Averages over one optimizer step."""

    step: int
    loss: float
    sft: float
    odds_ratio: float
    accuracy: float
    learning_rate: float
    seconds: float


@dataclass(frozen=True)
class TrainResult:
    """What a finished run produced."""

    out_dir: Path
    steps: tuple[StepLog, ...]
    training_seconds: float
    validation: Mapping[str, float] = field(default_factory=dict)
    planned_steps: int = 0  # optimizer steps the data asked for; more than `len(steps)` when a time budget cut the run


def attach_lora(model: Any, config: TrainConfig) -> Any:
    """A peft model with a fresh trainable LoRA on `config.target_modules` (never the LM head)
    of every decoder layer, or of the last `config.top_layers` ones."""
    from peft import LoraConfig, get_peft_model

    layers, modules = None, config.target_modules
    if config.top_layers is not None:
        count = model.config.num_hidden_layers
        layers = list(range(max(0, count - config.top_layers), count))
        if modules == "all-linear":  # peft wants names with `layers_to_transform`
            modules = list(_LLAMA_LINEAR)
    lora = LoraConfig(
        r=config.rank,
        layers_to_transform=layers,
        lora_alpha=config.alpha,
        lora_dropout=config.dropout,
        target_modules=modules,
        init_lora_weights=config.init_lora_weights,
        task_type="CAUSAL_LM",
    )
    with warnings.catch_warnings():
        # peft 0.21 reads a property transformers 5 deprecated; nothing for us to change
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        return get_peft_model(model, lora)


def train_adapter(
    loaded: LoadedModel,
    examples: Sequence[TrainingExample],
    config: TrainConfig,
    validation: Sequence[TrainingExample] = (),
    on_step: Callable[[StepLog], None] | None = None,
    checkpoint_dir: str | Path | None = None,
    checkpoint_every: int = 5,
) -> tuple[Any, TrainResult]:
    """Train a LoRA adapter with ORPO on `loaded.model` (which it wraps in place).

    Args:
        loaded: the base model; its weights stay frozen.
        examples: CFG-aware training examples (see `data.cfg_aware_examples`).
        config: hyperparameters.
        validation: examples scored once after training (loss, accuracy).
        on_step: called after every optimizer step.
        checkpoint_dir: where `state.pt` is saved every `checkpoint_every` optimizer steps
            and at the end; a state found there (same config and examples) is resumed.
        checkpoint_every: optimizer steps between checkpoints.

    Returns:
        The peft model (LoRA attached, eval mode) and a `TrainResult` whose `out_dir` is unset
        ("."); pass the model to `save_adapter`.

    Raises:
        TrainingError: when `checkpoint_dir` holds another run's state.
    """
    import torch

    from guardrail.training import checkpoint as ckpt

    if not examples:
        raise ValueError("`examples` is empty; generate some training data first")
    torch.manual_seed(config.seed)
    model = attach_lora(loaded.model, config)
    if config.init_adapter is not None:
        load_initial_weights(model, config.init_adapter)
    model.train()
    named = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    params = [p for _, p in named]
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=0.0)
    micro_per_epoch = math.ceil(len(examples) / config.batch_size)
    planned = total = math.ceil(micro_per_epoch * config.epochs / config.grad_accum)
    warmup = round(config.warmup_ratio * planned)
    rng = random.Random(config.seed)
    units = condition_units(examples) if config.paired else [[e] for e in examples]
    micro_batches = []
    for _ in range(config.epochs):
        order = list(units)
        rng.shuffle(order)
        flat = [e for unit in order for e in unit]
        micro_batches += [flat[i : i + config.batch_size] for i in range(0, len(flat), config.batch_size)]

    folder = Path(checkpoint_dir) if checkpoint_dir is not None else None
    digest = ckpt.examples_digest(examples)
    config_record = asdict(config)
    logs: list[StepLog] = []
    step, elapsed = 0, 0.0
    state = ckpt.load_state(folder, config_record, digest) if folder is not None else None
    if state is not None:
        with torch.no_grad():
            for name, p in named:
                p.copy_(state["lora"][name])
        optimizer.load_state_dict(state["optimizer"])
        torch.set_rng_state(state["rng"])  # dropout draws on from where the saved run stopped
        step, total, elapsed = state["step"], state["total"], state["elapsed"]
        logs = [StepLog(**row) for row in state["logs"]]
        logger.info("resumed at optimizer step %d of %d (%.0fs trained)", step, total, elapsed)

    def save() -> None:
        if folder is not None:
            ckpt.save_state(folder, {
                "config": config_record, "examples_sha256": digest, "step": step, "total": total,
                "elapsed": elapsed, "logs": [asdict(log) for log in logs],
                "lora": {name: p.detach().clone() for name, p in named}, "optimizer": optimizer.state_dict(),
                "rng": torch.get_rng_state(),
            })

    resumed_at, began = step, time.monotonic() - elapsed
    while step < total:
        if config.time_budget_s is not None and step - resumed_at >= 3:
            # the budget, not the data, bounds the run: shorten the schedule so it still decays
            per_step = (time.monotonic() - began) / step
            affordable = max(step + 1, int(config.time_budget_s / per_step))
            if affordable < total:
                if total == planned:
                    logger.warning("time budget: %d of %d optimizer steps fit in %.0fs", affordable, planned, config.time_budget_s)
                total = affordable
        learning_rate = config.learning_rate * cosine_with_warmup(step, warmup, total)
        for group in optimizer.param_groups:
            group["lr"] = learning_rate
        chunk = micro_batches[step * config.grad_accum : (step + 1) * config.grad_accum]
        parts = []
        for batch in chunk:
            result = batch_loss(model, loaded.tokenizer, batch, config)
            (result.loss / len(chunk)).backward()  # accumulate the mean over micro-batches
            parts.append(result)
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        elapsed = time.monotonic() - began
        log = StepLog(
            step=step + 1,
            loss=mean_value(p.loss for p in parts),
            sft=mean_value(p.sft for p in parts),
            odds_ratio=mean_value(p.odds_ratio for p in parts),
            accuracy=mean_value(p.accuracy for p in parts),
            learning_rate=learning_rate,
            seconds=elapsed,
        )
        logs.append(log)
        if on_step is not None:
            on_step(log)
        step += 1
        if step % checkpoint_every == 0 or step == total:
            save()
    model.eval()
    scores = evaluate_examples(model, loaded.tokenizer, validation, config) if validation else {}
    return model, TrainResult(Path("."), tuple(logs), elapsed, scores, planned_steps=planned)


def load_initial_weights(model: Any, folder: str | Path) -> None:
    """Start the trainable LoRA from a saved adapter's weights (a warm start).

    Raises:
        TrainingError: the folder has no `adapter_model.safetensors`, or its tensors do not
            match the attached LoRA one for one (another rank, other modules).
    """
    from peft import set_peft_model_state_dict
    from safetensors.torch import load_file

    from guardrail.errors import TrainingError

    path = Path(folder) / "adapter_model.safetensors"
    if not path.is_file():
        raise TrainingError(f"--init-adapter {folder}: no adapter_model.safetensors there; pass a folder `guardrail train` wrote")
    weights = load_file(str(path))
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    try:
        result = set_peft_model_state_dict(model, weights)
    except RuntimeError as exc:  # a tensor of another shape
        raise TrainingError(f"--init-adapter {folder}: {str(exc).splitlines()[0]}; use the same --rank as the run that wrote it") from None
    if result.unexpected_keys or len(weights) != len(trainable):
        raise TrainingError(
            f"--init-adapter {folder}: its {len(weights)} tensors do not match the {len(trainable)} of this run's LoRA; "
            "use the same --rank, --target-modules and --top-layers as the run that wrote it"
        )


def condition_units(examples: Sequence[TrainingExample]) -> list[list[TrainingExample]]:
    """The examples as shuffling units: a pair's positive-prompt example followed by its
    swapped negative-prompt one (as `data.cfg_aware_examples` lists them) stay together.

    In one micro-batch the two halves' prompt-independent gradients cancel, so what is left
    teaches the preference to follow the system prompt; shuffled apart, a step with more of
    one condition drags both conditions' preferences the same way.
    """
    units, i = [], 0
    while i < len(examples):
        first = examples[i]
        second = examples[i + 1] if i + 1 < len(examples) else None
        if (second is not None and first.condition == "positive" and second.condition == "negative"
                and (first.chosen, first.rejected) == (second.rejected, second.chosen)):
            units.append([first, second])
            i += 2
        else:
            units.append([first])
            i += 1
    return units


def cosine_with_warmup(step: int, warmup: int, total: int) -> float:
    """Learning-rate factor of optimizer step `step` (from 0): linear warm-up over `warmup`
    steps, then cosine decay towards 0 at step `total`."""
    if step < warmup:
        return (step + 1) / (warmup + 1)
    progress = (step - warmup) / max(1, total - warmup)
    return 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))
