"""Everything a short turn on a CUDA machine should measure, in one command.

    python benchmarks/gpu_check.py                      # on CUDA: about 5 minutes, conversion included
    python benchmarks/gpu_check.py --device cpu --quick # the same steps on CPU with tiny counts (tests)

On the embedded model and the chosen device (CUDA, bf16, unless `--device cpu`), in order:

1. equality: our greedy tokens against transformers' `generate`, at w = 1 (plain) and
   w = 3 (`guidance_scale=3, negative_prompt_ids=...`, logprob mode), per prompt;
2. steering: our CFG (w = 3) / our plain (w = 1) time per token at batch 1, 8 and 32, our CFG
   batch / transformers' plain batched `generate`, the shipped adapter on half of 8 steered
   requests / none, and 8 concurrent callers through `Guardrail.generate` / one by one
   (the functions of `bench_engine.py` and `bench_guard.py`);
3. the output filter's benchmark (`bench_filter.py`, in its own process);
4. the evaluation of the shipped routes (`guardrail eval --configs route:...`) on 48 scenarios.

It writes `out/gpu/gpu_check.json` and `out/gpu/gpu_check.md` (one table) and prints the
table. Without CUDA it stops at once (exit 2) unless `--device cpu` is given; `--device cpu`
hides the GPU from every step (its subprocesses too), it fakes nothing else. Exit 1 when an
equality check fails or a step fails (the figures of the other steps are written anyway).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ROUTES = ("acme-bank/public_web", "helpdesk/customer_chat")
EQUALITY_CASES = 3  # the first prompts of bench_engine's, each at w = 1 and w = 3
FULL = {"tokens": 32, "batches": (1, 8, 32), "equality_tokens": 16, "scenarios": 48, "max_new_tokens": 48, "filter_texts": 30, "filter_repeats": 3}
QUICK = {"tokens": 3, "batches": (1, 2), "equality_tokens": 4, "scenarios": 2, "max_new_tokens": 4, "filter_texts": 2, "filter_repeats": 1}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", choices=("cuda", "cpu"), default="cuda", help="cuda (default) or cpu")
    parser.add_argument("--quick", action="store_true", help="tiny counts: every step runs, in seconds to a minute")
    parser.add_argument("--out", type=Path, default=REPO / "out" / "gpu", help="output folder (default out/gpu)")
    parser.add_argument("--skip", default="", help="comma-separated steps to leave out: equality,steering,filter,eval")
    return parser.parse_args(argv)


def cuda_problem() -> str | None:
    """Why CUDA cannot be used here, or None. Checked before the model is loaded."""
    import torch

    if not torch.cuda.is_available():
        built = torch.version.cuda or "none (a CPU-only build)"
        return (f"no CUDA device is visible to torch {torch.__version__} (CUDA build: {built}); run this on a machine "
                "with an NVIDIA GPU, or pass `--device cpu` to run the same steps on the CPU")
    return None


def equality(loaded, engine, tokens: int) -> list[dict]:
    """Our greedy tokens against transformers' for each prompt at w = 1 and w = 3."""
    import torch

    from bench_engine import requests

    cases = []
    for w in (1.0, 3.0):
        for index, request in enumerate(requests(EQUALITY_CASES, tokens, w=w)):
            ids = engine.encode(request)
            extra = {"guidance_scale": w, "negative_prompt_ids": torch.tensor([ids[1]], device=loaded.device)} if w != 1.0 else {}
            with torch.inference_mode():
                reference = loaded.model.generate(
                    torch.tensor([ids[0]], device=loaded.device), attention_mask=torch.ones(1, len(ids[0]), dtype=torch.long, device=loaded.device),
                    max_new_tokens=tokens, min_new_tokens=tokens, do_sample=False, repetition_penalty=1.0, pad_token_id=engine._pad_id, **extra,
                )[0, len(ids[0]):].tolist()
            ours = list(engine.generate([request])[0].token_ids)
            first = next((i for i, (a, b) in enumerate(zip(ours, reference)) if a != b), None)
            cases.append({"w": w, "prompt": index, "identical": ours == reference, "first_difference": first})
    return cases


