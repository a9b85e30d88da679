"""Names of people from many countries, found by a gazetteer gated by capitalisation and context.

spaCy's small English model misses many names that are not Anglo-American. This finds:

* a first name of the gazetteer (`gazetteer.py`, 59 countries) followed by one to three
  capitalised words, with particles (`van der`, `de`, `dos`, `bin`) and hyphens:
  `Frederique van den Berg`, `Klaus-Ulrich Misicher`, `Ana Belén Valenzuela`;
* a title and the capitalised words after it: `Mr. Kowalski`, `Frau Müller`, `Sra. Ruiz`, and an
  academic or professional one abbreviated with a period: `Frau Mag. Hofbauer`, `Lic. Pérez`, `Avv. Bianchi`;
* a listed first name and an initial, as reviews are signed: `Graham P.`, `Serkan D.`;
* the speaker of a dialogue line: `Jansen: Remember me?`;
* a surname of the gazetteer on its own, when it is not a common term: `Kowalski said`; a
  word no list knows before what only a person does, a speech verb or a past tense of a verb
  by its shape (Polish "-ł", Portuguese "-ou", French "a" + participle): `Warczak zatwierdził`;
* a surname with its Dutch or German particles in lower case: `door van der Zijl`, `van de Wal`;
* a listed surname, a comma and a listed first name that is no word nor town: `Wright, Luke`;
* a listed name on its own inside a sentence when it is neither an English word nor frequent
  in the nine languages' text (`vocabulary.is_distinctive_name`): `Hi all, Tuncer here`;
* a listed first name typed in lower case, when it is neither an English word, nor a stop
  word, nor frequent in the nine languages' text: `ask oluwaseun`, `sag der vroni`; after a
  sign-off at the end of a message, even one frequent as a word: `saludos, maría`;
* a listed first name and a surname typed in lower case: `danielle coste`, `sil van der zijl`;
* a listed first name alone between lower-case words of a sentence: `The customer Paul complained`;
* a first name and a surname of the gazetteer joined into a handle, digits allowed after:
  `Olivia.Williams7`, `jan_kowalski`, `ana-silva` (not inside an e-mail address or a
  dotted name such as `config.grace.hopper`).

A word that is a common term (`recognizers.COMMON_TERMS`), an English stop word, a sentence
opener or written in capitals only never starts or extends a name, so "Thanks Python" or
"IBAN Code" stay. Matching runs on normalised text (accents stripped); the capitalisation
test accepts Dutch `IJ` (`IJsselmuiden`) and `Mc`/`O'` prefixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from guardrail.filtering.capitals import CAPITALS_SCORE, find_capitalised_names
from guardrail.filtering.cues import CUED_SCORE, SIGN_OFFS, find_cued_names, is_label_word, list_siblings, person_cue_before
from guardrail.filtering.lexicon import LOWER_LETTERS, LOWER_WORD_BEFORE, TURKISH_CASE_ENDING, all_stop_words, joined_stems
from guardrail.filtering.shared import shared_in_analysis
from guardrail.filtering.speakers import CHAT_STAMP
from guardrail.filtering.vocabulary import (
    english_only_as_a_proper_noun, is_common_word, is_distinctive_name, is_english_word, is_ordinary_english_word,
    unlisted_english_word,
)

_TITLES = r"(?:mr|mrs|ms|mx|miss|dr|prof|sir|madam|herr|frau|hr|fr|m|mme|mlle|monsieur|madame|sr|sra|srta|srita|senor|senora|don|dona|pan|pani|sig|sig\.ra|signor|signora|dott|mevrouw|meneer|dhr|mevr|senhor|senhora|sig\.a|pana|panu|pania|panią|sn|sayin|sayın)"
_NAME_CLOSES = re.compile(r"[ \t]*(?:[:,;)]|$)", re.MULTILINE)  # punctuation or the line's end after a name
# Titles that stand before a person's name only, and before it any listed name, common word or not ("Herr Gross").
_PERSON_ONLY_TITLES = frozenset("""mr mrs ms mx herr frau mme mlle monsieur madame sra srta senor senora signor signora
mevrouw meneer dhr mevr senhor senhora pani sayin""".split())
_PARTICLE = r"(?:van der|van den|van de|vd|v\.d\.|van|von der|von|vom|zu|de la|de los|de las|del|de|da|das|do|dos|di|du|des|le|la|ten|ter|bin|binti|ibn|al|el|y|e)"
_WORD = r"(?:(?:Mc|Mac|O'|D'|L'|(?:[Aa]l|[Ee]l|[Aa]bu|[Bb]en|[Bb]in)-)?[A-Z][^\W\d_]+(?:['-][^\W\d_]+)*)"  # "al-Hashimi" too
# Turkish titles and kin words that follow a name, with a case ending or not: "Kürşat usta", "Nermin Hanım'a";
# and "adına", on someone's behalf: "Hayrioğlu adına teşekkürler"
_TURKISH_TITLED = re.compile(
    rf"\b({_WORD})[ \t]+(?:ad[ıi]na|[Bb]ey|[Hh]an[ıi]m|[Uu]sta|abi|abla|[Hh]oca|amca|teyze|[Ee]fendi|day[ıi]|a[gğ]abey|enişte|yenge)"
    r"('?[^\W\d_]{1,5})?(?![^\W\d_])"
)
_POSSESSIVE = frozenset({"ı", "i", "u", "ü", "sı", "si", "su", "sü", "ları", "leri"})
_CAPS = re.compile(rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}}")
# Academic and professional titles, abbreviated with a period only and never in capitals
# ("Arch Linux", "the DNA." are none): "Mag. Hofbauer", "Lic. Pérez", "Dña. Carmen", "Ing. Rossi",
# "Avv. Bianchi", "mgr inż. Nowak".
_DOTTED_TITLES = "|".join(
    f"[{t[0].upper()}{t[0]}]{re.escape(t[1:])}"
    for t in "mag lic lcda lcdo ldo lda dna ing inz arq arch geom rag avv dott.ssa dipl.-ing dipl mgr doc dra drs ir mtro mtra ogr uz muh"
    .split()
)
_TITLE = rf"(?:(?i:\b{_TITLES})\.?|\b(?:{_DOTTED_TITLES})\.)"
_NAME_AFTER_TITLE = rf"(?!(?:{_DOTTED_TITLES}|(?i:{_TITLES}))\.){_WORD}"  # a name ends before the next title
_TITLED = re.compile(
    rf"{_TITLE}(?:[ \t]+{_TITLE})*[ \t]+((?:{_PARTICLE}[ \t]+)?{_NAME_AFTER_TITLE}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_AFTER_TITLE}){{0,2}})"
)
# A speaker says words: a label followed by a value ("Token: 8f3a91c0", "Link: https://…",
# "Hex: 0x1f") is a field, not a line of dialogue.
_SPEAKER = re.compile(rf"(?m)^[ \t]*(?:{CHAT_STAMP}[ \t]+)?({_WORD}(?:[ \t]+{_WORD})?):[ \t]+(?![^\s]*(?:\d|://|[#@/\\=]))\S")
# Past tenses by their shape: Polish "-ł(a)" ("zatwierdził"; normalised text keeps "ł"), Portuguese
# "-ou" ("aprovou"), French "a" and a participle ("a approuvé").
_PAST_SHAPES = r"[a-zł]{2,}ł[ao]?|[a-z]{3,}ou|a[ \t]+[a-z]{3,}(?:e|i|u|is|it)"
_SPEECH_VERBS = r"said|says|asked|asks|confirmed|wrote|replied|answered|agreed|told|signed|dijo|sagte|zei|disse"
_PERSON_VERB = re.compile(
    rf"(?i)[ \t]+(?:{_SPEECH_VERBS}|{_PAST_SHAPES}|called|paid|lives|lived"
    r"|moved|booked|is|was|has|had|will|would|can|could|did|does|thinks|wants|needs|a dit|a confirme|a appele|est"
    r"|bestatigte|rief|hat|ist|wird|confirmo|llamo|es|esta|ha|va|sie"  # Polish "się": "Tomek się przeprowadził"
    r"|fue|tiene|aprobo|firmo|pidio|llego|escribio|heeft|belde|stuurde|schreef|kwam|vroeg|foi|tem|vai|pediu"
    # English "-ed" ("complained"), not "Limited"
    r"|(?!(?:limit|unit|incorporat|register|licens|advanc|automat|integrat|unlimit|bas|relat|establish|qualifi|certifi"
    r"|accredit|authoris|authoriz|regulat)ed\b)[a-z]{3,}ed)\b"
)
# What only a person does, for a word no list knows ("Warczak zatwierdził"): a product may have
# "crashed" or "is", not "said" nor a Polish, Portuguese or French past tense.
_SPOKE_OR_DID = re.compile(rf"(?i)[ \t]+(?:{_SPEECH_VERBS}|{_PAST_SHAPES})\b")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w])[A-Z][^\W\d_]+[ \t]+$")
_REFLEXIVE_AFTER = re.compile(r"[ \t]+sie\b")  # Polish "się" after a name in lower case: "ze filip sie wyprowadza"
_LONE_WORD = re.compile(_WORD)
_INITIALLED = re.compile(r"(?<![\w.])([A-Z][a-z]+)[ \t]+[A-Z]\.(?=[\s,;:)]|$)")  # "Graham P.", "Serkan D."
_SUFFIXED = re.compile(r"(?<=[^\W\d_]{2})'[^\W\d_A-Z]{1,5}$")  # Turkish "Mehmet'in", "Yilmaz'a"; "Anna's"
# Turkish weekdays and feasts that are given names too, which Turkish also capitalises ("15 Mayıs Cuma")
_TURKISH_CALENDAR_NAMES = frozenset({"cuma", "salı", "sali", "bayram", "ramazan", "kurban"})
_TURKISH_SUFFIXED = re.compile(r"\w" + TURKISH_CASE_ENDING + r"(?!\w)")  # "2019'da", "Ankara'dan": only Turkish writes these
_TURKISH_ENDING = re.compile(TURKISH_CASE_ENDING + "$")  # "Mehmet'in onayı", "Kemal'i de çağırın"
_CAMEL_CASE = re.compile(r"^[a-z]+[A-Z]|^[A-Z][a-z]+[A-Z][a-z]*[A-Z]")  # "macOS", "iPhone", "DuckDB"
_FIELD_SEPARATOR = re.compile(rf"\||\t|;[ \t]*{_WORD}:|[ \t]{{2,}}{_WORD}:")
_HANDLE = re.compile(r"(?<![\w.@/:-])([^\W\d_]{2,})[._-]([^\W\d_]{2,})\d{0,6}(?![\w@]|[.-]\w)")
_SURNAME_ENDING = re.compile(
    r"(?:escu|eanu|ski|ska|sky|cki|cka|ova|ovic|evic|ic|enko|chuk|oglu|yan|ian|poulos|akis|idis|sson|ssen|nen|lainen"
    r"|inen|ez|elli|etti|ucci|ini|ino|eira|eiro|ães|oes|ashvili|adze|ishi|moto|mura|yama|kawa|hara|ta)$"
)
_ADDRESSING = re.compile(
    r"(?i)(?:\b(?:hi|hello|hey|dear|thanks|thank you|copy|cc|call|ask|tell|let|inform|notify|contact|with|for|to|by|from"
    r"|bonjour|salut|cher|chère|appeler|appelez|prevenez|avec|pour|hallo|liebe|lieber|rufen sie|informieren sie|mit|fur"
    r"|hola|querido|querida|llamar a|avise a|con|para|tell (?:her|him|them)|chez|bei|bij|met|voor|beste|lieve|bel"
    r"|ciao|caro|cara|chiama|chiamate|da|do|ola|oi|ligue para|liga para|avisa a|avisa|com|czesc|dla|u|powiedz"
    r"|zadzwon do|merhaba|selam|sevgili)[ \t]+)$"  # "sto da Agnese", "do Tiago", "bij Lotte", "u Grzesia", "Tell her Drew"
)
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:in|at|near|to|from|a|à|au|en|dans|de|nach|aus|bei|desde|em|para)[ \t]+$"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[\"'(\[*\u2022-]\s*)$")
ROLES = frozenset(
    "agent user assistant system customer client support bot operator caller host guest q a note interviewer"
    " interviewee respondent moderator entrevistador entrevistadora entrevistado entrevistada intervieweur interviewe"
    " intervistatore intervistatrice intervistato intervistata geinterviewde ankieter respondentka moderador"
    " moderadora moderateur moderatore gorusmeci katilimci befragter befragte p r".split()
)

GREETINGS = frozenset(
    "dear hi hello hey hiya bonjour coucou salut cher chere hola querido querida estimado estimada hallo liebe lieber moin"
    " servus ciao gentile gentilissimo gentilissima hoi beste lieve ola oi prezado prezada hej czesc witam merhaba selam"
    " sevgili"
    # thanks, which address the one thanked as a greeting does: "Merci Marcel", "Teşekkürler Coşkun"
    " thanks thx merci gracias grazie danke bedankt obrigado obrigada dzieki dziekuje tesekkurler sagol".split()
)
PARTICLES = frozenset(
    "van der den de von vom zu la las los del da das do dos di du des le ten ter bin binti ibn al el y e".split()
)
GREETED_SCORE = 0.7
FULL_NAME_SCORE = 0.75
TITLED_SCORE = 0.8
SPEAKER_SCORE = 0.7
SURNAME_SCORE = 0.5
# A distinctive name alone may be the end of a longer name whose other words no list knows
# ("Edit Varga": "Edit" is an English word), so it does not spare the NER's look (presidio.py).
DISTINCTIVE_RULE = "distinctive name"
LOWER_CASE_RULE = "distinctive first name in lower case"
_LOWER_WORD = re.compile(r"(?<![\w@./:#-])[a-z]{3,}(?![\w@]|[.-]\w)")  # not inside an address, a path or a handle
# Greetings, verbs that address someone and words that say who writes, in chat's lower case:
# "hey lena", "sag tobi", "dile a marta", "chiama pure nino", "zeg tegen sanne", "hey its mitch",
# "soy nerea", "c karim".
_GREETED = re.compile(
    r"(?i)\b(?:hi|hello|hey|hiya|yo|oi|dear|thanks|thx|ty|tell|ask|call|ring|text|cc|hallo|hoi|moin|servus|sag|frag|ruf"
    r"|ruf mal|salut|coucou|bonjour|slt|dis a|dis|demande a|appelle|hola|ey|dile a|dile|digale a|pregunta a|preguntale a"
    r"|llama a|llamale a|avisa a|avisale a|ciao|di a|dí a|chiedi a|chiama|chiama pure|ola|olá|fala|fala com|liga pro|liga pra"
    r"|diz ao|diz a|avisa|pergunta a|zeg|zeg tegen|vraag|bel|hee|heee|czesc|cześć|hej|powiedz|zapytaj|zadzwon do|merhaba"
    r"|selam|slm|sor|soyle|söyle|ara|its|it's|soy|c|c'est|sono|ik ben|jestem|sou|eu sou"
    r"|oye|frag mal|pergunta pra|pergunta pro|fala pra|fala pro|talked to|talked with|spoke to|spoke with|hable con"
    r"|falei com|ho parlato con|ho sentito|j'ai parle avec|j'ai parle a|heb met|hab mit|sprach mit)[ \t,!]+$"
)
# A title in chat's lower case, before a first name or a surname: "don aurelio", "herr gruber", "vó cidinha".
_TITLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:don|dona|herr|frau|signor|signora|zio|zia|tio|tia|vo|avo|tante|onkel|pan|pani)[ \t]+$")
# Words that follow a greeting in lower case and are names in the lists too: "hey man", "thanks love".
TERMS_OF_ADDRESS = frozenset(
    "man guys girl girls love honey babe baby dude bro sis mate buddy pal sweetie darling god mom mum dad sir madam boss"
    " chief team all everyone folks there ladies gents friend friends mama papa amor bella bello cara caro".split()
)
# The article Spanish, Portuguese and Italian speech puts before a first name: "la marta", "o tiago", "il marco".
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:la|el|il|o|a)[ \t]+$")
# Whose home or place, in chat's lower case: "bei kai", "bij femke", "chez maëlys", "en casa de iker", "a casa di gianni".
_AT_HOME_OF = re.compile(r"(?<![^\W\d_])(?:bei|bij|chez|casa de|casa da|casa do|casa di)[ \t]+$")
# First names that are also nouns after such an article ("la luz", "la paz", "o amparo").
_NOUN_NAMES = frozenset(
    "luz paz esperanza gloria cruz nieves rocio consuelo amparo soledad milagros reyes estrella fe alba aurora flor"
    " perla paloma blanca clara vera serena speranza fortuna vittoria grazia gioia stella bianca rosario margarita"
    " violeta dalia celeste concepcion asuncion piedad caridad socorro mercedes pureza remedios patria victoria"
    " belen lourdes rosa mar sol angel pilar dolores jesus salvador cielo ora calle casa playa plaza villa via rua".split()
)
# A Dutch or German surname with its particles in lower case, no first name before it: "door van der
# Zijl", "mit von Formbach"
_PARTICLED_SURNAME = re.compile(
    r"(?<![\w@.'-])((?:van|von|ter|ten|vanden|vander)(?:[ \t]+(?:de|der|den|het|'t|dem|zu))?)[ \t]+"
    r"([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)(?![\w@])"
)
# A name as records and lists invert it, the surname first: "Wright, Luke", "Kinal, Jan"
_INVERTED = re.compile(r"(?<![\w@.'-])(?<!, )([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?),[ \t]+([A-Z][^\W\d_]+)(?![\w@]|,[ \t]*[A-Z])")
# Two first names joined by a conjunction, as couples sign and invitations name them: "Elif & Ozan", "Bart en Evi".
_PAIR = re.compile(r"(?<![\w@.])([A-Z][^\W\d_]{2,})[ \t]+(?:&|and|und|et|y|e|en|i|ve)[ \t]+([A-Z][^\W\d_]{2,})(?![\w@])")
# A first name and a surname in chat's lower case, particles between: "danielle coste", "sil van der zijl".
# A lookahead, so that a pair that is no name does not hide the pair that starts at its second word.
_LOWER_PARTICLE = r"(?:van|von|de|der|den|da|das|do|dos|di|del|la|le|ter|ten)"
_LOWER_PAIR = re.compile(
    rf"(?<![\w@./:#-])(?=([a-zıł]{{3,}})[ \t]+((?:{_LOWER_PARTICLE}[ \t]+){{0,2}})"
    r"([a-zıł]{3,})(?![\w@]|[.-]\w)(?:[ \t]+([a-zıł]{3,})(?![\w@]|[.-]\w))?)"
)
# A surname with its particles after a full name in lower case: "ana clara [da cruz]"
_LOWER_PARTICLED_TAIL = re.compile(rf"[ \t]+({_LOWER_PARTICLE}[ \t]+){{1,2}}([a-zı]{{3,}})(?![\w@]|[.-]\w)")
# A sign-off in chat's lower case, and the name that ends the message or its line: "saludos, maría", "abs, sara", "lg\ntobi"
_SIGNED = re.compile(rf"(?<![^\W\d_])(?:{SIGN_OFFS})[ \t]*[,!.]?[ \t]*(?:\n[ \t]*|(?<=,)[ \t]*|(?<=[ \t]))$")
_MESSAGE_ENDS = re.compile(r"[ \t]*[.!]*[ \t]*(?:\n|$)")
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w])(?:the|a|an|this|that|our|your|der|die|das|dem|den|des|ein|eine|einem|einen|einer|im|am|zum|zur|vom|beim|ins"
    r"|la|le|les|el|il|lo|los|las|un|une|una|uno|het|een|o|os|as|um|uma|no|na|do|da|ce|cette)[ \t]+$"
)
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[?!.,;]|$)")
_LOWER_WORD_AFTER = re.compile(rf"[ \t]+[{LOWER_LETTERS}]+(?![\w@])")  # "Xavier a réclamé": French "a" is a verb
# first names that are as often a make of car or a product: "the Mercedes we rented"
_BRANDS = frozenset("mercedes tesla skoda lancia alfa romeo dacia seat opel audi porsche siri alexa cortana".split())
_LOWER_SUFFIXED = re.compile(r"(?<![\w@./:#-])([a-zı]{3,})(?=" + TURKISH_CASE_ENDING + r"(?![^\W\d_]))")  # "cemil'e"
HANDLE_SCORE = 0.7
# Turkish case endings that chats join to a name without the apostrophe ("ayseye", "mahmutun",
# "batuyla", "hasanın"), longest first; no bare vowel ("paula" is no "paul" + "a").
_JOINED_ENDINGS = ("nden", "ndan", "nin", "nın", "nun", "nün", "yla", "yle", "dan", "den", "tan", "ten", "nda", "nde",
                   "ye", "ya", "yu", "yü", "yi", "yı", "un", "ün", "in", "ın", "la", "le", "da", "de", "ta", "te")


@dataclass(frozen=True)
class NameSpan:
    """A name found in a text: `text[start:end]`, its score, and which rule found it."""

    start: int
    end: int
    score: float
    rule: str


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, surnames, words that never start or extend a name)."""
    from guardrail.filtering.gating import openers
    from guardrail.filtering.gazetteer import FIRST_NAMES, SURNAMES
    from guardrail.filtering.names import FIRST_NAMES as US_FIRST_NAMES

    return FIRST_NAMES | US_FIRST_NAMES, SURNAMES, openers()


