"""Where the filter cuts a text into the segments it analyses one at a time.

Both the non-streaming and the streaming filter analyse the same segments, each on its own,
which is what makes the concatenated stream equal the non-streaming result for any
chunking. A segment ends at the first sentence or line boundary; one that would grow
beyond `max_len` characters is cut earlier (between two lower-case words if possible,
else at whitespace, else anywhere) and analysed with `lookahead` characters past the cut,
so a streaming filter holds back at most `max_len + lookahead` characters.

Whether position `p` ends a segment depends only on the text from the segment's start up
to and including `text[p]`: a prefix of the text decides the same cuts as the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrail.filtering.normalize import normalize_char

# Words that end with a period without ending a sentence ("Dr. Smith", "42 Elm St. Apt 5").
ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof sr jr st ave av rd blvd ln dr ct pl sq hwy pkwy apt ste no nos vs etc
    inc ltd co corp dept univ approx fig mt ft est tel ph ext jan feb mar apr jun jul aug sep sept
    oct nov dec mon tue tues wed thu thur thurs fri sat sun gen col capt lt sgt rev hon
    e.g i.e cf al
    ul al os pl nr str bl sc ap edif depto dpto int avda av sra srta mme mlle hr fr sig dott dhr mevr nam
    mah mh cad sk sok blv bulv esq dto izq dcha pza pje psje bv sos cra cll dg ctra prol trav estr pca krt fszt em esc
    of succ qtr tce cres pde skr poczt leof sw apdo pt avv lok app apto boul brig
    mag lic lcda lcdo ldo lda dna ing inz arq arch geom rag dipl mgr doc dra drs ir
    fam vda ved urb fracc fraz cl cr kr tr diag srita mtro mtra ogr uz muh res resid qta cdla mz mcal cnel tte pdte gdor
    cmte alte brig conj okt cev yrd ars gor uzm ecz""".split()
)
_CLOSERS = "\"')]}\u2019\u201d\u00bb"
_ENDERS = ".!?\u2026"
_AFTER_SPACE = re.compile(r"(?<=\s)\S")  # `\s` is `str.isspace`


@dataclass(frozen=True)
class Segment:
    """One analysed piece of a text: `text[start:end]`, analysed as `text[start:context_end]`.

    A segment that ends at a sentence or line end is analysed on its own
    (`context_end == end`). One that had to be cut earlier (`forced`) is analysed with up to
    `lookahead` characters of the next segment, so a value that crosses the cut is still
    seen whole; the part of it past the cut is carried into the next segment.
    `hard_start`/`hard_end` say that the cut before/after it fell inside a run of more than
    `max_len // 2` characters without whitespace; the filter removes such a run's parts on
    both sides of the cut.
    """

    start: int
    end: int
    context_end: int
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
    if not word.isascii():  # "Șos.", "nám.": the list is spelled as the filter normalises
        word = "".join(map(normalize_char, word))
    if word.endswith("str") or (word.isdigit() and len(word) <= 2):
        return False  # a German street ("Rohlederstr. 5"), a German or Nordic ordinal ("am 12. Februar")
    return len(word) > 1 and "." not in word and word not in ABBREVIATIONS


def forced_cut(text: str, start: int, max_len: int) -> tuple[int, bool]:
    """Where to cut a segment that has no boundary within `max_len` characters.

    Prefers, from the right: whitespace between two lower-case words, then between two
    letters, then any whitespace in the second half; else a hard cut at `max_len`.
    Needs `len(text) > start + max_len`; reads only `text[start:start + max_len + 1]`.

    Returns:
        The cut position and whether it is hard (inside a run without whitespace).
    """
    best: dict[int, int] = {}
    for p in range(start + max_len, start + max_len // 2, -1):
        if text[p - 1].isspace() and not text[p].isspace():
            before, after = text[p - 2] if p >= 2 else " ", text[p]
            rank = 0 if before.islower() and after.islower() else 1 if before.isalpha() and after.isalpha() else 2
            best.setdefault(rank, p)
            if rank == 0:
                break
    if best:
        return best[min(best)], False
    return start + max_len, True


def next_cut(
    text: str, start: int, max_len: int, lookahead: int, final: bool, scan_from: int = 0
) -> tuple[int, int, bool] | None:
    """The end of the segment that starts at `start`, or None while more text is needed.

    Args:
        text: the text seen so far (all of it when `final`).
        start: where the segment starts.
        max_len: the longest segment.
        lookahead: how far past a forced cut the segment is analysed.
        final: whether `text` is complete.
        scan_from: positions before it are known not to be boundaries (streaming resumes there).

    Returns:
        `(end, context_end, hard)`, or None when `final` is false and the cut depends on text
        not seen yet. A prefix of the text never returns a cut that the whole text would not.
    """
    # Only a non-space after a space can end a segment (`is_boundary`'s first test).
    for match in _AFTER_SPACE.finditer(text, max(start + 1, scan_from), min(len(text), start + max_len + 1)):
        if is_boundary(text, start, match.start()):
            return match.start(), match.start(), False
    if len(text) > start + max_len and (final or len(text) > start + max_len + lookahead):
        end, hard = forced_cut(text, start, max_len)
        return end, min(len(text), end + lookahead), hard
    if final:
        return len(text), len(text), False
    return None


def split(text: str, max_len: int, lookahead: int) -> list[Segment]:
    """Cut a complete text into segments (what the streaming filter cuts, piece by piece)."""
    out: list[Segment] = []
    start, hard_start = 0, False
    while start < len(text):
        end, context_end, hard = next_cut(text, start, max_len, lookahead, final=True)
        out.append(Segment(start, end, context_end, hard_start, hard))
        start, hard_start = end, hard
    return out
