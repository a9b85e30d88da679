"""Tokenised ORPO batches: encoding prompt + answer, padding, answer log-probabilities, the
loss of a micro-batch and the validation scores (no gradients)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from guardrail.steering.prompts import render_chat
from guardrail.training.data import TrainingExample
from guardrail.training.orpo import OrpoLoss, orpo_loss, packed_answer_logps

if TYPE_CHECKING:
    from guardrail.training.config import TrainConfig


@dataclass(frozen=True)
class _Encoded:
    ids: tuple[int, ...]
    answer_start: int  # index of the first answer token in `ids`


def encode(tokenizer: Any, messages: Sequence[Mapping[str, str]], answer: str, max_length: int) -> _Encoded:
    """Token ids of `messages` rendered with the chat template, then `answer` and end-of-turn.

    The answer is kept whole (up to `max_length // 2` tokens); a prompt that does not fit
    loses characters from the start of its last message, where the context begins.
    """
    answer_ids = tokenizer(answer.strip(), add_special_tokens=False).input_ids[: max_length // 2]
    answer_ids = [*answer_ids, tokenizer.eos_token_id]
    messages = [dict(m) for m in messages]
    while True:
        prompt = render_chat(tokenizer, messages)
        excess = len(prompt) + len(answer_ids) - max_length
        if excess <= 0 or not messages[-1]["content"]:
            return _Encoded(ids=tuple(prompt + answer_ids)[-max_length:], answer_start=max(0, len(prompt) - max(0, excess)))
        messages[-1]["content"] = messages[-1]["content"][max(8, 3 * excess) :]


def collate(rows: Sequence[_Encoded], pad_id: int):
    """Right-pad rows into tensors.

    Returns:
        `input_ids` and `attention_mask` of shape `(batch, seq_len)`, and `answer_mask` of
        shape `(batch, seq_len - 1)`: True where position t predicts an answer token t+1.
    """
    import torch

    width = max(len(r.ids) for r in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    attention = torch.zeros((len(rows), width), dtype=torch.long)
    answer = torch.zeros((len(rows), width), dtype=torch.bool)
    for i, row in enumerate(rows):
        input_ids[i, : len(row.ids)] = torch.tensor(row.ids)
        attention[i, : len(row.ids)] = 1
        answer[i, row.answer_start : len(row.ids)] = True
    return input_ids, attention, answer[:, 1:]


def sequence_logps(model: Any, input_ids, attention_mask, answer_mask):
    """Mean answer log-probability per row, projecting to the vocabulary only on answers.

    Args:
        model: a causal LM (peft-wrapped or not) with `get_decoder()` / `get_output_embeddings()`.
        input_ids, attention_mask: `torch.LongTensor` of shape `(batch, seq_len)`.
        answer_mask: `torch.BoolTensor` of shape `(batch, seq_len - 1)` from `collate`.

    Returns:
        `torch.FloatTensor` of shape `(batch,)`.
    """
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    hidden = base.get_decoder()(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
    rows, cols = answer_mask.nonzero(as_tuple=True)
    logits = base.get_output_embeddings()(hidden[rows, cols])
    return packed_answer_logps(logits, input_ids[rows, cols + 1], rows, input_ids.shape[0])


def batch_loss(model: Any, tokenizer: Any, batch: Sequence[TrainingExample], config: TrainConfig) -> OrpoLoss:
    """The ORPO loss of a micro-batch: chosen and rejected rows in one forward pass."""
    rows = [encode(tokenizer, ex.messages, ex.chosen, config.max_length) for ex in batch]
    rows += [encode(tokenizer, ex.messages, ex.rejected, config.max_length) for ex in batch]
    input_ids, attention, answer = collate(rows, tokenizer.pad_token_id)
    import torch

    device = next(model.parameters()).device
    logps = sequence_logps(model, input_ids.to(device), attention.to(device), answer.to(device))
    sft_mask = torch.tensor([config.sft_on == "both" or (config.sft_on == "positive" and ex.condition == "positive") for ex in batch], device=device)
    return orpo_loss(logps[: len(batch)], logps[len(batch) :], beta=config.beta, sft_mask=sft_mask)


def evaluate_examples(model: Any, tokenizer: Any, examples: Sequence[TrainingExample], config: TrainConfig) -> dict[str, float]:
    """Mean ORPO loss, SFT loss and preference accuracy over `examples` (no gradients).

    Accuracy is also given per condition (`accuracy_positive`, `accuracy_negative`): an
    adapter that CFG can use prefers the safe answer under the positive prompt *and* the
    leaking one under the negative prompt; 0.5 overall can hide one condition winning.
    """
    import torch

    parts = {}
    with torch.no_grad():
        for condition in ("positive", "negative"):
            subset = [ex for ex in examples if ex.condition == condition]
            parts[condition] = [
                batch_loss(model, tokenizer, subset[i : i + config.batch_size], config)
                for i in range(0, len(subset), config.batch_size)
            ]
    every = parts["positive"] + parts["negative"]
    return {
        "examples": float(len(examples)),
        "loss": mean_value(p.loss for p in every),
        "sft": mean_value(p.sft for p in every),
        "accuracy": mean_value(p.accuracy for p in every),
        **{f"accuracy_{c}": mean_value(p.accuracy for p in ps) for c, ps in parts.items() if ps},
    }


def mean_value(values) -> float:
    """Mean of floats or scalar tensors (nan when empty)."""
    values = [float(v.detach()) if hasattr(v, "detach") else float(v) for v in values]
    return sum(values) / len(values) if values else float("nan")
