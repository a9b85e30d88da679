"""What one LoRA adapter row costs the engine, on the embedded default model.

Prints, from one run (batch 1, greedy, 48 new tokens, alternating so drift hits both):
- ms per token of a request with `privacy-smollm2-135m` attached over the base model alone;
- tokens/s of 4 base rows over 4 rows of which one uses the adapter.

    python benchmarks/bench_adapter_row.py [--adapter NAME] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from guardrail.steering import configure_threads

configure_threads()  # before torch loads, as the CLI does

REPO = Path(__file__).resolve().parents[1]
PROMPT = "Summarise the benefits of regular exercise in three sentences."


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--adapter", default="privacy-smollm2-135m")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    from guardrail.steering.engine import GenerationRequest, SteeringEngine
    from guardrail.steering.models import load_model
    from guardrail.policy import DecodingSpec, SteeringSpec

    engine = SteeringEngine(load_model(), adapters_dir=REPO / "adapters")
    decoding = DecodingSpec(max_new_tokens=48, repetition_penalty=1.0)

    def ms_per_token(adapter: str | None) -> float:
        result = engine.generate([GenerationRequest(PROMPT, SteeringSpec(guidance=1.0, adapter=adapter, decoding=decoding))])[0]
        return 1000 * result.total_s / max(1, result.completion_tokens)

    def batch_tokens_per_s(adapters: list[str | None]) -> float:
        requests = [GenerationRequest(f"{PROMPT} ({i})", SteeringSpec(guidance=1.0, adapter=a, decoding=decoding)) for i, a in enumerate(adapters)]
        start = time.perf_counter()
        results = engine.generate(requests)
        return sum(r.completion_tokens for r in results) / (time.perf_counter() - start)

    ms_per_token(args.adapter)  # load the adapter and warm up
    base, adapted = [], []
    for _ in range(args.repeats):
        base.append(ms_per_token(None))
        adapted.append(ms_per_token(args.adapter))
    plain4 = batch_tokens_per_s([None] * 4)
    mixed4 = batch_tokens_per_s([args.adapter, None, None, None])
    engine.close()

    report = {
        "base_ms_per_token": statistics.median(base),
        "adapter_ms_per_token": statistics.median(adapted),
        "adapter_over_base_time_per_token": statistics.median(adapted) / statistics.median(base),
        "batch4_base_tokens_per_s": plain4,
        "batch4_one_adapter_row_tokens_per_s": mixed4,
        "batch4_base_over_one_adapter_row": plain4 / mixed4,
    }
    print(f"batch 1: base {report['base_ms_per_token']:.0f} ms/token, with {args.adapter} "
          f"{report['adapter_ms_per_token']:.0f} ms/token = {report['adapter_over_base_time_per_token']:.2f}x")
    print(f"batch 4: all base {plain4:.1f} tok/s, one adapter row {mixed4:.1f} tok/s = "
          f"{report['batch4_base_over_one_adapter_row']:.2f}x slower")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
