"""Known values: strings the filter removes wherever they reappear, in any language or layout.

Two sources feed it:

* `protect=` on `OutputFilter.filter` / `stream`: values the caller already knows are
  personal, typically what `find_values` found in the prompt or the retrieved context. An
  answer that translates the record ("Le compte appartient à Jan Kowalski…") keeps the
  names, numbers and addresses as they were, so they are found whatever the language.
* the names the filter itself found earlier in the same text: once "Jan Kowalski" was
  removed, a later "Kowalski said…" is removed too (`learn`).

Matching is on the normalised text (`normalize.py`), case-insensitive, with any run of up
to three separators between the words of a value. A value with seven or more digits also
matches its last seven-plus digits with any separators, so `+33 (0)5 24 36 08 37` is
found as `05 24 36 08 37`. Each word of three or more letters of a name-like value (two to
four capitalised words, or one to three after a title: "mevrouw Hoorn") matches alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from guardrail.filtering.base import Finding
from guardrail.filtering.fields import FIELD_RECOGNIZER
from guardrail.filtering.normalize import normalize
from guardrail.filtering.people import name_after_title
from guardrail.filtering.vocabulary import is_common_word

KNOWN_ENTITY = "CONTEXT_VALUE"
KNOWN_RECOGNIZER = "KnownValues"
_WORD = re.compile(r"[^\W_]+")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019.-]*")
_GIVEN_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z][^\W\d_]{2,})[ \t]+$")  # a capitalised word right before
_MIN_DIGITS = 7
_ANCHOR_RUN = re.compile(r"[a-hj-rt-z0-9]+")
LEARN_SCORE = 0.6
_PARTICLES = frozenset("van der den de von vom zu la las los del da das do dos di du des le ten ter bin al el y e".split())


def _patterns(value: str, parts: bool = True) -> tuple[list[str], list[str]]:
    """Regex alternatives (on normalised text) that find `value` again: (whole value, its parts
    when `parts`)."""
    norm = normalize(value).text
    words = _WORD.findall(norm)
    if not words or sum(len(w) for w in words) < 3:
        return [], []
    whole = [r"[\W_]{0,3}".join(re.escape(w) for w in words)]
    digits = "".join(c for c in norm if c.isdigit())
    if len(digits) >= _MIN_DIGITS:
        # The last digits with any separators, after any leading digits ("+33 (0)5 ..." as "05 ...").
        tail = digits[-max(_MIN_DIGITS, len(digits) - 3):]
        whole.append(r"(?:\d[\s./()-]{0,2}){0,4}" + r"[\s./()-]{0,2}".join(tail))
    titled = name_after_title(norm)
    raw = (titled or value).split()  # "mevrouw Hoorn": the title is no part of the name
    names = [p for p in raw if p not in _PARTICLES]
    alone: list[str] = []
    fewest = 1 if titled else 2  # a title says that even one word after it is a name
    if parts and fewest <= len(names) <= 4 and all(_NAME_WORD.fullmatch(p) and p[0].isupper() for p in names):
        alone = [re.escape(w) for w in _WORD.findall(normalize(" ".join(names)).text) if len(w) >= 3 and w.casefold() not in _never_alone()]
        particle = next((i for i, p in enumerate(raw) if p in _PARTICLES), None)
        if particle:  # "van Dillen" of "Michelle van Dillen", whole
            whole.append(r"\s+".join(re.escape(normalize(p).text) for p in raw[particle:]))
    return whole, alone


def _anchors(value: str) -> tuple[str, ...]:
    """A part of each word of `value` that any case-insensitive match of that word contains
    in lower case: its longest run of ASCII letters and digits other than i, s and k (which
    `re.IGNORECASE` also matches with the dotless ı, İ, ſ and the Kelvin sign). Empty when a
    word has no such run, or when the value's digits could match with separators between
    them: the value may then occur anywhere."""
    norm = normalize(value).text
    if sum(c.isdigit() for c in norm) >= _MIN_DIGITS:
        return ()
    anchors = []
    for word in _WORD.findall(norm):
        runs = _ANCHOR_RUN.findall(word.lower())
        if not runs:
            return ()
        anchors.append(max(runs, key=len))
    return tuple(anchors)


def _learnable(value: str) -> bool:
    """A found name worth finding again: two words or more, or one word of three letters or
    more that is no stop word, opener or common word of the nine languages. A chat's speaker
    ("mert: …") is then found on every later line, wherever the first finding came from."""
    words = value.split()
    if len(words) != 1:
        return len(words) >= 2
    word = _NAME_WORD.search(words[0])
    return (word is not None and len(word.group()) >= 3 and word.group().casefold() not in _never_alone()
            and not is_common_word(word.group()))


def _labelled_name(value: str) -> bool:
    """A one-word name a field's label says is one ("Partecipanti: Ferraresi, Ottaviani"): capitalised,
    of three letters or more, no stop word or opener, though a common word ("Ottaviani segnala …")."""
    word = _NAME_WORD.fullmatch(value)
    return word is not None and len(value) >= 3 and value[0].isupper() and value.casefold() not in _never_alone()


def _town_of(value: str) -> str:
    """The town of a found place, without its postcode ("9000 Gent" -> "Gent"), or "" when
    it is a single stop word or common word ("Centro")."""
    words = [w for w in value.split() if not any(c.isdigit() for c in w)]
    if not words or sum(len(w) for w in words) < 3:
        return ""
    return " ".join(words) if len(words) > 1 or _learnable(words[0]) else ""


@lru_cache(maxsize=1)
def _never_alone() -> frozenset[str]:
    """Words of a name that are not matched on their own (common terms, openers, stop words)."""
    from guardrail.filtering.gating import openers

    return openers()


@dataclass
class KnownValues:
    """The known values of one text or stream, and the matcher built from them.

    Attributes:
        entity: the entity type of its findings (`CONTEXT_VALUE` for values a caller passed,
            PERSON for the names learnt from the text, LOCATION for its towns). It is also
            what `learn` learns: PERSON findings, or LOCATION findings (a town's words are
            then matched only together: "Puente Alto", never "Alto" alone).
        score: the score of its findings.
        limit: the most values it keeps (the learnt names of a long stream must not make
            every later segment slower).
        given_names: a capitalised word right before a known name that no word list knows
            is taken with it ("Pieternel Hoorn" once "mevrouw Hoorn" is known).
    """

    entity: str = KNOWN_ENTITY
    score: float = 1.0
    limit: int | None = None
    given_names: bool = False
    values: set[str] = field(default_factory=set)
    _value_anchors: list[tuple[str, ...]] = field(default_factory=list)  # each value's, kept with it (no cache across texts)
    _regex: re.Pattern | None = None
    _stale: bool = False

    def __post_init__(self) -> None:
        self._value_anchors = [_anchors(v) for v in self.values]  # values given to the constructor
        self._stale = bool(self.values)

    def add(self, values: Iterable[str]) -> None:
        """Know these values from now on (up to `limit` of them; later ones are ignored)."""
        new = sorted({v for v in values if isinstance(v, str) and v.strip()} - self.values)
        if self.limit is not None:
            new = new[:max(0, self.limit - len(self.values))]
        if new:
            self.values |= set(new)
            self._value_anchors.extend(map(_anchors, new))
            self._stale = True  # compiled by the next `find`: a text of one segment never needs it

    def _matcher(self) -> re.Pattern | None:
        if self._stale:
            # Whole values first, so "Jan Kowalski" is one finding and not two.
            patterns = [_patterns(v, parts=self.entity != "LOCATION") for v in sorted(self.values)]
            whole = sorted({p for w, _ in patterns for p in w}, key=len, reverse=True)
            alternatives = whole + sorted({p for _, a in patterns for p in a} - set(whole), key=len, reverse=True)
            self._regex = re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])", re.IGNORECASE) if alternatives else None
            self._stale = False
        return self._regex

    def learn(self, text: str, findings: Iterable[Finding]) -> None:
        """Know the names among `findings` (spans in `text`, score >= `LEARN_SCORE`) from now on:
        full names, and one-word names that are no common word ("mert", "Sophie"; not "Support");
        or, for LOCATION, towns without their postcode."""
        if self.entity == "LOCATION":
            self.add(_town_of(text[f.start:f.end]) for f in findings
                     if f.entity_type == "LOCATION" and f.recognizer != KNOWN_RECOGNIZER and f.score >= LEARN_SCORE)
            return
        self.add(
            text[f.start:f.end] for f in findings
            if f.entity_type == "PERSON" and f.recognizer != KNOWN_RECOGNIZER and f.score >= LEARN_SCORE
            and (_learnable(text[f.start:f.end]) or (f.recognizer == FIELD_RECOGNIZER and _labelled_name(text[f.start:f.end])))
        )

    def find(self, normalised: str, found: Iterable[tuple[int, int]] = ()) -> list[Finding]:
        """Every known value in a normalised text, as findings.

        `found` are spans the text's findings already cover: where no word of any value
        appears outside them, the matcher is neither compiled nor run (a name learnt from
        a one-segment text is then not looked for again in it, where it is already found).
        """
        if not self.values or not self._may_occur(normalised, found):
            return []
        regex = self._matcher()
        if regex is None:
            return []
        return [
            Finding(self.entity, self._given_name(normalised, m.start()), m.end(), self.score, KNOWN_RECOGNIZER)
            for m in regex.finditer(normalised)
        ]

    def _may_occur(self, normalised: str, found: Iterable[tuple[int, int]]) -> bool:
        """False only if no value can match `normalised` outside the `found` spans: none of
        their words' anchors (`_anchors`) is in the text with those spans blanked out. A span
        whose match would take a given name before it (`_given_name`) stays."""
        rest = normalised
        for start, end in sorted(found):
            if self._given_name(normalised, start) == start:
                rest = rest[:start] + " " * (end - start) + rest[end:]
        rest = rest.lower()
        return any(not anchors or any(a in rest for a in anchors) for anchors in self._value_anchors)

    def _given_name(self, normalised: str, start: int) -> int:
        """Where a known name found at `start` begins, its given name included (`given_names`)."""
        if not self.given_names:
            return start
        before = _GIVEN_BEFORE.search(normalised, max(0, start - 40), start)
        if before is None or before.group(1).casefold() in _never_alone() or is_common_word(before.group(1)):
            return start
        return before.start(1)
