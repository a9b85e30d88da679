"""One decode step on one intra-op thread against two, on a decode thread as the engine runs it.

    python benchmarks/bench_decode_threads.py [--rows 1,2,8,16] [--repeats 10]

The engine runs CPU decode steps of up to 16 rows on one thread
(`guardrail.steering.threads.decode_threads`). This measures why, in one process: the
median time of one cached decode step (48-token context) of the embedded model per batch
size with one and with two threads, alternating, on a thread other than the one that loaded
the model; then a 16-row step with the shipped adapter on half of the rows against none,
on each thread count. Passive OpenMP waiting as the CLI sets it (`configure_threads`).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import threading
import time
from pathlib import Path

from guardrail.steering import configure_threads

configure_threads()  # before torch loads, as the CLI does

import torch  # noqa: E402

from guardrail.steering.lora import LoRABank, read_adapter  # noqa: E402
from guardrail.steering.models import cache_argument, load_model  # noqa: E402

ADAPTER = Path(__file__).resolve().parents[1] / "adapters" / "privacy-smollm2-135m"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="1,2,8,16")
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    torch.set_num_threads(2)
    model = load_model().model
    bank = LoRABank(model)
    bank.load("privacy", read_adapter(ADAPTER))
    cache_name = cache_argument(model)  # `cache` or `past_key_values`, by transformers version

    def medians(rows: int, adapters: list) -> dict[int, float]:
        gen = torch.Generator().manual_seed(rows)
        from transformers import DynamicCache

        with torch.inference_mode():
            cache = DynamicCache()
            model(input_ids=torch.randint(100, 1000, (rows, 48), generator=gen), **{cache_name: cache}, use_cache=True)
        token = torch.randint(100, 1000, (rows, 1), generator=gen)
        times: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(args.repeats):
            for threads in (2, 1):
                torch.set_num_threads(threads)
                own = copy.deepcopy(cache)
                with torch.inference_mode(), bank.rows(adapters, "cpu"):
                    began = time.perf_counter()
                    model(input_ids=token, **{cache_name: own}, use_cache=True, logits_to_keep=1)
                    times[threads].append(time.perf_counter() - began)
        torch.set_num_threads(2)
        return {t: statistics.median(v) * 1e3 for t, v in times.items()}

    def run() -> None:
        for rows in (int(r) for r in args.rows.split(",")):
            m = medians(rows, [None] * rows)
            print(f"{rows:>3} rows: one thread {m[1]:.1f} ms, two {m[2]:.1f} ms (two / one {m[2] / m[1]:.2f}x)", flush=True)
        none = medians(16, [None] * 16)
        half = medians(16, ["privacy" if i % 4 < 2 else None for i in range(16)])
        for t in (2, 1):
            print(f"16 rows, adapter on half / none, {t} thread(s): {half[t]:.1f} / {none[t]:.1f} ms = {half[t] / none[t]:.2f}x", flush=True)

    worker = threading.Thread(target=run)  # the engine decodes on a thread of its own
    worker.start()
    worker.join()
    return 0


if __name__ == "__main__":
    sys.exit(main())
