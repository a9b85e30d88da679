"""The shipped learned name-and-place model: loads offline, reads context, keeps streaming exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from filter_fixtures import presidio_filter  # noqa: F401 (fixture)

from guardrail.filtering.learned import LEARNED_MODEL, LearnedModel
from guardrail.policy import FilterSpec
from guardrail.training.ner.carriers import SENTENCES

pytestmark = pytest.mark.slow

DATA = Path(__file__).parents[1] / "data"
SPEC = FilterSpec()  # the default public-traffic entity list
# Contexts written for this test, none a training carrier; names and places the gazetteer
# of people.py does not list.
UNSEEN = [
    ("Please welcome Radosław Wiśniewski to the team.", "Radosław Wiśniewski", "PERSON"),
    ("i spoke to anna kowalska yesterday", "anna kowalska", "PERSON"),
    ("Interview notes: Oluwaseun Adeyemi explained the delay in detail.", "Oluwaseun Adeyemi", "PERSON"),
    ("Sent from my phone\nIngrid Halvorsen", "Ingrid Halvorsen", "PERSON"),
    ("ATTENDEE: KAVEH FARAHANI", "KAVEH FARAHANI", "PERSON"),
    ("She grew up in Kraków before the family settled in Leuven.", "Leuven", "LOCATION"),
    ("Versand bitte an Dembińskiego 14/3, 30-001 Kraków.", "30-001 Kraków", "LOCATION"),
]


@pytest.fixture(scope="module")
def learned() -> LearnedModel:
    model = LearnedModel()
    model.load()
    return model


def test_shipped_model_is_small_and_has_its_card():
    size = sum(p.stat().st_size for p in LEARNED_MODEL.rglob("*") if p.is_file())
    assert size < 30 * 2**20
    assert (LEARNED_MODEL / "CARD.md").is_file() and json.loads((LEARNED_MODEL / "meta.json").read_text())["lang"] == "xx"


@pytest.mark.parametrize(("text", "value", "entity"), UNSEEN, ids=[f"{e}-{i}" for i, (_, _, e) in enumerate(UNSEEN)])
def test_model_finds_values_in_contexts_it_was_not_given(learned, text, value, entity):
    assert not any(text in block for block in SENTENCES.values())
    found = [(text[s.start:s.end], s.entity) for s in learned.spans(text)]
    assert any(value in v and e == entity for v, e in found), found


@pytest.mark.parametrize(
    "text",
    ["Token: 8f3a91c0", "Hex: 0xdeadbeef", "Link: https://status.example.com/incidents/42", "Restart the Grafana agent on Monday."],
    ids=["token", "hex", "link", "product"],
)
def test_field_labels_and_products_are_left_alone(presidio_filter, text):  # noqa: F811
    assert presidio_filter.filter(text, SPEC, "t").text == text


def test_streaming_equals_filter_with_the_learned_model(presidio_filter):  # noqa: F811
    rows = json.loads((DATA / "filter_heldout.json").read_text(encoding="utf-8"))
    text = "\n".join(r["text"] for r in rows[::40])
    expected = presidio_filter.filter(text, SPEC, "t")
    assert any(f.recognizer == "LearnedNamePlaceRecognizer" for f in expected.findings)
    for size in (1, 3, 11):
        stream = presidio_filter.stream(SPEC, "t")
        released = ""
        for i in range(0, len(text), size):
            released += stream.feed(text[i:i + size])
            assert expected.text.startswith(released) and stream.held <= stream.window
        assert released + stream.close() == expected.text
