"""A stream transform written once, read by a sync or an async loop.

A `Step` holds the logic: what to release for each item of a source stream (`push`), what
to release when the source ends (`finish`), and what to raise in place of an error of the
source or of the step itself (`fail`). `relay` and `arelay` are the only two loops: they
make the step when the reader asks for the first item (as a generator's body starts),
iterate (or await), hand each item to the step, and close the source when the reader stops
early or the step is `done`. The filtering surfaces (`@protect` generators,
`guard_runnable` streams) and the LangChain stop-word cut are steps.

```python
for out in relay(make_step, source):          # sync
    ...
async for out in arelay(make_step, source):   # async; `offload=True` runs the step in a thread
    ...
```
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

In = TypeVar("In", contravariant=True)
Out = TypeVar("Out", covariant=True)
T = TypeVar("T")
U = TypeVar("U")


class Step(Protocol[In, Out]):
    """The logic of one stream transform."""

    @property
    def done(self) -> bool:
        """True once nothing more of the source is wanted (the rest is neither read nor finished)."""
        ...

    def push(self, item: In) -> Sequence[Out]:
        """The items to release for one item of the source (a list, built before it returns)."""
        ...

    def finish(self) -> Sequence[Out]:
        """The items to release after the source has ended."""
        ...

    def fail(self, exc: Exception) -> BaseException:
        """The exception to raise in place of `exc` (raised by the source or by `push`)."""
        ...


def relay(make_step: Callable[[], Step[T, U]], source: Iterable[T]) -> Iterator[U]:
    """Drive the step `make_step()` returns over a sync source; the source is closed when the loop ends."""
    step, failure = make_step(), None
    try:
        try:
            for item in source:
                yield from step.push(item)
                if step.done:
                    return
        except Exception as exc:
            failure = step.fail(exc)
        else:
            yield from step.finish()
    finally:
        if (close := getattr(source, "close", None)) is not None:
            close()  # the reader stopped early: stop the source too
    if failure is not None:
        raise failure  # outside `except`: the original is not linked as its context


async def arelay(
    make_step: Callable[[], Step[T, U]], source: AsyncIterable[T], *, offload: bool = False
) -> AsyncIterator[U]:
    """`relay` over an async source; with `offload`, each call into the step runs in a worker
    thread (for steps that analyse text), so the event loop is never blocked."""
    call: Callable[..., Any] = asyncio.to_thread if offload else _now
    step, failure = make_step(), None
    try:
        try:
            async for item in source:
                for out in await call(step.push, item):
                    yield out
                if step.done:
                    return
        except Exception as exc:
            failure = await call(step.fail, exc)
        else:
            for out in await call(step.finish):
                yield out
    finally:
        if (aclose := getattr(source, "aclose", None)) is not None:
            await aclose()
    if failure is not None:
        raise failure


def opened(open_source: Callable[[], Iterable[T]]) -> Iterator[T]:
    """The source `open_source()` returns, opened when first read: an error opening it (a
    `transform()` that raises when called) is then an error of the source, which `relay`
    hands to the step's `fail` like any other; closing this closes the source."""
    yield from open_source()


async def aopened(open_source: Callable[[], AsyncIterable[T]]) -> AsyncIterator[T]:
    """`opened` for an async source (closing this closes the source)."""
    source = open_source()
    try:
        async for item in source:
            yield item
    finally:
        if (aclose := getattr(source, "aclose", None)) is not None:
            await aclose()


async def _now(function: Callable[..., T], *args: Any) -> T:
    return function(*args)
