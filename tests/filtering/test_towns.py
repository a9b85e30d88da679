"""The town recognizer (`guardrail/filtering/towns.py`): the shipped list, its rules, its builder, the filter."""

from __future__ import annotations

import gzip
import sys
import types

import pytest
from filter_fixtures import presidio_filter  # noqa: F401 (fixture)

from guardrail.filtering import towns as town_module
from guardrail.filtering.normalize import normalize
from guardrail.filtering.towns import find_towns, towns
from guardrail.policy import FilterSpec


def found(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[s.start:s.end] for s in find_towns(norm)]


@pytest.mark.parametrize(("key", "frequency"), [("therwil", None), ("durbuy", None), ("leoben", 3), ("ville", 5), ("borgo val di taro", 3)])
def test_the_shipped_list_knows_towns_and_how_often_they_are_words(key, frequency) -> None:
    assert key in towns() and towns()[key] == frequency


def test_the_shipped_list_holds_normalised_names_and_no_stop_word() -> None:
    listed = towns()
    assert len(listed) > 100_000
    assert all(k == k.lower() and k.strip() == k and "  " not in k and "-" not in k for k in listed)
    assert not {"para", "with", "und", "dans"} & set(listed)


FOUND = [
    ("a capitalised town no word list knows", "The workshop is in Therwil, two stops further.", "Therwil"),
    ("one alone, with no place word", "Durbuy was quiet all weekend.", "Durbuy"),
    ("a town with small words inside", "Wir fahren nach Erlenbach am Main.", "Erlenbach am Main"),
    ("three words or more", "Borgo Val di Taro ha un nuovo sindaco.", "Borgo Val di Taro"),
    ("a hyphenated one", "Je pars à Porto-Vecchio demain.", "Porto-Vecchio"),
    ("lower case after a place word", "bin noch in leoben beim zahnarzt", "leoben"),
    ("lower case after a Portuguese one", "chego em jundiaí às 20h", "jundiai"),
    ("a frequent word capitalised after a place word", "Wir treffen uns in Leoben am Bahnhof.", "Leoben"),
    ("a Turkish case ending", "Gaziantep'teki atölyemiz kapalı.", "Gaziantep"),
    ("a Turkish case ending in lower case", "yarın ayvacık'tan çıkıyoruz", "ayvacık"),
    ("a news item's dateline", "STAPHORST – Bij een brand in een schuur is niemand gewond.", "STAPHORST"),
    ("a dateline with its agency", "BOZÜYÜK (İHA) – Köyde yaşayan çift ödüllendirildi.", "BOZUYUK"),
    ("a Polish locative", "Mieszkam w Pruszkowie od roku.", "Pruszkowie"),
    ("a Polish locative of a town in -ta", "pracuję na Ochocie", "Ochocie"),
    ("a Polish instrumental", "rodzice są pod Kartuzami", "Kartuzami"),
    ("a Polish genitive", "Dzwonię z Wałcza.", "Wałcza"),
    ("a Polish locative in lower case", "byłam w trzciance u babci", "trzciance"),
    ("a letter's place and date", "Kraków, 4 marca 2024 r.", "Krakow"),
    ("a letter's place and French date", "Anderlecht, le 3 mars 2024", "Anderlecht"),
    ("a dateline in title case", "Aalst – Een 67-jarige man viel van een ladder.", "Aalst"),
    ("a Turkish case ending with no apostrophe", "beni gelsenkirchenden alir misin", "gelsenkirchenden"),
    ("a town WordNet knows as a noun only, after vers", "Il souhaite une mutation vers Namur.", "Namur"),
    ("after a region's word", "Goede fysio in de regio Eindhoven?", "Eindhoven"),
    ("a town WordNet knows after 'de'", "née à la maternité de Bayonne, qui fait la joie", "Bayonne"),
    ("a frequent word after 'de' after a verb of origin", "Soy de Girona, pero trabajo fuera.", "Girona"),
    ("a frequent word after a third person's verb of origin", "Es de Tarragona y vive aquí.", "Tarragona"),
    ("a Polish locative of a town in -o", "Pracuję w Piasecznie od maja.", "Piasecznie"),
    ("a letter's place and Spanish date", "Guadalajara, a 15 de abril de 2024", "Guadalajara"),
    ("a booking's heading after its dash", "Hotel Le Beffroi – Bruges\nClient : DE SMET", "Bruges"),
    ("an ad's heading before a bracket", "À LOUER – Liège (Outremeuse) : studio meublé", "Liege"),
    ("an ad's heading before a comma", "Appartement à louer – Casablanca, quartier Maârif", "Casablanca"),
    ("a resident named by the town", "HALIFAX — A Dartmouth woman is being credited", "Dartmouth"),
    ("a Dutch birth place", "geboren te Lier op 2 juli 1935", "Lier"),
    ("a Dutch place of death", "en overleden te Duffel op 11 maart", "Duffel"),
    ("a review signed with its town", "Recomendo demais!!\n— Patrícia M., Campinas", "Campinas"),
    ("a review's signature with its state", "Great service.\n– Brenda K., Hoffman Estates, IL", "Hoffman Estates"),
]


