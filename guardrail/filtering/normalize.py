"""Unicode normalisation before analysis, with a map from every analysed character back.

The filter analyses a normalised copy of the text and edits the original: spans found in
the copy are mapped back through `Normalized.origin`. The normalisation can therefore be
aggressive without ever changing what the caller sees outside a removed value:

* format characters (zero-width space/joiners, soft hyphen, BOM, bidi marks) are dropped,
  so `john\u200b@example.com` is analysed as `john@example.com`;
* compatibility forms are folded (NFKC): full-width `＠` and digits, ligatures, circled digits;
* any decimal digit of any script (`٤`, `४`, `𝟒`) becomes its ASCII digit;
* dashes and minus signs become `-`, every space separator becomes ` `;
* accents are stripped and common Cyrillic/Greek look-alike letters become Latin letters,
  so `jоhn@example.com` with a Cyrillic `о` is still an e-mail address.

Every step works one character at a time, so normalising a text piece by piece gives the
same result as normalising it at once (the streaming filter relies on that).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Latin look-alikes among Cyrillic and Greek letters (Unicode confusables, the common ones).
_CONFUSABLES = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеіјорсхуѕԁһӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοικνρτυχ",
    "ABESIJKMHOPCTXYaeijopcxysdhlABEZHIKMNOPTYXaoiknptux",
)


@dataclass(frozen=True)
class Normalized:
    """A normalised text and where each of its characters came from.

    Attributes:
        text: the text to analyse.
        origin: `origin[j]` is the index in the original text of the character that produced
            `text[j]`; one entry per character of `text`.
    """

    text: str
    origin: tuple[int, ...]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span `[start, end)` of `text` to the span of the original it came from."""
        if end <= start:
            raise ValueError(f"empty span [{start}, {end})")
        return self.origin[start], self.origin[end - 1] + 1


@lru_cache(maxsize=65536)
def normalize_char(char: str) -> str:
    """The normalised form of one character: usually itself, sometimes "" or several characters."""
    if char.isascii():
        return char
    category = unicodedata.category(char)
    if category == "Cf":  # zero-width and other invisible format characters
        return ""
    if category == "Nd":
        return str(unicodedata.decimal(char))
    if category == "Pd" or char == "\u2212":
        return "-"
    if category == "Zs":
        return " "
    folded = unicodedata.normalize("NFKC", char).translate(_CONFUSABLES)
    out = []
    for part in unicodedata.normalize("NFKD", folded):
        kind = unicodedata.category(part)
        if kind in ("Mn", "Cf"):
            continue  # accents, and format characters a decomposition produced
        out.append(str(unicodedata.decimal(part)) if kind == "Nd" else part)
    return "".join(out)


def normalize(text: str) -> Normalized:
    """Normalise `text` for analysis, keeping the map back to it.

    Args:
        text: the original text.

    Returns:
        The normalised text with one origin index per character.
    """
    if text.isascii():
        return Normalized(text, tuple(range(len(text))))
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        form = normalize_char(char)
        chars.append(form)
        origin.extend([i] * len(form))
    return Normalized("".join(chars), tuple(origin))
