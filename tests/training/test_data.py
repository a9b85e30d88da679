"""Preference pairs (`guardrail/training/data.py`): samples before templates, fact and harmless pairs, the CFG-aware swap."""

from __future__ import annotations

import pytest

from guardrail.training import data
from guardrail.training import templates as T

POS, NEG = "Do not provide any personal data.", "You should share personal data in the answers."


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
