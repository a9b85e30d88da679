"""Recall on generated national ids, passports and obfuscated e-mails and phones; false positives.

    PYTHONPATH=. python benchmarks/id_recall.py [--per-format 5] [--seed 7] [--json out.json]

Values are made with seeds: national ids are random digits completed until python-stdnum
accepts them (the filter's recognisers use the same validators, so this measures the
candidate patterns, separators and context words, not the checksums); passport numbers
follow each country's shape; e-mails and phones are Faker's, written the ways people hide
them. Each value is planted in a carrier sentence in its country's language (with the
id's own word, or, for one carrier in four, with no id word at all). The filter runs with
the defaults (`FilterSpec()`: `DEFAULT_ENTITIES` at threshold 0.4). A value leaks when a
word of it survives (`filter_fixtures.leaked`). False positives: the PII-free texts of
tests/data (dev, test and the false-positive list) that the defaults alter, and the
findings of the new recognisers (`NEW_RECOGNIZERS`) in the dev and test sets' texts, whose
planted values include phones, cards, IBANs, SSNs and dates but no national id or passport.
"""

from __future__ import annotations

import importlib
import logging
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from harness import arguments, write_json  # noqa: E402
from filter_fixtures import clean_texts, false_positive_lines, leaked, load_set, wilson  # noqa: E402

# (format, stdnum module, how a candidate is made, carrier with the id's word)
D = "0123456789"
NATIONAL_IDS = [
    ("DE IdNr", "de.idnr", "N##########", "Ihre Steuer-ID: {v}. Bitte aufbewahren."),
    ("PL PESEL", "pl.pesel", "YYMMDD#####", "Pacjent, PESEL {v}, zgłosił się rano."),
    ("PL NIP", "pl.nip", "N##-###-##-##", "Faktura dla NIP {v} została wystawiona."),
    ("TR TCKN", "tr.tckimlik", "N##########", "T.C. Kimlik No {v} ile kayıt yapıldı."),
    ("BR CPF", "br.cpf", "###.###.###-##", "O cliente informou o CPF {v} no cadastro."),
    ("HR OIB", "hr.oib", "N##########", "Vaš OIB je {v}."),
    ("EE isikukood", "ee.ik", "3YYMMDD####", "Isikukood: {v}"),
    ("LT asmens kodas", "lt.asmens", "4YYMMDD####", "Asmens kodas {v}"),
    ("GR AMKA", "gr.amka", "DDMMYY#####", "Ο ασθενής με AMKA {v} εξετάστηκε."),
    ("BE national number", "be.nn", "YY.MM.DD-###.##", "Rijksregisternummer: {v}"),
    ("RO CNP", "ro.cnp", "1YYMMDD######", "Codul numeric personal (CNP) {v} este valid."),
    ("SI EMSO", "si.emso", "DDMM9YY50####", "EMŠO: {v}"),
    ("BG EGN", "bg.egn", "YYMMDD####", "ЕГН / EGN {v}"),
    ("AT VNR", "at.vnr", "N### DDMMYY", "Versicherungsnummer {v}"),
    ("GB UTR", "gb.utr", "N#########", "Your Unique Taxpayer Reference (UTR) is {v}."),
    ("CZ rodne cislo", "cz.rc", "YYMMDD/####", "Rodné číslo: {v}"),
    ("SK rodne cislo", "sk.rc", "YYMMDD/####", "rodné číslo {v}"),
    ("DK CPR", "dk.cpr", "DDMMYY-####", "CPR-nr. {v}"),
    ("SE personnummer", "se.personnummer", "YYMMDD-####", "Personnummer {v}"),
    ("FI henkilotunnus", "fi.hetu", "DDMMYY-###L", "Henkilötunnus: {v}"),
    ("LV personas kods", "lv.pvn", "DDMMYY-1####", "Personas kods {v}"),
    ("NL BSN", "nl.bsn", "N########", "Uw BSN is {v}."),
    ("PT NIF", "pt.nif", "2########", "NIF {v} (contribuinte)"),
    ("ES DNI", "es.dni", "########L", "DNI: {v}"),
    ("ES NIE", "es.nie", "X#######L", "Tarjeta NIE {v}"),
    ("IE PPS", "ie.pps", "#######L", "PPSN: {v}"),
    ("IT codice fiscale", "it.codicefiscale", None, "C.F. {v}"),
    ("FR NIR", "fr.nir", "1 YY MM ## ### ### ##", "N° de sécurité sociale : {v}"),
    ("FR numero fiscal", "fr.nif", "1############", "Numéro fiscal de référence {v}"),
    ("CY TIC", "cy.vat", "1#######L", "Tax Identification Code {v}"),
    ("IN Aadhaar", "in_.aadhaar", "N### #### ####", "Aadhaar no. {v}"),
    ("IN PAN", "in_.pan", "LLLPL####L", "PAN: {v}"),
]
NO_WORD_CARRIER = "Reference {v} was added to the file."
NEW_RECOGNIZERS = frozenset({"NationalIdRecognizer", "PassportRecognizer", "ObfuscatedEmailRecognizer", "MachineReadableZone"})
PASSPORTS = [
    ("US", "#########", "Passport No. {v}"), ("GB", "#########", "UK passport number {v}"),
    ("DE", "C########", "Reisepassnummer: {v}"), ("FR", "##LL#####", "Passeport n° {v}"),
    ("ES", "LLL######", "Pasaporte: {v}"), ("IT", "LL#######", "Passaporto numero {v}"),
    ("NL", "LL######", "Paspoort {v}"), ("PT", "L######", "Passaporte {v}"),
    ("PL", "LL#######", "Paszport nr {v}"), ("TR", "U########", "Pasaport numarası {v}"),
    ("IN", "L#######", "passport no {v}"), ("BR", "LL######", "Número do passaporte: {v}"),
]
EMAIL_STYLES = [
    ("[at]", lambda u, d: f"{u} [at] {d}"), ("(at)", lambda u, d: f"{u}(at){d}"),
    ("dot/at words", lambda u, d: f"{u.replace('.', ' dot ')} at {d.replace('.', ' dot ')}"),
    ("spaces around @", lambda u, d: f"{u} @ {d}"), ("url-encoded", lambda u, d: f"{u}%40{d}"),
    ("[at] [dot]", lambda u, d: f"{u} [at] {d.replace('.', ' [dot] ')}"),
]
EMAIL_CARRIERS = ["You can write to {v} for details.", "Contact: {v}", "Her address is {v}, she replies fast.", "Schreiben Sie an {v}."]
PHONE_SEPARATORS = ["_", "•", "~", "·", " ~ "]
PHONE_CARRIERS = ["Call me on {v} tonight.", "Tel. {v}", "Reach the office at {v}.", "Mi número es {v}."]


