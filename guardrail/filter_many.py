"""Filter several texts of one route in one analysis batch, each as if on its own.

The texts are joined by `SEPARATOR`: a line end ends a filter segment, so no value crosses
it, and the invisible mark between (a format character) is dropped before analysis. The
joined result is split back into one `FilterResult` per text, its spans in its own text;
where the split is not exact, every text is filtered on its own instead (never a guess).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guardrail.filtering.base import FilterResult, Finding
    from guardrail.policy.store import Route
    from guardrail.protocols import TextFilter

MARK = "\u2063"
SEPARATOR = f"\n{MARK}\n"


def filter_many(output_filter: TextFilter, texts: Sequence[str], route: Route) -> list[FilterResult]:
    """One `FilterResult` per text, in order; every text withheld when the joined text is.

    Raises:
        FilterError: the filter failed and the route's policy says `on_error: block`.
    """

    def each() -> list[FilterResult]:
        return [output_filter.filter(text, route.filter, route.tenant) for text in texts]

    if len(texts) < 2 or any(not isinstance(text, str) or MARK in text for text in texts):
        return each()
    joined = SEPARATOR.join(texts) + SEPARATOR  # the last separator ends the last text's segment too
    result = output_filter.filter(joined, route.filter, route.tenant)
    if result.withheld:
        return [result] * len(texts)
    parts = result.text.split(SEPARATOR)
    if len(parts) != len(texts) + 1 or parts[-1]:  # a value crossed a separator: never guess
        return each()
    starts = [0]
    for text in texts:
        starts.append(starts[-1] + len(text) + len(SEPARATOR))
    findings: list[list[Finding]] = [[] for _ in texts]
    for f in result.findings:
        i = bisect.bisect_right(starts, f.start) - 1
        findings[i].append(dataclasses.replace(f, start=f.start - starts[i], end=f.end - starts[i]))
    return [dataclasses.replace(result, text=part, findings=tuple(found)) for part, found in zip(parts, findings)]
