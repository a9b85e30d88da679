"""Jobs and the decoding thread: callers queue `generate` calls, one thread runs them.

Each engine has one `Scheduler`. `execute(job)` queues a job and blocks until it has every
result; the scheduler's thread takes waiting jobs, oldest first, while their rows fit, and
hands them to the engine's `run(jobs)`. The engine admits more jobs into a running decode
through `take(budget)`.
"""

from __future__ import annotations

import atexit
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

from guardrail.errors import EngineError
from guardrail.steering.requests import GenerationRequest, GenerationResult


@dataclass
class Job:
    """One `generate` call waiting for, or in, the decoding loop."""

    requests: list[GenerationRequest]
    on_text: Callable[[int, str], None] | None
    submitted: float = field(default_factory=time.perf_counter)
    cancelled: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    partial: dict[int, GenerationResult] = field(default_factory=dict)
    results: list[GenerationResult] | None = None

    @property
    def rows(self) -> int:
        """Batch rows its requests occupy."""
        return sum(r.rows for r in self.requests)

    def settle(self, index: int, result: GenerationResult) -> None:
        """Record request `index`'s result; the job is done when every request has one."""
        self.partial[index] = result
        if len(self.partial) == len(self.requests) and not self.done.is_set():
            self.results = [self.partial[i] for i in range(len(self.requests))]
            self.done.set()


class Scheduler:
    """The queue of waiting jobs and the thread that runs them.

    Args:
        run: runs a list of jobs to completion (every job gets all its results).
        max_rows: the row budget of a batch.
    """

    def __init__(self, run: Callable[[list[Job]], None], max_rows: int) -> None:
        self._run = run
        self.max_rows = max_rows
        self._wakeup = threading.Condition()  # guards _pending and _closed
        self._pending: list[Job] = []
        self._closed = False
        self._worker: threading.Thread | None = None

    @property
    def waiting(self) -> int:
        """Jobs queued and not yet taken."""
        return len(self._pending)

    def execute(self, job: Job) -> None:
        """Queue `job` for the decoding thread and wait for its results.

        Raises:
            EngineError: the scheduler is closed.
        """
        with self._wakeup:
            if self._closed:
                raise EngineError("the engine is closed; create a new SteeringEngine")
            self._pending.append(job)
            self._start_worker()
            self._wakeup.notify()
        while not job.done.wait(1.0):
            with self._wakeup:
                self._start_worker()  # never wait on a thread that died

    def take(self, budget: int, at_least_one: bool = False) -> list[Job]:
        """Waiting jobs, oldest first, while their rows fit in `budget`.

        With `at_least_one`, the oldest job is taken even if it alone exceeds the budget.
        """
        with self._wakeup:
            jobs, rows = [], 0
            while self._pending:
                need = self._pending[0].rows
                if rows + need > budget and not (at_least_one and not jobs):
                    break
                rows += need
                jobs.append(self._pending.pop(0))
            return jobs

    def close(self, wait: bool = False, timeout: float = 30.0) -> None:
        """Stop the thread once the jobs already queued are done."""
        with self._wakeup:
            self._closed = True
            self._wakeup.notify_all()
            worker = self._worker
        if wait and worker is not None and worker is not threading.current_thread():
            worker.join(timeout)

    def _start_worker(self) -> None:
        """Start the decoding thread if it is not running (call with `_wakeup` held)."""
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._serve, name="guardrail-engine", daemon=True)
            self._worker.start()
            # Let the thread leave torch code before the interpreter tears down (it aborts otherwise).
            atexit.register(_close_at_exit, weakref.ref(self))

    def _serve(self) -> None:
        """The decoding thread: run batches of waiting jobs until closed."""
        while True:
            with self._wakeup:
                while not self._pending and not self._closed:
                    self._wakeup.wait()
                if not self._pending:
                    return
            self._run(self.take(self.max_rows, at_least_one=True))


def _close_at_exit(ref: weakref.ref) -> None:
    scheduler = ref()
    if scheduler is not None:
        scheduler.close(wait=True, timeout=10.0)
