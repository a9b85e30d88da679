"""Filtered copies of returned values: every string, dict key and long number in one batch.

`filter_value` walks a value twice: once to collect every text to analyse (strings, dict
keys, numbers of `MIN_DIGITS` digits or more), then, after one call to the filter, to
rebuild a copy of the same types from the results. The rules are in `guardrail.decorator`'s docstring.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import decimal
import enum
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from guardrail.errors import FilterError

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
            layouts.insert(0, NUMBER_LAYOUTS[len(digits)](digits))  # the more specific reading first
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
