"""Fixtures and fakes for the output-filter tests (imported by tests/test_filter_*.py).

- `presidio_filter`: one warmed `OutputFilter` on the real spaCy model, shared by the session.
- `learned_model`: the shipped learned name-and-place model, loaded once per session;
  `LISTENING_NER`: the config of a small NER that listens to a tok2vec, and `MODEL_TEXTS`, for its
  numpy encoder and decoder tests.
- `RegexAnalyzer`: a `SegmentAnalyzer` fake with a few regexes, for fast unit tests.
- `RaisingAnalyzer`: a `SegmentAnalyzer` whose analysis raises (fail-closed paths).
- `load_set`, `clean_texts`, `leaked`, `wilson`: the dev/test sets and how a leak is counted
  (also used by benchmarks/filter_sets.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from guardrail.evaluation.metrics import wilson as metrics_wilson
from guardrail.filtering import Finding, OutputFilter
from guardrail.policy import FilterSpec

DATA = Path(__file__).parent / "data"
_TOKEN = re.compile(r"[^\W_]{3,}")

FAKE_PATTERNS = {
    "EMAIL_ADDRESS": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "CREDIT_CARD": re.compile(r"\b(?:\d[ -]?){12,18}\d\b"),
    "PERSON": re.compile(r"\b(?:John|Maria|Erin) [A-Z][a-z]+\b"),
}


class RegexAnalyzer:
    """Finds e-mails, card-like digit runs and a few names with plain regexes."""

    def __init__(self) -> None:
        self.calls = 0
        self.warmed = False

    def warmup(self) -> None:
        self.warmed = True

    def analyze(self, texts: list[str], spec: FilterSpec) -> list[list[Finding]]:
        self.calls += len(texts)
        return [self.analyze_one(text, spec) for text in texts]

    def analyze_one(self, text: str, spec: FilterSpec) -> list[Finding]:
        return [
            Finding(entity, m.start(), m.end(), 0.9, "regex")
            for entity, pattern in FAKE_PATTERNS.items()
            if entity in spec.entities
            for m in pattern.finditer(text)
        ]


class RaisingAnalyzer:
    """An analyzer that fails the way a broken backend would, quoting the text it got."""

    def __init__(self, exc: type[Exception] = RuntimeError) -> None:
        self.exc = exc

    def warmup(self) -> None:
        pass

    def analyze(self, texts: list[str], spec: FilterSpec) -> list[list[Finding]]:
        raise self.exc(f"cannot analyse {texts!r}")


def value_rows() -> list[dict[str, str]]:
    """The table of texts with one known value each (tests/data/filter_values.json)."""
    return json.loads((DATA / "filter_values.json").read_text(encoding="utf-8"))


def false_positive_lines() -> list[str]:
    """Texts without personal data (tests/data/filter_false_positives.txt)."""
    lines = (DATA / "filter_false_positives.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def load_set(name: str) -> list[dict]:
    """The rows of tests/data/filter_{name}.json (dev or test)."""
    return json.loads((DATA / f"filter_{name}.json").read_text(encoding="utf-8"))


def clean_texts(name: str) -> list[str]:
    """The hand-written PII-free texts of tests/data/filter_clean_{name}.txt (`\\n` in a line is a line break)."""
    lines = (DATA / f"filter_clean_{name}.txt").read_text(encoding="utf-8").splitlines()
    return [line.replace("\\n", "\n") for line in lines if line.strip() and not line.startswith("#")]


def leaked(value: str, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a word of `value` survives at any place the value occurs in `text`."""
    covered = bytearray(len(text))
    for start, end in spans:
        covered[start:end] = b"\1" * (end - start)
    at = text.find(value)
    if at < 0:
        raise ValueError(f"the value is not in its text: {value!r}")
    while at >= 0:
        for token in _TOKEN.finditer(value):
            if not any(covered[at + token.start():at + token.end()]):
                return True
        at = text.find(value, at + 1)
    return False


def wilson(k: int, n: int) -> tuple[float, float]:
    """The Wilson 95% interval of the proportion k/n ((0, 1) when `n` is 0)."""
    interval = metrics_wilson(k, n, z=1.96)
    return (0.0, 1.0) if interval is None else (interval.low, interval.high)


@pytest.fixture(scope="session")
def presidio_filter() -> OutputFilter:
    output_filter = OutputFilter()
    output_filter.warmup()
    return output_filter


@pytest.fixture(scope="session")
def learned_model():
    from guardrail.filtering.learned import LearnedModel

    model = LearnedModel()
    model.load()
    return model


# Texts for the learned model's numpy encoder and decoder against spaCy: names, a lower-case
# name, a street in capitals, a table, runs of blanks and newlines, a long text.
MODEL_TEXTS = [
    "Hello, I am Anna Kowalska from Gdynia, ul. Morska 5.",
    "x",
    "anna kowalska wrote back yesterday",
    "ATATURK CAD. NO: 70 34000 ISTANBUL",
    "Kunde;Status;Betrag\nJan Nowak;offen;12,50\n\nKind regards,\nPieternel Hoorn",
    "Dear  Jan\n\n  the meeting with  Maria Luisa  Fernández is moved to Calle Mayor 5, Madrid.  ",
    "Der Bericht kommt morgen. " * 30,
]
LISTENING_NER = {"model": {
    "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
    "hidden_width": 32, "maxout_pieces": 2, "use_upper": True,
    "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}}}
