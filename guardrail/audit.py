"""Audit events: one structured record per request, never a raw personal value.

Events go to the standard `logging` logger named `guardrail.audit` at INFO level. The
message is one JSON object; the same fields are attached to the record as
`record.guardrail_audit` (a dict) for handlers that ship structured logs.

`Trail` builds a request's event: it is started when the request is routed and ends once, as
`ok` (with the engine's token counts and the filter's findings) or as `failed`.
`AuditedStream` is a route's streaming filter that ends its trail when it closes.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from guardrail.errors import FilterError, GuardrailError
from guardrail.filtering.base import count_entities

if TYPE_CHECKING:
    from guardrail.filtering.base import Finding
    from guardrail.policy.store import Route
    from guardrail.protocols import StreamFilter
    from guardrail.steering.requests import GenerationResult

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


@dataclass(frozen=True)
class Trail:
    """One request's audit trail: where it was routed, on which surface, since when.

    Args:
        route: the request's route.
        surface: see `AuditEvent.surface`.
        request_id: the id the event carries (a fresh one by default).
        start: `time.perf_counter()` when the request arrived.
    """

    route: Route
    surface: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    start: float = field(default_factory=time.perf_counter)

    def ok(self, result: GenerationResult | None, findings: Sequence[Finding], withheld: bool) -> None:
        """Emit the event of a request that finished (`result` None: nothing was generated)."""
        steering = self.route.steering
        self._emit(
            outcome="withheld" if withheld else "ok",
            guidance=steering.guidance if result is not None else None,
            adapter=steering.adapter if result is not None else None,
            entity_counts=count_entities(findings),
            prompt_tokens=result.prompt_tokens if result is not None else 0,
            completion_tokens=result.completion_tokens if result is not None else 0,
        )

    def failed(self, exc: GuardrailError, result: GenerationResult | None = None) -> None:
        """Emit the event of a request that failed with `exc` (blocked when the filter failed)."""
        self._emit(
            outcome="blocked" if isinstance(exc, FilterError) else "error",
            guidance=self.route.steering.guidance,
            adapter=self.route.steering.adapter,
            prompt_tokens=getattr(result, "prompt_tokens", 0),
            completion_tokens=getattr(result, "completion_tokens", 0),
            error=type(exc).__name__,
        )

    def _emit(self, **fields: object) -> None:
        emit(
            AuditEvent(
                request_id=self.request_id,
                surface=self.surface,
                tenant=self.route.tenant,
                source=self.route.source,
                latency_s=round(time.perf_counter() - self.start, 4),
                **fields,  # type: ignore[arg-type]
            )
        )


class AuditedStream:
    """A route's streaming filter that emits one audit event when it closes (or fails).

    Args:
        trail: the stream's trail (surface "redact_stream").
        stream: the route's streaming filter; its other attributes are read through.
    """

    def __init__(self, trail: Trail, stream: StreamFilter) -> None:
        self._trail, self._stream = trail, stream

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)

    def feed(self, text: str) -> str:
        try:
            return self._stream.feed(text)
        except GuardrailError as exc:
            self._trail.failed(exc)
            raise

    def close(self) -> str:
        try:
            rest = self._stream.close()
        except GuardrailError as exc:
            self._trail.failed(exc)
            raise
        self._trail.ok(None, self._stream.findings, self._stream.withheld)
        return rest
