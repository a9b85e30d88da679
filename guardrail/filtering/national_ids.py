"""National identity, tax and social-security numbers, each checked by its own validator.

A number is a candidate when it has one of the layouts of `id_formats.py` (eleven digits,
`NNNNNNNN-L`, `AB 12 34 56 C`, ...); it is reported as `NATIONAL_ID` when a validator of
that layout accepts it: python-stdnum's check-digit and date rules for most formats, a
format rule for the few without a check (UK NINO, India's PAN, Malta's id card).

How sure a finding is depends on how rarely ordinary numbers pass:

* `STRONG` formats (letters with a check character, a check over two digits or more, a
  date plus a check in a distinctive layout) score `STRONG_SCORE` on their own;
* `WEAK` formats (a bare run of digits with one check digit: about one random number in
  ten passes; a shape without a check) score `WEAK_SCORE`, below the usual thresholds, and
  are reported only with a context word nearby;
* any format with a context word (`CONTEXT`: identity, tax, social security and the id's
  own name in English, German, French, Spanish, Italian, Dutch, Portuguese, Polish, Turkish
  and the other EU languages) scores `CONTEXT_SCORE`;
* a number of an id's layout whose check fails, right after such a word as its label ("DNI
  45821379K", "RUT: 17.845.392-K": a typo or an invented number is an id all the same),
  and a code of letters and digits of any layout there, with five digits or more ("B.I.
  n.º: 004829173LA041", "C.I. n. CA48213KD"), score `LABELLED_SCORE`.

The text is the filter's normalised text: ASCII digits, accents stripped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from guardrail.filtering.id_formats import LAYOUTS, SHORT_LAYOUTS, STRONG, IdFormat

STRONG_SCORE, WEAK_SCORE, CONTEXT_SCORE, LABELLED_SCORE = 0.6, 0.3, 0.85, 0.6
CONTEXT_BEFORE, CONTEXT_AFTER = 48, 16  # characters searched for a context word
LABEL_BEFORE = 16  # characters searched for an id's label before a number whose check fails

CONTEXT = re.compile(
    r"(?i)(?<![a-z])(?:"
    # English
    r"national[ _-]?(?:id|identity|insurance|number)|identi(?:ty|fication|fier)|id[ _-]?(?:card|no\b|number|nr\b)"
    r"|personal[ _-](?:id|code|number|identification)|social[ _-]security|ssn|nino|ni[ _-]number|insurance[ _-]number"
    r"|tax[ _-]?(?:id|number|no\b|code|reference|file)|taxpayer|tin\b|utr\b|ppsn?\b|birth[ _-]number"
    # the ids' own names
    r"|aadhaa?r|uidai|uid\b|pan\b|permanent[ _-]account|cpf\b|tckn|t\.?c\.?[ _-]?kimlik|kimlik|vergi[ _-]?(?:no|numarasi)"
    r"|nir\b|insee|bsn\b|pesel|nip\b|dni\b|nie\b|nif\b|cnp\b|egn\b|oib\b|emso|amka|afm\b|cpr\b|hetu\b|personnummer"
    r"|henkilotunnus|isikukood|asmens[ _-]kodas|personas[ _-]kods|rodne[ _-]cislo|rodne|codice[ _-]fiscale|c\.f\.|idnr"
    r"|adoazonosito|taj[ _-]?szam|szemelyi|matricule|svnr|cedula|dowod|burgerservicenummer|sofinummer|rijksregister"
    # German
    r"|steuer|identifikationsnummer|personalausweis|ausweis|sozialversicherung|versicherungsnummer|sv[ _-]nummer"
    r"|rentenversicherung|id[ _-]?nummer"
    # French, Spanish, Italian, Portuguese, Dutch, Polish
    r"|securite[ _-]sociale|secu\b|numero[ _-](?:fiscal|national|d'identification|de[ _-]identi)|carte[ _-](?:d'identite|nationale|vitale)"
    r"|registre[ _-]national|documento[ _-]nacional|seguridad[ _-]social|identidad|identificacion|carta[ _-]d'identita"
    r"|tessera[ _-]sanitaria|fiscale|cartao[ _-]de[ _-]cidadao|contribuinte|bilhete[ _-]de[ _-]identidade|identificacao"
    r"|cadastro[ _-]de[ _-]pessoas|identiteitskaart|fiscaal[ _-]nummer|numer[ _-](?:identyfikacyjny|dowodu|pesel|nip)"
    # other countries' ids
    r"|ahv|avs\b|social[ _-]insurance|sin\b|curp|rfc\b|rut\b|run\b|rif\b|c\.[ ]?i\.|cuit|cuil|dui\b|dpi\b|rrn\b"
    r"|resident[ _-]registration|b\.[ ]?i\.|bi\b|nuit\b|rg\b|cie\b|cc(?=[ ]?n\.?o\b)"  # "B.I. n.o", "NUIT", "CC n.o"
    r"|f.dselsnummer|rntrc|teudat|citizen[ _-]id"
    r")"
)


# What may stand between an id's word and its number: "n.º" (normalised "n.o"), "Nr.", "number", a colon
_LABEL_TAIL = r"[ \t]*(?:n[or]?\.?|n\.o|number|nummer|numero|nr\.?)?[ \t]*[:#=-]?[ \t]*"
# An id's word as a label right before the number: "DNI ", "NIE: ", "RUT: ", "con cédula ", "C.I.: ", "DNI n.º "
_LABEL_BEFORE = re.compile(CONTEXT.pattern + _LABEL_TAIL + "$")
# A code of letters and digits right after an id's label, whatever its layout: "BI: 110100457823B"
_LABELLED_CODE = re.compile(
    CONTEXT.pattern + _LABEL_TAIL + r"(?-i:([A-Z\d][A-Z\d.\-/]{3,18}(?:[ ][A-Z\d.\-/]{1,8}){0,2}[A-Z\d]))(?![\w@])"
)
_CODE_DIGITS = 5


@dataclass(frozen=True)
class IdSpan:
    """A national id found in a text: `text[start:end]`, its score and the format's name."""

    start: int
    end: int
    score: float
    kind: str


