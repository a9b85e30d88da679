"""Whether a word is an ordinary English word (WordNet's index as spaCy's English model ships
it), or a common word of any of the nine languages the filter reads (`is_common_word`).

The learned recogniser (`learned.py`) drops a name made only of such words ("Street
Fighter", "Spring Boot") unless the name lists know it. The index holds base forms; the
lemmatizer's suffix rules map inflections back ("bundled" -> "bundle", "meets" -> "meet").
Without the model's tables the set is empty, so nothing is dropped (fail closed).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _index() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """(WordNet base forms, lemmatizer suffix rules) from the English spaCy model."""
    import spacy
    from spacy.lookups import Lookups

    from guardrail.filtering.lexicon import DEFAULT_SPACY_MODEL

    try:
        root = Path(spacy.util.get_package_path(DEFAULT_SPACY_MODEL))
    except (ImportError, OSError, ValueError):
        return frozenset(), ()
    folders = sorted(root.glob("*/lemmatizer/lookups"))
    if not folders:
        return frozenset(), ()
    lookups = Lookups().from_disk(folders[0])
    words = frozenset(w for table in lookups.get_table("lemma_index").values() for w in table)
    rules = tuple({(old, new) for table in lookups.get_table("lemma_rules").values() for old, new in table if old})
    return words, rules


def is_english_word(word: str) -> bool:
    """Whether `word` (any case) or a base form of it is in WordNet's index."""
    words, rules = _index()
    folded = word.casefold()
    if folded in words:
        return True
    return any(folded.endswith(old) and folded[: -len(old)] + new in words for old, new in rules)


def is_english_base_word(word: str) -> bool:
    """Whether `word` (any case) is itself in WordNet's index ("price"; not "dieter", which only
    the suffix rules make English)."""
    return word.casefold() in _index()[0]


def unlisted_english_word(word: str) -> bool:
    """An English word that no name list knows ("Item", "Claimant"; not "Baker", "Rich")."""
    from guardrail.filtering.lexicon import name_lists

    return is_english_word(word) and word.casefold() not in name_lists()


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The common words of the nine languages (`data/common_words.txt.gz`, built by
    `python -m guardrail.training.lexicon`); empty without the file, so that every word is
    then unknown and a lower-case name is kept rather than released (fail closed)."""
    import gzip

    path = Path(__file__).with_name("data") / "common_words.txt.gz"
    if not path.is_file():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return frozenset(lines.read().split())


def is_common_word(word: str) -> bool:
    """Whether `word` (normalised, any case) is a frequent word of en, de, fr, es, it, nl, pt,
    pl or tr that no name list knows ("chambre", "toplantı"; not "naziye", nor "rose")."""
    return word.lower() in common_words()


@lru_cache(maxsize=1)
def common_names() -> frozenset[str]:
    """The listed names that are also frequent words of the nine languages' text, as words or
    as names ("rose", "paz", "aaron"; `data/common_names.txt`, built with the common words).
    Empty without the file, so that every listed name then counts as distinctive (fail closed)."""
    path = Path(__file__).with_name("data") / "common_names.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.is_file() else frozenset()


def is_distinctive_name(word: str) -> bool:
    """A listed name (normalised, any case) that is neither an English word nor frequent in the
    nine languages' text: "Tuncer", "Florinda"; not "Rose", "Paz" or "Aaron"."""
    from guardrail.filtering.gazetteer import ENGLISH_WORDS
    from guardrail.filtering.lexicon import name_lists

    folded = word.lower()
    return folded in name_lists() and folded not in ENGLISH_WORDS and folded not in common_names()
