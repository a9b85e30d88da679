"""What the output filter returns, and the one interface an analysis backend implements."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from guardrail.policy import FilterSpec

WITHHELD_NOTICE = "[withheld: the privacy filter failed]"


@dataclass(frozen=True)
class Finding:
    """One value the filter removed. Never holds the value itself.

    Attributes:
        entity_type: e.g. "EMAIL_ADDRESS", "STREET_ADDRESS" or a policy-declared entity.
        start: first character of the value in the filter's input text.
        end: one past its last character.
        score: the recognizer's confidence in [0, 1].
        recognizer: the name of the recognizer that found it.
    """

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str


@dataclass(frozen=True)
class FilterResult:
    """The filtered text and what was removed from it.

    Attributes:
        text: the filtered text, or `WITHHELD_NOTICE` when `withheld`.
        findings: the removed values, in text order.
        withheld: True when the filter failed under `on_error: redact_all` and the whole
            text was replaced with the notice.
    """

    text: str
    findings: tuple[Finding, ...]
    withheld: bool = False

    @property
    def counts(self) -> dict[str, int]:
        """Entity type -> how many values of it were removed (for audit events)."""
        return count_entities(self.findings)


def count_entities(findings: Sequence[Finding]) -> dict[str, int]:
    """Entity type -> number of findings (what audit events record instead of values)."""
    return dict(Counter(f.entity_type for f in findings))


class SegmentAnalyzer(Protocol):
    """Finds values in normalised segments of text (the Presidio backend, or a test fake).

    An analyzer that sets `reads_before = True` is also given, per segment, the normalised
    text that came before it in the same text or stream (at most `BEFORE_CHARS`
    characters, already released): context to read, not to report findings in.
    """

    def analyze(self, texts: Sequence[str], spec: FilterSpec) -> Sequence[Sequence[Finding]]:
        """Per text, its findings with spans in it; may raise, which the filter turns into `on_error`.

        The findings for a text must not depend on the other texts of the batch (only on
        the text and, for a `reads_before` analyzer, its `before=` context).
        """
        ...

    def warmup(self) -> None:
        """Build whatever is slow to build now rather than on the first call."""
        ...
