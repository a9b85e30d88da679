"""One request's state inside a running decode: pick its next token, stream its text, finish.

The engine owns the batch; each `RequestState` sees only its own rows' log-probabilities
and applies its own request's guidance, repetition controls and sampler, so a request's
tokens do not depend on which other requests share its batch.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from guardrail.errors import EngineError, GuardrailError
from guardrail.steering.sampling import apply_repetition_penalty, ban_repeated_ngrams, guide, select_token
from guardrail.steering.textstream import IncrementalDecoder, StopStrings

if TYPE_CHECKING:
    import torch

    from guardrail.steering.engine import GenerationRequest


@dataclass
class RequestState:
    """The decoding state of one request.

    `finish` becomes "eos", "stop", "length", "error" (its `on_text` callback failed) or
    "cancelled" (its stream was closed).
    """

    job: Any  # the engine's job: `.on_text(index, piece)` or None, `.cancelled` (threading.Event)
    index: int  # position in the job's requests
    request: GenerationRequest
    prompts: list[list[int]]  # [positive] or [positive, negative] token ids
    max_new_tokens: int
    decoder: IncrementalDecoder
    stops: StopStrings
    eos_ids: frozenset[int]
    generator: Any = None  # torch.Generator when sampling
    generated: list[int] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    finish: str | None = None
    error: GuardrailError | None = None
    started: float = 0.0  # when it entered the batch
    first_token_at: float = 0.0
    done_at: float = 0.0
    settled: bool = False

    def step(self, pos: torch.Tensor, neg: torch.Tensor | None) -> None:
        """Choose, record and stream one token; set `finish` when the request is done.

        Args:
            pos: `torch.FloatTensor` of shape `(vocab_size,)`, the positive row's log-softmax.
            neg: the same for the negative row, or None when the request has none (w = 1).
        """
        request, spec = self.request, self.request.decoding
        if self.job.cancelled.is_set():
            self.finish = "cancelled"
            return
        scores = guide(pos, neg, request.guidance, request.guidance_mode, request.guidance_top_k)
        scores = apply_repetition_penalty(scores, self.generated, spec.repetition_penalty)
        scores = ban_repeated_ngrams(scores, self.generated, spec.no_repeat_ngram_size)
        token = select_token(scores, spec.temperature, spec.top_p, spec.top_k, self.generator)
        now = time.perf_counter()
        self.first_token_at = self.first_token_at or now
        self.done_at = now
        self.generated.append(token)
        if token in self.eos_ids:
            self.finish = "eos"
            self._emit(self.decoder.flush(), flush=True)
            return
        self._emit(self.decoder.push(token))
        if self.finish is not None:  # the on_text callback failed
            return
        if self.stops.stopped:
            self.finish = "stop"
        elif len(self.generated) >= self.max_new_tokens:
            self.finish = "length"
            self._emit(self.decoder.flush(), flush=True)

    @property
    def text(self) -> str:
        """The text released so far ("" once the request failed: nothing partial leaves)."""
        return "" if self.finish == "error" else "".join(self.pieces)

    def _emit(self, piece: str, flush: bool = False) -> None:
        """Pass newly decoded text through the stop strings to the result and `on_text`."""
        text = self.stops.feed(piece)
        if flush:
            text += self.stops.flush()
        if not text:
            return
        self.pieces.append(text)
        if self.job.on_text is None or self.error is not None:
            return
        try:
            self.job.on_text(self.index, text)
        except GuardrailError as exc:
            self.finish, self.error = "error", exc
        except Exception as exc:  # the callback's message could hold generated text: keep it out
            self.finish, self.error = "error", EngineError(f"the on_text callback raised {type(exc).__name__}")
            self.error.__cause__ = exc
