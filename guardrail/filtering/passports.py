"""Passport numbers: a country's number shape right after a passport word.

Passport numbers carry no check digit outside the machine-readable zone, so the shape alone
("AB1234567") says little: a number is a `PASSPORT` only when a passport word
(`PASSPORT_WORDS`, in English, German, French, Spanish, Italian, Dutch, Portuguese, Polish,
Turkish and the other EU languages) occurs within `CONTEXT_BEFORE` characters before it or
`CONTEXT_AFTER` after it, and it has one of the shapes countries issue (`SHAPES`) with at
least three digits. The word may also stand in the text before the analysed segment, the
line above it (`find_passports_after`). US passports are also found without a word by
Presidio's `US_PASSPORT` recognizer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrail.filtering.national_ids import CONTEXT_BEFORE, has_context

PASSPORT_SCORE = 0.85
PASSPORT_WORDS = re.compile(
    r"(?i)(?<![a-z])(?:passports?|passport[ _-]?(?:no|nr|number)|pass[ _-]?(?:nr|no|nummer|number)\b|reisepass\w*|passnummer"
    r"|passeport|pasaporte|passaporto|paspoort\w*|passaporte|paszport\w*|pasaport\w*|passi\b|passin\b|cestovni[ _-]pas"
    r"|cestovny[ _-]pas|utlevel\w*|diavatirio|pasos\b|pasas\b|potni[ _-]list|putovnic\w*|travel[ _-]doc\w*"
    r"|pp[ .]?(?:no|nr|#))"
)
# Shapes of passport numbers, by issuing country (ICAO 9303 allows up to 9 characters).
SHAPES = re.compile(
    r"(?i)(?:"
    r"[A-Z]{1,3}\d{6,8}"  # ES, IT, PL, PT, AT, TR, IN, BR, BE, IE, GR, FI, HU, US (letter + 8), ...
    r"|\d{8,9}"  # GB, US, SE, DK, CZ, RO, ...
    r"|\d{2}[A-Z]{2}\d{5}"  # FR
    r"|[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ\d]{8}"  # DE
    r"|[A-NP-Z]{2}[A-NP-Z\d]{6}\d"  # NL
    r")"
)
# A number, its letters perhaps set apart by a space or a hyphen ("AB 1234567", "AB-1234567")
_TOKEN = re.compile(r"(?<![\w/.+-])(?:([A-Z]{1,3})[ -](?=\d))?([A-Za-z\d]{6,10})(?![\w/]|[.,-]\d)")
MIN_DIGITS = 3


@dataclass(frozen=True)
class PassportSpan:
    """A passport number found in a text: `text[start:end]` with its score."""

    start: int
    end: int
    score: float


def find_passports(text: str) -> list[PassportSpan]:
    """Passport numbers in `text` (normalised): a country's shape next to a passport word."""
    if not any(c.isdigit() for c in text) or PASSPORT_WORDS.search(text) is None:
        return []
    out = []
    for m in _TOKEN.finditer(text):
        start = m.start() if m.group(1) and _shaped(m.group(1) + m.group(2)) else m.start(2)  # "GB 123456789": the number alone
        if _shaped(text[start:m.end()].replace(" ", "").replace("-", "")) and has_context(PASSPORT_WORDS, text, start, m.end()):
            out.append(PassportSpan(start, m.end(), PASSPORT_SCORE))
    return out


def _shaped(token: str) -> bool:
    """Whether `token` has a passport number's shape (`SHAPES`) and enough digits."""
    return sum(c.isdigit() for c in token) >= MIN_DIGITS and SHAPES.fullmatch(token) is not None


def find_passports_after(text: str, before: str) -> list[PassportSpan]:
    """Passport numbers in `text` (normalised) whose passport word may stand in `before`, the
    text before it: "document: passport" on the line above "number: EA1234567", which the
    filter analyses as a segment of its own. Those `find_passports(text)` finds come again."""
    tail = before[-CONTEXT_BEFORE:]
    if not tail or PASSPORT_WORDS.search(tail) is None:
        return []
    return [
        PassportSpan(span.start - len(tail), span.end - len(tail), span.score)
        for span in find_passports(tail + text) if span.start >= len(tail)
    ]
