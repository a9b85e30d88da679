"""The shipped learned name-and-place model: loads offline, reads context, keeps streaming exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from filter_fixtures import presidio_filter  # noqa: F401 (fixture)

from guardrail.filtering import learned as learned_module
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
    ["Token: 8f3a91c0", "Hex: 0xdeadbeef", "Link: https://status.example.com/incidents/42", "Restart the Grafana agent on Monday.",
     "| Framework | Version | Status |\n|---|---|---|\n| Spring Boot | 3.2 | stable |\n| Visual Studio Code | 1.85 | stable |",
     "name,version,licence\nSpring Boot,3.2,Apache\nRed Hat Enterprise,9,GPL\nMicrosoft Teams,2,proprietary"],
    ids=["token", "hex", "link", "product", "table-of-versions", "csv-of-versions"],
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


# --- checks on the model's findings (no model needed) ------------------------------------


LEANED = [
    ("a-nickname-in-lower-case", "ok see you at kezza's later", "kezza", True),
    ("ordinary-english-words", "We had lunch with boudjemaa and his sister.", "his sister", False),
    ("an-ordinary-dutch-word", "Sterke wedstrijd van Ajax gisteravond in de Arena.", "Sterke", False),
]


@pytest.mark.parametrize(("text", "value", "kept"), [c[1:] for c in LEANED], ids=[c[0] for c in LEANED])
def test_a_value_only_the_lean_opens_is_kept_unless_its_words_are_ordinary(learned, monkeypatch, text, value, kept):
    doc = learned._nlp.make_doc(text)
    doc.tensor = learned._encoder(doc)
    tentative = [doc[s:e].text for s, e, _, sure in learned._decoder.decode(doc, doc.tensor, learned_module.LEAN) if not sure]
    assert value in tentative  # the model nearly takes it: only the lean opens it
    assert any(text[s.start:s.end] == value for s in learned.spans(text)) is kept
    monkeypatch.setattr(learned_module, "LEAN", 0.0)
    unleaned = LearnedModel()  # a model of its own: the fixture's keeps what it found
    unleaned.load()
    assert not any(text[s.start:s.end] == value for s in unleaned.spans(text))


def _span(text: str, value: str, entity: str = "PERSON"):
    from guardrail.filtering.learned import LearnedSpan

    start = text.index(value)
    return LearnedSpan(start, start + len(value), entity, 0.6)


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("i spoke to anna kowalska yesterday", "anna kowalska yesterday", "anna kowalska"),
        ("ask jane roe about it", "jane roe", "jane roe"),  # "roe" is an English word
        ("ask jane roe about it", "jane roe about", "jane roe"),
    ],
    ids=["runs-on-into-a-common-term", "name-that-is-a-word", "runs-on-into-a-stop-word"],
)
def test_a_lower_case_name_ends_before_an_ordinary_word(text, value, kept):
    from guardrail.filtering.learned import _lower_case_name

    span = _span(text, value)
    start, end = _lower_case_name(text, span.start, span.end)
    assert text[start:end] == kept


@pytest.mark.parametrize(
    ("words", "brand"),
    [(["Netflix", "Chaos", "Monkey"], True), (["Nkechi", "Baker"], False), (["Anna", "Rose", "Baker"], False),
     (["Oluwaseun", "Adeyemi", "Smith"], False)],
    ids=["brand-and-words", "two-words", "listed-first-name", "surname-not-a-word"],
)
def test_a_brand_and_ordinary_words_is_no_name(words, brand):
    from guardrail.filtering.plausible import _brand_and_words
    from guardrail.filtering.lexicon import first_names

    assert _brand_and_words(words, first_names()) is brand


@pytest.mark.parametrize(
    ("text", "found", "things"),
    [
        ("We benchmark Redis, Memcached and Valkey on it.", ["Memcached", "Valkey"], ["Memcached", "Valkey"]),
        ("Street Fighter and Mortal Kombat are on Steam.", ["Mortal Kombat"], ["Mortal Kombat"]),
        ("Please welcome Anna Kowalska and Jan Nowak.", ["Anna Kowalska", "Jan Nowak"], []),
        ("Ask Anna Kowalska or Support.", ["Anna Kowalska"], []),
        ("Ask Anna Kowalska or Sales Support.", ["Anna Kowalska"], []),
        ("The host, Sha, was lovely and the flat clean.", ["Sha"], []),
        ("Reseña: el guía, Yola, nos llevó por todo el pueblo.", ["Yola"], []),
        ("We use Redis, Kafka and Postgres.", ["Kafka"], ["Kafka"]),
    ],
    ids=["beside-a-product", "beside-a-title", "two-people", "beside-a-common-term", "beside-words-after-or",
         "apposition", "apposition-in-spanish", "between-things"],
)
def test_names_listed_among_things_are_things(text, found, things):
    """A one-word name beside a product term is a thing; a longer one only beside a title the
    model left alone, so "Anna Kowalska or Support" stays a person."""
    from guardrail.filtering.learned import _things

    spans = [_span(text, v) for v in found]
    assert sorted(text[s.start:s.end] for s in _things(text, spans)) == sorted(things)


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [("The summer sale ends on Sunday.", "summer sale ends", False), ("i met jane roe today", "jane roe", True),
     ("our will smith fan club", "will smith", False)],
    ids=["after-an-article", "after-a-verb", "after-a-possessive"],
)
def test_a_lower_case_name_after_an_article_is_no_name(text, value, name):
    from guardrail.filtering.plausible import plausible

    span = _span(text, value)
    assert plausible(text, span.start, span.end, "PERSON") is name


# --- the model reads the lines before a segment --------------------------------------

# Address blocks and signatures written for this test (no training carrier); the filter
# analyses each line on its own, so the street and postcode lines are read after the lines
# above them.
BLOCKS = [
    ("Zalando\nErdek Caddesi No: 44/18\nDenizciler 87753", ["Erdek Caddesi No: 44/18", "Denizciler 87753"]),
    ("Kind regards,\nMercia Nzambi\nTravessa Miloy 26\n2923-864 Quissama", ["Travessa Miloy 26", "2923-864 Quissama"]),
    ("Ship to:\nKasja Smyk\nul. Wieniawska 245\n20-794 Lublin\nPoland", ["ul. Wieniawska 245", "20-794 Lublin", "Poland"]),
]


@pytest.mark.parametrize(("text", "values"), BLOCKS, ids=["turkish-block", "portuguese-signature", "polish-block"])
def test_lines_of_an_address_block_are_read_in_context(presidio_filter, text, values):  # noqa: F811
    out = presidio_filter.filter(text, SPEC, "t").text
    assert not [v for v in values if v in out], out


def test_values_of_the_text_before_are_not_reported(learned):
    before = "Kind regards,\nMercia Nzambi\n"
    text = "Thanks again for the quick reply.\n"
    assert learned.spans(text, before) == ()
    found = {before[s.start:s.end] for s in learned.spans(before)}
    assert found and found <= {"Mercia", "Nzambi", "Mercia Nzambi"}  # read alone, the name is found


def test_a_name_the_small_model_also_found_is_not_lost(presidio_filter):  # noqa: F811
    """spaCy's small model tags the name too, without a listed name to back it; that finding
    is dropped, and it must not take the learned model's finding of the same span with it."""
    text = "Termin mit Tjark Struck Homann am Montag in Duisburg."
    assert "Tjark" not in presidio_filter.filter(text, SPEC, "t").text


