"""A real time limit for the regular expressions a policy declares.

Presidio runs every pattern with the `regex` module's `timeout=` set to its own module
constant (60 s) and, when a pattern runs out of time, logs a warning and *skips* it: the text
passes as if the pattern had found nothing. A policy's custom pattern such as `(a|aa)+$` can
backtrack for minutes on 40 characters, so each one here runs with the filter's `timeout_s`,
and running out is a `FilterCheckError`, which the filter's `on_error` turns into a blocked or
withheld answer (fail closed). The `regex` module counts the limit in CPU time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from guardrail.errors import FilterCheckError


class _LimitedRegex:
    """A compiled pattern whose `finditer` ignores the caller's timeout and applies `timeout_s`."""

    def __init__(self, compiled: Any, name: str, timeout_s: float) -> None:
        self._compiled, self._name, self._timeout_s = compiled, name, timeout_s

    def finditer(self, text: str, *_args: Any, **_kwargs: Any) -> Iterator[Any]:
        try:
            yield from self._compiled.finditer(text, timeout=self._timeout_s)
        except TimeoutError:  # not re-raised as TimeoutError: Presidio would catch that and skip the pattern
            raise FilterCheckError(
                f"the custom pattern {self._name!r} ran longer than filter.timeout_s={self._timeout_s} s; "
                "simplify it (no nested or overlapping repetition such as (a|aa)+) or raise timeout_s"
            ) from None


def limit_patterns(recognizer: Any, timeout_s: float) -> Any:
    """Compile every pattern of a Presidio `PatternRecognizer` now, each limited to `timeout_s`.

    Returns:
        `recognizer`, whose patterns Presidio will no longer recompile.
    """
    import regex

    flags = recognizer.global_regex_flags
    for pattern in recognizer.patterns:
        pattern.compiled_regex = _LimitedRegex(regex.compile(pattern.regex, flags=flags), pattern.name, timeout_s)
        pattern.compiled_with_flags = flags
    return recognizer
