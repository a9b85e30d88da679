"""The steering engine's throughput ratios, all measured in one run on the embedded model.

    python benchmarks/bench_steering.py [--tokens 32] [--json out.json]

Prints each figure next to its target:

1. 8 steered requests (w = 3) with the shipped adapter on half of them / the same 8 without
   adapters, aggregate tokens/s: >= 0.9x.
2. our CFG (w = 3) at batch 8 / transformers' plain batched `generate` of the same 8
   prompts (no CFG), aggregate tokens/s: >= 1.0x; the same at 16 and 32 requests.
3. 8 concurrent callers on threads through `Guardrail.generate` (mixed tenants and sources of
   the example policies) / the same 8 one after another, aggregate tokens/s: >= 3x.
4. the steady-state time per decode step split into forward, guidance and host work
   (CFG batch 8, two adapter rows), and the prefill's time per prompt token.
5. CFG (w = 3) / plain (w = 1) time per token at batch 1: <= 1.1x, with our CFG tokens
   identical to transformers' `generate(guidance_scale=3, negative_prompt_ids=...)`; both
   end to end (prefill included) and per steady-state decode step.

6. the prefill of 8 steered requests with their system blocks' keys and values cached
   (`SteeringEngine(prefix_cache_tokens=...)`, the default) / the same prompts run whole
   (median of 3 alternating rounds).

For 3 it also prints how the facade's engine spent the two runs (prefill against decode
steps), since the prefill is work that batching does not shrink on a compute-bound device.

Greedy decoding, repetition penalty off (so transformers does the same work), fixed
`--tokens` new tokens per request (no end-of-sequence stop: `min_new_tokens` for transformers,
the end-of-turn ids ignored for ours).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from guardrail.steering import configure_threads

configure_threads()  # before torch loads, as the CLI does

import torch  # noqa: E402

from guardrail.policy import DecodingSpec, SteeringSpec  # noqa: E402
from guardrail.steering.engine import GenerationRequest, SteeringEngine  # noqa: E402
from guardrail.steering.loop import StepProfile  # noqa: E402
from guardrail.steering.models import load_model  # noqa: E402
from guardrail.steering.prefix import PrefixCache  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ADAPTER = "privacy-smollm2-135m"
PROMPTS = (
    "Write a detailed story about a customer named John Smith who calls the bank about his account.",
    "Write a long letter to Maria Garcia at 42 Elm Street about her order, with her phone number.",
    "Explain in detail how to reset a router, step by step, for a customer who called support.",
    "Describe the life of a librarian in a small town, with many details about her day.",
    "List the steps to open a savings account and what documents to bring.",
    "Tell me about the history of the bicycle in a few paragraphs.",
    "Write an e-mail to a colleague about the quarterly report and next week's meeting.",
    "Explain how a refund is processed when a parcel arrives damaged.",
)


def requests(n: int, tokens: int, w: float = 3.0, adapters: tuple = (None,)) -> list[GenerationRequest]:
    """`n` requests over the prompts in turn; logprob mode, the form transformers' `guidance_scale` runs."""
    spec = DecodingSpec(max_new_tokens=tokens, repetition_penalty=1.0)
    return [
        GenerationRequest(f"{PROMPTS[i % len(PROMPTS)]} ({i})", SteeringSpec(guidance=w, mode="logprob", adapter=adapters[i % len(adapters)], decoding=spec))
        for i in range(n)
    ]


def ours(engine: SteeringEngine, batch: list[GenerationRequest]) -> tuple[float, int]:
    """(seconds, generated tokens) of one `generate` call."""
    start = time.perf_counter()
    results = engine.generate(batch)
    assert all(r.error is None for r in results), [r.error for r in results]
    return time.perf_counter() - start, sum(r.completion_tokens for r in results)


def transformers_plain(loaded, engine: SteeringEngine, batch: list[GenerationRequest], tokens: int) -> tuple[float, int]:
    """transformers' batched `generate` of the positive-prompt rows, no CFG, left padded."""
    from guardrail.steering.batch import left_pad

    prompts = [engine.encode(r)[0] for r in batch]
    input_ids, mask = left_pad(prompts, engine._pad_id)
    start = time.perf_counter()
    with torch.inference_mode():
        out = loaded.model.generate(
            input_ids.to(loaded.device), attention_mask=mask.to(loaded.device), max_new_tokens=tokens,
            min_new_tokens=tokens, do_sample=False, repetition_penalty=1.0, pad_token_id=engine._pad_id,
        )
    return time.perf_counter() - start, (out.shape[1] - input_ids.shape[1]) * len(batch)