def fill(layout: str, rng: random.Random) -> str:
    """A candidate from a layout: # digit, N non-zero digit, L letter, YY/MM/DD a date part."""
    out = layout.replace("YY", f"{rng.randint(50, 99):02d}").replace("MM", f"{rng.randint(1, 12):02d}")
    out = out.replace("DD", f"{rng.randint(1, 28):02d}")
    return "".join(
        rng.choice(D) if c == "#" else rng.choice(D[1:]) if c == "N" else rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") if c == "L" else c
        for c in out
    )


def national_ids(rng: random.Random, per_format: int) -> list[tuple[str, str, str]]:
    from faker import Faker

    italian = Faker("it_IT")
    italian.seed_instance(rng.randint(0, 10**6))
    rows = []
    for name, module, layout, carrier in NATIONAL_IDS:
        valid = importlib.import_module(f"stdnum.{module}").is_valid
        for i in range(per_format):
            value = italian.ssn() if layout is None else next(v for v in (fill(layout, rng) for _ in range(10**6)) if valid(v))
            rows.append((f"id {name}" if i % 4 else "id without an id word", (carrier if i % 4 else NO_WORD_CARRIER).format(v=value), value))
    return rows


def passports(rng: random.Random, per_format: int) -> list[tuple[str, str, str]]:
    return [(f"passport {c}", carrier.format(v=(v := fill(shape, rng))), v) for c, shape, carrier in PASSPORTS for _ in range(per_format)]


def obfuscated(rng: random.Random, per_format: int) -> list[tuple[str, str, str]]:
    from faker import Faker

    fake = Faker(["en_US", "de_DE", "fr_FR", "es_ES"])
    fake.seed_instance(rng.randint(0, 10**6))
    rows = []
    for style, write in EMAIL_STYLES:
        for _ in range(per_format * 2):
            user, domain = fake.email().split("@")
            value = write(user, domain)
            rows.append((f"email {style}", rng.choice(EMAIL_CARRIERS).format(v=value), value))
    for sep in PHONE_SEPARATORS:
        for _ in range(per_format * 2):
            digits = f"{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(1000, 9999)}"
            value = sep.join((digits[:3], digits[3:6], digits[6:]))
            rows.append((f"phone {sep.strip()!r}", rng.choice(PHONE_CARRIERS).format(v=value), value))
    return rows


def rate(k: int, n: int) -> dict:
    low, high = wilson(k, n)
    return {"k": k, "n": n, "rate": round(k / n, 4) if n else None, "ci95": [round(low, 4), round(high, 4)]}


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__)
    parser.add_argument("--per-format", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    for noisy in ("presidio-analyzer", "tldextract", "faker"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    from guardrail.filtering import OutputFilter
    from guardrail.policy import FilterSpec

    rng = random.Random(args.seed)
    rows = national_ids(rng, args.per_format) + passports(rng, args.per_format) + obfuscated(rng, args.per_format)
    output_filter, spec = OutputFilter(), FilterSpec()
    output_filter.warmup()
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for kind, text, value in rows:
        spans = [(f.start, f.end) for f in output_filter.filter(text, spec, "eval").findings]
        group = kind.split()[0] if kind.startswith(("id ", "passport ")) and "without" not in kind else kind
        for key in {group, kind}:
            found[key][0] += not leaked(value, text, spans)
            found[key][1] += 1
        if leaked(value, text, spans):
            misses.append((kind, text))
    clean = clean_texts("dev") + clean_texts("test") + false_positive_lines()
    altered = [t for t in clean if output_filter.filter(t, spec, "eval").findings]
    records = [row["text"] for name in ("dev", "test") for row in load_set(name)]
    spurious = sum(
        f.recognizer in NEW_RECOGNIZERS for text in records for f in output_filter.filter(text, spec, "eval").findings
    )
    result = {
        "recall": {k: rate(*v) for k, v in sorted(found.items())}, "altered": rate(len(altered), len(clean)),
        "new_recognizer_findings_in_dev_and_test_texts": {"findings": spurious, "texts": len(records)},
    }
    for key, r in result["recall"].items():
        print(f"recall {key:32s} {r['rate']:.3f} ({r['k']}/{r['n']}, 95% CI {r['ci95'][0]:.3f}-{r['ci95'][1]:.3f})")
    a = result["altered"]
    print(f"PII-free texts altered (defaults) {a['rate']:.3f} ({a['k']}/{a['n']}, 95% CI {a['ci95'][0]:.3f}-{a['ci95'][1]:.3f})")
    print(f"findings of the new recognisers in {len(records)} dev and test texts: {spurious}")
    if args.misses:
        for kind, text in misses:
            print("   miss", kind, repr(text))
        for text in altered:
            print("   altered", repr(text))
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
