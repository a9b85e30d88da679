"""Process-wide thread settings for our own entry points: an explicit call, never an import.

The engine decodes on a thread of its own. With libgomp's default active waiting, the idle
OpenMP team of the thread that loaded the model spins against the decoding thread: measured
5-10x slower decoding on 2 cores, intermittently. Passive waiting removes that at a cost of up
to ~25% in the best case (83 vs 65 ms/token). The variable is read once, when torch's OpenMP
runtime starts, so `configure_threads()` must run before torch is imported.

`import guardrail` changes nothing in its host's environment; the `guardrail` command line
calls `configure_threads()` first thing, and a service that embeds the engine should too.
"""

from __future__ import annotations

import os
import sys

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
