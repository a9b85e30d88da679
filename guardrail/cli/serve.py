"""`guardrail serve`: the OpenAI-compatible HTTP service, on uvicorn or as Ray Serve replicas."""

from __future__ import annotations

import argparse
import logging

from guardrail.server.limits import RequestLimits
from guardrail.server.runner import ServeSettings

_LIMIT_HELP = {
    "max_body_bytes": "larger request bodies get 413",
    "max_json_depth": "bodies nested deeper get 400",
    "max_messages": "requests with more messages get 400",
    "max_message_chars": "a longer message gets 400",
    "max_prompt_tokens": "messages with more tokens together get 400",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--policies", required=True, help="the policies folder (one <tenant>.yaml per tenant)")
    parser.add_argument("--keys", required=True, help="the API keys file (`guardrail keys add` makes it)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--model", help="model spec or local path (default: guardrail.yaml's, else the embedded model)")
    parser.add_argument("--adapters-dir", help="adapters folder (default: guardrail.yaml's, else ./adapters)")
    defaults = RequestLimits()
    for name, help_text in _LIMIT_HELP.items():
        default = getattr(defaults, name)
        parser.add_argument("--" + name.replace("_", "-"), type=int, default=default, help=f"{help_text} (default {default})")
    parser.add_argument(
        "--metrics-key-env", metavar="VAR",
        help="environment variable holding a key; /metrics then answers `Authorization: Bearer <key>` only "
        "(default: /metrics answers clients on this machine only)",
    )
    parser.add_argument("--metrics-port", type=int, help="serve /metrics on this port instead of the API port")
    parser.add_argument("--metrics-host", default="127.0.0.1", help="with --metrics-port: address to bind (default 127.0.0.1)")
    parser.add_argument("--ray", action="store_true", help="run as Ray Serve replicas (needs the `ray` extra)")
    parser.add_argument("--replicas", type=int, default=1, help="with --ray: replicas, each with its own engine")
    parser.add_argument(
        "--ray-address", help="with --ray: an existing cluster's address (default: RAY_ADDRESS, else a local instance)"
    )


def run(args: argparse.Namespace) -> int:
    # A server logs with timestamps at INFO; `force` replaces the command line's quiet default.
    level = logging.DEBUG if getattr(args, "verbose", False) else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(name)s %(levelname)s %(message)s", force=True)
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)  # one line per recognizer otherwise
    settings = ServeSettings(
        policies=args.policies,
        keys=args.keys,
        host=args.host,
        port=args.port,
        model=args.model,
        adapters_dir=args.adapters_dir,
        metrics_key_env=args.metrics_key_env,
        metrics_port=args.metrics_port,
        metrics_host=args.metrics_host,
        limits=RequestLimits(**{name: getattr(args, name) for name in RequestLimits.names()}),
    )
    if args.ray:
        from guardrail.server.ray_app import run_on_ray

        run_on_ray(settings, replicas=args.replicas, address=args.ray_address)
    else:
        from guardrail.server.runner import serve

        serve(settings)
    return 0
