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

import asyncio
import functools
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from guardrail.route_filter import RouteFilter
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
                return _filter_async_stream(handler(*args, **kwargs), route)

            return agen_wrapper  # type: ignore[return-value]

        if inspect.iscoroutinefunction(handler):

            @functools.wraps(handler)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                route, args, kwargs = bind(args, kwargs)
                try:
                    result = await handler(*args, **kwargs)
                except Exception as exc:
                    failure = await asyncio.to_thread(route.filter_exception, exc)
                else:
                    return await asyncio.to_thread(route.filter_output, result)
                raise failure  # outside `except`: the original is not linked as its context

            return async_wrapper  # type: ignore[return-value]

        if inspect.isgeneratorfunction(handler):

            @functools.wraps(handler)
            def gen_wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
                route, args, kwargs = bind(args, kwargs)
                return _filter_stream(handler(*args, **kwargs), route)

            return gen_wrapper  # type: ignore[return-value]

        @functools.wraps(handler)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            route, args, kwargs = bind(args, kwargs)
            try:
                result = handler(*args, **kwargs)
            except Exception as exc:
                failure = route.filter_exception(exc)
            else:
                return route.filter_output(result)
            raise failure  # outside `except`: the original is not linked as its context

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


def _filter_item(route: RouteFilter, stream: StreamFilter, item: Any) -> Any:
    """One yielded item filtered: a string through the stream's filter, anything else whole."""
    return stream.feed(item) if isinstance(item, str) else route.filter_output(item)


def _filter_stream(items: Iterator[Any], route: RouteFilter) -> Iterator[Any]:
    """Stream `items` through the route's streaming filter.

    Strings go through one streaming filter for the whole generator; any other item is
    filtered whole and yielded at once (text the filter still holds back follows it). An
    exception from the handler is raised filtered; the text held back then is dropped.
    """
    stream, failure = route.open_stream(), None
    try:
        try:
            for item in items:
                out = _filter_item(route, stream, item)
                if out != "":
                    yield out
        except Exception as exc:
            failure = route.filter_exception(exc)
        else:
            if rest := stream.close():
                yield rest
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()  # the consumer stopped early: stop the handler too
    if failure is not None:
        raise failure


async def _filter_async_stream(items: AsyncIterator[Any], route: RouteFilter) -> AsyncIterator[Any]:
    """The async twin of `_filter_stream`; filtering runs in a worker thread."""
    stream, failure = route.open_stream(), None
    try:
        try:
            async for item in items:
                out = await asyncio.to_thread(_filter_item, route, stream, item)
                if out != "":
                    yield out
        except Exception as exc:
            failure = await asyncio.to_thread(route.filter_exception, exc)
        else:
            if rest := await asyncio.to_thread(stream.close):
                yield rest
    finally:
        aclose = getattr(items, "aclose", None)
        if aclose is not None:
            await aclose()
    if failure is not None:
        raise failure
