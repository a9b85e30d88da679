"""`OutputFilter`: removes personal values from a text according to a route's `FilterSpec`.

A text is cut into segments (`segments.py`), each segment is normalised (`normalize.py`),
analysed on its own and edited in the original. `filter` runs the streaming filter over the
whole text at once, so streaming and non-streaming results are equal by construction.
Any failure (an exception, a timeout, a text that is too long or not a string) goes to
`on_error`: `block` raises `FilterError`, `redact_all` returns `WITHHELD_NOTICE`.
Unfiltered text is never returned.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence

from guardrail.errors import FilterError, GuardrailError
from guardrail.filtering import operators
from guardrail.filtering.base import WITHHELD_NOTICE, Finding, FilterResult, SegmentAnalyzer
from guardrail.filtering.normalize import Normalized, normalize
from guardrail.filtering.presidio import DEFAULT_SPACY_MODEL, PresidioAnalyzer
from guardrail.policy import FilterSpec

logger = logging.getLogger("guardrail.filter")

DEFAULT_MAX_SEGMENT = 400
DEFAULT_LOOKAHEAD = 128
OVERLONG_ENTITY = "OVERLONG_TOKEN"


class OutputFilter:
    """The output filter; cheap to construct, the Presidio engines are built on first use.

    Args:
        spacy_model: the installed spaCy package the NER runs on.
        analyzer: the analysis backend; None builds the Presidio one. Tests pass fakes.
        max_segment: the longest segment analysed at once.
        lookahead: how many characters past a forced cut (a segment of `max_segment`
            characters without a sentence end) are analysed with it; a `StreamingFilter`
            holds back at most `max_segment + lookahead` characters.
    """

    def __init__(
        self,
        spacy_model: str = DEFAULT_SPACY_MODEL,
        *,
        analyzer: SegmentAnalyzer | None = None,
        max_segment: int = DEFAULT_MAX_SEGMENT,
        lookahead: int = DEFAULT_LOOKAHEAD,
    ):
        if max_segment < 16:
            raise ValueError(f"`max_segment` (={max_segment}) has to be at least 16 characters")
        if lookahead < 0:
            raise ValueError(f"`lookahead` (={lookahead}) has to be >= 0")
        self.analyzer: SegmentAnalyzer = analyzer if analyzer is not None else PresidioAnalyzer(spacy_model)
        self.max_segment = max_segment
        self.lookahead = lookahead

    def warmup(self) -> None:
        """Build the Presidio engines now instead of on the first call."""
        self.analyzer.warmup()

    def filter(self, text: str, spec: FilterSpec, tenant: str) -> FilterResult:
        """Remove the values `spec` names from `text`.

        Raises:
            FilterError: when the filter fails and `spec.on_error == "block"` (the message
                never contains the text).
        """
        stream = self.stream(spec, tenant)
        out = stream.feed(text)
        out += stream.close()
        if stream.withheld:
            return FilterResult(WITHHELD_NOTICE, (), withheld=True)
        return FilterResult(out, stream.findings)

    def find_values(self, texts: Sequence[str], spec: FilterSpec) -> list[str]:
        """The raw substrings of every value `spec` would remove from `texts`, each once, in order.

        For protecting the values of a prompt or context (the copy guard; `protect=` of
        `filter`/`stream`), never for logging. A failure always raises `FilterError`,
        whatever `on_error` says: an empty list would silently protect nothing.

        Raises:
            FilterError: the analysis failed (the message never contains the texts).
        """
        strict = spec.model_copy(update={"on_error": "block", "operator": "replace"})
        values: dict[str, None] = {}
        for text in texts:
            for finding in self.filter(text, strict, tenant="").findings:
                values.setdefault(text[finding.start:finding.end], None)
        return list(values)

    def stream(self, spec: FilterSpec, tenant: str):
        """A `StreamingFilter` for one stream of text pieces."""
        from guardrail.filtering.streaming import StreamingFilter

        return StreamingFilter(self, spec, tenant)

    def filter_segments(
        self, segs: Sequence[tuple[str, int, int, bool]], spec: FilterSpec, key: bytes | None,
        carry: int, hard_start: bool,
    ) -> tuple[str, list[Finding], int]:
        """Filter consecutive segments; the analyzer sees them in one batch.

        Args:
            segs: per segment, in order: its text followed by its lookahead context, its
                length, its offset in the whole input, and whether it ends in a hard cut.
            spec: the route's filter.
            key: the tenant's hash key (only for `operator: hash`).
            carry: how many leading characters of the first segment continue a value of
                the segment before.
            hard_start: the first segment starts inside a run without whitespace.

        Returns:
            The filtered text of the segments, their findings (spans in the whole input),
            and how many characters of the next segment continue a value found here.
        """
        norms = [normalize(window) for window, *_ in segs]
        todo = [i for i, norm in enumerate(norms) if norm.text.strip()]
        analysed = list(self.analyzer.analyze([norms[i].text for i in todo], spec)) if todo else []
        if len(analysed) != len(todo):
            raise ValueError(f"the analyzer returned {len(analysed)} results for {len(todo)} segments")
        by_segment = dict(zip(todo, analysed))
        out: list[str] = []
        findings: list[Finding] = []
        for i, (window, end, offset, hard_end) in enumerate(segs):
            found = self._map_back(norms[i], by_segment.get(i, ()), end, spec)
            found.extend(_overlong_runs(window[:end], hard_start, hard_end))
            text, kept, carry = _replace(window, end, offset, found, carry, spec, key)
            out.append(text)
            findings.extend(kept)
            hard_start = hard_end
        return "".join(out), findings, carry

    @staticmethod
    def _map_back(norm: Normalized, found: Sequence[Finding], end: int, spec: FilterSpec) -> list[Finding]:
        """Findings in the normalised window -> findings in the original that start in the segment."""
        out = []
        for f in found:
            if not 0 <= f.start < f.end <= len(norm.text):
                raise ValueError(f"the analyzer returned the span [{f.start}, {f.end}) outside the segment")
            start, stop = norm.span_to_original(f.start, f.end)
            if start < end and not _allowed(norm.text, f.start, f.end, spec.allow):
                out.append(Finding(f.entity_type, start, stop, f.score, f.recognizer))
        return out


def _replace(
    window: str, end: int, offset: int, found: list[Finding], carry: int, spec: FilterSpec, key: bytes | None
) -> tuple[str, list[Finding], int]:
    """Apply the operator to one segment, `window[:end]`; returns its text, findings and carry-out."""
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
        findings.append(Finding(f.entity_type, offset + start, offset + f.end, f.score, f.recognizer))
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
        raise TypeError(f"the output filter takes str, got {type(text).__name__}; decode or convert it first")
    if total > spec.max_chars:
        raise ValueError(
            f"the text has {total} characters, more than filter.max_chars={spec.max_chars}; "
            "raise max_chars in the policy or shorten the output (max_new_tokens)"
        )


def check_deadline(deadline: float, spec: FilterSpec) -> None:
    """Raise TimeoutError once the analysis has run past `spec.timeout_s`."""
    if time.monotonic() > deadline:
        raise TimeoutError(f"the analysis took longer than filter.timeout_s={spec.timeout_s} s")


def fail(exc: Exception, spec: FilterSpec) -> str:
    """Apply `on_error` to a failure: raise `FilterError` (block) or return the notice (redact_all).

    Only guardrail's own messages and the exception type are logged or raised, never a
    third-party message, which could quote the text.
    """
    ours = isinstance(exc, (GuardrailError, TypeError, ValueError, TimeoutError)) and _own_message(exc)
    reason = f"{type(exc).__name__}: {exc}" if ours else type(exc).__name__
    logger.warning("output filter failed (%s); on_error=%s", reason, spec.on_error)
    if spec.on_error == "redact_all":
        return WITHHELD_NOTICE
    raise FilterError(
        f"the output filter failed ({reason}) and the policy says on_error: block, so nothing is returned; "
        "fix the cause, or set on_error: redact_all to return a notice instead"
    ) from None


def _own_message(exc: Exception) -> bool:
    # Messages guardrail raises itself (check_text, check_deadline, filter_segment, the
    # errors module); a third-party ValueError could quote the analysed text.
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and "/guardrail/" in tb.tb_frame.f_code.co_filename.replace("\\", "/")


def hash_key(spec: FilterSpec, tenant: str) -> bytes | None:
    """The tenant's hash key when the operator is `hash`, else None."""
    return operators.tenant_key(operators.hash_secret(), tenant) if spec.operator == "hash" else None


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
