"""The steering engine's ratios, all measured in one run on the embedded model.

    python benchmarks/bench_engine.py [--tokens 32] [--rounds 3] [--parts 1,2,3,4,5,6] [--json out.json]
    python benchmarks/bench_engine.py --parts 5     # only the cost of the second CFG row at batch 1

Prints each figure next to its target:

1. 8 steered requests (w = 3) with the shipped adapter on half of them / the same 8 without
   adapters, aggregate tokens/s: >= 0.9x.
2. our CFG (w = 3) at batch 8 / transformers' plain batched `generate` of the same 8
   prompts (no CFG), aggregate tokens/s: >= 1.0x; the same at 16 and 32 requests.
3. 8 concurrent callers on threads through `Guardrail.generate` (mixed tenants and sources of
   the example policies) / the same 8 one after another, aggregate tokens/s: >= 3x
   (`bench_guard.concurrency`), with how the facade's engine spent the two runs (prefill
   against decode steps: the prefill is work that batching does not shrink on a
   compute-bound device).
4. the steady-state time per decode step split into forward, guidance and host work
   (CFG batch 8, two adapter rows), and the prefill's time per prompt token.
5. CFG (w = 3) / plain (w = 1) at batch 1: <= 1.1x, with our CFG tokens identical to
   transformers' `generate(guidance_scale=3, negative_prompt_ids=...)`; the median of
   `--rounds` alternating rounds, per token (prefill included) and per steady-state decode
   step, in wall time and in the process's CPU time. CPU time is the figure to read on a
   shared machine: wall time there also counts the time other processes held the cores,
   while with passive OpenMP waiting an idle second thread consumes no CPU, so a one-thread
   decode step's CPU time is its work.
6. the prefill of 8 steered requests with their system blocks' keys and values cached
   (`SteeringEngine(prefix_cache_tokens=...)`, the default) / the same prompts run whole
   (median of 3 alternating rounds).

Greedy decoding, repetition penalty off (so transformers does the same work), fixed
`--tokens` new tokens per request (no end-of-sequence stop: `min_new_tokens` for transformers,
the end-of-turn ids ignored for ours).
"""

from __future__ import annotations

import statistics
import sys
import time

from guardrail.steering import configure_threads

configure_threads()  # before torch loads, as the CLI does

import torch  # noqa: E402

from harness import REPO, arguments, progress, ratio, timed, write_json  # noqa: E402

from guardrail.policy import DecodingSpec, SteeringSpec  # noqa: E402
from guardrail.steering.engine import GenerationRequest, SteeringEngine  # noqa: E402
from guardrail.steering.loop import StepProfile  # noqa: E402
from guardrail.steering.models import load_model  # noqa: E402
from guardrail.steering.prefix import PrefixCache  # noqa: E402

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
    seconds, results = timed(lambda: engine.generate(batch))
    assert all(r.error is None for r in results), [r.error for r in results]
    return seconds, sum(r.completion_tokens for r in results)


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


def batch_one(engine: SteeringEngine, w: float, tokens: int) -> dict:
    """Wall and CPU milliseconds per token (prefill included) and per decode step of one request.

    The CPU time of one decode step is that of `tokens` tokens less that of one (the prefill and
    its first token), over the `tokens - 1` steps between.
    """
    began = time.process_time()
    engine.generate(requests(1, 1, w=w))
    one = time.process_time() - began
    cpu = time.process_time()
    seconds, n, profile = profiled(engine, requests(1, tokens, w=w))
    cpu = time.process_time() - cpu
    assert n == tokens, (n, tokens)
    steps = max(1, profile.decode_steps)
    return {"wall_ms_per_token": 1e3 * seconds / n, "cpu_ms_per_token": 1e3 * cpu / n, "cpu_ms_per_step": 1e3 * (cpu - one) / max(1, n - 1),
            "cpu_ms_prefill": 1e3 * one, "wall_ms_per_step": 1e3 * (profile.forward + profile.guidance + profile.host) / steps,
            "guidance_ms_per_step": 1e3 * profile.guidance / steps, "prefill_ms": 1e3 * profile.prefill}


