"""National ids, passports, birth dates and obfuscated values through the real filter and the shipped defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from filter_fixtures import clean_texts, false_positive_lines, presidio_filter  # noqa: F401 (fixture)

from guardrail.policy import DEFAULT_ENTITIES, FilterSpec, load_policy_file
from guardrail.policy.entities import GUARDRAIL_ENTITIES

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC = FilterSpec()  # DEFAULT_ENTITIES at the default threshold
STRICT = ("DATE_TIME", "NATIONAL_ID", "PASSPORT")
NEW_RECOGNIZERS = {"NationalIdRecognizer", "PassportRecognizer", "ObfuscatedEmailRecognizer", "IdentifyingDateRecognizer", "MachineReadableZone"}
# The strictest (default) route of every shipped and example policy.
UNTRUSTED_ROUTES = [
    ("policies/acme-bank.yaml", "public_web"),
    ("policies/helpdesk.yaml", "customer_chat"),
    ("examples/policies/shop.yaml", "storefront"),
    ("examples/policies/clinic.yaml", "patient_chat"),
]

# (case, text, the value that must disappear entirely, entity reported)
VALUES = [
    ("de-idnr", "Meine Steuer-ID lautet 45 778 913 601, bitte notieren.", "45 778 913 601", "NATIONAL_ID"),
    ("it-codice-fiscale", "Il codice fiscale è NGNLRT00T29I558L.", "NGNLRT00T29I558L", "NATIONAL_ID"),
    ("es-dni", "Mi DNI es 33349058R y vivo aquí.", "33349058R", "NATIONAL_ID"),
    ("tr-tckn", "TC kimlik no: 35889679702", "35889679702", "NATIONAL_ID"),
    ("br-cpf", "Meu CPF é 569.368.069-02.", "569.368.069-02", "NATIONAL_ID"),
    ("gb-nino", "My National Insurance number is AB 12 34 56 C.", "AB 12 34 56 C", "NATIONAL_ID"),
    ("in-aadhaar", "Aadhaar: 2560 1893 8039", "2560 1893 8039", "NATIONAL_ID"),
    ("fr-passport", "Numéro de passeport : 09AA12345.", "09AA12345", "PASSPORT"),
    ("de-passport", "Reisepass Nr. C01X00T47 liegt vor.", "C01X00T47", "PASSPORT"),
    ("passport-word-on-the-line-above", "document: passport\nnumber: EA1234567", "EA1234567", "PASSPORT"),
    ("passport-form", "PASSPORT DETAILS\nSurname: KOWALSKA\nGiven names: ANNA MARIA\nNationality: POLISH\nNumber: EA1234567",
     "EA1234567", "PASSPORT"),
    ("passport-list", "Passport numbers: AB1234567, AB7654321, AC1111111 and AD2222222.", "AD2222222", "PASSPORT"),
    ("mrz-names", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
     "ERIKSSON<<ANNA<MARIA", "PERSON"),
    ("mrz-number", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
     "L898902C36UTO7408122F1204159ZE184226B<<<<<10", "PASSPORT"),
    ("birth-date", "She was born on 4 May 1987 in a small town.", "4 May 1987", "DATE_TIME"),
    ("email-brackets", "Write to jane.roe [at] example.org today.", "jane.roe [at] example.org", "EMAIL_ADDRESS"),
    ("email-spelled", "Send it to jane dot roe at example dot org please.", "jane dot roe at example dot org", "EMAIL_ADDRESS"),
    ("email-url-encoded", "Link: mailto:jane.roe%40example.org", "jane.roe%40example.org", "EMAIL_ADDRESS"),
    ("phone-underscores", "Call me on 555_123_4567 tonight.", "555_123_4567", "PHONE_NUMBER"),
    ("phone-bullets", "My number: +44•20•7946•0958.", "+44•20•7946•0958", "PHONE_NUMBER"),
]


def test_a_machine_readable_zone_gives_only_the_types_asked_for(presidio_filter):  # noqa: F811
    text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
    found = presidio_filter.filter(text, FilterSpec(entities=("PERSON",)), "t").findings
    assert [(text[f.start:f.end], f.entity_type) for f in found if f.recognizer == "MachineReadableZone"] == [
        ("ERIKSSON<<ANNA<MARIA", "PERSON")]


def test_defaults_name_the_strict_entities():
    assert set(STRICT) <= set(DEFAULT_ENTITIES)
    assert {"NATIONAL_ID", "PASSPORT"} <= GUARDRAIL_ENTITIES
    assert SPEC.dates == "identifying"  # DATE_TIME in the defaults means dates that identify


def test_the_engine_supports_the_new_entities(presidio_filter):  # noqa: F811
    assert {"NATIONAL_ID", "PASSPORT"} <= set(presidio_filter.analyzer._engine().get_supported_entities("en"))


@pytest.mark.parametrize(("path", "source"), UNTRUSTED_ROUTES, ids=[f"{p.split('/')[-1]}:{s}" for p, s in UNTRUSTED_ROUTES])
def test_untrusted_example_routes_remove_birth_dates_ids_and_passports(path, source):
    policy = load_policy_file(ROOT / path, None)
    assert policy.default_source == source
    spec = policy.sources[source].filter
    assert set(STRICT) <= set(spec.entities) and spec.dates == "identifying"


@pytest.mark.parametrize(("case", "text", "value", "entity"), VALUES, ids=[v[0] for v in VALUES])
def test_value_is_removed_whole_by_the_default_route(presidio_filter, case, text, value, entity):  # noqa: F811
    result = presidio_filter.filter(text, SPEC, "t")
    start = text.index(value)
    assert any(f.start <= start and text.index(value) + len(value) <= f.end and f.entity_type == entity for f in result.findings)
    assert not any(part in result.text for part in value.replace(".", " ").split() if len(part) >= 3)


@pytest.mark.parametrize(("case", "text", "value", "entity"), VALUES, ids=[v[0] for v in VALUES])
def test_stream_split_at_every_boundary_equals_the_whole_text(presidio_filter, case, text, value, entity):  # noqa: F811
    expected = presidio_filter.filter(text, SPEC, "t")
    for cut in range(1, len(text)):
        stream = presidio_filter.stream(SPEC, "t")
        released = stream.feed(text[:cut]) + stream.feed(text[cut:]) + stream.close()
        assert released == expected.text and stream.findings == expected.findings, cut


@pytest.mark.parametrize(
    "text",
    [
        "Meet me at the station at five, then we walk to the harbour.",
        "Put a dot at the end of each line and look at example.org for more.",
        "Your passport must be valid for six months; renewals take 10 weeks.",
        "The invoice total was 1234567890 cents, paid in 2024.",
        "Order 12345678901 shipped on Monday in May.",
        "The meeting moved from 3 March to the first week of April.",
        "Version 2.14.3 fixed the tokenizer at line 120.",
    ],
    ids=["station", "dot-and-site", "passport-prose", "cents", "order", "months", "version"],
)
def test_pii_free_sentences_give_the_new_recognizers_nothing(presidio_filter, text):  # noqa: F811
    # (a bare ten-digit run can still be a phone number: that recognizer is not new)
    assert [f for f in presidio_filter.filter(text, SPEC, "t").findings if f.recognizer in NEW_RECOGNIZERS] == []


def test_shipped_pii_free_texts_give_the_new_recognizers_nothing(presidio_filter):  # noqa: F811
    texts = clean_texts("dev") + clean_texts("test") + false_positive_lines()
    hits = [t for t in texts if any(f.recognizer in NEW_RECOGNIZERS for f in presidio_filter.filter(t, SPEC, "t").findings)]
    assert hits == []


_YEAR = __import__("datetime").date.today().year


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        (f"Your order S60913 is expected on August 14, {_YEAR}.", False),
        (f"The refund was issued on 2 March {_YEAR - 1} and should arrive within a week.", False),
        (f"Jane Roe's order is expected on August 14, {_YEAR}.", True),
        ("The customer was born on 4 May 1987.", True),
        ("Date of birth: 04/05/1987", True),
    ],
    ids=["delivery-date", "refund-date", "delivery-date-beside-a-name", "birth-date", "birth-date-field"],
)
def test_the_default_route_keeps_event_dates_and_removes_birth_dates(presidio_filter, text, removed):  # noqa: F811
    result = presidio_filter.filter(text, SPEC, "t")
    assert any(f.entity_type == "DATE_TIME" for f in result.findings) is removed
