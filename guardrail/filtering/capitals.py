"""Names written in capitals, as forms, notices and registers print them: "Sr(a). LUZ MARINA
OSPINA", "ADDOLORATA LO RUSSO ved. CAPUTO", "MURPHY, Bridget (née Ó Dálaigh)".

The name rules of `people.py` skip words in capitals only ("IBAN", "TERMS AND CONDITIONS"),
so these are read here, from the name lists:

* a run of one to six words in capitals of which two or more (the parts of a hyphenated
  word counted apart) read as name words — a
  listed name, or a word that no word list knows — at least one of them listed and not an
  English word, with particles between (`DE`, `LO`, `VAN DER`): "LUZ MARINA OSPINA", "DE
  GRAAF-MEIJER" (each part of a hyphenated word a name word); not "MARINA BAY SANDS"
  ("sands" is an English word), nor "BANK OF AMERICA";
* such a run of name words none of them listed when it stands between lower-case words of a
  sentence: "vardiyasını ZEVLUDE OCALAN alacak", "belde SENNA DE VROEGE over";
* a surname in capitals, a comma and a capitalised first name, as registers invert them:
  "MURPHY, Bridget", "KOWALSKI, Jan" (not a city's name as frequent as: "PARIS, France").

Works on normalised text (accents stripped: "ÖZKÖK" reads "OZKOK").
"""

from __future__ import annotations

import re

from guardrail.filtering.lexicon import LOWER_LETTERS, LOWER_WORD_BEFORE

CAPITALS_SCORE = 0.6
_CITY_FREQUENCY = 5  # a town whose name is this frequent (Zipf) is no surname before a comma: "PARIS, France"
_CAPS_WORD = r"[A-Z][A-Z'-]*[A-Z]\.?"
_RUN = re.compile(rf"(?<![\w@.-])(?:{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,5}}|[A-Z]{{2,}}-[A-Z][A-Z-]*[A-Z])(?![\w@-])")
_INVERTED = re.compile(r"(?<![\w@.-])([A-Z][A-Z'-]*[A-Z]),[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w@-])")
_LOWER_AFTER = re.compile(rf"(?:['\u2019][a-zı]{{1,5}})?[ \t]+[{LOWER_LETTERS}]{{2,}}(?![\w@])")  # "… ile", "…'ya göre"
_PARTICLES = frozenset("de del della di da das dos do du la le lo van der den ten ter von vom y e vda ved bin al el".split())


def find_capitalised_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names in capitals in `text` (normalised), as the module docstring says."""
    from guardrail.filtering.gazetteer import SURNAMES
    from guardrail.filtering.lexicon import first_names
    from guardrail.filtering.towns import towns

    out = []
    for match in _RUN.finditer(text):
        words = [(w, _kind(w.group().rstrip("."))) for w in re.finditer(r"[^\s,;:]+", match.group())]
        best = _longest_name(words)
        if _weight(best) >= 2 and (any(kind == "listed" for _, kind in best)
                                   or (len(best) == len(words) and _between_lower_case_words(text, match))):
            out.append((match.start() + best[0][0].start(), match.start() + best[-1][0].end()))
    for match in _INVERTED.finditer(text):
        surname, given = match.group(1).lower(), match.group(2)
        if (surname in SURNAMES and (towns().get(surname) or 0) < _CITY_FREQUENCY
                and given.lower() in first_names() and not _blocked(given)):
            out.append(match.span())
    return out


Word = tuple[re.Match, str | None]  # a word of a run and its `_kind`


def _longest_name(words: list[Word]) -> list[Word]:
    """The run of name words and particles among `words` with the most name words."""
    best: list[Word] = []
    current: list[Word] = []
    for word in [*words, None]:
        if word is not None and word[1] is not None:
            current.append(word)
        else:
            best = max(best, _trimmed(current), key=_weight)
            current = []
    return best


def _kind(word: str) -> str | None:
    """"listed" (a listed name, not an English word), "name" (another name word), "particle", or None."""
    from guardrail.filtering.lexicon import name_lists
    from guardrail.filtering.vocabulary import is_common_word, is_english_word

    folded = word.lower()
    if folded in _PARTICLES:
        return "particle"
    parts = [p for p in folded.split("-") if p]
    if not parts or any(_blocked(p) or is_common_word(p) for p in parts):
        return None
    if any(p in name_lists() and not is_english_word(p) for p in parts):
        return "listed"
    if all(p in name_lists() or (len(p) > 2 and p.isalpha() and not is_english_word(p)) for p in parts):
        return "name"
    return None


def _between_lower_case_words(text: str, match: re.Match) -> bool:
    """Whether a run in capitals stands between lower-case words of a sentence, where a heading
    or an acronym seldom does: "Sabah vardiyasını ZEVLUDE OCALAN alacak"."""
    return LOWER_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None \
        and _LOWER_AFTER.match(text, match.end()) is not None


def _trimmed(words: list[Word]) -> list[Word]:
    """`words` without particles at either end."""
    while words and words[0][1] == "particle":
        words = words[1:]
    while words and words[-1][1] == "particle":
        words = words[:-1]
    return words


def _weight(words: list[Word]) -> int:
    """How many name words (not particles) `words` holds, each part of a hyphenated word one."""
    return sum(len(w.group().strip("-").split("-")) for w, kind in words if kind != "particle")


def _blocked(word: str) -> bool:
    from guardrail.filtering.gating import openers

    return word.lower() in openers()
