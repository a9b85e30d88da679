"""`@protect`: pass whatever a handler returns through a tenant's output filter.

```python
@protect(guard, tenant="acme-bank", source="public_web")
def customer_summary(customer_id: str) -> dict: ...
```

Strings, dicts and lists (recursively; keys are never touched), tuples, sets, pydantic models
and dataclasses come back as filtered copies of the same type. Generators and async
generators are streamed through the route's streaming filter, so only text that is safe to
release leaves the handler. A value the filter cannot read (bytes, a file, a response object)
raises `FilterError` instead of passing through unfiltered.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import datetime
import decimal
import enum
import functools
import inspect
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel

from guardrail.errors import FilterError

F = TypeVar("F", bound=Callable[..., Any])
Redact = Callable[[str], str]
# A hook that filters the values it knows (e.g. LangChain messages) and returns
# NotImplemented for the rest; it receives the value and the recursive filter.
Hook = Callable[[Any, Callable[[Any], Any]], Any]

# Values that cannot carry free text: returned as they are.
_PLAIN = (
    type(None),
    bool,
    int,
    float,
    complex,
    decimal.Decimal,
    datetime.date,
    datetime.time,
    datetime.timedelta,
    uuid.UUID,
    enum.Enum,
)


def filter_value(value: Any, redact: Redact, hook: Hook | None = None) -> Any:
    """Return a copy of `value` with every string in it passed through `redact`.

    Args:
        value: a str, a mapping (keys untouched), list, tuple, set, pydantic model or
            dataclass instance, nested to any depth; numbers, dates, UUIDs, enums and
            None pass unchanged.
        redact: the output filter for one string.
        hook: called first on every value; returns the filtered value, or NotImplemented
            to let the generic rules apply.

    Raises:
        FilterError: for a value of another type (bytes, file, response object, ...):
            guardrail never returns what it cannot read.
    """

    def walk(item: Any) -> Any:
        if hook is not None:
            done = hook(item, walk)
            if done is not NotImplemented:
                return done
        if isinstance(item, _PLAIN):  # before str: a str-valued Enum stays the enum member
            return item
        if isinstance(item, str):
            return redact(item) if item.strip() else item
        if isinstance(item, BaseModel):
            return item.model_copy(update={name: walk(getattr(item, name)) for name in type(item).model_fields})
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            fields = {f.name: walk(getattr(item, f.name)) for f in dataclasses.fields(item) if f.init}
            return dataclasses.replace(item, **fields)
        if isinstance(item, Mapping):
            return _copy_mapping(item, walk)
        if isinstance(item, list):
            out = copy.copy(item)  # keeps list subclasses
            out[:] = [walk(v) for v in item]
            return out
        if isinstance(item, tuple):
            items = [walk(v) for v in item]
            return type(item)(*items) if hasattr(item, "_fields") else type(item)(items)
        if isinstance(item, (set, frozenset)):
            return type(item)(walk(v) for v in item)
        raise FilterError(
            f"the output filter cannot read a value of type {type(item).__qualname__}; return str, dict, list, "
            "tuple, a pydantic model or a dataclass (convert it first). guardrail does not pass unread values through"
        )

    return walk(value)


def _copy_mapping(item: Mapping, walk: Callable[[Any], Any]) -> Mapping:
    if type(item) is dict:
        return {key: walk(v) for key, v in item.items()}
    if isinstance(item, dict):
        out = copy.copy(item)  # keeps dict subclasses (defaultdict, OrderedDict, ...)
        for key, v in item.items():
            out[key] = walk(v)
        return out
    return {key: walk(v) for key, v in item.items()}


def protect(
    guard: Any,
    *,
    tenant: str | Callable[..., str],
    source: str | Callable[..., str | None] | None = None,
    redact_input: bool = False,
) -> Callable[[F], F]:
    """Filter what the decorated handler returns through the output filter of a route.

    Args:
        guard: a `guardrail.Guardrail` (only `store`, `redact` and `filter_stream` are used,
            so the model is never loaded).
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
            if redact_input:
                args = tuple(route.redact(a) if isinstance(a, str) else a for a in args)
                kwargs = {k: route.redact(v) if isinstance(v, str) else v for k, v in kwargs.items()}
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
                result = await handler(*args, **kwargs)
                return await asyncio.to_thread(route.filter_output, result)

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
            return route.filter_output(handler(*args, **kwargs))

        return wrapper  # type: ignore[return-value]

    return decorate


@dataclasses.dataclass(frozen=True)
class RouteFilter:
    """The output filter of one call's route, for whole values and for streams.

    Args:
        guard: the `Guardrail` (its `redact` and `filter_stream` are used).
        tenant: the tenant.
        source: the source, None for the tenant's default.
        hook: extra value types to filter (see `filter_value`).
    """

    guard: Any
    tenant: str
    source: str | None
    hook: Hook | None = None

    def redact(self, text: str) -> str:
        """One string through the route's filter."""
        return self.guard.redact(text, tenant=self.tenant, source=self.source).text

    def open_stream(self) -> Any:
        """A fresh `StreamingFilter` for the route."""
        return self.guard.filter_stream(tenant=self.tenant, source=self.source)

    def filter_output(self, value: Any) -> Any:
        """A filtered copy of a whole value."""
        return filter_value(value, self.redact, self.hook)


def _resolve(value: Any, args: tuple, kwargs: dict) -> Any:
    if not callable(value):
        return value
    try:
        takes_nothing = not inspect.signature(value).parameters
    except (TypeError, ValueError):  # builtins without a signature
        takes_nothing = False
    return value() if takes_nothing else value(*args, **kwargs)


def _filter_stream(items: Iterator[Any], route: RouteFilter) -> Iterator[Any]:
    """Stream `items` through the route's streaming filter.

    Strings go through one streaming filter; any other item closes it (releasing the rest),
    is filtered whole, and a fresh streaming filter takes the strings after it.
    """
    stream = route.open_stream()
    try:
        for item in items:
            if isinstance(item, str):
                text = stream.feed(item)
                if text:
                    yield text
                continue
            rest = stream.close()
            if rest:
                yield rest
            yield route.filter_output(item)
            stream = route.open_stream()
        rest = stream.close()
        if rest:
            yield rest
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()  # the consumer stopped early: stop the handler too


async def _filter_async_stream(items: AsyncIterator[Any], route: RouteFilter) -> AsyncIterator[Any]:
    """The async twin of `_filter_stream`; filtering runs in a worker thread."""
    stream = route.open_stream()
    try:
        async for item in items:
            if isinstance(item, str):
                text = await asyncio.to_thread(stream.feed, item)
                if text:
                    yield text
                continue
            rest = await asyncio.to_thread(stream.close)
            if rest:
                yield rest
            yield await asyncio.to_thread(route.filter_output, item)
            stream = route.open_stream()
        rest = await asyncio.to_thread(stream.close)
        if rest:
            yield rest
    finally:
        aclose = getattr(items, "aclose", None)
        if aclose is not None:
            await aclose()
