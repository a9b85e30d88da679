"""Fixtures and fakes for the output-filter tests (imported by tests/test_filter_*.py).

- `presidio_filter`: one warmed `OutputFilter` on the real spaCy model, shared by the session.
- `RegexAnalyzer`: a `SegmentAnalyzer` fake with a few regexes, for fast unit tests.
- `RaisingAnalyzer`: a `SegmentAnalyzer` whose analysis raises (fail-closed paths).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from guardrail.filtering import Finding, OutputFilter
from guardrail.policy import FilterSpec

DATA = Path(__file__).parent / "data"

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


@pytest.fixture(scope="session")
def presidio_filter() -> OutputFilter:
    output_filter = OutputFilter()
    output_filter.warmup()
    return output_filter
