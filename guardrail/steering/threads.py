"""Process-wide thread settings for our own entry points: an explicit call, never an import.

The engine decodes on a thread of its own. With libgomp's default active waiting, the idle
OpenMP team of the thread that loaded the model spins against the decoding thread: measured
5-10x slower decoding on 2 cores, intermittently. Passive waiting removes that at a cost of up
to ~25% in the best case (83 vs 65 ms/token). The variable is read once, when torch's OpenMP
runtime starts, so `configure_threads()` must run before torch is imported.

`import guardrail` changes nothing in its host's environment; the `guardrail` command line
calls `configure_threads()` first thing, and a service that embeds the engine should too.
`decode_threads` is the engine's own per-step rule: few-row CPU decode steps on one thread.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

PASSIVE = {"OMP_WAIT_POLICY": "PASSIVE"}


def configure_threads() -> bool:
    """Set `OMP_WAIT_POLICY=PASSIVE` for this process unless the variable is already set.

    Returns:
        True when the setting can take effect (torch was not imported yet, or the variable
        was already set by the caller); False when torch is already loaded and the call came
        too late.
    """
    preset = all(name in os.environ for name in PASSIVE)
    for name, value in PASSIVE.items():
        os.environ.setdefault(name, value)
    return preset or "torch" not in sys.modules


def cap_torch_threads(device: str) -> None:
    """On CPU, use no more intra-op threads than the cores this process may run on."""
    if not device.startswith("cpu") or not hasattr(os, "sched_getaffinity"):
        return
    import torch

    cores = len(os.sched_getaffinity(0))
    if torch.get_num_threads() > cores:
        torch.set_num_threads(cores)


ONE_THREAD_ROWS = 16  # CPU decode steps of up to this many rows run on one thread


@contextmanager
def decode_threads(device: str, rows: int, tokens_per_row: int) -> Iterator[None]:
    """Run a CPU decode step of a few rows on one intra-op thread, then restore the count.

    A decode step of a few rows is a chain of small products; waking a second OpenMP thread
    for each costs more than it saves. `bench_decode_threads.py` (docs/history; SmolLM2-135M, 2
    cores, passive waiting, on a decode thread): 62 / 77 / 147 / 170 ms per step at 1 / 2 / 8
    / 16 rows on one thread against 59 / 104 / 162 / 201 ms on two; a 16-row step with the
    adapter on half its rows 1.37x the step without on two threads (its rank-16 products cost
    ~0.35 ms each there), 1.08x on one. Prefills (many tokens per row) and larger steps keep
    every thread. torch's thread count is process-wide: another thread starting torch work
    during the step may see one.
    """
    import torch

    threads = torch.get_num_threads()
    if not device.startswith("cpu") or threads == 1 or tokens_per_row != 1 or rows > ONE_THREAD_ROWS:
        yield
        return
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)
