"""Street lines and postcode-and-town lines in the formats of many countries (training data).

Street names are composed from the training name lists and towns (never from Faker, which
the held-out test set uses): `Kowalskiego 12/4`, `Atatürk Cad. No: 70`, `Ermou 7`,
`Dvořákova 1234/5`, `Petőfi utca 12.`, `12 Bălcescu Str.`, `Av. Rivera 2345 apto 3`.
"""

from __future__ import annotations

import random
import re

# style -> (countries whose names and towns fill it, street formats, postcode-and-town formats)
# In formats: {L} a surname, {F} a given name, {T} a town, {n} a house number, {m} a small
# number, {N} a four-digit number; in postcodes: 9 a digit, A a letter, {T} the town.
STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (("US", "GB", "IE", "CA", "AU", "NZ", "ZA"),
           ("{n} {L} Street", "{n} {L} Road", "{n} {F} Avenue", "{n} {L} Lane", "{n} {T} Drive", "{n} {L} Close",
            "Flat {m}, {n} {L} Road", "{n} {L} St.", "{n} {L} Ave, Apt {m}", "{n} {T} Way", "{n} High Street"),
           ("{T} 9A9 9AA", "{T}, AA 99999", "{T} AA 99999", "{T} AA9 9AA", "99999 {T}")),
    "de": (("DE", "AT", "CH", "LU"),
           ("{L}straße {n}", "{L}str. {n}", "{L}weg {n}a", "{F}-{L}-Straße {n}", "Am {L}hof {n}", "{T}er Allee {n}",
            "{L}gasse {n}/{m}", "{L}platz {n}"),
           ("99999 {T}", "D-99999 {T}", "A-9999 {T}", "CH-9999 {T}", "9999 {T}")),
    "nl": (("NL", "BE"),
           ("{L}straat {n}", "{L}laan {n}", "{L}gracht {n}-{m}", "{F} {L}plein {n}", "{L}weg {n} bus {m}", "{T}sestraat {n}"),
           ("9999 AA {T}", "9999AA {T}", "9999 {T}", "B-9999 {T}")),
    "fr": (("FR", "BE", "CH", "LU", "MA", "TN", "DZ"),
           ("{n} rue {L}", "{n}, rue de {T}", "{n} avenue {F} {L}", "{n} bd {L}", "{n} bis, place {L}", "{n} allée des {L}",
            "{n} chemin de {T}"),
           ("99999 {T}", "99999 {T} Cedex", "F-99999 {T}")),
    "es": (("ES", "MX", "AR", "CL", "CO", "PE"),
           ("Calle {L} {n}", "C/ {L}, {n}", "Avda. de {T}, {n}", "Calle {F} {L} {n}, {m}º", "Paseo de {L} {n}", "Av. {L} {N}",
            "Plaza {L} {n}"),
           ("99999 {T}", "{T}, 99999", "C.P. 99999 {T}", "9999999 {T}")),
    "uy": (("UY", "AR", "PY"),
           ("Av. {F} {L} {N}", "{L} {N} apto {m}", "Bulevar {L} {N}", "Av. 18 de Julio {N}", "Calle {L} {N} bis", "{L} {N} esq. {L}"),
           ("99999 {T}", "CP 99999 {T}", "{T} 99999")),
    "it": (("IT", "CH", "SM"),
           ("Via {F} {L} {n}", "Via {L}, {n}", "Piazza {L} {n}", "Corso {T} {n}", "Viale {L} {n}/A", "Vicolo {L} {n}"),
           ("99999 {T}", "99999 {T} (AA)", "I-99999 {T}")),
    "pt": (("PT", "BR", "AO", "MZ"),
           ("Rua {F} {L}, {n}", "Rua {L} {n}", "Av. {L}, {N}", "Travessa {L} {n}", "Largo {L} {n}", "Rua {L}, {n}, apto {m}"),
           ("9999-999 {T}", "99999-999 {T}", "{T} - AA, 99999-999", "CEP 99999-999 {T}")),
    "pl": (("PL",),
           ("ul. {L} {n}", "ul. {F} {L} {n}/{m}", "al. {L} {n}", "os. {L} {n}", "pl. {L} {n}", "ulica {L} {n}"),
           ("99-999 {T}", "PL-99-999 {T}")),
    "tr": (("TR",),
           ("{L} Cad. No: {n}", "{L} Sok. No:{n} D:{m}", "{L} Mah. {L} Sk. No: {n}", "{T} Caddesi No: {n}/{m}",
            "{L} Bulvarı No: {n}", "{L} Sokak No {n} Daire {m}"),
           ("99999 {T}", "99999 {T}/{T}", "{T} 99999")),
    "gr": (("GR", "CY"),
           ("{L} {n}", "Odos {L} {n}", "{L} {n}-{m}", "Leof. {L} {n}", "Plateia {L} {n}"),
           ("999 99 {T}", "99999 {T}", "GR-999 99 {T}")),
    "cz": (("CZ", "SK"),
           ("{L}ova {N}/{n}", "{L} {N}/{n}", "náměstí {L} {n}", "{L}ova ulice {n}", "nám. {L} {n}"),
           ("999 99 {T}", "99999 {T}", "CZ-999 99 {T}")),
    "sl": (("SI", "HR", "RS", "BA"),
           ("{L}va ulica {n}", "Cesta {L} {n}", "{L}ova {n}", "Ulica {F} {L} {n}a", "Trg {L} {n}"),
           ("9999 {T}", "SI-9999 {T}", "99999 {T}", "HR-99999 {T}")),
    "hu": (("HU",),
           ("{L} utca {n}.", "{L} út {n}.", "{L} tér {n}.", "{F} {L} u. {n}. {m}/{m}", "{L} körút {n}."),
           ("9999 {T}", "H-9999 {T}", "{T}, 9999")),
    "ro": (("RO", "MD"),
           ("Str. {L} nr. {n}", "{n} {L} Str.", "Bd. {L} nr. {n}, bl. {m}", "Calea {T} {n}", "Strada {F} {L} {n}"),
           ("999999 {T}", "{T} 999999", "RO-999999 {T}")),
    "nordic": (("SE", "NO", "DK", "FI", "IS"),
               ("{L}gatan {n}", "{L}vägen {n} B", "{L}gate {n}", "{L}vej {n}, {m}. tv", "{L}katu {n} A {m}"),
               ("999 99 {T}", "9999 {T}", "DK-9999 {T}", "99999 {T}")),
}


def fill(pattern: str, rng: random.Random, surname, first, town) -> str:
    """One street or postcode line: slots from the callables, `9`/`A` in postcodes random."""
    out = pattern
    out = re.sub(r"\{L\}", lambda _: surname(), out)
    out = re.sub(r"\{F\}", lambda _: first(), out)
    out = re.sub(r"\{T\}", lambda _: town(), out)
    out = re.sub(r"\{n\}", lambda _: str(rng.choice((rng.randint(1, 30), rng.randint(1, 250)))), out)
    out = re.sub(r"\{m\}", lambda _: str(rng.randint(1, 20)), out)
    out = re.sub(r"\{N\}", lambda _: str(rng.randint(100, 3999)), out)
    return out


def postcode(pattern: str, rng: random.Random, town: str) -> str:
    """A postcode-and-town line: `9` and `A` become random digits and capitals; `{T}` the town."""
    chars = [str(rng.randint(0, 9)) if c == "9" else chr(rng.randint(65, 90)) if c == "A" else c for c in pattern.replace("{T}", "\0")]
    return "".join(chars).replace("\0", town, 1).replace("\0", town)
