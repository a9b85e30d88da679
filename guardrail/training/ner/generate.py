"""The seeded generator of NER training text: carriers filled with names and places.

`generate(n, seed, names)` returns `n` examples; the same seed and name lists give the same
examples. A share of them is PII-free (`NEGATIVES`), and casing is varied the way people
type: a whole text in lower case or capitals, a name in capitals ("JANE ROE"), in lower
case ("jane roe"), inverted ("Roe, Jane"), or broken over a line.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache

from guardrail.training.ner import places
from guardrail.training.ner.carriers import NEGATIVE_PARTS, NEGATIVES, PERSON_PREDICATES, SENTENCES
from guardrail.training.ner.compose import COMPOSERS, LANGS
from guardrail.training.ner.sources import NameLists, countries, towns

LABELS = {"P": "PERSON", "F": "PERSON", "L": "PERSON", "T": "LOCATION", "Z": "LOCATION", "C": "LOCATION", "S": "STREET_ADDRESS"}
LANG_STYLES = {"en": ("en",), "de": ("de",), "fr": ("fr",), "es": ("es", "uy"), "it": ("it",), "nl": ("nl",), "pt": ("pt",),
               "pl": ("pl",), "tr": ("tr",), "xx": ("gr", "cz", "sl", "hu", "ro", "nordic", "uy")}
ORGS = ("Acme Corp", "Globex", "Initech", "Siemens", "Zalando", "Orange", "Telefónica", "Enel", "Philips", "Allegro", "Turkcell",
        "the Red Cross", "City Hospital", "Northwind Traders", "Contoso Ltd", "Banco Nacional", "Deutsche Bahn", "BlueSky Labs",
        "Fabrikam GmbH", "Umbrella Health", "Stark Logistics", "Tailspin Toys", "Vandelay Industries", "Helios SA")
PRODUCTS = ("Python", "Kubernetes", "Jenkins", "Excel", "Slack", "Jira", "Photoshop", "PostgreSQL", "Grafana", "Terraform", "Docker",
            "Windows 11", "iPhone 15", "Galaxy S24", "Model Y", "ThinkPad", "Kindle", "PlayStation", "Firefox", "Outlook", "Redis")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Montag", "Freitag", "lundi", "vendredi",
        "lunes", "viernes", "lunedì", "venerdì", "maandag", "vrijdag", "segunda-feira", "sexta-feira", "poniedziałek", "piątek",
        "Pazartesi", "Cuma", "next week", "tomorrow", "12 March", "3 June")
LOREM_LOCALES = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL", "xx": "cs_CZ"}
_SLOT = re.compile(r"\{([A-Z])\}")
NEGATIVE_SHARE = 0.25
TITLED_SHARE = 0.08
# Carriers of capitalised things: products, titles, plans, features (`_titled`).
TITLED = {
    "en": ("{T} and {T} are both available on {R}.", "The {T} is on the last {D} of every month.",
           "Switch the {R} file to {T} and export the icons.", "| Plan | Price |\n| {T} | {N} EUR |\n| {T} | {N} EUR |",
           "We watched {T} and {T} last night.", "Open {T} > {T} to change the setting.",
           "The {T} team ships the {T} release on {D}.", "{R} now supports {T} and {T}.",
           "Our {T} plan includes {T} and {T}.", 'Read chapter {N}, "{T}", before the workshop.',
           "{T}: {N} items in stock.", "The {T} runs {T} and a {T} bridge.", "Tickets for {T} go on sale {D}."),
    "de": ("{T} und {T} sind ab {D} verfügbar.", "Der Tarif {T} kostet {N} Euro.", "Öffnen Sie {T} > {T}."),
    "fr": ("{T} et {T} sont disponibles dès {D}.", "L'offre {T} coûte {N} euros.", "Ouvrez {T} > {T}."),
    "es": ("{T} y {T} están disponibles desde el {D}.", "El plan {T} cuesta {N} euros.", "Abra {T} > {T}."),
}
PEOPLE_SHARE = 0.15
COMPOSED_SHARE = 0.3


@dataclass(frozen=True)
class Example:
    """A training text and its labelled spans `(start, end, label)`."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    lang: str


