"""Per-request decoding options a caller may ask for, always bounded by the route's policy.

An API caller (the HTTP service, a LangChain `stop=`) may shorten an answer, add stop strings
and, only where the source's policy sets `decoding.client_sampling: true`, choose its own
`temperature` and `top_p`. It can never lengthen an answer past the policy's `max_new_tokens`
or change steering or filtering.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from guardrail.policy.schema import DecodingSpec
from guardrail.policy.store import Route

MAX_STOPS = 4  # what OpenAI's API accepts


@dataclass(frozen=True)
class RequestOptions:
    """What one request asks of the decoder.

    Args:
        max_tokens: most completion tokens; capped by the route's `max_new_tokens`.
        stop: stop strings, added to the route's own.
        temperature: sampling temperature (0 = greedy); ignored unless the policy allows it.
        top_p: nucleus mass; ignored unless the policy allows it.
    """

    max_tokens: int | None = None
    stop: tuple[str, ...] = ()
    temperature: float | None = None
    top_p: float | None = None

    def __post_init__(self) -> None:
        if self.max_tokens is not None and self.max_tokens < 1:
            raise ValueError(f"`max_tokens` (={self.max_tokens}) has to be a positive integer")
        if self.temperature is not None and not 0.0 <= self.temperature <= 2.0:
            raise ValueError(f"`temperature` (={self.temperature}) has to be between 0 and 2")
        if self.top_p is not None and not (0.0 < self.top_p <= 1.0 and math.isfinite(self.top_p)):
            raise ValueError(f"`top_p` (={self.top_p}) has to be in (0, 1]")
        if len(self.stop) > MAX_STOPS or any(not s for s in self.stop):
            raise ValueError(f"`stop` has to be at most {MAX_STOPS} non-empty strings")

    def apply(self, route: Route) -> Route:
        """The route with this request's options applied within its policy."""
        policy = decoding_of(route)
        changes: dict[str, object] = {}
        if self.max_tokens is not None and self.max_tokens < policy.max_new_tokens:
            changes["max_new_tokens"] = self.max_tokens
        if self.stop:
            changes["stop"] = tuple(dict.fromkeys((*policy.stop, *self.stop)))
        if policy.client_sampling:
            if self.temperature is not None:
                changes["temperature"] = self.temperature
            if self.top_p is not None:
                changes["top_p"] = self.top_p
        if not changes:
            return route
        return with_decoding(route, DecodingSpec.model_validate({**policy.model_dump(), **changes}))


# The one place that knows where a route keeps its decoding settings.
def decoding_of(route: Route) -> DecodingSpec:
    """The route's decoding settings."""
    return route.steering.decoding


def with_decoding(route: Route, decoding: DecodingSpec) -> Route:
    """A copy of `route` with other decoding settings."""
    return dataclasses.replace(route, steering=route.steering.model_copy(update={"decoding": decoding}))