def concurrency(tokens: int) -> dict:
    """8 concurrent callers through `Guardrail.generate` vs one after another (bench_guard's setup)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_guard import PROMPTS as GUARD_PROMPTS
    from bench_guard import policies_with, routes

    from guardrail import Guardrail
    from guardrail.options import RequestOptions

    with tempfile.TemporaryDirectory() as tmp:
        guard = Guardrail.from_dir(policies_with(tokens, Path(tmp)), adapters_dir=REPO / "adapters")
        guard.warmup()
        work = list(zip(GUARD_PROMPTS, routes(guard.store)))
        for prompt, (tenant, source) in work:  # every adapter resident, every route's system blocks cached, before either run
            guard.generate(prompt, tenant=tenant, source=source, options=RequestOptions(max_tokens=1))

        def one(item) -> int:
            prompt, (tenant, source) = item
            return guard.generate(prompt, tenant=tenant, source=source).completion_tokens

        guard.engine.profile = StepProfile()
        start = time.perf_counter()
        sequential = sum(one(item) for item in work) / (time.perf_counter() - start)
        one_by_one, guard.engine.profile = guard.engine.profile, StepProfile()
        counts = [0] * len(work)
        barrier = threading.Barrier(len(work))

        def caller(i: int) -> None:
            barrier.wait()
            counts[i] = one(work[i])

        threads = [threading.Thread(target=caller, args=(i,)) for i in range(len(work))]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        concurrent = sum(counts) / (time.perf_counter() - start)
        together = guard.engine.profile
        guard.close()
    spent = lambda p: {"prefill_s": p.prefill, "decode_steps": p.decode_steps, "decode_s": p.forward + p.guidance + p.host}  # noqa: E731
    return {"sequential_tok_s": sequential, "threads_tok_s": concurrent, "ratio": concurrent / sequential,
            "sequential": spent(one_by_one), "threads": spent(together)}


def step_ms(p: StepProfile) -> dict:
    """Milliseconds per decode step by phase, and the prefill's per prompt token."""
    per = lambda seconds: 1000 * seconds / max(1, p.decode_steps)  # noqa: E731
    return {"forward": per(p.forward), "guidance": per(p.guidance), "host": per(p.host), "step": per(p.forward + p.guidance + p.host),
            "decode_steps": p.decode_steps, "prefill_ms_per_token": 1000 * p.prefill / max(1, p.prefill_tokens), "prefill_tokens": p.prefill_tokens}