def is_listed_first_name(word: str) -> bool:
    """Whether `word` is a listed first name that may start a name (not a stop word or opener)."""
    first_names, _, blocked = _lexicon()
    folded = word.casefold()
    return folded in first_names and folded not in blocked


def corroborated(value: str) -> bool:
    """Whether an NER name has a gazetteer word: a first name or surname of two or more words'
    name, or, for one word, a name that is not also an English word ("Kowalski", not "Bell")."""
    from guardrail.filtering.gazetteer import ENGLISH_WORDS

    first_names, surnames, blocked = _lexicon()
    if any(_CAMEL_CASE.search(w) for w in value.split()):
        return False  # a product's name: "macOS Ventura", "iPhone Pro"
    words = [w.casefold() for w in re.split(r"[\s-]+", value) if w[:1].isupper()]
    words = [w for w in words if w not in blocked]
    names = [w for w in words if w in first_names or w in surnames]
    if len(words) > 1 and words[0] not in first_names and _ordinary_words([(0, 0, w) for w in words]):
        return False  # "Tiny Shakespeare"
    if len(words) == 1:
        return bool(names) and names[0] not in ENGLISH_WORDS
    return bool(names)


@shared_in_analysis
def find_names(text: str) -> tuple[NameSpan, ...]:
    """Names of people in `text` (normalised); shared within one analysis, as the NER gate asks for the same text."""
    return tuple(_find_names(text))


