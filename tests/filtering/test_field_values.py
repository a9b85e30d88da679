"""Values a field's label names (`fields.py`): forms, JSON, XML, vCards; alone and through the filter."""

from __future__ import annotations

import pytest
from filter_fixtures import presidio_filter  # noqa: F401 (fixture)

from guardrail.filtering.fields import find_field_values, label_entity
from guardrail.filtering.normalize import normalize
from guardrail.policy import FilterSpec


def found(text: str) -> list[tuple[str, str]]:
    """(entity, value) of every field value in `text` (normalised)."""
    norm = normalize(text).text
    return [(v.entity, norm[v.start:v.end]) for v in find_field_values(norm)]


FIELDS = [
    ("a-surname-that-is-a-word", "Surname: Gross", [("PERSON", "Gross")]),
    ("a-german-form", "Vorname: Noemi\nNachname: Hug", [("PERSON", "Noemi"), ("PERSON", "Hug")]),
    ("a-spanish-label", "Apellidos: Casanova Pellicer", [("PERSON", "Casanova Pellicer")]),
    ("json", '{"first_name": "Nancy", "last_name": "Egli", "id": 4}', [("PERSON", "Nancy"), ("PERSON", "Egli")]),
    ("json-in-the-language", '{"apellido": "Pellicer", "ciudad": "Koarnjum"}', [("PERSON", "Pellicer"), ("LOCATION", "Koarnjum")]),
    ("camel-case-keys", "lastName: Price", [("PERSON", "Price")]),
    ("key-equals-value", "user_id=8812 last_name=Egli status=ok", [("PERSON", "Egli")]),
    ("xml", "<cliente><apellido>Gross</apellido><nombre>Noemi</nombre></cliente>", [("PERSON", "Gross"), ("PERSON", "Noemi")]),
    ("xml-with-a-namespace", "<c:lastName>Egli</c:lastName>", [("PERSON", "Egli")]),
    ("a-persons-noun-and-name", "Cardholder Name: Ana Ruiz", [("PERSON", "Ana Ruiz")]),
    ("whose-label", "billing_last_name: Fisher", [("PERSON", "Fisher")]),
    ("a-street-line", "Street: Bennett Dam 5", [("STREET_ADDRESS", "Bennett Dam 5")]),
    ("a-shipping-address", "Shipping address: Cl. 40 # 8-6 Este", [("STREET_ADDRESS", "Cl. 40 # 8-6 Este")]),
    ("a-town-field", "Ciudad: San Silvia los altos", [("LOCATION", "San Silvia los altos")]),
    ("a-town-and-its-postcode", "City: 8702 Zollikon", [("LOCATION", "8702 Zollikon")]),
    ("a-place-of-birth", "Lugar de nacimiento: Ovalle", [("LOCATION", "Ovalle")]),
    ("a-comma-before-another-field", "Surname: Gross, First name: Noemi", [("PERSON", "Gross"), ("PERSON", "Noemi")]),
    ("an-inverted-name", "Full name: Gross, Noemi", [("PERSON", "Gross, Noemi")]),
    ("a-role-and-a-name", "Passenger: Anna Berg", [("PERSON", "Anna Berg")]),
    ("a-role-and-a-booking-name", "Passager: FINUCANE/EAMONN\nPNR: QX7T2L", [("PERSON", "FINUCANE/EAMONN")]),
    ("a-role-and-an-unknown-name", "Speaker: Kutlay Oztoprak", [("PERSON", "Kutlay Oztoprak")]),
    ("a-booking-name-with-its-title", "Boarding pass SMITH/JOHN MR seat 12A", [("PERSON", "SMITH/JOHN MR")]),
    ("a-contact-before-its-number", "Kontakt: Marek, 512-447-903", [("PERSON", "Marek")]),
    ("a-name-label-beside-a-surname-label", '{"nome":"Elisa","cognome":"Fontana"}', [("PERSON", "Elisa"), ("PERSON", "Fontana")]),
    ("an-id-cards-number", "<nrDowodu>AYT 518304</nrDowodu>", [("NATIONAL_ID", "AYT 518304")]),
    ("a-passports-number", "passport_no: X1234567", [("PASSPORT", "X1234567")]),
    ("a-postcode-in-xml", "<kod>20-538</kod><miasto>Lublin</miasto>", [("LOCATION", "20-538"), ("LOCATION", "Lublin")]),
    ("a-street-types-word-as-label", '{"odbiorca": "Anna", "ulica": "Rynek 22"}', [("STREET_ADDRESS", "Rynek 22")]),
    ("a-list-of-people", "Partecipanti: Ferraresi, Ottaviani, Chen Wei, Kaur",
     [("PERSON", "Ferraresi"), ("PERSON", "Ottaviani"), ("PERSON", "Chen Wei"), ("PERSON", "Kaur")]),
    ("a-list-with-a-role-in-brackets", "Katılanlar: Şengül Arıkboğa (Başkan), Kasapyan; Oksana Hrytsenko",
     [("PERSON", "Sengul Arıkboga"), ("PERSON", "Kasapyan"), ("PERSON", "Oksana Hrytsenko")]),
    ("two-labels-in-one", "Town/Postcode: Chhapi, Karnataka 603484", [("LOCATION", "Chhapi, Karnataka 603484")]),
    ("two-labels-joined-by-y", "CP y localidad: Pueblo Nuevo, Antioquia", [("LOCATION", "Pueblo Nuevo, Antioquia")]),
    ("a-postcode-and-a-town-label", "PLZ/Ort: 8702 Zollikon", [("LOCATION", "8702 Zollikon")]),
    ("a-mails-sender", "From: Turner\nSubject: invoice", [("PERSON", "Turner")]),
    ("a-mails-recipients", "An: Holly, Brown\nBetreff: Rechnung", [("PERSON", "Holly"), ("PERSON", "Brown")]),
    ("a-polish-mails-recipient", "Do: Anna Nowak\nTemat: faktura", [("PERSON", "Anna Nowak")]),
    ("a-senders-first-name", "Remetente: Maria", [("PERSON", "Maria")]),
    ("a-person-responsible", "Odpowiedzialny: Fabian", [("PERSON", "Fabian")]),
    ("a-value-of-two-words-before-the-next-field", "Name: x Surname: Anna Berg Status: active", [("PERSON", "Anna Berg")]),
]


