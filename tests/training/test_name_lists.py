"""The name lists' build (`guardrail.training.gazetteer.build`): the frequent names of each
country, and the rarer ones after them only when they are no frequent word."""

from __future__ import annotations

import sys
import types

import pytest

from guardrail.training import gazetteer

# Each country's names, most frequent first: the first two of each kind are the frequent tier.
GIVEN = ["Anna", "Jonas", "Leander", "Classe", "Jenkins", "Zbiggy"]
SURNAMES = ["Berg", "Kowalski", "Hartung", "Portal", "Julia", "Sakarya"]
RARE = {"leander", "hartung", "zbiggy"}  # what wordfreq would call rare


class _FakeNames:
    def get_top_names(self, n, country_alpha2, use_first_names=True):
        if use_first_names:
            return {country_alpha2: {"M": GIVEN[:n], "F": []}}
        return {country_alpha2: SURNAMES[:n]}

    def search(self, name):  # every name given to one sex
        return {"first_name": {"gender": {"M": 1.0}}}


@pytest.fixture
def built(monkeypatch):
    monkeypatch.setitem(sys.modules, "names_dataset", types.SimpleNamespace(NameDataset=_FakeNames))
    monkeypatch.setattr(gazetteer, "_rare_word", lambda word: word in RARE)
    return gazetteer.build(per_country=2, wider=5)


@pytest.mark.parametrize(("word", "kind", "listed"), [
    ("anna", "first_names", True),  # frequent tier, whatever wordfreq says
    ("kowalski", "surnames", True),
    ("leander", "first_names", True),  # wider tier, rare
    ("hartung", "surnames", True),
    ("classe", "first_names", False),  # wider tier, a frequent word
    ("portal", "surnames", False),
    ("jenkins", "first_names", False),  # software's name, left out
    ("julia", "surnames", False),
    ("zbiggy", "first_names", False),  # beyond `wider`
    ("sakarya", "surnames", False),
])
def test_the_wider_tier_takes_only_rare_names(built, word, kind, listed):
    assert (word in built[kind]) is listed


def test_no_wider_tier_when_it_is_not_wider(monkeypatch):
    monkeypatch.setitem(sys.modules, "names_dataset", types.SimpleNamespace(NameDataset=_FakeNames))
    monkeypatch.setattr(gazetteer, "_rare_word", lambda word: True)
    lists = gazetteer.build(per_country=2, wider=2)
    assert lists["first_names"] == {"anna", "jonas"} and lists["surnames"] == {"berg", "kowalski"}