def steering(loaded, engine, counts: dict) -> dict:
    """CFG / plain per token at each batch size, CFG / transformers plain, adapter rows, 8 callers."""
    from bench_engine import ADAPTER, ours, requests, transformers_plain
    from bench_guard import concurrency

    n = counts["tokens"]
    ours(engine, requests(2, 2, adapters=(ADAPTER, None)))  # load the adapter, warm up
    report: dict = {"tokens": n, "cfg_over_plain": {}, "cfg_vs_transformers_plain": {}}
    for size in counts["batches"]:
        plain_s, plain_t = ours(engine, requests(size, n, w=1.0))
        cfg_s, cfg_t = ours(engine, requests(size, n, w=3.0))
        report["cfg_over_plain"][size] = {"plain_ms_per_token": 1e3 * plain_s / plain_t, "cfg_ms_per_token": 1e3 * cfg_s / cfg_t,
                                          "ratio": (cfg_s / cfg_t) / (plain_s / plain_t)}
        if size > 1:
            batch = requests(size, n)
            hf_s, hf_t = transformers_plain(loaded, engine, batch, n)
            report["cfg_vs_transformers_plain"][size] = {"ours_tok_s": cfg_t / cfg_s, "transformers_tok_s": hf_t / hf_s,
                                                         "ratio": (cfg_t / cfg_s) / (hf_t / hf_s)}
    none_s, none_t = ours(engine, requests(8, n))
    half_s, half_t = ours(engine, requests(8, n, adapters=(ADAPTER, None)))
    report["adapter_half"] = {"none_tok_s": none_t / none_s, "half_tok_s": half_t / half_s, "ratio": (half_t / half_s) / (none_t / none_s)}
    report["concurrency"] = concurrency(n)
    return report


def run_filter(counts: dict, out: Path, env: dict, quick: bool) -> dict:
    """`bench_filter.py` in its own process (its cold-start figures need one)."""
    target = out / "filter.json"
    command = [sys.executable, str(REPO / "benchmarks" / "bench_filter.py"), "--texts", str(counts["filter_texts"]),
               "--repeats", str(counts["filter_repeats"]), "--json", str(target), *(["--quick"] if quick else [])]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    if not target.exists():
        raise RuntimeError(f"bench_filter.py exited {done.returncode}: {done.stderr.strip()[-400:]}")
    return {"exit_code": done.returncode, **json.loads(target.read_text())}


def run_eval(counts: dict, out: Path, env: dict) -> dict:
    """The shipped routes on `scenarios` scenarios through `guardrail eval`, in its own process."""
    folder = out / "eval"
    command = [sys.executable, "-m", "guardrail", "eval", "--configs", ",".join(f"route:{r}" for r in ROUTES),
               "--scenarios", str(counts["scenarios"]), "--max-new-tokens", str(counts["max_new_tokens"]), "--out", str(folder)]
    began = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"guardrail eval exited {done.returncode}: {done.stderr.strip()[-400:]}")
    rows = json.loads((folder / "results.json").read_text())["rows"]
    keep = ("config", "label", "leak", "utility", "leak_rate", "utility_accuracy", "tokens_per_second")
    return {"seconds": time.perf_counter() - began, "scenarios": counts["scenarios"], "rows": [{k: r.get(k) for k in keep} for r in rows]}


def table(report: dict) -> str:
    """The figures as one markdown table."""
    lines = [f"device {report['device']} ({report['dtype']}), {report['mode']} counts, {report['seconds']:.0f} s in all", "",
             "| step | figure |", "|---|---|"]
    eq = report.get("equality")
    if eq is not None:
        for w in (1.0, 3.0):
            cases = [c for c in eq if c["w"] == w]
            lines.append(f"| equality with transformers, greedy, w = {w:g} | {sum(c['identical'] for c in cases)}/{len(cases)} prompts identical |")
    s = report.get("steering")
    if s is not None:
        for size, r in s["cfg_over_plain"].items():
            lines.append(f"| our CFG (w = 3) / plain (w = 1) per token, batch {size} | {r['ratio']:.2f}x "
                         f"({r['cfg_ms_per_token']:.1f} vs {r['plain_ms_per_token']:.1f} ms) |")
        for size, r in s["cfg_vs_transformers_plain"].items():
            lines.append(f"| our CFG batch {size} / transformers plain batched generate, tokens/s | {r['ratio']:.2f}x "
                         f"({r['ours_tok_s']:.0f} vs {r['transformers_tok_s']:.0f}) |")
        a, k = s["adapter_half"], s["concurrency"]
        lines.append(f"| adapter on half of 8 steered / none, tokens/s | {a['ratio']:.2f}x ({a['half_tok_s']:.0f} vs {a['none_tok_s']:.0f}) |")
        lines.append(f"| 8 concurrent callers / one by one through Guardrail.generate | {k['ratio']:.2f}x "
                     f"({k['threads_tok_s']:.0f} vs {k['sequential_tok_s']:.0f} tok/s) |")
    f = report.get("filter")
    if f is not None:
        m = f["ms_per_text"]
        lines.append(f"| filter ms per ~100-word text, ours / default Presidio | {m['ours']:.1f} vs {m['default_presidio']:.1f} ms "
                     f"({m['speedup']:.1f}x faster); recall {f['recall']['ours']:.3f} vs {f['recall']['default_presidio']:.3f} |")
    e = report.get("eval")
    if e is not None:
        for r in e["rows"]:
            lines.append(f"| eval {r['label']}, {e['scenarios']} scenarios | leak {_count(r['leak'])}, "
                         f"utility {_count(r['utility'])}, {r['tokens_per_second'] or 0:.1f} tok/s |")
    for step, error in report["errors"].items():
        lines.append(f"| {step} | failed: {error} |")
    return "\n".join(lines) + "\n"