def name_after_title(value: str) -> str | None:
    """The name in `value` when a title opens it ("mevrouw Hoorn" -> "Hoorn"), else None."""
    match = _TITLED.fullmatch(value.strip())
    return match.group(1) if match else None


def unexplained_name_word(text: str, explained: list[tuple[int, int]]) -> bool:
    """Whether `text` has a gazetteer name, or a capitalised word after a place preposition,
    outside the `explained` spans: the only words where an NER finding would be kept."""
    first_names, surnames, blocked = _lexicon()
    for match in _LONE_WORD.finditer(text):
        if any(s <= match.start() < e for s, e in explained):
            continue
        folded = match.group().casefold()
        if folded in blocked or _common(match.group()):
            continue
        if folded in first_names or folded in surnames or _PLACE_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            return True
    return False


def _find_names(text: str) -> list[NameSpan]:
    first_names, surnames, blocked = _lexicon()
    out = []
    for match in _TITLED.finditer(text):
        words = list(re.finditer(r"\S+", match.group(1)))
        while len(words) > 1 and _no_name_word(words[-1].group(), first_names, surnames, blocked) \
                and not _second_surname(text, match.start(1) + words[-1].end(), words[-1].group(), surnames):
            words.pop()  # "Frau Prof. Hinterleitner Bescheid geben": the noun after the name is none of it
        last = words[-1].group()
        if not (last.casefold() in blocked or _common(last)) or _surname_after_title(match, last, first_names, surnames):
            out.append(NameSpan(match.start(), match.start(1) + words[-1].end(), TITLED_SCORE, "title"))
    for match in _SPEAKER.finditer(text):
        name, line_end = match.group(1), text.find("\n", match.end())
        if _FIELD_SEPARATOR.search(text, match.end(), len(text) if line_end < 0 else line_end):
            continue  # "Status: Pending | Owner: Data Team": fields of a record
        if any(w.casefold() in blocked or w.casefold() in ROLES or _common(w) for w in name.split()):
            continue
        if all(unlisted_english_word(w) or is_label_word(w) for w in name.split()):
            continue  # "Item: a laser printer", "Claimant: …", "Protokoll: …", "Spielbericht: …", "Regie: …": a field, not a speaker
        out.append(NameSpan(match.start(1), match.end(1), SPEAKER_SCORE, "speaker"))
    for match in _CAPS.finditer(text):
        out.extend(_from_capitalised_run(text, match, first_names, surnames, blocked))
    for match in _TURKISH_TITLED.finditer(text):  # "Kürşat usta", "Nermin Hanım", "Selim abi": a title after the name
        word, ending = match.group(1), match.group(2) or ""
        folded = word.casefold()
        possessive = ending.lstrip("'") in _POSSESSIVE  # "Matematik hocası": whose teacher, not who
        if re.search(r"\sad[ıi]na", match.group()) and is_common_word(word):
            continue  # "Şirket adına": on a company's behalf; "Hayrioğlu adına": on a person's
        if not (folded in blocked or _common(word) or folded in all_stop_words()
                or (possessive and is_common_word(word) and folded not in first_names and folded not in surnames)):
            out.append(NameSpan(match.start(1), match.end(1), SURNAME_SCORE, "name before a Turkish title"))
    for match in _INITIALLED.finditer(text):  # "– Graham P., Knaresborough": a reviewer's first name and initial
        if is_listed_first_name(match.group(1)) and not _common(match.group(1)):
            out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, "first name and initial"))
    for match in _PARTICLED_SURNAME.finditer(text):  # "door van der Zijl", not "de auto van Jan", "van Amsterdam"
        if _particled_surname(text, match, first_names, surnames, blocked):
            out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, "surname with its particles"))
    for match in _INVERTED.finditer(text):  # "Meeting with Wright, Luke tomorrow"; not "Paris, France", "Rose, Grace and Hope"
        if _inverted_name(match.group(1), match.group(2), first_names, surnames, blocked):
            out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, "inverted name"))
    # both listed first names, neither an English nor a common word ("Tom & Jerry" is a cartoon), or,
    # in a sentence that reads as no English, ones that are English words only ("Reunión con Ruby y Lucas")
    for match in _PAIR.finditer(text):
        plain = [_plain_first_name(match.group(g)) for g in (1, 2)]
        if all(plain) or (all(p or _listed_name_no_word(match.group(g)) for p, g in zip(plain, (1, 2)))
                          and not _reads_english(text, (match.start(), match.end(), match.group()))):
            out.extend(NameSpan(match.start(g), match.end(g), SURNAME_SCORE, "pair of first names") for g in (1, 2))
    for match in _HANDLE.finditer(text):
        if _is_handle(match.group(1), match.group(2), first_names, surnames, blocked):
            out.append(NameSpan(match.start(), match.end(), HANDLE_SCORE, "handle"))
    out.extend(NameSpan(start, end, CUED_SCORE, "cue") for start, end in find_cued_names(text))
    out.extend(NameSpan(start, end, CAPITALS_SCORE, "name in capitals") for start, end in find_capitalised_names(text))
    for match in _LOWER_WORD.finditer(text):
        word = match.group()
        if word not in first_names and word.endswith(_JOINED_ENDINGS) and _joined_turkish_ending(word, first_names):
            out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, "lower-case name + Turkish case ending"))  # "ayseye"
        if (word in first_names or word in surnames) and word not in blocked and _after_title(text, match.start()) \
                and _plain_word_name(word):
            out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, "name in lower case after a title"))  # "herr gruber"
            continue
        if word not in first_names or word in blocked:
            continue
        if len(word) >= 4 and is_distinctive_name(word) and not is_english_word(word):
            out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, LOWER_CASE_RULE))  # "ask oluwaseun"
        elif word not in TERMS_OF_ADDRESS and _SIGNED.search(text, max(0, match.start() - 40), match.start()) \
                and _MESSAGE_ENDS.match(text, match.end()):
            out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, "first name in lower case after a sign-off"))  # "saludos, maría"
        elif word not in TERMS_OF_ADDRESS and (
                _GREETED.search(text, max(0, match.start() - 24), match.start()) or person_cue_before(text, match.start())):
            out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, "first name in lower case after a cue"))  # "sag tobi", "zus fleur"
        elif word not in _NOUN_NAMES and _plain_word_name(word):
            if _ARTICLE_BEFORE.search(text, max(0, match.start() - 4), match.start()):
                out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, "first name in lower case after an article"))  # "la marta"
            elif _AT_HOME_OF.search(text, max(0, match.start() - 10), match.start()):
                out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, "first name in lower case at their home"))  # "bij femke"
            elif _REFLEXIVE_AFTER.match(text, match.end()):
                out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, "first name in lower case before 'sie'"))  # "filip sie"
    taken = 0
    for match in _LOWER_PAIR.finditer(text):  # "le client danielle coste a réclamé"
        first, last, third = match.group(1), match.group(3), match.group(4)
        sentence = (text, (match.start(1), match.end(3), text[match.start(1):match.end(3)]))
        if match.start() >= taken and (_lower_full_name(first, last, first_names, surnames, blocked, sentence)
                                       or _lower_particled_name(first, match.group(2), last, first_names, blocked)):
            second = third in surnames and _lower_surname(third, surnames, blocked)  # "rossana maderna peano"
            taken = match.end(4 if second else 3)
            if (tail := _LOWER_PARTICLED_TAIL.match(text, taken)) and tail.group(2) in surnames and tail.group(2) not in blocked:
                taken = tail.end()  # "ana clara da cruz", "joão felipe da rocha"
            out.append(NameSpan(match.start(), taken, SURNAME_SCORE, "full name in lower case"))
    for match in _LOWER_SUFFIXED.finditer(text):
        word = match.group(1)
        if word not in blocked and (word in first_names or _unlisted_proper_noun(word)):
            out.append(NameSpan(match.start(), match.end(), SURNAME_SCORE, "lower-case name + Turkish case ending"))
    return out


