"""One engine request read as a sync or async iterator of its text pieces.

```python
with Decode(engine, request) as decode:
    for piece in decode:  # or `async for`
        ...
result = decode.result
```

The request decodes on a worker thread (an executor's, or a thread of its own); its pieces
are handed to the reader through a queue. After the last piece the iterator raises the
request's error, if any. Closing the iterator or the `Decode` (leaving the `with`) stops
the request at its next piece; the other requests of its batch go on.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import Executor, Future
from typing import TYPE_CHECKING

from guardrail.errors import EngineError
from guardrail.protocols import Engine

if TYPE_CHECKING:
    from guardrail.steering.requests import GenerationRequest, GenerationResult

_DONE = object()


class Decode:
    """One request decoding on a worker thread; iterate it (sync or async) for its text pieces.

    Args:
        engine: the engine that decodes it, or a function that returns it, called on the
            worker (an engine whose model loads on first use never loads on the reader's
            thread or event loop).
        request: the request.
        executor: runs the decode; None starts a thread of its own.
    """

    def __init__(
        self, engine: Engine | Callable[[], Engine], request: GenerationRequest, executor: Executor | None = None
    ) -> None:
        self._engine, self._request, self._executor = engine, request, executor
        self._cancelled = threading.Event()
        self._future: Future | None = None

    @property
    def result(self) -> GenerationResult:
        """The request's result (blocks until the decode has ended)."""
        if self._future is None:
            raise EngineError("this decode has not started; iterate it first")
        return self._future.result()

    def __iter__(self) -> Iterator[str]:
        pieces: queue.Queue = queue.Queue()
        self._start(pieces.put)
        try:
            yield from iter(pieces.get, _DONE)
        finally:  # the reader closed the iterator early: stop the decode
            self.close()
        _raise_error(self.result)

    async def __aiter__(self) -> AsyncIterator[str]:
        loop = asyncio.get_running_loop()
        pieces: asyncio.Queue = asyncio.Queue()
        self._start(lambda piece: loop.call_soon_threadsafe(pieces.put_nowait, piece))
        try:
            while (piece := await pieces.get()) is not _DONE:
                yield piece
        finally:
            self.close()
        _raise_error(await asyncio.wrap_future(self._future))  # type: ignore[arg-type]

    def close(self) -> None:
        """Stop the request at its next piece (a no-op once it has ended)."""
        self._cancelled.set()

    def __enter__(self) -> Decode:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _start(self, push: Callable[[object], None]) -> None:
        """Decode on a worker, pushing each text piece, then `_DONE`."""
        if self._future is not None:
            raise EngineError("a decode can be read once; make a new Decode")

        def on_text(_index: int, piece: str) -> None:
            if self._cancelled.is_set():  # the reader went away: stop this request only
                raise EngineError("the stream was closed by its consumer")
            push(piece)

        def work() -> GenerationResult:
            try:
                engine = self._engine if isinstance(self._engine, Engine) else self._engine()
                return engine.generate([self._request], on_text=on_text)[0]
            finally:
                push(_DONE)

        self._future = self._executor.submit(work) if self._executor is not None else _on_own_thread(work)


def _on_own_thread(work: Callable[[], GenerationResult]) -> Future:
    """Run `work` on a daemon thread of its own; its future."""
    future: Future = Future()

    def run() -> None:
        try:
            future.set_result(work())
        except BaseException as exc:  # noqa: BLE001 - handed to whoever reads the result
            future.set_exception(exc)

    threading.Thread(target=run, name="guardrail-stream", daemon=True).start()
    return future


def _raise_error(result: GenerationResult) -> None:
    if result.error is not None:
        raise result.error
