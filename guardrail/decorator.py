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
the route's streaming filter, so only text that is safe to release leaves the handler. A
value the filter cannot read (bytes, a file, a response object) raises `FilterError`
instead of passing through unfiltered.
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
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

from guardrail.errors import FilterError

F = TypeVar("F", bound=Callable[..., Any])
# Filters a batch of strings; returns one result with `.text` and `.findings` per string.
RedactMany = Callable[[list[str]], Sequence[Any]]
# A hook that filters the values it knows (e.g. LangChain messages) and returns
# NotImplemented for the rest; it receives the value and the recursive filter.
Hook = Callable[[Any, Callable[[Any], Any]], Any]

MIN_DIGITS = 6
"""Numbers with fewer digits are never personal values here (quantities, prices, years)."""
NUMBER_LAYOUTS: dict[int, Callable[[str], str]] = {9: lambda d: f"{d[:3]}-{d[3:5]}-{d[5:]}"}
"""Extra layouts a number of that many digits is analysed in (recognizers that need separators)."""

# Values that cannot carry free text: returned as they are.
_PLAIN = (
    type(None),
    bool,
    complex,
    datetime.date,
    datetime.time,
    datetime.timedelta,
    uuid.UUID,
    enum.Enum,
)
_NUMBERS = (int, float, decimal.Decimal)


def filter_value(value: Any, redact: RedactMany, hook: Hook | None = None) -> Any:
    """Return a copy of `value` with every string and long number in it filtered by one `redact` call.

    Args:
        value: a str, number, mapping (keys and values), list, tuple, set, pydantic model or
            dataclass instance, nested to any depth; dates, UUIDs, enums and None pass unchanged.
        redact: the output filter for a batch of strings, called exactly once.
        hook: called first on every value; returns the filtered value, or NotImplemented
            to let the generic rules apply.

    Raises:
        FilterError: for a value of another type (bytes, file, response object, ...):
            guardrail never returns what it cannot read; for two dict keys or set members
            that become equal; for a filtered number inside a pydantic model.
    """
    texts: list[str] = []
    _Walk(hook, texts.append).walk(value)  # first pass: collect every text to analyse
    results = iter(redact(texts))
    return _Walk(hook, lambda _text: next(results)).walk(value)


class _Walk:
    """One pass over a value; `analyse(text)` is called for every text in a fixed order.

    The first pass collects the texts (`analyse` returns None); the second rebuilds the
    value from the filter's results, in the same order.
    """

    def __init__(self, hook: Hook | None, analyse: Callable[[str], Any]) -> None:
        self.hook = hook
        self.analyse = analyse
        self.model: str | None = None  # "Model.field" while inside a pydantic model

    def walk(self, item: Any) -> Any:
        if self.hook is not None:
            done = self.hook(item, self.walk)
            if done is not NotImplemented:
                return done
        if isinstance(item, _PLAIN):  # before str and int: enum members stay as they are
            return item
        if isinstance(item, str):
            return self._text(item)
        if isinstance(item, _NUMBERS):
            return self._number(item)
        if isinstance(item, BaseModel):
            return self._model(item)
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            fields = {f.name: self.walk(getattr(item, f.name)) for f in dataclasses.fields(item) if f.init}
            return dataclasses.replace(item, **fields)
        if isinstance(item, Mapping):
            return self._mapping(item)
        if isinstance(item, list):
            out = copy.copy(item)  # keeps list subclasses
            out[:] = [self.walk(v) for v in item]
            return out
        if isinstance(item, tuple):
            items = [self.walk(v) for v in item]
            return type(item)(*items) if hasattr(item, "_fields") else type(item)(items)
        if isinstance(item, (set, frozenset)):
            return type(item)(_distinct([self.walk(v) for v in item], "members of a set"))
        raise FilterError(
            f"the output filter cannot read a value of type {type(item).__qualname__}; return str, a number, dict, "
            "list, tuple, a pydantic model or a dataclass (convert it first). guardrail does not pass unread values through"
        )

    def _text(self, text: str) -> Any:
        if not text.strip():
            return text
        result = self.analyse(text)
        return text if result is None else result.text

    def _number(self, number: Any) -> Any:
        digits = _digits(number)
        if sum(c.isdigit() for c in digits) < MIN_DIGITS:
            return number
        layouts = [digits]
        if digits.isdigit() and len(digits) in NUMBER_LAYOUTS:
            layouts.append(NUMBER_LAYOUTS[len(digits)](digits))
        results = [self.analyse(layout) for layout in layouts]
        found = next((r for r in results if r is not None and r.findings), None)
        if found is None:
            return number
        if self.model is not None:
            kinds = sorted({f.entity_type for f in found.findings})
            raise FilterError(
                f"{self.model} holds a number that the route filters as {', '.join(kinds)}; a pydantic field "
                "cannot hold the filtered text, so nothing is returned. Declare the field as str or drop the value"
            )
        return found.text

    def _model(self, item: BaseModel) -> BaseModel:
        outer, update = self.model, {}
        try:
            for name in type(item).model_fields:
                self.model = f"{type(item).__qualname__}.{name}"
                update[name] = self.walk(getattr(item, name))
        finally:
            self.model = outer
        return item.model_copy(update=update)

    def _mapping(self, item: Mapping) -> Mapping:
        keys = _distinct([self.walk(k) for k in item.keys()], "keys of a dict")
        values = [self.walk(v) for v in item.values()]
        if type(item) is dict or not isinstance(item, dict):
            return dict(zip(keys, values))
        out = copy.copy(item)  # keeps dict subclasses (defaultdict, OrderedDict, ...)
        out.clear()
        out.update(zip(keys, values))
        return out


def _digits(number: Any) -> str:
    """How a number reads as text (an integral float without its `.0`)."""
    if isinstance(number, float) and number.is_integer() and abs(number) < 1e16:
        return str(int(number))
    return str(number)


def _distinct(after: list[Any], what: str) -> list[Any]:
    """`after` (the filtered keys or members), unless filtering made two of them equal."""
    if len(set(after)) < len(after):
        raise FilterError(
            f"two {what} became equal after filtering (each held a value the route filters); nothing is returned "
            "rather than merging them. Key the data by ids that are not personal data"
        )
    return after


def protect(
    guard: Any,
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
        guard: the `Guardrail` (its `redact_many` and `filter_stream` are used).
        tenant: the tenant.
        source: the source, None for the tenant's default.
        hook: extra value types to filter (see `filter_value`).
    """

    guard: Any
    tenant: str
    source: str | None
    hook: Hook | None = None

    def redact_many(self, texts: list[str]) -> list[Any]:
        """Strings through the route's filter: one analysis batch, one audit event."""
        return self.guard.redact_many(texts, tenant=self.tenant, source=self.source)

    def open_stream(self) -> Any:
        """A fresh `StreamingFilter` for the route."""
        return self.guard.filter_stream(tenant=self.tenant, source=self.source)

    def filter_output(self, value: Any) -> Any:
        """A filtered copy of a whole value."""
        return filter_value(value, self.redact_many, self.hook)


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
