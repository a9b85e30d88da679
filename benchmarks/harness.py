"""What every benchmark shares: arguments, timing, JSON and the one-run ratio printout.

Each `bench_*.py` script measures one subject (engine, facade, filter, serve, copy guard) and
prints its figures as ratios taken within one run, since the machines they run on are noisy:

    parser = harness.arguments(__doc__)          # `--json PATH` included
    parser.add_argument("--tokens", type=int, default=32)
    args = parser.parse_args()
    seconds, value = harness.timed(work, repeats=3)
    harness.ratio("CFG / plain per token", 1.21, "<= 1.1", detail="93 vs 77 ms")
    harness.write_json(args.json, report)
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[1]
T = TypeVar("T")


def arguments(doc: str | None) -> argparse.ArgumentParser:
    """A parser described by the script's docstring's first line, with `--json PATH`."""
    parser = argparse.ArgumentParser(description=(doc or "").strip().splitlines()[0] if doc else None)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    return parser


def timed(fn: Callable[[], T], repeats: int = 1) -> tuple[float, T]:
    """The median wall time of `repeats` calls of `fn` and the last call's value."""
    times, value = [], None
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), value  # type: ignore[return-value]


def together(fns: Sequence[Callable[[], T]]) -> tuple[float, list[T]]:
    """Run each callable on its own thread, all released at once; (wall seconds, results in order)."""
    results: list[Any] = [None] * len(fns)
    barrier = threading.Barrier(len(fns))

    def caller(i: int) -> None:
        barrier.wait()
        results[i] = fns[i]()

    threads = [threading.Thread(target=caller, args=(i,)) for i in range(len(fns))]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start, results


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank `q`-th percentile (0..100) of `values` (nan when empty)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def ratio(label: str, value: float, target: str = "", detail: str = "") -> None:
    """Print one ratio of the run: `label: 1.21x (detail; target <= 1.1)`."""
    notes = "; ".join(n for n in (detail, f"target {target}" if target else "") if n)
    print(f"{label}: {value:.2f}x" + (f" ({notes})" if notes else ""))


def progress(what: str) -> None:
    """A timestamped progress line on stderr (stdout keeps the figures)."""
    print(f"[{time.strftime('%H:%M:%S')}] done: {what}", file=sys.stderr, flush=True)


def write_yaml(path: Path, data: dict) -> Path:
    """Write `data` as YAML with every value written out (policy files refuse YAML aliases)."""
    import yaml

    class Plain(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    path.write_text(yaml.dump(data, Dumper=Plain, sort_keys=False))
    return path


def write_json(path: Path | None, report: dict) -> None:
    """Write `report` to `path` as indented JSON, if a path was given."""
    if path is not None:
        path.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
