"""Output filter on the real Presidio + spaCy engine: value tables, false positives, policies, streaming."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from filter_fixtures import false_positive_lines, presidio_filter, value_rows  # noqa: F401 (fixture)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardrail.policy.entities import PRESIDIO_ENTITIES
from guardrail.errors import PolicyError
from guardrail.filtering.normalize import normalize
from guardrail.filtering.presidio import COORDINATED_RECOGNIZER
from guardrail.policy import FilterSpec, load_policy_file
from guardrail.policy.store import PolicyStore

pytestmark = pytest.mark.slow

SPEC = FilterSpec()  # the default public-traffic entity list
ROWS = value_rows()
POLICIES = Path(__file__).resolve().parents[2] / "policies"


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=r["known_miss"])) if "known_miss" in r else r for r in ROWS],
    ids=[f"{r['entity']}-{i}" for i, r in enumerate(ROWS)],
)
def test_known_value_is_removed(presidio_filter, row):  # noqa: F811
    spec = FilterSpec(entities=tuple(sorted(set(SPEC.entities) | {row["entity"]})))
    result = presidio_filter.filter(row["text"], spec, "t")
    assert row["value"] not in result.text
    digits = "".join(c for c in row["value"] if c.isdigit() and c.isascii())
    if len(digits) >= 6:  # no run of the value's digits survives either
        assert digits not in "".join(c for c in result.text if c.isdigit())
    assert result.findings and all(f.start < f.end for f in result.findings)


def test_recall_on_the_table_is_high(presidio_filter):  # noqa: F811
    caught = sum(r["value"] not in presidio_filter.filter(r["text"], SPEC, "t").text for r in ROWS)
    assert caught >= len(ROWS) - sum("known_miss" in r for r in ROWS)


@pytest.mark.parametrize("text", false_positive_lines())
def test_false_positive_set_is_unchanged(presidio_filter, text):  # noqa: F811
    result = presidio_filter.filter(text, SPEC, "t")
    assert result.text == text, result.findings


def test_only_the_routes_entities_are_removed(presidio_filter):  # noqa: F811
    text = "Mail rwilson@example.net or call (842) 407-0578."
    spec = FilterSpec(entities=("EMAIL_ADDRESS",))
    assert presidio_filter.filter(text, spec, "t").text == "Mail <EMAIL_ADDRESS> or call (842) 407-0578."


def test_findings_point_into_the_input_and_hold_no_value(presidio_filter):  # noqa: F811
    text = "Erin Carpenter wrote from rwilson\uff20example.net."
    result = presidio_filter.filter(text, SPEC, "t")
    spans = {text[f.start:f.end]: f.entity_type for f in result.findings}
    assert spans == {"Erin Carpenter": "PERSON", "rwilson\uff20example.net": "EMAIL_ADDRESS"}
    assert result.counts == {"PERSON": 1, "EMAIL_ADDRESS": 1}
    assert all(not hasattr(f, "value") and "rwilson" not in repr(f) for f in result.findings)


def test_policy_recognizers_patterns_deny_lists_and_allow(presidio_filter):  # noqa: F811
    store = PolicyStore.from_dir(POLICIES, adapters_dir=None)
    bank = store.route("acme-bank", "public_web").filter
    text = "Acme Bank says account ACC-12345678 belongs to Erin Carpenter."
    assert presidio_filter.filter(text, bank, "acme-bank").text == "Acme Bank says account <ACME_ACCOUNT_ID> belongs to <PERSON>."
    chat = store.route("helpdesk", "customer_chat").filter
    text = "The Helpdesk Bot checked db-prod-01.internal and Project Bluefin."
    assert presidio_filter.filter(text, chat, "helpdesk").text == "The Helpdesk Bot checked <INTERNAL_HOST> and <INTERNAL_HOST>."


def test_custom_pattern_context_raises_the_score(presidio_filter):  # noqa: F811
    spec = FilterSpec.model_validate({
        "entities": ["TICKET"], "threshold": 0.5,
        "recognizers": [{"name": "tickets", "entity": "TICKET", "patterns": [{"regex": r"\bT-\d{4}\b", "score": 0.3}], "context": ["ticket"]}],
    })
    assert presidio_filter.filter("See T-1234 later.", spec, "t").text == "See T-1234 later."
    assert presidio_filter.filter("Your ticket is T-1234.", spec, "t").text == "Your ticket is <TICKET>."


@pytest.mark.parametrize(
    ("recognizer", "field"),
    [
        ({"name": "x", "entity": "X", "patterns": [{"regex": "([a-z"}]}, "regex"),
        ({"name": "x", "entity": "X", "patterns": [{"regex": "a*"}]}, "regex"),
        ({"name": "x", "entity": "lower", "deny_list": ["a"]}, "entity"),
    ],
)
def test_bad_recognizer_is_a_policy_error_naming_the_field(tmp_path, recognizer, field):
    import yaml

    path = tmp_path / "t.yaml"
    path.write_text(yaml.safe_dump({"tenant": "t", "default_source": "s", "sources": {"s": {"filter": {
        "entities": ["PERSON"], "recognizers": [recognizer]}}}}))
    with pytest.raises(PolicyError, match=rf"recognizers\.0\..*{field}"):
        load_policy_file(path, None)


def test_entity_names_match_the_installed_presidio(presidio_filter):  # noqa: F811
    analyzer = presidio_filter.analyzer._engine()
    supported = set(analyzer.get_supported_entities("en"))
    assert PRESIDIO_ENTITIES <= supported
    assert "STREET_ADDRESS" in supported


def test_threads_share_one_engine(presidio_filter):  # noqa: F811
    texts = [r["text"] for r in ROWS[:12]]
    expected = [presidio_filter.filter(t, SPEC, "t").text for t in texts]
    got: dict[int, str] = {}

    def work(i: int) -> None:
        got[i] = presidio_filter.filter(texts[i], SPEC, "t").text

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [got[i] for i in range(len(texts))] == expected


SENTENCES = [r["text"] for r in ROWS] + false_positive_lines()[:10]


@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4),
    st.sampled_from([" ", "\n", "  ", " \u200b"]),
    st.lists(st.integers(1, 9), min_size=1, max_size=20),
)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_streaming_equals_filter_and_never_leaks(presidio_filter, sentences, joiner, sizes):  # noqa: F811
    text = joiner.join(sentences)
    expected = presidio_filter.filter(text, SPEC, "t")
    stream = presidio_filter.stream(SPEC, "t")
    released, i, k = "", 0, 0
    while i < len(text):
        released += stream.feed(text[i:i + sizes[k % len(sizes)]])
        assert expected.text.startswith(released)
        assert stream.held <= stream.window
        i += sizes[k % len(sizes)]
        k += 1
    released += stream.close()
    assert released == expected.text and stream.findings == expected.findings
    for row in ROWS:
        if row["text"] in sentences and row["value"] not in presidio_filter.filter(row["text"], SPEC, "t").text:
            assert row["value"] not in released


def test_one_character_chunks_of_a_long_answer(presidio_filter):  # noqa: F811
    text = " ".join(r["text"] for r in ROWS[:20]) + " " + "no stop here " * 40
    expected = presidio_filter.filter(text, SPEC, "t")
    stream = presidio_filter.stream(SPEC, "t")
    out = "".join(stream.feed(ch) for ch in text) + stream.close()
    assert out == expected.text


@pytest.mark.parametrize("number", ["+49 30 901820", "+33 1 42 68 53 00", "020 7946 0958", "+91 98765 43210"])
def test_international_and_uk_phone_numbers(presidio_filter, number):  # noqa: F811
    assert number not in presidio_filter.filter(f"Call {number} today.", SPEC, "t").text


def test_filtering_logs_nothing_and_maps_every_ner_label(presidio_filter, caplog):  # noqa: F811
    text = "Erin Carpenter met us near the Golden Gate Bridge on the 3rd day of the Olympics; it cost 5 dollars."
    with caplog.at_level(logging.DEBUG):
        result = presidio_filter.filter(text, SPEC, "t")
    assert "Golden Gate" not in result.text and "Carpenter" not in result.text
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert all("Carpenter" not in r.getMessage() for r in caplog.records)


FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789@"}


@given(
    st.sampled_from([("Card {v} on file.", "4209 6654 2870 7229"), ("Write to {v} today.", "rosetodd@example.com"),
                     ("His social security number is {v}.", "270-65-6558")]),
    st.lists(st.tuples(st.integers(0, 30), st.sampled_from(["\u200b", "\u2060", "\u00ad", "fw"])), max_size=4),
)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_odd_unicode_inside_a_value_does_not_let_it_through(presidio_filter, case, edits):  # noqa: F811
    template, value = case
    chars = list(value)
    for pos, edit in edits:
        pos %= len(chars)
        if edit == "fw":
            chars[pos] = "".join(FULL_WIDTH.get(c, c) for c in chars[pos])
        else:
            chars.insert(pos, edit)
    disguised = "".join(chars)
    result = presidio_filter.filter(template.format(v=disguised), SPEC, "t")
    kept = normalize(result.text).text
    assert value not in kept and value.split("@")[0] not in kept
    assert not any(len(part) >= 4 and part in kept for part in value.replace("-", " ").split())

def test_a_name_found_once_in_a_segment_is_removed_at_every_place_in_it(presidio_filter):
    text = "Notulen: mevrouw Hoorn zit de vergadering voor; Pieternel Hoorn en Hoorn nemen de actiepunten."
    result = presidio_filter.filter(text, FilterSpec(entities=("PERSON",)), "t")
    assert "Hoorn" not in result.text and "Pieternel" not in result.text


def test_an_email_address_in_a_table_leaves_the_cell_before_it(presidio_filter):
    row = "| Lomo de Arico|ana.ruiz@example.org |"
    result = presidio_filter.filter(row, FilterSpec(entities=("EMAIL_ADDRESS",)), "t")
    assert result.text == "| Lomo de Arico|<EMAIL_ADDRESS> |"


@pytest.mark.parametrize("table", ["nom;quantité;prix\nClavier mécanique;2;89,90\nSouris sans fil;5;24,50",
                                   "urun;adet;fiyat\nKlavye;3;450 TL\nMonitör;1;5200 TL"])
def test_a_price_list_keeps_its_products(presidio_filter, table):
    spec = FilterSpec(entities=("PERSON", "LOCATION", "STREET_ADDRESS", "PHONE_NUMBER", "DATE_TIME"), threshold=0.35)
    result = presidio_filter.filter(table, spec, "t")
    assert result.text == table


@pytest.mark.parametrize(("text", "expected"), [
    ("Directed by the Film Unit. Produced by Northwind Studios.", "Directed by the Film Unit. Produced by Northwind Studios."),
    ("Réalisation : Atelier Lumière. Musique : Orchestre de Chambre.", "Réalisation : Atelier Lumière. Musique : Orchestre de Chambre."),
    ("Kamera: Fridolin Blue. Musik: Studio Nord.", "Kamera: <PERSON>. Musik: Studio Nord."),
    ("Our guide Gosiame knew every corner of the old town.", "Our guide <PERSON> knew every corner of the old town."),
    ("As Taylor and Thamae (2019) argued, the effect fades.", "As <PERSON> and <PERSON> (2019) argued, the effect fades."),
])
def test_organisations_stay_and_people_in_their_slots_go(presidio_filter, text, expected):
    spec = FilterSpec(entities=("PERSON", "LOCATION", "STREET_ADDRESS"), threshold=0.35)
    assert presidio_filter.filter(text, spec, "t").text == expected


ENHANCER_TEXTS = [
    "Call me on my phone number 0473 12 34 56 or mail anna@example.org",
    "The card number is 4111 1111 1111 1111, expiry 04/29; SSN 123-45-6789",
    "Anna Kowalska lives at ul. Morska 5, 81-323 Gdynia",
    "Reach Jan de Vries at +31 20 123 4567 in Amsterdam, IBAN NL91 ABNA 0417 1643 00",
]


@pytest.mark.parametrize("text", ENHANCER_TEXTS, ids=range(len(ENHANCER_TEXTS)))
def test_the_context_enhancer_scores_as_presidios_and_copies_only_what_it_may_change(presidio_filter, text):  # noqa: F811
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    engine = presidio_filter.analyzer._engine()
    recognizers = engine.registry.get_recognizers(language="en", all_fields=True)
    artifacts = engine.nlp_engine.process_text(text, "en")
    raw = []
    for recognizer in recognizers:  # as AnalyzerEngine.analyze runs them
        for result in recognizer.analyze(text, recognizer.supported_entities, artifacts) or []:
            result.recognition_metadata = {**(result.recognition_metadata or {}), "recognizer_identifier": recognizer.id}
            raw.append(result)
    assert raw  # each text gives results to enhance
    ours = engine.context_aware_enhancer.enhance_using_context(text, raw, artifacts, recognizers)
    presidios = LemmaContextAwareEnhancer().enhance_using_context(text, raw, artifacts, recognizers)
    assert [(r.entity_type, r.start, r.end, r.score) for r in ours] == [(r.entity_type, r.start, r.end, r.score) for r in presidios]
    with_context = {recognizer.id for recognizer in recognizers if recognizer.context}
    for before, after in zip(raw, ours):
        assert (after is before) == (before.recognition_metadata["recognizer_identifier"] not in with_context)


def test_the_small_ners_tokens_and_steps_run_in_numpy(presidio_filter):  # noqa: F811
    engine = presidio_filter.analyzer._engine().nlp_engine
    assert engine.decoded_ner is not None
    assert "window_encoder" in [node.name for node in engine.nlp["en"].get_pipe("ner").model.walk()]
    doc = engine._tagged("Angela Merkel met Jan Nowak in Gdańsk on Monday.")
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("Angela Merkel", "PERSON"), ("Jan Nowak", "PERSON")]


@pytest.mark.parametrize(("text", "rest", "alone"), [
    ("Contact agent Brett Callaghan 0433 219 874 or Mei Ling Tan 0401 556 102", "Tan", True),
    # the lower-case full name rule now takes the whole name at once
    ("send am to my opay 0905 772 1184 (name na blessing okonkwo)", "blessing", False),
], ids=["a-surname-after-a-found-name", "a-first-name-before-one"])
def test_the_listed_name_a_found_name_goes_on_with_is_removed_too(presidio_filter, text, rest, alone):  # noqa: F811
    result = presidio_filter.filter(text, SPEC, "t")
    assert rest not in result.text
    if alone:
        assert any(f.recognizer == COORDINATED_RECOGNIZER and text[f.start:f.end] == rest for f in result.findings)


@pytest.mark.parametrize("text", [
    "Meeting with Tami\nValdez tomorrow at ten.",
    "Patient: Tina\nSanders, 54 years old, came in.",
    "Der Termin mit Dipl.-Ing. Mario\nLintner MBA. ist morgen.",
    "ok nos vemos mañana a las 5. santiago",
], ids=["broken-name", "broken-name-before-a-comma", "titles-and-a-broken-name", "a-name-signing-a-message"])
def test_a_name_broken_over_a_line_is_removed_whole_and_a_stream_equals_it(presidio_filter, text):  # noqa: F811
    expected = presidio_filter.filter(text, SPEC, "t")
    for word in ("Tami", "Valdez", "Tina", "Sanders", "Mario", "Lintner", "Dipl", "MBA", "santiago"):
        assert word not in expected.text
    for cut in range(1, len(text)):
        stream = presidio_filter.stream(SPEC, "t")
        released = stream.feed(text[:cut]) + stream.feed(text[cut:]) + stream.close()
        assert released == expected.text and stream.findings == expected.findings, cut
