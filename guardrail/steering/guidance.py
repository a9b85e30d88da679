"""The per-step math for every request of a batch at once, on the model's device.

Pure functions on tensors, in the order the decode loop applies them: `mix_requests`
(classifier-free guidance for each request's rows with its own `w` and mode),
`penalize_repeats` and `ban_tokens` (repetition controls), `pick_greedy`. They compute
exactly what the one-request reference forms (`tests/reference_math.py`) compute, row by row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from guardrail.steering.sampling import mix_logprobs, mix_probs

if TYPE_CHECKING:
    import torch


def mix_requests(
    logprobs: torch.Tensor,
    pos_rows: torch.Tensor,
    neg_rows: torch.Tensor,
    w: torch.Tensor,
    modes: Sequence[str | None],
    top_k: torch.Tensor,
) -> torch.Tensor:
    """Each request's guided scores from the log-probabilities of all rows.

    Args:
        logprobs: `torch.FloatTensor` of shape `(rows, vocab_size)`, log-softmax of every row.
        pos_rows: `torch.LongTensor` of shape `(requests,)`, each request's positive row.
        neg_rows: `torch.LongTensor` of shape `(requests,)`, its negative row (any row when
            the request is not steered).
        w: `torch.FloatTensor` of shape `(requests,)`, the guidance coefficients.
        modes: per request "logprob", "prob", "top_k", or None when it is not steered
            (w == 1: its scores are its positive row, exactly).
        top_k: `torch.LongTensor` of shape `(requests,)`, `k` for mode "top_k".

    Returns:
        `torch.FloatTensor` of shape `(requests, vocab_size)`.
    """
    import torch

    pos = logprobs.index_select(0, pos_rows)
    groups: dict[str, list[int]] = {}
    for i, mode in enumerate(modes):
        if mode is not None:
            groups.setdefault(mode, []).append(i)
    if not groups:
        return pos
    neg = logprobs.index_select(0, neg_rows)
    scores = pos.clone()
    for mode, members in groups.items():  # one tensor operation per mode present
        index = torch.tensor(members, device=pos.device)
        p, n, coefficient = pos[index], neg[index], w[index].unsqueeze(-1)
        if mode == "logprob":
            mixed = mix_logprobs(p, n, coefficient)
        elif mode == "prob":
            mixed = mix_probs(p, n, coefficient)
        elif mode == "top_k":
            mixed = mix_logprobs(p, n, coefficient).masked_fill(~top_k_mask(p, top_k[index]), float("-inf"))
        else:
            raise ValueError(f"`mode` (={mode!r}) has to be one of logprob, prob, top_k")
        scores[index] = mixed
    return scores


def top_k_mask(scores: torch.Tensor, k: torch.Tensor) -> torch.Tensor:
    """Where each row's `k` highest scores are.

    Args:
        scores: `torch.FloatTensor` of shape `(n, vocab_size)`.
        k: `torch.LongTensor` of shape `(n,)`, each >= 1.

    Returns:
        `torch.BoolTensor` of shape `(n, vocab_size)`.
    """
    import torch

    widest = min(int(k.max()), scores.shape[-1])
    ranks = torch.arange(widest, device=scores.device).expand(len(k), widest)
    top = scores.topk(widest, dim=-1).indices
    return torch.zeros_like(scores, dtype=torch.bool).scatter_(-1, top, ranks < k.unsqueeze(-1))


def penalize_repeats(scores: torch.Tensor, seen: torch.Tensor, penalty: torch.Tensor) -> torch.Tensor:
    """The CTRL repetition penalty for every request, as transformers applies it: a negative
    score is multiplied by the request's `penalty`, a positive one divided by it.

    Args:
        scores: `torch.FloatTensor` of shape `(n, vocab_size)`.
        seen: `torch.BoolTensor` of shape `(n, vocab_size)`, tokens each request generated.
        penalty: `torch.FloatTensor` of shape `(n,)`; 1.0 is off.

    Returns:
        `torch.FloatTensor` of shape `(n, vocab_size)`.
    """
    import torch

    p = penalty.unsqueeze(-1)
    return torch.where(seen & (p != 1.0), torch.where(scores < 0, scores * p, scores / p), scores)


def ban_tokens(scores: torch.Tensor, bans: Sequence[tuple[int, int]]) -> torch.Tensor:
    """Set `scores[row, token]` to `-inf` for every `(row, token)` of `bans` (in place)."""
    import torch

    if bans:
        rows, tokens = zip(*bans)
        index = (torch.tensor(rows, device=scores.device), torch.tensor(tokens, device=scores.device))
        scores.index_put_(index, torch.tensor(float("-inf"), device=scores.device))
    return scores
