"""Results that the steps of one analysis share, forgotten when it ends.

The NER gate and the recognizers ask for the names and street lines of the same segment
(`people.find_names`, `addresses.find_addresses`); `PresidioAnalyzer.analyze` runs inside
`one_analysis()`, so each is computed once per segment there, and no segment's text or
findings outlive the call in a cache of the process. Outside an analysis the functions
simply run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

T = TypeVar("T")
_RESULTS: ContextVar[dict[tuple[str, str], object] | None] = ContextVar("guardrail_analysis_results", default=None)


@contextmanager
def one_analysis() -> Iterator[None]:
    """Share the results of `shared_in_analysis` functions until the block ends (per thread or task)."""
    token = _RESULTS.set({})
    try:
        yield
    finally:
        _RESULTS.reset(token)


def shared_in_analysis(fn: Callable[[str], T]) -> Callable[[str], T]:
    """`fn(text)`, computed once per text inside `one_analysis()`."""
    @wraps(fn)
    def wrapper(text: str) -> T:
        results = _RESULTS.get()
        if results is None:
            return fn(text)
        key = (fn.__qualname__, text)
        if key not in results:
            results[key] = fn(text)
        return results[key]  # type: ignore[return-value]

    return wrapper
