"""Phone numbers of any country, with libphonenumber checking each candidate.

Presidio's phone recognizer runs libphonenumber's matcher once per region over the whole
text, for a few regions only. This finds digit runs that look like a phone number
(`+47 912 34 567`, `(0xx) 123 45 67`, `0473 12 34 56`, `0043-1-234567`, also with the
separators people type to dodge filters: `555_123_4567`, `555•123•4567`) with one regex,
then asks libphonenumber about each candidate only: with a country code it is parsed as
international; without one it is tried against `REGIONS` until a region accepts it. Numbers
listed with a separator between blanks ("289 702 144 / 967 551 230") are two candidates
when seven digits or more stand on each side; an area code before a slash stays with its
number ("0341 / 92 55 810").

Scores: a valid number 0.75 (0.85 with a phone word nearby); a merely possible one 0.5
with a country code (also one written with "+" whose length its country's plan does not
allow, "+54 9 3122 0846": eight national digits or more after a known code), else 0.3
(below the usual threshold), 0.6 with a phone word nearby in any of the covered languages. Dates, IP addresses, year ranges and the US SSN layout
(ddd-dd-dddd) are never candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrail.filtering.dates import FULL_DATE

REGIONS = (
    "US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PL", "PT", "BR", "MX", "AR", "CO", "CL", "SE",
    "NO", "DK", "FI", "CZ", "SK", "HU", "RO", "HR", "GR", "TR", "IE", "IN", "JP", "CN", "KR", "AU", "CA", "ZA",
)
# Separators people type besides spaces, dots, dashes and slashes: `555_123_4567`, `555•123•4567`, `555~123~4567`.
TYPED_SEPARATORS = "_~\u2022\u00b7\u2219\u2027"
_TYPED = re.compile(f"[{TYPED_SEPARATORS}]")
CANDIDATE = re.compile(
    rf"(?<![\w+.,/-])(?:\+|00)?\(?\d[\d \t().\-/{TYPED_SEPARATORS}]{{5,22}}\d(?:[ \t]*(?:x|ext\.?|#)[ \t]*\d{{1,6}})?(?![\w-]|[.,]\d)"
)
PHONE_WORDS = re.compile(
    r"(?i)\b(?:phone|tel|telephone|call|called|cell|mobile|mob|fax|reach|reached|number|contact|sms|text|whatsapp"
    r"|telefone|telefono|numero|portable|mobile|joindre|appeler|appelez|rufen|anrufen|erreichbar|handy|telefon"
    r"|nummer|rufnummer|movil|llamar|llame|celular|tlf|puhelin|numer|cislo|mobil)\b"
)
# Two numbers listed with a separator between blanks: "289 702 144 / 967 551 230", "+39 080 521 3348 · 349 017 6623"
_LIST_SEPARATOR = re.compile(rf"(?<=\d)[ \t]+[/|{TYPED_SEPARATORS}][ \t]+(?=[+(\d])")
_NUMBER_BEFORE = re.compile(r"\+?[\d \t().-]*\d$")
_NUMBER_AFTER = re.compile(r"\+?\(?\d[\d \t().-]*")
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_YEARS = re.compile(r"(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d")
_SSN_LAYOUT = re.compile(r"\d{3}-\d{2}-\d{4}")  # the US SSN layout: Presidio's SSN recognizer reads it
_CODE_NUMBER = re.compile(r"\d{1,3}(?:_\d{3})+")  # 10_000_000: a number literal in code
_CONTEXT_WINDOW = 40
MIN_DIGITS, MAX_DIGITS = 7, 15


@dataclass(frozen=True)
class PhoneSpan:
    """A phone number found in a text: `text[start:end]` with its score."""

    start: int
    end: int
    score: float


def find_phones(text: str) -> list[PhoneSpan]:
    """Phone numbers in `text` (normalised: ASCII digits and dashes)."""
    import phonenumbers

    out = []
    listed = _LIST_SEPARATOR.sub(lambda m: _split(text, m), text)  # each number of a list is a candidate of its own
    for match in CANDIDATE.finditer(listed):
        raw = match.group().rstrip(" \t.-/(")
        digits = sum(c.isdigit() for c in raw)
        if not MIN_DIGITS <= digits <= MAX_DIGITS + 6 or _not_a_phone(raw):
            continue
        verdict = _check(phonenumbers, raw)
        if verdict is None:
            continue
        context = PHONE_WORDS.search(text, max(0, match.start() - _CONTEXT_WINDOW), match.start()) is not None
        if verdict:
            score = 0.85 if context else 0.75
        else:  # possible only: a country code or a phone word makes it likely
            score = 0.6 if context else 0.5 if raw.startswith(("+", "00")) else 0.3
        out.append(PhoneSpan(match.start(), match.start() + len(raw), score))
    return out


def _split(text: str, separator: re.Match) -> str:
    """A list's separator masked where a whole number stands on each side of it (seven digits or
    more: "289 702 144 / 967 551 230"); kept where an area code comes before it ("0341 / 92 55 810")."""
    before = _NUMBER_BEFORE.search(text, max(0, separator.start() - 24), separator.start())
    after = _NUMBER_AFTER.match(text, separator.end())
    whole = before is not None and after is not None and min(
        sum(c.isdigit() for c in before.group()), sum(c.isdigit() for c in after.group())) >= MIN_DIGITS
    return ";" * len(separator.group()) if whole else separator.group()


def _not_a_phone(raw: str) -> bool:
    return bool(
        FULL_DATE.fullmatch(raw) or _IP.fullmatch(raw) or _YEARS.fullmatch(raw) or _SSN_LAYOUT.fullmatch(raw)
        or _CODE_NUMBER.fullmatch(raw)
    )


def _check(phonenumbers, raw: str) -> bool | None:
    """True: a valid number; False: a possible one; None: not a number in any region tried."""
    raw = _TYPED.sub("-", raw)
    international = raw.startswith(("+", "00"))
    regions = (None,) if international else REGIONS
    text = "+" + raw[2:] if raw.startswith("00") else raw
    possible = False
    for region in regions:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
        possible = possible or phonenumbers.is_possible_number(number) or (
            raw.startswith("+") and phonenumbers.region_code_for_country_code(number.country_code) != "ZZ"
            and len(str(number.national_number)) >= MIN_DIGITS + 1)  # "+54 9 3122 0846": a known code, too short for its plan
    return False if possible else None