def cfg_cost(loaded, engine: SteeringEngine, tokens: int, rounds: int) -> dict:
    """#5: CFG / plain at batch 1 (median of alternating rounds) and token identity with transformers' CFG."""
    batch_one(engine, 3.0, 2)  # warm up: both system blocks cached
    runs: dict[str, list[dict]] = {"plain": [], "cfg": []}
    for _ in range(rounds):
        runs["plain"].append(batch_one(engine, 1.0, tokens))
        runs["cfg"].append(batch_one(engine, 3.0, tokens))
    median = {name: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for name, rs in runs.items()}
    plain, cfg = median["plain"], median["cfg"]
    request = requests(1, tokens, w=3.0)[0]
    pos, neg = engine.encode(request)
    with torch.inference_mode():
        reference = loaded.model.generate(
            torch.tensor([pos], device=loaded.device), attention_mask=torch.ones(1, len(pos), dtype=torch.long, device=loaded.device),
            max_new_tokens=tokens, min_new_tokens=tokens, do_sample=False, repetition_penalty=1.0, guidance_scale=3.0,
            negative_prompt_ids=torch.tensor([neg], device=loaded.device), pad_token_id=engine._pad_id,
        )[0, len(pos):].tolist()
    keys = ("wall_ms_per_token", "wall_ms_per_step", "cpu_ms_per_token", "cpu_ms_per_step", "cpu_ms_prefill")
    return {"rounds": rounds, "median": median, "ratios": {k: cfg[k] / plain[k] for k in keys},
            "identical_to_transformers": engine.generate([request])[0].token_ids == tuple(reference)}


def prefix_reuse(engine: SteeringEngine) -> dict:
    """#6: the prefill of 8 steered requests with the system blocks cached / whole (the same engine, its cache swapped)."""
    reuse = engine.prefixes
    prefill_ms: dict[str, list[float]] = {"cached": [], "whole": []}
    for _ in range(3):
        for name, prefixes in (("whole", PrefixCache(0)), ("cached", reuse)):
            engine.prefixes = prefixes
            prefill_ms[name].append(1000 * profiled(engine, requests(8, 1))[2].prefill)
    engine.prefixes = reuse
    cached, whole = statistics.median(prefill_ms["cached"]), statistics.median(prefill_ms["whole"])
    return {"cached_ms": cached, "whole_ms": whole, "ratio": whole / cached, "hits": reuse.hits, "cached_tokens": reuse.tokens}


