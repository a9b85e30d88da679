"""The segment-filtering core that `OutputFilter` and `StreamingFilter` share.

A text is cut into segments (`segments.py`); `filter_segments` normalises each one
(`normalize.py`), has the analyzer find values in all of them in one batch, adds the known
values (`known.py`) and the values of a table's labelled columns (`tables.py`), merges
overlapping findings and applies the operator, segment by
segment in text order. Both filters call only this, so streaming equals non-streaming.
Failures go through `fail`, which shows a message only when guardrail wrote it
(`GuardrailError`), never one of a third-party library, which could quote the text.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from guardrail.errors import FilterCheckError, FilterError, GuardrailError
from guardrail.filtering import operators
from guardrail.filtering.base import WITHHELD_NOTICE, Finding, SegmentAnalyzer
from guardrail.filtering.known import KnownValues
from guardrail.filtering.normalize import Normalized, normalize
from guardrail.filtering.tables import TableColumns
from guardrail.policy import FilterSpec

logger = logging.getLogger("guardrail.filter")

OVERLONG_ENTITY = "OVERLONG_TOKEN"
LEARNT_SCORE = 0.6  # a name found again: below the finding it was learnt from, so that one names a merge
LEARNT_LIMIT = 32  # names learnt per text or stream; keeps the work per segment bounded
BEFORE_CHARS = 120  # the text before a segment that a `reads_before` analyzer is given


@dataclass(frozen=True)
class SegmentJob:
    """One segment to filter, as the streaming loop cut it.

    Attributes:
        window: the segment's text followed by its lookahead context.
        end: the segment's length (`window[:end]` is released).
        offset: where the segment starts in the whole input.
        hard_end: the segment ends in a hard cut (inside a run without whitespace).
    """

    window: str
    end: int
    offset: int
    hard_end: bool


@dataclass(frozen=True)
class FilteredSegments:
    """What `filter_segments` returns.

    Attributes:
        text: the filtered text of the segments, concatenated.
        findings: their findings, spans in the whole input.
        carry: how many characters of the next segment continue a value found here.
    """

    text: str
    findings: tuple[Finding, ...]
    carry: int


@dataclass
class CoreState:
    """What one text or stream carries from segment to segment.

    Attributes:
        key: the tenant's hash key (only for `operator: hash`).
        protected: the caller's known values (`protect=`).
        names: the names found so far, removed wherever they reappear.
        places: the towns found so far, likewise ("9000 Gent" … "Gent, 4 april").
        table: the header of the table the text is in, whose labelled columns hold values.
        carry: characters of the next segment that continue a value already replaced.
        hard_start: the next segment starts inside a run without whitespace.
        before: the normalised end of the text released so far (`BEFORE_CHARS` at most).
    """

    key: bytes | None
    protected: KnownValues
    names: KnownValues
    places: KnownValues
    table: TableColumns
    carry: int = 0
    hard_start: bool = False
    before: str = ""


def filter_segments(analyzer: SegmentAnalyzer, jobs: Sequence[SegmentJob], spec: FilterSpec, state: CoreState) -> FilteredSegments:
    """Filter consecutive segments; the analyzer sees them in one batch; `state` moves on."""
    norms = [normalize(job.window) for job in jobs]
    todo = [i for i, norm in enumerate(norms) if norm.text.strip()]
    befores = _befores(jobs, norms, state)
    if not todo:
        analysed = []
    elif getattr(analyzer, "reads_before", False):
        analysed = list(analyzer.analyze([norms[i].text for i in todo], spec, before=[befores[i] for i in todo]))
    else:
        analysed = list(analyzer.analyze([norms[i].text for i in todo], spec))
    if len(analysed) != len(todo):
        raise FilterCheckError(f"the analyzer returned {len(analysed)} results for {len(todo)} segments")
    by_segment = dict(zip(todo, analysed))
    out: list[str] = []
    findings: list[Finding] = []
    for i, job in enumerate(jobs):
        found = list(by_segment.get(i, ()))
        if not befores[i] or befores[i].endswith("\n"):  # a segment that starts a line
            row = state.table.read(norms[i].text)
            found = row.sift(found) + list(row.values)
        state.names.learn(norms[i].text, found)
        state.places.learn(norms[i].text, found)
        covered = [(f.start, f.end) for f in found]
        found += (state.protected.find(norms[i].text) + state.names.find(norms[i].text, covered)
                  + state.places.find(norms[i].text, covered))
        mapped = _map_back(norms[i], job.window, found, job.end, spec)
        mapped.extend(_overlong_runs(job.window[:job.end], state.hard_start, job.hard_end))
        text, kept, state.carry = _replace(job, mapped, state.carry, spec, state.key)
        out.append(text)
        findings.extend(kept)
        state.hard_start = job.hard_end
    return FilteredSegments("".join(out), tuple(findings), state.carry)


def _befores(jobs: Sequence[SegmentJob], norms: Sequence[Normalized], state: CoreState) -> list[str]:
    """The context before each segment: the normalised released text before it, its last
    `BEFORE_CHARS` characters from a word's start; `state.before` moves on past the batch."""
    out = []
    before = state.before
    for job, norm in zip(jobs, norms):
        out.append(before)
        released = norm.text if job.end == len(job.window) else normalize(job.window[:job.end]).text
        before = _tail(before + released)
    state.before = before
    return out