def _count(cell: dict) -> str:
    """`hits/total share [95% interval]` of one evaluation cell."""
    if not cell["total"]:
        return "0/0"
    low, high = cell["ci95"]
    return f"{cell['hits']}/{cell['total']} {cell['rate']:.0%} [{low:.0%}-{high:.0%}]"


def main(argv: list[str] | None = None) -> int:
    from guardrail.steering import configure_threads

    configure_threads()  # before torch loads, as the CLI does
    args = parse(argv)
    env = dict(os.environ)
    if args.device == "cpu":
        env["CUDA_VISIBLE_DEVICES"] = ""  # the GPU hidden from this process and its subprocesses
        os.environ["CUDA_VISIBLE_DEVICES"] = ""
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    sys.path.insert(0, str(Path(__file__).parent))
    if args.device == "cuda" and (problem := cuda_problem()) is not None:
        print(f"gpu_check: {problem}", file=sys.stderr)
        return 2
    from guardrail.steering.engine import SteeringEngine
    from guardrail.steering.models import load_model

    counts = QUICK if args.quick else FULL
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    args.out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    say = lambda what: print(f"[gpu_check {time.perf_counter() - began:5.0f}s] {what}", file=sys.stderr, flush=True)  # noqa: E731
    loaded = load_model(device=args.device)
    engine = SteeringEngine(loaded, adapters_dir=REPO / "adapters")
    say(f"model on {loaded.device} ({loaded.model.dtype})")
    report: dict = {"device": loaded.device, "dtype": str(loaded.model.dtype).removeprefix("torch."), "mode": "quick" if args.quick else "full",
                    "counts": {k: list(v) if isinstance(v, tuple) else v for k, v in counts.items()}, "errors": {}, "step_seconds": {}}
    if args.device == "cuda":
        import torch

        report["gpu"] = torch.cuda.get_device_name(0)
    steps = {
        "equality": lambda: equality(loaded, engine, counts["equality_tokens"]),
        "steering": lambda: steering(loaded, engine, counts),
        "filter": lambda: run_filter(counts, args.out, env, args.quick),
        "eval": lambda: run_eval(counts, args.out, env),
    }
    for name, step in steps.items():
        if name in skip:
            continue
        if name == "filter":
            engine.close()  # the steps in their own processes get the device to themselves
        started = time.perf_counter()
        try:
            report[name] = step()
        except Exception as exc:  # one failed step must not lose the figures of the others
            report["errors"][name] = f"{type(exc).__name__}: {exc}"
        report["step_seconds"][name] = round(time.perf_counter() - started, 1)
        say(f"{name}: {'failed' if name in report['errors'] else 'done'} in {report['step_seconds'][name]:.0f} s")
    report["seconds"] = time.perf_counter() - began
    (args.out / "gpu_check.json").write_text(json.dumps(report, indent=2, default=str))
    markdown = table(report)
    (args.out / "gpu_check.md").write_text(markdown)
    print(markdown)
    unequal = [c for c in report.get("equality", []) if not c["identical"]]
    return 1 if report["errors"] or unequal else 0


if __name__ == "__main__":
    sys.exit(main())
