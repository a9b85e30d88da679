"""One request's state inside a running decode: pick its next token, stream its text, finish.

The decode loop (`guardrail.steering.loop`) mixes and penalises every request's scores in
one batch; a `RequestState` then selects its own token when it samples or carries
constraints (`choose`), records it, streams its text and decides whether it is done
(`advance`). Nothing here depends on which other requests share the batch.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from guardrail.errors import EngineError, GuardrailError
from guardrail.steering.constraints import constrained_select
from guardrail.steering.requests import GenerationRequest, GenerationResult
from guardrail.steering.sampling import select_token
from guardrail.steering.textstream import IncrementalDecoder, StopStrings

if TYPE_CHECKING:
    import torch


@dataclass
class RequestState:
    """The decoding state of one request.

    `finish` becomes "eos", "stop", "length", "constraint" (every candidate was banned),
    "error" (its `on_text` callback or a constraint failed) or "cancelled" (`cancelled` was set).
    """

    request: GenerationRequest
    prompts: list[list[int]]  # [positive] or [positive, negative] token ids
    max_new_tokens: int
    decoder: IncrementalDecoder
    stops: StopStrings
    eos_ids: frozenset[int]
    shared: list[int] = field(default_factory=list)  # per prompt, its leading tokens shared with other requests
    on_text: Callable[[str], None] | None = None  # called with each newly released piece
    on_done: Callable[[GenerationResult], None] | None = None  # called once, by `settle`
    cancelled: threading.Event = field(default_factory=threading.Event)
    generator: Any = None  # torch.Generator when sampling
    generated: list[int] = field(default_factory=list)
    decoded: str = ""  # the completion's text so far, before stop strings are cut
    pieces: list[str] = field(default_factory=list)
    finish: str | None = None
    error: GuardrailError | None = None
    queued_s: float = 0.0
    started: float = 0.0  # when it entered the batch
    first_token_at: float = 0.0
    done_at: float = 0.0
    settled: bool = False

    @property
    def picks_own(self) -> bool:
        """Whether the request selects its own token (sampling, constraints) instead of the
        batch's greedy argmax."""
        return self.request.steering.decoding.temperature > 0 or bool(self.request.constraints)

    def choose(self, scores: torch.Tensor) -> int | None:
        """The next token from the request's final scores of shape `(vocab_size,)`, after
        its constraints (None: every candidate was banned, or a constraint failed)."""
        spec = self.request.steering.decoding

        def select(s: torch.Tensor) -> int:
            return select_token(s, spec.temperature, spec.top_p, spec.top_k, self.generator)

        if not self.request.constraints:
            return select(scores)
        try:
            return constrained_select(scores, self.decoded, self.request.constraints, select)
        except EngineError as exc:
            self.finish, self.error = "error", exc
            return None

    def advance(self, token: int | None) -> None:
        """Record `token` (None: no token was allowed), stream its text, and decide whether
        the request is done."""
        if self.finish is not None:  # a constraint failed
            return
        if self.cancelled.is_set():
            self.finish = "cancelled"
            return
        if token is None:
            self.finish = "constraint"
            self._emit(self.decoder.flush(), flush=True)
            return
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

    def result(self) -> GenerationResult:
        """The request's result (an error if it has not finished: nothing partial leaves)."""
        if self.finish is None:
            self.finish, self.error = "error", EngineError("generation stopped before this request finished")
        return GenerationResult(
            text=self.text,
            token_ids=tuple(self.generated),
            prompt_tokens=len(self.prompts[0]),
            completion_tokens=len(self.generated),
            finish_reason=self.finish,
            error=self.error,
            queued_s=self.queued_s,
            first_token_s=(self.first_token_at - self.started) if self.first_token_at else 0.0,
            total_s=(self.done_at - self.started) if self.done_at else 0.0,
        )

    def settle(self) -> None:
        """Hand the result to `on_done` (once)."""
        if not self.settled:
            self.settled = True
            if self.on_done is not None:
                self.on_done(self.result())

    def _emit(self, piece: str, flush: bool = False) -> None:
        """Pass newly decoded text through the stop strings to the result and `on_text`."""
        self.decoded += piece
        text = self.stops.feed(piece)
        if flush:
            text += self.stops.flush()
        if not text:
            return
        self.pieces.append(text)
        if self.on_text is None or self.error is not None:
            return
        try:
            self.on_text(text)
        except GuardrailError as exc:
            self.finish, self.error = "error", exc
        except Exception as exc:  # the callback's message could hold generated text: keep it out
            self.finish, self.error = "error", EngineError(f"the on_text callback raised {type(exc).__name__}")
            self.error.__cause__ = exc
