"""Per-step constraints: a request may ban tokens at every step of its decode.

A constraint sees the text the request has generated so far and the best candidate token
ids by the request's current scores (after guidance and the repetition controls), and
returns those that must not come next. The context-value copy guard
(`guardrail.steering.copyguard`) is one; a test's fake is another.

Each step, for a request that carries constraints (the others pay nothing), the engine:

1. takes the request's `CANDIDATES` best token ids and asks every constraint about them;
2. sets the banned ones to `-inf` and selects a token (greedy or sampled) as usual;
3. if the chosen token was not among the examined ones (sampling, or every examined one
   was banned), asks about it and the next best unexamined ones, bans, and selects again,
   at most `MAX_ROUNDS` times;
4. finishes the request with finish_reason "constraint" when no allowed token is left (or
   the rounds run out: failing closed).

A constraint that raises fails its own request with an `EngineError` that names the
constraint's type, never its text or the exception's message (both may hold personal data).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from guardrail.errors import EngineError

if TYPE_CHECKING:
    import torch

CANDIDATES = 16  # token ids examined per round
MAX_ROUNDS = 8  # rounds of "select, examine the choice" before the request fails closed


@runtime_checkable
class StepConstraint(Protocol):
    """Bans tokens of one request, step by step."""

    def banned(self, text: str, candidates: Sequence[int]) -> Collection[int]:
        """Token ids among `candidates` that must not be generated next.

        Args:
            text: the request's generated text so far (decoded, before stop strings are cut).
            candidates: token ids, best first by the request's current scores.
        """
        ...


def constrained_select(
    scores: torch.Tensor,
    text: str,
    constraints: Sequence[StepConstraint],
    select: Callable[[torch.Tensor], int],
) -> int | None:
    """Select a token that no constraint bans.

    Args:
        scores: `torch.FloatTensor` of shape `(vocab_size,)`, the request's scores after
            guidance and repetition controls; `-inf` is never chosen. Not modified.
        text: the request's generated text so far.
        constraints: the request's constraints.
        select: picks a token from scores of shape `(vocab_size,)` (greedy or sampled).

    Returns:
        The chosen token id, or None when every remaining token is banned.

    Raises:
        EngineError: a constraint raised or returned something that is not token ids.
    """
    scores = scores.clone()
    examined: set[int] = set()
    candidates = _best(scores, examined, CANDIDATES)
    for _ in range(MAX_ROUNDS):
        if not candidates:
            return None
        for constraint in constraints:
            banned = _ask(constraint, text, candidates)
            if banned:
                scores[sorted(banned)] = float("-inf")
        examined.update(candidates)
        if not bool(scores.isfinite().any()):
            return None
        token = select(scores)
        if token in examined:
            return token
        candidates = [token, *_best(scores, examined | {token}, CANDIDATES - 1)]
    return None


def _best(scores: torch.Tensor, exclude: set[int], k: int) -> list[int]:
    """Up to `k` token ids with finite scores, best first, none of them in `exclude`."""
    if exclude:
        scores = scores.clone()
        scores[sorted(exclude)] = float("-inf")
    values, ids = scores.topk(min(k, scores.shape[-1]))
    return [int(i) for v, i in zip(values.tolist(), ids.tolist()) if v != float("-inf")]


def _ask(constraint: StepConstraint, text: str, candidates: list[int]) -> set[int]:
    """The ids among `candidates` that `constraint` bans."""
    try:
        banned = {int(i) for i in constraint.banned(text, tuple(candidates))}
    except Exception as exc:  # noqa: BLE001 - a faulty constraint fails its request only
        error = EngineError(
            f"the step constraint {type(constraint).__name__} raised {type(exc).__name__}; "
            "fix the constraint (its request was stopped)"
        )
        raise error from exc
    return banned.intersection(candidates)
