"""The scheduler: jobs run oldest first on one thread, batched within the row budget; closing refuses new work."""

from __future__ import annotations

import threading

import pytest

from guardrail.errors import EngineError
from guardrail.policy import SteeringSpec
from guardrail.steering.requests import GenerationRequest, GenerationResult
from guardrail.steering.scheduler import Job, Scheduler

PLAIN, STEERED = SteeringSpec(guidance=1.0), SteeringSpec(guidance=3.0)


def job(*specs: SteeringSpec) -> Job:
    return Job([GenerationRequest("hi", spec) for spec in specs or (PLAIN,)], on_text=None)


def answer(text: str) -> GenerationResult:
    return GenerationResult(text, (), 0, 0, "length")


class Recorder:
    """A `run` that answers every request with its job's number and records each batch and its thread."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.batches: list[list[int]] = []
        self.threads: set[str] = set()
        self.gate = gate

    def __call__(self, jobs: list[Job]) -> None:
        if self.gate is not None:
            self.gate.wait(5)
        self.batches.append([j.number for j in jobs])
        self.threads.add(threading.current_thread().name)
        for j in jobs:
            for i in range(len(j.requests)):
                j.settle(i, answer(f"job {j.number} request {i}"))


def numbered(count: int, *specs: SteeringSpec) -> list[Job]:
    jobs = [job(*specs) for _ in range(count)]
    for number, j in enumerate(jobs):
        j.number = number  # type: ignore[attr-defined]
    return jobs


@pytest.mark.parametrize(("specs", "rows"), [((PLAIN,), 1), ((STEERED,), 2), ((PLAIN, STEERED, STEERED), 5)], ids=["plain", "steered", "mixed"])
def test_a_job_counts_two_rows_per_steered_request(specs, rows) -> None:
    assert job(*specs).rows == rows


def test_a_job_is_done_when_every_request_settled_in_order() -> None:
    j = job(PLAIN, PLAIN, PLAIN)
    j.settle(2, answer("c"))
    j.settle(0, answer("a"))
    assert not j.done.is_set() and j.results is None
    j.settle(1, answer("b"))
    assert j.done.is_set() and [r.text for r in j.results] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("budget", "at_least_one", "taken"),
    [(4, False, [0, 1]), (5, False, [0, 1]), (6, False, [0, 1, 2]), (1, False, []), (1, True, [0]), (100, False, [0, 1, 2, 3])],
    ids=["fits-two", "third-does-not-fit", "fits-three", "none-fits", "oldest-anyway", "all"],
)
def test_take_gives_the_oldest_jobs_that_fit(budget, at_least_one, taken) -> None:
    scheduler = Scheduler(Recorder(), max_rows=100)
    jobs = numbered(4, STEERED)  # 2 rows each
    scheduler._pending.extend(jobs)
    assert [j.number for j in scheduler.take(budget, at_least_one)] == taken
    assert scheduler.waiting == 4 - len(taken)


def test_execute_blocks_until_the_results_are_in_and_runs_on_the_engine_thread() -> None:
    run = Recorder()
    scheduler = Scheduler(run, max_rows=8)
    (j,) = numbered(1, PLAIN, PLAIN)
    scheduler.execute(j)
    assert [r.text for r in j.results] == ["job 0 request 0", "job 0 request 1"]
    assert run.threads == {"guardrail-engine"}
    scheduler.close(wait=True)


@pytest.mark.parametrize(("max_rows", "batches"), [(4, [[0], [1, 2], [3, 4]]), (100, [[0], [1, 2, 3, 4]])], ids=["budget-4", "budget-100"])
def test_jobs_waiting_together_run_in_one_batch_within_the_budget(max_rows, batches) -> None:
    gate = threading.Event()
    run = Recorder(gate)
    scheduler = Scheduler(run, max_rows=max_rows)
    jobs = numbered(5, STEERED)
    threads = [threading.Thread(target=scheduler.execute, args=(jobs[0],))]
    threads[0].start()
    while scheduler.waiting:  # job 0 is taken; the run waits at the gate
        threading.Event().wait(0.01)
    for j in jobs[1:]:
        scheduler._pending.append(j)  # queued in order while job 0 runs
    threads += [threading.Thread(target=j.done.wait, args=(5,)) for j in jobs[1:]]
    for t in threads[1:]:
        t.start()
    gate.set()
    for t in threads:
        t.join(5)
    assert run.batches == batches
    assert all(j.done.is_set() for j in jobs)
    scheduler.close(wait=True)


def test_a_closed_scheduler_refuses_new_jobs_with_an_engine_error() -> None:
    scheduler = Scheduler(Recorder(), max_rows=4)
    first, second = numbered(2)
    scheduler.execute(first)
    scheduler.close(wait=True)
    with pytest.raises(EngineError, match="closed"):
        scheduler.execute(second)
    assert not second.done.is_set() and scheduler.waiting == 0


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # the death is the point
def test_a_job_whose_worker_died_is_run_by_a_new_one() -> None:
    calls: list[threading.Thread] = []

    def run(jobs: list[Job]) -> None:
        calls.append(threading.current_thread())
        if len(calls) == 1:
            scheduler._pending[:0] = jobs  # the job goes back to the queue, and the thread ends
            raise RuntimeError("the decoding thread dies")
        for j in jobs:
            j.settle(0, answer("ok"))

    scheduler = Scheduler(run, max_rows=4)
    survivor = job()
    scheduler.execute(survivor)  # execute notices the dead thread and starts another
    assert [r.text for r in survivor.results] == ["ok"]
    assert len(calls) == 2 and calls[0] is not calls[1] and not calls[0].is_alive()
    scheduler.close(wait=True)
