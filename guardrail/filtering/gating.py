"""Cheap checks that decide what Presidio runs on a segment.

* `could_match(entity, text)`: False only when no recognizer of the entity can match (no
  digit, no card number; no `@`, no e-mail), so those recognizers are skipped.
* `needs_ner(text, openers())`: whether the segment has a word the NER pipe could tag as a
  name; the NER, by far the costliest step, runs only then.
"""

from __future__ import annotations

import re
from functools import lru_cache

from guardrail.filtering.addresses import STREET_TYPES_FIRST, may_name_a_street
from guardrail.filtering.recognizers import COMMON_TERMS

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[\"'(\[*\u2022-]\s*)$")


@lru_cache(maxsize=1)
def openers() -> frozenset[str]:
    """Words that do not make a segment need NER when they open a sentence ("The", "Thanks", "Das");
    built once per process.

    English, German, Spanish and French stop words, the common terms and common openers.
    """
    from spacy.lang.de.stop_words import STOP_WORDS as GERMAN
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.lang.es.stop_words import STOP_WORDS as SPANISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

    extra = """here there sure thanks thank hello hi unfortunately however also finally first second
    third then next yes no great good certainly absolutely please note remember overall additionally
    furthermore moreover instead otherwise sorry okay ok let lets let's dear best kind regards according
    add ask block build call change charge check choose click contact copy create delete deliver enter
    find follow forward get give install join keep make mail move open order pay post press read reply
    run save see select send set share ship start stop store take tell train transfer try turn type
    update upload use visit wait wire write account accounts address bank card cards chapter customers
    delivery email fees order orders payment payments phone price prices refund refunds returns sales
    shipping today tomorrow yesterday users everything nothing something anything everyone someone""".split()
    foreign = {w for w in GERMAN | SPANISH | FRENCH if len(w) > 1}  # answers in German, Spanish, French
    return frozenset(STOP_WORDS) | foreign | COMMON_TERMS | frozenset(extra)


def needs_ner(text: str, openers: frozenset[str]) -> bool:
    """Whether `text` has a word the NER pipe could tag as a name.

    A capitalised word counts unless it is a common term ("Monday", "Python"), an
    abbreviation of up to four capitals ("IBAN", "PO"), a single letter, has a digit, or
    opens a sentence or list item and is a common opener ("The", "Thanks", "Send"). The
    small model's NER misses lower-case names anyway.
    """
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper() or len(word) == 1 or any(c.isdigit() for c in word):
            continue
        if word.isupper() and len(word) <= 4:
            continue
        folded = word.casefold()
        if folded in COMMON_TERMS:
            continue
        if folded in openers and _SENTENCE_START.search(text, 0, match.start()):
            continue
        return True
    return False


_DIGIT = re.compile(r"\d")
_SPELLED_AT = re.compile(r"(?i)%40|\bat\b")  # jane.roe%40example.org, jane [at] example.org, jane at example dot org
_LONG_RUN = re.compile(r"[A-Za-z0-9]{25}")
# Every pattern of Presidio's IpRecognizer holds four dotted numbers, a "::" or seven hex
# groups each before a colon: a digit alone (a date, a price) cannot start an address.
_IP_SHAPE = re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d|::|(?:[0-9A-Fa-f]{1,4}:){7}")
# A unit, or a street's type word that opens a line without a number ("boulevard Renault").
_STREET_WORD = re.compile(r"(?i)\b(?:apt|apartment|suite|ste|" + "|".join(sorted(STREET_TYPES_FIRST)) + r")\b")
# What a text must contain for a recognizer of the entity to possibly match. Entities not
# listed (custom ones, UUID, ...) always run.
_PRECONDITIONS = {
    "EMAIL_ADDRESS": lambda t: "@" in t or _SPELLED_AT.search(t) is not None,
    "URL": lambda t: "." in t,
    "IP_ADDRESS": lambda t: _IP_SHAPE.search(t) is not None,
    "CRYPTO": lambda t: _LONG_RUN.search(t) is not None,
    "STREET_ADDRESS": lambda t: _DIGIT.search(t) is not None or _STREET_WORD.search(t) is not None or may_name_a_street(t),
    **{
        entity: (lambda t: _DIGIT.search(t) is not None)
        for entity in (
            "CREDIT_CARD", "PHONE_NUMBER", "US_SSN", "IBAN_CODE", "US_BANK_NUMBER", "US_PASSPORT",
            "US_DRIVER_LICENSE", "US_ITIN", "UK_NHS", "MEDICAL_LICENSE", "NATIONAL_ID", "PASSPORT",
        )
    },
}


def could_match(entity: str, text: str) -> bool:
    """Cheap pre-check: False only when no recognizer of `entity` can match `text`."""
    check = _PRECONDITIONS.get(entity)
    return check is None or check(text)
