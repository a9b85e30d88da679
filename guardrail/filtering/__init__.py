"""The output filter: Presidio analysis, guardrail's recognizers, streaming, fail-closed.

    from guardrail.filtering import OutputFilter
    result = OutputFilter().filter(text, route.filter, tenant=route.tenant)
"""

from guardrail.filtering.base import WITHHELD_NOTICE, Finding, FilterResult, SegmentAnalyzer, count_entities
from guardrail.filtering.operators import HASH_SECRET_ENV
from guardrail.filtering.output_filter import OutputFilter
from guardrail.filtering.streaming import StreamingFilter, apump, pump

__all__ = [
    "HASH_SECRET_ENV",
    "WITHHELD_NOTICE",
    "Finding",
    "FilterResult",
    "OutputFilter",
    "SegmentAnalyzer",
    "StreamingFilter",
    "apump",
    "count_entities",
    "pump",
]
