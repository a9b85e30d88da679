"""Whether a finding of the learned model reads as a value, not as ordinary words.

The model (`learned.py`) tags what has a name's or a place's shape and context; these
checks drop what the words themselves say is no value — common terms and stop words of the
nine languages, product-style capitals, acronyms, a thing made of ordinary English words,
a word after an article — and keep what the words around say is one: a name's slot (a
field, a speaker, a cue, a person's verb), a place's line in an address or a record, a
title, a postcode. Each check has its cases in `tests/filtering/test_cues.py`.
"""

from __future__ import annotations

import re

from guardrail.filtering import gazetteer
from guardrail.filtering.addresses import STREET_TYPES_FIRST, names_a_street_type
from guardrail.filtering.cues import is_label_word, person_cue_before
from guardrail.filtering.fields import PLACEHOLDERS
from guardrail.filtering.lexicon import after_place_word, all_stop_words, first_names, name_lists, stop_words
from guardrail.filtering.people import PARTICLES as NAME_PARTICLES, ROLES, person_verb_after
from guardrail.filtering.speakers import CHAT_STAMP
from guardrail.filtering.vocabulary import (
    english_only_as_a_proper_noun, is_common_word, is_compound_of_common_words, is_english_base_word, is_english_word,
    unlisted_english_word,
)