@pytest.mark.parametrize(("case", "text", "town"), FOUND, ids=[c[0] for c in FOUND])
def test_a_listed_town_that_reads_as_a_place_is_found(case, text, town) -> None:
    assert town in found(text)


NOT_FOUND = [
    ("a greeting spelt like a town", "Hola, ¿qué tal el lunes?"),
    ("a frequent word capitalised alone", "The Salon opens at nine."),
    ("a title's words", "The board has three columns: To Do, In Progress and Done."),
    ("an English word after a place word", "Please answer in English."),
    ("a frequent word after 'of'", "Marque a vacina no Centro de Saúde pela app."),
    ("very frequent words after a place word", "es perfecto para leer en la playa"),
    ("a frequent word in lower case with no place word", "we sent the list by post"),
    ("an acronym", "ACME ships the parts."),
    ("a product's camel case", "The tests run on CUnit."),
    ("a capitalised heading that opens no dateline", "STAPHORST\nThe minutes follow."),
    ("Polish words after prepositions", "byłam w pracy i w domu, potem na stole"),
    ("a frequent town mid-line before a date", "We met in the Kraków office, 4 March 2024."),
    ("a very frequent town's dateline", "Paris – Roubaix is a race."),
    ("English words that end like a Turkish case", "the golden garden was hidden"),
    ("a frequent English noun after a place word", "She studied at University and works in London."),
    ("a fixture with its score", "Eintracht – Union 0:3"),
    ("a dash with no words before it on the line", "– Bruges\nThe minutes follow."),
    ("a very frequent town before a resident's word", "A London man was arrested."),
    ("a quote's source, with no initial", "— Carlos Gomes, Mobile"),
]


@pytest.mark.parametrize(("case", "text"), NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_a_word_spelt_like_a_town_is_left(case, text) -> None:
    assert found(text) == []


def test_the_longest_listed_name_wins() -> None:
    assert found("Er wohnt jetzt in Bruck an der Mur.") == ["Bruck an der Mur"]


def test_without_the_data_file_nothing_is_found(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(town_module, "DATA", tmp_path / "missing.txt.gz")
    town_module.towns.cache_clear()
    town_module._prefixes.cache_clear()
    try:
        assert town_module.find_towns("The workshop is in Therwil.") == ()
    finally:
        town_module.towns.cache_clear()
        town_module._prefixes.cache_clear()


def test_the_builder_writes_what_the_recognizer_reads(monkeypatch, tmp_path) -> None:
    from guardrail.training import gazetteer as builder
    from guardrail.training.ner import sources

    places = (("Therwil", "CH"), ("Porto-Vecchio", "FR"), ("Ville", "FR"), ("Bad", "AT"), ("Para", "BR"), ("Ünye", "TR"))
    monkeypatch.setattr(sources, "towns", lambda min_population=15_000: places)
    frequencies = {"porto vecchio": 4.2, "ville": 5.7, "para": 6.5, "unye": 2.1}
    monkeypatch.setitem(sys.modules, "wordfreq", types.SimpleNamespace(zipf_frequency=lambda word, lang: frequencies.get(word, 0.0)))
    listed = builder.towns()
    # "Bad" is too short to tell, "Para" a stop word; "Ünye" is looked up as the filter reads it
    assert listed == {"therwil": None, "porto vecchio": 4, "ville": 5, "unye": None}
    path = builder.write_towns(listed, tmp_path)
    assert gzip.open(path, "rt", encoding="utf-8").read().splitlines() == ["porto vecchio\t4", "therwil", "unye", "ville\t5"]
    assert path.read_bytes() == builder.write_towns(listed, tmp_path / "again").read_bytes()  # byte-identical rebuild
    monkeypatch.setattr(town_module, "DATA", path)
    town_module.towns.cache_clear()
    try:
        assert town_module.towns() == listed
    finally:
        town_module.towns.cache_clear()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "town"), [("Ich arbeite seit Mai in Therwil.", "Therwil"), ("Restorasyon Göynük'te bitti.", "Göynük")])
def test_the_filter_removes_a_town_only_the_list_knows(presidio_filter, text, town) -> None:  # noqa: F811
    result = presidio_filter.filter(text, FilterSpec(entities=("LOCATION",)), "t")
    assert town not in result.text
    assert any(f.entity_type == "LOCATION" and f.recognizer == "TownRecognizer" for f in result.findings)
