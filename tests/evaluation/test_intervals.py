"""Wilson 95% intervals on hand-made counts, and how rates carry them into the report."""

from __future__ import annotations

import pytest

from guardrail.evaluation.metrics import Rate, count, wilson


@pytest.mark.parametrize(
    ("hits", "total", "low", "high"),
    [
        (0, 10, 0.0, 0.2775),  # never 0-wide at 0 hits, unlike the normal approximation
        (5, 10, 0.2366, 0.7634),
        (10, 10, 0.7225, 1.0),
        (1, 2, 0.0945, 0.9055),
        (13, 128, 0.0604, 0.1662),  # ~10% of 128 privacy questions: the target's resolution
        (64, 128, 0.4142, 0.5858),
    ],
)
def test_wilson_interval(hits, total, low, high):
    interval = wilson(hits, total)
    assert interval.low == pytest.approx(low, abs=5e-4)
    assert interval.high == pytest.approx(high, abs=5e-4)


def test_wilson_of_nothing_is_none_and_bad_counts_raise():
    assert wilson(0, 0) is None
    for hits, total in ((-1, 3), (4, 3)):
        with pytest.raises(ValueError, match="hits"):
            wilson(hits, total)


def test_rate_from_flags():
    rate = count([True, False, False, True])
    assert rate == Rate(2, 4) and rate.value == 0.5
    assert rate.interval == wilson(2, 4)
    assert Rate(0, 0).value is None and Rate(0, 0).interval is None


def test_report_cells_and_json_carry_counts_and_intervals():
    from guardrail.evaluation.report import rate_cell

    assert rate_cell(Rate(13, 128)) == "13/128 10% [6–17]"
    assert rate_cell(Rate(13, 128), interval=False) == "13/128 10%"
    assert rate_cell(Rate(0, 0)) == "–"
