"""`relay` and `arelay`: one step, driven the same way by the sync and the async loop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator

import pytest

from guardrail.relay import arelay, relay


class Upper:
    """Releases each item upper-cased, stops after `stop_at`, ends with "END"; errors become
    `LookupError`s naming the original."""

    def __init__(self, stop_at: str | None = None) -> None:
        self.stop_at, self.done, self.threads = stop_at, False, set()

    def push(self, item: str) -> list[str]:
        self.threads.add(threading.get_ident())
        if item == "bad":
            raise ValueError("bad item")
        self.done = item == self.stop_at
        return [item.upper()] if item else []

    def finish(self) -> list[str]:
        return ["END"]

    def fail(self, exc: Exception) -> BaseException:
        return LookupError(f"filtered: {exc}")


class Source:
    """A sync and an async source of `items` that records whether it was closed."""

    def __init__(self, items: list[str], error: Exception | None = None) -> None:
        self.items, self.error, self.closed = items, error, False

    def sync(self) -> Iterator[str]:
        try:
            yield from self.items
            if self.error is not None:
                raise self.error
        finally:
            self.closed = True

    async def aio(self) -> AsyncIterator[str]:
        try:
            for item in self.items:
                yield item
            if self.error is not None:
                raise self.error
        finally:
            self.closed = True


def run(mode: str, step: Upper, source: Source, take: int | None = None) -> list[str]:
    """Everything the loop of `mode` releases (the first `take` items, then the reader stops)."""
    if mode == "sync":
        out = []
        stream = relay(lambda: step, source.sync())
        for item in stream:
            out.append(item)
            if take is not None and len(out) == take:
                stream.close()
                break
        return out

    async def read() -> list[str]:
        out = []
        stream = arelay(lambda: step, source.aio(), offload=mode == "offload")
        async for item in stream:
            out.append(item)
            if take is not None and len(out) == take:
                await stream.aclose()
                break
        return out

    return asyncio.run(read())


MODES = ["sync", "async", "offload"]


@pytest.mark.parametrize("mode", MODES)
def test_each_item_goes_through_the_step_then_its_finish(mode):
    source = Source(["a", "", "b"])
    assert run(mode, Upper(), source) == ["A", "B", "END"]
    assert source.closed


@pytest.mark.parametrize("mode", MODES)
def test_a_done_step_stops_reading_closes_the_source_and_skips_finish(mode):
    source = Source(["a", "stop", "c"])
    assert run(mode, Upper(stop_at="stop"), source) == ["A", "STOP"]
    assert source.closed


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("where", ["source", "step"])
def test_an_error_is_raised_as_the_step_replaces_it(mode, where):
    source = Source(["a", "bad"] if where == "step" else ["a"], error=ValueError("bad item") if where == "source" else None)
    with pytest.raises(LookupError, match="filtered: bad item") as raised:
        run(mode, Upper(), source)
    assert raised.value.__context__ is None  # raised outside `except`: the original is not linked
    assert source.closed


@pytest.mark.parametrize("mode", MODES)
def test_a_reader_that_stops_early_closes_the_source(mode):
    source = Source(["a", "b", "c"])
    assert run(mode, Upper(), source, take=1) == ["A"]
    assert source.closed


@pytest.mark.parametrize("mode, off_loop", [("async", False), ("offload", True)])
def test_offload_runs_the_step_in_a_worker_thread(mode, off_loop):
    step, source = Upper(), Source(["a", "b"])
    loop_thread = threading.get_ident()  # asyncio.run runs the loop on this thread
    run(mode, step, source)
    assert (loop_thread not in step.threads) is off_loop


def test_the_step_is_made_when_the_first_item_is_asked_for():
    made = []
    stream = relay(lambda: made.append(1) or Upper(), iter(["a"]))
    assert made == []
    assert next(stream) == "A" and made == [1]


def test_opened_opens_the_source_on_first_read_and_closes_it_with_the_reader():
    from guardrail.relay import opened

    calls, closed = [], []

    def source():
        calls.append(1)
        try:
            yield from range(5)
        finally:
            closed.append(1)

    stream = opened(source)
    assert calls == []  # not opened before it is read
    assert next(stream) == 0 and calls == [1]
    stream.close()
    assert closed == [1]


def test_aopened_closes_the_source_with_the_reader():
    from guardrail.relay import aopened

    closed = []

    async def source():
        try:
            for i in range(5):
                yield i
        finally:
            closed.append(1)

    async def read_one():
        stream = aopened(source)
        first = await stream.__anext__()
        await stream.aclose()
        return first

    assert asyncio.run(read_one()) == 0 and closed == [1]
