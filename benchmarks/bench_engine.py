"""Benchmark the steering engine against plain decoding and transformers' own CFG.

    flock /tmp/guardrail-heavy.lock .venv/bin/python benchmarks/bench_engine.py --json bench_engine.json

On the embedded default model, greedy, 64 new tokens, it prints each ratio with its target:

1. CFG (w = 3) time per generated token over plain decoding (w = 1), batch 1: <= 1.3x.
2. transformers' `generate(guidance_scale=3, negative_prompt_ids=...)` time per token over
   ours: >= 1.5x.
3. 8 concurrent requests with mixed sources (w and adapters) batched together vs the same 8
   one after another, aggregate tokens/s: >= 3x.
4. Peak RSS of the base model plus three resident adapters over the base alone, next to
   the adapters' own size (each measured in a fresh child process).

It also measures dropping finished requests from the batch vs masking them. Adapters for
the default model are random LoRAs (rank 16 on every projection, like `guardrail train`) made in a temp folder.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

import guardrail  # noqa: F401 - first, so its OpenMP setting precedes the torch import
import torch
from guardrail.steering.adapters import write_manifest
from guardrail.steering.engine import GenerationRequest, GenerationResult, SteeringEngine
from guardrail.steering.models import LoadedModel, load_model
from guardrail.policy import DecodingSpec, SteeringSpec

PROMPTS = (
    "Write a detailed story about a customer named John Smith who calls the bank about his account.",
    "Write a long letter to Maria Garcia at 42 Elm Street about her order, with her phone number.",
    "Explain in detail how to reset a router, step by step, for a customer who called support.",
    "Describe the life of a librarian in a small town, with many details about her day.",
)
ADAPTERS = ("lora-a", "lora-b", "lora-c")


def make_request(prompt: str, w: float, adapter: str | None = None, tokens: int = 64) -> GenerationRequest:
    # repetition_penalty 1.0 so ours and transformers' generate do the same work per token
    spec = DecodingSpec(max_new_tokens=tokens, repetition_penalty=1.0)
    return GenerationRequest(prompt, SteeringSpec(guidance=w, mode="logprob", adapter=adapter, decoding=spec))


def per_token(seconds: float, results: list[GenerationResult]) -> float:
    return seconds / max(1, sum(r.completion_tokens for r in results))


def timed(fn, repeats: int) -> tuple[float, object]:
    """The median wall time of `repeats` calls and the last call's value."""
    times, value = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), value


def hf_cfg(loaded: LoadedModel, engine: SteeringEngine, request: GenerationRequest) -> tuple[int, int]:
    """transformers' unbatched CFG on the same prompts; returns (generated tokens, prompt tokens)."""
    pos, neg = engine.encode(request)
    output = loaded.model.generate(
        torch.tensor([pos]),
        attention_mask=torch.ones(1, len(pos), dtype=torch.long),
        max_new_tokens=request.steering.decoding.max_new_tokens,
        do_sample=False,
        repetition_penalty=1.0,
        guidance_scale=request.steering.guidance,
        negative_prompt_ids=torch.tensor([neg]),
    )
    return output.shape[1] - len(pos), len(pos)


def make_adapters(loaded: LoadedModel, folder: Path, rank: int = 16) -> int:
    """Save three random LoRAs for `loaded` under `folder`; returns their total bytes on disk."""
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(
        r=rank,
        lora_alpha=2 * rank,
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        init_lora_weights=False,
    )
    size = 0
    for seed, name in enumerate(ADAPTERS):
        torch.manual_seed(seed)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
            model = get_peft_model(copy.deepcopy(loaded.model), config)
        for module in model.modules():  # small random B so outputs change but stay fluent
            if hasattr(module, "lora_B"):
                for linear in module.lora_B.values():
                    torch.nn.init.normal_(linear.weight, std=1e-3)
        model.save_pretrained(folder / name)
        write_manifest(folder / name, name, loaded.identity, data={"kind": "random benchmark adapter", "seed": seed})
        size += (folder / name / "adapter_model.safetensors").stat().st_size
        del model
    return size