def profiled(engine: SteeringEngine, batch: list[GenerationRequest]) -> tuple[float, int, StepProfile]:
    """`ours`, with the engine's decode steps timed by phase."""
    engine.profile = StepProfile()
    seconds, tokens = ours(engine, batch)
    time.sleep(0.05)  # the loop's last host lap lands after the results are handed over
    profile, engine.profile = engine.profile, None
    return seconds, tokens, profile


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    n = args.tokens
    loaded = load_model()
    engine = SteeringEngine(loaded, adapters_dir=REPO / "adapters")
    engine._eos_ids = frozenset()  # fixed-length answers, as transformers' min_new_tokens
    report: dict = {"device": loaded.device, "tokens": n, "torch_threads": torch.get_num_threads()}
    ours(engine, requests(8, 4, adapters=(ADAPTER, None)))  # load the adapter, warm up

    # 1. adapters on half of 8 steered requests vs none
    plain_s, plain_t = ours(engine, requests(8, n))
    half_s, half_t = ours(engine, requests(8, n, adapters=(ADAPTER, None)))
    say = lambda what: print(f"[{time.strftime('%H:%M:%S')}] done: {what}", file=sys.stderr, flush=True)  # noqa: E731
    report["adapter_half"] = {"none_tok_s": plain_t / plain_s, "half_tok_s": half_t / half_s, "ratio": (half_t / half_s) / (plain_t / plain_s)}

    say(f"adapter half: {report['adapter_half']}")
    # 2. our CFG batch vs transformers' plain batched generate, 8 / 16 / 32 requests
    report["cfg_vs_transformers_plain"] = {}
    for size in (8, 16, 32):
        batch = requests(size, n)
        hf_s, hf_t = transformers_plain(loaded, engine, batch, n)
        our_s, our_t = ours(engine, batch)
        report["cfg_vs_transformers_plain"][size] = {"ours_tok_s": our_t / our_s, "transformers_tok_s": hf_t / hf_s, "ratio": (our_t / our_s) / (hf_t / hf_s)}
        say(f"batch {size}: {report['cfg_vs_transformers_plain'][size]}")

    # 4. where a decode step's time goes (CFG batch 8, two adapter rows)
    report["step_ms"] = step_ms(profiled(engine, requests(8, n, adapters=(ADAPTER, None, None, None)))[2])

    say(f"step split: {report['step_ms']}")
    # 5. CFG vs plain at batch 1, and token identity with transformers' CFG
    w1_s, w1_t, w1_p = profiled(engine, requests(1, n, w=1.0))
    w3_s, w3_t, w3_p = profiled(engine, requests(1, n, w=3.0))
    w1_step, w3_step = step_ms(w1_p)["step"], step_ms(w3_p)["step"]
    cfg = requests(1, n, w=3.0)[0]
    pos, neg = engine.encode(cfg)
    with torch.inference_mode():
        reference = loaded.model.generate(
            torch.tensor([pos], device=loaded.device), attention_mask=torch.ones(1, len(pos), dtype=torch.long, device=loaded.device),
            max_new_tokens=n, min_new_tokens=n, do_sample=False, repetition_penalty=1.0, guidance_scale=3.0,
            negative_prompt_ids=torch.tensor([neg], device=loaded.device), pad_token_id=engine._pad_id,
        )[0, len(pos):].tolist()
    identical = engine.generate([cfg])[0].token_ids == tuple(reference)
    report["cfg_batch1"] = {"plain_ms_per_token": 1000 * w1_s / w1_t, "cfg_ms_per_token": 1000 * w3_s / w3_t, "ratio": (w3_s / w3_t) / (w1_s / w1_t),
                            "plain_ms_per_step": w1_step, "cfg_ms_per_step": w3_step, "step_ratio": w3_step / w1_step, "identical_to_transformers": identical}
    say(f"batch 1: {report['cfg_batch1']}")

    # 6. prefill with the system blocks cached vs whole prompts (the same engine, its cache swapped)
    reuse = engine.prefixes
    prefill_ms: dict[str, list[float]] = {"cached": [], "whole": []}
    for _ in range(3):
        for name, prefixes in (("whole", PrefixCache(0)), ("cached", reuse)):
            engine.prefixes = prefixes
            prefill_ms[name].append(1000 * profiled(engine, requests(8, 1))[2].prefill)
    engine.prefixes = reuse
    cached, whole = statistics.median(prefill_ms["cached"]), statistics.median(prefill_ms["whole"])
    report["prefix_reuse"] = {"cached_ms": cached, "whole_ms": whole, "ratio": whole / cached, "hits": reuse.hits, "cached_tokens": reuse.tokens}
    say(f"prefix reuse: {report['prefix_reuse']}")
    engine.close()

    # 3. concurrent callers through the facade (its own engine, the example policies)
    report["concurrency"] = concurrency(n)

    a, c, s, b = report["adapter_half"], report["cfg_vs_transformers_plain"], report["step_ms"], report["cfg_batch1"]
    print(f"device {report['device']}, {n} new tokens per request, {report['torch_threads']} torch threads")
    print(f"1. adapter on half of 8 steered / none: {a['ratio']:.2f}x ({a['half_tok_s']:.1f} vs {a['none_tok_s']:.1f} tok/s; target >= 0.9)")
    for size, r in c.items():
        print(f"2. our CFG batch {size} / transformers plain batched generate: {r['ratio']:.2f}x ({r['ours_tok_s']:.1f} vs {r['transformers_tok_s']:.1f} tok/s; target >= 1.0)")
    k = report["concurrency"]
    print(f"3. 8 concurrent callers / one by one through Guardrail.generate: {k['ratio']:.2f}x ({k['threads_tok_s']:.1f} vs {k['sequential_tok_s']:.1f} tok/s; target >= 3)")
    for name in ("sequential", "threads"):
        spent = k[name]
        print(f"   {name}: prefill {spent['prefill_s']:.2f} s, {spent['decode_steps']} decode steps {spent['decode_s']:.2f} s")
    print(f"4. per decode step (CFG batch 8, {s['decode_steps']} steps): forward {s['forward']:.1f} ms, guidance {s['guidance']:.1f} ms, host {s['host']:.1f} ms; "
          f"prefill {s['prefill_ms_per_token']:.2f} ms per prompt token ({s['prefill_tokens']} tokens)")
    print(f"5. CFG / plain per token at batch 1: {b['ratio']:.2f}x ({b['cfg_ms_per_token']:.0f} vs {b['plain_ms_per_token']:.0f} ms, prefill included; target <= 1.1); "
          f"per decode step {b['step_ratio']:.2f}x ({b['cfg_ms_per_step']:.0f} vs {b['plain_ms_per_step']:.0f} ms); tokens identical to transformers' CFG: {b['identical_to_transformers']}")
    r = report["prefix_reuse"]
    print(f"6. prefill of 8 steered requests, system blocks cached / whole prompts: {r['ratio']:.2f}x faster ({r['cached_ms']:.0f} vs {r['whole_ms']:.0f} ms)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
