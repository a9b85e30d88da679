"""Values under a table's labelled columns (`tables.py`), alone and through the filter."""

from __future__ import annotations

import re

import pytest
from filter_fixtures import RegexAnalyzer

from guardrail.filtering import OutputFilter, pump
from guardrail.filtering.base import Finding
from guardrail.filtering.normalize import normalize
from guardrail.filtering.tables import TableColumns
from guardrail.policy import FilterSpec

WANTED = frozenset({"PERSON", "LOCATION", "STREET_ADDRESS", "PHONE_NUMBER"})


def read(text: str, entities: frozenset[str] = WANTED) -> list[tuple[str, str]]:
    """(entity, value) of every cell `TableColumns` reports, reading `text` line by line."""
    table = TableColumns(entities=entities)
    out = []
    for line in normalize(text).text.split("\n"):
        out += [(f.entity_type, line[f.start:f.end]) for f in table.read(line).values]
    return out


TABLES = [
    ("semicolons", "nom;prénom;adresse;code postal et ville\nVilla;Zidane;117 allée Léger;74765 Annecy",
     [("PERSON", "Villa"), ("PERSON", "Zidane"), ("STREET_ADDRESS", "117 allee Leger"), ("LOCATION", "74765 Annecy")]),
    ("csv-with-a-comma-in-a-cell", "order_id,recipient,address_1,city_zip\n88213,Afoke Fagge,Plot 191, Ganiyat Crescent,Bara 337658",
     [("PERSON", "Afoke Fagge"), ("STREET_ADDRESS", "Plot 191, Ganiyat Crescent"), ("LOCATION", "Bara 337658")]),
    ("markdown", "| Name | E-mail |\n|---|---|\n| Anna Berg | anna@example.org |", [("PERSON", "Anna Berg")]),
    ("tabs", "Vorname\tNachname\tOrt\nJonas\tBerg\tKiel", [("PERSON", "Jonas"), ("PERSON", "Berg"), ("LOCATION", "Kiel")]),
    ("rows-until-the-table-ends", "first_name,plan\nAnna,Pro\n\nAsk Support for help.\nBerta,Basic", [("PERSON", "Anna")]),
    ("a-price-list", "| Name | Price |\n|---|---|\n| Spring Boot | 5 EUR |", []),
    ("a-table-of-cities", "City,Population\nLagos,15000000", []),
    ("a-customer-kind", "Kunde;Status;Betrag\nFirmenkunde;bezahlt;120,00 EUR", []),
    ("a-number-is-no-name", "first_name,last_name\n42,7", []),
    ("a-row-of-another-width", "first_name,last_name\nAnna,Berg,extra", []),
    ("first-and-last-together", "id,first,last,town\n17,Gaspard,Lemoinet,Vannes",
     [("PERSON", "Gaspard"), ("PERSON", "Lemoinet"), ("LOCATION", "Vannes")]),
    ("given-and-family-together", "given;family\nIlse;Brandtner", [("PERSON", "Ilse"), ("PERSON", "Brandtner")]),
    ("first-and-last-of-a-metric", "metric,first,last\nlatency,12,19", []),
    ("first-alone", "step,first\nbuild,Kiel", []),
    ("a-zip-column", "first_name,last_name,city,zip\nMaria,Delgado,Hartford,06105",
     [("PERSON", "Maria"), ("PERSON", "Delgado"), ("LOCATION", "Hartford"), ("LOCATION", "06105")]),
    ("a-plz-column", "vorname;nachname;plz\nJürgen;Hoffmann;99084", [("PERSON", "Jurgen"), ("PERSON", "Hoffmann"), ("LOCATION", "99084")]),
    ("a-municipality-column", "Naam;Voornaam;GSM;Gemeente\nMaes;Lotte;0472 18 44 09;Mechelen",
     [("PERSON", "Maes"), ("PERSON", "Lotte"), ("PHONE_NUMBER", "0472 18 44 09"), ("LOCATION", "Mechelen")]),
    ("a-district-column", "codigo,nombres,apellidos,distrito\nA-103,Kenji,Takahashi Rojas,Miraflores",
     [("PERSON", "Kenji"), ("PERSON", "Takahashi Rojas"), ("LOCATION", "Miraflores")]),
    ("a-phone-column", "codigo,nombres,distrito,celular\nA-101,Wendy,Miraflores,945 112 308",
     [("PERSON", "Wendy"), ("LOCATION", "Miraflores"), ("PHONE_NUMBER", "945 112 308")]),
    ("a-phone-column-without-a-number", "product,qty,tel\nWidget,3,n/a", []),
    ("a-zip-in-a-table-of-things", "sku,product,qty,zip\nA1,Widget,3,12345", []),
    # a name beside a town: a cell under "name" counts only when it reads as a person's name
    ("a-name-beside-a-town", "id,name,city\n17,Finn de Graaf,Warnsveld\n18,Donna Guarana,Paderno Dugnano",
     [("PERSON", "Finn de Graaf"), ("LOCATION", "Warnsveld"), ("PERSON", "Donna Guarana"), ("LOCATION", "Paderno Dugnano")]),
    ("a-shop-beside-a-town", "name,city,rating\nBlue Bottle Coffee,Oakland,4.5", [("LOCATION", "Oakland")]),
    ("a-lower-case-thing-beside-a-town", "name;city\nthe main office;Geneva", [("LOCATION", "Geneva")]),
    ("a-name-beside-a-town-in-a-table-of-things", "name,city,price\nFinn de Graaf,Warnsveld,12", []),
]


