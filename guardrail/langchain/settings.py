"""One call of `ChatGuardrail` or `GuardedLLM`: its route and standard parameters, and its timeout.

`Routed.call` builds a `Call` from the instance's settings and the call's keyword
arguments. `answer` and `text_stream` (`aanswer`, `atext_stream` for asyncio) run it: a
whole answer, or its filtered text pieces cut at the first stop word (`StopCut`); both are
bounded by the call's `timeout` (`within`, `awithin`), past which the decode is cancelled.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from guardrail.policy.overrides import RequestOptions, decoding_of
from guardrail.relay import arelay, relay
from guardrail.steering.textstream import StopStrings

if TYPE_CHECKING:
    from guardrail.policy.schema import DecodingSpec
    from guardrail.policy.store import Route
    from guardrail.protocols import Guard
    from guardrail.results import GuardedResponse, OnFinish, Prompt


@dataclasses.dataclass(frozen=True)
class Call:
    """One call's route and settings."""

    tenant: str
    source: str | None
    options: RequestOptions | None
    timeout: float | None
    resolved: Route  # the call's options are applied by `decoding`

    @property
    def guard(self) -> dict[str, Any]:
        """Keyword arguments for `Guardrail.generate` / `stream`."""
        out: dict[str, Any] = {"tenant": self.tenant, "source": self.source}
        if self.options is not None:
            out["options"] = self.options
        return out

    def decoding(self) -> DecodingSpec:
        """The decoding settings the call will really use (`DecodingSpec`)."""
        route = self.resolved if self.options is None else self.options.apply(self.resolved)
        return decoding_of(route)


class StopCut:
    """Text pieces cut at the first stop word (`StopStrings`), as a `relay.Step`: the stream
    is stopped (and closed) there."""

    def __init__(self, stop: Sequence[str] | None) -> None:
        self._cutter = StopStrings(stop)

    @property
    def done(self) -> bool:
        return self._cutter.stopped

    def push(self, piece: str) -> list[str]:
        return [text] if (text := self._cutter.feed(piece)) else []

    def finish(self) -> list[str]:
        return [rest] if (rest := self._cutter.flush()) else []

    def fail(self, exc: Exception) -> BaseException:
        return exc


@dataclasses.dataclass(frozen=True)
class Deadline:
    """When a call's time is up (`time.monotonic()`; None: never)."""

    timeout: float | None
    at: float | None

    @classmethod
    def start(cls, timeout: float | None) -> Deadline:
        return cls(timeout, None if timeout is None else time.monotonic() + timeout)

    def left(self) -> float | None:
        """Seconds left (0 once passed; None: no limit)."""
        return None if self.at is None else max(self.at - time.monotonic(), 0.0)

    def passed(self) -> bool:
        return self.at is not None and time.monotonic() > self.at

    def error(self) -> TimeoutError:
        return TimeoutError(f"the guarded call ran past its timeout ({self.timeout} s); the decode was cancelled")


def within(timeout: float | None, pieces: Iterator[str]) -> Iterator[str]:
    """`pieces` until `timeout` seconds have passed; then the stream is closed (its decode
    cancelled) and `TimeoutError` raised. Checked at every piece."""
    deadline = Deadline.start(timeout)
    try:
        for piece in pieces:
            if deadline.passed():
                raise deadline.error()
            yield piece
    finally:
        pieces.close()


async def awithin(timeout: float | None, pieces: AsyncIterator[str]) -> AsyncIterator[str]:
    """`within` for an async stream; a wait for the next piece is cut at the deadline too."""
    deadline = Deadline.start(timeout)
    try:
        while True:
            try:
                piece = await asyncio.wait_for(pieces.__anext__(), deadline.left())
            except StopAsyncIteration:
                return
            except asyncio.TimeoutError:
                raise deadline.error() from None
            yield piece
    finally:
        await pieces.aclose()


def text_stream(
    guard: Guard, prompt: Prompt, call: Call, stop: Sequence[str] | None, on_finish: OnFinish | None = None
) -> Iterator[str]:
    """The call's filtered text pieces, within its timeout, cut at the first stop word."""
    pieces = guard.stream(prompt, **call.guard, on_finish=on_finish)
    return relay(functools.partial(StopCut, stop), within(call.timeout, pieces))


def atext_stream(
    guard: Guard, prompt: Prompt, call: Call, stop: Sequence[str] | None, on_finish: OnFinish | None = None
) -> AsyncIterator[str]:
    """`text_stream` for asyncio."""
    pieces = guard.astream(prompt, **call.guard, on_finish=on_finish)
    return arelay(functools.partial(StopCut, stop), awithin(call.timeout, pieces))


def answer(guard: Guard, prompt: Prompt, call: Call) -> GuardedResponse:
    """The call's whole answer; past its timeout the decode is cancelled and `TimeoutError` raised."""
    if call.timeout is None:
        return guard.generate(prompt, **call.guard)
    finished: list[GuardedResponse] = []
    for _ in within(call.timeout, guard.stream(prompt, **call.guard, on_finish=finished.append)):
        pass
    return finished[0]


async def aanswer(guard: Guard, prompt: Prompt, call: Call) -> GuardedResponse:
    """`answer` for asyncio."""
    if call.timeout is None:
        return await guard.agenerate(prompt, **call.guard)
    finished: list[GuardedResponse] = []
    async for _ in awithin(call.timeout, guard.astream(prompt, **call.guard, on_finish=finished.append)):
        pass
    return finished[0]
