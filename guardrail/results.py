"""What callers of `guardrail.Guardrail` send and get back.

`GuardRequest` is one request of `generate_batch`; `GuardedResponse` is a filtered answer
with its route, token counts and `Timings`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from guardrail.filtering.base import count_entities
from guardrail.policy.overrides import RequestOptions
from guardrail.policy.store import Route

if TYPE_CHECKING:
    from guardrail.filtering.base import Finding

Prompt = str | Sequence[Mapping[str, str]]
OnFinish = Callable[["GuardedResponse"], None]


@dataclass(frozen=True)
class GuardRequest:
    """One request of `generate_batch`."""

    prompt: Prompt
    tenant: str
    source: str | None = None
    options: RequestOptions | None = None


@dataclass(frozen=True)
class Timings:
    """Seconds spent per stage of one request."""

    queued_s: float
    decode_s: float
    filter_s: float
    total_s: float


@dataclass(frozen=True)
class GuardedResponse:
    """A filtered answer. `findings` name what was removed (type, span, score), never the value."""

    text: str
    findings: tuple[Finding, ...]
    route: Route
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str
    withheld: bool
    timings: Timings
    request_id: str

    @property
    def entity_counts(self) -> dict[str, int]:
        """Entity type -> how many values the filter removed."""
        return count_entities(self.findings)
