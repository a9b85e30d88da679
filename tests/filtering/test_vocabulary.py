"""The word lists that tell ordinary words from names: the shipped common words of the nine
languages (`vocabulary.is_common_word`) and the builder that writes them."""

from __future__ import annotations

import gzip
import sys
import types

import pytest

from guardrail.filtering.lexicon import name_lists
from guardrail.filtering.vocabulary import (
    common_names,
    common_words,
    is_common_word,
    is_compound_of_common_words,
    is_distinctive_name,
    names_an_organisation,
)


def test_the_common_words_are_normalised_single_words() -> None:
    words = common_words()
    assert len(words) > 100_000
    assert all(w == w.lower() and " " not in w and len(w) >= 3 for w in words)


@pytest.mark.parametrize(
    "word",
    ["chambre", "toplantı", "Rechnung", "precio", "ufficio", "klantenservice", "entregar", "klawiatura", "meeting"],
)
def test_ordinary_words_of_the_nine_languages_are_common(word: str) -> None:
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["naziye", "kocabiyik", "dolaberidze", "rose", "kowalski", "agnieszka"])
def test_names_are_not_common_words(word: str) -> None:
    assert not is_common_word(word)


def test_no_listed_name_is_a_common_word() -> None:
    assert not (common_words() & name_lists())


def test_the_common_names_are_listed_names_that_are_frequent_words() -> None:
    names = common_names()
    assert names and names <= name_lists()
    assert not (names & common_words())


def test_the_popular_first_names_are_listed_first_names_and_a_missing_file_holds_them_all(monkeypatch, tmp_path) -> None:
    from guardrail.filtering import vocabulary
    from guardrail.filtering.lexicon import first_names

    names = vocabulary.popular_first_names()
    assert "piotr" in names and "bitte" not in names and names < first_names()
    vocabulary.popular_first_names.cache_clear()
    monkeypatch.setattr(vocabulary, "__file__", str(tmp_path / "vocabulary.py"))  # no data folder there
    try:
        assert vocabulary.popular_first_names() == first_names()  # fail closed: more found, never less
    finally:
        vocabulary.popular_first_names.cache_clear()


@pytest.mark.parametrize(("word", "distinctive"), [
    ("Florinda", True), ("fayssal", True), ("Rose", False), ("paz", False), ("Aaron", False), ("chambre", False),
])
def test_a_distinctive_name_is_listed_and_no_frequent_word(word: str, distinctive: bool) -> None:
    assert is_distinctive_name(word) is distinctive


class _FakeWordfreq:
    """wordfreq's `iter_wordlist` (most frequent first) and `zipf_frequency`, for two languages."""

    LISTS = {"en": [("the", 7.7), ("meeting", 5.0), ("rose", 4.5), ("e-mail", 4.0), ("of", 3.9), ("bee", 2.0)],
             "tr": [("toplantı", 4.2), ("çalışma", 3.5), ("naziye", 2.5)]}

    def iter_wordlist(self, lang: str, wordlist: str = "best"):
        return iter(w for w, _ in self.LISTS.get(lang, []))

    def zipf_frequency(self, word: str, lang: str, wordlist: str = "best") -> float:
        return dict(self.LISTS.get(lang, [])).get(word, 0.0)


def test_the_builder_keeps_frequent_normalised_words_that_are_no_names(tmp_path, monkeypatch) -> None:
    from guardrail.training import lexicon

    fake = _FakeWordfreq()
    monkeypatch.setitem(sys.modules, "wordfreq", types.SimpleNamespace(iter_wordlist=fake.iter_wordlist, zipf_frequency=fake.zipf_frequency))
    words = lexicon.build(min_zipf=3.0)
    # "rose" is a listed name, "e-mail" not only letters, "of" too short, "bee" and "naziye" too rare
    assert words == {"the", "meeting", "toplantı", "calısma"}
    assert lexicon.build_names(min_zipf=3.0) == {"rose"}  # a listed name that is a frequent word
    assert lexicon.write_names(frozenset({"rose", "paz"}), tmp_path).read_text().split() == ["paz", "rose"]
    path = lexicon.write(words, tmp_path)
    first = path.read_bytes()
    assert gzip.decompress(first).decode().split() == sorted(words)
    assert lexicon.write(words, tmp_path).read_bytes() == first  # a rebuild is byte-identical


