"""`RouteFilter`: the output filter of one call's route, for whole values, streams and exceptions.

Every surface that returns what someone else's code produced (`@protect`, `guard_runnable`,
the agent middleware) filters through one of these, so the rules live in one place: the
walker of `guardrail.values` for values, the route's `StreamingFilter` for text streams, and
`filter_exception` for what is raised. LangChain messages and documents are walked field by
field (`guardrail.langchain.fields`) whenever langchain-core is loaded.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import sys
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from guardrail.audit import AuditEvent, emit
from guardrail.errors import GuardrailError
from guardrail.values import Hook, filter_value

if TYPE_CHECKING:
    from guardrail.filtering.base import FilterResult
    from guardrail.policy.schema import FilterSpec
    from guardrail.policy.store import Route
    from guardrail.protocols import Redactor, StreamFilter

T = TypeVar("T")
U = TypeVar("U")


@dataclasses.dataclass(frozen=True)
class RouteFilter:
    """The output filter of one call's route.

    Args:
        guard: the `Guardrail` (its `store`, `redact_many` and `filter_stream` are used).
        tenant: the tenant.
        source: the source, None for the tenant's default.
    """

    guard: Redactor
    tenant: str
    source: str | None

    @functools.cached_property
    def route(self) -> Route:
        """The resolved `Route` (raises `PolicyError` for an unknown tenant or source)."""
        return self.guard.store.route(self.tenant, self.source)

    @property
    def spec(self) -> FilterSpec:
        """The route's `FilterSpec`."""
        return self.route.filter

    def redact_many(self, texts: list[str]) -> list[FilterResult]:
        """Strings through the route's filter: one analysis batch, one audit event."""
        return self.guard.redact_many(texts, tenant=self.tenant, source=self.source)

    def open_stream(self) -> StreamFilter:
        """A fresh `StreamingFilter` for the route."""
        return self.guard.filter_stream(tenant=self.tenant, source=self.source)

    def fields(self, tool_calls: str | None = None) -> Hook | None:
        """A fresh walker hook for this route's LangChain values (None when langchain-core is not loaded).

        Args:
            tool_calls: the tool-call mode, if not the route's `filter.tool_calls`.
        """
        if "langchain_core" not in sys.modules:
            return None
        from guardrail.langchain.fields import MessageFields

        return MessageFields(tool_calls or self.spec.tool_calls)

    def filter_output(self, value: Any, tool_calls: str | None = None) -> Any:
        """A filtered copy of a whole value; tool calls in it follow the route's `filter.tool_calls`
        (or `tool_calls`, see `MessageFields`)."""
        fields = self.fields(tool_calls)
        out = filter_value(value, self.redact_many, fields)
        tool_counts, blocked = getattr(fields, "tool_counts", None), getattr(fields, "blocked", 0)
        if tool_counts or blocked:
            self._audit("tool_calls", "blocked" if blocked else "ok", tool_counts, tool_calls_blocked=blocked)
        return out

    def filter_exception(self, exc: BaseException) -> BaseException:
        """The exception to raise in place of `exc`: same type, filtered `args` and message.

        guardrail's own errors (which never quote values) and non-`Exception`s such as
        `KeyboardInterrupt` are returned as they are. The original is chained as `__cause__`
        (with its traceback) only where the route's `filter.exceptions` is `allow`. Raise the
        result outside the `except` block that caught `exc`, or Python links it as `__context__`.

        Raises:
            FilterError: the filter failed (the policy's `on_error: block`).
        """
        if isinstance(exc, GuardrailError) or not isinstance(exc, Exception):
            return exc
        new = filter_value(exc, self.redact_many, self.fields())
        if self.spec.exceptions == "allow":
            new.__cause__ = exc
            new = new.with_traceback(exc.__traceback__)
        else:
            new.__suppress_context__ = True
        self._audit("exception", "error", None, error=type(exc).__name__)
        return new

    def _audit(self, surface: str, outcome: str, counts: Counter | None, **extra: Any) -> None:
        emit(
            AuditEvent(
                request_id=uuid.uuid4().hex,
                surface=surface,
                tenant=self.route.tenant,
                source=self.route.source,
                outcome=outcome,
                entity_counts=dict(counts or {}),
                **extra,
            )
        )


def filtered_call(route: RouteFilter, call: Callable[[], T], then: Callable[[T], U]) -> U:
    """`then(call())`; an exception `call` raises is raised filtered (`RouteFilter.filter_exception`)."""
    try:
        output = call()
    except Exception as exc:
        failure = route.filter_exception(exc)
    else:
        return then(output)
    raise failure  # outside `except`: the original is not linked as its context


async def afiltered_call(route: RouteFilter, call: Awaitable[T], then: Callable[[T], U]) -> U:
    """`filtered_call` for a coroutine; `then` and the filter run in a worker thread."""
    try:
        output = await call
    except Exception as exc:
        failure = await asyncio.to_thread(route.filter_exception, exc)
    else:
        return await asyncio.to_thread(then, output)
    raise failure
