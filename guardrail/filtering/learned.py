"""The learned name-and-place recogniser: a small spaCy pipeline shipped with the package.

It reads context and shape rather than a list ("My name is …", "… says Nowak", a signature
under a letter, `Atatürk Cad. No: 70`, `00-950 Warszawa`), so it finds names and places
the gazetteer (`people.py`) does not list, also in lower case and in capitals. It was
trained by `guardrail train-ner` on synthetic text (see the model folder's CARD.md) and
runs beside Presidio's analyzer as one more recognizer; the rule-based recognizers keep
their findings, and overlapping findings merge (`core.resolve`).

The model is decoded leaning towards values (`LEAN`): a token it scores as almost a name
or a place opens one, kept only when its words are no ordinary words.

This module runs the model and shapes what it found: a finding is cut at a record's cells
and lower-case words, its label corrected by the words around it, a town given its river,
and findings listed among things or standing in a heading dropped. Whether each piece
reads as a value at all is `plausible.py`'s question.

The model loads when the analyzer is built (lazily, once per analyzer), never at import.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from guardrail.errors import ModelNotFoundError
from guardrail.filtering.cues import list_siblings, person_cue_before
from guardrail.filtering.greedy_ner import GreedyNer
from guardrail.filtering.lexicon import after_place_word, name_lists, stop_words
from guardrail.filtering.people import GREETINGS
from guardrail.filtering.plausible import COUNTRY_CODES, PARTICLES, WORD_BEFORE, WORDS, ordinary_words, plausible
from guardrail.filtering.spacy_models import load_spacy
from guardrail.filtering.vocabulary import is_english_word
from guardrail.filtering.window_encoder import WindowEncoder

LEARNED_MODEL = Path(__file__).with_name("models") / "names_places"
LEARNED_RECOGNIZER = "LearnedNamePlaceRecognizer"
ENTITIES = ("PERSON", "LOCATION", "STREET_ADDRESS")
LEARNED_SCORE = 0.6
# Added to the model's score for opening a value, so that a token it scores as almost a
# name or a place opens one too; such a tentative value is kept only when its words are no
# ordinary words (`plausible.ordinary_words`). Chosen on the development sets of
# docs/filter.md: the largest lean that kept the dev set's PII-free texts altered at 10 % or under.
LEAN = 5.0
_CACHE_SIZE = 256  # segments: a segment seen again (boilerplate, a stream that repeats itself) is read once
_LETTER = re.compile(r"[^\W\d_]")
_CELL_SEPARATOR = re.compile(r"[;|\t]|,(?=\S)")  # between a record's cells: "Kunde;Status", "88213,shipped"
_TOWN_TAIL = re.compile(r"[ \t]+(?:am|an der|an dem|ob der|im|in der|bei)[ \t]+([A-Z][^\W\d_]+)(?![^\W\d_])")
_CALENDAR_WORDS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag wochenende morgen abend mittag vormittag"
    " nachmittag anfang ende januar februar marz april mai juni juli august september oktober november dezember".split()
)  # "in Berlin am Montag" is a day, not a town's river
_GREETINGS = GREETINGS | frozenset(
    "salut coucou ciao salve gentile caro cara ola oi prezado prezada hoi beste geachte czesc witam drogi droga merhaba"
    " selam sevgili hej hei moi ahoj szia servus moin gruezi".split()
)  # "Hi Maria Garcia", "Bonjour Marie": the greeting is no part of the name


# as normalised text spells them ("Für" reads "Fur", "À" reads "A"); the raw spellings too
_DEDICATION = frozenset("para pour fur für for to voor aan dla a à ao".split())  # "Para Anaa, que me enseñó a leer"
_OPENERS = _GREETINGS | _DEDICATION


@dataclass(frozen=True)
class LearnedSpan:
    """A value the model found: `text[start:end]`, its entity type and score."""

    start: int
    end: int
    entity: str
    score: float


class LearnedModel:
    """The spaCy pipeline at `path`, loaded on first use; `spans(text)` is thread-safe and cached.

    Args:
        path: a folder written by `guardrail train-ner` (default: the shipped model).
    """

    def __init__(self, path: str | Path = LEARNED_MODEL):
        self.path = Path(path)
        self._nlp = None
        self._encoder: WindowEncoder | None = None
        self._decoder: GreedyNer | None = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, str], tuple[LearnedSpan, ...]] = OrderedDict()

    def load(self) -> None:
        """Load the pipeline now (well under a second)."""
        if not (self.path / "meta.json").is_file():
            raise ModelNotFoundError(
                f"the learned name-and-place model is missing at {self.path}; reinstall guardrail "
                "or train one with `guardrail train-ner --out DIR`"
            )
        with self._lock:
            if self._nlp is None:
                nlp = load_spacy(self.path)
                if nlp.pipe_names == ["tok2vec", "ner"]:
                    self._encoder = encoder = WindowEncoder.of(nlp.get_pipe("tok2vec").model, nlp.make_doc)
                    if encoder is not None:
                        self._decoder = GreedyNer.of(nlp.get_pipe("ner"), nlp.make_doc, encoder)
                self._nlp = nlp

    def spans(self, text: str, before: str = "") -> tuple[LearnedSpan, ...]:
        """The PERSON, LOCATION and STREET_ADDRESS values in `text` (normalised text).

        `before` is the text that came before it (the previous lines of an address block, a
        table's header): the model reads it as context, and only values inside `text` are
        returned (a value that starts in `before` is cut to its part in `text`).
        """
        if not _LETTER.search(text):
            return ()
        key = (before, text)
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
            if self._nlp is None:
                raise ModelNotFoundError("the learned model is not loaded; call load() first")
            whole, at = before + text, len(before)
            doc = self._parse(whole)
            found = [
                LearnedSpan(start, end, entity, LEARNED_SCORE)
                for e_start, e_end, label in _joined(whole, doc.ents) if e_end > at
                for start, end in _pieces(whole, max(e_start, at), e_end, label)
                for entity in [_relabelled(whole, start, end, label)]
                if plausible(whole, start, end, entity)
            ]
            things = _things(whole, found)
            found = tuple(
                LearnedSpan(s.start - at, _town_end(whole, s) - at, s.entity, s.score)
                for s in found if s not in things and not _in_heading(whole, s)
            )
            self._cache[key] = found
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
            return found

    def _parse(self, text: str):
        """The pipeline's `Doc` of `text`; its tokens encoded by `WindowEncoder` and its
        entities decoded by `GreedyNer` where they apply, leaning towards values (`LEAN`)."""
        if self._encoder is None:
            return self._nlp(text)
        doc = self._nlp.make_doc(text)
        doc.tensor = self._encoder(doc)  # what the tok2vec component would set, read by the NER's listener
        if self._decoder is None:
            return self._nlp.get_pipe("ner")(doc)
        return self._decoder.tag(doc, doc.tensor, lean=LEAN, keep=lambda span: not ordinary_words(span.text))


def _joined(text: str, ents) -> list[tuple[int, int, str]]:
    """The model's entities as `(start, end, label)`, two capitalised ones of one label with a
    single blank between them joined: the model may open a second name where one goes on
    ("Lascar" + "Ionita" is "Lascar Ionita", whose first word alone reads as an English word)."""
    out: list[tuple[int, int, str]] = []
    for e in ents:
        if (out and out[-1][2] == e.label_ and e.start_char - out[-1][1] == 1 and text[out[-1][1]] in " \t"
                and text[out[-1][0]].isupper() and text[e.start_char].isupper()):
            out[-1] = (out[-1][0], e.end_char, e.label_)
        else:
            out.append((e.start_char, e.end_char, e.label_))
    return out


def _relabelled(text: str, start: int, end: int, label: str) -> str:
    """The model's label, corrected where the words around say otherwise: a country's
    capitals are a place ("USA" under an address), a "place" after a name's cue is a person
    ("Present: Dips Inamdar", so that "Inamdar" alone later is known too)."""
    if text[start:end] in COUNTRY_CODES:
        return "LOCATION"
    if label == "LOCATION" and person_cue_before(text, start) and not after_place_word(text, start):
        return "PERSON"
    return label


def _town_end(text: str, span: LearnedSpan) -> int:
    """The end of a town, over the river or region a German one names after it ("Frankfurt
    am Main", "Bruck an der Mur", "Weil im Schönbuch"), which the model often leaves out."""
    if span.entity != "LOCATION":
        return span.end
    match = _TOWN_TAIL.match(text, span.end)
    return match.end() if match and match.group(1).casefold() not in _CALENDAR_WORDS else span.end


def _pieces(text: str, start: int, end: int, entity: str) -> list[tuple[int, int]]:
    """A finding split at the cells of a record it runs over ("Kunde;Status;Betrag" ->
    three), each name or place then at the lower-case words inside it ("Karl opens, Sperl"
    -> "Karl", "Sperl"); a street or postcode line, or a value typed in lower case, stays whole."""
    if entity != "STREET_ADDRESS" and _CELL_SEPARATOR.search(text, start, end):
        cells, at = [], start
        for match in _CELL_SEPARATOR.finditer(text, start, end):
            cells.append((at, match.start()))
            at = match.end()
        cells.append((at, end))
        return [piece for s, e in cells if text[s:e].strip() for piece in _pieces(text, *_trimmed(text, s, e), entity)]
    value = text[start:end]
    if entity == "PERSON" and not any(c.isupper() or c.isdigit() for c in value):
        return [_lower_case_name(text, start, end)]
    if entity == "STREET_ADDRESS" or not any(c.isupper() for c in value) or any(c.isdigit() for c in value):
        return [(start, end)]
    pieces, run = [], []
    for match in WORDS.finditer(text, start, end):
        word = match.group()
        if word[0].islower() and word not in PARTICLES:
            pieces.append(run)
            run = []
        elif word[0].isupper() or run:
            run.append(match)
    pieces.append(run)
    pieces = [run[1:] if entity == "PERSON" and run and _opener(run[0].group()) else run for run in pieces]
    return [(run[0].start(), run[-1].end()) for run in pieces if run and not run[-1].group()[0].islower()]


def _opener(word: str) -> bool:
    """A word that opens a sentence before a name and is no part of it: a greeting ("Hi Maria
    Garcia") or the preposition of a dedication the model took in with the name ("Para Anaa,
    que me enseñó a leer", "Für Welz"). Only prepositions that are no given name: "Al", "An"
    and "Per" are names too."""
    return word.casefold() in _OPENERS


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lower_case_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A name typed in lower case without the words the model ran on into ("anna kowalska
    yesterday" -> "anna kowalska"): it ends before the first later word that is a stop word
    or a common term and no listed name."""
    from guardrail.filtering.recognizers import is_common_term

    names, stop = name_lists(), stop_words()
    matches = list(WORDS.finditer(text, start, end))
    for i, match in enumerate(matches[1:], 1):
        word = match.group()
        if word not in names and (word in stop or is_common_term(word)):
            return start, matches[i - 1].end()
    return start, end


def _things(text: str, found: list[LearnedSpan]) -> set[LearnedSpan]:
    """The findings that are items of an enumeration of things, not names (`_among_things`);
    a one-word item next to one of them is one too ("Redis, Memcached and Valkey")."""
    siblings = {s: _siblings(text, s) for s in found if s.entity == "PERSON"}
    things = {s for s, sib in siblings.items() if _among_things(text, s, sib, found)}
    while True:
        more = {s for s, sib in siblings.items() if s not in things and " " not in text[s.start:s.end]
                and any(t.start <= a < t.end for a, _ in sib for t in things)}
        if not more:
            return things
        things |= more


def _among_things(text: str, span: LearnedSpan, siblings: list[tuple[int, int]], found: list[LearnedSpan]) -> bool:
    """A PERSON finding listed among items (`siblings`) that are no names: a one-word name
    beside a known product term ("Redis, Memcached and Valkey") or none of whose siblings the
    model took for a value, or a longer one beside a title of two or more ordinary English
    words that the model did not take for one ("Street Fighter and Mortal Kombat")."""
    from guardrail.filtering.recognizers import is_common_term

    if not siblings or any(text[s:e].casefold() in stop_words() for s, e in siblings):
        return False  # "The host, Sha, was lovely": an apposition, not a list
    one_word = " " not in text[span.start:span.end]
    if one_word and any(is_common_term(text[s:e]) for s, e in siblings):
        return True
    if any(f.start < e and s < f.end for s, e in siblings for f in found if f is not span):
        return False
    if one_word:
        return True
    return any(len(words) >= 2 and all(w[0].isupper() and is_english_word(w) for w in words)
               for words in (WORDS.findall(text[s:e]) for s, e in siblings))


def _siblings(text: str, span: LearnedSpan) -> list[tuple[int, int]]:
    """The items listed next to `span`, each widened to the capitalised words it ends ("Street Fighter")."""
    out = []
    for s, e in list_siblings(text, span.start, span.end):
        while (m := WORD_BEFORE.search(text[max(0, s - 40):s])) and m.group()[0].isupper():
            s -= len(m.group())
        out.append((s, e))
    return out


def _in_heading(text: str, span: LearnedSpan) -> bool:
    """A one-word finding in a line of capitalised English words and lower-case function
    words, as headings are written: "Known Issues and Workarounds"."""
    if " " in text[span.start:span.end] or span.entity == "STREET_ADDRESS":
        return False
    line_start, line_end = text.rfind("\n", 0, span.start) + 1, text.find("\n", span.end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    words = WORDS.findall(line)
    others = [w for w in words if w != text[span.start:span.end]]
    lower = [w for w in others if w.islower()]
    return (len(others) >= 2 and len(lower) < len(others) and bool(lower) and all(w in stop_words() for w in lower)
            and all(is_english_word(w) for w in others if not w.islower()) and not line.rstrip().endswith((".", "!", "?")))
