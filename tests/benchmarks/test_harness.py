"""`benchmarks/harness.py`: the pieces every benchmark script shares."""

from __future__ import annotations

import json
import math
import sys
import threading
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import harness  # noqa: E402


@pytest.mark.parametrize(("values", "q", "expected"), [
    pytest.param([3.0, 1.0, 2.0], 50, 2.0, id="median-of-three"),
    pytest.param([float(v) for v in range(1, 9)], 95, 8.0, id="p95-of-eight-is-the-largest"),
    pytest.param([float(v) for v in range(1, 101)], 99, 99.0, id="p99-of-hundred"),
])
def test_percentile_is_nearest_rank(values: list[float], q: float, expected: float) -> None:
    assert harness.percentile(values, q) == expected


def test_percentile_of_nothing_is_nan() -> None:
    assert math.isnan(harness.percentile([], 50))


def test_together_releases_every_caller_at_once_and_keeps_the_order() -> None:
    meeting = threading.Barrier(4, timeout=5)  # only passes if all four run at the same time

    def caller(i: int):
        return lambda: (meeting.wait(), i)[1]

    seconds, results = harness.together([caller(i) for i in range(4)])
    assert results == [0, 1, 2, 3] and seconds >= 0


def test_timed_returns_the_median_and_the_last_value() -> None:
    calls = iter(range(3))
    seconds, value = harness.timed(lambda: next(calls), repeats=3)
    assert value == 2 and seconds >= 0


def test_arguments_take_json_and_write_json_writes_only_when_asked(tmp_path: Path) -> None:
    args = harness.arguments(__doc__).parse_args(["--json", str(tmp_path / "out.json")])
    harness.write_json(args.json, {"ratio": 1.5, "name": "café"})
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == {"ratio": 1.5, "name": "café"}
    harness.write_json(None, {"ignored": True})  # no path: nothing written, no error


def test_write_yaml_writes_repeated_values_out_in_full(tmp_path: Path) -> None:
    shared = {"max_new_tokens": 4}
    text = harness.write_yaml(tmp_path / "p.yaml", {"a": shared, "b": shared}).read_text()
    assert "&" not in text and "*" not in text  # policy files refuse YAML anchors and aliases
    assert yaml.safe_load(text) == {"a": shared, "b": shared}


def test_ratio_prints_value_detail_and_target(capsys: pytest.CaptureFixture[str]) -> None:
    harness.ratio("CFG / plain", 1.214, "<= 1.1", "93 vs 77 ms")
    assert capsys.readouterr().out == "CFG / plain: 1.21x (93 vs 77 ms; target <= 1.1)\n"
