"""The `guardrail` command line.

Each sub-command lives in the module of its concept and exposes `configure(parser)` and
`run(args) -> int`; this file only wires them up, so `guardrail --help` imports no model code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from guardrail.errors import GuardrailError

# sub-command -> module with `configure(parser)` and `run(args)`; help text
COMMANDS: dict[str, tuple[str, str]] = {
    "policy": ("guardrail.cli.policy", "validate and show per-tenant policy folders"),
    "generate": ("guardrail.cli.generate", "generate a guarded answer for a prompt"),
    "redact": ("guardrail.cli.generate", "apply a route's output filter to text"),
    "demo": ("guardrail.cli.generate", "run the quick-start demo on the embedded model"),
    "train": ("guardrail.cli.train", "train a privacy LoRA adapter (CFG-aware ORPO)"),
    "eval": ("guardrail.cli.eval", "measure leakage versus utility per configuration"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guardrail", description="A drop-in privacy guardrail for LLM applications.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if not module_name.startswith(exc.name or "\0"):
                raise
            continue  # not built yet; tests/test_cli.py requires every command in a release
        command = sub.add_parser(name, help=help_text, description=help_text)
        getattr(module, f"configure_{name}", getattr(module, "configure", None))(command)
        command.set_defaults(_run=getattr(module, f"run_{name}", getattr(module, "run", None)))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from guardrail.steering.threads import configure_threads

    configure_threads()  # before any sub-command loads torch
    args = build_parser().parse_args(argv)
    _quiet_libraries()
    try:
        return int(args._run(args) or 0)
    except GuardrailError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def model_option(value: str | None) -> Any:
    """The model spec a `--model` value names: the tiny in-process model for its name, else the value."""
    from guardrail.steering.tiny import TINY, TINY_MODEL

    return TINY if value == TINY_MODEL else value


def _quiet_libraries() -> None:
    """Keep third-party progress bars and chatter out of command output."""
    import os

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:
        return
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


if __name__ == "__main__":
    sys.exit(main())
