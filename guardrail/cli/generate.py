"""`guardrail generate`, `guardrail redact` and `guardrail demo`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict

from guardrail.cli import model_option

DEMO_TENANT = "acme-bank"
DEMO_SOURCES = ("public_web", "public_web_cfg", "back_office")  # w = 1 + adapter, the same with CFG (w = 3), trusted
DEMO_PROMPT = (
    "Customer record:\n"
    "Name: Daniel Whitaker\n"
    "Email: daniel.whitaker@fastmail.com\n"
    "Phone: (415) 555-0187\n"
    "Card: 4929 1851 5231 6740\n"
    "Last order: two reading lamps, total $84.50, shipped on 3 March.\n\n"
    "What are the customer's email address and phone number?"
)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--policies", default="policies", help="policies folder (default: policies)")
    parser.add_argument("--adapters-dir", default=None, help="adapters folder (default: adapters, or guardrail.yaml's)")
    parser.add_argument("--model", default=None, help="local model path or name (default: the embedded SmolLM2-135M)")


def _route_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--source", default=None, help="traffic source (default: the tenant's default_source)")
    parser.add_argument("--json", action="store_true", help="print the full response as JSON")


def configure_generate(parser: argparse.ArgumentParser) -> None:
    _common(parser)
    _route_args(parser)
    parser.add_argument("--stream", action="store_true", help="print filtered pieces as they are released")
    parser.add_argument("prompt", help="the prompt, or - to read it from standard input")


def configure_redact(parser: argparse.ArgumentParser) -> None:
    _common(parser)
    _route_args(parser)
    parser.add_argument("text", help="the text to filter, or - to read it from standard input")


def configure_demo(parser: argparse.ArgumentParser) -> None:
    _common(parser)
    parser.add_argument("--tenant", default=DEMO_TENANT)
    parser.add_argument("--sources", nargs="+", default=list(DEMO_SOURCES), metavar="SOURCE",
                        help=f"the tenant's sources to run, in order (default: {' '.join(DEMO_SOURCES)})")


def _guard(args: argparse.Namespace):
    from guardrail.guard import Guardrail

    return Guardrail.from_dir(args.policies, model=model_option(args.model), adapters_dir=args.adapters_dir)


def _text(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


def run_generate(args: argparse.Namespace) -> int:
    guard = _guard(args)
    prompt = _text(args.prompt)
    if args.stream and not args.json:
        for piece in guard.stream(prompt, tenant=args.tenant, source=args.source):
            print(piece, end="", flush=True)
        print()
        return 0
    response = guard.generate(prompt, tenant=args.tenant, source=args.source)
    print(json.dumps(response_dict(response), indent=2) if args.json else response.text)
    return 0


def run_redact(args: argparse.Namespace) -> int:
    result = _guard(args).redact(_text(args.text), tenant=args.tenant, source=args.source)  # loads no model
    if args.json:
        print(json.dumps({"text": result.text, "withheld": result.withheld,
                          "findings": [asdict(f) for f in result.findings]}, indent=2))
    else:
        print(result.text)
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from guardrail.policy.overrides import RequestOptions

    guard = _guard(args)
    print("Loading the model and the filter...", flush=True)
    start = time.perf_counter()
    guard.warmup()
    for source in args.sources:  # each route's system blocks cached and its code paths run, so the timings compare
        guard.generate(DEMO_PROMPT, tenant=args.tenant, source=source, options=RequestOptions(max_tokens=1))
    print(f"ready in {time.perf_counter() - start:.1f} s\n")
    print("Prompt (with personal data in context):")
    print("  " + DEMO_PROMPT.replace("\n", "\n  ") + "\n")
    ms_per_token: dict[str, tuple[float, float]] = {}  # source -> (w, decode ms per token)
    for source in args.sources:
        route = guard.store.route(args.tenant, source)
        response = guard.generate(DEMO_PROMPT, tenant=args.tenant, source=source)
        ms_per_token[source] = (route.steering.guidance, 1e3 * response.timings.decode_s / max(1, response.completion_tokens))
        removed = ", ".join(f"{k} x{v}" for k, v in sorted(response.entity_counts.items())) or "nothing"
        steering = route.steering
        mode = f" ({steering.mode})" if steering.steered else " (no negative pass)"
        pos, neg = steering.row_adapters
        adapters = (f"adapter={pos or 'none (base model)'}" if not steering.steered or pos == neg
                    else f"adapters={pos or 'base model'} (positive row) / {neg or 'base model'} (negative row)")
        print(f"== {args.tenant} / {source}: guidance w={steering.guidance:g}{mode}, {adapters}, "
              f"filter={'off' if not route.filter.active else route.filter.operator}")
        print("  " + response.text.strip().replace("\n", "\n  "))
        print(f"  -- removed by the filter: {removed}; {response.completion_tokens} tokens in "
              f"{response.timings.total_s:.1f} s\n")
    guard.close()
    print(cfg_cost(ms_per_token))
    return 0


def cfg_cost(ms_per_token: dict[str, tuple[float, float]]) -> str:
    """One line per steered source: its decode time per token against the first w = 1 source's.

    Args:
        ms_per_token: source -> (guidance w, decode milliseconds per token, prefill included).
    """
    plain = next(((s, ms) for s, (w, ms) in ms_per_token.items() if w == 1.0), None)
    steered = [(s, w, ms) for s, (w, ms) in ms_per_token.items() if w != 1.0]
    if plain is None or not steered:
        return "Cost of CFG: run a w = 1 source and a steered one to compare."
    lines = [f"Cost of CFG per token (this run, prefill included): {s} (w = {w:g}) {ms:.0f} ms against {plain[0]} "
             f"(w = 1) {plain[1]:.0f} ms, {ms / plain[1]:.2f}x" for s, w, ms in steered]
    return "\n".join(lines)


def response_dict(response) -> dict:
    """A JSON-ready view of a `GuardedResponse` (findings carry no values)."""
    return {
        "text": response.text,
        "findings": [asdict(f) for f in response.findings],
        "tenant": response.route.tenant,
        "source": response.route.source,
        "guidance": response.route.steering.guidance,
        "adapter": response.route.steering.adapter,
        "negative_adapter": response.route.steering.row_adapters[1] if response.route.steering.steered else None,
        "prompt_tokens": response.prompt_tokens,
        "completion_tokens": response.completion_tokens,
        "finish_reason": response.finish_reason,
        "withheld": response.withheld,
        "timings": asdict(response.timings),
        "request_id": response.request_id,
    }

