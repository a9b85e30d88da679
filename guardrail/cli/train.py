"""`guardrail train`: make the data, train a privacy LoRA with CFG-aware ORPO, gate it, save it."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import Any

from guardrail.cli import model_option
from guardrail.steering.tiny import TINY_MODEL
from guardrail.training.pipeline import DataConfig, GateConfig
from guardrail.training.config import TrainConfig
from guardrail.training.trainer import StepLog

DEFAULT_TIME_BUDGET_S = 0.0  # the shipped recipe's schedule fits its run; a budget shortens the cosine schedule


def configure(parser: argparse.ArgumentParser) -> None:
    d, t, g = DataConfig(), TrainConfig(), GateConfig()
    parser.add_argument("--out", required=True, help="adapter folder to write (its name is the adapter's name)")
    parser.add_argument("--model", default=None, help="base model (default: the embedded SmolLM2-135M-Instruct)")
    parser.add_argument("--quick", action="store_true", help="a seconds-long run on the tiny random model (smoke test)")
    parser.add_argument("--checkpoint-dir", default=None, metavar="DIR",
                        help="examples and training state, saved as the run goes (default: out/train/<adapter name>; none with --quick)")
    parser.add_argument("--resume", action="store_true", help="go on from the checkpoint folder's examples and state")
    data = parser.add_argument_group("data")
    data.add_argument("--train-scenarios", type=int, default=d.train_scenarios, help="training scenarios (one pair each, two examples)")
    data.add_argument("--validation-scenarios", type=int, default=d.validation_scenarios)
    data.add_argument("--sampled-scenarios", type=int, default=d.sampled_scenarios, help="training scenarios that also get base-model samples")
    data.add_argument("--sample-tokens", type=int, default=d.sample_tokens)
    data.add_argument("--seeking-fraction", type=float, default=d.seeking_fraction,
                      help="share of training requests that seek personal data (the rest are ordinary tasks)")
    data.add_argument("--harmless-scenarios", type=int, default=d.harmless_scenarios,
                      help="harmless-form training scenarios (two pairs each: against the leak and against a bare refusal)")
    data.add_argument("--harmless-validation-scenarios", type=int, default=d.harmless_validation_scenarios)
    data.add_argument("--no-filter", action="store_true", help="label candidates by the inserted values only, not also with the output filter")
    train = parser.add_argument_group("training")
    train.add_argument("--epochs", type=int, default=t.epochs)
    train.add_argument("--batch-size", type=int, default=t.batch_size, help="pairs per micro-batch")
    train.add_argument("--grad-accum", type=int, default=t.grad_accum, help="micro-batches per optimizer step")
    train.add_argument("--lr", type=float, default=t.learning_rate)
    train.add_argument("--beta", type=float, default=t.beta, help="weight of the odds-ratio term")
    train.add_argument("--sft-on", choices=("positive", "both", "none"), default=t.sft_on,
                       help="examples whose chosen answer the SFT term imitates (both = also the leaking ones; none = no SFT term)")
    train.add_argument("--rank", type=int, default=t.rank)
    train.add_argument("--alpha", type=int, default=t.alpha)
    train.add_argument("--target-modules", default=t.target_modules, help="'all-linear' or comma-separated module names")
    train.add_argument("--top-layers", type=int, default=None, help="LoRA on the last N decoder layers only (default: all)")
    train.add_argument("--max-length", type=int, default=t.max_length, help="tokens of prompt + answer")
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--time-budget", type=float, default=DEFAULT_TIME_BUDGET_S, metavar="SECONDS",
                       help="end within about this many seconds, sampling and gate included: the cosine schedule is "
                       "shortened to the steps that fit (default 0 = the whole schedule)")
    train.add_argument("--init-adapter", default=None, metavar="DIR",
                       help="start from this adapter folder's LoRA weights (same --rank and modules) instead of a fresh LoRA")
    train.add_argument("--dtype", choices=("float16", "bfloat16"), default="float16", help="dtype of the saved weights")
    gate = parser.add_argument_group("gate")
    gate.add_argument("--min-accuracy", type=float, default=g.min_accuracy,
                      help="validation preference accuracy needed under each system prompt")
    gate.add_argument("--leak-questions", type=int, default=g.leak_questions,
                      help="held-out privacy questions of the leak check (half as many utility questions come with them)")
    gate.add_argument("--max-utility-drop", type=float, default=g.max_utility_drop,
                      help="held-out utility the adapter may lose against the positive prompt alone, as a share (0.05 = 5 points)")
    gate.add_argument("--task-questions", type=int, default=g.task_questions,
                      help="held-out task questions with a harmless form in the check")
    gate.add_argument("--min-harmless-form", type=float, default=g.min_harmless_form,
                      help="share of those the adapter must do without personal data (a refusal fails)")
    gate.add_argument("--max-leak-rate", type=float, default=g.max_leak_rate,
                      help="the most the adapter may leak over held-out privacy and task questions, as a share")
    gate.add_argument("--no-gate", action="store_true",
                      help="write the adapter even when it fails the gate (the manifest says it failed); for experiments")


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    data_config = DataConfig(
        train_scenarios=args.train_scenarios,
        validation_scenarios=args.validation_scenarios,
        sampled_scenarios=min(args.sampled_scenarios, args.train_scenarios),
        sample_tokens=args.sample_tokens,
        seeking_fraction=args.seeking_fraction,
        use_filter=not args.no_filter,
        seed=args.seed,
        harmless_scenarios=args.harmless_scenarios,
        harmless_validation_scenarios=args.harmless_validation_scenarios,
    )
    modules = args.target_modules if args.target_modules == "all-linear" else tuple(args.target_modules.split(","))
    train_config = TrainConfig(
        rank=args.rank,
        alpha=args.alpha,
        target_modules=modules,
        top_layers=args.top_layers,
        beta=args.beta,
        sft_on=args.sft_on,
        learning_rate=args.lr,
        epochs=args.epochs,
        batch_size=args.batch_size,
        grad_accum=args.grad_accum,
        max_length=args.max_length,
        seed=args.seed,
        time_budget_s=args.time_budget or None,
        init_adapter=args.init_adapter,
    )
    gate = GateConfig(enabled=not args.no_gate, min_accuracy=args.min_accuracy, leak_questions=args.leak_questions,
                      max_utility_drop=args.max_utility_drop, task_questions=args.task_questions,
                      min_harmless_form=args.min_harmless_form, max_leak_rate=args.max_leak_rate)
    if args.quick:
        data_config = DataConfig(train_scenarios=8, validation_scenarios=4, sampled_scenarios=4, sample_tokens=8, use_filter=False,
                                 harmless_scenarios=4, harmless_validation_scenarios=2)
        train_config = TrainConfig(rank=4, alpha=8, batch_size=2, grad_accum=1, max_length=128, learning_rate=1e-2,
                                   init_adapter=args.init_adapter)
        gate = GateConfig(enabled=not args.no_gate, min_accuracy=args.min_accuracy, leak_questions=6, leak_tokens=8,
                          max_utility_drop=args.max_utility_drop, task_questions=3,
                          min_harmless_form=args.min_harmless_form, max_leak_rate=args.max_leak_rate)
    checkpoint_dir = Path(args.checkpoint_dir) if args.checkpoint_dir else None
    if checkpoint_dir is None and not args.quick:
        checkpoint_dir = Path("out") / "train" / Path(args.out).name
    model = model_option(TINY_MODEL if args.quick else args.model)
    return train(args.out, model, data_config, train_config, args.dtype, checkpoint_dir, gate, args.resume)


def train(out: str, model_spec: Any, data_config: DataConfig, train_config: TrainConfig, dtype: str,
          checkpoint_dir: Path | None = None, gate: GateConfig = GateConfig(), resume: bool = False) -> int:
    """Load the model, run the pipeline, print a summary.

    Raises:
        TrainingError: the adapter failed the gate (nothing written to `out`), or the
            checkpoint folder does not fit this run.
    """
    from guardrail.steering.models import load_model
    from guardrail.training.pipeline import run_pipeline

    start = time.monotonic()
    loaded = load_model(model_spec)

    def report(log: StepLog) -> None:
        print(
            f"step {log.step:4d}  loss {log.loss:.4f}  sft {log.sft:.4f}  or {log.odds_ratio:.4f}  "
            f"acc {log.accuracy:.2f}  lr {log.learning_rate:.2e}  {log.seconds:.0f}s",
            flush=True,
        )

    _, result = run_pipeline(loaded, Path(out), data_config, train_config, on_step=report, dtype=dtype,
                             checkpoint_dir=checkpoint_dir, gate=gate, resume=resume)
    print(f"pairs: {result.pair_sources}", file=sys.stderr)
    print(f"validation: {result.train.validation}")
    if result.leak is not None:
        print(f"held-out leak check: adapter {result.leak.adapter_leaks}/{result.leak.questions}, "
              f"positive prompt alone {result.leak.prompt_leaks}/{result.leak.questions}; utility: adapter "
              f"{result.leak.adapter_useful}/{result.leak.utility_questions}, positive prompt alone "
              f"{result.leak.prompt_useful}/{result.leak.utility_questions}; harmless form: adapter "
              f"{result.leak.adapter_harmless}/{result.leak.task_questions}, positive prompt alone "
              f"{result.leak.prompt_harmless}/{result.leak.task_questions}; task leaks: adapter "
              f"{result.leak.adapter_task_leaks}, positive prompt alone {result.leak.prompt_task_leaks}")
    state = "passed" if result.gate is not None and result.gate.passed else "NOT passed (--no-gate)"
    print(f"gate {state}; wrote {result.out_dir} in {time.monotonic() - start:.0f}s (training {result.train.training_seconds:.0f}s)")
    return 0