def main() -> int:
    parser = arguments(__doc__)
    parser.add_argument("--tokens", type=int, default=32, help="new tokens per request (default 32)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of #5 (default 3)")
    parser.add_argument("--parts", default="1,2,3,4,5,6", help="which figures to measure (default all)")
    args = parser.parse_args()
    parts, n = {int(p) for p in args.parts.split(",")}, args.tokens
    loaded = load_model()
    engine = SteeringEngine(loaded, adapters_dir=REPO / "adapters")
    engine._eos_ids = frozenset()  # fixed-length answers, as transformers' min_new_tokens
    report: dict = {"device": loaded.device, "tokens": n, "torch_threads": torch.get_num_threads()}
    if parts & {1, 2, 4}:
        ours(engine, requests(8, 4, adapters=(ADAPTER, None)))  # load the adapter, warm up
    if 1 in parts:
        plain_s, plain_t = ours(engine, requests(8, n))
        half_s, half_t = ours(engine, requests(8, n, adapters=(ADAPTER, None)))
        report["adapter_half"] = {"none_tok_s": plain_t / plain_s, "half_tok_s": half_t / half_s, "ratio": (half_t / half_s) / (plain_t / plain_s)}
        progress(f"adapter half: {report['adapter_half']}")
    if 2 in parts:
        report["cfg_vs_transformers_plain"] = {}
        for size in (8, 16, 32):
            batch = requests(size, n)
            hf_s, hf_t = transformers_plain(loaded, engine, batch, n)
            our_s, our_t = ours(engine, batch)
            report["cfg_vs_transformers_plain"][size] = {"ours_tok_s": our_t / our_s, "transformers_tok_s": hf_t / hf_s, "ratio": (our_t / our_s) / (hf_t / hf_s)}
            progress(f"batch {size}: {report['cfg_vs_transformers_plain'][size]}")
    if 4 in parts:
        report["step_ms"] = step_ms(profiled(engine, requests(8, n, adapters=(ADAPTER, None, None, None)))[2])
        progress(f"step split: {report['step_ms']}")
    if 5 in parts:
        report["cfg_batch1"] = cfg_cost(loaded, engine, n, args.rounds)
        progress(f"batch 1: {report['cfg_batch1']['ratios']}")
    if 6 in parts:
        report["prefix_reuse"] = prefix_reuse(engine)
        progress(f"prefix reuse: {report['prefix_reuse']}")
    engine.close()
    if 3 in parts:  # through the facade: its own engine, the example policies
        from bench_guard import concurrency

        report["concurrency"] = concurrency(n)

    print(f"device {report['device']}, {n} new tokens per request, {report['torch_threads']} torch threads")
    if (a := report.get("adapter_half")) is not None:
        ratio("1. adapter on half of 8 steered / none", a["ratio"], ">= 0.9", f"{a['half_tok_s']:.1f} vs {a['none_tok_s']:.1f} tok/s")
    for size, r in report.get("cfg_vs_transformers_plain", {}).items():
        ratio(f"2. our CFG batch {size} / transformers plain batched generate", r["ratio"], ">= 1.0",
              f"{r['ours_tok_s']:.1f} vs {r['transformers_tok_s']:.1f} tok/s")
    if (k := report.get("concurrency")) is not None:
        ratio("3. 8 concurrent callers / one by one through Guardrail.generate", k["ratio"], ">= 3",
              f"{k['threads_tok_s']:.1f} vs {k['sequential_tok_s']:.1f} tok/s")
        for name in ("sequential", "threads"):
            spent = k[name]
            print(f"   {name}: prefill {spent['prefill_s']:.2f} s, {spent['decode_steps']} decode steps {spent['decode_s']:.2f} s")
    if (s := report.get("step_ms")) is not None:
        print(f"4. per decode step (CFG batch 8, {s['decode_steps']} steps): forward {s['forward']:.1f} ms, guidance {s['guidance']:.1f} ms, host {s['host']:.1f} ms; "
              f"prefill {s['prefill_ms_per_token']:.2f} ms per prompt token ({s['prefill_tokens']} tokens)")
    if (b := report.get("cfg_batch1")) is not None:
        plain, cfg, r = b["median"]["plain"], b["median"]["cfg"], b["ratios"]
        print(f"5. CFG / plain at batch 1, median of {b['rounds']} alternating rounds (target <= 1.1); "
              f"tokens identical to transformers' CFG: {b['identical_to_transformers']}")
        for key, label in (("wall_ms_per_token", "wall time per token, prefill included"), ("wall_ms_per_step", "wall time per decode step"),
                           ("cpu_ms_per_token", "CPU time per token"), ("cpu_ms_per_step", "CPU time per decode step"),
                           ("cpu_ms_prefill", "CPU time of the prefill and first token")):
            ratio(f"   CFG / plain, {label}", r[key], detail=f"{cfg[key]:.0f} vs {plain[key]:.0f} ms")
        print(f"   guidance (mixing) per CFG step {cfg['guidance_ms_per_step']:.1f} ms; prefill {cfg['prefill_ms']:.0f} vs {plain['prefill_ms']:.0f} ms")
    if (p := report.get("prefix_reuse")) is not None:
        print(f"6. prefill of 8 steered requests, system blocks cached / whole prompts: {p['ratio']:.2f}x faster ({p['cached_ms']:.0f} vs {p['whole_ms']:.0f} ms)")
    write_json(args.json, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
