"""The name lists: data files read on first use, and the builder that writes them."""

from __future__ import annotations

import sys
import types

import pytest

from guardrail.filtering import gazetteer


def test_english_towns_are_towns_of_english_words_one_per_line() -> None:
    from guardrail.filtering.vocabulary import is_english_word

    towns = gazetteer.ENGLISH_TOWNS
    assert {"beaumont", "east hampton"} <= towns and "kowalski" not in towns
    assert all(t == t.lower() and t.strip() == t and all(is_english_word(w) for w in t.replace("-", " ").split()) for t in towns)


def test_the_english_towns_builder_keeps_towns_of_english_words_only(monkeypatch) -> None:
    from guardrail.training import gazetteer as builder
    from guardrail.training.ner import sources

    monkeypatch.setattr(sources, "towns", lambda: (("Beaumont", "US"), ("Bécancour", "CA"), ("East  Hampton", "US"), ("Świdnica", "PL")))
    assert builder.english_towns() == {"beaumont", "east hampton"}


@pytest.mark.parametrize("name", ["FIRST_NAMES", "SURNAMES", "ENGLISH_WORDS"])
def test_each_list_is_a_frozenset_of_normalised_words(name: str) -> None:
    words = getattr(gazetteer, name)
    assert isinstance(words, frozenset) and len(words) > (100 if name == "ENGLISH_WORDS" else 10_000)
    assert all(w == w.lower() and w.strip() == w and " " not in w for w in words)  # lower() keeps "weiß"


@pytest.mark.parametrize(("name", "word"), [("FIRST_NAMES", "agnieszka"), ("SURNAMES", "kowalski"), ("ENGLISH_WORDS", "rose")])
def test_known_words_are_listed(name: str, word: str) -> None:
    assert word in getattr(gazetteer, name)


def test_english_words_are_names_too() -> None:
    assert gazetteer.ENGLISH_WORDS <= gazetteer.FIRST_NAMES | gazetteer.SURNAMES


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NICKNAMES"):
        gazetteer.NICKNAMES  # noqa: B018


class _FakeDataset:
    """names-dataset's `get_top_names` answer shape, for two countries of `COUNTRIES`."""

    TOP = {
        "PL": {"M": ["Łukasz", "Jan"], "F": ["Agnieszka", "Zoë"]},
        "GR": {"M": ["Γιώργος", "Nikos"], "F": ["Maria"]},
    }
    LAST = {"PL": ["Kowalski", "Rose", "Mary Ann"], "GR": ["Papadopoulos", "The"]}

    GENDER = {"Jan": {"M": 1.0}, "Zoë": {"F": 0.97}, "Nikos": {"M": 0.6, "F": 0.4}}  # the rest: one sex only

    def search(self, name: str):
        return {"first_name": {"gender": self.GENDER.get(name, {"M": 0.99})}}

    def get_top_names(self, n: int, country_alpha2: str, use_first_names: bool = True):
        table = self.TOP if use_first_names else self.LAST
        return {country_alpha2: table[country_alpha2]} if country_alpha2 in table else {}


def test_the_builder_normalises_filters_and_writes_sorted_lists(tmp_path, monkeypatch) -> None:
    from guardrail.training import gazetteer as builder

    monkeypatch.setitem(sys.modules, "names_dataset", types.SimpleNamespace(NameDataset=_FakeDataset))
    lists = builder.build(per_country=5)
    assert lists["first_names"] == {"łukasz", "jan", "agnieszka", "zoe", "nikos", "maria"}  # Greek script left out
    assert lists["surnames"] == {"kowalski", "rose", "papadopoulos"}  # "Mary Ann" is two words, "the" a stop word
    from guardrail.filtering.vocabulary import is_english_base_word

    assert "rose" in lists["english_words"] and "kowalski" not in lists["english_words"]
    assert lists["english_words"] == {w for w in lists["first_names"] | lists["surnames"] if is_english_base_word(w)}
    # popular first names: given to one sex at least 90 % of the time ("Nikos" is not, here)
    assert lists["popular_first_names"] == {"łukasz", "jan", "agnieszka", "zoe", "maria"}
    given = [["Łukasz", "Jan"], ["Agnieszka", "Zoë"]]
    assert builder.popular_first_names(_FakeDataset(), given, rank=1) == {"łukasz", "agnieszka"}  # the first of each
    builder.write(lists, tmp_path)
    places = builder.big_places()  # no big place's name is a popular first name: a sentence it opens may be about the place
    assert {"florence", "sofia", "georgia"} <= places and "sandra" not in places
    assert (tmp_path / "surnames.txt").read_text().split() == ["kowalski", "papadopoulos", "rose"]
