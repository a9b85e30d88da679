"""Audit events: one structured record per request, never a raw personal value.

Events go to the standard `logging` logger named `guardrail.audit` at INFO level. The
message is one JSON object; the same fields are attached to the record as
`record.guardrail_audit` (a dict) for handlers that ship structured logs.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field

AUDIT_LOGGER = "guardrail.audit"

_logger = logging.getLogger(AUDIT_LOGGER)


@dataclass(frozen=True)
class AuditEvent:
    """What happened to one request. Counts and names only: no text, no values."""

    request_id: str
    # "generate" | "stream" | "batch" | "redact" | "redact_stream"; "tool_calls" (what the filter found in
    # the tool calls of a returned message, apart from its text) | "exception" (an error's message was filtered)
    surface: str
    tenant: str
    source: str
    outcome: str  # "ok" | "withheld" | "blocked" | "error"
    guidance: float | None = None
    adapter: str | None = None
    entity_counts: dict[str, int] = field(default_factory=dict)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0
    error: str | None = None  # the exception class name only: messages may quote input
    tool_calls_blocked: int = 0  # calls removed under `filter.tool_calls: block`


def emit(event: AuditEvent) -> None:
    """Log `event` on the `guardrail.audit` logger."""
    if _logger.isEnabledFor(logging.INFO):
        payload = asdict(event)
        _logger.info(json.dumps(payload, sort_keys=True), extra={"guardrail_audit": payload})
