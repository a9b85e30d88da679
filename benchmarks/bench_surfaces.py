"""Overhead of the integration surfaces over the bare output filter.

    flock /tmp/guardrail-heavy.lock .venv/bin/python benchmarks/bench_surfaces.py [--repeat 200] [--json out.json]

For one 75-word answer with personal data, it times per call (median of `--repeat`):

- `redact`: `guard.redact(text, ...)`, the bare filter (Presidio, warm);
- `@protect`: a handler returning the text, a dict of three such fields, and a generator of
  its words (vs. feeding the words to a bare `StreamingFilter`);
- `guard_runnable`: `invoke` and `stream` of a runnable returning the text (vs. the bare
  runnable plus `redact`, and the bare runnable's stream fed to a `StreamingFilter`).

Each surface is also timed on a route that filters nothing (`clinic/clinician`), which
isolates the wrapper's own cost from Presidio's. No model is loaded.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "Thanks for waiting. I checked the order NW-482913 for Maria Garcia: it left the warehouse "
    "in Portland on Thursday and should arrive on Friday before noon. If the courier cannot "
    "deliver, they will call +1 415 555 0187 or write to maria.garcia@fastmail.com to arrange "
    "another slot. The refund for the damaged lamp, $24.90, goes back to the card ending in "
    "6740 within five working days. Is there anything else I can help you with today?"
)
ROUTES = {"filtering": ("shop", "storefront"), "no filter": ("clinic", "clinician")}


def paired_us(bare: Callable[[], Any], surface: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median wall time of one call of each, in microseconds, measured alternately.

    Alternating the two keeps load from other processes from favouring either side.
    """
    bare(), surface(), bare(), surface()  # warm-up
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, out in ((bare, times[0]), (surface, times[1])):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(times[0]) * 1e6, statistics.median(times[1]) * 1e6


def cases(guard: Any, tenant: str, source: str) -> dict[str, tuple[Callable[[], Any], Callable[[], Any]]]:
    """name -> (bare baseline, surface) callables doing the same filtering work."""
    from langchain_core.runnables import RunnableLambda

    from guardrail.decorator import protect
    from guardrail.langchain import guard_runnable

    words = [w + " " for w in TEXT.split(" ")]
    record = {"summary": TEXT, "note": TEXT, "reply": TEXT}

    def bare_redact() -> str:
        return guard.redact(TEXT, tenant=tenant, source=source).text

    def bare_stream() -> str:
        stream = guard.filter_stream(tenant=tenant, source=source)
        return "".join(stream.feed(w) for w in words) + stream.close()

    guarded = protect(guard, tenant=tenant, source=source)
    as_text = guarded(lambda: TEXT)
    as_dict = guarded(lambda: record)

    @guarded
    def as_stream():
        yield from words

    runnable = RunnableLambda(lambda _: TEXT)
    def stream_words(_: Any):
        yield from words

    streaming_runnable = RunnableLambda(stream_words)  # a runnable that streams words
    wrapped = guard_runnable(runnable, guard, tenant=tenant, source=source)
    wrapped_stream = guard_runnable(streaming_runnable, guard, tenant=tenant, source=source)

    def bare_runnable() -> str:
        return guard.redact(runnable.invoke("q"), tenant=tenant, source=source).text

    def bare_runnable_stream() -> str:
        stream = guard.filter_stream(tenant=tenant, source=source)
        out = "".join(stream.feed(w) for w in streaming_runnable.stream("q"))
        return out + stream.close()

    return {
        "@protect -> str": (bare_redact, as_text),
        "@protect -> dict (3 fields)": (lambda: {k: bare_redact() for k in record}, as_dict),
        "@protect generator (words)": (bare_stream, lambda: "".join(as_stream())),
        "guard_runnable.invoke": (bare_runnable, lambda: wrapped.invoke("q")),
        "guard_runnable.stream (words)": (bare_runnable_stream, lambda: "".join(wrapped_stream.stream("q"))),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from guardrail import Guardrail, PolicyStore

    guard = Guardrail(PolicyStore.from_dir(ROOT / "examples" / "policies", adapters_dir=None))
    guard.output_filter.warmup()
    rows = []
    for label, (tenant, source) in ROUTES.items():
        for name, (bare, surface) in cases(guard, tenant, source).items():
            if surface() != bare() and not isinstance(bare(), dict):
                raise SystemExit(f"{name}: the surface and the bare filter disagree on {label}")
            base_us, surf_us = paired_us(bare, surface, args.repeat)
            rows.append({"route": label, "surface": name, "bare_us": round(base_us, 1), "surface_us": round(surf_us, 1),
                         "overhead_us": round(surf_us - base_us, 1),
                         "overhead_pct": round(100 * (surf_us - base_us) / base_us, 1)})
    print(f"{len(TEXT.split())}-word answer, median of {args.repeat} calls, microseconds per call\n")
    print("| route | surface | bare filter | surface | overhead |")
    print("|---|---|---:|---:|---:|")
    for r in rows:
        print(f"| {r['route']} | {r['surface']} | {r['bare_us']:.0f} | {r['surface_us']:.0f} | "
              f"{r['overhead_us']:+.0f} ({r['overhead_pct']:+.0f}%) |")
    if args.json:
        args.json.write_text(json.dumps({"words": len(TEXT.split()), "repeat": args.repeat, "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
