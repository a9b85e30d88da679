"""The numbers `national_ids.py` looks for: each country's layouts and validators.

`LAYOUTS` maps a layout (a regex that matches a whole number, with the separators the
country prints) to the formats that share it; a format names its country, its validator
(python-stdnum's `is_valid` where it has one, a check written here for the few it lacks,
the layout alone where the number has no check) and how distinctive it is: `STRONG`
formats are reported without a context word, `WEAK` ones (a bare run of digits with one
check digit, or a shape without a check) only with one. `SHORT_LAYOUTS` have fewer than
six digits in a row.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

STRONG, WEAK = "strong", "weak"


@dataclass(frozen=True)
class IdFormat:
    """One kind of number: its country, name, validator and how distinctive it is."""

    country: str
    name: str
    valid: Callable[[str], bool]
    strength: str



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


def _hungarian_personal(value: str) -> bool:
    """Hungary's szemelyi szam: sex digit, YYMMDD, 3 digits, a mod-11 check (weights 1..10, 10..1 from 1997)."""
    d = [int(c) for c in value if c.isdigit()]
    if len(d) != 11 or not (1 <= d[0] <= 8 and 1 <= d[3] * 10 + d[4] <= 12):
        return False
    since_1997 = d[0] in (3, 4) or (d[0] in (1, 2) and d[1] * 10 + d[2] >= 97)
    weights = range(10, 0, -1) if since_1997 else range(1, 11)
    return sum(x * w for x, w in zip(d[:10], weights)) % 11 == d[10]


def _polish_id_card(value: str) -> bool:
    """Poland's identity card number: 3 letters, a check digit, 5 digits (weights 7 3 1 9 7 3 1 7 3)."""
    if len(value) != 9:
        return False
    values = [ord(c) - 55 for c in value[:3]] + [int(c) for c in value[3:]]
    return sum(v * w for v, w in zip(values, (7, 3, 1, 9, 7, 3, 1, 7, 3))) % 10 == 0


def _luxembourg(value: str) -> bool:
    """Luxembourg's matricule: YYYYMMDD + 3 digits, then a Luhn and a Verhoeff check digit."""
    from stdnum import luhn, verhoeff

    d = "".join(c for c in value if c.isdigit())
    return len(d) == 13 and 1 <= int(d[4:6]) <= 12 and 1 <= int(d[6:8]) <= 31 and (
        luhn.calc_check_digit(d[:11]) == d[11] and verhoeff.calc_check_digit(d[:11]) == d[12]
    )


