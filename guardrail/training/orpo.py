"""Odds-ratio preference optimisation (ORPO, Hong et al. 2024, arXiv 2403.07691) as pure functions.

For a prompt x with a chosen answer y_w and a rejected one y_l, with P(y|x) the
length-normalised likelihood exp(mean_t log p(y_t | x, y_<t)):

    odds(y|x)  = P(y|x) / (1 - P(y|x))
    L_OR       = -log sigmoid( log odds(y_w|x) - log odds(y_l|x) )
    L_ORPO     = L_SFT(y_w) + beta * L_OR,   L_SFT = -mean_t log p(y_w,t | ...)

This matches TRL's `ORPOTrainer` (average log-probabilities, beta = lambda of the paper).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OrpoLoss:
    """The loss of one batch and its parts (scalars, tensors of shape `()`).

    Attributes:
        loss: `sft + beta * odds_ratio`, the value to back-propagate.
        sft: mean negative log-likelihood per token of the chosen answers.
        odds_ratio: mean of `-log sigmoid(log odds ratio)`.
        log_odds_ratio: mean log odds ratio (chosen over rejected); > 0 prefers chosen.
        accuracy: share of pairs whose chosen answer is likelier than the rejected one.
    """

    loss: Any
    sft: Any
    odds_ratio: Any
    log_odds_ratio: Any
    accuracy: Any


def answer_logps(logits, labels, mask):
    """Mean log-probability per sequence of the labelled tokens.

    Args:
        logits: `torch.FloatTensor` of shape `(batch_size, seq_len, vocab_size)`: the
            scores that predict `labels` (already shifted: `logits[:, t]` predicts `labels[:, t]`).
        labels: `torch.LongTensor` of shape `(batch_size, seq_len)`.
        mask: `torch.BoolTensor` of shape `(batch_size, seq_len)`: True on answer tokens.

    Returns:
        `torch.FloatTensor` of shape `(batch_size,)`.
    """
    import torch

    logps = torch.log_softmax(logits.float(), dim=-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1)
    mask = mask.to(logps.dtype)
    return (logps * mask).sum(-1) / mask.sum(-1).clamp(min=1.0)


def log_odds(mean_logps):
    """log(P / (1 - P)) for P = exp(mean_logps).

    Args:
        mean_logps: `torch.FloatTensor` of shape `(batch_size,)`, values < 0.

    Returns:
        `torch.FloatTensor` of shape `(batch_size,)`.
    """
    import torch

    return mean_logps - torch.log1p(-torch.exp(mean_logps).clamp(max=1.0 - 1e-6))


def orpo_loss(chosen_logps, rejected_logps, beta: float = 0.1, sft_mask=None) -> OrpoLoss:
    """The ORPO loss from the mean log-probabilities of chosen and rejected answers.

    Args:
        chosen_logps: `torch.FloatTensor` of shape `(batch_size,)` from `answer_logps`.
        rejected_logps: `torch.FloatTensor` of shape `(batch_size,)`.
        beta: weight of the odds-ratio term (the paper's lambda); must be >= 0.
        sft_mask: `torch.BoolTensor` of shape `(batch_size,)`: the rows whose chosen answer
            the SFT term imitates (None = every row). A batch with no such row has `sft = 0`.

    Returns:
        An `OrpoLoss` of scalar tensors.
    """
    import torch.nn.functional as F

    if beta < 0:
        raise ValueError(f"`beta` (={beta}) has to be a non-negative float")
    ratio = log_odds(chosen_logps) - log_odds(rejected_logps)
    odds_term = -F.logsigmoid(ratio).mean()
    if sft_mask is None:
        sft = -chosen_logps.mean()
    else:
        weights = sft_mask.to(chosen_logps.dtype)
        sft = -(chosen_logps * weights).sum() / weights.sum().clamp(min=1.0)
    return OrpoLoss(
        loss=sft + beta * odds_term,
        sft=sft,
        odds_ratio=odds_term,
        log_odds_ratio=ratio.mean(),
        accuracy=(chosen_logps > rejected_logps).float().mean(),
    )


def packed_answer_logps(logits, targets, rows, batch_size: int):
    """`answer_logps` for answer positions only, packed across the batch.

    Computing the vocabulary projection only where an answer token is predicted saves most
    of the work on a 49k-token vocabulary, since prompts are longer than answers.

    Args:
        logits: `torch.FloatTensor` of shape `(num_answer_tokens, vocab_size)`.
        targets: `torch.LongTensor` of shape `(num_answer_tokens,)`: the answer tokens.
        rows: `torch.LongTensor` of shape `(num_answer_tokens,)`: each token's sequence.
        batch_size: number of sequences.

    Returns:
        `torch.FloatTensor` of shape `(batch_size,)`: mean log-probability per sequence.
    """
    import torch

    logps = torch.log_softmax(logits.float(), dim=-1).gather(-1, targets.unsqueeze(-1)).squeeze(-1)
    sums = torch.zeros(batch_size, dtype=logps.dtype, device=logps.device).index_add(0, rows, logps)
    counts = torch.zeros(batch_size, dtype=logps.dtype, device=logps.device).index_add(0, rows, torch.ones_like(logps))
    return sums / counts.clamp(min=1.0)