class Filler:
    """Draws the values of one example from the training sources, all from one style's countries."""

    def __init__(self, rng: random.Random, names: NameLists, town_list, country_list):
        self.rng, self.names, self.towns, self.countries = rng, names, town_list, country_list
        self.by_country: dict[str, list[str]] = {}
        for town, code in town_list:
            self.by_country.setdefault(code, []).append(town)

    def start(self, lang: str) -> None:
        """Pick the style and the name country of the next example (a quarter from anywhere)."""
        rng = self.rng
        self.style = rng.choice(LANG_STYLES[lang])
        codes, self.streets, self.zips = places.STYLES[self.style]
        local = [c for c in codes if c in self.names.last]
        self.country = rng.choice(local) if local and rng.random() < 0.75 else rng.choice(sorted(self.names.last))
        self.place_country = codes[0] if rng.random() < 0.5 else rng.choice(codes)

    def first(self) -> str:
        pool = self.names.first.get(self.country) or self.names.first["US"]
        return self.rng.choice(pool).title() if self.rng.random() < 0.9 else self.rng.choice(pool)

    def last(self) -> str:
        pool = self.names.last.get(self.country) or self.names.last["US"]
        name = self.rng.choice(pool)
        return name[:1].upper() + name[1:]

    def full(self) -> str:
        rng = self.rng
        first = self.first() + (" " + self.first() if rng.random() < 0.1 else "")
        last = self.last() + (" " + self.last() if rng.random() < 0.12 else "")
        if rng.random() < 0.06:
            last = rng.choice(("van ", "van der ", "de ", "da ", "von ", "dos ", "di ", "El-", "O'")) + last
        return f"{first} {last}" if rng.random() > 0.04 else f"{first[0]}. {last}"

    def town(self) -> str:
        rng = self.rng
        local = self.by_country.get(self.place_country)
        return rng.choice(local) if local and rng.random() < 0.7 else rng.choice(self.towns)[0]

    def value(self, slot: str) -> str:
        rng = self.rng
        match slot:
            case "P": return self.full()
            case "F": return self.first()
            case "L": return self.last()
            case "T": return self.town()
            case "C": return rng.choice(self.countries)
            case "S": return places.fill(rng.choice(self.streets), rng, self.last, self.first, self.town)
            case "Z": return places.postcode(rng.choice(self.zips), rng, self.town())
            case "O": return rng.choice(ORGS) if rng.random() < 0.6 else f"{self.last()} {rng.choice(('GmbH', 'Ltd', 'SA', 'S.p.A.', 'BV', 'Sp. z o.o.', 'A.Ş.', '& Co', 'Consulting', 'Group'))}"
            case "R": return rng.choice(PRODUCTS)
            case "D": return rng.choice(DAYS)
            case "N": return str(rng.randint(10, 10**rng.randint(3, 9)))
            case "E": return f"{rng.choice(('info', 'support', self.first().lower(), 'contact'))}@{rng.choice(('example.org', 'mail.test', 'firma.example'))}"
            case "U": return f"https://{rng.choice(('docs', 'app', 'status'))}.example.com/{rng.randint(1, 999)}"
        raise ValueError(f"unknown slot {{{slot}}}")


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


def _cased(value: str, rng: random.Random, slot: str) -> str:
    """How a person types a name: mostly as written, sometimes capitals, lower case, inverted or broken."""
    r = rng.random()
    if r < 0.08:
        return value.upper()
    if r < 0.25:
        return value.lower()
    if slot == "P" and " " in value and r < 0.29:
        first, _, last = value.partition(" ")
        return f"{last}, {first}" if r < 0.275 else f"{first}\n{last}"
    return value


def render(template: str, filler: Filler, rng: random.Random, lang: str) -> Example:
    """Fill `template`'s slots left to right and record the labelled spans."""
    out, spans, pos = [], [], 0
    for match in _SLOT.finditer(template):
        out.append(template[pos:match.start()])
        slot = match.group(1)
        value = " ".join(filler.value(slot).split(" ")).strip()
        if slot in ("P", "F", "L"):
            value = _cased(value, rng, slot)
        start = sum(map(len, out))
        out.append(value)
        if slot in LABELS:
            spans.append((start, start + len(value), LABELS[slot]))
        pos = match.end()
    out.append(template[pos:])
    text = "".join(out)
    whole = rng.random()
    cased = text.lower() if whole < 0.07 else text.upper() if whole < 0.1 else text
    if len(cased) == len(text):  # "ß".upper() and "İ".lower() change lengths, and so the spans
        text = cased
    return Example(text, tuple(spans), lang)


@lru_cache(maxsize=1)
def _ordinary_words() -> dict[str, tuple[str, ...]]:
    """Ordinary words per language, cased as written (Faker's lorem lists, not its name lists)."""
    import importlib

    out = {}
    for lang, locale in LOREM_LOCALES.items():
        out[lang] = tuple(importlib.import_module(f"faker.providers.lorem.{locale}").Provider.word_list)
    return out