WORDS = re.compile(r"[^\W\d_][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*")
_CAMEL = re.compile(r"^(?!Mc|Mac|O'|D'|De|Di|Da|Du|La|Le|Van|Von)\w*[a-z][A-Z]")  # product-style capitals inside a word
_STREET_WORDS = frozenset(
    "rue avenue bd boulevard place allée chemin impasse quai de la du des le bis ter calle avda av paseo plaza apto esq"
    " bulevar via viale piazza corso vicolo rua travessa largo ul al os pl ulica cad sok sk mah no daire odos leof"
    " plateia nám náměstí ulice utca út tér körút u str nr bl sc strada calea gatan vägen gate vej katu tv flat apt"
    " suite unit floor piso puerta andar apartado interior piano scala bus bte".split()
)
# What says a line with a number is an address, beside the type words: abbreviations,
# units, floors, buildings, postcodes ("Quarry Tce", "Shop 9", "lote 369", "kat: 1", "cod postal")
_ADDRESS_PARTS = (_STREET_WORDS - frozenset("de la du des le no nr bis ter bus bte piano scala floor interior".split())) | frozenset(
    "st ct dr sq cl cct esp pkwy level shop door lote int kat em ap et etaj lok"  # "Rd", "Hwy", "Tce": names_a_street_type
    " room house apartments towers mansions residency heights complex building estate postal postcode zip plz cep".split()
)
_OF = frozenset("de da do di z ze".split())  # place prepositions that also mean "of"
_DETERMINERS = frozenset(
    "the a an this that these those our your my its their der die das ein eine le la les un une el los las il lo gli het een".split()
)
_ARTICLES_BEFORE_NOUNS = _DETERMINERS - {"a", "la"}
WORD_BEFORE = re.compile(r"(?:^|(?<=\s))[^\W\d_][\w'-]*[ \t]+$")  # the word, then blanks, at a text's end
_INFLECTION = re.compile(r"(?i)(?:s|ed|ing)$")
# "Vorname: ", "first_name=", "soyad: "; Turkish "ad" only as a word of its own (not "Prioridad: ", "Ciudad: ")
_NAME_FIELD = re.compile(r"(?i)(?:name|nom|nombre|nome|naam|imie|nazwisko|(?<![^\W\d_])ad|soyad|contact|customer)\W{0,3}[:=\t|][ \t\"']*$")
_PLACE_FIELD = re.compile(
    r"(?i)(?:country|land|pais|pays|paese|ulke|kraj|city|town|ciudad|ville|stadt|ort|wohnort|citta|cidade|miasto"
    r"|miejscowosc|sehir|il|locality|place|lugar|luogo|born_in|birthplace|woonplaats|plaats|residence|region)"
    r"[\w ]{0,20}?(?:\W{0,3}[:=\t|]|[ \t]+-)[ \t\"']*$"
)  # "Country: ", "Lugar de nacimiento: ", "born_in="
_LIST_GOES_ON = re.compile(r"\s*(?:&|\b(?:and|or|und|oder|et|ou|y|o|e|en|of|i|lub|ve|veya)\b)")
_YEAR_AFTER_PREPOSITION = re.compile(
    r"(?i)(?:in|en|em|im|w|a|au|nel|dal|desde|seit|since|from|von|vanaf|od|sinds)[ \t]+(?:1[89]|20)\d\d"
)
_LINE_LABEL = re.compile(rf"(?m)^[ \t]*(?:{CHAT_STAMP}[ \t]*)?\**[^\W\d_][^\n:]{{0,40}}:")
# An e-mail's subject line: its header's lines are fields ("From:", "Betreff:"), not a dialogue's speakers.
_SUBJECT_LINE = re.compile(r"(?im)^[ \t]*(?:subject|betreff|asunto|objet|oggetto|onderwerp|assunto|temat|konu)[ \t]*:")
_TIMESTAMP = re.compile(rf"^[ \t]*{CHAT_STAMP}")  # a chat log's "12:04 ", "[09:15:02] ", "[08:14, 12/04/2024] "
COUNTRY_CODES = frozenset({"USA", "UK", "UAE"})  # capitals, also stop words or acronyms
_TITLES = frozenset(
    "mr mrs ms mx dr prof m mme mlle herr frau sr sra srta don dona sig dott dhr mevr meneer mevrouw pan pani bay bayan".split()
)
# A field's label right before a value, at a line's or a record's start: "Prioridad: ", '"status": "', "estado="
_FIELD_LABEL = re.compile(r"""(?:^|(?<=[\s{,;|]))["']?([^\W\d][^\n:="'{}]{0,40}?)["']?[ \t]*[:=][ \t]*["']?$""")
# A thing's name as a label: "Produktname", "product_name", "Nom du produit", "Nome do plano", "Ürün adı"
_THING_LABEL = re.compile(
    r"(?i)(?:produ[ck]t|produit|producto|produto|prodotto|file|datei|host|user|benutzer|firmen|company|app|plan|proje[ck]t"
    r"|server|service|device|artikel|article|model|brand|marke|urun)[\w ]{0,3}(?:name|nom|nombre|nome|naam|adi)\b"
    r"|\b(?:nom|nombre|nome|naam|name)[ \t]+(?:du|del|de|do|da|of|van)[ \t]+(?:produit|producto|produto|prodotto|plano|plan|piano"
    r"|fichier|archivo|ficheiro|file|product|service|servicio|servico)\b"
)
# The last word of a label that names a thing's property, in the nine languages: its value is no person or place.
_THING_FIELDS = frozenset("""status estado state stato statut zustand durum stan priority prioridad priorite prioritat
priorita prioridade prioriteit priorytet oncelik category categoria categorie kategorie kategori kategoria type tipo typ tur
plan plano piano tarif tarifa tariff service servicio servizio servico dienst usluga hizmet servis level nivel niveau livello
poziom seviye tier version versione versao versie wersja surum license licence licencia licenza lizenz licentie licencja
lisans support soporte suporte supporto assistenza currency moneda devise wahrung valuta moeda waluta department departamento
abteilung departement reparto afdeling dzial departman result resultado ergebnis resultat risultato resultaat wynik sonuc
mode modo modus color colour farbe couleur colore kleur cor kolor renk size talla grosse taille taglia maat tamanho rozmiar
beden language idioma sprache langue lingua taal jezyk dil format method metodo methode payment pago zahlung paiement
pagamento betaling platnosc odeme channel canal kanal source fuente quelle fonte bron zrodlo kaynak environment entorno
umgebung warranty garantia garantie garanzia gwarancja garanti stock brand marca marke marque merk marka model modelo modell
modele modello renewal seats severity gravedad schweregrad urgency urgencia dringlichkeit""".split())
_CODE_LIKE = re.compile(r"[=_]|\d{4}-\d\d-\d\dT\d")  # a log's key=value, a snake_case key, an ISO timestamp
_CSV_COMMA = re.compile(r",(?=\S)")  # between cells of a CSV row, not in prose
_TOWN_AT_END = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_'-]*(?:[ \t-]+[A-Z][^\W\d_'-]*){0,2}$")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+")
PARTICLES = NAME_PARTICLES | frozenset("della dello degli und and et i".split())  # and what joins two names


def _street_without_number(words: list[str]) -> bool:
    """A street's type word first and capitalised words after it ("boulevard Renault", "Rua
    Augusta", "Calle Mayor"): a street even without a number."""
    return len(words) >= 2 and words[0].casefold() in STREET_TYPES_FIRST and all(w[0].isupper() or w in PARTICLES for w in words[1:])


