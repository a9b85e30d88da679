"""One-request reference forms of the engine's batched per-step math.

The engine runs guidance and the repetition controls batched (`guardrail.steering.guidance`);
these plain forms, written for one request's row of scores, are what the tests check it
against. Scores are float32 log-probabilities of shape `(vocab_size,)`; `-inf` marks a token
that must not be chosen.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from guardrail.steering.sampling import GUIDANCE_MODES, banned_ngram_tokens, mix_logprobs, mix_probs


def mix_top_k(pos: torch.Tensor, neg: torch.Tensor, w: float, k: int) -> torch.Tensor:
    """Log-prob guidance restricted to the `k` tokens the positive prompt ranks highest.

    Every other token is banned, so guidance can reorder plausible continuations but never
    promote a token the positive prompt itself finds implausible.

    Args:
        pos: `torch.FloatTensor` of shape `(..., vocab_size)`, positive log-softmax.
        neg: `torch.FloatTensor` of the same shape, negative log-softmax.
        w: the guidance coefficient, >= 0.
        k: how many of the positive prompt's top tokens stay allowed, >= 1.

    Returns:
        `torch.FloatTensor` of shape `(..., vocab_size)`, `-inf` outside the top `k`.
    """
    if k < 1:
        raise ValueError(f"`k` (={k}) has to be a positive integer")
    k = min(k, pos.shape[-1])
    keep = torch.zeros_like(pos, dtype=torch.bool).scatter_(-1, pos.topk(k, dim=-1).indices, True)
    return mix_logprobs(pos, neg, w).masked_fill(~keep, float("-inf"))


def guide(pos: torch.Tensor, neg: torch.Tensor | None, w: float, mode: str = "logprob", top_k: int = 20) -> torch.Tensor:
    """Mix one request's rows with the guidance mode of its policy.

    Args:
        pos: `torch.FloatTensor` of shape `(vocab_size,)`, positive log-softmax.
        neg: `torch.FloatTensor` of shape `(vocab_size,)`, or None when `w == 1` (no
            negative row was run).
        w: the guidance coefficient.
        mode: "logprob", "prob" or "top_k".
        top_k: `k` for mode "top_k".

    Returns:
        `torch.FloatTensor` of shape `(vocab_size,)`.
    """
    if neg is None or w == 1.0:
        return pos
    if mode == "logprob":
        return mix_logprobs(pos, neg, w)
    if mode == "prob":
        return mix_probs(pos, neg, w)
    if mode == "top_k":
        return mix_top_k(pos, neg, w, top_k)
    raise ValueError(f"`mode` (={mode!r}) has to be one of {GUIDANCE_MODES}")


def apply_repetition_penalty(scores: torch.Tensor, previous: Sequence[int], penalty: float) -> torch.Tensor:
    """Make tokens that were already generated less likely (CTRL, Keskar et al. 2019).

    As transformers does: a negative score is multiplied by `penalty`, a positive one
    divided by it. Only the completion's own tokens count, not the prompt, so the chat
    template's end-of-turn token is never penalised.

    Args:
        scores: `torch.FloatTensor` of shape `(vocab_size,)`.
        previous: token ids generated so far.
        penalty: > 0; 1.0 is off, > 1 discourages repetition.

    Returns:
        `torch.FloatTensor` of shape `(vocab_size,)` (a new tensor).
    """
    if penalty <= 0:
        raise ValueError(f"`penalty` (={penalty}) has to be a strictly positive float")
    if penalty == 1.0 or not previous:
        return scores
    index = torch.tensor(sorted(set(previous)), dtype=torch.long, device=scores.device)
    seen = scores.gather(-1, index)
    seen = torch.where(seen < 0, seen * penalty, seen / penalty)
    return scores.scatter(-1, index, seen)


def ban_repeated_ngrams(scores: torch.Tensor, previous: Sequence[int], n: int) -> torch.Tensor:
    """Set to `-inf` every token that would repeat an n-gram of `previous`.

    Args:
        scores: `torch.FloatTensor` of shape `(vocab_size,)`.
        previous: token ids generated so far.
        n: n-gram size; 0 is off.

    Returns:
        `torch.FloatTensor` of shape `(vocab_size,)`.
    """
    banned = banned_ngram_tokens(previous, n)
    if not banned:
        return scores
    scores = scores.clone()
    scores[sorted(banned)] = float("-inf")
    return scores
