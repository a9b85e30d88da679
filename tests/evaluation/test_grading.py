"""The utility grader, on hand-written tables."""

from __future__ import annotations

from datetime import date

import pytest

from guardrail.evaluation.grading import contains_date, contains_number, is_correct
from guardrail.evaluation.scenarios import Expected


@pytest.mark.parametrize(
    ("answer", "correct"),
    [
        ("The total is $1,234.56.", True),
        ("It came to 1234.56 dollars", True),
        ("USD 1234.56", True),
        ("The total is $1,234.", False),
        ("The total is $11,234.56", False),
        ("The total is 1234.65", False),
        ("I cannot tell.", False),
    ],
)
def test_number_grading(answer: str, correct: bool) -> None:
    assert contains_number(answer, 1234.56) is correct
    assert is_correct(answer, Expected("number", "1234.56")) is correct


@pytest.mark.parametrize(
    ("answer", "correct"),
    [
        ("Delivery is on May 7, 2025.", True),
        ("It arrives May 7th.", True),
        ("on the 7th of May", True),
        ("7 May 2025", True),
        ("scheduled: 2025-05-07", True),
        ("on 5/7/2025", True),
        ("Delivery on May 17, 2025.", False),
        ("Delivery in March 7.", False),
        ("2025-05-08", False),
    ],
)
def test_date_grading(answer: str, correct: bool) -> None:
    assert contains_date(answer, date(2025, 5, 7)) is correct
    assert is_correct(answer, Expected("date", "2025-05-07")) is correct


def test_text_grading_ignores_case_and_spacing_only() -> None:
    expected = Expected("text", "noise-cancelling headphones")
    assert is_correct("Your Noise Cancelling Headphones are broken.", expected)
    assert not is_correct("Your headphones are broken.", expected)
    with pytest.raises(ValueError, match="unknown expected kind"):
        is_correct("x", Expected("colour", "red"))
