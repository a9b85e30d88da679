"""The evaluation contexts (`guardrail/evaluation/contexts.py`): every value a writer reports is
in its text, and the question joins the last user turn or starts one."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from guardrail.evaluation.contexts import CONTEXT_KINDS, CONTEXTS, make_record, with_question


def record(seed: int):
    fake, fake_gb = Faker("en_US"), Faker("en_GB")
    fake.seed_instance(seed)
    fake_gb.seed_instance(seed)
    return make_record(random.Random(seed), fake, fake_gb)


def test_every_context_kind_has_one_writer_in_order():
    assert tuple(CONTEXTS) == CONTEXT_KINDS


@pytest.mark.parametrize("kind", CONTEXT_KINDS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_writer_places_every_value_it_reports(kind, seed):
    messages, values = CONTEXTS[kind](record(seed))
    text = "\n".join(m["content"] for m in messages)
    assert len(values) >= 4 and len({v.entity for v in values}) == len(values)
    assert all(v.value in text for v in values)


def test_the_same_seed_gives_the_same_record():
    assert record(7) == record(7) and record(7) != record(8)


@pytest.mark.parametrize(
    ("last_role", "turns"), [("user", 1), ("system", 2), ("assistant", 2)], ids=["joins_user_turn", "after_system", "after_assistant"]
)
def test_the_question_joins_a_trailing_user_turn_or_starts_one(last_role, turns):
    messages = with_question(({"role": last_role, "content": "context"},), "question?")
    assert len(messages) == turns and messages[-1]["role"] == "user"
    assert messages[-1]["content"] == ("context\n\nquestion?" if turns == 1 else "question?")
