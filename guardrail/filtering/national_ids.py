"""National identity, tax and social-security numbers, each checked by its own validator.

A number is a candidate when it has the layout of one of `LAYOUTS` (eleven digits, `NNNNNNNN-L`,
`AB 12 34 56 C`, ...); it is reported as `NATIONAL_ID` when a validator of that layout
accepts it: python-stdnum's check-digit and date rules for most formats, a format rule for
the few without a check (UK NINO, India's PAN, Malta's id card).

How sure a finding is depends on how rarely ordinary numbers pass:

* `STRONG` formats (letters with a check character, a check over two digits or more, a
  date plus a check in a distinctive layout) score `STRONG_SCORE` on their own;
* `WEAK` formats (a bare run of digits with one check digit: about one random number in
  ten passes) score `WEAK_SCORE`, below the usual thresholds, and are reported only with a
  context word nearby;
* any format with a context word (`CONTEXT`: identity, tax, social security and the id's
  own name in English, German, French, Spanish, Italian, Dutch, Portuguese, Polish, Turkish
  and the other EU languages) scores `CONTEXT_SCORE`.

The text is the filter's normalised text: ASCII digits, accents stripped.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

STRONG, WEAK = "strong", "weak"
STRONG_SCORE, WEAK_SCORE, CONTEXT_SCORE = 0.6, 0.3, 0.85
CONTEXT_BEFORE, CONTEXT_AFTER = 48, 16  # characters searched for a context word

CONTEXT = re.compile(
    r"(?i)(?<![a-z])(?:"
    # English
    r"national[ -]?(?:id|identity|insurance|number)|identi(?:ty|fication|fier)|id[ -]?(?:card|no\b|number|nr\b)"
    r"|personal[ -](?:id|code|number|identification)|social[ -]security|ssn|nino|ni[ -]number|insurance[ -]number"
    r"|tax[ -]?(?:id|number|no\b|code|reference|file)|taxpayer|tin\b|utr\b|ppsn?\b|birth[ -]number"
    # the ids' own names
    r"|aadhaa?r|uidai|uid\b|pan\b|permanent[ -]account|cpf\b|tckn|t\.?c\.?[ -]?kimlik|kimlik|vergi[ -]?(?:no|numarasi)"
    r"|nir\b|insee|bsn\b|pesel|nip\b|dni\b|nie\b|nif\b|cnp\b|egn\b|oib\b|emso|amka|afm\b|cpr\b|hetu\b|personnummer"
    r"|henkilotunnus|isikukood|asmens[ -]kodas|personas[ -]kods|rodne[ -]cislo|rodne|codice[ -]fiscale|c\.f\.|idnr"
    r"|adoazonosito|taj[ -]?szam|szemelyi|matricule|svnr|cedula|dowod|burgerservicenummer|sofinummer|rijksregister"
    # German
    r"|steuer|identifikationsnummer|personalausweis|ausweis|sozialversicherung|versicherungsnummer|sv[ -]nummer"
    r"|rentenversicherung|id[ -]?nummer"
    # French, Spanish, Italian, Portuguese, Dutch, Polish
    r"|securite[ -]sociale|secu\b|numero[ -](?:fiscal|national|d'identification|de[ -]identi)|carte[ -](?:d'identite|nationale|vitale)"
    r"|registre[ -]national|documento[ -]nacional|seguridad[ -]social|identidad|identificacion|carta[ -]d'identita"
    r"|tessera[ -]sanitaria|fiscale|cartao[ -]de[ -]cidadao|contribuinte|bilhete[ -]de[ -]identidade|identificacao"
    r"|cadastro[ -]de[ -]pessoas|identiteitskaart|fiscaal[ -]nummer|numer[ -](?:identyfikacyjny|dowodu|pesel|nip)"
    r")"
)


@dataclass(frozen=True)
class IdFormat:
    """One kind of number: its country, name, validator and how distinctive it is."""

    country: str
    name: str
    valid: Callable[[str], bool]
    strength: str


@dataclass(frozen=True)
class IdSpan:
    """A national id found in a text: `text[start:end]`, its score and the format's name."""

    start: int
    end: int
    score: float
    kind: str


