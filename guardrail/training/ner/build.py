"""Train the name-and-place recogniser: generate text, write DocBin files, run spaCy's trainer.

`build(BuildConfig(...))` is what `guardrail train-ner` runs. It extracts the name lists
once (`sources.extract_names`), splits them so the development examples carry names the
training never saw (`sources.split_names`), generates the two with two seeds, normalises
them as the filter normalises what it reads (`guardrail.filtering.normalize`: accents,
look-alike letters, digits, dashes), trains `ner.cfg` on CPU and copies the best model (by
development score, so by unseen names) to `out`, keeping its training card.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from guardrail.filtering.normalize import normalize
from guardrail.training.ner.generate import Example, generate, template_count
from guardrail.training.ner.sources import DEV_PER_COUNTRY, PER_COUNTRY, extract_names, split_names

logger = logging.getLogger("guardrail.train_ner")
CONFIG = Path(__file__).with_name("ner.cfg")


@dataclass(frozen=True)
class BuildConfig:
    """What one training run uses.

    Attributes:
        out: the model folder to write.
        work: where the name lists, DocBin files and checkpoints go.
        train_examples: generated training texts.
        dev_examples: generated development texts (another seed).
        seed: seed of the training texts (dev uses `seed + 1`), of spaCy and of the config.
        max_steps: optimizer steps (spaCy's `training.max_steps`).
    """

    out: Path
    work: Path
    train_examples: int = 24000
    dev_examples: int = 1500
    seed: int = 0
    max_steps: int = 6000

    def __post_init__(self) -> None:
        for name in ("train_examples", "dev_examples", "max_steps"):
            if getattr(self, name) <= 0:
                raise ValueError(f"`{name}` (={getattr(self, name)}) has to be a positive integer")


def normalised(example: Example) -> Example:
    """`example` as the filter reads it: its text normalised, its spans moved with it."""
    norm = normalize(example.text)
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for j, i in enumerate(norm.origin):
        starts.setdefault(i, j)
        ends[i] = j + 1
    spans = []
    for start, end, label in example.spans:
        inside = [i for i in range(start, end) if i in starts]
        if inside:
            spans.append((starts[inside[0]], ends[inside[-1]], label))
    return Example(norm.text, tuple(spans), example.lang)


def to_docbin(examples: list[Example], path: Path) -> int:
    """Write `examples`, normalised, as a DocBin on a blank multilingual tokenizer; returns spans dropped."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("xx")
    docs, dropped = DocBin(), 0
    for example in map(normalised, examples):
        doc = nlp.make_doc(example.text)
        ents = []
        for start, end, label in example.spans:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or any(span.start < e.end and e.start < span.end for e in ents):
                dropped += 1
                continue
            ents.append(span)
        doc.ents = ents
        docs.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    docs.to_disk(path)
    return dropped


def build(config: BuildConfig) -> dict:
    """Generate, train, copy the best model to `config.out`; returns the card's figures."""
    from spacy.cli.train import train

    started = time.monotonic()
    names = extract_names(config.work / f"names-{PER_COUNTRY + DEV_PER_COUNTRY}.json")
    train_names, dev_names = split_names(names)
    train_path, dev_path = config.work / "train.spacy", config.work / "dev.spacy"
    dropped = to_docbin(generate(config.train_examples, config.seed, train_names), train_path)
    dropped += to_docbin(generate(config.dev_examples, config.seed + 1, dev_names), dev_path)
    logger.info("wrote %d + %d examples (%d spans dropped by tokenisation)", config.train_examples, config.dev_examples, dropped)
    overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path), "system.seed": config.seed, "training.max_steps": config.max_steps}
    train(CONFIG, config.work / "model", overrides=overrides, use_gpu=-1)
    best = config.work / "model" / "model-best"
    meta = json.loads((best / "meta.json").read_text())
    card = (config.out / "CARD.md").read_text(encoding="utf-8") if (config.out / "CARD.md").is_file() else None
    if config.out.exists():
        shutil.rmtree(config.out)
    shutil.copytree(best, config.out)
    if card is not None:  # the card is written by hand from the held-out figures; keep it
        (config.out / "CARD.md").write_text(card, encoding="utf-8")
    figures = {
        "config": {k: str(v) for k, v in asdict(config).items()},
        "carriers": template_count(),
        "countries_with_names": len(train_names.last),
        "names": {"train_per_country": PER_COUNTRY, "dev": "the next most frequent, none trained on",
                  "train_given": sum(map(len, train_names.first.values())), "train_surnames": sum(map(len, train_names.last.values())),
                  "dev_given": sum(map(len, dev_names.first.values())), "dev_surnames": sum(map(len, dev_names.last.values()))},
        "normalised": True,
        "dev_scores": {k: meta["performance"].get(k) for k in ("ents_p", "ents_r", "ents_f", "ents_per_type")},
        "minutes": round((time.monotonic() - started) / 60, 1),
    }
    (config.out / "training.json").write_text(json.dumps(figures, indent=1))
    return figures
