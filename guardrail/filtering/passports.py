"""Passport numbers: a country's number shape next to a passport word.

Passport numbers carry no check digit outside the machine-readable zone, so the shape alone
("AB1234567") says little: a number is a `PASSPORT` only when it has one of the shapes
countries issue (`SHAPES`) with at least three digits, or at least one when it is written in
capitals as issued (German and Dutch numbers mix letters and digits freely: "MF3YPMPZ2"), and

* a passport word (`PASSPORT_WORDS`, in English, German, French, Spanish, Italian, Dutch,
  Portuguese, Polish, Turkish and the other EU languages; German "Pass" after an article or a
  possessive, "mit dem Pass") occurs within `CONTEXT_BEFORE` characters before it or
  `CONTEXT_AFTER` after it, or Turkish names it right after ("S82597919 numaralı pasaportla");
* or it is the value of a field of a passport's form ("Number: ..." under "PASSPORT DETAILS",
  "Surname: ...", "Given names: ..."): the passport word stands in a line above, within
  `FORM_REACH` characters, and every line between is a field;
* or it goes on a list of passport numbers ("AB1234567, AB7654321 and AC1111111").

The word may also stand in the text before the analysed segment (`find_passports_after`). US
passports are also found without a word by Presidio's `US_PASSPORT` recognizer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrail.filtering.national_ids import CONTEXT_BEFORE, has_context

PASSPORT_SCORE = 0.85
PASSPORT_WORDS = re.compile(
    r"(?i)(?<![a-z])(?:passports?|passport[ _-]?(?:no|nr|number)|pa(?:ss|\u00df)[ _-]?(?:nr|no|nummer|number)\b|reisepa(?:ss|\u00df)\w*"
    r"|pa(?:ss|\u00df)nummer|pa(?:ss|\u00df)(?=[ \t]*:)"
    r"|(?:dem|den|der|des|im|ein|mein|dein|sein|ihr|unser|kein)(?:e[mnrs]?)?[ \t]+pa(?:ss|\u00df)(?:es)?(?![a-z])"  # "mit dem Pass"
    r"|passeport|pasaporte|passaporto|paspoort\w*|passaporte|paszport\w*|pasaport\w*|passi\b|passin\b|cestovni[ _-]pas"
    r"|cestovny[ _-]pas|utlevel\w*|diavatirio|pasos\b|pasas\b|potni[ _-]list|putovnic\w*|travel[ _-]doc\w*"
    r"|pp[ .]?(?:no|nr|#))"
)
# Shapes of passport numbers, by issuing country (ICAO 9303 allows up to 9 characters).
SHAPES = re.compile(
    r"(?i)(?:"
    r"[A-Z]{1,3}\d{6,8}"  # ES, IT, PL, PT, AT, TR, IN, BR, BE, IE, GR, FI, HU, US (letter + 8), ...
    r"|\d{7,9}"  # GB, US, SE, DK, CZ, RO, ...; MT (7 digits)
    r"|\d{2}[A-Z]{2}\d{5}"  # FR
    r"|[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ\d]{8}"  # DE
    r"|[A-NP-Z]{2}[A-NP-Z\d]{6}\d"  # NL
    r")"
)
# A number, its letters perhaps set apart by a space or a hyphen ("AB 1234567", "AB-1234567")
_TOKEN = re.compile(r"(?<![\w/.+-])(?:([A-Z]{1,3})[ -](?=\d))?([A-Za-z\d]{6,10})(?![\w/]|[.,-]\d)")
MIN_DIGITS = 3
MIN_DIGITS_IN_CAPITALS = 1  # "MF3YPMPZ2", "CKWCAKAX1": a German or a Dutch number as issued
# Turkish names the passport after its number: "S82597919 numaralı pasaportla"
_NUMBERED_PASSPORT_AFTER = re.compile(r"(?i)[ \t]+numaral[ıi][ \t]+pasaport")


@dataclass(frozen=True)
class PassportSpan:
    """A passport number found in a text: `text[start:end]` with its score."""

    start: int
    end: int
    score: float


def find_passports(text: str) -> list[PassportSpan]:
    """Passport numbers in `text` (normalised): a country's shape next to a passport word, as
    the value of a field of a passport's form, or further in a list that starts with one."""
    if not any(c.isdigit() for c in text) or PASSPORT_WORDS.search(text) is None:
        return []
    out: list[PassportSpan] = []
    for m in _TOKEN.finditer(text):
        start = m.start() if m.group(1) and passport_shaped(m.group(1) + m.group(2)) else m.start(2)  # "GB 123456789": the number alone
        if not passport_shaped(text[start:m.end()].replace(" ", "").replace("-", "")):
            continue
        listed = bool(out) and _LIST_GAP.fullmatch(text, out[-1].end, start) is not None
        if (listed or has_context(PASSPORT_WORDS, text, start, m.end()) or _in_passport_form(text, start)
                or _NUMBERED_PASSPORT_AFTER.match(text, m.end())):
            out.append(PassportSpan(start, m.end(), PASSPORT_SCORE))
    return out


# What stands between two numbers of a list: a comma, a semicolon, a slash or "and" in the
# nine languages, or a line break before a bullet.
_LIST_GAP = re.compile(
    r"(?i)[ \t]*(?:[,;/&][ \t]*(?:(?:and|und|et|y|e|i|ve|en|or|oder|ou|o|lub|veya|of)[ \t]+)?"
    r"|(?:and|und|et|y|e|i|ve|en|or|oder|ou|o|lub|veya|of)[ \t]+|\n[ \t]*(?:[-*\u2022][ \t]*)?)"
)
FORM_REACH = 120  # the characters above a form's field searched for the form's passport word
_FIELD = re.compile(r"[ \t]*[^\W\d][^\n:=]{0,38}[:=]")  # a form's field: "Surname:", "Given names:", "Number:"


