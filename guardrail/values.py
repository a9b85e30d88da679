"""Filtered copies of returned values: every string, dict key and long number in one batch.

`filter_value` walks a value twice: once to collect every text to analyse (strings, dict
keys, numbers of `MIN_DIGITS` digits or more), then, after one call to the filter, to
rebuild a copy of the same types from the results. The rules are in `guardrail.decorator`'s docstring.

This is the one walker of every surface (`@protect`, `guard_runnable`, `ChatGuardrail`, the
agent middleware). A hook adds the output types it knows field by field (LangChain messages:
`guardrail.langchain.fields`); pydantic models are walked with their extra fields and checked
on their computed fields; an exception is rebuilt as the same type with filtered `args` and
message (`RedactedError` where its type cannot be rebuilt).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import datetime
import decimal
import enum
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from guardrail.errors import FilterError, GuardrailError, RedactedError

# Filters a batch of strings; returns one result with `.text` and `.findings` per string.
RedactMany = Callable[[list[str]], Sequence[Any]]
# A hook that filters the values it knows (e.g. LangChain messages) and returns
# NotImplemented for the rest; it receives the value and the `Walker` of the pass.
Hook = Callable[[Any, "Walker"], Any]

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
    texts = texts_in(value, hook)  # first pass: collect every text to analyse
    results = iter(redact(texts))
    return Walker(hook, lambda _text: next(results), rebuilding=True).walk(value)


def texts_in(value: Any, hook: Hook | None = None) -> list[str]:
    """The texts `filter_value(value, ..., hook)` would analyse (empty: nothing to filter)."""
    texts: list[str] = []
    Walker(hook, texts.append).walk(value)
    return texts


class Walker:
    """One pass over a value; `analyse(text)` is called for every text in a fixed order.

    The first pass collects the texts (`analyse` returns None); the second
    (`rebuilding=True`) rebuilds the value from the filter's results, in the same order. A
    hook must therefore walk the same parts in both passes and decide only in the second.
    """

    def __init__(self, hook: Hook | None, analyse: Callable[[str], Any], rebuilding: bool = False) -> None:
        self.hook = hook
        self.analyse = analyse
        self.rebuilding = rebuilding
        self.model: str | None = None  # "Model.field" while inside a pydantic model
        self._scopes: list[Counter] = []

    @contextlib.contextmanager
    def scope(self) -> Iterator[Counter]:
        """Counts, by entity type, what the filter finds in the texts walked inside the block.

        Empty in the first pass, which has no results yet.
        """
        found: Counter = Counter()
        self._scopes.append(found)
        try:
            yield found
        finally:
            self._scopes.pop()

    def _seen(self, result: Any) -> None:
        for found in self._scopes:
            found.update(f.entity_type for f in result.findings)

    def walk(self, item: Any) -> Any:
        if self.hook is not None:
            done = self.hook(item, self)
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
        if isinstance(item, BaseException):
            return self._exception(item)
        raise FilterError(
            f"the output filter cannot read a value of type {type(item).__qualname__}; return str, a number, dict, "
            "list, tuple, a pydantic model or a dataclass (convert it first). guardrail does not pass unread values through"
        )

    def _text(self, text: str) -> Any:
        if not text.strip():
            return text
        result = self.analyse(text)
        if result is None:
            return text
        self._seen(result)
        return result.text

    def _number(self, number: Any) -> Any:
        digits = _digits(number)
        if sum(c.isdigit() for c in digits) < MIN_DIGITS:
            return number
        layouts = [digits]
        if digits.isdigit() and len(digits) in NUMBER_LAYOUTS:
            layouts.insert(0, NUMBER_LAYOUTS[len(digits)](digits))  # the more specific reading first
        results = [self.analyse(layout) for layout in layouts]
        found = next((r for r in results if r is not None and r.findings), None)
        if found is None:
            return number
        self._seen(found)
        if self.model is not None:
            kinds = sorted({f.entity_type for f in found.findings})
            raise FilterError(
                f"{self.model} holds a number that the route filters as {', '.join(kinds)}; a pydantic field "
                "cannot hold the filtered text, so nothing is returned. Declare the field as str or drop the value"
            )
        return found.text

    def _model(self, item: BaseModel) -> BaseModel:
        """Declared and extra fields are filtered; a computed field is checked on the copy."""
        kind = type(item)
        outer, update, computed = self.model, {}, {}
        try:
            for name in [*kind.model_fields, *(item.model_extra or {})]:
                self.model = f"{kind.__qualname__}.{name}"
                update[name] = self.walk(getattr(item, name))
            for name in kind.model_computed_fields:
                self.model = f"{kind.__qualname__}.{name}"
                computed[name] = (getattr(item, name), self.walk(getattr(item, name)))
        finally:
            self.model = outer
        out = item.model_copy(update=update)
        for name, (before, after) in computed.items():
            if self.rebuilding and after != before and getattr(out, name) != after:
                raise FilterError(
                    f"{kind.__qualname__}.{name} is a computed field that holds a value the route filters, and the "
                    "filtered fields do not compute its filtered form; nothing is returned. Make it a plain field "
                    "or compute it from fields the filter sees"
                )
        return out

    def _exception(self, exc: BaseException) -> BaseException:
        """The same exception type with filtered `args` and message (see `rebuild_exception`)."""
        if isinstance(exc, GuardrailError):  # written by guardrail: never quotes a value
            return exc
        args = tuple(self.walk(_readable(arg)) for arg in exc.args)
        attributes = {name: self.walk(_readable(value)) for name, value in sorted(vars(exc).items())}
        message = self._text(_message(exc))
        return rebuild_exception(exc, args, message, attributes) if self.rebuilding else exc

    def _mapping(self, item: Mapping) -> Mapping:
        keys = _distinct([self.walk(k) for k in item.keys()], "keys of a dict")
        values = [self.walk(v) for v in item.values()]
        if type(item) is dict or not isinstance(item, dict):
            return dict(zip(keys, values))
        out = copy.copy(item)  # keeps dict subclasses (defaultdict, OrderedDict, ...)
        out.clear()
        out.update(zip(keys, values))
        return out


def rebuild_exception(exc: BaseException, args: tuple, message: str, attributes: dict[str, Any]) -> BaseException:
    """A new exception of `exc`'s type whose `args`, attributes and `str()` are the filtered ones.

    Nothing else of the original is carried: no `__cause__`, `__context__` or traceback. An
    attribute the walker cannot read becomes its filtered text. Where the type cannot be
    built, or its message is not made from its `args` and attributes (a `__str__` that reads
    something else), a `RedactedError` naming the type carries the filtered message.
    """
    kind = type(exc)
    for build in (lambda: kind(*args), lambda: _bare(kind, args)):
        try:
            new = build()
            new.__dict__.update(attributes)
            if _message(new) == message:
                return new
        except Exception:  # noqa: BLE001 - a type that cannot be rebuilt gets RedactedError
            continue
    return RedactedError(f"{kind.__qualname__}: {message}")


def _bare(kind: type[BaseException], args: tuple) -> BaseException:
    new = kind.__new__(kind, *args)
    new.args = args
    return new


def _message(exc: BaseException) -> str:
    return str(exc)


def _readable(arg: Any) -> Any:
    """An exception argument the walker reads: types it cannot read become their text."""
    if isinstance(arg, (str, int, float, type(None), Mapping, list, tuple)):
        return arg
    return str(arg)


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
