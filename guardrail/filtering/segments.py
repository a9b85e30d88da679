"""Where the filter cuts a text into the segments it analyses one at a time.

Both the non-streaming and the streaming filter analyse the same segments, each on its own,
which is what makes the concatenated stream equal the non-streaming result for any
chunking. A segment ends at the first sentence or line boundary; one that would grow
beyond `max_len` characters is cut earlier, at whitespace when there is some, so a
streaming filter never holds back more than `max_len` characters.

Whether position `p` ends a segment depends only on the text from the segment's start up
to and including `text[p]`: a prefix of the text decides the same cuts as the whole text.
"""

from __future__ import annotations

from dataclasses import dataclass

# Words that end with a period without ending a sentence ("Dr. Smith", "42 Elm St. Apt 5").
ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof sr jr st ave av rd blvd ln dr ct pl sq hwy pkwy apt ste no nos vs etc
    inc ltd co corp dept univ approx fig mt ft est tel ph ext jan feb mar apr jun jul aug sep sept
    oct nov dec mon tue tues wed thu thur thurs fri sat sun gen col capt lt sgt rev hon
    e.g i.e cf al""".split()
)
_CLOSERS = "\"')]}\u2019\u201d\u00bb"
_ENDERS = ".!?\u2026"


@dataclass(frozen=True)
class Segment:
    """One analysed piece of a text: `text[start:end]`.

    `hard_start`/`hard_end` say that the cut before/after it fell inside a run of more than
    `max_len // 2` characters without whitespace (nothing better was in reach); the filter
    then removes the run's parts on both sides of the cut, as they could hold a split value.
    """

    start: int
    end: int
    hard_start: bool = False
    hard_end: bool = False


def is_boundary(text: str, start: int, p: int) -> bool:
    """Whether a segment that starts at `start` may end just before `text[p]` (a sentence or line end).

    Needs `start < p < len(text)`; reads only `text[start:p + 1]`.
    """
    if text[p].isspace() or not text[p - 1].isspace():
        return False
    q = p - 1
    while q > start and text[q - 1].isspace():
        q -= 1
    if "\n" in text[q:p]:
        return True
    while q > start and text[q - 1] in _CLOSERS:
        q -= 1
    if q <= start or text[q - 1] not in _ENDERS:
        return False
    if text[q - 1] != ".":
        return True
    word_end = q - 1
    w = word_end
    while w > start and (text[w - 1].isalnum() or text[w - 1] == "."):
        w -= 1
    word = text[w:word_end].lower()
    return len(word) > 1 and "." not in word and word not in ABBREVIATIONS


def forced_cut(text: str, start: int, max_len: int) -> tuple[int, bool]:
    """Where to cut a segment that has no boundary within `max_len` characters.

    Needs `len(text) > start + max_len`; reads only `text[start:start + max_len + 1]`.

    Returns:
        The cut position and whether it is hard (inside a run without whitespace).
    """
    limit = start + max_len
    soft = plain = None
    for p in range(limit, start + max_len // 2, -1):
        if text[p - 1].isspace() and not text[p].isspace():
            plain = plain or p
            if p >= 2 and text[p - 2].islower() and text[p].islower():
                soft = p  # between two lower-case words: the least likely place to split a value
                break
    if soft is not None:
        return soft, False
    if plain is not None:
        return plain, False
    return limit, True


def next_cut(text: str, start: int, max_len: int, final: bool, scan_from: int = 0) -> tuple[int, bool] | None:
    """The end of the segment that starts at `start`, or None while more text is needed.

    Args:
        text: the text seen so far (all of it when `final`).
        start: where the segment starts.
        max_len: the longest segment.
        final: whether `text` is complete.
        scan_from: positions before it are known not to be boundaries (streaming resumes there).

    Returns:
        `(end, hard)`, or None when `final` is false and the cut depends on text not seen yet.
    """
    stop = min(len(text), start + max_len + 1)
    for p in range(max(start + 1, scan_from), stop):
        if p < start + max_len + 1 and p < len(text) and is_boundary(text, start, p):
            return p, False
    if len(text) > start + max_len:
        return forced_cut(text, start, max_len)
    if final:
        return len(text), False
    return None


def split(text: str, max_len: int) -> list[Segment]:
    """Cut a complete text into segments (what the streaming filter cuts, piece by piece)."""
    segments: list[Segment] = []
    start, hard_start = 0, False
    while start < len(text):
        end, hard = next_cut(text, start, max_len, final=True)
        segments.append(Segment(start, end, hard_start, hard))
        start, hard_start = end, hard
    return segments
