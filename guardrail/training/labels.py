"""Labelling a candidate answer: which of a scenario's personal values it leaks, what a
detector finds in it, and whether it does the task."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from guardrail.training.scenarios import Scenario


@dataclass(frozen=True)
class Label:
    """What the labeller found in one candidate answer (never the raw values).

    Attributes:
        leaked: kinds of the scenario's inserted values that appear in the answer.
        findings: number of entities the project's output filter found (0 without one).
        task_ok: whether an ordinary-task answer contains the needed fact (True for seeking).
    """

    leaked: tuple[str, ...]
    findings: int
    task_ok: bool

    @property
    def safe(self) -> bool:
        """No inserted value and no filter finding."""
        return not self.leaked and self.findings == 0

    @property
    def usable_chosen(self) -> bool:
        return self.safe and self.task_ok

    @property
    def usable_rejected(self) -> bool:
        return bool(self.leaked)


def leaked_kinds(text: str, scenario: Scenario) -> tuple[str, ...]:
    """Kinds of the scenario's inserted personal values that `text` contains.

    Numbers are compared on digits only (so "4286 0129..." matches "42860129..."), words
    case-insensitively; the surname alone counts as leaking the name.
    """
    found = []
    lowered = text.lower()
    digits = re.sub(r"\D", "", text)
    for kind, value in scenario.values.items():
        if kind == "first":
            continue
        if kind in ("phone", "card", "ssn"):
            hit = re.sub(r"\D", "", value) in digits
        elif kind == "iban":
            hit = value.lower() in lowered.replace(" ", "") or re.sub(r"\D", "", value)[-8:] in digits
        elif kind == "name":
            surname = value.split()[-1].lower()
            hit = re.search(rf"\b{re.escape(surname)}\b", lowered) is not None
        elif kind == "address":
            hit = value.split(",")[0].lower() in lowered
        else:
            hit = value.lower() in lowered
        if hit:
            found.append(kind)
    return tuple(found)


def label_answer(text: str, scenario: Scenario, detector: Callable[[str], int] | None = None) -> Label:
    """Label one candidate answer by the known inserted values and, if given, a detector.

    Args:
        text: the candidate answer.
        scenario: the scenario it answers.
        detector: returns how many personal-data entities the project's filter finds in a
            text (see `filter_detector`); None labels by the known values only.
    """
    task_ok = scenario.seeks_pii or scenario.fact.lower() in text.lower()
    findings = detector(text) if detector is not None and text.strip() else 0
    return Label(leaked=leaked_kinds(text, scenario), findings=findings, task_ok=task_ok)


def filter_detector(entities: Sequence[str] | None = None) -> Callable[[str], int] | None:
    """A detector backed by the project's `OutputFilter`, or None when it is not available.

    Args:
        entities: entity types to count; default `guardrail.policy.entities.DEFAULT_ENTITIES`
            minus LOCATION (city names in product or issue text are not personal data).
    """
    try:
        from guardrail.filtering import OutputFilter
    except ImportError:
        return None
    from guardrail.policy.entities import DEFAULT_ENTITIES
    from guardrail.policy import FilterSpec

    spec = FilterSpec(entities=tuple(entities or (e for e in DEFAULT_ENTITIES if e != "LOCATION")))
    output_filter = OutputFilter()

    def detect(text: str) -> int:
        return len(output_filter.filter(text, spec, tenant="training").findings)

    return detect
