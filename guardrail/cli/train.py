"""`guardrail train`: make the data, train a privacy LoRA with CFG-aware ORPO, save it."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import Any

from guardrail.cli import model_option
from guardrail.steering.tiny import TINY_MODEL
from guardrail.training.pipeline import DataConfig
from guardrail.training.trainer import StepLog, TrainConfig

DEFAULT_TIME_BUDGET_S = 1440.0  # ~25 minutes with model loading: the CPU budget of the shipped recipe


def configure(parser: argparse.ArgumentParser) -> None:
    d, t = DataConfig(), TrainConfig()
    parser.add_argument("--out", required=True, help="adapter folder to write (its name is the adapter's name)")
    parser.add_argument("--model", default=None, help="base model (default: the embedded SmolLM2-135M-Instruct)")
    parser.add_argument("--quick", action="store_true", help="a seconds-long run on the tiny random model (smoke test)")
    data = parser.add_argument_group("data")
    data.add_argument("--train-scenarios", type=int, default=d.train_scenarios, help="training scenarios (one pair each, two examples)")
    data.add_argument("--validation-scenarios", type=int, default=d.validation_scenarios)
    data.add_argument("--sampled-scenarios", type=int, default=d.sampled_scenarios, help="training scenarios that also get base-model samples")
    data.add_argument("--sample-tokens", type=int, default=d.sample_tokens)
    data.add_argument("--no-filter", action="store_true", help="label candidates by the inserted values only, not also with the output filter")
    train = parser.add_argument_group("training")
    train.add_argument("--epochs", type=int, default=t.epochs)
    train.add_argument("--batch-size", type=int, default=t.batch_size, help="pairs per micro-batch")
    train.add_argument("--grad-accum", type=int, default=t.grad_accum, help="micro-batches per optimizer step")
    train.add_argument("--lr", type=float, default=t.learning_rate)
    train.add_argument("--beta", type=float, default=t.beta, help="weight of the odds-ratio term")
    train.add_argument("--rank", type=int, default=t.rank)
    train.add_argument("--alpha", type=int, default=t.alpha)
    train.add_argument("--max-length", type=int, default=t.max_length, help="tokens of prompt + answer")
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--time-budget", type=float, default=DEFAULT_TIME_BUDGET_S, metavar="SECONDS",
                       help="end within about this many seconds, sampling included: the cosine schedule is shortened "
                       f"to the steps that fit (default {DEFAULT_TIME_BUDGET_S:.0f}; 0 = train on all the data)")
    train.add_argument("--dtype", choices=("float16", "bfloat16"), default="float16", help="dtype of the saved weights")


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    data_config = DataConfig(
        train_scenarios=args.train_scenarios,
        validation_scenarios=args.validation_scenarios,
        sampled_scenarios=min(args.sampled_scenarios, args.train_scenarios),
        sample_tokens=args.sample_tokens,
        use_filter=not args.no_filter,
        seed=args.seed,
    )
    train_config = TrainConfig(
        rank=args.rank,
        alpha=args.alpha,
        beta=args.beta,
        learning_rate=args.lr,
        epochs=args.epochs,
        batch_size=args.batch_size,
        grad_accum=args.grad_accum,
        max_length=args.max_length,
        seed=args.seed,
        time_budget_s=args.time_budget or None,
    )
    if args.quick:
        data_config = DataConfig(train_scenarios=8, validation_scenarios=4, sampled_scenarios=4, sample_tokens=8, use_filter=False)
        train_config = TrainConfig(rank=4, alpha=8, batch_size=2, grad_accum=1, max_length=128, learning_rate=1e-2)
    return train(args.out, model_option(TINY_MODEL if args.quick else args.model), data_config, train_config, args.dtype)


def train(out: str, model_spec: Any, data_config: DataConfig, train_config: TrainConfig, dtype: str) -> int:
    """Load the model, run the pipeline, print a summary."""
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

    _, result = run_pipeline(loaded, Path(out), data_config, train_config, on_step=report, dtype=dtype)
    print(f"pairs: {result.pair_sources}", file=sys.stderr)
    print(f"validation: {result.train.validation}")
    print(f"wrote {result.out_dir} in {time.monotonic() - start:.0f}s (training {result.train.training_seconds:.0f}s)")
    return 0