def _tail(text: str) -> str:
    if len(text) <= BEFORE_CHARS:
        return text
    tail = text[-BEFORE_CHARS:]
    cut = next((i + 1 for i, c in enumerate(tail) if c.isspace()), 0)
    return tail[cut:]


def _map_back(norm: Normalized, window: str, found: Sequence[Finding], end: int, spec: FilterSpec) -> list[Finding]:
    """Findings in the normalised window -> findings in the original that start in the segment.

    A value ends after the combining marks that follow its last letter: normalising drops
    them ("ใจดี" is read "ใจด"), and a mark left behind would be left alone in the output."""
    out = []
    for f in found:
        if not 0 <= f.start < f.end <= len(norm.text):
            raise FilterCheckError(f"the analyzer returned the span [{f.start}, {f.end}) outside the segment")
        start, stop = norm.span_to_original(f.start, f.end)
        while stop < len(window) and unicodedata.category(window[stop])[0] == "M":
            stop += 1
        if start < end and not _allowed(norm.text, f.start, f.end, spec.allow):
            out.append(Finding(f.entity_type, start, stop, f.score, f.recognizer))
    return out


def _replace(
    job: SegmentJob, found: list[Finding], carry: int, spec: FilterSpec, key: bytes | None
) -> tuple[str, list[Finding], int]:
    """Apply the operator to one segment, `window[:end]`; returns its text, findings and carry-out."""
    window, end = job.window, job.end
    carry, carry_out = min(carry, end), max(0, carry - end)  # a value may span more than one cut
    replacements = [operators.Replacement(0, carry, "", "", continuation=True)] if carry else []
    findings: list[Finding] = []
    for f in resolve(found):
        start, stop = max(f.start, carry), min(f.end, end)
        carry_out = max(carry_out, f.end - end)
        if start >= stop:
            continue  # all of it continues a value the previous segment replaced
        value = operators.value_key(normalize(window[f.start:f.end]).text)
        replacements.append(operators.Replacement(start, stop, f.entity_type, value))
        findings.append(Finding(f.entity_type, job.offset + start, job.offset + f.end, f.score, f.recognizer))
    return operators.apply(window[:end], replacements, spec.operator, spec.mask_char, key), findings, carry_out


def resolve(findings: Sequence[Finding]) -> list[Finding]:
    """Merge overlapping findings into one per region; the highest score (then longest) names it."""
    merged: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if merged and f.start < merged[-1].end:
            last = merged[-1]
            best = max((last, f), key=lambda x: (x.score, x.end - x.start))
            merged[-1] = Finding(best.entity_type, last.start, max(last.end, f.end), best.score, best.recognizer)
        else:
            merged.append(f)
    return merged