_SIX_DIGITS = re.compile(r"\d(?:[ ./-]?\d){5}")  # what every layout in LAYOUTS has


@lru_cache(maxsize=2)
def _compiled(short: bool) -> tuple[tuple[re.Pattern[str], tuple[IdFormat, ...]], ...]:
    # Case-free: a lower-case codice fiscale or DNI letter is typed too.
    return tuple(
        # Not part of a longer number, also not one spaced out in groups ("45 778 913 601").
        (re.compile(rf"(?i)(?<![\w/.+-])(?<!\d )(?:{layout})(?![\w/]|[.,-]?\d| \d)"), formats)
        for layout, formats in (SHORT_LAYOUTS if short else LAYOUTS)
    )


def find_national_ids(text: str) -> list[IdSpan]:
    """National ids in `text` (normalised), at most one per span, highest score kept."""
    if not any(c.isdigit() for c in text):
        return []
    best: dict[tuple[int, int], IdSpan] = {}
    patterns = _compiled(True) + (_compiled(False) if _SIX_DIGITS.search(text) else ())
    for pattern, formats in patterns:
        for match in pattern.finditer(text):
            value = match.group().upper()
            fmt = next((f for f in formats if _passes(f, value)), None)
            if fmt is None:
                if _LABEL_BEFORE.search(text, max(0, match.start() - LABEL_BEFORE), match.start()):
                    # "DNI 45821379K", "RUT: 17.845.392-K": an id's own label right before its layout; a
                    # check that fails (a typo, an invented number) leaves it an id all the same
                    span = IdSpan(match.start(), match.end(), LABELLED_SCORE, f"{formats[0].country} {formats[0].name}, labelled")
                    best.setdefault((span.start, span.end), span)
                continue
            score = _score(fmt, text, match.start(), match.end())
            if score is None:
                continue
            span = IdSpan(match.start(), match.end(), score, f"{fmt.country} {fmt.name}")
            key = (span.start, span.end)
            if key not in best or best[key].score < span.score:
                best[key] = span
    for match in _LABELLED_CODE.finditer(text):  # "B.I. n.o: 004829173LA041", "C.I. n. CA48213KD": a code of no known layout
        if sum(c.isdigit() for c in match.group(1)) >= _CODE_DIGITS and not any(
                s.start <= match.start(1) < s.end or match.start(1) <= s.start < match.end(1) for s in best.values()):
            best[(match.start(1), match.end(1))] = IdSpan(match.start(1), match.end(1), LABELLED_SCORE, "labelled code")
    return sorted(best.values(), key=lambda s: s.start)


def _passes(fmt: IdFormat, value: str) -> bool:
    try:
        return fmt.valid(value)
    except Exception:  # a validator that cannot read the value has not accepted it
        return False


def _score(fmt: IdFormat, text: str, start: int, end: int) -> float | None:
    if has_context(CONTEXT, text, start, end):
        return CONTEXT_SCORE
    return STRONG_SCORE if fmt.strength == STRONG else WEAK_SCORE


def has_context(words: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether one of `words` occurs just before `text[start:end]` or just after it."""
    return (
        words.search(text, max(0, start - CONTEXT_BEFORE), start) is not None
        or words.search(text[end:end + CONTEXT_AFTER]) is not None
    )
