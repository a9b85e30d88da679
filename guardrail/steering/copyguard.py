"""The context-value copy guard: a per-step constraint that stops the model copying a value.

Most leaks are the model copying a value from its own prompt. The guard is built per request
from the values the analyzer found in the prompt and, at every step, bans each candidate
token whose text would extend a protected value past its first `min_chars` normalised
characters. It works on strings, not token sequences: one value has many tokenisations
("Olson", " Ol"+"son", "O l s o n"), and the check runs over the text the candidate would
produce, so every one of them is caught.

Normalisation (`normalise`) case-folds, strips accents, drops everything that is not a
letter or a digit (spaces, hyphens, dots, brackets, "@"), reads unicode digits as ASCII
digits and whole digit words as digits ("four one five" -> "415"). From each value the
guard protects (`protected_keys`):

- the whole normalised value ("danielleolson12gmailcom", "4155550198");
- its digit sequence, whatever the separators ("+1 (415) 555-0198" -> "14155550198", and
  without the country code "4155550198");
- for a person's name, each part alone ("Danielle", "Olson"): a given name or a surname
  alone identifies.

A match of a letter key must start at a word start (so "and a niece" never matches
"Danielle"), and a name part alone must start with a capital letter (so the surname
"Price" bans "Price" but not the ordinary word "price"). Parts of `min_chars` characters or
fewer cannot be protected: the guard lets that many through by design.

Copying need not start at a value's beginning: "whitaker@fastmail.com" leaks most of
"dan.whitaker@fastmail.com", "555-0198" most of a phone number. So the guard also bans a
token that would complete a run of more than `inner_chars` normalised characters copied from
*inside* a value (`inner_windows`: every `inner_chars + 1`-character window of the value's
keys, wherever it starts, separators ignored). An e-mail address's inside is its local part
only: its domain ("gmail.com") identifies nobody. Name parts alone are whole words already
and have no inner windows.

Cost: the text so far is normalised once per step (a bounded tail, cached while it only
grows); each candidate then costs a dictionary look-up for its token's cached normalised
text and a few string comparisons against the keys that start with the same character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
_RUN = re.compile(r"[^\W\d_]+|\d")  # a run of letters, or one digit; anything else separates
_TRAILING_LETTERS = re.compile(r"[^\W\d_]*\Z")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*$")
_TAIL_PER_KEY_CHAR = 8  # "seven " spends 6 raw characters on one normalised digit


@dataclass(frozen=True)
class Normalized:
    """A normalised text and where its words start.

    Attributes:
        text: the normalised characters (case-folded letters and ASCII digits).
        starts: indices of `text` where a word starts (a letter run, or any digit).
        capitals: indices of `text` whose original character was an upper-case letter
            starting a word.
    """

    text: str
    starts: frozenset[int]
    capitals: frozenset[int]

    def __add__(self, other: Normalized) -> Normalized:
        n = len(self.text)
        return Normalized(
            self.text + other.text,
            self.starts | {n + i for i in other.starts},
            self.capitals | {n + i for i in other.capitals},
        )


EMPTY = Normalized("", frozenset(), frozenset())


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise(text: str) -> Normalized:
    """The normalised form of `text` (see the module docstring).

    A trailing word that is a digit word counts as the digit already, so a candidate
    " four" is judged as the digit it spells.
    """
    out: list[str] = []
    starts: set[int] = set()
    capitals: set[int] = set()
    for match in _RUN.finditer(text):
        run = match.group(0)
        if run.isdigit():
            starts.add(len(out))
            out.append(str(unicodedata.decimal(run, 0)))
            continue
        folded = _fold(run)
        if folded in DIGIT_WORDS:
            starts.add(len(out))
            out.append(DIGIT_WORDS[folded])
            continue
        if run.isascii():  # the common case: one folded character per character
            base = len(out)
            out.extend(folded)
            starts.add(base)
            if run[0].isupper():
                capitals.add(base)
            if not run.islower() and not run.isupper():
                for i in range(1, len(run)):
                    if run[i].isupper() and run[i - 1].islower():
                        starts.add(base + i)
                        capitals.add(base + i)
            continue
        previous = ""
        for char in run:  # "McDonald" / "DanielleOlson": a capital after a small letter starts a word too
            if not previous or (char.isupper() and previous.islower()):
                starts.add(len(out))
                if char.isupper():
                    capitals.add(len(out))
            out.extend(_fold(char))
            previous = char
    return Normalized("".join(out), frozenset(starts), frozenset(capitals))


@dataclass(frozen=True)
class Key:
    """One protected normalised string.

    Attributes:
        text: the normalised value (or part, or digit sequence).
        word_start: a match must begin where a word begins.
        capital: a match must begin with an upper-case letter (name parts alone).
    """

    text: str
    word_start: bool
    capital: bool = False


def protected_keys(values: Sequence[str], min_chars: int) -> tuple[Key, ...]:
    """The keys that protect `values` (see the module docstring); keys of `min_chars` or fewer are dropped."""
    keys: dict[str, Key] = {}

    def add(text: str, capital: bool = False) -> None:
        if len(text) > min_chars and (text not in keys or keys[text].capital and not capital):
            keys[text] = Key(text, word_start=not text[0].isdigit(), capital=capital)

    for value in values:
        add(normalise(value).text)
        digits = "".join(str(unicodedata.decimal(c, 0)) for c in value if c.isdecimal())
        add(digits)
        groups = re.findall(r"\d+", value)
        if value.lstrip().startswith("+") and len(groups) > 1:
            add(digits[len(groups[0]) :])  # "+1 415 555 0198" leaks as "415 555 0198" too
        words = value.replace(",", " ").split()
        if 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) and w[0].isupper() for w in words):
            for word in words:
                add(normalise(word).text, capital=True)
    return tuple(keys.values())


_EMAIL = re.compile(r"^([^@\s]+)@[^@\s]+$")


def inner_windows(values: Sequence[str], inner_chars: int, min_chars: int) -> frozenset[str]:
    """Every `inner_chars + 1`-character window of the values' keys (see the module docstring)."""
    width = inner_chars + 1
    windows: set[str] = set()
    for value in values:
        email = _EMAIL.match(value.strip())
        source = (value if email is None else email.group(1),)
        for key in protected_keys(source, min_chars):
            if key.capital:
                continue
            windows.update(key.text[i : i + width] for i in range(len(key.text) - width + 1))
    return frozenset(windows)


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


