"""Neighbourhoods, districts and villages named by their frame word (`guardrail/filtering/districts.py`)."""

from __future__ import annotations

import pytest
from filter_fixtures import presidio_filter  # noqa: F401 (fixture)

from guardrail.filtering.districts import find_districts
from guardrail.filtering.normalize import normalize
from guardrail.policy import FilterSpec


def found(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[s.start:s.end] for s in find_districts(norm)]


FOUND = [
    ("a Brazilian bairro spelt like a word", "morador do bairro Triângulo, em Juazeiro do Norte", "Triangulo"),
    ("a bairro of two words", "Retirar no bairro Boa Viagem, Recife.", "Boa Viagem"),
    ("a French quartier", "Les heureux parents habitent Anglet, quartier Chiberta.", "Chiberta"),
    ("an Italian quartiere spelt like a word", "nella notte nel quartiere Marina.\nRiferisce", "Marina"),
    ("a German Ortsteil", "Die 78-Jährige aus dem Ortsteil Auersmacher hatte", "Auersmacher"),
    ("a barrio after 'de', with its numeral", "vive en el barrio de Sector III y vino", "Sector III"),
    ("a sector no word list knows", "Vecinos del sector Los Pellines denunciaron", "Los Pellines"),
    ("a Peruvian urbanización with its word", "Calle Los Pinos 156, Urb. Santa Mónica, Arequipa", "Urb. Santa Monica"),
    ("a Polish osiedle with its word", "Osiedle Tysiąclecia w Zawierciu", "Osiedle Tysiaclecia"),
    ("an abbreviated osiedle", "IV piętro, os. Tysiąclecia, Katowice", "Tysiaclecia"),
    ("a field's label", "comuna: Providencia\n", "Providencia"),
    ("a JSON key", '"barrio": "Chicó Norte", "celular"', "Chico Norte"),
    ("a YAML key", "quartiere: Molino Nuovo\n", "Molino Nuovo"),
    ("a Dutch branch", "Medewerker: Kevin – vestiging Apeldoorn\n", "Apeldoorn"),
    ("a Turkish village before köyü", "Kızılcadere köyünde yaşayan", "Kızılcadere"),
    ("a Turkish region before bölge", "Satış Temsilcisi, Kayseri bölge ofisi", "Kayseri"),
    ("a Turkish province before genelinde", "Antalya genelinde düzenlenen yarışma", "Antalya"),
    ("a town and district before şubesi", "Ankara Kızılay şubesinde berbat bir deneyim", "Ankara Kızılay"),
    ("a district before its listed province", "Uzun Sokak, Ortahisar/Trabzon\nKarşı araç", "Ortahisar/Trabzon"),
    ("a listed district before its province", "gönderiniz bugün Menemen/İzmir dağıtım şubesinden", "Menemen/Izmir"),
    ("a place before its residents", "Kayapınar sakinlerinden Doga Okçu hayatını kaybetti.", "Kayapınar"),
    ("a council's town", "la Municipalidad de Puente Alto reparará los focos", "Puente Alto"),
    ("a Turkish council's town", "Kadıköy Belediyesi duyurdu", "Kadıkoy"),
    ("a city field in JSON", '"direccion": "Cra. 15", "ciudad": "Bogotá D.C.", "barrio"', "Bogota D.C"),
    ("a province field in YAML", "    province: Ontario\n  owner: P. Dhillon", "Ontario"),
    ("an Irish county", "Knock Road, Ballyhaunis, Co. Mayo\nPeacefully", "Co. Mayo"),
    ("an Irish county in capitals", "CHERRYVILLE, CO. GALWAY\n", "CO. GALWAY"),
]


@pytest.mark.parametrize(("case", "text", "place"), FOUND, ids=[c[0] for c in FOUND])
def test_a_place_named_by_its_frame_word_is_found(case, text, place) -> None:
    assert found(text) == [place]


NOT_FOUND = [
    ("a sector that is a common word", "el sector Público y el sector Privado"),
    ("a neighbourhood watch", "Neighbourhood Watch meeting on Friday"),
    ("lower case", "llego como en 20 a la colonia del valle"),
    ("a frame word with nothing capitalised after it", "the quartier was quiet, the bairro too"),
    ("a Turkish frame word after a lower-case word", "bu köyün en güzel evi"),
    ("a pair of words no town list knows", "Choose Input/Output in the menu."),
    ("a pair of short words", "Ja/Nein"),
    ("a meeting's place field", "Ort: Raum 3, zweiter Stock"),
    ("a company after Co", "Smith & Co. Ltd"),
    ("a field with nothing capitalised", "city: n/a"),
]


@pytest.mark.parametrize(("case", "text"), NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_no_place_without_a_frame_and_a_name(case, text) -> None:
    assert found(text) == []


@pytest.mark.slow
def test_the_filter_removes_a_district(presidio_filter) -> None:  # noqa: F811
    result = presidio_filter.filter("Ela mora no bairro Triângulo desde 2019.", FilterSpec(entities=("LOCATION",)), "t")
    assert "Triângulo" not in result.text
    assert any(f.entity_type == "LOCATION" and f.recognizer == "DistrictRecognizer" for f in result.findings)
