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
    "train-ner": ("guardrail.cli.train_ner", "train the learned name-and-place recogniser of the output filter"),
    "eval": ("guardrail.cli.eval", "measure leakage versus utility per configuration"),
    "serve": ("guardrail.cli.serve", "run the OpenAI-compatible HTTP service"),
    "keys": ("guardrail.cli.keys", "add, list and revoke the service's API keys"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guardrail", description="A drop-in privacy guardrail for LLM applications.")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="show third-party warnings, progress bars and debug logs"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if not module_name.startswith(exc.name or "\0"):
                raise
            continue  # not built yet; tests/cli/test_cli.py requires every command in a release
        command = sub.add_parser(name, help=help_text, description=help_text)
        getattr(module, f"configure_{name}", getattr(module, "configure", None))(command)
        command.set_defaults(_run=getattr(module, f"run_{name}", getattr(module, "run", None)))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from guardrail.steering.threads import configure_threads

    configure_threads()  # before any sub-command loads torch
    args = build_parser().parse_args(argv)
    _configure_output(args.verbose)
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


def _configure_output(verbose: bool) -> None:
    """Command output: our own one-line notices; third-party warnings and progress bars only with -v.

    A command line owns its process, so it may set process-wide switches a library must not.
    """
    import logging
    import os
    import warnings

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(message)s")
    # The one-time conversion of the embedded model says what it is doing.
    logging.getLogger("guardrail.steering.models").setLevel(logging.DEBUG if verbose else logging.INFO)
    if verbose:
        return
    os.environ.setdefault("TQDM_DISABLE", "1")  # transformers' GGUF loader uses tqdm directly
    warnings.filterwarnings("ignore")
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:
        return
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


if __name__ == "__main__":
    sys.exit(main())