def test_a_surname_alone_after_a_full_name_the_model_found_is_removed(presidio_filter):  # noqa: F811
    """The learned model's and the cues' names (score 0.6) are learnt like the gazetteer's:
    a later surname or first name alone is removed too."""
    for text in ("Present: Avneet Tekam (finance), Tekam from legal.",
                 "Present: Avneet Tekam (finance). Action items: Avneet to send the revised figures."):
        out = presidio_filter.filter(text, SPEC, "t").text
        assert "Tekam" not in out and "Avneet" not in out, out


def test_the_models_run_on_numpy_without_changing_the_process_operations():
    from thinc.api import get_current_ops

    before = get_current_ops()
    model = LearnedModel(LEARNED_MODEL)
    model.load()
    for pipe in ("tok2vec", "ner"):
        ops = model._nlp.get_pipe(pipe).model.ops
        assert type(ops).__name__ == "NumpyOps" and ops.use_blis is False
    assert get_current_ops() is before


def _ent(text: str, value: str, label: str):
    from types import SimpleNamespace

    start = text.index(value)
    return SimpleNamespace(start_char=start, end_char=start + len(value), label_=label)


@pytest.mark.parametrize(
    ("text", "ents", "joined"),
    [
        ("Lascar Ionita was born in 1992.", [("Lascar", "PERSON"), ("Ionita", "PERSON")], ["Lascar Ionita"]),
        ("Ich heisse adeli Palau.", [("adeli", "PERSON"), ("Palau", "PERSON")], ["adeli", "Palau"]),  # lower case: two values
        ("Ana Ruiz Madrid", [("Ana Ruiz", "PERSON"), ("Madrid", "LOCATION")], ["Ana Ruiz", "Madrid"]),  # two labels
        ("Ana, Ruiz", [("Ana", "PERSON"), ("Ruiz", "PERSON")], ["Ana", "Ruiz"]),  # not a single blank between
        ("Ana\nRuiz", [("Ana", "PERSON"), ("Ruiz", "PERSON")], ["Ana", "Ruiz"]),  # a line break
    ],
    ids=["two-capitalised", "lower-case", "two-labels", "comma", "line-break"],
)
def test_two_capitalised_entities_of_one_label_one_blank_apart_are_one(text, ents, joined):
    from guardrail.filtering.learned import _joined

    spans = _joined(text, [_ent(text, v, label) for v, label in ents])
    assert [text[s:e] for s, e, _ in spans] == joined


def test_a_name_the_model_opens_twice_is_removed_whole(presidio_filter):  # noqa: F811
    text = "Lascăr Ioniță was born on September 20, 1992."
    result = presidio_filter.filter(text, FilterSpec(entities=("PERSON",), threshold=0.35), "t")
    assert "Lasc" not in result.text and "Ioni" not in result.text
