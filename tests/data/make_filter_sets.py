"""Build the filter's dev and test sets from Faker identities and our own templates.

    python tests/data/make_filter_sets.py   # writes filter_dev.json and filter_test.json here

Each row is one text with every personal value planted in it (entity type and raw value),
its locale and its language, and `context`: the values of the record the answer was written
from (what a caller could pass to the filter as `protect=`). The dev and test sets use
different seeds *and* different templates, so nothing tuned on dev can have seen a test
sentence. PII-free texts are hand-written: `filter_clean_dev.txt`, `filter_clean_test.txt`.
Faker is needed only to rebuild the files, never to run the tests.
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

HERE = Path(__file__).parent
LOCALES = (
    "en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT", "nl_NL", "pl_PL", "pt_BR", "pt_PT",
    "sv_SE", "no_NO", "da_DK", "fi_FI", "cs_CZ", "hu_HU", "ja_JP", "tr_TR", "ro_RO", "hr_HR",
)
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
JP_PLACES = ("Shibuya-ku, Tokyo", "Chuo-ku, Osaka", "Naka-ku, Yokohama", "Sakyo-ku, Kyoto", "Kita-ku, Sapporo")
JP_DISTRICTS = ("Jingumae", "Namba", "Motomachi", "Ichijoji", "Kita 8-jo")

# {slot} -> an entity; a slot may repeat in a template (same value).
SLOTS = {
    "person": "PERSON", "first": "PERSON", "last": "PERSON", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER",
    "card": "CREDIT_CARD", "iban": "IBAN_CODE", "street": "STREET_ADDRESS", "city": "LOCATION",
    "dob": "DATE_TIME", "date": "DATE_TIME", "ip": "IP_ADDRESS", "ssn": "US_SSN",
}

DEV_TEMPLATES = {
    "en": [
        "The account belongs to {person}, who lives at {street}, {city}.",
        "{person} was born on {dob} and can be reached at {phone}.",
        "Please send the contract to {email} and copy {first}.",
        "{first}: Remember me? We met at the conference.\n{last}: Of course, how are you?",
        "Our records list {person}, phone {phone}, e-mail {email}.",
        "Mr. {last} asked us to update the delivery address to {street}.",
        "Refund the payment to card {card} held by {person}.",
        "The transfer went to IBAN {iban} in the name of {person}.",
        "{last} confirmed the booking on {date} from the IP address {ip}.",
        "Ship the parcel to {street}, {city}, attention {person}.",
        "Hi {first}, your new PIN was sent to {phone}.",
        "Patient {person} (DOB {dob}) moved to {city} last year.",
        "The customer's SSN is {ssn} and the card on file is {card}.",
        "I called {person} yesterday; {last} said the invoice is wrong.",
        "Contact: {person} <{email}>, {street}, {city}",
        "Dear {person}, we received your letter dated {date}.",
    ],
    "fr": [
        "Le compte appartient à {person}, qui habite {street}, {city}.",
        "{person} est né le {dob} et son numéro est le {phone}.",
        "Vous pouvez écrire à {email} ou appeler {first} au {phone}.",
        "Le virement a été fait sur l'IBAN {iban} au nom de {person}.",
        "La carte {card} de {person} a été débitée.",
    ],
    "de": [
        "Das Konto gehört {person}, wohnhaft in {street}, {city}.",
        "{person} wurde am {dob} geboren und ist unter {phone} erreichbar.",
        "Schreiben Sie an {email} oder rufen Sie {first} unter {phone} an.",
        "Die Überweisung ging an die IBAN {iban} auf den Namen {person}.",
        "Die Karte {card} von {person} wurde belastet.",
    ],
    "es": [
        "La cuenta pertenece a {person}, que vive en {street}, {city}.",
        "{person} nació el {dob} y su teléfono es {phone}.",
        "Puede escribir a {email} o llamar a {first} al {phone}.",
        "La transferencia se hizo al IBAN {iban} a nombre de {person}.",
        "Se cargó la tarjeta {card} de {person}.",
    ],
}

TEST_TEMPLATES = {
    "en": [
        "According to the file, {person} rents the flat at {street} in {city}.",
        "{person}'s date of birth is {dob}; mobile {phone}.",
        "Forward the complaint to {email}, then let {first} know.",
        "{first}: Is this still my number, {phone}?\nAgent: Yes, {last}, it is.",
        "Billing contact {person} paid with {card} on {date}.",
        "Wire the deposit to {iban} (account holder: {person}).",
        "Ms. {last} logged in from {ip} and changed her address to {street}.",
        "The courier could not find {street}, {city}; please call {person} on {phone}.",
        "{last} has SSN {ssn} according to the form.",
        "Summary: {person}, {email}, {phone}, {street}, {city}.",
        "We spoke to {last} again on {date}.",
        "Birthday card for {first} ({dob}) goes to {street}.",
    ],
    "fr": [
        "Selon le dossier, {person} loue l'appartement au {street} à {city}.",
        "Date de naissance de {person} : {dob} ; portable {phone}.",
        "Transférez la plainte à {email} et prévenez {first}.",
        "Versez l'acompte sur {iban} (titulaire : {person}), carte {card}.",
    ],
    "de": [
        "Laut Akte mietet {person} die Wohnung in {street} in {city}.",
        "Geburtsdatum von {person}: {dob}; Handy {phone}.",
        "Leiten Sie die Beschwerde an {email} weiter und informieren Sie {first}.",
        "Überweisen Sie die Kaution auf {iban} (Kontoinhaber: {person}), Karte {card}.",
    ],
    "es": [
        "Según el expediente, {person} alquila el piso de {street} en {city}.",
        "Fecha de nacimiento de {person}: {dob}; móvil {phone}.",
        "Reenvíe la queja a {email} y avise a {first}.",
        "Ingrese la fianza en {iban} (titular: {person}), tarjeta {card}.",
    ],
}


def _date(rng: random.Random, lang: str, birth: bool) -> str:
    year = rng.randint(1940, 2004) if birth else rng.randint(2015, 2026)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    name = MONTHS[lang].split()[month - 1]
    forms = {
        "en": [f"{name} {day}, {year}", f"{day} {name} {year}", f"{year}-{month:02d}-{day:02d}", f"{month:02d}/{day:02d}/{year}"],
        "fr": [f"{day} {name} {year}", f"{day:02d}/{month:02d}/{year}"],
        "de": [f"{day}. {name} {year}", f"{day:02d}.{month:02d}.{year}"],
        "es": [f"{day} de {name} de {year}", f"{day:02d}/{month:02d}/{year}"],
    }[lang]
    return rng.choice(forms)


def _card(fake, rng: random.Random) -> str:
    digits = fake.credit_card_number(card_type=rng.choice(["visa", "mastercard", "amex"]))
    if rng.random() < 0.5 and len(digits) == 16:
        return " ".join(digits[i:i + 4] for i in range(0, 16, 4))
    return digits


def _iban(fake, rng: random.Random) -> str:
    iban = fake.iban()
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if rng.random() < 0.5 else iban


def _identity(locale: str, rng: random.Random, lang: str) -> dict[str, str]:
    from faker import Faker

    fake, us = Faker(locale), Faker("en_US")  # card brands and SSNs come from the US provider
    fake.seed_instance(rng.getrandbits(32))
    us.seed_instance(rng.getrandbits(32))
    if locale == "ja_JP":
        first, last = fake.first_romanized_name(), fake.last_romanized_name()
        street = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(JP_DISTRICTS)}"
        city = rng.choice(JP_PLACES)
    else:
        first, last = fake.first_name(), fake.last_name()
        street = fake.street_address().replace("\n", ", ")
        city = fake.city()
        if rng.random() < 0.4:
            city = f"{fake.postcode()} {city}"
    return {
        "person": f"{first} {last}", "first": first, "last": last,
        "email": fake.email(), "phone": fake.phone_number(), "card": _card(us, rng), "iban": _iban(fake, rng),
        "street": street, "city": city, "dob": _date(rng, lang, birth=True), "date": _date(rng, lang, birth=False),
        "ip": fake.ipv4_public() if rng.random() < 0.8 else fake.ipv6(), "ssn": us.ssn(),
    }


def build(templates: dict[str, list[str]], seed: int, per_locale: int) -> list[dict]:
    """`per_locale` texts per locale in English, plus French/German/Spanish answers."""
    rng = random.Random(seed)
    rows = []
    plans = [(loc, "en") for loc in LOCALES for _ in range(per_locale)]
    foreign = {"fr": ("fr_FR", "en_US", "de_DE", "pl_PL", "nl_NL"), "de": ("de_DE", "fr_FR", "sv_SE", "cs_CZ", "en_GB"),
               "es": ("es_ES", "es_MX", "pt_BR", "it_IT", "en_US")}
    for lang, locales in foreign.items():
        plans += [(rng.choice(locales), lang) for _ in range(per_locale * 4)]
    for i, (locale, lang) in enumerate(plans):
        template = rng.choice(templates[lang])
        ident = _identity(locale, rng, lang)
        slots = [name for _, name, _, _ in string.Formatter().parse(template) if name]
        values = {(SLOTS[s], ident[s]) for s in slots}
        rows.append({
            "id": f"{lang}-{locale}-{i}", "locale": locale, "lang": lang, "text": template.format(**ident),
            "values": [{"entity": e, "value": v} for e, v in sorted(values)],
            "context": [ident[k] for k in ("person", "email", "phone", "card", "iban", "street", "city", "dob")],
        })
    return rows


def main() -> None:
    for name, templates, seed in (("dev", DEV_TEMPLATES, 13), ("test", TEST_TEMPLATES, 1013)):
        rows = build(templates, seed, per_locale=12)
        (HERE / f"filter_{name}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(name, len(rows), "texts", sum(len(r["values"]) for r in rows), "values")


if __name__ == "__main__":
    main()
