"""BatchScheduler: concurrent callers share batches, each gets its own result."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import pytest

from guardrail.scheduler import BatchScheduler


@dataclass(frozen=True)
class EchoResult:
    text: str


class SlowEchoEngine:
    """Implements `generate(requests, on_text)`: echoes each request, a piece at a time."""

    def __init__(self, step_s: float = 0.02) -> None:
        self.step_s = step_s
        self.batches: list[list[str]] = []
        self.lock = threading.Lock()

    def generate(self, requests, on_text=None):
        with self.lock:
            self.batches.append(list(requests))
        time.sleep(self.step_s)
        for i, request in enumerate(requests):
            if on_text is not None:
                for piece in (request[: len(request) // 2], request[len(request) // 2 :]):
                    on_text(i, piece)
        return [EchoResult(r.upper()) for r in requests]


class FailingEngine:
    def generate(self, requests, on_text=None):
        raise RuntimeError("device lost")


def test_concurrent_callers_are_batched_and_get_their_own_results() -> None:
    engine = SlowEchoEngine()
    scheduler = BatchScheduler(engine, max_batch=8)
    results: dict[int, str] = {}
    streamed: dict[int, list[str]] = {i: [] for i in range(16)}
    barrier = threading.Barrier(16)

    def caller(i: int) -> None:
        barrier.wait()
        future = scheduler.submit(f"request {i}", on_text=streamed[i].append)
        results[i] = future.result(timeout=10).result.text

    threads = [threading.Thread(target=caller, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    scheduler.close()

    assert results == {i: f"REQUEST {i}" for i in range(16)}
    assert all("".join(pieces) == f"request {i}" for i, pieces in streamed.items())
    sizes = [len(batch) for batch in engine.batches]
    assert sum(sizes) == 16 and max(sizes) <= 8
    assert len(engine.batches) < 16, f"callers were not batched: {sizes}"


def test_submit_many_decodes_together() -> None:
    engine = SlowEchoEngine(step_s=0)
    scheduler = BatchScheduler(engine, max_batch=4)
    futures = scheduler.submit_many(["a", "b", "c", "d", "e", "f"])
    assert [f.result(timeout=10).result.text for f in futures] == list("ABCDEF")
    scheduled = futures[0].result()
    assert scheduled.batch_size == 4 and scheduled.decode_s >= 0 and scheduled.queued_s >= 0
    assert [len(batch) for batch in engine.batches] == [4, 2]
    scheduler.close()


def test_engine_failure_reaches_every_caller_and_scheduler_survives() -> None:
    scheduler = BatchScheduler(FailingEngine())
    futures = scheduler.submit_many(["a", "b"])
    for future in futures:
        with pytest.raises(RuntimeError, match="device lost"):
            future.result(timeout=10)
    scheduler.engine = SlowEchoEngine(step_s=0)
    assert scheduler.submit("c").result(timeout=10).result.text == "C"
    scheduler.close()


def test_bad_arguments_and_closed_scheduler() -> None:
    with pytest.raises(ValueError, match="max_batch"):
        BatchScheduler(SlowEchoEngine(), max_batch=0)
    scheduler = BatchScheduler(SlowEchoEngine(step_s=0))
    scheduler.close()
    with pytest.raises(RuntimeError, match="closed"):
        scheduler.submit("x")
