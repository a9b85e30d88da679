"""Labelling candidate answers (`guardrail/training/labels.py`): leaks in any format, detector findings, the task's fact."""

from __future__ import annotations

import random
import re

import pytest

from guardrail.training import data


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