def _unlisted_proper_noun(word: str) -> bool:
    """A lower-case word before a Turkish case ending that no list knows: Turkish joins an ending
    with an apostrophe to a proper noun only, so a chat's "zevlüde'yle" is a name; not a town
    ("kadıköy'de"), an ordinary word, an organisation's, nor French "jusqu'à"."""
    from guardrail.filtering.towns import towns
    from guardrail.filtering.vocabulary import is_english_word, names_an_organisation

    return (len(word) >= 4 and not word.endswith("qu") and word not in towns() and word not in all_stop_words()
            and not is_common_word(word) and not is_english_word(word) and not names_an_organisation(word))


def _joined_turkish_ending(word: str, first_names: frozenset[str]) -> bool:
    """Whether a lower-case word is a listed first name of four letters or more that no word list
    knows and a Turkish case ending joined to it, itself no word ("ayseye", "mahmutun"; not "aslında")."""
    if is_common_word(word) or is_english_word(word):
        return False
    return any(base in first_names and not (is_common_word(base) or is_english_word(base))
               for base in joined_stems(word, _JOINED_ENDINGS, 4))


# What people do in minutes, messages and reports, in the nine languages, as normalised text
# spells them (accents stripped; Turkish dotless i kept): "… opened the meeting", "… bittet um
# Rückruf", "… abre la sesión", "… toplantıyı açtı". Only for the learned model's findings,
# which have a name's shape already; the gazetteer's lone surnames keep `_PERSON_VERB`.
_PERSON_ACTION = re.compile(
    r"(?i)[ \t]+(?:"
    r"opened|opens|presented|presents|sends|sent|chaired|chairs|joined|joins|thanked|thanks|writes|reported|reports"
    r"|explained|explains|requested|requests|mentioned|leads|led|added|noted|spoke|speaks|approved|emailed|phoned|texted"
    r"|shared|apologi[sz]ed|arrived|works|worked|scored|won|takes|took|replies"
    r"|sagt|schreibt|schrieb|meldet|meldete|berichtet|berichtete|bittet|bat|eroffnet|eroffnete|prasentiert|stellt"
    r"|ubernimmt|leitet|leitete|fragt|fragte|dankt|kommt|kam|wohnt|arbeitet|grusst|fuhrt|moderiert|offnet|offnete"
    r"|dit|ouvre|presente|demande|ecrit|repond|a repondu|remercie|vous salue|arrive|travaille|habite|preside|signale"
    r"|abre|presenta|pide|escribe|responde|agradece|llega|trabaja|vive|informa|pregunta|comenta|envia|saluda|toma"
    r"|apre|chiede|scrive|risponde|ringrazia|arriva|lavora|presiede|ha detto|dice|saluta|conferma"
    r"|opent|presenteert|vraagt|schrijft|zegt|antwoordt|bedankt|komt|werkt|woont|zit|belt|neemt|meldt"
    r"|apresenta|pede|escreve|chega|trabalha|mora|disse|diz|ligou|liga"
    r"|otwiera|przedstawia|prosi|pisze|odpowiada|dziekuje|mowi|pracuje|mieszka|prowadzi|pozdrawia"
    r"|powiedzia[lł]a?|napisa[lł]a?|zadzwoni[lł]a?|potwierdzi[lł]a?|podpisa[lł]a?|odpowiedzia[lł]a?"  # "ł" stays in normalised text
    r"|act[iı]|sundu|istiyor|yazd[iı]|dedi|diyor|arad[iı]|cal[iı]s[iı]yor|toplant[iı]y[iı]|rapor"
    r")\b"
)


