"""`guardrail train-ner`: generate synthetic text and train the learned name-and-place recogniser."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from guardrail.training.ner.build import BuildConfig

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "filtering" / "models" / "names_places"


def configure(parser: argparse.ArgumentParser) -> None:
    d = BuildConfig(out=DEFAULT_OUT, work=Path("out/ner"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="model folder to write (default: the one the package ships)")
    parser.add_argument("--work", type=Path, default=d.work, help="name lists, DocBin files and checkpoints (default: out/ner)")
    parser.add_argument("--train-examples", type=int, default=d.train_examples)
    parser.add_argument("--dev-examples", type=int, default=d.dev_examples)
    parser.add_argument("--max-steps", type=int, default=d.max_steps)
    parser.add_argument("--seed", type=int, default=d.seed)


def run(args: argparse.Namespace) -> int:
    from guardrail.training.ner.build import build

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    config = BuildConfig(out=args.out, work=args.work, train_examples=args.train_examples, dev_examples=args.dev_examples,
                         seed=args.seed, max_steps=args.max_steps)
    figures = build(config)
    print(json.dumps(figures["dev_scores"], indent=1))
    return 0