def _ordinary_words_and_a_number(words: list[str]) -> bool:
    """No street's type word and every word an ordinary one of the nine languages or of
    English, or a unit ("Kapitel 4, Abschnitt 3", "VAT 20", "toplam 18 kg"): a section, a seat,
    a quantity. A street line has a type word or a name ("Calnan Street", "Jingumae 2-14-3")."""
    return not any(w.casefold() in _ADDRESS_PARTS or names_a_street_type(w) for w in words) and all(
        len(w) <= 2 or is_common_word(w) or is_english_word(w) for w in words)


def _word_before(text: str, start: int) -> str:
    """The word just before `start`, case-folded ("" at a text's start)."""
    before = text[max(0, start - 8):start].split()
    return before[-1].casefold() if before else ""


def _other_language(text: str, start: int, end: int) -> bool:
    """Whether the words around `text[start:end]` are of another language than English: two
    stop words or more of the eight others, none of English's."""
    from guardrail.filtering.lexicon import language_stop_words

    english, others = language_stop_words()
    around = WORDS.findall(text[max(0, start - 60):start] + " " + text[end:end + 60])
    folded = [w.casefold() for w in around]
    return sum(w in others for w in folded) >= 2 and not any(w in english for w in folded)


_CELL_WORD = re.compile(r"[^\W\d_][^|;\t]*$")  # a letter, then no cell separator up to the end


def _after_words(text: str, start: int) -> bool:
    """Whether a word stands before `start` in its line and its table cell ("alquiler depto
    Palermo"; not "Norway" alone in a line, nor in "| Plan | Norway |")."""
    line_start = text.rfind("\n", 0, start) + 1
    return _CELL_WORD.search(text, line_start, start) is not None


def _after_determiner(text: str, start: int) -> bool:
    """Whether an article or a possessive comes just before: "the summer sale" is no name."""
    return _word_before(text, start) in _DETERMINERS


