"""`guardrail eval`: run the configurations, write the table, the JSON and the plot.

    guardrail eval                                     # the headline configurations, into out/eval
    guardrail eval --configs base,cfg-logprob-w3       # a subset (the cfg-* grid by name)
    guardrail eval --resume                            # reuse cached generations, add new rows
    guardrail eval --quick                             # CI smoke run on the tiny model
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from guardrail.cli import model_option
from guardrail.errors import AdapterError
from guardrail.steering.tiny import TINY_MODEL

DEFAULT_ADAPTER = "privacy-smollm2-135m"
QUICK_SCENARIOS = 6
QUICK_MAX_NEW_TOKENS = 12
MAX_NEW_TOKENS = 48


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the `guardrail eval` flags."""
    parser.add_argument("--configs", help="comma-separated configuration names (default: the headline set); "
                        "route:TENANT/SOURCE runs a shipped route's steering as it is")
    parser.add_argument("--policies", default="policies", help="policy folder of the route: configurations (default ./policies)")
    parser.add_argument("--adapter", default=DEFAULT_ADAPTER, help=f"adapter of the adapter rows (default {DEFAULT_ADAPTER})")
    parser.add_argument("--adapters-dir", default="adapters", help="folder of adapter folders (default ./adapters)")
    parser.add_argument("--model", default=None, help="base model (default: the embedded SmolLM2-135M; tiny-random-llama for tests)")
    parser.add_argument("--scenarios", type=int, default=None, help="number of scenarios (default 192; --quick: 6)")
    parser.add_argument("--task-scenarios", type=int, default=None,
                        help="task scenarios with a harmless form, after the others (default 48; --quick: 6; 0: none)")
    parser.add_argument("--max-new-tokens", type=int, default=None, help=f"answer length cap (default {MAX_NEW_TOKENS}; --quick: 12)")
    parser.add_argument("--batch-size", type=int, default=96, help="requests per engine generate call (default 96)")
    parser.add_argument("--out", default="out/eval", help="output folder (default ./out/eval)")
    parser.add_argument("--resume", action="store_true", help="reuse cached generations whose settings match")
    parser.add_argument("--no-filter", action="store_true", help="skip the output-filter rows")
    parser.add_argument("--quick", action="store_true", help="small CI subset on the tiny model (seconds)")


def run(args: argparse.Namespace) -> int:
    """Run the evaluation; 0 on success, 2 on a bad argument."""
    from guardrail.evaluation.configs import DEFAULT_CONFIGS, QUICK_CONFIGS, select_configs
    from guardrail.evaluation.scenarios import DEFAULT_SCENARIOS
    from guardrail.evaluation.tasks import DEFAULT_TASK_SCENARIOS

    quick = args.quick
    model_spec = model_option(args.model or (TINY_MODEL if quick else None))
    n = args.scenarios if args.scenarios is not None else (QUICK_SCENARIOS if quick else DEFAULT_SCENARIOS)
    tasks = args.task_scenarios if args.task_scenarios is not None else (QUICK_SCENARIOS if quick else DEFAULT_TASK_SCENARIOS)
    max_new = args.max_new_tokens if args.max_new_tokens is not None else (QUICK_MAX_NEW_TOKENS if quick else MAX_NEW_TOKENS)
    try:
        names = [n.strip() for n in (args.configs or "").split(",") if n.strip()]
        routes = [n[len("route:"):] for n in names if n.startswith("route:")]
        plain = ",".join(n for n in names if not n.startswith("route:"))
        configs = select_configs(plain, QUICK_CONFIGS if quick else DEFAULT_CONFIGS) if plain or not routes else []
        if routes:
            from guardrail.evaluation.configs import route_config
            from guardrail.policy import PolicyStore

            store = PolicyStore.from_dir(args.policies, adapters_dir=args.adapters_dir)
            configs += [route_config(store, r) for r in routes]
        if n < 1 or max_new < 1 or args.batch_size < 1:
            raise ValueError("--scenarios, --max-new-tokens and --batch-size have to be positive integers")
        if tasks < 0:
            raise ValueError(f"--task-scenarios (={tasks}) has to be 0 or more")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return _evaluate(args, configs, model_spec, n, max_new, explicit=args.configs is not None, tasks=tasks)


