"""The per-step math of the steering engine: guidance, repetition controls, sampling.

Small pure functions on tensors, in the order the engine applies them each step:

1. `mix_logprobs` (the log-prob form of Sanchez et al. 2023) or `mix_probs` (a gentler
   mode for high `w`) mixes the positive and negative rows' log-probabilities; the batched
   forms, with the "top_k" mode, are in `guardrail.steering.guidance`;
2. `banned_ngram_tokens` names the tokens that would repeat an n-gram (the repetition
   penalty is batched in `guidance`);
3. `select_token` picks greedily or samples with temperature, top-k and top-p.

The one-request reference forms of the batched math live with the tests
(`tests/reference_math.py`), which check the engine against them.

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