@pytest.mark.parametrize(("text", "values"), [c[1:] for c in TABLES], ids=[c[0] for c in TABLES])
def test_the_cells_under_labelled_columns_are_values(text, values):
    assert read(text) == values


def things(text: str) -> list[str]:
    """The thing cells `TableColumns` reports, reading `text` line by line."""
    table = TableColumns(entities=WANTED)
    out = []
    for line in normalize(text).text.split("\n"):
        out += [line[s:e] for s, e in table.read(line).things]
    return out


IDS = frozenset({"PERSON", "PASSPORT", "NATIONAL_ID"})
ID_TABLES = [
    ("csv-passport-column", "name,nationality,passport_no\nTom Berg,NL,NXC3R4LL2",
     [("PERSON", "Tom Berg"), ("PASSPORT", "NXC3R4LL2")]),
    ("markdown-passport-and-pesel", "| Guest | Passport | PESEL |\n|---|---|---|\n| Anna Nowak | EA1234567 | 44051401359 |",
     [("PERSON", "Anna Nowak"), ("PASSPORT", "EA1234567"), ("NATIONAL_ID", "44051401359")]),
    ("turkish-id-column-makes-a-table-of-people", "ad;tc kimlik no\nAyse Kaya;10000000146",
     [("PERSON", "Ayse Kaya"), ("NATIONAL_ID", "10000000146")]),
    ("a-german-number-with-one-digit", "name;reisepass\nJan Meier;MF3YPMPZ2", [("PERSON", "Jan Meier"), ("PASSPORT", "MF3YPMPZ2")]),
    ("a-cell-without-digits", "guest;passport\nAnna Nowak;pending", [("PERSON", "Anna Nowak")]),
    ("a-cell-too-long-for-a-number", "guest;passport\nAnna Nowak;see the scan sent on 12 March 2024 by e-mail",
     [("PERSON", "Anna Nowak")]),
]


@pytest.mark.parametrize(("text", "values"), [c[1:] for c in ID_TABLES], ids=[c[0] for c in ID_TABLES])
def test_the_cells_under_a_passport_or_national_id_column_are_values(text, values):
    assert read(text, IDS) == values


def test_id_columns_are_reported_only_when_the_route_wants_them():
    assert read("name,passport_no\nTom Berg,NXC3R4LL2", frozenset({"PERSON"})) == [("PERSON", "Tom Berg")]


THINGS = [
    ("a-price-list", "nom;quantité;prix\nSouris sans fil;5;24,50", ["Souris sans fil", "5", "24,50"]),
    ("an-order", "urun;adet;fiyat\nKlavye;3;450 TL", ["Klavye", "3", "450 TL"]),
    ("a-plan-is-no-thing-column", "| Plan | Price |\n| Durukan | 36 EUR |", ["36 EUR"]),
    ("a-table-of-people-is-none", "nom;prénom;prix\nVilla;Zidane;20", []),
    ("a-table-of-nothing-sold", "Status;Owner\nopen;Anna", []),
    ("a-table-of-software", "name,version,licence\nSpring Boot,3.2,Apache", ["Spring Boot", "3.2", "Apache"]),
]