@pytest.mark.parametrize(("value", "organisation"), [
    ("Studio Nord", True), ("Northwind Studios", True), ("Orquesta Sinfonica", True), ("Filmakademie", True),
    ("Kamerorkest", True), ("Oda Orkestrası", True), ("Estudio Norte", True),
    ("Asamblea General Ordinaria", True), ("Biblioteca Comunale", True), ("Milli Egitim Bakanligi", True),
    ("Bundesagentur", True), ("Ouderraad", True), ("Narodowy Fundusz Zdrowia", True),
    ("Jan Kowalski", False), ("Anna Bandini", False), ("Theodor Storm", False),
])
def test_a_word_of_an_organisation_makes_a_phrase_one(value, organisation):
    assert names_an_organisation(value) is organisation


@pytest.mark.parametrize(("word", "compound"), [
    ("Spielbericht", True), ("Wedstrijdverslag", True), ("Arbeitsvertrag", True),
    ("Rosenberg", False), ("Kowalczyk", False), ("Wojciechowski", False), ("Regie", False),
])
def test_a_compound_of_two_common_words(word, compound):
    assert is_compound_of_common_words(word) is compound


# -- English words that WordNet knows only as proper nouns -------------------------------------

@pytest.mark.parametrize(
    ("word", "proper_noun_only"),
    [
        ("Kelly", True),  # a listed first name; WordNet: Gene Kelly, Grace Kelly
        ("Armstrong", True),
        ("CARUSO", True),
        ("Monterrey", True),  # a listed town
        ("lena", True),
        ("Baker", False),  # a common noun too
        ("Rose", False),
        ("Marc", False),  # "marc": the grape's pressed skins
        ("Monday", False),  # a proper noun only, and no listed name or town
        ("Naziye", False),  # a listed name, and no English word at all
    ],
)
def test_english_only_as_a_proper_noun(word: str, proper_noun_only: bool) -> None:
    from guardrail.filtering.vocabulary import english_only_as_a_proper_noun

    assert english_only_as_a_proper_noun(word) is proper_noun_only


def test_the_shipped_proper_nouns_are_lower_case_words_of_wordnet_index() -> None:
    from guardrail.filtering.vocabulary import english_proper_nouns, is_english_base_word

    words = english_proper_nouns()
    assert len(words) > 10_000
    assert all(w == w.lower() and w.isalpha() for w in words)
    assert sum(map(is_english_base_word, words)) > 0.9 * len(words)  # the same WordNet as spaCy's index


def test_the_proper_noun_builder_keeps_lemmas_written_capitalised_in_every_synset(tmp_path) -> None:
    from guardrail.training.proper_nouns import FILE, build, main

    licence = "  1 This software and database is being provided to you\n"
    (tmp_path / "data.noun").write_text(
        licence
        + "09000001 15 n 02 Kelly 0 Gene_Kelly 0 000 | an American dancer\n"
        + "09000002 05 n 01 baker 0 000 | someone who bakes\n"
        + "09000003 15 n 01 Baker 0 000 | an American singer\n"
        + "09000004 15 n 01 Palermo 0 000 | a city of Sicily\n"
        + "09000005 15 n 01 rose 0 000 | a flower\n",
        encoding="latin-1",
    )
    (tmp_path / "data.adj").write_text(
        licence + "00000001 00 a 02 Rose(a) 0 fabian(p) 0 000 | ...\n", encoding="latin-1"
    )
    (tmp_path / "data.verb").write_text(licence, encoding="latin-1")
    (tmp_path / "data.adv").write_text(licence, encoding="latin-1")
    assert build(tmp_path) == frozenset({"kelly", "palermo"})  # "baker" and "rose" are lower case once
    main(["--wordnet", str(tmp_path), "--out", str(tmp_path / "out")])
    with gzip.open(tmp_path / "out" / FILE, "rt", encoding="utf-8") as lines:
        assert lines.read().split() == ["kelly", "palermo"]