def _in_passport_form(text: str, start: int) -> bool:
    """Whether `text[start:]` is the value of a field ("Number: ...") of a passport's form:
    a passport word stands in a line above, within `FORM_REACH` characters, and every line
    between is a field too ("PASSPORT DETAILS", "Surname: ...", "Nationality: ...")."""
    lines = text[max(0, start - FORM_REACH):start].split("\n")
    if _FIELD.fullmatch(lines[-1].rstrip(" \t")) is None:
        return False
    for line in reversed(lines[:-1]):
        if PASSPORT_WORDS.search(line) is not None:
            return True
        if _FIELD.match(line) is None:
            return False
    return False


def passport_shaped(token: str) -> bool:
    """Whether `token` has a passport number's shape (`SHAPES`) and enough digits: three, or
    one in a number written in capitals."""
    least = MIN_DIGITS_IN_CAPITALS if token.isupper() else MIN_DIGITS
    return sum(c.isdigit() for c in token) >= least and SHAPES.fullmatch(token) is not None


def find_passports_after(text: str, before: str) -> list[PassportSpan]:
    """Passport numbers in `text` (normalised) whose passport word may stand in `before`, the
    text before it: "document: passport" on the line above "number: EA1234567", which the
    filter analyses as a segment of its own. Those `find_passports(text)` finds come again."""
    tail = before[-max(CONTEXT_BEFORE, FORM_REACH):]
    if not tail or PASSPORT_WORDS.search(tail) is None:
        return []
    return [
        PassportSpan(span.start - len(tail), span.end - len(tail), span.score)
        for span in find_passports(tail + text) if span.start >= len(tail)
    ]


# The machine-readable zone of a passport or an id card (ICAO 9303): lines of 44 (TD3,
# passports), 36 (TD2) or 30 characters (TD1, id cards) of capitals, digits and "<" fillers.
MRZ_SCORE = 0.9
_MRZ_LINE = re.compile(r"(?<![A-Z0-9<])(?=[A-Z0-9]*<)([A-Z0-9<]{30}(?:[A-Z0-9<]{6}(?:[A-Z0-9<]{8})?)?)(?![A-Z0-9<])")
_MRZ_NAMES = re.compile(r"[A-Z]+(?:<[A-Z]+)*<<[A-Z<]*")  # SURNAME<<GIVEN<NAMES<<<<
_MRZ_WEIGHTS = (7, 3, 1)


@dataclass(frozen=True)
class MrzSpan:
    """A part of a machine-readable zone: its holder's names (`PERSON`) or a line of its
    numbers (`PASSPORT` on a passport's 44-character line, `NATIONAL_ID` on an id card's)."""

    start: int
    end: int
    score: float
    entity: str


def find_mrz(text: str) -> list[MrzSpan]:
    """The lines of machine-readable zones in `text` (normalised).

    A names line opens with the document's code and country ("P<GBR") or fills a TD1 card's
    third line, and holds "SURNAME<<GIVEN": its names are a PERSON. A line of numbers is one
    only when a check digit of the layout holds (the document number's, or the birth date's
    on a card's second line): the whole line, birth and expiry dates included, is the
    document's number.
    """
    if "<" not in text:
        return []
    out = []
    for m in _MRZ_LINE.finditer(text):
        line, at = m.group(1), m.start(1)
        names = _mrz_names(line)
        if names is not None:
            out.append(MrzSpan(at + names[0], at + names[1], MRZ_SCORE, "PERSON"))
        elif any(c.isdigit() for c in line) and _mrz_checked(line):
            out.append(MrzSpan(at, m.end(1), MRZ_SCORE, "PASSPORT" if len(line) == 44 else "NATIONAL_ID"))
    return out


def _mrz_names(line: str) -> tuple[int, int] | None:
    """Where the holder's names are in an MRZ line, or None when it is no names line."""
    if re.fullmatch(r"[PIACV][A-Z<][A-Z<]{3}", line[:5]) and len(line) > 30:  # TD2, TD3: the first line
        start = 5
    elif len(line) == 30 and re.fullmatch(r"[A-Z<]+", line):  # TD1: the third line is the names alone
        start = 0
    else:
        return None
    names = _MRZ_NAMES.fullmatch(line, start)
    if names is None or not line.endswith("<"):
        return None
    return start, len(line.rstrip("<"))


def _mrz_checked(line: str) -> bool:
    """Whether a check digit of the line's layout holds: the document number's on a TD3 or
    TD2 second line and on a TD1 first line, the birth date's on a TD1 second line."""
    if len(line) in (36, 44):
        return _mrz_check(line[0:9], line[9])
    return _mrz_check(line[5:14], line[14]) or (_mrz_check(line[0:6], line[6]) and _mrz_check(line[8:14], line[14]))


def _mrz_check(field: str, digit: str) -> bool:
    """ICAO 9303's check digit: digits, letters (A = 10 ... Z = 35) and "<" (0) weighted 7, 3, 1."""
    if not digit.isdigit():
        return False
    total = sum((int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55) * _MRZ_WEIGHTS[i % 3] for i, c in enumerate(field))
    return total % 10 == int(digit)