def _salad(rng: random.Random, lang: str) -> str:
    """A sentence of ordinary words (no grammar): a capitalised opener is no name by itself."""
    words = _ordinary_words().get(lang) or _ordinary_words()["en"]
    picked = [rng.choice(words) for _ in range(rng.randint(3, 9))]
    picked[0] = picked[0][:1].upper() + picked[0][1:]
    return " ".join(picked) + rng.choice((".", ".", "!", "?", ":"))


def _negative(rng: random.Random, lang: str, fixed: list[str]) -> str:
    """A PII-free carrier: a fixed line, ordinary words, or composed sentences in `lang`."""
    parts = NEGATIVE_PARTS.get(lang)
    r = rng.random()
    if r < 0.25:
        return rng.choice(fixed)
    if parts is None or r < 0.4:
        return " ".join(_salad(rng, lang) for _ in range(rng.choice((1, 1, 2))))
    subjects, predicates = (p.split("|") for p in parts)
    sentences = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        subject, predicate = rng.choice(subjects), rng.choice(predicates)
        if subject in ("Bitte", "Merci", "Gracias", "Grazie", "Bedankt", "Graag", "Obrigado", "Dziękujemy", "Proszę", "Teşekkürler", "Lütfen", "Por favor", "Per favore", "Everything"):
            subject += ","
        sentences.append(f"{subject} {predicate}" if not subject.endswith(",") else f"{subject} {predicate[0].lower()}{predicate[1:]}")
    return " ".join(sentences)


def _titled(rng: random.Random, lang: str) -> str:
    """A carrier of capitalised things: ordinary words ("the Sprint Review", "Dev Mode"), PII-free,
    or, as often, names in the same places, so that what tells them apart is the words, not the context."""
    words = _ordinary_words().get(lang) or _ordinary_words()["en"]
    template = rng.choice(TITLED.get(lang, TITLED["en"]))
    if rng.random() < 0.5:
        return re.sub(r"\{T\}", lambda _: rng.choice(("{P}", "{P}", "{F}", "{L}")), template)
    thing = lambda: " ".join(w[:1].upper() + w[1:] for w in (rng.choice(words) for _ in range(rng.choice((1, 2, 2, 3)))))  # noqa: E731
    return re.sub(r"\{T\}", lambda _: thing(), template)


def _people_sentences(rng: random.Random, lang: str, negatives: list[str]) -> str:
    """Names as sentence subjects among ordinary sentences, and a name signed alone at the end."""
    predicates = PERSON_PREDICATES.get(lang, PERSON_PREDICATES["en"]).split("|")
    subject = lambda: rng.choice(("{P}", "{F}", "{L}", "{L}", "{F} {L}"))  # noqa: E731
    parts = [f"{subject()} {rng.choice(predicates)}" for _ in range(rng.choice((1, 2, 2)))]
    if len(parts) == 2 and rng.random() < 0.5:  # "Ana opens the meeting, Nowak presents the budget."
        parts = [parts[0].rstrip(".") + ", " + parts[1]]
    if rng.random() < 0.4:
        parts.insert(rng.randint(0, len(parts)), _negative(rng, lang, negatives))
    text = " ".join(parts)
    if rng.random() < 0.25:
        text += rng.choice((" ", "\n", "\n\n", "\n-- ")) + rng.choice(("{L}", "{F}", "{P}"))
    return text


def generate(n: int, seed: int, names: NameLists) -> list[Example]:
    """`n` training examples; deterministic for a seed and name lists."""
    rng = random.Random(seed)
    filler = Filler(rng, names, towns(), countries())
    sentences = {lang: _lines(block) for lang, block in SENTENCES.items()}
    negatives = _lines(NEGATIVES)
    langs = sorted(sentences)
    out = []
    for _ in range(n):
        lang = rng.choice(langs)
        filler.start(lang)
        r = rng.random()
        if r < TITLED_SHARE:
            template = _titled(rng, lang)
        elif r < NEGATIVE_SHARE:
            template = _negative(rng, lang, negatives)
        elif r < NEGATIVE_SHARE + PEOPLE_SHARE:
            template = _people_sentences(rng, lang, negatives)
        elif r < NEGATIVE_SHARE + PEOPLE_SHARE + COMPOSED_SHARE:
            template = rng.choice(COMPOSERS)(rng, lang if lang in LANGS else "en")
        else:
            template = rng.choice(sentences[lang])
            if rng.random() < 0.35:  # a carrier among ordinary sentences, as answers have
                other = _negative(rng, lang, negatives)
                template = f"{other} {template}" if rng.random() < 0.5 else f"{template} {other}"
        out.append(render(template, filler, rng, lang))
    return out


def template_count() -> int:
    """Distinct sentence carriers (composed ones come on top)."""
    return sum(len(_lines(b)) for b in SENTENCES.values()) + len(_lines(NEGATIVES))
