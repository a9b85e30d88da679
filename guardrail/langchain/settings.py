"""One call of `ChatGuardrail` or `GuardedLLM`: its route and standard parameters, and its timeout.

`Routed.call` builds a `Call` from the instance's settings and the call's keyword
arguments; `within` and `awithin` bound a stream by the call's `timeout` and cancel its
decode past it; `drain` and `adrain` run a stream to its end for a whole answer.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

from guardrail.policy.overrides import RequestOptions, decoding_of


@dataclasses.dataclass(frozen=True)
class Call:
    """One call's route and settings."""

    tenant: str
    source: str | None
    options: RequestOptions | None
    timeout: float | None
    resolved: Any  # the `Route`, with the call's options applied by `effective`

    @property
    def guard(self) -> dict[str, Any]:
        """Keyword arguments for `Guardrail.generate` / `stream`."""
        out: dict[str, Any] = {"tenant": self.tenant, "source": self.source}
        if self.options is not None:
            out["options"] = self.options
        return out

    def decoding(self) -> Any:
        """The decoding settings the call will really use (`DecodingSpec`)."""
        route = self.resolved if self.options is None else self.options.apply(self.resolved)
        return decoding_of(route)


def within(timeout: float | None, pieces: Iterator[str]) -> Iterator[str]:
    """`pieces` until `timeout` seconds have passed; then the stream is closed (its decode
    cancelled) and `TimeoutError` raised. Checked at every piece."""
    if timeout is None:
        yield from pieces
        return
    deadline = time.monotonic() + timeout
    try:
        for piece in pieces:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the guarded call ran past its timeout ({timeout} s); the decode was cancelled")
            yield piece
    finally:
        pieces.close()


async def awithin(timeout: float | None, pieces: AsyncIterator[str]) -> AsyncIterator[str]:
    """`within` for an async stream; a wait for the next piece is cut at the deadline too."""
    loop = asyncio.get_running_loop()
    deadline = None if timeout is None else loop.time() + timeout
    try:
        while True:
            left = None if deadline is None else max(deadline - loop.time(), 0.0)
            try:
                piece = await asyncio.wait_for(pieces.__anext__(), left)
            except StopAsyncIteration:
                return
            except asyncio.TimeoutError:
                raise TimeoutError(f"the guarded call ran past its timeout ({timeout} s); the decode was cancelled") from None
            yield piece
    finally:
        await pieces.aclose()


def drain(pieces: Iterator[str], finished: list[Any]) -> Any:
    """Run a stream to its end; returns the response its `on_finish` put into `finished`."""
    for _ in pieces:
        pass
    return finished[0]


async def adrain(pieces: AsyncIterator[str], finished: list[Any]) -> Any:
    """`drain` for an async stream."""
    async for _ in pieces:
        pass
    return finished[0]