@pytest.mark.parametrize(("text", "cells"), [c[1:] for c in THINGS], ids=[c[0] for c in THINGS])
def test_a_table_of_things_marks_its_cells(text, cells):
    assert things(text) == cells


def test_a_name_found_in_a_things_cell_is_dropped_but_no_other_value():
    table = TableColumns(entities=WANTED)
    table.read("nom;quantité;prix;contact")  # "contact" makes it a table of people: nothing is a thing
    assert table.read("Souris;5;24,50;ana@example.org").things == ()
    table = TableColumns(entities=WANTED)
    table.read("nom;quantité;prix")
    row = table.read("Souris sans fil;5;24,50")
    found = [Finding("PERSON", 0, 6, 0.6, "m"), Finding("CREDIT_CARD", 16, 21, 0.9, "c"), Finding("LOCATION", 2, 30, 0.6, "m")]
    assert row.sift(found) == found[1:]  # a card stays; a span beyond the cell stays


def test_only_the_wanted_entities_are_reported():
    text = "first_name;city;street\nAnna;Kiel;Hafenstraße 5"
    assert read(text, frozenset({"LOCATION"})) == [("LOCATION", "Kiel")]


def _whole_text_streamed_alike(output_filter: OutputFilter, spec: FilterSpec, text: str) -> str:
    """The filtered whole text, after asserting that the text streamed in 3-character pieces gives the same."""
    whole = output_filter.filter(text, spec, "t").text
    pieces = [text[i:i + 3] for i in range(0, len(text), 3)]
    assert "".join(pump(output_filter.stream(spec, "t"), pieces)) == whole
    return whole


def test_the_filter_removes_a_tables_values_and_a_stream_equals_the_whole_text():
    spec = FilterSpec(entities=("PERSON", "LOCATION", "STREET_ADDRESS"))
    text = "Here is the export:\nnom;prénom;ville\nZidane;Villa;Annecy\nAkila;Jay;Nanterre\nThat is all.\n"
    output_filter = OutputFilter(analyzer=RegexAnalyzer(), max_segment=32, lookahead=8)
    whole = _whole_text_streamed_alike(output_filter, spec, text)
    assert whole == "Here is the export:\nnom;prénom;ville\n<PERSON>;<PERSON>;<LOCATION>\n<PERSON>;<PERSON>;<LOCATION>\nThat is all.\n"


HEADERS = [  # a Markdown table's first row: which cells are labels, where a name or a place found is none
    ("german-labels", "| Kunde | Adresse | Telefon |", ["Kunde", "Adresse", "Telefon"]),
    ("spanish-labels", "| Nombre | Ciudad | Nacionalidad |", ["Nombre", "Ciudad", "Nacionalidad"]),
    ("a-name-in-a-key-value-header", "| Surname | Smith |", ["Surname"]),
    ("a-town-in-a-key-value-header", "| City | Lyon |", ["City"]),
    ("not-markdown", "Kunde;Adresse;Telefon", []),
]


@pytest.mark.parametrize(("line", "labels"), [c[1:] for c in HEADERS], ids=[c[0] for c in HEADERS])
def test_a_markdown_tables_header_cells_are_labels(line, labels):
    norm = normalize(line).text
    assert [norm[s:e] for s, e in TableColumns(entities=WANTED).read(norm).things] == labels


class _ModelLike:
    """Finds the words a learned model might take for a name or a place, header cells too."""

    def warmup(self) -> None:
        pass

    def analyze(self, texts: list[str], spec: FilterSpec) -> list[list[Finding]]:
        patterns = {"LOCATION": r"Nacionalidad|Sevilla", "PERSON": r"Ana Ruiz"}
        return [[Finding(entity, m.start(), m.end(), 0.9, "model") for entity, pattern in patterns.items()
                 for m in re.finditer(pattern, text)] for text in texts]


def test_the_filter_leaves_a_markdown_headers_labels_and_a_stream_equals_the_whole_text():
    spec = FilterSpec(entities=("PERSON", "LOCATION"))
    text = "| Nombre | Ciudad | Nacionalidad |\n|---|---|---|\n| Ana Ruiz | Sevilla | Nacionalidad |\n"
    output_filter = OutputFilter(analyzer=_ModelLike(), max_segment=64, lookahead=8)
    whole = _whole_text_streamed_alike(output_filter, spec, text)
    assert whole == "| Nombre | Ciudad | Nacionalidad |\n|---|---|---|\n| <PERSON> | <LOCATION> | <LOCATION> |\n"