def person_verb_after(text: str, end: int) -> bool:
    """Whether a person's verb follows `text[:end]` ("… said", "… a confirmé", "… opened the
    meeting", "… bittet um Rückruf")."""
    return _PERSON_VERB.match(text, end) is not None or _PERSON_ACTION.match(text, end) is not None


def _is_handle(first: str, last: str, first_names, surnames, blocked) -> bool:
    """A gazetteer first name and surname, neither a common term, not both English words."""
    from guardrail.filtering.gazetteer import ENGLISH_WORDS

    f, s = first.casefold(), last.casefold()
    if f not in first_names or s not in surnames or f in blocked or s in blocked or _common(first) or _common(last):
        return False
    return not (f in ENGLISH_WORDS and s in ENGLISH_WORDS)


def _from_capitalised_run(text, match, first_names, surnames, blocked) -> list[NameSpan]:
    """Full names and lone surnames or first names inside one run of capitalised words, and
    any listed name in it with a Turkish case ending (`_TURKISH_ENDING`)."""
    tokens = list(re.finditer(r"\S+", match.group()))
    words = [(m.start() + match.start(), m.end() + match.start(), _bare(m.group())) for m in tokens]
    found = _names_in_run(text, words, first_names, surnames, blocked)
    for token, (start, end, word) in zip(tokens, words):  # "Toplantıya Kemal'i de çağırın"
        folded = word.casefold()
        if (_TURKISH_ENDING.search(token.group()) and (folded in first_names or folded in surnames)
                and folded not in blocked and not _common(word)
                and not any(f.start <= start < f.end and (f.start, f.end) != (start, end) for f in found)):
            found = [f for f in found if (f.start, f.end) != (start, end)]  # the ending says more than a rule for names alone
            found.append(NameSpan(start, end, SURNAME_SCORE, "name + Turkish case ending"))
    return found


def _names_in_run(text, words, first_names, surnames, blocked) -> list[NameSpan]:
    """Full names and lone surnames or first names among one run's words (`(start, end, word)`)."""
    from guardrail.filtering.gazetteer import ENGLISH_WORDS

    if words and words[0][2].casefold() in GREETINGS:
        rest = _until_blocked(words[1:], blocked)[:3]
        if rest and not _common(rest[0][2]) and rest[0][2].casefold() not in blocked and not (
                is_common_word(rest[0][2]) and rest[0][2].casefold() not in first_names):  # "Beste Klant", "Hola Mundo"
            return [NameSpan(rest[0][0], rest[-1][1], GREETED_SCORE, "greeting")]
    # A run may open with words that are no name ("Dear", "Namen", "Das Konto"): a full name
    # starts at its first first name ("June" too, when a surname follows).
    for i, (_, _, word) in enumerate(words[:-1]):
        folded, after = word.casefold(), words[i + 1][2].casefold()
        plain = not (folded in blocked or _common(word) or folded in ENGLISH_WORDS)  # "Data Platform" is no name
        surname_next = after in surnames or _looks_foreign(words[i + 1][2]) or unknown_word(words[i + 1][2])  # "Klient Jan Kinal"
        if _is_first_name(folded, first_names) and (plain or (folded not in blocked and surname_next)):
            rest = [words[i], *_until_blocked(words[i + 1:], blocked, first=False)]
            if len(rest) >= 2:
                return [NameSpan(rest[0][0], rest[-1][1], FULL_NAME_SCORE, "first name + surname")]
    while words and (words[0][2].casefold() in blocked or _common(words[0][2])):
        words = words[1:]
    opened = len(words) >= 2 and _sentence_start(text, words[0][0]) and _opening_word(words[0][2], first_names, surnames)
    if opened:
        words = words[1:]  # "Dün Ümmet Yüksel aradı", "Klient Maciej złożył": an adverb or a noun opens the sentence
    words = _until_blocked(words, blocked)
    if not words:
        return []
    if len(words) >= 2 and words[-1][2].casefold() in surnames and not _sentence_start(text, words[0][0]) and not _ordinary_words(words):
        return [NameSpan(words[0][0], words[-1][1], FULL_NAME_SCORE, "name + surname")]
    if len(words) >= 2 and not _sentence_start(text, words[0][0]) and any(_looks_foreign(w) for _, _, w in words[-2:]):
        return [NameSpan(words[0][0], words[-1][1], SURNAME_SCORE, "foreign-looking name")]
    if len(words) in (2, 3) and not _sentence_start(text, words[0][0]) and all(unknown_word(w) for _, _, w in words):
        return [NameSpan(words[0][0], words[-1][1], SURNAME_SCORE, "unknown words")]  # "ehe Kutlay Oztoprak ausglich"
    if len(words) == 1 and _among_things(text, words[0], first_names, surnames):
        return []  # "shared by Spark, DuckDB and Polars"
    if len(words) == 1 and _lone_surname(text, words[0], surnames, first_names):
        return [NameSpan(words[0][0], words[0][1], SURNAME_SCORE, "surname")]
    if (len(words) == 1 and unknown_word(words[0][2]) and _SPOKE_OR_DID.match(text, words[0][1])
            and not _CAPITALISED_WORD_BEFORE.search(text, max(0, words[0][0] - 40), words[0][0])):  # "O Kindle Paperwhite chegou"
        return [NameSpan(words[0][0], words[0][1], SURNAME_SCORE, "unknown word before a person's verb")]
    if len(words) == 1 and _lone_first_name(text, words[0], first_names):
        return [NameSpan(words[0][0], words[0][1], SURNAME_SCORE, "first name")]
    if len(words) == 1 and is_distinctive_name(words[0][2]) and (
            not _sentence_start(text, words[0][0]) or _LOWER_WORD_AFTER.match(text, words[0][1])):  # "Karol zatwierdził budżet"
        return [NameSpan(words[0][0], words[0][1], SURNAME_SCORE, DISTINCTIVE_RULE)]  # "Hi all, Tuncer here"
    if len(words) == 1 and opened and _surname_after_opener(text, words[0], surnames):
        return [NameSpan(words[0][0], words[0][1], SURNAME_SCORE, "surname after the word that opens a sentence")]
    if len(words) == 1 and (_first_name_opening(text, words[0], opened) or _first_name_closing(text, words[0])):
        return [NameSpan(words[0][0], words[0][1], SURNAME_SCORE, DISTINCTIVE_RULE)]  # "Robert ruft dich zurück"
    if len(words) == 1 and _lone_name_in_sentence(text, words[0], first_names):
        # like a distinctive name, it may end a longer name no list knows: the small NER still looks
        return [NameSpan(words[0][0], words[0][1], SURNAME_SCORE, DISTINCTIVE_RULE)]  # "The customer Paul complained"
    declined = _declined_name(text, words[:3], first_names, surnames)
    if not declined and len(words) == 1 and (language := _proper_noun_in_sentence(
            text, words[0], opened, not opened and _sentence_start(text, words[0][0]))):
        return [NameSpan(words[0][0], words[0][1], SURNAME_SCORE, f"proper noun in a {language} sentence")]  # "Paketi Zevlüde teslim aldı"
    return declined


