"""`OutputFilter`: removes personal values from a text according to a route's `FilterSpec`.

A text is cut into segments (`segments.py`), each segment is normalised (`normalize.py`),
analysed on its own and edited in the original; the streaming filter does exactly the same
per segment, so both give the same text. Any failure (an exception, a timeout, a text that
is too long or not a string) goes to `on_error`: `block` raises `FilterError`,
`redact_all` returns `WITHHELD_NOTICE`. Unfiltered text is never returned.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence

from guardrail.errors import FilterError, GuardrailError
from guardrail.filtering import operators, segments
from guardrail.filtering.base import WITHHELD_NOTICE, Finding, FilterResult, SegmentAnalyzer
from guardrail.filtering.normalize import normalize
from guardrail.filtering.presidio import DEFAULT_SPACY_MODEL, PresidioAnalyzer
from guardrail.policy import FilterSpec

logger = logging.getLogger("guardrail.filter")

DEFAULT_MAX_SEGMENT = 400
OVERLONG_ENTITY = "OVERLONG_TOKEN"


class OutputFilter:
    """The output filter; cheap to construct, the Presidio engines are built on first use.

    Args:
        spacy_model: the installed spaCy package the NER runs on.
        analyzer: the analysis backend; None builds the Presidio one. Tests pass fakes.
        max_segment: the longest segment analysed at once, and so the most characters a
            `StreamingFilter` ever holds back.
    """

    def __init__(
        self,
        spacy_model: str = DEFAULT_SPACY_MODEL,
        *,
        analyzer: SegmentAnalyzer | None = None,
        max_segment: int = DEFAULT_MAX_SEGMENT,
    ):
        if max_segment < 16:
            raise ValueError(f"`max_segment` (={max_segment}) has to be at least 16 characters")
        self.analyzer: SegmentAnalyzer = analyzer if analyzer is not None else PresidioAnalyzer(spacy_model)
        self.max_segment = max_segment

    def warmup(self) -> None:
        """Build the Presidio engines now instead of on the first call."""
        self.analyzer.warmup()

    def filter(self, text: str, spec: FilterSpec, tenant: str) -> FilterResult:
        """Remove the values `spec` names from `text`.

        Raises:
            FilterError: when the filter fails and `spec.on_error == "block"` (the message
                never contains the text).
        """
        try:
            check_text(text, spec, len(text) if isinstance(text, str) else 0)
            if not spec.active:
                return FilterResult(text, ())
            self.analyzer.warmup()  # the one-off build does not count against the timeout
            deadline = time.monotonic() + spec.timeout_s
            key = _key(spec, tenant)
            pieces: list[str] = []
            findings: list[Finding] = []
            for seg in segments.split(text, self.max_segment):
                out, found = self.filter_segment(text[seg.start:seg.end], seg.start, spec, key, seg.hard_start, seg.hard_end)
                pieces.append(out)
                findings.extend(found)
                check_deadline(deadline, spec)
            return FilterResult("".join(pieces), tuple(findings))
        except Exception as exc:  # noqa: BLE001 - every failure is decided by on_error
            return FilterResult(fail(exc, spec), (), withheld=True)

    def stream(self, spec: FilterSpec, tenant: str):
        """A `StreamingFilter` for one stream of text pieces."""
        from guardrail.filtering.streaming import StreamingFilter

        return StreamingFilter(self, spec, tenant)

    def filter_segment(
        self, text: str, offset: int, spec: FilterSpec, key: bytes | None, hard_start: bool = False, hard_end: bool = False
    ) -> tuple[str, list[Finding]]:
        """Filter one segment.

        Args:
            text: the segment.
            offset: where it starts in the whole input (findings are shifted by it).
            spec: the route's filter.
            key: the tenant's hash key (only for `operator: hash`).
            hard_start: the segment starts inside a run without whitespace.
            hard_end: it ends inside one.

        Returns:
            The filtered segment and its findings, spans in the whole input.
        """
        norm = normalize(text)
        found: list[Finding] = []
        if norm.text.strip():
            for f in self.analyzer.analyze(norm.text, spec):
                if not 0 <= f.start < f.end <= len(norm.text):
                    raise ValueError(f"the analyzer returned the span [{f.start}, {f.end}) outside the segment")
                if _allowed(norm.text, f.start, f.end, spec.allow):
                    continue
                start, end = norm.span_to_original(f.start, f.end)
                found.append(Finding(f.entity_type, start, end, f.score, f.recognizer))
        found.extend(_overlong_runs(text, hard_start, hard_end))
        merged = resolve(found)
        replacements = [
            operators.Replacement(f.start, f.end, f.entity_type, operators.value_key(normalize(text[f.start:f.end]).text))
            for f in merged
        ]
        out = operators.apply(text, replacements, spec.operator, spec.mask_char, key)
        shifted = [Finding(f.entity_type, f.start + offset, f.end + offset, f.score, f.recognizer) for f in merged]
        return out, shifted


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


def _key(spec: FilterSpec, tenant: str) -> bytes | None:
    return operators.tenant_key(operators.hash_secret(), tenant) if spec.operator == "hash" else None


def _allowed(text: str, start: int, end: int, allow: Sequence[str]) -> bool:
    """Whether `text[start:end]` is an allowed phrase or lies inside an occurrence of one."""
    value = " ".join(text[start:end].casefold().split())
    for phrase in allow:
        if value == " ".join(phrase.casefold().split()):
            return True
        for match in re.finditer(re.escape(phrase), text, re.IGNORECASE):
            if match.start() <= start and end <= match.end():
                return True
    return False


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
