"""What the second row of CFG costs at batch 1, in wall time and in CPU time, in one run.

    python benchmarks/bench_cfg_cost.py [--tokens 32] [--rounds 3] [--json out.json]

One request at w = 1 (one row) against the same request at w = 3 (two rows: positive and
negative prompt), alternating for `--rounds` rounds on the embedded model, through the
engine as it runs (column-major weights, decode steps of a few rows on one thread, system
blocks cached). For each it prints the median time per token, prefill included, and per
decode step, both as wall time and as the process's CPU time.

CPU time is the figure to read on a shared machine: wall time there also counts the time
other processes held the cores (on 2 cores with 4-5 runnable jobs a step's wall time grows
several-fold and the ratio swings either way), while the CPU time a step consumes changes far
less. With passive OpenMP waiting an idle second thread consumes no CPU, so a one-thread
decode step's CPU time is its work.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_steering import REPO, requests  # noqa: E402  (configures threads before torch loads)

from guardrail.steering.engine import SteeringEngine  # noqa: E402
from guardrail.steering.loop import StepProfile  # noqa: E402
from guardrail.steering.models import load_model  # noqa: E402


def measure(engine: SteeringEngine, w: float, tokens: int) -> dict:
    """Wall and CPU milliseconds per token (prefill included) and per decode step of one request.

    The CPU time of one decode step is that of `tokens` tokens less that of one (the prefill and
    its first token), over the `tokens - 1` steps between.
    """
    one = _cpu_seconds(engine, w, 1)
    engine.profile = StepProfile()
    wall, cpu = time.perf_counter(), time.process_time()
    (result,) = engine.generate(requests(1, tokens, w=w))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert result.completion_tokens == tokens
    time.sleep(0.05)  # the loop's last host lap lands after the result is handed over
    profile, engine.profile = engine.profile, None
    n = result.completion_tokens
    step = profile.forward + profile.guidance + profile.host
    return {"wall_ms_per_token": 1e3 * wall / n, "cpu_ms_per_token": 1e3 * cpu / n, "cpu_ms_per_step": 1e3 * (cpu - one) / (n - 1),
            "cpu_ms_prefill": 1e3 * one, "wall_ms_per_step": 1e3 * step / max(1, profile.decode_steps),
            "guidance_ms_per_step": 1e3 * profile.guidance / max(1, profile.decode_steps), "prefill_ms": 1e3 * profile.prefill}


def _cpu_seconds(engine: SteeringEngine, w: float, tokens: int) -> float:
    began = time.process_time()
    engine.generate(requests(1, tokens, w=w))
    return time.process_time() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    engine = SteeringEngine(load_model(), adapters_dir=REPO / "adapters")
    engine._eos_ids = frozenset()  # fixed-length answers
    measure(engine, 3.0, 2)  # warm up: both system blocks cached
    runs: dict[str, list[dict]] = {"plain": [], "cfg": []}
    for _ in range(args.rounds):
        runs["plain"].append(measure(engine, 1.0, args.tokens))
        runs["cfg"].append(measure(engine, 3.0, args.tokens))
    engine.close()
    median = {name: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for name, rs in runs.items()}
    plain, cfg = median["plain"], median["cfg"]
    ratios = {k: cfg[k] / plain[k] for k in ("wall_ms_per_token", "cpu_ms_per_token", "cpu_ms_per_step", "cpu_ms_prefill", "wall_ms_per_step")}
    print(f"batch 1, {args.tokens} tokens, median of {args.rounds} alternating rounds")
    for key, label in (("cpu_ms_per_token", "CPU time per token"), ("cpu_ms_per_step", "CPU time per decode step"),
                       ("cpu_ms_prefill", "CPU time of the prefill and first token"), ("wall_ms_per_token", "wall time per token"),
                       ("wall_ms_per_step", "wall time per decode step")):
        print(f"CFG / plain, {label}: {ratios[key]:.2f}x ({cfg[key]:.0f} vs {plain[key]:.0f} ms)")
    print(f"guidance (mixing) per CFG step {cfg['guidance_ms_per_step']:.1f} ms; prefill {cfg['prefill_ms']:.0f} vs {plain['prefill_ms']:.0f} ms")
    if args.json:
        args.json.write_text(json.dumps({"median": median, "ratios": ratios, "runs": runs, "tokens": args.tokens}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
