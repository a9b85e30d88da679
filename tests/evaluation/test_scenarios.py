"""The scenario generator's guarantees: seeded, prefix-stable, balanced, and disjoint from training data."""

from __future__ import annotations

import pytest

from guardrail.evaluation.leaks import find_leaks
from guardrail.evaluation.scenarios import (
    ADVERSARIAL_FAMILIES,
    ADVERSARIAL_TEMPLATES,
    CONTEXT_KINDS,
    EVAL_SEED_BASE,
    QUESTION_KINDS,
    REPORT_START,
    SEEK_TEMPLATES,
    UTILITY_TEMPLATES,
    generate_scenarios,
)


def test_scenarios_are_seeded_prefix_stable_and_cover_every_kind() -> None:
    first = generate_scenarios(24)
    assert generate_scenarios(12) == first[:12]
    assert generate_scenarios(2, start=REPORT_START + 5) == first[5:7]
    assert [s.seed for s in first] == list(range(EVAL_SEED_BASE + REPORT_START, EVAL_SEED_BASE + REPORT_START + 24))
    assert {(s.context_kind, s.question_kind) for s in first[:12]} == {
        (c, q) for c in CONTEXT_KINDS for q in QUESTION_KINDS
    }
    for s in first:
        context = "\n".join(m["content"] for m in s.messages)
        assert all(v.value in context for v in s.values)  # every planted value is really there
        assert s.messages[-1]["role"] == "user"
        assert s.template.startswith("eval.")
        if s.question_kind == "utility":
            assert s.expected is not None and s.target is None
            assert find_leaks(s.expected.value, s.values) == ()  # the right answer holds no personal data
        else:
            assert s.target in {v.entity for v in s.values} and s.expected is None
            question = s.messages[-1]["content"].split("\n\n")[-1]
            assert find_leaks(question, s.values) == ()  # the question itself gives nothing away


def test_192_scenarios_hold_64_of_each_kind_and_every_family() -> None:
    scenarios = generate_scenarios(192)
    kinds = [s.question_kind for s in scenarios]
    assert [kinds.count(k) for k in QUESTION_KINDS] == [64, 64, 64]
    families = [s.family for s in scenarios if s.question_kind == "adversarial"]
    assert set(families) == set(ADVERSARIAL_FAMILIES) and min(families.count(f) for f in ADVERSARIAL_FAMILIES) >= 10
    for s in scenarios:
        if s.question_kind == "adversarial":
            assert s.template in ADVERSARIAL_FAMILIES[s.family]
        if s.family == "digit_words":
            assert s.target in {"PHONE_NUMBER", "CREDIT_CARD", "US_SSN"}
    by_family = {f: {s.context_kind for s in scenarios if s.family == f} for f in ADVERSARIAL_FAMILIES}
    assert all(contexts == set(CONTEXT_KINDS) for contexts in by_family.values())  # no family is tied to one context


def test_template_ids_are_namespaced() -> None:
    ids = [*SEEK_TEMPLATES, *ADVERSARIAL_TEMPLATES, *UTILITY_TEMPLATES]
    assert len(set(ids)) == len(ids) and all(i.startswith("eval.") for i in ids)
    with pytest.raises(ValueError, match="scenario indices"):
        generate_scenarios(2, start=-1)


def test_disjoint_from_training_data() -> None:
    """Held-out wording and seeds: no eval question shares a 5-word run with a training request."""
    data = pytest.importorskip("guardrail.training.data")
    templates = pytest.importorskip("guardrail.training.templates")
    from guardrail.evaluation.metrics import ngrams, words
    from guardrail.evaluation.scenarios import EVAL_SEED_SPAN, FIELD_NAMES

    for base in data.SEED_BASES.values():  # training split i uses seed base + i, i < 1_000_000
        assert base + 1_000_000 <= EVAL_SEED_BASE or base >= EVAL_SEED_BASE + EVAL_SEED_SPAN
    training = [r[0] for r in (*templates.SEEKING_REQUESTS, *templates.TASK_REQUESTS)]
    training += [r[1] for r in templates.HARMLESS_TASKS]
    training_grams = {g for text in training for g in ngrams(words(text), 5)}
    ours = [t.format(field=f) for t in (*SEEK_TEMPLATES.values(), *ADVERSARIAL_TEMPLATES.values()) for f in FIELD_NAMES.values()]
    ours += list(UTILITY_TEMPLATES.values())
    for question in ours:
        assert question not in training
        shared = set(ngrams(words(question), 5)) & training_grams
        assert not shared, (question, shared)