def _declined_name(text, words, first_names, surnames) -> list[NameSpan]:
    """A name of one to three words declined in Polish: each a declined listed name, a listed
    name, or, after a declined first name, a word no list knows ("z Grzegorzem Wąsikiem")."""
    declined = [polish_base(w, first_names, surnames) for _, _, w in words]
    if not any(declined) or (_sentence_start(text, words[0][0]) and any(is_common_word(w) for _, _, w in words)):
        return []  # "Marka Apple jest droga": a common word opening a sentence
    first = declined[0] in first_names
    if all(b or w.casefold() in first_names or w.casefold() in surnames or (first and unknown_word(w))
           for b, (_, _, w) in zip(declined, words)):
        return [NameSpan(words[0][0], words[-1][1], SURNAME_SCORE, "Polish declined name")]
    return []


# Polish case endings of first names and surnames, longest first, and what the nominative ends
# in instead: "Grzegorzem" -> "Grzegorz", "Piotra" -> "Piotr", "Oksany" -> "Oksana",
# "Lewandowskich" -> "Lewandowski", "Kowalskiej" -> "Kowalska"; normalised text has no ogonek.
_POLISH_CASES = (
    ("iego", ("i",)), ("iemu", ("i",)), ("owi", ("",)), ("iem", ("",)), ("ich", ("i",)), ("ego", ("y",)), ("emu", ("y",)),
    ("iej", ("a",)), ("ej", ("a",)), ("im", ("i",)), ("em", ("",)), ("y", ("a",)), ("i", ("a", "ia")), ("a", ("",)), ("u", ("",)),
)


_POLISH_ENDINGS = tuple(ending for ending, _ in _POLISH_CASES)


def polish_base(word: str, first_names: frozenset[str], surnames: frozenset[str]) -> str | None:
    """The listed name `word` declines in Polish ("Tomkiem" -> "tomek"), or None: the word is
    capitalised, of five letters or more (four for a diminutive's genitive, "Kasi" -> "kasia"),
    itself neither listed nor an English word; a word
    frequent in the nine languages' text only as a first name's form ("Piotra", not "Marka"
    as a surname's)."""
    folded = word.casefold()
    if not folded.endswith(_POLISH_ENDINGS) or not word[0].isupper() or not word[1:].islower():
        return None
    diminutive = len(folded) == 4 and folded.endswith("i") and folded[:-1] + "ia" in first_names
    if len(folded) < 5 and not diminutive:
        return None  # four letters only for a diminutive's genitive: "od Kasi" (Kasia), "u Zosi"
    if (folded in first_names or folded in surnames) and not diminutive:
        return None  # "Kasi" is listed too, as a name of another country
    blocked = _lexicon()[2]
    for ending, nominatives in _POLISH_CASES:
        if not folded.endswith(ending):
            continue
        stem = folded[: -len(ending)]
        for base in [stem + n for n in nominatives] + ([stem[:-1] + "ek"] if stem.endswith("k") else []):  # "Tomka" -> "tomek"
            if len(base) < 4 or base in blocked or not (base in first_names or base in surnames):
                continue
            if folded in blocked or is_english_word(word):
                return None
            if base in first_names or not is_common_word(word):  # "Piotra" is frequent in Polish text as a name; a surname's form may not be
                return base
    return None


def _lower_full_name(first: str, last: str, first_names, surnames, blocked, sentence: tuple[str, tuple] | None = None) -> bool:
    """A listed first name and a surname typed in lower case, neither a stop word nor a common
    term. After a first name that is no ordinary English word ("helena" is English only as a
    name; not "mark", "grace"), or is one in a `sentence` (text, word) that reads as no English
    (`_reads_english`: "revisó maria martin"), any listed surname ("coste", "mateus da costa", "jorge sierra") or a
    word no list knows ("kinal"). Before a listed surname that is no word, a first name may
    also be an English word or no listed name, but no common or English word ("robin kowalski",
    "orcin yılmaz"; not "roman numerals", "the grace period")."""
    if first in blocked or last in blocked:
        return False
    english_word = is_ordinary_english_word(first) and (sentence is None or _reads_english(*sentence))
    if first not in first_names or english_word:
        # a first name no list knows, or one that is an English word, before a listed surname that
        # is no word: "orcin yılmaz", "robin kowalski"; not "ruby gems", "roman numerals"
        unlisted = first not in first_names and (len(first) < 4 or is_common_word(first) or is_english_word(first))
        return not unlisted and last in surnames and _lower_surname(last, surnames, blocked) and not is_english_word(last)
    return last in surnames or _lower_surname(last, surnames, blocked)


def _lower_particled_name(first: str, particles: str, last: str, first_names, blocked) -> bool:
    """A listed first name, two particles and any word but a stop word, in lower case: Dutch
    "van der", "van de", Spanish "de la" put a surname after them, whatever else its word
    means ("daan van der leek", "jack van der plas", "gerrit van de wal")."""
    return len(particles.split()) == 2 and first in first_names and first not in blocked and not _common(first) \
        and last not in blocked and not _common(last)


def _inverted_name(surname: str, given: str, first_names, surnames, blocked) -> bool:
    """A surname, a comma and a first name that is no ordinary English word or common word, both
    listed, or one of them listed and the other a word no list knows (`unknown_word`): "Wright,
    Luke", "Peukert, Erkan", "Yılmaz, Nakip"; not "Price, Grace", nor a town as the first
    name ("Porto, Nice", "Wright, Florence"); neither a stop word nor a common term."""
    from guardrail.filtering.towns import towns

    last, first = surname.casefold(), given.casefold()
    if last in blocked or first in blocked or _common(surname) or _common(given) or first in _BRANDS:
        return False
    listed_last, listed_first = last in surnames, first in first_names
    if not ((listed_last and (listed_first or unknown_word(given))) or (listed_first and unknown_word(surname))):
        return False
    return not (is_ordinary_english_word(first) or is_common_word(given) or first in towns())


def _particled_surname(text: str, match: re.Match, first_names, surnames, blocked) -> bool:
    """A capitalised word after "van", "von" or "ter" that is a surname with them: a listed
    surname or a word no list knows, not only a first name ("van Jan"), nor a town ("van
    Amsterdam"), a common word ("von Montag") or a stop word. After Dutch "van de", "van der",
    "van den" or "van 't", where Dutch writes nouns in lower case, a common word or a town is
    one too ("van de Wal", "van der Veen"), unless a heading's capitals go before ("Boek van de
    Maand")."""
    from guardrail.filtering.towns import towns

    word = match.group(2)
    folded = word.casefold()
    if folded in blocked or _common(word) or (folded in first_names and folded not in surnames):
        return False
    if folded in surnames or unknown_word(word):
        return folded not in towns() and not is_common_word(word)
    dutch = match.group(1).startswith("van") and " " in match.group(1).strip()
    return dutch and _CAPITALISED_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()) is None


def _lower_surname(word: str, surnames, blocked) -> bool:
    """A surname in lower case: listed and neither an English nor a common word, or a word no list knows."""
    from guardrail.filtering.gazetteer import ENGLISH_WORDS

    if word in blocked:
        return False
    if word in surnames:
        return word not in ENGLISH_WORDS and not is_common_word(word)
    return len(word) >= 4 and not is_common_word(word) and not is_english_word(word)


