"""A policy's custom pattern runs with a real time limit during the analysis, and running out
fails the filter closed (blocked or withheld), never skips the pattern."""

from __future__ import annotations

import threading
import time

import pytest

from guardrail.errors import FilterCheckError, FilterError
from guardrail.filtering.recognizers import custom_recognizer
from guardrail.policy import FilterSpec, RecognizerSpec

CATASTROPHIC = RecognizerSpec(name="runs", entity="RUN", patterns=[{"regex": "(a|aa)+$"}])
PROBE = "a" * 33 + "!"  # about 4 s of backtracking; 40 a's would take minutes


def timed(call, timeout_s: float = 10.0):
    """(result or exception, wall seconds, CPU seconds of the calling thread); fails if it hangs."""
    out: list = []

    def work() -> None:
        cpu = time.thread_time()
        try:
            out.append(call())
        except Exception as exc:  # the test inspects it
            out.append(exc)
        out.append(time.thread_time() - cpu)

    start = time.monotonic()
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(timeout_s)
    assert not thread.is_alive(), f"still running after {timeout_s} s"
    return out[0], time.monotonic() - start, out[1]


def test_the_pattern_stops_at_its_limit_during_the_match() -> None:
    recognizer = custom_recognizer(CATASTROPHIC, timeout_s=0.2)
    error, _, cpu = timed(lambda: recognizer.analyze(PROBE, ["RUN"]))
    assert isinstance(error, FilterCheckError)
    assert "the custom pattern 'runs[0]' ran longer than filter.timeout_s=0.2 s" in str(error)
    assert cpu < 0.6  # the regex module counts its limit in CPU time; wall time follows the machine's load


def test_a_fast_pattern_still_finds_its_values() -> None:
    spec = RecognizerSpec(name="tickets", entity="TICKET", patterns=[{"regex": r"\bT-\d{4}\b"}], deny_list=["Bluefin"])
    found = custom_recognizer(spec, timeout_s=0.2).analyze("T-1234 and Bluefin", ["TICKET"])
    assert sorted((r.start, r.end) for r in found) == [(0, 6), (11, 18)]


@pytest.mark.parametrize(("on_error", "outcome"), [("block", "blocked"), ("redact_all", "withheld")])
def test_the_output_filter_fails_closed_on_a_slow_pattern(on_error: str, outcome: str) -> None:
    from guard_fakes import shared_output_filter

    spec = FilterSpec(entities=("EMAIL_ADDRESS",), recognizers=(CATASTROPHIC,), timeout_s=0.2, on_error=on_error)
    shared_output_filter().filter("warm", spec, "t")  # builds the recognizers outside the measurement
    result, _, cpu = timed(lambda: shared_output_filter().filter(PROBE, spec, "t"))
    assert cpu < 1.5  # was ~4 s: the limit was checked only after the whole analysis
    if outcome == "blocked":
        assert isinstance(result, FilterError) and "filter.timeout_s=0.2" in str(result)
    else:
        assert result.withheld and PROBE not in result.text
