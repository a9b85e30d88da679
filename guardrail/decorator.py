"""`@protect`: pass whatever a handler returns through a tenant's output filter.

```python
@protect(guard, tenant="acme-bank", source="public_web")
def customer_summary(customer_id: str) -> dict: ...
```

Strings, dict keys and values, lists, tuples, sets, pydantic models and dataclasses, nested
to any depth, come back as filtered copies of the same type; one handler call is one
analysis batch and one audit event (`Guardrail.redact_many`). Numbers of `MIN_DIGITS` digits
or more are filtered as text (a 9-digit integer also in the `123-45-6789` layout, which
is how US SSNs are recognised): one whose digits form a value the route filters (a phone,
card, SSN or account number) comes back as the filtered text, a `str` such as
`"<PHONE_NUMBER>"`; smaller numbers (quantities, prices, years) pass unchanged. A pydantic
field cannot hold that text, so a filtered number inside a pydantic model raises
`FilterError`, as does a dict key or set member whose filtered form equals another's
(entries are never merged silently). Generators and async generators are streamed through
the route's streaming filter, so only text that is safe to release leaves the handler; one
streaming filter reads all of a generator's text, so a non-text item (filtered whole and
yielded at once) between two pieces never splits a value into two unfiltered halves. A
value the filter cannot read (bytes, a file, a response object) raises `FilterError`
instead of passing through unfiltered. LangChain messages are filtered field by field, tool
calls included (`guardrail.langchain.fields`).

An exception the handler raises is raised again as the same type with a filtered message
(`RouteFilter.filter_exception`): the original is chained only where the route's
`filter.exceptions` is `allow`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from guardrail.relay import arelay, relay
from guardrail.route_filter import RouteFilter, afiltered_call, filtered_call
from guardrail.values import MIN_DIGITS, NUMBER_LAYOUTS, filter_value

if TYPE_CHECKING:
    from guardrail.protocols import Redactor, StreamFilter

__all__ = ["MIN_DIGITS", "NUMBER_LAYOUTS", "RouteFilter", "filter_value", "protect"]

F = TypeVar("F", bound=Callable[..., Any])


def protect(
    guard: Redactor,
    *,
    tenant: str | Callable[..., str],
    source: str | Callable[..., str | None] | None = None,
    redact_input: bool = False,
) -> Callable[[F], F]:
    """Filter what the decorated handler returns through the output filter of a route.

    Args:
        guard: a `guardrail.Guardrail` (only `store`, `redact_many` and `filter_stream` are
            used, so the model is never loaded).
        tenant: the tenant name, or a callable that receives the handler's arguments (or no
            arguments, if it declares none) and returns it, e.g. read from a request header.
        source: the traffic source, a callable like `tenant`, or None for the tenant's
            default source.
        redact_input: also filter the handler's string arguments before it sees them.

    Returns:
        A decorator that keeps the handler's name, docstring and signature. Sync and async
        functions return filtered values; generators and async generators yield filtered
        text as it becomes safe to release (the route is resolved when the handler is
        called, before the generator starts).

    Raises:
        PolicyError: at call time, for an unknown tenant or source; the handler does not run.
        FilterError: when the filter fails and the policy says `on_error: block`, or for a
            returned value the filter cannot read.
    """

    def decorate(handler: F) -> F:
        def bind(args: tuple, kwargs: dict) -> tuple[RouteFilter, tuple, dict]:
            name = _resolve(tenant, args, kwargs)
            where = _resolve(source, args, kwargs)
            guard.store.route(name, where)  # PolicyError before the handler runs
            route = RouteFilter(guard, name, where)
            if redact_input:  # one more batch and audit event, for the string arguments
                strings = [a for a in (*args, *kwargs.values()) if isinstance(a, str)]
                clean = iter(r.text for r in route.redact_many(strings))
                args = tuple(next(clean) if isinstance(a, str) else a for a in args)
                kwargs = {k: next(clean) if isinstance(v, str) else v for k, v in kwargs.items()}
            return route, args, kwargs

        if inspect.isasyncgenfunction(handler):

            @functools.wraps(handler)
            def agen_wrapper(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
                route, args, kwargs = bind(args, kwargs)
                return arelay(functools.partial(_ItemStream, route), handler(*args, **kwargs), offload=True)

            return agen_wrapper  # type: ignore[return-value]

        if inspect.iscoroutinefunction(handler):

            @functools.wraps(handler)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                route, args, kwargs = bind(args, kwargs)
                return await afiltered_call(route, handler(*args, **kwargs), route.filter_output)

            return async_wrapper  # type: ignore[return-value]

        if inspect.isgeneratorfunction(handler):

            @functools.wraps(handler)
            def gen_wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
                route, args, kwargs = bind(args, kwargs)
                return relay(functools.partial(_ItemStream, route), handler(*args, **kwargs))

            return gen_wrapper  # type: ignore[return-value]

        @functools.wraps(handler)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            route, args, kwargs = bind(args, kwargs)
            return filtered_call(route, lambda: handler(*args, **kwargs), route.filter_output)

        return wrapper  # type: ignore[return-value]

    return decorate


def _resolve(value: Any, args: tuple, kwargs: dict) -> Any:
    if not callable(value):
        return value
    try:
        takes_nothing = not inspect.signature(value).parameters
    except (TypeError, ValueError):  # builtins without a signature
        takes_nothing = False
    return value() if takes_nothing else value(*args, **kwargs)


class _ItemStream:
    """What a generator handler yields, through the route's filter (a `relay.Step`).

    Strings go through one streaming filter for the whole generator; any other item is
    filtered whole and released at once (text the filter still holds back follows it). An exception from the handler is raised filtered; the text held back
    then is dropped.
    """

    done = False

    def __init__(self, route: RouteFilter) -> None:
        self._route = route
        self._stream: StreamFilter = route.open_stream()

    def push(self, item: Any) -> list[Any]:
        out = self._stream.feed(item) if isinstance(item, str) else self._route.filter_output(item)
        return [] if out == "" else [out]

    def finish(self) -> list[str]:
        rest = self._stream.close()
        return [rest] if rest else []

    def fail(self, exc: Exception) -> BaseException:
        return self._route.filter_exception(exc)