def _plain_first_name(word: str) -> bool:
    """A listed first name that is no stop word, common term, common word or English word ("Elif", "Evi")."""
    return is_listed_first_name(word) and not _common(word) and not is_common_word(word) and not is_english_word(word)


def _listed_name_no_word(word: str) -> bool:
    """A listed first name that is no stop word, common term, common word of the nine languages or
    noun name ("Rosa", "Paz"); an English word may be ("Jasper", "Iris")."""
    return is_listed_first_name(word) and not _common(word) and not is_common_word(word) and word.casefold() not in _NOUN_NAMES


def _after_title(text: str, at: int) -> bool:
    """Whether a title in chat's lower case ends right before `at` ("herr gruber")."""
    return _TITLE_BEFORE.search(text, max(0, at - 8), at) is not None


def _second_surname(text: str, end: int, word: str, surnames) -> bool:
    """A listed surname that is also a word of another language, closing a name that a title
    opens, before punctuation or the line's end ("Lic. Vaca Díez:", "diez" being Spanish's
    "ten"); no English word ("Herr Müller Bank"), nor one a lower-case word follows ("Frau
    Prof. Hinterleitner Bescheid geben")."""
    folded = word.casefold()
    return (folded in surnames and len(folded) >= 3 and not is_english_word(word) and not _common(word)
            and _NAME_CLOSES.match(text, end) is not None)


def _surname_after_title(match: re.Match, word: str, first_names, surnames) -> bool:
    """A listed name that is also a common word or a stop word, after a title that names a person
    only ("Mr Gross", "Frau Gross", "Mrs. Price"; not after "Don", "Pan" or "Miss", which are words
    too), and no English stop word ("Mr. And"); or a surname in capitals, listed or no word of
    any list, after such a title or one with its period ("Sn. ÖZKÖK"; not "Mr. IT")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    folded = word.casefold()
    opening = match.group().split(None, 1)[0]
    title = opening.rstrip(".").casefold()
    if len(folded) < 3 or folded in STOP_WORDS:
        return False
    if word.isupper():  # "Sn. ÖZKÖK", "Mr. KOWALSKI": a surname in capitals, listed or no word at all
        return (title in _PERSON_ONLY_TITLES or opening.endswith(".")) and (
            folded in surnames or folded in first_names or unknown_word(word.capitalize()))
    dotted = re.fullmatch(rf"(?:{_DOTTED_TITLES})\.", opening) is not None  # "Lic. Vaca Díez", "Ing. Blanco"
    return (title in _PERSON_ONLY_TITLES or dotted) and (folded in surnames or folded in first_names)


def _plain_word_name(word: str) -> bool:
    """A lower-case listed name that is no common word of the nine languages and no English word
    by WordNet's index itself ("iker", which only a suffix rule makes English, and "lena", which
    WordNet knows only as a proper noun, are plain names; "mark" and "rosa" are not)."""
    return not is_common_word(word) and not is_ordinary_english_word(word)


def _no_name_word(word: str, first_names, surnames, blocked) -> bool:
    """A word that ends no name after a title: a stop word, a common term, or a common word of
    the nine languages that no name list knows ("Bescheid", "Rechnung")."""
    folded = word.casefold()
    return folded in blocked or _common(word) or (is_common_word(word) and folded not in first_names and folded not in surnames)


def _bare(word: str) -> str:
    """A word without the case ending or possessive an apostrophe joins to it, for the name
    lists to read ("Mehmet'in", "Ayse'ye", "Anna's" -> "Mehmet", "Ayse", "Anna"); the finding
    still covers the whole word. "O'Brien" and "D'Angelo" keep theirs: a capital follows."""
    return _SUFFIXED.sub("", word)


def unknown_word(word: str) -> bool:
    """A capitalised word no word list knows: not a common word of the nine languages, not an
    English word, not an organisation's ("Kutlay", "Oztoprak"; not "Cluster", "Studio", "DuckDB")."""
    from guardrail.filtering.vocabulary import is_common_word, is_english_word, names_an_organisation

    return (len(word) > 2 and word.isalpha() and word[0].isupper() and word[1:].islower()
            and not is_common_word(word) and not is_english_word(word) and not names_an_organisation(word))


def _ordinary_words(words) -> bool:
    """Whether every word of a run is an ordinary English word ("Search Field", "Cinema Hall")."""
    from guardrail.filtering.vocabulary import is_english_word

    return all(is_english_word(w) and not english_only_as_a_proper_noun(w) for _, _, w in words)


def _opening_word(word: str, first_names, surnames) -> bool:
    """A sentence's first word that no name list knows and the nine languages write often
    ("Dün", "Gestern", "Yesterday", "Ayer"): the capitalised words after it may be a name."""
    folded = word.casefold()
    return folded not in first_names and folded not in surnames and (is_common_word(word) or is_english_word(word))


def _among_things(text, word, first_names, surnames) -> bool:
    """A word listed among items of which one is no name ("Spark, DuckDB and Polars")."""
    siblings = [text[s:e].casefold() for s, e in list_siblings(text, word[0], word[1])]
    return any(s not in first_names and s not in surnames for s in siblings)


def _is_first_name(folded: str, first_names: frozenset[str]) -> bool:
    """A first name, or a hyphenated one made of first names ("klaus-ulrich")."""
    return folded in first_names or ("-" in folded and all(p in first_names for p in folded.split("-")))


def _looks_foreign(word: str) -> bool:
    """A surname-like word: letters beyond ASCII after normalising ("Mansız", "Supeł"), Dutch "IJ", or a surname ending."""
    from guardrail.filtering.vocabulary import is_english_word

    if not word.isascii() or word.startswith("IJ"):
        return True
    return _SURNAME_ENDING.search(word) is not None and not is_english_word(word)  # "Kowalski", not "Data"


def _lone_first_name(text, word, first_names) -> bool:
    """A first name alone names someone after a greeting or an addressing verb ("Hi Ana", "copy Jonas")."""
    from guardrail.filtering.gazetteer import ENGLISH_WORDS

    folded = word[2].casefold()
    if folded not in first_names:
        return False
    if _ADDRESSING.search(text, max(0, word[0] - 24), word[0]) is not None:
        return True  # "copy John", "llamar a Maria": even a name that is also an English word
    return folded not in ENGLISH_WORDS and _PERSON_VERB.match(text, word[1]) is not None


def _lone_name_in_sentence(text, word, first_names) -> bool:
    """A listed first name alone inside a sentence (`_inside_a_sentence`) that is no ordinary
    English word ("Paul" is English only as a name)."""
    folded = word[2].casefold()
    if folded not in first_names or is_ordinary_english_word(folded):
        return False
    return _inside_a_sentence(text, word)


def _first_name_opening(text, word, opened: bool = False) -> bool:
    """A popular first name (`_popular_name`) that opens a sentence, or follows the word that
    opens it (`opened`: "Domani Paolo porta le chiavi"), before a lower-case word, as its
    subject: "Robert ruft dich zurück", "Piotr oddzwoni", "Delfina te llamará", and, in a
    sentence that reads as no English, one that WordNet knows too ("Anna ruft", "Martin
    oddzwoni"; not "Mark the date")."""
    if not (opened or _sentence_start(text, word[0])):
        return False
    return _LOWER_WORD_AFTER.match(text, word[1]) is not None and _popular_name(word[2], (text, word))


def _surname_after_opener(text, word, surnames) -> bool:
    """A surname alone after the word that opens its sentence and before a lower-case word, as
    the sentence's subject, where no article stands ("Amanhã Nogueira traz as chaves", "Jutro
    Kwapień przyniesie klucze", "Demain Vaillant apporte"): a listed surname (a popular first
    name is `_first_name_opening`'s), or a word no list knows that looks like a surname
    (`_looks_foreign`); no town, ordinary English word, noun name or organisation's word."""
    from guardrail.filtering.towns import towns
    from guardrail.filtering.vocabulary import names_an_organisation

    folded = word[2].casefold()
    listed = folded in surnames and not _popular_name(word[2])
    if not (listed or (unknown_word(word[2]) and _looks_foreign(word[2]))):
        return False
    if folded in towns() or is_ordinary_english_word(folded) or folded in _NOUN_NAMES or names_an_organisation(word[2]):
        return False
    return _LOWER_WORD_AFTER.match(text, word[1]) is not None