@pytest.mark.parametrize(("text", "values"), [c[1:] for c in FIELDS], ids=[c[0] for c in FIELDS])
def test_a_fields_label_names_its_value(text, values):
    assert found(text) == values


VCARD = "BEGIN:VCARD\nVERSION:3.0\nN:Gross;Noemi;;;\nFN:Noemi Gross\nADR;TYPE=home:;;Bahnhofstrasse 12;Zollikon;;8702;Schweiz\nEND:VCARD"


def test_a_vcards_names_street_and_town():
    assert found(VCARD) == [("PERSON", "Gross"), ("PERSON", "Noemi"), ("PERSON", "Noemi Gross"),
                            ("STREET_ADDRESS", "Bahnhofstrasse 12"), ("LOCATION", "Zollikon"), ("LOCATION", "8702")]


NO_VALUES = [
    ("a-placeholder", "Surname: N/A"),
    ("a-schema", '{"first_name": "string", "last_name": "string"}'),
    ("a-typescript-type", "lastName: string;"),
    ("a-dash", "Nachname: —"),
    ("a-required-mark", "Surname: (required)"),
    ("a-products-name", "name: nginx"),
    ("a-via", "Sent via: Post Office"),
    ("a-meetings-place", "Ort: Besprechungsraum 3"),
    ("an-ip-address", "IP address: 10.0.0.1"),
    ("an-e-mail-address", "E-mail address: Anna Berg"),
    ("a-cloud-region", "region: Europe West"),
    ("a-number-is-no-name", "last_name: 42"),
    ("an-address-of-memory", "address: 0x7ffe12ab"),
    ("a-role-not-yet-filled", "Patient: pending assignment"),
    ("a-role-and-a-word", "Assigned to: Support Team"),
    ("a-host-name", "Host: localhost"),
    ("a-protocol-and-a-title", "Use TCP/IP MR"),
    ("a-contact-that-is-a-team", "Contact: Support Team, support@example.org"),
    ("a-name-label-alone", '{"nome": "Piano Famiglia", "prezzo": "14,99"}'),
    ("an-id-label-without-digits", "DNI: pendiente"),
    ("a-long-postcode-value", "zip: 1234567890123"),
    ("a-list-of-teams", "Members: Admin, Support Team"),
    ("a-sender-that-is-a-service", "Absender: Kundenservice"),
    ("a-team-responsible", "Responsable: Equipo de soporte"),
    ("a-flights-destination", "Flight to: Claude"),  # "to" names a mail's recipient only as a line's whole label
    ("a-comparison", "Compare to: Claude"),
    ("a-to-do", "To do: Buy milk"),
    ("a-time-after-de", "De: 10:00 a 14:00"),
    ("a-mail-to-a-group", "An: Alle Mitarbeiter"),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_VALUES], ids=[c[0] for c in NO_VALUES])
def test_what_is_no_value_of_its_label(text):
    assert found(text) == []


@pytest.mark.parametrize(("label", "entity"), [
    ("Nachname", "PERSON"), ("family_name", "PERSON"), ("patientName", "PERSON"), ("customer_last_name", "PERSON"),
    ("Anschrift", "STREET_ADDRESS"), ("delivery address", "STREET_ADDRESS"), ("billing_city", "LOCATION"),
    ("Wohnort", "LOCATION"), ("ip_address", None), ("name", None), ("product_name", None), ("status", None),
])
def test_label_entity(label, entity):
    assert label_entity(label) == entity


@pytest.mark.slow
@pytest.mark.parametrize(("text", "gone"), [
    ("Surname: Gross\nStatus: active", ["Gross"]),
    ('{"apellido": "Pellicer", "ciudad": "Málaga"}', ["Pellicer", "Málaga"]),
    ("<lastName>Price</lastName>", ["Price"]),
    # an abbreviation of a street's or a title's word does not end the segment before its value
    ("Dirección: Cl. 40 # 8-6 Este, Bogotá", ["Cl.", "8-6", "Bogotá"]),
    ("Öğr. Selcen Yılmaz geldi.", ["Öğr", "Selcen", "Yılmaz"]),
    ("Srita. Esmeralda Tijerina llamó.", ["Srita", "Esmeralda", "Tijerina"]),
    # a list's names, and each found again later in the text, though "Ottaviani" is a common word elsewhere
    ("Partecipanti: Ferraresi, Ottaviani, Chen Wei\nFerraresi presenta. Ottaviani segnala ritardi.", ["Ferraresi", "Ottaviani"]),
])
def test_the_filter_removes_a_fields_value(presidio_filter, text, gone):  # noqa: F811
    spec = FilterSpec(entities=("PERSON", "LOCATION", "STREET_ADDRESS"))
    out = presidio_filter.filter(text, spec, "t").text
    assert not [word for word in gone if word in out], out
