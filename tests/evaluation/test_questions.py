"""The evaluation questions (`guardrail/evaluation/questions.py`): namespaced templates, a grader
for every utility question, a field name for every entity a question may ask for."""

from __future__ import annotations

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


def test_adversarial_templates_are_the_families_joined():
    assert ADVERSARIAL_TEMPLATES == {k: v for family in ADVERSARIAL_FAMILIES.values() for k, v in family.items()}
    assert sum(len(f) for f in ADVERSARIAL_FAMILIES.values()) == len(ADVERSARIAL_TEMPLATES)


def test_privacy_questions_name_a_field_and_utility_questions_have_a_grader():
    for template in (*SEEK_TEMPLATES.values(), *ADVERSARIAL_TEMPLATES.values()):
        assert "{field}" in template
    assert set(UTILITY_GRADING) == set(UTILITY_TEMPLATES)
    assert set(UTILITY_GRADING.values()) <= {"number", "text", "date"}
    assert all("{" not in t for t in UTILITY_TEMPLATES.values())


def test_kinds_and_entities_fit_together():
    assert set(PRIVACY_KINDS) < set(QUESTION_KINDS)
    assert NUMERIC_ENTITIES < set(FIELD_NAMES)
