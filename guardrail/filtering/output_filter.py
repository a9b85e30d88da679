"""`OutputFilter`: removes personal values from a text according to a route's `FilterSpec`.

A text is cut into segments (`segments.py`); the shared core (`core.py`) normalises each
segment, analyses it on its own and edits the original. `filter` runs the streaming filter
over the whole text at once, so streaming and non-streaming results are equal by construction.
Any failure (an exception, a timeout, a text that is too long or not a string) goes to
`on_error`: `block` raises `FilterError`, `redact_all` returns `WITHHELD_NOTICE`.
Unfiltered text is never returned.
"""

from __future__ import annotations

from collections.abc import Sequence

from guardrail.filtering.base import WITHHELD_NOTICE, FilterResult, SegmentAnalyzer
from guardrail.filtering.presidio import DEFAULT_SPACY_MODEL, PresidioAnalyzer
from guardrail.filtering.streaming import StreamingFilter
from guardrail.policy import FilterSpec

DEFAULT_MAX_SEGMENT = 400
DEFAULT_LOOKAHEAD = 128


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

    def filter(self, text: str, spec: FilterSpec, tenant: str, *, protect: Sequence[str] = ()) -> FilterResult:
        """Remove the values `spec` names from `text`.

        Args:
            text: the text to filter.
            spec: the route's filter.
            tenant: the tenant (keys the hash operator).
            protect: values known to be personal (e.g. `find_values` of the prompt): removed
                wherever they reappear, in any language, as `CONTEXT_VALUE` (see `known.py`).

        Raises:
            FilterError: when the filter fails and `spec.on_error == "block"` (the message
                never contains the text).
        """
        stream = self.stream(spec, tenant, protect=protect)
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

    def stream(self, spec: FilterSpec, tenant: str, *, protect: Sequence[str] = ()) -> StreamingFilter:
        """A `StreamingFilter` for one stream of text pieces (`protect` as in `filter`)."""
        return StreamingFilter(
            self.analyzer, spec, tenant, max_segment=self.max_segment, lookahead=self.lookahead, protect=protect
        )