def plausible(text: str, start: int, end: int, entity: str) -> bool:
    """Whether a finding of the model reads as a value, not as ordinary words.

    Dropped: common terms ("Monday", "Python"); a stop word of the nine training languages
    ("Bitte"), unless a listed name or a name's slot goes with it ("Deja Dolaberidze"); a
    name or place with a lower-case word inside ("Quarkus both start") or a PERSON listing
    several ("Rust, Zig and Odin"); a name or place made only of ordinary English words that
    the name lists do not know ("Street Fighter"), unless its context says it is one (a
    person's verb, a title, a place preposition, an address line, a record's cell) or it is
    a town's name (`gazetteer.ENGLISH_TOWNS`: "Beaumont", "East Hampton"), or WordNet knows
    its words only as proper nouns of listed names or towns ("Kelly", "Palermo"), or its
    words are listed names in a text of another language ("Esta mañana Fabián me trajo"); a
    lower-case value that none of `_lower_case_plausible`'s rules keeps; a street line
    without a number, unless a street's type word opens it ("boulevard Renault"); one word
    made of two common words that no name or town list knows, with no person's or place's
    context ("Krautsalat", "Apfelstrudel").
    """
    from guardrail.filtering.recognizers import is_common_term

    value = text[start:end]
    words = [w for w in WORDS.findall(value)]
    if not words or is_common_term(value):
        return False
    if entity == "STREET_ADDRESS":
        if _YEAR_AFTER_PREPOSITION.fullmatch(value):
            return False  # "In 1998, after the factory closed", "En 1995"
        if _ordinary_words_and_a_number(words):
            return False  # "Kapitel 4", "Paragraph 3", "12 unidades", "toplam 18 kg": no street names itself
        if _street_without_number(words):
            return True  # "boulevard Renault", "Rua Augusta": a street's type word and its name
        return any(c.isdigit() for c in value) and (
            all(w[0].isupper() or w.casefold() in _STREET_WORDS for w in words)
            or any(w.casefold() in _STREET_WORDS for w in words)  # "via enz, 29", "Cayubaweg 9 bus 15"
            or (value.islower() and not all(map(is_english_word, words)))  # "kanyeperogate 2", typed in lower case
        )
    if _CODE_LIKE.search(value) or value.casefold() in PLACEHOLDERS:
        return False  # "job_id=8812", "2024-05-03T10:22:01Z INFO": a log's fields; a form's "string", "N/A"
    if entity == "PERSON" and any(c.isdigit() for c in value):
        return False  # "0xdeadbeef": a name has no digit (a handle's are the handle rule's)
    if _thing_field(text, start, value, entity):
        return False  # "Prioridad: Alta", "Produktname: Akku-Bohrschrauber": a thing's field, ordinary words
    if entity in ("PERSON", "LOCATION") and _label(text, start, end, words, person=entity == "PERSON"):
        return False  # "Crónica: el Atlético marcó…", "RESPONDENT: In 1998…", "Spielbericht: …"
    firsts, stop = first_names(), stop_words()
    inner = words if entity == "PERSON" else words[:1]  # "Oberndorf bei Salzburg" is a town
    if value in COUNTRY_CODES:  # "USA" under an address (the model may call it a name), not "usa" (Italian: uses)
        return after_place_word(text, start) or _place_line(text, start, end)
    stopped = [w for w in inner if w.casefold() in stop and w.casefold() not in PARTICLES]
    if stopped and not _name_despite_stop_words(text, start, end, entity, words, stopped):
        return False
    if not any(c.isupper() for c in value):  # typed in lower case
        return _lower_case_plausible(text, start, end, entity, words, firsts)
    if any(w[0].islower() and w not in PARTICLES for w in inner) or value.count(",") > 1:
        return False
    if " and " in value and not (entity == "LOCATION" and (after_place_word(text, start) or _place_line(text, start, end))):
        return False  # "Rust and Zig"; not "Country: Saint Kitts and Nevis"
    if any(_CAMEL.search(w) for w in words) or (
        entity == "LOCATION" and len(words) > 2 and all(map(is_english_word, words)) and not any(c.isdigit() for c in value)
    ):
        return False  # "GitHub Actions", "DuckDB"; "Visual Studio Code" (not "Shannon, T37 N7S3")
    if entity == "PERSON" and len(words) > 1 and words[0].casefold() in _TITLES and text[start + len(words[0]):][:1] in ". ":
        return True  # "M. Draper", "Frau Yildiz", "Sra. Corallo": a title and a name
    if entity == "PERSON" and "," in value and not _inverted_name(text, end, value, firsts):
        return False  # "Roe, Jane", not "Dropbox, Box"
    if any(c.isdigit() for c in value):
        return entity == "LOCATION" and _postcode_line(value, words)  # "00-950 Warszawa", not "10 GB"
    if _after_product(text, start):
        return False  # "macOS Ventura": the rest of a product's name
    if _acronym_led(value, words, text) and not _person_context(text, start, end):
        return False  # "DESC", "DHL Express": an acronym and ordinary words; not "dice PUCA", "QUIS llamó"
    if entity == "PERSON" and _brand_and_words(words, firsts) and not _person_context(text, start, end):
        return False  # "Netflix Chaos Monkey"
    if entity == "PERSON" and len(words) == 1 and _after_article(text, start, end, value):
        return False  # "Öffnungszeiten Montag bis Freitag", "das Wartungsfenster"
    if all(is_english_word(w) for w in words):
        if entity == "PERSON":  # "Baker said", "Dear Rich"; not "Spring Boot", a table's "Price"
            listed = any(w.casefold() in name_lists() for w in words)
            if any(not is_english_base_word(w) and not _INFLECTION.search(w) for w in words):
                return True  # "Dieter": English only by a suffix rule ("diet" + "er"), not a plural or a past
            if all(map(english_only_as_a_proper_noun, words)) and not _after_determiner(text, start) and not _modifier(text, end):
                return True  # "Kelly", "Armstrong": English only as a proper noun, and a listed name; not "a Bosch controller"
            if listed and all(w.casefold() in name_lists() for w in words) and _other_language(text, start, end):
                return True  # "Esta mañana Fabián me trajo": a listed name in a text of another language
            heading = value.isupper() and not listed  # "BOOKING DETAILS" on a line of its own: a heading, no signature
            return _person_context(text, start, end, alone=not heading) or (listed and len(words) > 1 and words[0].casefold() in firsts)
        return entity == "LOCATION" and (after_place_word(text, start) and not _modifier(text, end) or _place_line(text, start, end)
                                          or " ".join(value.lower().split()) in gazetteer.ENGLISH_TOWNS  # "of Beaumont, died"
                                          or any(map(english_only_as_a_proper_noun, words)) and _after_words(text, start)
                                          and not _after_determiner(text, start) and not _modifier(text, end))
    # "depto Palermo", "(planta Monterrey)"; not "the Jakarta EE", nor "Norway" alone in a line or a cell
    if len(words) == 1 and _compound_thing(text, start, end, words[0]):
        return False  # "Kürbiscremesuppe", "Zanderfilet", "Hauptgerichte"
    return True


