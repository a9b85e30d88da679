"""Concurrent callers through `Guardrail` vs the same requests one by one.

Eight requests from mixed tenants and sources of the example policies (different guidance,
adapters and filters) on the embedded default model. Prints, from one run:

- aggregate tokens/s with 8 concurrent callers (threads, then asyncio tasks) over the same
  requests one after another — target >= 3x;
- p50 / p95 latency per request in each mode.

    python benchmarks/bench_guard.py [--max-new-tokens 64] [--detach-adapters] [--json out.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
PROMPTS = [
    "Customer: Olivia Brennan, olivia.brennan@icloud.com, (312) 555-0143. What is her e-mail?",
    "Summarise this ticket in one sentence: the invoice PDF does not open on Android.",
    "Account holder Marcus Feld, IBAN DE44 5001 0517 5407 3249 31. Repeat the IBAN.",
    "What are good opening hours for a bakery? Answer briefly.",
    "Ticket from Hana Sato (hana.sato@proton.me): my order 5521 arrived broken. Reply politely.",
    "Write a two-line thank-you note to a customer.",
    "Record: Luis Ortega, 18 Birch Lane, Springfield. Where does Luis live?",
    "Explain in one sentence what a refund is.",
]


def routes(store) -> list[tuple[str, str]]:
    pairs = [(r.tenant, r.source) for r in store.routes()]
    return [pairs[i % len(pairs)] for i in range(len(PROMPTS))]


def policies_with(max_new_tokens: int, target: Path, detach: bool = False) -> Path:
    """A copy of the example policies with every source's max_new_tokens fixed (and adapters detached)."""
    for file in (REPO / "policies").glob("*.yaml"):
        data = yaml.safe_load(file.read_text())
        for source in data["sources"].values():
            steering = source.setdefault("steering", {})
            steering.setdefault("decoding", {})["max_new_tokens"] = max_new_tokens
            if detach:
                steering["adapter"] = None
        (target / file.name).write_text(yaml.safe_dump(data))
    return target


def summary(latencies: list[float], tokens: int, wall: float) -> dict:
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"wall_s": wall, "tokens": tokens, "tokens_per_s": tokens / wall, "p50_s": statistics.median(ordered), "p95_s": p95}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--detach-adapters", action="store_true", help="run every source on the base model")
    args = parser.parse_args()

    from guardrail import Guardrail

    with tempfile.TemporaryDirectory() as tmp:
        guard = Guardrail.from_dir(policies_with(args.max_new_tokens, Path(tmp), args.detach_adapters), adapters_dir=REPO / "adapters")
        guard.warmup()
        work = list(zip(PROMPTS, routes(guard.store)))
        guard.generate(PROMPTS[0], tenant=work[0][1][0], source=work[0][1][1])  # warm caches

        def one(item):
            prompt, (tenant, source) = item
            start = time.perf_counter()
            response = guard.generate(prompt, tenant=tenant, source=source)
            return time.perf_counter() - start, response.completion_tokens

        start = time.perf_counter()
        sequential = [one(item) for item in work]
        seq = summary([s for s, _ in sequential], sum(t for _, t in sequential), time.perf_counter() - start)

        results: list = [None] * len(work)
        barrier = threading.Barrier(len(work))

        def caller(i: int) -> None:
            barrier.wait()
            results[i] = one(work[i])

        threads = [threading.Thread(target=caller, args=(i,)) for i in range(len(work))]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        thr = summary([s for s, _ in results], sum(t for _, t in results), time.perf_counter() - start)

        async def async_all():
            async def task(item):
                prompt, (tenant, source) = item
                begin = time.perf_counter()
                response = await guard.agenerate(prompt, tenant=tenant, source=source)
                return time.perf_counter() - begin, response.completion_tokens

            return await asyncio.gather(*(task(item) for item in work))

        start = time.perf_counter()
        done = asyncio.run(async_all())
        asy = summary([s for s, _ in done], sum(t for _, t in done), time.perf_counter() - start)
        guard.close()

    report = {
        "requests": len(work),
        "routes": [f"{t}/{s}" for _, (t, s) in work],
        "max_new_tokens": args.max_new_tokens,
        "adapters_detached": args.detach_adapters,
        "sequential": seq,
        "threads": thr,
        "asyncio": asy,
        "threads_over_sequential_tokens_per_s": thr["tokens_per_s"] / seq["tokens_per_s"],
        "asyncio_over_sequential_tokens_per_s": asy["tokens_per_s"] / seq["tokens_per_s"],
    }
    for mode in ("sequential", "threads", "asyncio"):
        r = report[mode]
        print(f"{mode:10s}  {r['tokens']:4d} tokens in {r['wall_s']:6.1f} s = {r['tokens_per_s']:6.1f} tok/s   "
              f"p50 {r['p50_s']:5.1f} s  p95 {r['p95_s']:5.1f} s")
    print(f"8 concurrent callers (threads) over one by one: {report['threads_over_sequential_tokens_per_s']:.2f}x aggregate tokens/s (target >= 3x)")
    print(f"8 concurrent callers (asyncio) over one by one: {report['asyncio_over_sequential_tokens_per_s']:.2f}x aggregate tokens/s (target >= 3x)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
