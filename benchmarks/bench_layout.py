"""One decode step of the embedded model with row-major and with column-major linear weights.

    python benchmarks/bench_layout.py [--threads 1] [--rows 1,2,4,8,16] [--repeats 6] [--clock cpu]

`load_model` lays linear weights out column-major on CPU (`column_major_linears`). This
measures why, in one process: the median time of one cached decode step (64-token context)
per batch size, first with the weights as transformers loads them (row-major), then after
re-laying them out, plus the vocabulary projection alone at 2 rows. It prints each pair and
its ratio. `--clock cpu` times the process's CPU time instead of wall time: the figure to read
on a shared machine (with one thread, a step's CPU time is its work).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1, help="torch threads (default 1)")
    parser.add_argument("--rows", default="1,2,4,8,16", help="batch sizes (default 1,2,4,8,16)")
    parser.add_argument("--repeats", type=int, default=6, help="timed steps per batch size (default 6)")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall", help="wall time (default) or the process's CPU time")
    args = parser.parse_args()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter

    import torch

    from guardrail.steering.models import (
        _cached_gguf, _from_pretrained, cache_argument, column_major_linears, default_model_file, output_cache, resolve_identity,
    )

    torch.set_num_threads(args.threads)
    folder = _cached_gguf(default_model_file(), resolve_identity(None))
    model, _ = _from_pretrained(folder, dtype=torch.float32)  # as loaded: row-major
    model.eval()
    rows = [int(r) for r in args.rows.split(",")]
    cache_name = cache_argument(model)

    def step_ms(m: int) -> float:
        gen = torch.Generator().manual_seed(m)
        with torch.inference_mode():
            cache = output_cache(model(input_ids=torch.randint(100, 1000, (m, 64), generator=gen), use_cache=True))
            token = torch.randint(100, 1000, (m, 1), generator=gen)
            times = []
            for _ in range(args.repeats):
                own = copy.deepcopy(cache)
                began = clock()
                model(input_ids=token, **{cache_name: own}, use_cache=True, logits_to_keep=1)
                times.append(clock() - began)
        return statistics.median(times) * 1e3

    def head_ms() -> float:
        x = torch.randn(2, model.lm_head.in_features)
        with torch.inference_mode():
            model.lm_head(x)
            began = clock()
            for _ in range(args.repeats):
                model.lm_head(x)
        return (clock() - began) / args.repeats * 1e3

    before = {m: step_ms(m) for m in rows}
    head_before = head_ms()
    column_major_linears(model)
    after = {m: step_ms(m) for m in rows}
    head_after = head_ms()
    print(f"{args.threads} torch thread(s), one decode step with a 64-token cache, median of {args.repeats} ({args.clock} time)")
    for m in rows:
        print(f"{m:3d} rows: row-major {before[m]:6.1f} ms, column-major {after[m]:6.1f} ms, {before[m] / after[m]:.2f}x")
    print(f"vocabulary projection, 2 rows: row-major {head_before:.1f} ms, column-major {head_after:.1f} ms, "
          f"{head_before / head_after:.2f}x")


if __name__ == "__main__":
    main()