def check_text(text: object, spec: FilterSpec, total: int) -> None:
    """Reject a non-string or a text over `spec.max_chars` (`total` = characters so far)."""
    if not isinstance(text, str):
        raise FilterCheckError(f"the output filter takes str, got {type(text).__name__}; decode or convert it first")
    if total > spec.max_chars:
        raise FilterCheckError(
            f"the text has {total} characters, more than filter.max_chars={spec.max_chars}; "
            "raise max_chars in the policy or shorten the output (max_new_tokens)"
        )


def check_deadline(deadline: float, spec: FilterSpec) -> None:
    """Fail once the analysis has run past `spec.timeout_s`."""
    if time.monotonic() > deadline:
        raise FilterCheckError(f"the analysis took longer than filter.timeout_s={spec.timeout_s} s")


def fail(exc: Exception, spec: FilterSpec) -> str:
    """Apply `on_error` to a failure: raise `FilterError` (block) or return the notice (redact_all).

    Only the messages of guardrail's own exceptions (`GuardrailError`) are logged or raised;
    any other exception is reported by its type alone, because a third-party message (from
    Presidio, spaCy, a regex) could quote the analysed text. The decision is by type, never
    by where the exception was raised.
    """
    reason = f"{type(exc).__name__}: {exc}" if isinstance(exc, GuardrailError) else type(exc).__name__
    logger.warning("output filter failed (%s); on_error=%s", reason, spec.on_error)
    if spec.on_error == "redact_all":
        return WITHHELD_NOTICE
    raise FilterError(
        f"the output filter failed ({reason}) and the policy says on_error: block, so nothing is returned; "
        "fix the cause, or set on_error: redact_all to return a notice instead"
    ) from None


def new_state(spec: FilterSpec, tenant: str, protect: Sequence[str]) -> CoreState:
    """The state a text or stream starts with."""
    protected = KnownValues()
    protected.add(protect)
    key = operators.tenant_key(operators.hash_secret(), tenant) if spec.operator == "hash" else None
    names = KnownValues(entity="PERSON", score=LEARNT_SCORE, limit=LEARNT_LIMIT, given_names=True)
    places = KnownValues(entity="LOCATION", score=LEARNT_SCORE, limit=LEARNT_LIMIT)
    return CoreState(key=key, protected=protected, names=names, places=places, table=TableColumns(entities=frozenset(spec.entities)))


_FILLERS = frozenset({"the", "a", "an", "our", "your", "my", "their", "his", "her", "its"})
def _allowed(text: str, start: int, end: int, allow: Sequence[str]) -> bool:
    """Whether `text[start:end]` is covered by allowed phrases (case-insensitive).

    NER spans often take a neighbouring word along ("The Helpdesk Bot"), so what is left
    after blanking the allowed phrases may be articles and punctuation.
    """
    if not allow:
        return False
    chars = list(text[start:end])
    for phrase in allow:
        for match in re.finditer(re.escape(phrase.strip()), text, re.IGNORECASE):
            for i in range(max(match.start(), start), min(match.end(), end)):
                chars[i - start] = " "
    left = re.findall(r"\w+", "".join(chars).casefold())
    return len(left) < len(re.findall(r"\w+", text[start:end])) and all(w in _FILLERS for w in left)


def _overlong_runs(text: str, hard_start: bool, hard_end: bool) -> list[Finding]:
    """Findings for the parts of a whitespace-free run that a hard cut split (a value may hide there)."""
    found = []
    if hard_start:
        end = next((i for i, c in enumerate(text) if c.isspace()), len(text))
        found.append(Finding(OVERLONG_ENTITY, 0, end, 1.0, "segmenter"))
    if hard_end:
        start = next((i + 1 for i in range(len(text) - 1, -1, -1) if text[i].isspace()), 0)
        found.append(Finding(OVERLONG_ENTITY, start, len(text), 1.0, "segmenter"))
    return [f for f in found if f.end > f.start]
