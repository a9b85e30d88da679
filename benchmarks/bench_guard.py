"""Concurrent callers through `Guardrail` vs the same requests one by one.

Eight requests from mixed tenants and sources of the example policies (different guidance,
adapters and filters) on the embedded default model. Prints, from one run:

- aggregate tokens/s with 8 concurrent callers (threads, then asyncio tasks) over the same
  requests one after another — target >= 3x;
- p50 / p95 latency per request in each mode.

    python benchmarks/bench_guard.py [--max-new-tokens 64] [--detach-adapters] [--json out.json]

`concurrency` is the same comparison on threads with the facade engine's time split into
prefill and decode steps; `bench_engine.py` (#3) and `gpu_check.py` report it.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import yaml

from harness import REPO, arguments, percentile, ratio, together, write_json, write_yaml

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
        write_yaml(target / file.name, data)
    return target


@contextmanager
def facade(max_new_tokens: int, detach: bool = False):
    """A warmed `Guardrail` over the example policies and the 8 (prompt, (tenant, source)) requests."""
    from guardrail import Guardrail

    with tempfile.TemporaryDirectory() as tmp:
        guard = Guardrail.from_dir(policies_with(max_new_tokens, Path(tmp), detach), adapters_dir=REPO / "adapters")
        guard.warmup()
        try:
            yield guard, list(zip(PROMPTS, routes(guard.store)))
        finally:
            guard.close()


def call(guard, item) -> tuple[float, int]:
    """(seconds, completion tokens) of one `Guardrail.generate` call."""
    prompt, (tenant, source) = item
    start = time.perf_counter()
    response = guard.generate(prompt, tenant=tenant, source=source)
    return time.perf_counter() - start, response.completion_tokens


def summary(calls: list[tuple[float, int]], wall: float) -> dict:
    latencies, tokens = [s for s, _ in calls], sum(t for _, t in calls)
    return {"wall_s": wall, "tokens": tokens, "tokens_per_s": tokens / wall, "p50_s": statistics.median(latencies),
            "p95_s": percentile(latencies, 95)}


def concurrency(tokens: int) -> dict:
    """8 concurrent callers on threads / one by one, and where the facade's engine spent each run."""
    from guardrail.policy.overrides import RequestOptions
    from guardrail.steering.loop import StepProfile

    with facade(tokens) as (guard, work):
        for prompt, (tenant, source) in work:  # every adapter resident, every route's system blocks cached, before either run
            guard.generate(prompt, tenant=tenant, source=source, options=RequestOptions(max_tokens=1))
        guard.engine.profile = StepProfile()
        start = time.perf_counter()
        sequential = sum(call(guard, item)[1] for item in work) / (time.perf_counter() - start)
        one_by_one, guard.engine.profile = guard.engine.profile, StepProfile()
        wall, calls = together([lambda item=item: call(guard, item) for item in work])
        concurrent = sum(t for _, t in calls) / wall
        both = guard.engine.profile
    spent = lambda p: {"prefill_s": p.prefill, "decode_steps": p.decode_steps, "decode_s": p.forward + p.guidance + p.host}  # noqa: E731
    return {"sequential_tok_s": sequential, "threads_tok_s": concurrent, "ratio": concurrent / sequential,
            "sequential": spent(one_by_one), "threads": spent(both)}


def main() -> int:
    parser = arguments(__doc__)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--detach-adapters", action="store_true", help="run every source on the base model")
    args = parser.parse_args()

    with facade(args.max_new_tokens, args.detach_adapters) as (guard, work):
        guard.generate(PROMPTS[0], tenant=work[0][1][0], source=work[0][1][1])  # warm caches
        start = time.perf_counter()
        sequential = [call(guard, item) for item in work]
        seq = summary(sequential, time.perf_counter() - start)
        wall, threaded = together([lambda item=item: call(guard, item) for item in work])
        thr = summary(threaded, wall)

        async def task(item) -> tuple[float, int]:
            prompt, (tenant, source) = item
            begin = time.perf_counter()
            response = await guard.agenerate(prompt, tenant=tenant, source=source)
            return time.perf_counter() - begin, response.completion_tokens

        async def all_tasks() -> list[tuple[float, int]]:
            return list(await asyncio.gather(*(task(item) for item in work)))

        start = time.perf_counter()
        done = asyncio.run(all_tasks())
        asy = summary(done, time.perf_counter() - start)

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
    for mode in ("threads", "asyncio"):
        ratio(f"8 concurrent callers ({mode}) / one by one, aggregate tokens/s", report[f"{mode}_over_sequential_tokens_per_s"], ">= 3",
              f"{report[mode]['tokens_per_s']:.1f} vs {seq['tokens_per_s']:.1f} tok/s")
    write_json(args.json, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
