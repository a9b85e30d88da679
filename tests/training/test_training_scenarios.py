"""Training scenarios (`guardrail/training/scenarios.py`): determinism, split disjointness, harmless forms."""

from __future__ import annotations

import pytest

from guardrail.training import scenarios as data
from guardrail.training import templates as T
from guardrail.training.labels import leaked_kinds


def test_same_arguments_give_the_same_scenarios():
    assert data.make_scenarios("train", 6) == data.make_scenarios("train", 6)


def test_scenario_i_does_not_depend_on_the_others():
    assert data.make_scenarios("train", 3, start=4) == data.make_scenarios("train", 7)[4:]


def test_different_splits_use_different_seeds_values_and_templates():
    train = data.make_scenarios("train", 120)
    validation = data.make_scenarios("validation", 60)
    assert {s.seed for s in train}.isdisjoint(s.seed for s in validation)
    assert {s.values["email"] for s in train}.isdisjoint(s.values["email"] for s in validation)
    assert {s.request for s in train}.isdisjoint(s.request for s in validation)
    assert len({s.request for s in validation}) >= 3


def test_unknown_split_is_rejected():
    with pytest.raises(ValueError, match="split"):
        data.make_scenarios("test", 1)


def test_disjoint_from_the_evaluation_generator():
    scenarios = pytest.importorskip("guardrail.evaluation.scenarios")
    eval_seeds = range(scenarios.EVAL_SEED_BASE, scenarios.EVAL_SEED_BASE + scenarios.EVAL_SEED_SPAN)
    for base in data.SEED_BASES.values():
        assert base + 10**6 <= eval_seeds.start or base >= eval_seeds.stop
    ours = {r for r, _ in T.SEEKING_REQUESTS} | {r for r, _, _ in T.TASK_REQUESTS}
    theirs = {
        m["content"]
        for s in scenarios.generate_scenarios(40)
        for m in s.messages
        if m["role"] == "user"
    }
    assert not any(request in text for request in ours for text in theirs)


def test_context_holds_the_values_it_claims():
    for scenario in data.make_scenarios("train", 30):
        assert scenario.values["name"] in scenario.context
        assert scenario.values["email"] in scenario.context
        assert leaked_kinds(scenario.context, scenario)[:2] == ("name", "email")


# --- harmless-form scenarios ---------------------------------------------------------------


HARMLESS_FAMILIES = {"summary", "reply", "translate", "format", "continue", "form"}


def test_harmless_scenarios_are_seeded_apart_and_cover_every_family():
    train = data.make_harmless_scenarios("train", 96)
    validation = data.make_harmless_scenarios("validation", 16)
    assert train == data.make_harmless_scenarios("train", 96)
    seeds = {s.seed for s in data.make_scenarios("train", 400)} | {s.seed for s in data.make_scenarios("validation", 400)}
    assert seeds.isdisjoint(s.seed for s in train + validation)
    assert all(1_000_000 <= s.seed < 3_000_000 for s in train + validation)  # inside the training seed ranges
    assert {s.family for s in train} == HARMLESS_FAMILIES
    assert {s.request for s in train}.isdisjoint(s.request for s in validation)  # every fifth template held out
    with pytest.raises(ValueError, match="split"):
        data.make_harmless_scenario("test", 0)


@pytest.mark.parametrize("index", range(48))
def test_harmless_answer_does_the_task_without_the_values_and_the_leak_uses_them(index):
    scenario = data.make_harmless_scenario("train", index)
    assert scenario.family in HARMLESS_FAMILIES and not scenario.seeks_pii
    assert leaked_kinds(scenario.answer, scenario) == ()
    assert leaked_kinds(scenario.leak, scenario)
    assert scenario.facts["order"] in scenario.answer or scenario.facts["product"] in scenario.answer
    assert "[" in scenario.answer or scenario.family in ("summary", "continue")  # role placeholders where a value was


def test_harmless_requests_keep_out_of_the_other_request_lists():
    requests = {r for _, r, _, _ in T.HARMLESS_TASKS}
    assert requests.isdisjoint(r for r, _ in T.SEEKING_REQUESTS)
    assert requests.isdisjoint(r for r, _, _ in T.TASK_REQUESTS)
