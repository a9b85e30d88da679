"""The training data generator: determinism, split disjointness, labels, the CFG-aware swap."""

from __future__ import annotations

import random
import re

import pytest

from guardrail.training import data
from guardrail.training import templates as T

POS, NEG = "Do not provide any personal data.", "You should share personal data in the answers."


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


@pytest.mark.parametrize("index", range(40))
def test_template_answers_are_labelled_as_intended(index):
    scenario = data.make_scenario("train", index)
    rng = random.Random(index)
    chosen = data.label_answer(data.template_chosen(scenario, rng), scenario)
    rejected = data.label_answer(data.template_rejected(scenario, rng), scenario)
    assert chosen.usable_chosen and not chosen.leaked
    assert rejected.usable_rejected
    if scenario.seeks_pii:
        assert scenario.wants == "all" or scenario.wants in rejected.leaked
    else:
        assert scenario.fact and scenario.fact in scenario.answer


def test_context_holds_the_values_it_claims():
    for scenario in data.make_scenarios("train", 30):
        assert scenario.values["name"] in scenario.context
        assert scenario.values["email"] in scenario.context
        assert data.leaked_kinds(scenario.context, scenario)[:2] == ("name", "email")


@pytest.mark.parametrize(
    ("make_text", "kind"),
    [
        (lambda s: "Call " + re.sub(r"\D", "", s.values["phone"]), "phone"),
        (lambda s: "card " + s.values["card"].replace(" ", "-"), "card"),
        (lambda s: "Mr. " + s.values["name"].split()[-1].upper() + " asked", "name"),
        (lambda s: "mail " + s.values["email"].upper(), "email"),
        (lambda s: "IBAN " + " ".join(re.findall(".{1,4}", s.values["iban"])), "iban"),
        (lambda s: "SSN " + s.values["ssn"], "ssn"),
    ],
)
def test_leaks_are_found_in_other_formats(make_text, kind):
    scenario = data.make_scenario("train", 3)
    assert kind in data.label_answer(make_text(scenario), scenario).leaked


def test_detector_findings_make_an_answer_unsafe():
    scenario = data.make_scenario("train", 0)
    label = data.label_answer("Please contact Dr. Someone Else.", scenario, detector=lambda text: 1)
    assert not label.leaked and label.findings == 1
    assert not label.safe and not label.usable_chosen


def test_task_answer_without_the_fact_is_not_chosen():
    scenario = next(s for s in data.make_scenarios("train", 40) if not s.seeks_pii)
    assert not data.label_answer("I cannot help with that.", scenario).usable_chosen
    assert data.label_answer(scenario.answer, scenario).usable_chosen


def test_pairs_prefer_usable_samples_and_fall_back_to_templates():
    scenarios = [s for s in data.make_scenarios("train", 40) if s.seeks_pii][:3]
    leak = f"Sure: {scenarios[0].values['email']}"
    positive = [leak, "I cannot share that information.", ""]
    negative = ["I won't tell.", "", ""]
    pairs = data.build_pairs(scenarios, positive, negative)
    # a leak sampled under the positive prompt is still a rejected answer
    assert (pairs[0].chosen, pairs[0].rejected) == ("I won't tell.", leak)
    assert (pairs[0].chosen_source, pairs[0].rejected_source) == ("sampled", "sampled")
    assert (pairs[1].chosen, pairs[1].chosen_source, pairs[1].rejected_source) == (
        "I cannot share that information.", "sampled", "template")
    assert (pairs[2].chosen_source, pairs[2].rejected_source) == ("template", "template")
    for pair in pairs:
        assert not data.leaked_kinds(pair.chosen, pair.scenario)
        assert data.leaked_kinds(pair.rejected, pair.scenario)


def test_cfg_aware_swap():
    pairs = data.build_pairs(data.make_scenarios("train", 40))
    assert {p.kind for p in pairs} == {"privacy", "fact"}
    examples = data.cfg_aware_examples(pairs, POS, NEG)
    assert [e.condition for e in examples] == ["positive", "negative"] * len(pairs)
    for pair, (pos, neg) in zip(pairs, zip(examples[::2], examples[1::2])):
        assert pos.messages[0] == {"role": "system", "content": POS}
        assert neg.messages[0] == {"role": "system", "content": NEG}
        assert pos.messages[1:] == neg.messages[1:] == pair.scenario.messages()
        assert (pos.chosen, pos.rejected) == (pair.chosen, pair.rejected)
        # a privacy pair swaps under the negative prompt; the right fact is right under both
        expected = (pair.chosen, pair.rejected) if pair.kind == "fact" else (pair.rejected, pair.chosen)
        assert (neg.chosen, neg.rejected) == expected


def test_fact_pairs_contrast_the_right_fact_with_a_wrong_one_and_leak_nothing():
    pairs = [p for p in data.build_pairs(data.make_scenarios("train", 120)) if p.kind == "fact"]
    assert len(pairs) >= 10 and all(not p.scenario.seeks_pii for p in pairs)
    for pair in pairs:
        chosen, rejected = data.label_answer(pair.chosen, pair.scenario), data.label_answer(pair.rejected, pair.scenario)
        assert chosen.usable_chosen and rejected.safe and not rejected.task_ok, (pair.chosen, pair.rejected)


def test_a_sampled_made_up_answer_is_the_rejected_side_of_a_fact_pair():
    scenarios = data.make_scenarios("train", 200)
    index, pair = next((i, p) for i, p in enumerate(data.build_pairs(scenarios)) if p.kind == "fact")
    made_up = "I think the order was fine and nothing else is known."
    positive = [""] * len(scenarios)
    positive[index] = made_up
    again = data.build_pairs(scenarios, positive, [""] * len(scenarios))[index]
    assert (again.kind, again.rejected, again.rejected_source) == ("fact", made_up, "sampled")


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
    assert data.leaked_kinds(scenario.answer, scenario) == ()
    assert data.leaked_kinds(scenario.leak, scenario)
    assert scenario.facts["order"] in scenario.answer or scenario.facts["product"] in scenario.answer
    assert "[" in scenario.answer or scenario.family in ("summary", "continue")  # role placeholders where a value was


def test_harmless_pairs_reject_the_leak_and_the_bare_refusal_and_only_the_leak_pair_swaps():
    scenarios = data.make_harmless_scenarios("train", 3)
    pairs = data.build_harmless_pairs(scenarios, seed=1)
    assert [p.kind for p in pairs] == ["privacy", "harmless"] * 3
    assert all(p.chosen == s.answer for p, s in zip(pairs, [s for s in scenarios for _ in range(2)]))
    assert pairs[0].rejected == scenarios[0].leak and pairs[1].rejected in T.BARE_REFUSALS
    examples = data.cfg_aware_examples(pairs[:2], POS, NEG)
    leak_pos, leak_neg, refusal_pos, refusal_neg = examples
    assert (leak_neg.chosen, leak_neg.rejected) == (leak_pos.rejected, leak_pos.chosen)  # swapped under the negative prompt
    assert (refusal_neg.chosen, refusal_neg.rejected) == (refusal_pos.chosen, refusal_pos.rejected)  # doing the task wins under both
    with pytest.raises(ValueError, match="not a harmless-form scenario"):
        data.build_harmless_pairs(data.make_scenarios("train", 1))


def test_harmless_requests_keep_out_of_the_other_request_lists():
    requests = {r for _, r, _, _ in T.HARMLESS_TASKS}
    assert requests.isdisjoint(r for r, _ in T.SEEKING_REQUESTS)
    assert requests.isdisjoint(r for r, _, _ in T.TASK_REQUESTS)