def ordinary_words(value: str) -> bool:
    """Whether every word of `value` is an ordinary word: a common word of the nine languages
    that is no listed town, an English word that no name list knows, or a stop word
    ("Pollo", "Categoria", "gisteravond"; not "Arezzo", "Nkemelu" or "sara"). A value that
    is a listed town as a whole ("Porto Feliz") is none; one with no word at all ("2024") is.
    The learned model's tentative findings (`learned.LEAN`) must not be."""
    from guardrail.filtering.towns import towns

    words, listed = WORDS.findall(value), towns()
    if " ".join(words).lower() in listed:
        return False
    stop = stop_words()
    return all((is_common_word(w) and w.lower() not in listed) or unlisted_english_word(w) or w.casefold() in stop
               for w in words)


def _compound_thing(text: str, start: int, end: int, word: str) -> bool:
    """A word made of two common words that neither the name lists nor the town list know, with
    no person's or place's context: a German or Dutch compound noun ("Kürbiscremesuppe")."""
    from guardrail.filtering.towns import towns

    return (is_compound_of_common_words(word) and word.lower() not in towns() and not after_place_word(text, start)
            and not _person_context(text, start, end))


def _name_despite_stop_words(text: str, start: int, end: int, entity: str, words: list[str], stopped: list[str]) -> bool:
    """A capitalised name of several words, one of which is also a stop word of one of the
    nine languages ("Deja Dolaberidze", "Reinie Van Der Ende", "Nachi van Valor Guinazu"),
    where another of its words is a listed name or the context puts a name there, or it opens a
    list item and its other words are no word of the nine languages ("1. Tsubota, Deja"); a place of
    several words ("Casa Santa") where the context puts a place there."""
    if entity == "LOCATION" and len(words) >= 2 and words[-1][0].isupper():
        return after_place_word(text, start) or _place_line(text, start, end)  # "Citta: Casa Santa", "| Beri Khas |"
    if entity != "PERSON" or len(words) < 2 or not all(w[0].isupper() or w in NAME_PARTICLES for w in words):
        return False  # "Bitte", "Viele Grüße" at a letter's end needs a listed name or a name's slot
    names, others = name_lists(), [w for w in words if w not in stopped]
    # not a line of its own: a letter's closing ("Viele Grüße") stands alone too; a list
    # item ("1. Tsubota, Deja") when its other words are no word of the nine languages
    return (any(w.casefold() in names for w in others) or _person_context(text, start, end, alone=False)
            or (all(map(_unknown_word, others)) and _opens_list_item(text, start)))