def mixed_requests(tokens: int, varied: bool = False) -> list[GenerationRequest]:
    """8 requests from mixed sources: w in {1, 2, 3}, adapters a/b/c or none."""
    plan = [(1.0, None), (3.0, "lora-a"), (2.0, "lora-b"), (3.0, None), (1.0, "lora-c"), (3.0, "lora-b"), (2.0, None), (3.0, "lora-a")]
    return [
        make_request(PROMPTS[i % len(PROMPTS)], w, adapter, tokens=(tokens // 4 + i * tokens // 8) if varied else tokens)
        for i, (w, adapter) in enumerate(plan)
    ]


def memory_probe(model: str | None, adapters_dir: str | None) -> None:
    """Child process: load the model (and adapters), run one request, print memory figures.

    Peak RSS is reset after the base model loads (Linux `clear_refs`), so the peak is the
    one of serving, not of `from_pretrained`'s temporary copies.
    """
    import resource

    loaded = load_model(model)
    try:
        Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM (peak RSS) to the current RSS
    except OSError:
        pass
    engine = SteeringEngine(loaded, adapters_dir)
    requests = [make_request(PROMPTS[0], 3.0, None, tokens=4)]
    if adapters_dir:
        requests = [make_request(PROMPTS[0], 3.0, name, tokens=4) for name in ADAPTERS]
    engine.generate(requests)
    params = sum(p.numel() * p.element_size() for p in loaded.model.parameters())
    status = _proc_status()
    peak = status.get("VmHWM", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    print(json.dumps({"peak_rss_bytes": peak, "rss_bytes": status.get("VmRSS", 0), "param_bytes": params}))


def _proc_status() -> dict[str, int]:
    """VmHWM / VmRSS of this process in bytes (empty where /proc is missing)."""
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return {}
    return {k: int(v.split()[0]) * 1024 for k, _, v in (line.partition(":") for line in lines) if k in ("VmHWM", "VmRSS")}


def probe(model: str | None, adapters_dir: Path | None) -> dict:
    command = [sys.executable, __file__, "--memory-probe"]
    if model:
        command += ["--model", model]
    if adapters_dir:
        command += ["--adapters-dir", str(adapters_dir)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"memory probe {command[3:]} exited {done.returncode}: {done.stderr[-800:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None, help="model spec for load_model (default: the embedded SmolLM2-135M)")
    parser.add_argument("--tokens", type=int, default=64, help="new tokens per request")
    parser.add_argument("--repeats", type=int, default=3, help="repeats of the batch-1 timings (median)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--memory-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--adapters-dir", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_probe:
        memory_probe(args.model, args.adapters_dir)
        return {}

    loaded = load_model(args.model)
    engine = SteeringEngine(loaded)
    figures: dict = {
        "model": loaded.identity.name,
        "device": loaded.device,
        "torch_threads": torch.get_num_threads(),
        "new_tokens": args.tokens,
    }
    prompt = PROMPTS[0]
    plain, cfg = make_request(prompt, 1.0, tokens=args.tokens), make_request(prompt, 3.0, tokens=args.tokens)
    engine.generate([make_request(prompt, 3.0, tokens=8)])  # warm-up

    t_plain, r_plain = timed(lambda: engine.generate([plain]), args.repeats)
    t_cfg, r_cfg = timed(lambda: engine.generate([cfg]), args.repeats)
    t_hf, (hf_tokens, _) = timed(lambda: hf_cfg(loaded, engine, cfg), args.repeats)
    figures["plain_s_per_token"] = per_token(t_plain, r_plain)
    figures["cfg_s_per_token"] = per_token(t_cfg, r_cfg)
    figures["hf_cfg_s_per_token"] = t_hf / max(1, hf_tokens)
    figures["tokens"] = {"plain": r_plain[0].completion_tokens, "cfg": r_cfg[0].completion_tokens, "hf_cfg": hf_tokens}

    with tempfile.TemporaryDirectory(prefix="bench-adapters-") as tmp:
        adapters_dir = Path(tmp)
        figures["adapter_bytes_on_disk"] = make_adapters(loaded, adapters_dir)
        engine = SteeringEngine(loaded, adapters_dir)
        requests = mixed_requests(args.tokens)
        engine.generate([make_request(PROMPTS[0], 3.0, name, tokens=2) for name in ADAPTERS])  # load + warm-up

        t_seq, r_seq = timed(lambda: [engine.generate([r])[0] for r in requests], 1)
        t_batch, r_batch = timed(lambda: engine.generate(requests), 1)
        t_threads, r_threads = timed(lambda: _concurrently(engine, requests), 1)
        same = [r.token_ids for r in r_batch] == [r.token_ids for r in r_seq] == [r.token_ids for r in r_threads]
        tokens = sum(r.completion_tokens for r in r_batch)
        figures["mixed8"] = {
            "tokens": tokens,
            "sequential_tokens_per_s": tokens / t_seq,
            "batched_tokens_per_s": tokens / t_batch,
            "threads_tokens_per_s": tokens / t_threads,
            "outputs_identical": same,
        }

        varied = mixed_requests(args.tokens, varied=True)
        t_drop, r_drop = timed(lambda: engine.generate(varied), 1)
        engine.drop_finished = False
        t_mask, r_mask = timed(lambda: engine.generate(varied), 1)
        engine.drop_finished = True
        figures["finished_rows"] = {
            "max_new_tokens": [r.steering.decoding.max_new_tokens for r in varied],
            "drop_s": t_drop,
            "mask_s": t_mask,
            "outputs_identical": [r.token_ids for r in r_drop] == [r.token_ids for r in r_mask],
        }
        engine.close(wait=True)
        del engine
        try:
            base_mem, adapter_mem = probe(args.model, None), probe(args.model, adapters_dir)
        except RuntimeError as exc:  # report the timings anyway
            print(exc, file=sys.stderr)
            base_mem = adapter_mem = {"peak_rss_bytes": 1, "rss_bytes": 0, "param_bytes": 0}
    figures["memory"] = {
        "base_peak_rss_bytes": base_mem["peak_rss_bytes"],
        "base_plus_3_adapters_peak_rss_bytes": adapter_mem["peak_rss_bytes"],
        "rss_added_bytes": adapter_mem["peak_rss_bytes"] - base_mem["peak_rss_bytes"],
        "base_rss_bytes": base_mem["rss_bytes"],
        "base_plus_3_adapters_rss_bytes": adapter_mem["rss_bytes"],
        "base_param_bytes": base_mem["param_bytes"],
        "adapter_param_bytes": adapter_mem["param_bytes"] - base_mem["param_bytes"],
    }

    mixed = figures["mixed8"]
    ratios = [
        ("CFG w=3 / plain w=1, time per token, batch 1", figures["cfg_s_per_token"] / figures["plain_s_per_token"], "<= 1.3"),
        ("transformers CFG / ours, time per token", figures["hf_cfg_s_per_token"] / figures["cfg_s_per_token"], ">= 1.5"),
        ("8 mixed requests batched / one after another, tokens/s", mixed["batched_tokens_per_s"] / mixed["sequential_tokens_per_s"], ">= 3"),
        ("8 mixed requests from 8 threads / one after another, tokens/s", mixed["threads_tokens_per_s"] / mixed["sequential_tokens_per_s"], ">= 3"),
        ("finished rows masked / dropped, time", figures["finished_rows"]["mask_s"] / figures["finished_rows"]["drop_s"], "> 1 (dropping wins)"),
        ("peak RSS base+3 adapters / base", adapter_mem["peak_rss_bytes"] / base_mem["peak_rss_bytes"], "~ 1 + adapters/base"),
    ]
    figures["ratios"] = [{"name": n, "value": round(v, 3), "target": t, "met": _met(v, t)} for n, v, t in ratios]
    for row in figures["ratios"]:
        print(f"{row['name']:<64} {row['value']:>7.3f}x  target {row['target']:<22} {'ok' if row['met'] else 'MISSED'}")
    memory = figures["memory"]
    print(
        f"memory: base peak RSS {memory['base_peak_rss_bytes'] / 2**20:.0f} MiB, +3 adapters "
        f"{memory['base_plus_3_adapters_peak_rss_bytes'] / 2**20:.0f} MiB (+{memory['rss_added_bytes'] / 2**20:.1f} MiB); "
        f"adapter parameters {memory['adapter_param_bytes'] / 2**20:.1f} MiB, on disk {figures['adapter_bytes_on_disk'] / 2**20:.1f} MiB"
    )
    print(
        f"per token: plain {figures['plain_s_per_token'] * 1e3:.1f} ms, CFG {figures['cfg_s_per_token'] * 1e3:.1f} ms, "
        f"transformers CFG {figures['hf_cfg_s_per_token'] * 1e3:.1f} ms; tokens {figures['tokens']}; "
        f"mixed-8 outputs identical across modes: {mixed['outputs_identical']}"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return figures


def _concurrently(engine: SteeringEngine, requests: list[GenerationRequest]) -> list[GenerationResult]:
    """The requests from one thread each, started together (the engine groups them)."""
    results: list = [None] * len(requests)
    barrier = threading.Barrier(len(requests))

    def worker(i: int) -> None:
        barrier.wait()
        results[i] = engine.generate([requests[i]])[0]

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(requests))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _met(value: float, target: str) -> bool:
    if target.startswith("<="):
        return value <= float(target[2:])
    if target.startswith(">="):
        return value >= float(target[2:])
    if target.startswith(">"):
        return value > float(target[1:].split()[0])
    return True  # descriptive target


if __name__ == "__main__":
    main()