def _first_name_closing(text, word) -> bool:
    """A popular first name (`_popular_name`) after a lower-case word that ends its sentence or
    clause, as the object of a verb: "Você viu Rodrigo?", "Tu as vu Sandra ?"; not after a
    place word or an article ("I love the Mercedes.")."""
    if _CLAUSE_ENDS.match(text, word[1]) is None or not _after_a_lower_word(text, word):
        return False
    return _popular_name(word[2], (text, word))


def _reads_english(text, word) -> bool:
    """Whether the sentence around `word` may be English: a stop word only English has anywhere
    in it, or more English words than not among its other lower-case words of three letters or
    more that are no other language's stop word ("Have you seen John?", "Rich in flavour"; not
    "Você viu Henry?", "Anna ruft dich zurück", "revisó maria martin antes de comer": WordNet
    knows "comer" but not "revisó")."""
    from guardrail.filtering.lexicon import language_stop_words
    from guardrail.filtering.vocabulary import is_english_word

    english_only, others_only = language_stop_words()
    before, after = (re.findall(r"[^\W\d_]+", piece) for piece in _sentence_around(text, word[0], word[1]))
    if any(w.casefold() in english_only for w in before + after):
        return True
    words = [w for w in before + after if len(w) > 2 and w.islower() and w not in others_only]  # not "con", "las" or "a"
    return 2 * sum(is_english_word(w) for w in words) > len(words)


def _popular_name(word: str, sentence: tuple[str, tuple] | None = None) -> bool:
    """A popular first name (`popular_first_names`: "Piotr", "Sandra"; not "Bitte"; the list
    holds no big place's name) that is no noun name ("Rosa", "Paz"), make or organisation's
    word, nor an ordinary English word by WordNet ("Mark", "Grace", but also "Anna", "Martin")
    unless `sentence` (text, word) reads as no English (`_reads_english`): another language
    seldom capitalises an English word ("Anna ruft dich zurück", "Você viu Henry?")."""
    from guardrail.filtering.vocabulary import names_an_organisation, popular_first_names

    folded = word.casefold()
    if folded not in popular_first_names():
        return False
    if is_ordinary_english_word(folded) and (sentence is None or _reads_english(*sentence)):
        return False
    return folded not in _NOUN_NAMES and folded not in _BRANDS and not names_an_organisation(word)


def _proper_noun_in_sentence(text, word, opened: bool = False, first: bool = False) -> str | None:
    """"Turkish" or "Polish" when `word` is a capitalised word inside a sentence of that language
    (`_sentence_language`; for Turkish also the word's own case ending after an apostrophe), after a
    lower-case word or (in Turkish) the word that opens the sentence (`opened`), and before a
    lower-case word or with a case ending ("Paketi Zevlüde teslim aldı", "dün Vezat'la
    konuştum", "Raport sprawdził Skiepko przed obiadem"); as the sentence's `first` word, which is capitalised
    anyway, only with a Turkish case ending ("Zevlüde'nin paketi geldi"). Both languages
    capitalise proper nouns only, and a word of 3 to 14 letters (not "Lohnsteuerbescheinigung")
    that is no common word of the nine languages, ordinary English word, town, noun name, make,
    feast or organisation's word is a person's name there. None otherwise."""
    from guardrail.filtering.towns import towns
    from guardrail.filtering.vocabulary import names_an_organisation

    bare = _bare(word[2])
    folded = bare.casefold()
    suffixed = _TURKISH_ENDING.search(text, word[0], word[1]) is not None  # "Vezat'la" (the run's words come bare); not "Anna's"
    if not 3 <= len(bare) <= 14 or not bare[1:].islower() or (first and not suffixed):
        return None
    if _LOWER_WORD_AFTER.match(text, word[1]) is None and not suffixed:
        return None
    if folded in _BRANDS or folded in _TURKISH_CALENDAR_NAMES or folded in _NOUN_NAMES or folded in all_stop_words():
        return None
    if _common(bare) or is_common_word(bare) or is_ordinary_english_word(folded) or folded in towns() or names_an_organisation(bare):
        return None
    language = "Turkish" if suffixed else _sentence_language(text, word[0], word[1])
    if language is None:
        return None
    if (language == "Polish" or not (opened or first)) and not _after_a_lower_word(text, (word[0], word[0] + len(bare), bare)):
        return None  # Polish titles capitalise their words: "Ekspres Ciśnieniowy", "Kotlet Schabowy"
    return language


# What tells a sentence's language beside its own stop words: a letter that normalising keeps
# in a lower-case word (Turkish "ı", Polish "ł"), and for Turkish a case ending after an apostrophe.
_LANGUAGE_LETTERS = (("Turkish", "tr", "ı"), ("Polish", "pl", "ł"))


def _sentence_language(text: str, start: int, end: int) -> str | None:
    """"Turkish" or "Polish" when the sentence around `text[start:end]` reads so: the language's
    letter in another lower-case word (`_LANGUAGE_LETTERS`: not a name's, "Emre Aydın, kam mit"),
    for Turkish a case ending after an apostrophe ("2019'da"), or two of the language's own stop
    words ("ve", "bir", "için"; "się", "przez"); Turkish first. None otherwise."""
    from guardrail.filtering.lexicon import own_stop_words

    rest = " ".join(_sentence_around(text, start, end))
    words = re.findall(r"[^\W\d_]+", rest)
    lower = [w for w in words if w.islower()]
    for language, code, letter in _LANGUAGE_LETTERS:
        if any(letter in w for w in lower) or (code == "tr" and _TURKISH_SUFFIXED.search(rest)):
            return language
        if sum(w in own_stop_words(code) for w in words) >= 2:
            return language
    return None


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of `text[start:end]`'s sentence before it and after it (a line ends one too)."""
    opening = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    closing = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
    return text[opening:start], text[end:closing]


def _inside_a_sentence(text, word) -> bool:
    """A capitalised word between lower-case words of one sentence (`_after_a_lower_word`):
    "The customer [Paul] complained", "o cliente [Daniel] reclamou"."""
    return _LOWER_WORD_AFTER.match(text, word[1]) is not None and _after_a_lower_word(text, word)


def _after_a_lower_word(text, word) -> bool:
    """A capitalised word after a lower-case word of its sentence, where only a proper noun is
    capitalised, after no place word nor article (German writes its nouns capitalised: "im
    Januar"), and no organisation's word nor a make: not "in Florence on", "the Hermes gateway",
    "the Mercedes we rented"."""
    from guardrail.filtering.lexicon import after_place_word
    from guardrail.filtering.vocabulary import names_an_organisation

    if LOWER_WORD_BEFORE.search(text, max(0, word[0] - 30), word[0]) is None:
        return False
    if after_place_word(text, word[0]) or _DETERMINER_BEFORE.search(text, max(0, word[0] - 12), word[0]):
        return False  # "in Florence": a town's name may be a first name too; "im Januar", "the Hermes gateway": a noun
    return word[2].casefold() not in _BRANDS and not names_an_organisation(word[2])


def _lone_surname(text, word, surnames, first_names) -> bool:
    """A surname alone names someone when it is no English word and a person's verb follows."""
    from guardrail.filtering.gazetteer import ENGLISH_WORDS

    folded = word[2].casefold()
    if folded not in surnames or folded in first_names or folded in ENGLISH_WORDS:
        return False
    return _PERSON_VERB.match(text, word[1]) is not None


def _until_blocked(words, blocked, first: bool = True):
    """`words` up to the first one that cannot be part of a name (a particle always can)."""
    for i, (_, _, w) in enumerate(words):
        if (i or not first) and w.casefold() not in PARTICLES and (w.casefold() in blocked or _common(w)):
            return words[:i]
    return words


def _common(word: str) -> bool:
    """A common term, or a word in capitals only ("IBAN", "SSN"; "IJssel" is not)."""
    from guardrail.filtering.recognizers import COMMON_TERMS

    return word.casefold() in COMMON_TERMS or (word.isupper() and len(word) > 1)


def _sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_START.search(text, 0, start) is not None