def _lower_case_plausible(text: str, start: int, end: int, entity: str, words: list[str], firsts: frozenset[str]) -> bool:
    """A value typed in lower case: a name that opens with a listed first name ("jane roe"),
    or made of words that no word list of the nine languages knows ("naziye kocabiyik"), or
    of two or more words that are no English word, stop word or common term, one of them
    unknown to the common words of the nine languages too ("naziye gemici"), or with a word
    no English word list knows where a speaker's mark, a field, a cue or a person's verb
    says it is a name ("[delyth bower] tudo bem?"), or one
    in a name's slot (`_name_slot`) that ends in a word no English word list, stop list or
    common-term list knows, or opens with one no word list knows, at most half of its words
    known ones ("mercia nzambi", "aliriza wassermann"); a
    postcode line ("00-950 warszawa"), a place no word list knows ("saltaire"), a place in a
    place field or an address block even when it is an English word ("country - botswana"),
    or an unknown word or several after a place preposition."""
    from guardrail.filtering.recognizers import is_common_term

    line_start = text.rfind("\n", 0, start) + 1
    if _after_determiner(text, start) or text.count("`", line_start, start) % 2 or words[0] in stop_words():
        return False  # "the summer sale"; `npm install eslint prettier`; "la feria de tecnología"
    known = [is_english_word(w) or w in all_stop_words() or is_common_term(w) for w in words]  # "chez moi": a stop word, in lower case
    unknown = not any(known)
    if entity == "PERSON":
        known = [k and not english_only_as_a_proper_noun(w) for k, w in zip(known, words)]  # "lena": English only as a proper noun
        if len(words) >= 2 and words[0] in firsts:
            return True  # "jane roe"
        if not any(known) and not any(map(is_common_word, words)):
            return True  # "naziye kocabiyik": no word of the nine languages
        if len(words) >= 2 and not any(known) and any(_unknown_word(w) for w in words):
            return True  # "naziye gemici": no English word, stop word or common term, one word no list knows
        if not all(known) and _person_context(text, start, end, alone=False):
            return True  # "[delyth bower] tudo bem?", "mathe balthasar ist …": a name's context and a word no list knows
        # "mercia nzambi" in a signature, "- savanna marcoux" in a list, "2. aliriza wassermann" (a
        # surname that is also a word, after a given name no list knows); not "standup happens",
        # nor two words of a language the word lists do not cover ("chambre propre")
        ends_unknown = not known[-1] or (len(words) >= 2 and _unknown_word(words[0]))
        return ends_unknown and 2 * sum(known) <= len(words) and _name_slot(text, start, end)
    if any(c.isdigit() for c in text[start:end]):  # a code and a town ("0794-254 sintra"), not an id ("c-404")
        return any(len(w) >= 3 for w in words) and _postcode_line(text[start:end], words)
    if unknown and not any(map(is_common_word, words)):
        return True  # "on the bus to saltaire": a place no word list of the nine languages knows
    # "country - botswana", "cyprus" under an address block: a place field or line says so, even for a known word
    if _place_line(text, start, end, in_row=unknown or len(words) > 1):
        return True
    if len(words) == 1 and is_common_word(words[0]) and _word_before(text, start) in _OF:
        return False  # "le tableau de bord": a common word after "of", not "nach münchen"
    return (unknown or len(words) > 1 or all(map(english_only_as_a_proper_noun, words))) and after_place_word(text, start)