def _stdnum(module: str) -> Callable[[str], bool]:
    """`stdnum.<module>.is_valid`, imported on first use."""
    return lambda value: importlib.import_module(f"stdnum.{module}").is_valid(value)


def _hungarian_tax_id(value: str) -> bool:
    """Hungary's adoazonosito jel: 8, then 9 digits; the 10th is sum(d_i * i) mod 11."""
    d = [int(c) for c in value if c.isdigit()]
    return len(d) == 10 and d[0] == 8 and sum(x * i for i, x in enumerate(d[:9], 1)) % 11 == d[9]


def _hungarian_taj(value: str) -> bool:
    """Hungary's TAJ (social security): 9 digits, the 9th is (3, 7, 3, 7, ...) weighted sum mod 10."""
    d = [int(c) for c in value if c.isdigit()]
    return len(d) == 9 and sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d[:8])) % 10 == d[8]


def _luxembourg(value: str) -> bool:
    """Luxembourg's matricule: YYYYMMDD + 3 digits, then a Luhn and a Verhoeff check digit."""
    from stdnum import luhn, verhoeff

    d = "".join(c for c in value if c.isdigit())
    return len(d) == 13 and 1 <= int(d[4:6]) <= 12 and 1 <= int(d[6:8]) <= 31 and (
        luhn.calc_check_digit(d[:11]) == d[11] and verhoeff.calc_check_digit(d[:11]) == d[12]
    )


def _shape_only(value: str) -> bool:
    """For formats without a check digit: the layout already said all there is."""
    return True


def _f(country: str, name: str, valid: str | Callable[[str], bool], strength: str) -> IdFormat:
    return IdFormat(country, name, _stdnum(valid) if isinstance(valid, str) else valid, strength)


