"""Dates that identify a person, told apart from dates that do not.

By default (`FilterSpec.dates == "identifying"`) DATE_TIME means:

* a full date whose year lies more than `RECENT_YEARS` (2) before this year: `4 May 1987`,
  `May 4, 1987`, `1987-05-04`, `04/05/1987`, `4. Mai 1987`, `le 4 mai 1987`, `4 de mayo de
  1987` (English, French, German, Spanish, Italian, Dutch and Portuguese month names, full
  or abbreviated): a date of birth reads like this;
* any date, with or without a year, next to a birth word (`born`, `birthday`, `DOB`, `né
  le`, `geboren`, `nació`, ...);
* a recent or future full date (an order, a delivery, an appointment: `August 14, 2025`),
  or a day and month without a year, in a segment that also names a person.

Weekdays, month names alone, month and year, times of day, durations and relative periods
("every hour", "last quarter", "the first week of March") are left alone. `dates: all`
restores Presidio's and spaCy's every-date behaviour on top of these.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # one list for the filter, the training data and the evaluation's grading
_MONTH_NAMES = [m.casefold() for m in ENGLISH_MONTHS] + """
jan feb mar apr jun jul aug sep sept oct nov dec
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
janv fevr avr juil
januar februar marz maerz juni juli oktober dezember jan feb mrz okt dez
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
ene abr ago dic
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug ott
januari februari maart mei augustus
janeiro fevereiro marco maio junho julho outubro novembro dezembro fev out
stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia
styczen luty marzec kwiecien maj czerwiec lipiec sierpien wrzesien pazdziernik listopad grudzien
ocak subat mart nisan mayis mayıs haziran temmuz agustos eylul ekim kasim kasım aralik aralık
""".split()
MONTH = "(?:" + "|".join(sorted(set(_MONTH_NAMES), key=len, reverse=True)) + r")(?:\.(?=[ \t]*\d))?"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_NUM_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_ORD = r"(?:st|nd|rd|th|er|o|º|ª)?"
_DAY_MONTH = rf"(?:{_DAY}{_ORD}\.?\s+(?:of\s+|de\s+|di\s+)?{MONTH})"
_MONTH_DAY = rf"(?:{MONTH}\s+{_DAY}{_ORD})"

FULL_DATE = re.compile(
    rf"(?i)(?<![\w/.-])(?:"
    rf"{_DAY_MONTH},?\s+(?:de\s+|del\s+)?{_YEAR}"  # 4 May 1987, 4. Mai 1987, 4 de mayo de 1987
    rf"|{_MONTH_DAY},?\s+{_YEAR}"  # May 4, 1987
    rf"|{_YEAR}-{_NUM_MONTH}-{_DAY}"  # 1987-05-04
    rf"|{_DAY}[./-]{_NUM_MONTH}[./-](?:{_YEAR}|\d\d)"  # 04/05/1987, 04.05.87
    rf"|{_NUM_MONTH}/{_DAY}/(?:{_YEAR}|\d\d)"  # 05/24/1987
    rf")(?![\w/-]|\.\d)"
)
DAY_AND_MONTH = re.compile(rf"(?i)(?<![\w/.-])(?:{_DAY_MONTH}|{_MONTH_DAY})(?!\w)")
BIRTH_WORDS = re.compile(
    r"(?i)\b(?:born|birth|birthday|b\.|dob|d\.o\.b\.?|nee?|naissance|anniversaire|geboren|geburtstag|geburtsdatum"
    r"|nacio|nacida|nacido|nacimiento|cumpleanos|nato|nata|nascita|nascido|nascida|nascimento"
    r"|geboortedatum|geb|urodzony|urodzona|urodzenia|urodzin|dogum|doğum|dogumlu|doğumlu)\b"
)
_BIRTH_WINDOW = 30
RECENT_YEARS = 2  # a full date in this many years before this one, or later, is an event's, not a birth's
_YEAR_IN = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)|(?<=[./-])(\d\d)$")
DATE_SCORE = 0.85
DAY_MONTH_SCORE = 0.6


@dataclass(frozen=True)
class DateSpan:
    """A date found in a text.

    Attributes:
        start: its first character.
        end: one past its last character.
        full: it has a day, a month and a year (else a day and a month).
        birth: a birth word precedes it closely.
        recent: a full date of the last `RECENT_YEARS` years or later (an event's date).
    """

    start: int
    end: int
    full: bool
    birth: bool
    recent: bool = False

    @property
    def needs_name(self) -> bool:
        """A date that identifies someone only next to a name: a day and month, or a recent date."""
        return not (self.birth or (self.full and not self.recent))

    @property
    def score(self) -> float:
        return DAY_MONTH_SCORE if self.needs_name else DATE_SCORE


def find_dates(text: str) -> list[DateSpan]:
    """Full dates, and days with months, in `text` (normalised, accents stripped)."""
    this_year = datetime.date.today().year
    out = [DateSpan(m.start(), m.end(), True, _after_birth_word(text, m.start()), _year(m.group(), this_year) >= this_year - RECENT_YEARS)
           for m in FULL_DATE.finditer(text)]
    taken = [(d.start, d.end) for d in out]
    for m in DAY_AND_MONTH.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            out.append(DateSpan(m.start(), m.end(), False, _after_birth_word(text, m.start())))
    return sorted(out, key=lambda d: d.start)


def _year(date: str, this_year: int) -> int:
    """The year of a full date ("04.05.87" -> 1987, "04/05/24" -> 2024: two digits are this century's up to this year)."""
    match = _YEAR_IN.search(date)
    if match is None:
        return 0
    if match.group(1):
        return int(match.group(1))
    year = this_year // 100 * 100 + int(match.group(2))
    return year if year <= this_year else year - 100


def _after_birth_word(text: str, start: int) -> bool:
    return BIRTH_WORDS.search(text, max(0, start - _BIRTH_WINDOW), start) is not None
