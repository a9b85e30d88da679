"""Batching concurrent callers into one decode.

Callers on any thread `submit` requests and get a `Future`. One worker thread takes everything
queued (up to `max_batch` requests) and runs it through `SteeringEngine.generate` as one
batch; requests that arrive while a batch is decoding form the next batch. Each request keeps
its own route, adapter and guidance: the engine mixes them per row.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

TextCallback = Callable[[str], None]


@dataclass(frozen=True)
class Scheduled:
    """An engine result with the time it spent waiting and decoding."""

    result: Any  # guardrail.engine.GenerationResult
    queued_s: float
    decode_s: float
    batch_size: int


@dataclass
class _Job:
    request: Any  # guardrail.engine.GenerationRequest
    on_text: TextCallback | None
    future: Future
    enqueued: float


class BatchScheduler:
    """A single worker thread in front of an engine.

    Args:
        engine: anything with `generate(requests, on_text=...)` like `SteeringEngine`.
        max_batch: most requests decoded together.
        gather_s: after the first request arrives, how long to wait for others to join.
    """

    def __init__(self, engine: Any, max_batch: int = 16, gather_s: float = 0.002) -> None:
        if max_batch < 1:
            raise ValueError(f"`max_batch` (={max_batch}) has to be at least 1")
        self.engine = engine
        self.max_batch = max_batch
        self.gather_s = gather_s
        self._queue: queue.Queue[list[_Job] | None] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._closed = False

    def submit(self, request: Any, on_text: TextCallback | None = None) -> Future:
        """Queue one request; the future resolves to a `Scheduled`."""
        return self.submit_many([request], [on_text])[0]

    def submit_many(self, requests: Sequence[Any], on_text: Sequence[TextCallback | None] | None = None) -> list[Future]:
        """Queue requests that must be decoded together (one batch if they fit `max_batch`)."""
        if self._closed:
            raise RuntimeError("the scheduler is closed")
        callbacks = list(on_text) if on_text is not None else [None] * len(requests)
        now = time.perf_counter()
        jobs = [_Job(request, callback, Future(), now) for request, callback in zip(requests, callbacks)]
        self._ensure_worker()
        self._queue.put(jobs)
        return [job.future for job in jobs]

    def close(self) -> None:
        """Finish queued work and stop the worker."""
        self._closed = True
        if self._worker is not None:
            self._queue.put(None)
            self._worker.join()

    def _ensure_worker(self) -> None:
        with self._start_lock:
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="guardrail-scheduler", daemon=True)
                self._worker.start()

    def _run(self) -> None:
        pending: list[_Job] = []
        while True:
            if not pending:
                group = self._queue.get()
                if group is None:
                    return
                pending.extend(group)
                deadline = time.perf_counter() + self.gather_s
                while len(pending) < self.max_batch:  # let concurrent callers join this batch
                    try:
                        group = self._queue.get(timeout=max(0.0, deadline - time.perf_counter()))
                    except queue.Empty:
                        break
                    if group is None:
                        self._queue.put(None)  # stop after this batch
                        break
                    pending.extend(group)
            batch, pending = pending[: self.max_batch], pending[self.max_batch :]
            self._decode(batch)

    def _decode(self, batch: list[_Job]) -> None:
        live = [job for job in batch if job.future.set_running_or_notify_cancel()]
        if not live:
            return
        start = time.perf_counter()

        def dispatch(index: int, piece: str) -> None:
            callback = live[index].on_text
            if callback is not None:
                callback(piece)

        try:
            results = self.engine.generate([job.request for job in live], on_text=dispatch)
        except BaseException as exc:  # noqa: BLE001 - delivered to every caller of the batch
            for job in live:
                job.future.set_exception(exc)
            return
        decode_s = time.perf_counter() - start
        for job, result in zip(live, results):
            job.future.set_result(Scheduled(result, start - job.enqueued, decode_s, len(live)))