_NINO_LETTERS = r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
_CF_DIGIT = "[0-9LMNPQRSTUV]"
# (layout, formats with that layout). A layout matches the whole number; separators are
# the ones each country prints (spaces, dots, dashes, slashes).
LAYOUTS: tuple[tuple[str, tuple[IdFormat, ...]], ...] = (
    (r"\d{11}", (
        _f("TR", "TCKN", "tr.tckimlik", STRONG), _f("BR", "CPF", "br.cpf", STRONG), _f("BE", "national number", "be.nn", STRONG),
        _f("DE", "IdNr", "de.idnr", WEAK), _f("PL", "PESEL", "pl.pesel", WEAK), _f("HR", "OIB", "hr.oib", WEAK),
        _f("EE", "isikukood", "ee.ik", WEAK), _f("LT", "asmens kodas", "lt.asmens", WEAK), _f("GR", "AMKA", "gr.amka", WEAK),
        _f("LV", "personas kods", "lv.pvn", WEAK),
    )),
    (r"\d{2} \d{3} \d{3} \d{3}", (_f("DE", "IdNr", "de.idnr", WEAK),)),
    (r"\d{3}\.\d{3}\.\d{3}-\d{2}", (_f("BR", "CPF", "br.cpf", STRONG),)),
    (r"\d{2}\.\d{2}\.\d{2}[-. ]\d{3}[.-]\d{2}", (_f("BE", "national number", "be.nn", STRONG),)),
    (r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}", (_f("FR", "NIR", "fr.nir", STRONG),)),
    (r"[0-3]\d ?\d{2} ?\d{3} ?\d{3} ?\d{3}", (_f("FR", "numero fiscal", "fr.nif", WEAK),)),
    (r"\d{13}", (
        _f("LU", "matricule", _luxembourg, STRONG), _f("RO", "CNP", "ro.cnp", WEAK), _f("SI", "EMSO", "si.emso", WEAK),
    )),
    (r"\d{10}", (
        _f("BG", "EGN", "bg.egn", WEAK), _f("AT", "VNR", "at.vnr", WEAK), _f("PL", "NIP", "pl.nip", WEAK),
        _f("GB", "UTR", "gb.utr", WEAK), _f("HU", "adoazonosito jel", _hungarian_tax_id, WEAK),
        _f("CZ", "rodne cislo", "cz.rc", WEAK), _f("SK", "rodne cislo", "sk.rc", WEAK),
        _f("DK", "CPR", "dk.cpr", WEAK), _f("SE", "personnummer", "se.personnummer", WEAK),
    )),
    (r"\d{4} \d{6}", (_f("AT", "VNR", "at.vnr", WEAK),)),
    (r"\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}", (_f("PL", "NIP", "pl.nip", WEAK),)),
    (r"\d{5} \d{5}", (_f("GB", "UTR", "gb.utr", WEAK),)),
    (r"\d{9}|\d{3} \d{3} \d{3}", (
        _f("NL", "BSN", "nl.bsn", WEAK), _f("PT", "NIF", "pt.nif", WEAK), _f("HU", "TAJ", _hungarian_taj, WEAK),
    )),
    (r"\d{4}\.\d{2}\.\d{3}", (_f("NL", "BSN", "nl.bsn", WEAK),)),
    (r"[2-9]\d{3} \d{4} \d{4}|[2-9]\d{11}", (_f("IN", "Aadhaar", "in_.aadhaar", WEAK),)),
    (r"\d{6}/\d{3,4}", (_f("CZ", "rodne cislo", "cz.rc", STRONG), _f("SK", "rodne cislo", "sk.rc", STRONG))),
    (r"\d{6}-\d{4}", (_f("SE", "personnummer", "se.personnummer", STRONG), _f("DK", "CPR", "dk.cpr", WEAK))),
    (r"(?:19|20)\d{6}-?\d{4}", (_f("SE", "personnummer", "se.personnummer", STRONG),)),
    (r"\d{6}-\d{5}", (_f("LV", "personas kods", "lv.pvn", STRONG),)),
    (r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", (_f("FI", "henkilotunnus", "fi.hetu", STRONG),)),
    (r"\d{2,3}/\d{3,4}/\d{4,5}", (_f("DE", "Steuernummer", "de.stnr", WEAK),)),
    (r"\d{8}-?[A-Z]", (_f("ES", "DNI", "es.dni", STRONG), _f("CY", "TIC", "cy.vat", WEAK))),
    (r"[XYZ]-?\d{7}-?[A-Z]", (_f("ES", "NIE", "es.nie", STRONG),)),
    (r"\d{7}[A-W][ABHTWX]?", (_f("IE", "PPS", "ie.pps", STRONG),)),
    (r"\d{8} ?\d ?[A-Z]{2}\d", (_f("PT", "cartao de cidadao", "pt.cc", STRONG),)),
    (rf"{_NINO_LETTERS} ?\d{{2}} ?\d{{2}} ?\d{{2}} ?[A-D]", (_f("GB", "NINO", _shape_only, STRONG),)),
)
# Layouts without six digits in a row (separators aside): checked in every text with a digit.
SHORT_LAYOUTS: tuple[tuple[str, tuple[IdFormat, ...]], ...] = (
    (r"\d{3,7}[MGAPLHBZ]", (_f("MT", "id card", _shape_only, WEAK),)),
    (rf"[A-Z]{{6}}{_CF_DIGIT}{{2}}[A-EHLMPRST]{_CF_DIGIT}{{2}}[A-Z]{_CF_DIGIT}{{3}}[A-Z]", (
        _f("IT", "codice fiscale", "it.codicefiscale", STRONG),
    )),
    (r"[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]", (_f("IN", "PAN", "in_.pan", STRONG),)),
)
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
                continue
            score = _score(fmt, text, match.start(), match.end())
            if score is None:
                continue
            span = IdSpan(match.start(), match.end(), score, f"{fmt.country} {fmt.name}")
            key = (span.start, span.end)
            if key not in best or best[key].score < span.score:
                best[key] = span
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