def _after_product(text: str, start: int) -> bool:
    """Whether the word before `start`, on its line, is written like a product ("macOS
    Ventura"); not a field's label ("firstName: Sadegul")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 20):start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and not words[-1].endswith((":", "=")) and _CAMEL.search(words[-1]) is not None


def _unknown_word(word: str) -> bool:
    """A word of three or more letters that no common-word list of the nine languages holds,
    read without an elided article ("l'etiquette" is "etiquette")."""
    parts = [p for p in re.split(r"[-'\u2019]", word) if len(p) >= 3]
    return bool(parts) and not all(map(is_common_word, parts))


def _after_article(text: str, start: int, end: int, value: str) -> bool:
    """A capitalised word no name list knows after an article ("das Wartungsfenster", "the
    Market"), with no context that makes it a person's name: a noun, in languages that
    capitalise nouns or in a title."""
    if value.casefold() in name_lists():
        return False
    # "a" is also a preposition ("Pergunte a Nininha"); "la Rossi" is Italian for Ms Rossi
    return _word_before(text, start) in _ARTICLES_BEFORE_NOUNS and not _person_context(text, start, end)


def _name_slot(text: str, start: int, end: int) -> bool:
    """Whether the context puts a name at `text[start:end]`: `_person_context`, or it opens a
    list item ("- ", "* ", "2. ")."""
    return _person_context(text, start, end) or _opens_list_item(text, start)


def _opens_list_item(text: str, start: int) -> bool:
    """Whether only a list item's mark ("- ", "* ", "2. ") stands before `start` on its line."""
    return _LIST_ITEM.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


def _inverted_name(text: str, end: int, value: str, firsts: frozenset[str]) -> bool:
    """"Roe, Jane", "Vundla, V", "Mzolo, Mfanelo": a surname, a comma and a listed first
    name, an initial, or words that are no English words or common terms ("Dropbox, Box" is not)."""
    from guardrail.filtering.recognizers import is_common_term

    surname, _, given = value.partition(",")
    given_words = given.split()
    if not given_words or len(given_words) > 3 or _LIST_GOES_ON.match(text, end):
        return False  # "Netflix, Spotify and Disney Plus" lists things
    if given_words[0].casefold() in firsts or (len(given_words[0].rstrip(".")) == 1 and given_words[0][0].isupper()):
        return True
    words = WORDS.findall(value)
    return not any(is_english_word(w) or is_common_term(w) or _CAMEL.search(w) for w in words)


def _place_line(text: str, start: int, end: int, in_row: bool = True) -> bool:
    """A place in an address: after a place field's label ("Country: ", "Pais - "), after a
    comma that ends a postcode or street ("…, 5X4 0ZX, Panama"), or alone on its line next
    to a line with a digit (a postcode, a street, a phone). A record's cell and an item after
    a comma count only with `in_row` (one ordinary word there is as often a licence or a
    status: "Microsoft Teams,2,proprietary")."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _PLACE_FIELD.search(text, max(0, start - 40), start) is not None:
        return True
    item_before = text[line_start:start]
    if in_row and _record_cell(text, line_start, line_end, start, end):  # "| Bringas | Roberto | Argentina | Calle Goya 5 |"
        return True
    if in_row and item_before.rstrip().endswith(","):  # "…, 5X4 0ZX, Panama": after a postcode or street
        previous_item = item_before.rstrip()[:-1].rsplit(",", 1)[-1]
        town = _TOWN_AT_END.search(text, line_start, line_start + len(item_before.rstrip()) - 1)
        # "born in Bhisho, Bolivia": after a town that a place word introduced
        return any(c.isdigit() for c in previous_item) or (town is not None and after_place_word(text, town.start()))
    if text[line_start:start].strip(" -*\u2022") or text[end:line_end].strip(" ,."):
        return False
    previous = (text[:line_start].splitlines() or [""])[-1]
    following = text[line_end + 1:].split("\n", 1)[0] if line_end < len(text) else ""
    return any(c.isdigit() or c == "@" for c in previous + following)  # a postcode, a street, a phone, an e-mail


def _record_cell(text: str, line_start: int, line_end: int, start: int, end: int) -> bool:
    """Whether `text[start:end]` fills a cell of a record's row (`|`, `;` or a tab between
    cells, at least two of them) and another cell of the row holds a digit."""
    line = text[line_start:line_end]
    separator = next((c for c in "|;\t" if line.count(c) >= 2), None) or ("," if len(_CSV_COMMA.findall(line)) >= 2 else None)
    if separator is None:
        return False
    cut = text.rfind(separator, line_start, start)
    cell_start = cut + 1 if cut >= 0 else line_start
    cell_end = text.find(separator, end, line_end)
    cell_end = line_end if cell_end < 0 else cell_end
    if text[cell_start:start].strip() or text[end:cell_end].strip():
        return False
    return any(c.isdigit() for c in text[line_start:cell_start] + text[cell_end:line_end])


def _brand_and_words(words: list[str], firsts: frozenset[str]) -> bool:
    """Three or more words, the first no listed first name and the rest ordinary English
    words: a brand and a thing ("Netflix Chaos Monkey"), not "Nkechi Baker"."""
    return len(words) >= 3 and words[0].casefold() not in firsts and all(map(is_english_word, words[1:]))


def _postcode_line(value: str, words: list[str]) -> bool:
    """A postcode and a town (or a street line labelled as a place): a long or letter-digit
    code ("00-950", "SW1A"), or a number and words that are not only ordinary English words
    ("Code 111") nor a unit ("10 GB")."""
    tokens = value.replace(",", " ").split()
    if any(sum(c.isdigit() for c in t) >= 4 or (any(c.isalpha() for c in t) and any(c.isdigit() for c in t)) for t in tokens):
        return True
    number = any(sum(c.isdigit() for c in t) >= 3 for t in tokens) or len(words) >= 2
    return number and not all(map(is_english_word, words))


def _acronym_led(value: str, words: list[str], text: str) -> bool:
    """A value of capitals-only words (acronyms) and ordinary English words in a text that is
    not itself in capitals: "DESC", "DHL Express", not "Jean DUPONT" or "JANE ROE" in a form."""
    acronyms = [w for w in words if w.isupper() and 1 < len(w) <= 4 and w.casefold() not in name_lists()]
    if not acronyms or text.isupper() or (value.isupper() and len(words) > 1):
        return False
    return len(words) == 1 or all(w in acronyms or is_english_word(w) for w in words)


def _label(text: str, start: int, end: int, words: list[str], person: bool = True) -> bool:
    """A line's label, not a speaker: a transcript's role ("ENTREVISTADOR:"), or, outside a
    dialogue (two or more lines that open with a label), words before a colon that opens a
    line, each capitalised and a common word of the nine languages, a compound of two, or a
    credit ("Crónica:", "Spielbericht:", "Regie:"). An e-mail's header ("Subject:", "Betreff:"
    among its lines) is no dialogue. A listed name is never a common word. The
    lines after a segment are not seen (a stream's output may not depend on them), so the
    first line of a dialogue counts as one outside it."""
    line_start = text.rfind("\n", 0, start) + 1
    if _TIMESTAMP.sub("", text[line_start:start]).strip(" *[-") or text[end:end + 2].lstrip(" ")[:1] != ":":
        return False
    if person and all(w.casefold() in ROLES for w in words):
        return True  # "INTERVIEWER:", "ENTREVISTADO:": a transcript's roles
    line_end = text.find("\n", end)
    rest = text[end:len(text) if line_end < 0 else line_end].lstrip(" :")
    if rest[:1].isdigit() and all(w[0].isupper() for w in words) and all(map(is_label_word, words)):
        return True  # "Almacenamiento: 50 GB", "Beginn: 10:00 Uhr": a record's field of a quantity, in a dialogue too
    dialogue = len(_LINE_LABEL.findall(text)) > 1 and _SUBJECT_LINE.search(text) is None  # not an e-mail's header
    if not person or dialogue or not all(w[0].isupper() for w in words):
        return False  # a dialogue ("Vestimenta: Sure, no problem."), a chat handle ("12:04 alton:"): a speaker
    return all(is_label_word(w) for w in words)


def _thing_field(text: str, start: int, value: str, entity: str) -> bool:
    """Whether `value` is the value of a field whose label names a thing's property or a thing's
    name ("Prioridad: Alta", '"status": "Abierto"', "Servicio: Urgencias", "Produktname:
    Akku"; `_THING_FIELDS`, `_THING_LABEL`) and is made of ordinary words: for a place,
    `ordinary_words` (no listed town); for a person, words that no name list knows and that are
    common words of the nine languages, English words or stop words ("Alta" too, though a town
    is called so)."""
    line_start = text.rfind("\n", 0, start) + 1
    match = _FIELD_LABEL.search(text, line_start, start)
    if match is None or any(c.isdigit() for c in value):
        return False
    label = match.group(1).strip()
    label_words = [w.casefold() for w in WORDS.findall(label)]
    if not label_words or (label_words[-1] not in _THING_FIELDS and _THING_LABEL.search(label) is None):
        return False
    if entity != "PERSON":
        return ordinary_words(value)
    names, stop = name_lists(), stop_words()
    return all(w.casefold() not in names and (is_common_word(w) or unlisted_english_word(w) or w.casefold() in stop)
               for w in WORDS.findall(value))


def _modifier(text: str, end: int) -> bool:
    """Whether a content word in lower case follows: "a Bosch controller", "to Graviton processors"."""
    match = WORDS.match(text, end + 1) if text[end:end + 1] == " " else None
    return match is not None and match.group().islower() and match.group() not in stop_words()


def _person_context(text: str, start: int, end: int, alone: bool = True) -> bool:
    """Whether the words around `text[start:end]` say it names a person: a greeting, an
    addressing verb or a name cue before it, a person's verb after it, a line of its own
    (unless `alone` is False)."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    alone = alone and not text[line_start:start].strip() and not text[end:len(text) if line_end < 0 else line_end].strip(" ,.")
    before = text[line_start:start]
    after = text[end:end + 4].lstrip("* ")[:1]  # "Dias:", "Coos > ", "Dupont :"
    unstamped = _TIMESTAMP.sub("", before)  # a chat log's time before a speaker
    # "Dias:", "[Brown]", "12:04 cecy:", "[07:11:31] [MARY-LAURE GROSSEN]"
    rest = text[end:len(text) if line_end < 0 else line_end]
    numbers_only = any(c.isdigit() for c in rest) and not any(c.isalpha() for c in rest)  # "Expiry: 2031": a field, no speaker
    speaker = (after in (":", ">") or (after == "]" and unstamped.strip() == "[")) and not unstamped.strip(" *[-") and not numbers_only
    field = _NAME_FIELD.search(before) is not None  # "Vorname: Roman", "first_name=Wim"
    return alone or speaker or field or person_cue_before(text, start) or person_verb_after(text, end)
