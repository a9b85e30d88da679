"""Seeded evaluation scenarios: a context with personal data and one question about it.

Scenario `i` is built from its own seed `EVAL_SEED_BASE + i` (Faker and `random.Random`), so
a scenario is the same whatever else is generated, and a run of 96 is a prefix of a run of 192.
Disjointness from training data is by construction: evaluation seeds live in
`[EVAL_SEED_BASE, EVAL_SEED_BASE + EVAL_SEED_SPAN)` (training uses 1,000,000-2,999,999), every
question template id starts with `eval.` and no question shares a 5-word run with a training
request (`tests/evaluation/test_scenarios.py::test_disjoint_from_training_data` checks all three).
Within the range, indices are kept apart by use: the reported evaluation starts at
`REPORT_START` (201,600); the first, 48-scenario evaluation, on which the CFG settings were
chosen, used 0-47, and the training gate's leak check uses 500,000 onwards
(`guardrail.training.gate`), so nothing reported here was tuned or gated on.

Contexts come in four kinds (customer record, support ticket, chat history, RAG document;
`guardrail.evaluation.contexts`). Questions (`guardrail.evaluation.questions`) come in three kinds, in turn: `seek` asks for a personal value directly;
`adversarial` tries to trick the model into revealing it, in one of six families
(`ADVERSARIAL_FAMILIES`: injection / authority, role-play, spell it out, digits as words,
translate the record, print as JSON/CSV); `utility` has a gradeable answer that contains no
personal data. 192 scenarios hold 64 of each kind (128 privacy questions).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from guardrail.evaluation.contexts import (
    CONTEXT_KINDS,
    CONTEXTS,
    PROBLEMS,
    PRODUCTS,
    PiiValue,
    Record,
    make_record,
    with_question,
)
from guardrail.evaluation.questions import (
    ADVERSARIAL_FAMILIES,
    ADVERSARIAL_TEMPLATES,
    FIELD_NAMES,
    NUMERIC_ENTITIES,
    PRIVACY_KINDS,
    QUESTION_KINDS,
    SEEK_TEMPLATES,
    UTILITY_GRADING,
    UTILITY_TEMPLATES,
)

__all__ = [
    "ADVERSARIAL_FAMILIES",
    "ADVERSARIAL_TEMPLATES",
    "CONTEXT_KINDS",
    "DEFAULT_SCENARIOS",
    "EVAL_SEED_BASE",
    "EVAL_SEED_SPAN",
    "FIELD_NAMES",
    "NUMERIC_ENTITIES",
    "PRIVACY_KINDS",
    "PROBLEMS",
    "PRODUCTS",
    "QUESTION_KINDS",
    "REPORT_START",
    "SEEK_TEMPLATES",
    "UTILITY_GRADING",
    "UTILITY_TEMPLATES",
    "Expected",
    "PiiValue",
    "Scenario",
    "family_of",
    "generate_scenarios",
    "seeded_record",
]

EVAL_SEED_BASE = 9_000_000
EVAL_SEED_SPAN = 1_000_000
REPORT_START = 201_600  # index of the first reported scenario (see the module docstring)
DEFAULT_SCENARIOS = 192


@dataclass(frozen=True)
class Expected:
    """The gradeable answer of a utility question."""

    kind: str  # "number" | "text" | "date"
    value: str  # "1234.56" | a product name | an ISO date


@dataclass(frozen=True)
class Scenario:
    """A context with personal data, and one question about it."""

    id: str
    seed: int
    context_kind: str  # one of CONTEXT_KINDS
    question_kind: str  # one of QUESTION_KINDS
    template: str  # question template id, always "eval.*"
    family: str  # "direct", an ADVERSARIAL_FAMILIES key, or "utility"
    messages: tuple[dict[str, str], ...]  # chat messages, the question last
    values: tuple[PiiValue, ...]  # every personal value in the context
    target: str | None  # the entity the question asks for (None for utility questions)
    expected: Expected | None  # the utility answer (None for privacy questions)


def generate_scenarios(n: int, start: int = REPORT_START) -> list[Scenario]:
    """The evaluation scenarios `start .. start + n - 1`.

    Question kinds cycle seek / adversarial / utility and context kinds cycle every three
    scenarios, so any 12 consecutive scenarios cover every (context, question) pair (when
    `start` is a multiple of 12).

    Args:
        n: how many scenarios.
        start: index of the first one.

    Raises:
        ValueError: if the indices leave the evaluation seed range.
    """
    if n < 0 or start < 0 or start + n > EVAL_SEED_SPAN:
        raise ValueError(f"scenario indices must lie in [0, {EVAL_SEED_SPAN}), got start={start}, n={n}")
    from faker import Faker

    fake = Faker("en_US")
    fake_gb = Faker("en_GB")
    return [_scenario(i, fake, fake_gb) for i in range(start, start + n)]


def family_of(index: int) -> str:
    """The question family of scenario `index`: direct, one of the adversarial families, or utility.

    Adversarial scenarios take the families in turn, shifted by one every four so that each
    family meets every context kind.
    """
    kind = QUESTION_KINDS[index % len(QUESTION_KINDS)]
    if kind != "adversarial":
        return "direct" if kind == "seek" else "utility"
    turn = index // len(QUESTION_KINDS)
    families = list(ADVERSARIAL_FAMILIES)
    return families[(turn + turn // len(CONTEXT_KINDS)) % len(families)]


def seeded_record(index: int, fake, fake_gb) -> tuple[random.Random, Record]:
    """The record of scenario `index` (seed `EVAL_SEED_BASE + index`) and its generator, after the record's draws."""
    seed = EVAL_SEED_BASE + index
    fake.seed_instance(seed)
    fake_gb.seed_instance(seed)
    rng = random.Random(seed)
    return rng, make_record(rng, fake, fake_gb)


def _scenario(index: int, fake, fake_gb) -> Scenario:
    seed = EVAL_SEED_BASE + index
    rng, record = seeded_record(index, fake, fake_gb)
    question_kind = QUESTION_KINDS[index % len(QUESTION_KINDS)]
    context_kind = CONTEXT_KINDS[(index // len(QUESTION_KINDS)) % len(CONTEXT_KINDS)]
    family = family_of(index)
    context_messages, values = CONTEXTS[context_kind](record)
    target = expected = None
    if question_kind == "utility":
        template = rng.choice(sorted(UTILITY_TEMPLATES))
        question = UTILITY_TEMPLATES[template]
        expected = _expected(template, record)
    else:
        templates = SEEK_TEMPLATES if question_kind == "seek" else ADVERSARIAL_FAMILIES[family]
        template = rng.choice(sorted(templates))
        entities = [v.entity for v in values]
        if family == "digit_words":
            entities = [e for e in entities if e in NUMERIC_ENTITIES]
        target = rng.choice(entities)
        question = templates[template].format(field=FIELD_NAMES[target])
    messages = with_question(context_messages, question)
    return Scenario(
        id=f"eval-{index:05d}",
        seed=seed,
        context_kind=context_kind,
        question_kind=question_kind,
        template=template,
        family=family,
        messages=messages,
        values=values,
        target=target,
        expected=expected,
    )


def _expected(template: str, r: Record) -> Expected:
    kind = UTILITY_GRADING[template]
    if kind == "number":
        return Expected("number", r.total.replace(",", ""))
    if kind == "date":
        return Expected("date", r.delivery.isoformat())
    return Expected("text", r.product)
