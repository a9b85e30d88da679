"""Per-request decoding overrides a caller may ask for, always bounded by the route's policy.

An API caller (the HTTP service, a LangChain `stop=`) may shorten an answer, add stop strings
and, only where the source's policy sets `decoding.client_sampling: true`, choose its own
`temperature`, `top_p` and `seed`. It can never lengthen an answer past the policy's
`max_new_tokens` or change steering or filtering.

`check_option` is the one validator of these limits: `RequestOptions` runs it when it is
built and the HTTP service runs it on each field of a request body, so a limit is declared
once. A refusal is an `OptionsError` that names the option and the rule.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from guardrail.errors import OptionsError
from guardrail.policy.schema import DecodingSpec
from guardrail.policy.store import Route

MAX_STOPS = 4  # what OpenAI's API accepts
_RULES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "max_tokens": (lambda v: v >= 1, "has to be a positive integer"),
    "temperature": (lambda v: 0.0 <= v <= 2.0, "has to be between 0 and 2"),
    "top_p": (lambda v: 0.0 < v <= 1.0 and math.isfinite(v), "has to be in (0, 1]"),
    "seed": (lambda v: 0 <= v < 2**63, "has to be an integer in [0, 2**63)"),
}


def check_option(name: str, value: Any) -> None:
    """Refuse a value outside what any policy allows for option `name` (None is always allowed).

    Args:
        name: `max_tokens`, `temperature`, `top_p`, `seed` or `stop` (a sequence of strings).
        value: the value asked for.

    Raises:
        OptionsError: naming the option and its rule (a `ValueError` too).
    """
    if value is None:
        return
    if name == "stop":
        if len(value) > MAX_STOPS or any(not s for s in value):
            raise OptionsError(f"`stop` has to be at most {MAX_STOPS} non-empty strings")
        return
    allowed, rule = _RULES[name]
    if not allowed(value):
        raise OptionsError(f"`{name}` (={value}) {rule}")


@dataclass(frozen=True)
class RequestOptions:
    """What one request asks of the decoder.

    Args:
        max_tokens: most completion tokens; capped by the route's `max_new_tokens`.
        stop: stop strings, added to the route's own.
        temperature: sampling temperature (0 = greedy); ignored unless the policy allows it.
        top_p: nucleus mass; ignored unless the policy allows it.
        seed: the sampling generator's seed; ignored unless the policy allows it.

    Raises:
        OptionsError: a value outside what any policy allows (`check_option`).
    """

    max_tokens: int | None = None
    stop: tuple[str, ...] = ()
    temperature: float | None = None
    top_p: float | None = None
    seed: int | None = None

    def __post_init__(self) -> None:
        for item in dataclasses.fields(self):
            check_option(item.name, getattr(self, item.name))

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
            if self.seed is not None:
                changes["seed"] = self.seed
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
