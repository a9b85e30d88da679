"""The decoding loop: one forward pass per step over every row of every request.

`decode` reads like nanoGPT's `generate`: forward, guidance, repetition controls, pick,
record, drop, admit. Everything up to the pick runs on the model's device for all requests
at once; only the chosen token ids move to the host.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from guardrail.steering.batch import RowBatch
from guardrail.steering.decoding import RequestState
from guardrail.steering.guidance import ban_tokens, mix_requests, penalize_repeats
from guardrail.steering.sampling import banned_ngram_tokens

if TYPE_CHECKING:
    import torch


@dataclass
class StepProfile:
    """Where the decoding loop spends its time, summed over its iterations (seconds).

    `forward`: the one-token forward pass of the rows already in the batch (`decode_steps`
    of them); `prefill`: the forward pass over joining requests' prompts (`prefill_tokens`
    prompt tokens, padding excluded); `guidance`: mixing, repetition controls and the pick,
    on the device; `host`: recording tokens, decoding and streaming text, settling, dropping
    and admitting rows. `steps` counts iterations (a prefill-only iteration is one).
    """

    steps: int = 0
    decode_steps: int = 0
    prefill_tokens: int = 0
    forward: float = 0.0
    prefill: float = 0.0
    guidance: float = 0.0
    host: float = 0.0


def decode(
    batch: RowBatch,
    joining: list[RequestState],
    admit: Callable[[RowBatch], list[RequestState]],
    pad_id: int,
    drop_finished: bool = True,
    profile: StepProfile | None = None,
) -> None:
    """Decode `joining` (and whatever `admit` hands in between steps) until every request is done.

    Args:
        batch: an empty `RowBatch`.
        joining: the requests to start with.
        admit: called between steps with the batch; returns requests to join it.
        pad_id: the token fed to finished rows that stay in the batch.
        drop_finished: drop a finished request's rows from the batch and cache (else mask them).
        profile: accumulates the time per phase when given.
    """
    import torch

    live: list[RequestState] = []
    seen = None  # (len(live), vocab_size) bool: the tokens each live request has generated
    clock = _Clock(profile, batch.device)
    with torch.inference_mode():
        while live or joining:
            # 1. forward: one step for the rows already in the batch, a prefill for joining rows
            logits = _forward(batch, live, joining, pad_id, clock)
            seen = _grow(seen, len(joining), logits)
            live = live + joining
            # 2. guidance: mix each request's rows (its own w and mode), on the device
            scores = mix_requests(logits.float().log_softmax(-1), *_plan(batch, live))
            # 3. repetition controls: penalise what each request generated, ban repeated n-grams
            scores = penalize_repeats(scores, seen, _column(live, lambda s: s.request.steering.decoding.repetition_penalty, scores))
            scores = ban_tokens(scores, _ngram_bans(live))
            # 4. pick: greedy for all at once; sampling or constrained requests choose their own
            greedy = scores.argmax(-1).tolist()
            tokens = [slot.choose(scores[i]) if slot.picks_own else greedy[i] for i, slot in enumerate(live)]
            clock.lap("guidance")
            # 5. record each token, stream its text, hand finished requests their results
            for slot, token in zip(live, tokens):
                slot.advance(token)
                if slot.finish is not None:
                    slot.settle()
            picked = [(i, t) for i, t in enumerate(tokens) if t is not None]
            if picked:
                seen[[i for i, _ in picked], [t for _, t in picked]] = True
            # 6. drop finished requests (and, with drop_finished, their rows and cache)
            keep = [i for i, slot in enumerate(live) if slot.finish is None]
            live, seen = [live[i] for i in keep], seen[keep]
            if drop_finished and live:
                batch.keep([i for i, (slot, _) in enumerate(batch.tags) if slot.finish is None])
            # 7. admit requests that arrived meanwhile
            joining = admit(batch) if live else []
            clock.lap("host")


def _forward(batch: RowBatch, live: list[RequestState], joining: list[RequestState], pad_id: int, clock: _Clock) -> torch.Tensor:
    """Logits of shape `(rows, vocab_size)`: a decode step for `live`, then the prefill of `joining`."""
    import torch

    logits = []
    if live:
        last = [slot.generated[-1] if slot.finish is None else pad_id for slot, _ in batch.tags]
        logits.append(batch.decode(last, [slot.request.steering.row_adapters[r] for slot, r in batch.tags]))
        clock.lap("forward")
    if joining:
        tags = [(slot, r) for slot in joining for r in range(len(slot.prompts))]  # r: 0 positive, 1 negative
        prompts = [slot.prompts[r] for slot, r in tags]
        shared = [slot.shared[r] if slot.shared else 0 for slot, r in tags]  # leading tokens other requests share
        logits.append(batch.prefill(prompts, tags, [slot.request.steering.row_adapters[r] for slot, r in tags], shared))
        clock.lap("prefill", tokens=sum(map(len, prompts)))
    return torch.cat(logits) if len(logits) > 1 else logits[0]


def _plan(batch: RowBatch, live: list[RequestState]) -> tuple:
    """`mix_requests`'s row indices, coefficients, modes and top-k for the live requests."""
    import torch

    rows: dict[int, list[int]] = {}
    for i, (slot, r) in enumerate(batch.tags):
        rows.setdefault(id(slot), [i, i])[r] = i
    device = batch.device
    pos = torch.tensor([rows[id(s)][0] for s in live], device=device)
    neg = torch.tensor([rows[id(s)][1] for s in live], device=device)
    w = torch.tensor([s.request.steering.guidance for s in live], device=device)
    modes = [s.request.steering.mode if s.request.steering.steered else None for s in live]
    top_k = torch.tensor([s.request.steering.top_k for s in live], device=device)
    return pos, neg, w, modes, top_k


def _column(live: list[RequestState], value: Callable[[RequestState], float], like: torch.Tensor) -> torch.Tensor:
    import torch

    return torch.tensor([value(s) for s in live], dtype=like.dtype, device=like.device)


def _ngram_bans(live: list[RequestState]) -> list[tuple[int, int]]:
    """(request, token) pairs that would repeat an n-gram of the request's completion."""
    return [
        (i, token)
        for i, slot in enumerate(live)
        for token in sorted(banned_ngram_tokens(slot.generated, slot.request.steering.decoding.no_repeat_ngram_size))
    ]


def _grow(seen: torch.Tensor | None, joining: int, logits: torch.Tensor) -> torch.Tensor:
    """`seen` with `joining` empty rows appended."""
    import torch

    fresh = torch.zeros(joining, logits.shape[-1], dtype=torch.bool, device=logits.device)
    return fresh if seen is None else torch.cat([seen, fresh])


class _Clock:
    """Adds the time since the last lap to a `StepProfile` field (no-op without a profile)."""

    def __init__(self, profile: StepProfile | None, device: str) -> None:
        self.profile, self.cuda = profile, device.startswith("cuda")
        self.last = time.perf_counter()

    def lap(self, phase: str, tokens: int = 0) -> None:
        """Add the time since the last lap to `phase` (`tokens`: the prompt tokens of a prefill)."""
        if self.profile is None:
            return
        if self.cuda:  # kernels run asynchronously: wait for them, or the time lands in the next phase
            import torch

            torch.cuda.synchronize()
        now = time.perf_counter()
        setattr(self.profile, phase, getattr(self.profile, phase) + now - self.last)
        self.profile.steps += phase == "host"
        self.profile.decode_steps += phase == "forward"
        self.profile.prefill_tokens += tokens
        self.last = now