def _evaluate(args: argparse.Namespace, configs: list, model_spec: Any, n: int, max_new: int, explicit: bool,
              tasks: int = 0) -> int:
    from guardrail.evaluation.cache import cache_key, load_cached, save_run
    from guardrail.evaluation.configs import COPY_GUARD_ENTITIES, twin_of
    from guardrail.evaluation.report import write_report
    from guardrail.evaluation.runner import generate_config, score_run
    from guardrail.evaluation.scenarios import generate_scenarios
    from guardrail.evaluation.tasks import generate_task_scenarios
    from guardrail.policy import DecodingSpec, FilterSpec
    from guardrail.steering.engine import SteeringEngine
    from guardrail.steering.models import load_model

    began = time.perf_counter()
    out = Path(args.out)
    say = lambda line: print(f"[eval {time.perf_counter() - began:6.0f}s] {line}", file=sys.stderr, flush=True)  # noqa: E731
    loaded = load_model(model_spec)
    engine = SteeringEngine(loaded, adapters_dir=args.adapters_dir, max_batch_rows=2 * args.batch_size)
    identity = loaded.identity
    model_id = f"{identity.name}:{identity.file}:{identity.sha256}"
    adapter_id, skipped = None, []
    if any(c.uses_adapter or args.adapter in c.steering.row_adapters for c in configs):
        try:
            engine.check_adapter(args.adapter)
            adapter_id = f"{args.adapter}:{_weights_sha256(Path(args.adapters_dir) / args.adapter)}"
        except AdapterError as exc:
            if explicit:
                raise
            skipped = [c.name for c in configs if c.uses_adapter]
            configs = [c for c in configs if not c.uses_adapter]
            say(f"skipping {', '.join(skipped)}: {exc}")
    scenarios = generate_scenarios(n) + generate_task_scenarios(tasks)
    decoding = DecodingSpec(max_new_tokens=max_new)
    spec = FilterSpec()
    output_filter = None
    if not args.no_filter or any(c.copy_guard for c in configs):
        from guardrail.filtering import OutputFilter

        output_filter = OutputFilter()
        output_filter.warmup()
    default_guard_spec = FilterSpec(entities=COPY_GUARD_ENTITIES)
    say(f"model {identity.name}, {n} scenarios + {tasks} task scenarios, {len(configs)} configurations, max {max_new} new tokens")
    rows, generation_seconds, done = [], 0.0, {}
    for config in configs:
        key = cache_key(config.fingerprint(adapter_id), decoding, model_id)
        path = out / "generations" / f"{config.name}.json"
        cached, seconds, tokens = load_cached(path, key, scenarios) if args.resume else ({}, 0.0, 0)
        twin = twin_of(config)
        twin_answers = None
        if twin is not None:
            twin_key = cache_key(twin.fingerprint(adapter_id), decoding, model_id)
            twin_answers = done.get(twin.name) or load_cached(out / "generations" / f"{twin.name}.json", twin_key, scenarios)[0]
        # the copy guard's analyzer: a route's own filter settings, else the evaluation's entities
        guard_spec = config.guard_filter or default_guard_spec
        finder = (lambda texts, spec=guard_spec: output_filter.find_values(texts, spec)) if output_filter is not None else None  # noqa: E731
        run_ = generate_config(
            engine, config, scenarios, decoding, key, args.adapter, args.batch_size, finder, say,
            cached=cached, twin=twin_answers, spent=(seconds, tokens),
        )
        if len(cached) < len(scenarios):
            save_run(path, run_)
        replayed = sum(g.replayed for g in run_.generations if g.scenario_id not in cached)
        say(f"{config.name}: {len(cached)} cached, {replayed} replayed from {twin.name if twin else '-'}, "
            f"{len(scenarios) - len(cached) - replayed} generated")
        done[config.name] = {g.scenario_id: g for g in run_.generations}
        generation_seconds += run_.seconds
        rows += score_run(run_, scenarios, None if args.no_filter else output_filter, spec)
        say("; ".join(f"{r.label}: leak {_pct(r.leak_rate)}, utility {_pct(r.utility_accuracy)}, "
                      f"harmless form {_pct(r.harmless_form.value)}" for r in rows[-2:] if r.config == config.name))
    meta = {
        "command": _command(args),
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "model": identity.name,
        "model_sha256": identity.sha256,
        "adapter": adapter_id,
        "skipped": skipped,
        "scenarios": n,
        "task_scenarios": tasks,
        "first_scenario": scenarios[0].id if scenarios else None,
        "max_new_tokens": max_new,
        "decoding": decoding.model_dump(mode="json"),
        "batch_size": args.batch_size,
        "filter_entities": list(spec.entities) if not args.no_filter else [],
        "copy_guard_entities": list(COPY_GUARD_ENTITIES),
        "cpu_threads": _threads(),
        "machine": platform.machine(),
        "generation_seconds": round(generation_seconds, 1),  # all rows, cached ones included
        "wall_seconds": round(time.perf_counter() - began, 1),  # this invocation only
    }
    paths = write_report(out, rows, meta)
    say(f"wrote {', '.join(str(p) for p in paths.values())}")
    return 0


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _command(args: argparse.Namespace) -> str:
    """The command line that reproduces this run (flags in a fixed order)."""
    parts = ["guardrail eval"]
    for flag in ("configs", "policies", "model", "adapter", "adapters_dir", "scenarios", "task_scenarios", "max_new_tokens",
                 "batch_size", "out"):
        value = getattr(args, flag)
        if value is not None:
            parts.append(f"--{flag.replace('_', '-')} {value}")
    parts += [f"--{flag.replace('_', '-')}" for flag in ("quick", "resume", "no_filter") if getattr(args, flag)]
    return " ".join(parts)


def _weights_sha256(folder: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(folder.glob("*.safetensors")):
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _threads() -> int:
    import torch

    return torch.get_num_threads()