def _not_a_valid_ssn(value: str) -> bool:
    from stdnum.us import ssn

    return not ssn.is_valid(value)


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
        _f("LV", "personas kods", "lv.pvn", WEAK), _f("NO", "fodselsnummer", "no.fodselsnummer", WEAK),
        _f("HU", "szemelyi szam", _hungarian_personal, WEAK),
    )),
    (r"\d{2} \d{3} \d{3} \d{3}", (_f("DE", "IdNr", "de.idnr", WEAK),)),
    (r"\d{3}\.\d{3}\.\d{3}-\d{2}", (_f("BR", "CPF", "br.cpf", STRONG),)),
    (r"\d{2}\.\d{2}\.\d{2}[-. ]\d{3}[.-]\d{2}", (_f("BE", "national number", "be.nn", STRONG),)),
    (r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}", (_f("FR", "NIR", "fr.nir", STRONG),)),
    (r"[0-3]\d ?\d{2} ?\d{3} ?\d{3} ?\d{3}", (_f("FR", "numero fiscal", "fr.nif", WEAK),)),
    (r"\d{13}", (
        _f("LU", "matricule", _luxembourg, STRONG), _f("CH", "AHV", "ch.ssn", STRONG), _f("RO", "CNP", "ro.cnp", WEAK),
        _f("SI", "EMSO", "si.emso", WEAK),
    )),
    (r"\d{10}", (
        _f("BG", "EGN", "bg.egn", WEAK), _f("AT", "VNR", "at.vnr", WEAK), _f("PL", "NIP", "pl.nip", WEAK),
        _f("GB", "UTR", "gb.utr", WEAK), _f("HU", "adoazonosito jel", _hungarian_tax_id, WEAK),
        _f("CZ", "rodne cislo", "cz.rc", WEAK), _f("SK", "rodne cislo", "sk.rc", WEAK),
        _f("DK", "CPR", "dk.cpr", WEAK), _f("SE", "personnummer", "se.personnummer", WEAK),
        _f("UA", "RNTRC", "ua.rntrc", WEAK),
    )),
    (r"\d{4} \d{6}", (_f("AT", "VNR", "at.vnr", WEAK),)),
    (r"\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}", (_f("PL", "NIP", "pl.nip", WEAK),)),
    (r"\d{5} \d{5}", (_f("GB", "UTR", "gb.utr", WEAK),)),
    (r"\d{9}|\d{3} \d{3} \d{3}", (
        _f("NL", "BSN", "nl.bsn", WEAK), _f("PT", "NIF", "pt.nif", WEAK), _f("HU", "TAJ", _hungarian_taj, WEAK),
        _f("GR", "AFM", "gr.vat", WEAK), _f("CA", "SIN", "ca.sin", WEAK), _f("IL", "teudat zehut", "il.idnr", WEAK),
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
    # A NINO's shape with a prefix or suffix never issued (test data uses "ZZ ... T").
    (r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]|[A-Z]{2} ?\d{6} ?[A-Z]", (_f("GB", "NINO-like", _shape_only, WEAK),)),
    # The US SSN layout that Presidio's US_SSN rejects (area 000, 666, 9xx): with an id word only.
    # A valid SSN is left to US_SSN, so that a route's US_SSN keeps its name.
    (r"\d{3}-\d{2}-\d{4}", (_f("US", "SSN-like", _not_a_valid_ssn, WEAK),)),
    (r"[A-Z]{3}\d{6}", (_f("PL", "dowod osobisty", _polish_id_card, STRONG),)),
    # Beyond Europe, India, Turkey and Brazil: the other countries python-stdnum checks.
    (r"756\.\d{4}\.\d{4}\.\d{2}", (_f("CH", "AHV", "ch.ssn", STRONG),)),
    (r"\d{6}-[1-8]\d{6}", (_f("KR", "RRN", "kr.rrn", STRONG), _f("KR", "RRN-like", _shape_only, WEAK))),
    (r"\d{6}(?:19|20)\d{2}[01]\d[0-3]\d{4}[\dX]", (_f("CN", "RIC", "cn.ric", STRONG), _f("CN", "RIC-like", _shape_only, WEAK))),
    (r"[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d", (_f("MX", "CURP", "mx.curp", STRONG),)),
    (r"[A-Z&]{3,4}\d{6}[A-Z\d]{3}", (_f("MX", "RFC", "mx.rfc", STRONG),)),
    (r"\d{1,2}\.\d{3}\.\d{3}-[\dK]", (_f("CL", "RUT", "cl.rut", STRONG),)),
    (r"\d{2}-\d{8}-\d", (_f("AR", "CUIT", "ar.cuit", STRONG),)),
    (r"\d-\d{4}-\d{5}-\d{2}-\d", (_f("TH", "PIN", "th.pin", STRONG),)),
    # Latin America beyond Mexico, Chile and Argentina: the Dominican cédula, Venezuela's RIF
    # and cédula, Uruguay's and Ecuador's cédulas (a bare run of digits: with an id word only)
    (r"\d{3}-\d{7}-\d", (_f("DO", "cedula", "do.cedula", STRONG),)),
    (r"[VEJPG]-?\d{8}-?\d", (_f("VE", "RIF", "ve.rif", STRONG),)),
    (r"[VE]-?\d{1,2}\.?\d{3}\.?\d{3}", (_f("VE", "cedula", _shape_only, WEAK),)),
    (r"\d\.\d{3}\.\d{3}-\d", (_f("UY", "cedula", _shape_only, WEAK),)),
    (r"[A-Z][12]\d{8}", (_f("TW", "national id", _shape_only, WEAK),)),
)
# Layouts without six digits in a row (separators aside): checked in every text with a digit.
SHORT_LAYOUTS: tuple[tuple[str, tuple[IdFormat, ...]], ...] = (
    (r"\d{3,7}[MGAPLHBZ]", (_f("MT", "id card", _shape_only, WEAK),)),
    (rf"[A-Z]{{6}}{_CF_DIGIT}{{2}}[A-EHLMPRST]{_CF_DIGIT}{{2}}[A-Z]{_CF_DIGIT}{{3}}[A-Z]", (
        _f("IT", "codice fiscale", "it.codicefiscale", STRONG),
    )),
    (r"[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]", (_f("IN", "PAN", "in_.pan", STRONG),)),
)
