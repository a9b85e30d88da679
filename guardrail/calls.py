"""The steps of one guarded call, which `guardrail.Guardrail` runs in order.

`prepare` starts the call's audit trail and finds the values in the prompt (the filter
removes them from the answer wherever they reappear; the engine's copy guard keeps them from
being copied); the engine decodes; `finish` filters and audits the answer. `Streamed` is
the same call read as a stream: the decode, the route's streaming filter and the pieces
released, audited when the stream ends or fails.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from guardrail.audit import Trail
from guardrail.errors import GuardrailError
from guardrail.results import GuardedResponse, OnFinish, Prompt, Timings

if TYPE_CHECKING:
    from guardrail.filtering.base import Finding
    from guardrail.policy.store import Route
    from guardrail.protocols import TextFilter
    from guardrail.steering.requests import GenerationRequest, GenerationResult
    from guardrail.streams import Decode


def prepare(output_filter: TextFilter, route: Route, prompt: Prompt, surface: str) -> Prepared:
    """Start `route`'s trail and find the prompt's values (before anything is generated).

    Raises:
        FilterError: the prompt could not be analysed (audited; nothing is generated).
    """
    from guardrail.steering.requests import GenerationRequest

    trail = Trail(route, surface)
    texts = [prompt] if isinstance(prompt, str) else [str(m.get("content", "")) for m in prompt]
    try:
        # The prompt's own values are removed from the answer wherever they reappear, in any
        # language or spelling the recognizers would miss on their own (a translated record).
        found = tuple(output_filter.find_values(texts, route.filter)) if route.filter.active else ()
        guarded = route.steering.copy_guard
        if not guarded.enabled:
            copy_guarded: Sequence[str] = ()
        elif not guarded.entities and route.filter.active:
            copy_guarded = found  # the filter's entities: already found
        else:
            copy_guarded = output_filter.find_values(texts, route.copy_guard_filter)
    except GuardrailError as exc:  # the prompt could not be analysed: nothing is generated
        trail.failed(exc)
        raise
    return Prepared(trail, GenerationRequest.from_route(route, prompt, protect=copy_guarded), found)


def finish(output_filter: TextFilter, prepared: Prepared, result: GenerationResult) -> GuardedResponse:
    """Filter and audit a decoded answer.

    Raises:
        GuardrailError: the engine's error, or the filter's under `on_error: block` (audited).
    """
    trail, route = prepared.trail, prepared.trail.route
    try:
        if result.error is not None:
            raise result.error
        filter_start = time.perf_counter()
        filtered = output_filter.filter(result.text, route.filter, route.tenant, protect=prepared.found)
    except GuardrailError as exc:
        trail.failed(exc, result)
        raise
    trail.ok(result, filtered.findings, filtered.withheld)
    return response(trail, result, filtered.text, filtered.findings, filtered.withheld, filter_start)


@dataclass(frozen=True)
class Prepared:
    """A request ready to decode: its trail (route, surface, id, start), the engine request,
    and the values found in the prompt (removed from the answer wherever they reappear)."""

    trail: Trail
    request: GenerationRequest
    found: tuple[str, ...]


class Streamed:
    """One `stream` call: its decode, the route's streaming filter, and the pieces released.

    As a context manager it audits a failure and stops the decode when the reader leaves.
    """

    def __init__(self, prepared: Prepared, decode: Decode, output_filter: TextFilter) -> None:
        self.prepared, self.decode, self._output_filter = prepared, decode, output_filter
        self.released: list[str] = []

    def __enter__(self) -> Streamed:
        route = self.prepared.trail.route
        try:
            self.filter = self._output_filter.stream(route.filter, route.tenant, protect=self.prepared.found)
        except GuardrailError as exc:
            self.prepared.trail.failed(exc)
            raise
        return self

    def __exit__(self, _kind: object, exc: BaseException | None, _traceback: object) -> None:
        self.decode.close()
        if isinstance(exc, GuardrailError):
            self.prepared.trail.failed(exc)

    def release(self, safe: str) -> str:
        self.released.append(safe)
        return safe

    def finish(self, on_finish: OnFinish | None) -> None:
        """Audit the finished stream and hand its whole response to `on_finish`."""
        trail, result, streaming = self.prepared.trail, self.decode.result, self.filter
        trail.ok(result, streaming.findings, streaming.withheld)
        if on_finish is not None:
            on_finish(response(trail, result, "".join(self.released), streaming.findings, streaming.withheld))


def response(
    trail: Trail,
    result: GenerationResult,
    text: str,
    findings: Sequence[Finding],
    withheld: bool,
    filter_start: float | None = None,
) -> GuardedResponse:
    """The `GuardedResponse` of a finished request (`filter_start` None: a stream, filtered as it went)."""
    end = time.perf_counter()
    filter_s = end - filter_start if filter_start is not None else 0.0  # a stream filters as it goes
    return GuardedResponse(
        text=text,
        findings=tuple(findings),
        route=trail.route,
        prompt_tokens=result.prompt_tokens,
        completion_tokens=result.completion_tokens,
        finish_reason=result.finish_reason,
        withheld=withheld,
        timings=Timings(result.queued_s, result.total_s, filter_s, end - trail.start),
        request_id=trail.request_id,
    )
