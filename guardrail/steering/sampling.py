"""The per-step math of the steering engine: guidance, repetition controls, sampling.

Small pure functions on tensors, in the order the engine applies them each step:

1. `guide` mixes the positive and negative rows' log-probabilities (`mix_logprobs`, the
   log-prob form of Sanchez et al. 2023; or `mix_probs` / `mix_top_k`, the two gentler
   modes for high `w`);
2. `apply_repetition_penalty` and `ban_repeated_ngrams` discourage loops;
3. `select_token` picks greedily or samples with temperature, top-k and top-p.

Scores are float32 log-probabilities of shape `(vocab_size,)` or `(batch, vocab_size)`;
`-inf` marks a token that must not be chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import torch

GUIDANCE_MODES = ("logprob", "prob", "top_k")


def mix_logprobs(pos: torch.Tensor, neg: torch.Tensor, w: float) -> torch.Tensor:
    """Classifier-free guidance on log-probabilities: `neg + w * (pos - neg)`.

    `w = 1` gives `pos`, `w = 0` gives `neg`, `w > 1` pushes away from the negative prompt.
    The result is not normalised (argmax and sampling after a softmax do not need it).

    Args:
        pos: `torch.FloatTensor` of shape `(..., vocab_size)`, log-softmax under the
            positive prompt.
        neg: `torch.FloatTensor` of the same shape, log-softmax under the negative prompt.
        w: the guidance coefficient, >= 0.

    Returns:
        `torch.FloatTensor` of shape `(..., vocab_size)`.
    """
    return neg + w * (pos - neg)


def mix_probs(pos: torch.Tensor, neg: torch.Tensor, w: float) -> torch.Tensor:
    """Guidance in probability space: `log(max(p_neg + w * (p_pos - p_neg), 0))`, renormalised.

    Unlike the log-prob form, a token both prompts find unlikely cannot be boosted by
    dividing two tiny probabilities, which is what makes high `w` babble; tokens the mix
    drives below zero are banned (`-inf`).

    Args:
        pos: `torch.FloatTensor` of shape `(..., vocab_size)`, positive log-softmax.
        neg: `torch.FloatTensor` of the same shape, negative log-softmax.
        w: the guidance coefficient, >= 0.

    Returns:
        `torch.FloatTensor` of shape `(..., vocab_size)`, log-probabilities that sum to 1.
    """
    import torch

    p_neg = neg.exp()
    mixed = (p_neg + w * (pos.exp() - p_neg)).clamp_min(0.0)
    total = mixed.sum(dim=-1, keepdim=True)
    # If the mix bans every token (impossible for w >= 0 unless pos is degenerate), keep pos.
    return torch.where(total > 0, (mixed / total.clamp_min(1e-30)).log(), pos)


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
    import torch

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
    import torch

    if penalty <= 0:
        raise ValueError(f"`penalty` (={penalty}) has to be a strictly positive float")
    if penalty == 1.0 or not previous:
        return scores
    index = torch.tensor(sorted(set(previous)), dtype=torch.long, device=scores.device)
    seen = scores.gather(-1, index)
    seen = torch.where(seen < 0, seen * penalty, seen / penalty)
    return scores.scatter(-1, index, seen)


def banned_ngram_tokens(previous: Sequence[int], n: int) -> set[int]:
    """Tokens that would complete an n-gram already present in `previous`.

    Args:
        previous: token ids generated so far.
        n: n-gram size; 0 is off.

    Returns:
        The token ids to ban at the next step.
    """
    if n <= 0 or len(previous) < n:
        return set()
    prefix = tuple(previous[len(previous) - n + 1 :]) if n > 1 else ()
    return {
        previous[i + n - 1]
        for i in range(len(previous) - n + 1)
        if tuple(previous[i : i + n - 1]) == prefix
    }


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


def select_token(
    scores: torch.Tensor,
    temperature: float = 0.0,
    top_p: float = 1.0,
    top_k: int = 0,
    generator: torch.Generator | None = None,
) -> int:
    """Pick the next token: greedy when `temperature == 0`, else sample.

    Args:
        scores: `torch.FloatTensor` of shape `(vocab_size,)`; `-inf` is never chosen.
        temperature: 0 for greedy (argmax), otherwise > 0.
        top_p: nucleus size in (0, 1]; 1.0 is off.
        top_k: keep only the `top_k` highest scores; 0 is off.
        generator: a seeded `torch.Generator` for reproducible sampling.

    Returns:
        The chosen token id.
    """
    import torch

    if temperature < 0:
        raise ValueError(f"`temperature` (={temperature}) has to be 0 (greedy) or a positive float")
    if not 0 < top_p <= 1:
        raise ValueError(f"`top_p` (={top_p}) has to be a float in (0, 1]")
    if top_k < 0:
        raise ValueError(f"`top_k` (={top_k}) has to be 0 (off) or a positive integer")
    if temperature == 0:
        return int(scores.argmax())
    logits = scores / temperature
    if 0 < top_k < logits.shape[-1]:
        threshold = logits.topk(top_k).values[-1]
        logits = logits.masked_fill(logits < threshold, float("-inf"))
    if top_p < 1.0:
        sorted_logits, order = logits.sort(descending=True)
        cumulative = sorted_logits.softmax(-1).cumsum(-1)
        # Drop a token when the tokens ranked above it already reach top_p; the first stays.
        drop = (cumulative - sorted_logits.softmax(-1)) >= top_p
        logits = logits.scatter(-1, order, sorted_logits.masked_fill(drop, float("-inf")))
    probs = logits.softmax(-1)
    return int(torch.multinomial(probs, 1, generator=generator))