class CopyGuard:
    """A `StepConstraint` that bans tokens extending a protected value past `min_chars`, or
    copying more than `inner_chars` of it from inside.

    Args:
        values: the raw values found in the prompt (names, e-mails, numbers, ...).
        token_text: the text of one token id (cache it per tokenizer; see `TokenTexts`).
        min_chars: how many normalised characters of a value's beginning may be produced;
            the token that would produce more is banned.
        inner_chars: how many consecutive normalised characters from inside a value may be
            produced (None = no inner protection).

    Raises:
        ValueError: if `min_chars` < 1 or `inner_chars` < `min_chars`.
    """

    def __init__(self, values: Sequence[str], token_text: Callable[[int], str], min_chars: int,
                 inner_chars: int | None = None) -> None:
        if min_chars < 1:
            raise ValueError(f"`min_chars` (={min_chars}) has to be a positive integer")
        if inner_chars is not None and inner_chars < min_chars:
            raise ValueError(f"`inner_chars` (={inner_chars}) has to be at least `min_chars` (={min_chars})")
        self.min_chars = min_chars
        self.inner_chars = inner_chars
        self.keys = protected_keys(values, min_chars)
        self._windows = inner_windows(values, inner_chars, min_chars) if inner_chars is not None else frozenset()
        self._norm_tail = ""  # the last `inner_chars` normalised characters before the pending word
        self._old_windows: frozenset[str] = frozenset()  # protected windows the text already holds at its end
        self._token_text = token_text
        self._by_first: dict[str, list[Key]] = {}
        for key in self.keys:
            self._by_first.setdefault(key.text[0], []).append(key)
        self._tail = max((len(k.text) for k in self.keys), default=0) * _TAIL_PER_KEY_CHAR
        self._piece_cache: dict[int, Normalized] = {}
        self._text: str | None = None  # the text the state below describes
        self._active: list[tuple[Key, int]] = []  # partial matches alive at the end of the text's last separator
        self._pending = ""  # the text's trailing letters (a word that may still grow)
        self._step: tuple[list[tuple[Key, int]], Normalized, int] = ([], EMPTY, 0)

    def banned(self, text: str, candidates: Sequence[int]) -> Collection[int]:
        """Token ids among `candidates` whose text would extend a protected value past `min_chars`.

        Args:
            text: the request's generated text so far.
            candidates: token ids, best first.
        """
        if not self.keys:
            return ()
        self._catch_up(text)
        after_pending, pending_norm, baseline = self._step
        limit = max(self.min_chars, baseline)
        out = []
        for token in candidates:
            piece = self._token_text(token)
            if self._pending and piece[:1].isalpha():  # the piece continues the last word: judge the whole word
                word = normalise(self._pending + piece)
                reach = self._reach(self._active, word)
                tail, added = self._norm_tail, word.text
            else:
                norm = self._piece_cache.get(token)
                if norm is None:
                    norm = self._piece_cache[token] = normalise(piece)
                reach = self._reach(after_pending, norm) if norm.text else 0
                tail, added = self._norm_tail + pending_norm.text, norm.text
            if reach > limit or (self._windows and added and self._copies_inside(tail, added)):
                out.append(token)
        return out

    def _copies_inside(self, tail: str, added: str) -> bool:
        """Whether `tail + added` ends in a protected inner window that the text did not hold yet."""
        width = self.inner_chars + 1
        joined = tail[-(width - 1) :] + added  # width >= 2: inner_chars >= min_chars >= 1
        for i in range(max(0, len(joined) - len(added) - width + 1), len(joined) - width + 1):
            window = joined[i : i + width]
            if window in self._windows and window not in self._old_windows:
                return True
        return False

    def _catch_up(self, text: str) -> None:
        """Bring the match state from the last text seen to `text` (from scratch if it is not a continuation)."""
        if text == self._text:
            return
        if self._text is not None and text.startswith(self._text):
            fresh = self._pending + text[len(self._text) :]
        else:
            self._active, self._norm_tail, fresh = [], "", text
            if len(fresh) > self._tail:  # start the window at a separator so no word is cut
                fresh = fresh[len(fresh) - self._tail :]
                cut = re.search(r"[\W_]", fresh)
                fresh = fresh[cut.start() :] if cut else ""
        pending = _TRAILING_LETTERS.search(fresh).group(0)
        complete = normalise(fresh[: len(fresh) - len(pending)])
        self._active = self._advance(self._active, complete)
        self._text, self._pending = text, pending
        pending_norm = normalise(pending) if pending else EMPTY
        if self._windows:
            keep = self.inner_chars + 1
            self._norm_tail = (self._norm_tail + complete.text)[-keep:]
            end = self._norm_tail + pending_norm.text
            self._old_windows = frozenset(w for i in range(len(end) - keep + 1) if (w := end[i : i + keep]) in self._windows)
        baseline = self._reach(self._active, pending_norm) if pending else max((n for _, n in self._active), default=0)
        self._step = (self._advance(self._active, pending_norm), pending_norm, baseline)

    def _advance(self, active: list[tuple[Key, int]], added: Normalized) -> list[tuple[Key, int]]:
        """The partial matches alive after `added`: old ones it continues, and new ones it starts."""
        if not added.text:
            return active
        n = len(added.text)
        alive = [(key, matched + n) for key, matched in active if key.text.startswith(added.text, matched) and matched + n < len(key.text)]
        for start, char in enumerate(added.text):
            for key in self._by_first.get(char, ()):
                rest = n - start
                if rest < len(key.text) and self._may_start(key, added, start) and key.text.startswith(added.text[start:]):
                    alive.append((key, rest))
        return alive

    @staticmethod
    def _may_start(key: Key, norm: Normalized, index: int) -> bool:
        if key.capital:
            return index in norm.capitals
        return not key.word_start or index in norm.starts

    def _reach(self, active: list[tuple[Key, int]], added: Normalized) -> int:
        """The longest key prefix that `added`, appended to the text, produces or extends."""
        best = 0
        for key, matched in active:
            gained = _common_prefix(key.text[matched:], added.text)
            if gained:
                best = max(best, matched + gained)
        for start, char in enumerate(added.text):
            for key in self._by_first.get(char, ()):
                if self._may_start(key, added, start):
                    best = max(best, _common_prefix(key.text, added.text[start:]))
        return best


class TokenTexts:
    """The text of every token id of one tokenizer, decoded once and kept (share one per tokenizer).

    Args:
        tokenizer: a Hugging Face tokenizer.
    """

    def __init__(self, tokenizer) -> None:
        self._tokenizer = tokenizer
        self._texts: dict[int, str] = {}

    def __call__(self, token: int) -> str:
        text = self._texts.get(token)
        if text is None:
            text = self._texts[token] = self._tokenizer.decode([token], skip_special_tokens=True)
        return text
