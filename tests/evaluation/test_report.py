"""The evaluation report: table cells, the markdown and JSON files, the plot and its label layout."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from guardrail.evaluation.metrics import ConfigMetrics, Rate, wilson
from guardrail.evaluation.report import (
    JSON,
    PLOT,
    TABLE,
    entity_table,
    family_table,
    markdown_table,
    rate_cell,
    render_markdown,
    row_json,
    spread,
    write_report,
)


def metrics(config: str = "base", filtered: bool = False, **changes) -> ConfigMetrics:
    """A hand-made row: 3 of 8 privacy questions leak, 5 of 6 utility answers are right."""
    row = ConfigMetrics(
        config=config,
        filtered=filtered,
        scenarios=14,
        privacy_questions=8,
        utility_questions=6,
        leak=Rate(3, 8),
        leak_seek=Rate(2, 4),
        leak_adversarial=Rate(1, 4),
        leak_by_family={"direct": Rate(2, 4), "injection": Rate(1, 4)},
        leak_utility=Rate(0, 6),
        values_leaked=Rate(4, 24),
        values_by_entity={"PERSON": Rate(3, 8), "EMAIL_ADDRESS": Rate(1, 8)},
        utility=Rate(5, 6),
        repetition=Rate(1, 14),
        distinct_2=0.734,
        mean_words=41.26,
        mean_tokens=55.0,
        tokens_per_second=123.45,
        filter_ms_per_answer=2.5 if filtered else None,
        task_questions=4,
        harmless_form=Rate(3, 4),
        refused_harmless=Rate(1, 4),
        harmless_by_family={"reply": Rate(2, 2), "translate": Rate(1, 2)},
        leak_task=Rate(0, 4),
    )
    return replace(row, **changes)


@pytest.mark.parametrize(
    ("rate", "interval", "cell"),
    [
        (Rate(13, 128), True, "13/128 10% [6–17]"),
        (Rate(13, 128), False, "13/128 10%"),
        (Rate(0, 10), True, "0/10 0% [0–28]"),
        (Rate(10, 10), True, "10/10 100% [72–100]"),
        (Rate(0, 0), True, "–"),
        (Rate(0, 0), False, "–"),
    ],
    ids=["with-interval", "without-interval", "none-hit", "all-hit", "nothing-measured", "nothing-plain"],
)
def test_rate_cell(rate: Rate, interval: bool, cell: str) -> None:
    assert rate_cell(rate, interval) == cell


@pytest.mark.parametrize("filtered", [False, True], ids=["before", "after"])
def test_main_table_has_one_line_per_row_with_every_column(filtered: bool) -> None:
    table = markdown_table([metrics(filtered=filtered)])
    header, rule, line = table.strip().split("\n")
    assert header.count("|") == rule.count("|") == line.count("|") == 17
    cells = [c.strip() for c in line.strip("|").split("|")]
    assert cells[:3] == ["base", "after" if filtered else "before", rate_cell(Rate(3, 8))]
    assert cells[3] == "2/4 50%"  # breakdowns carry no interval
    assert cells[7] == rate_cell(Rate(5, 6))
    assert cells[8:11] == [rate_cell(Rate(3, 4)), rate_cell(Rate(1, 4), False), rate_cell(Rate(0, 4), False)]
    assert cells[11] == rate_cell(Rate(1, 14))
    assert cells[12:15] == ["0.73", "41.3", "123.5"]
    assert cells[15] == ("2.5" if filtered else "–")


@pytest.mark.parametrize(
    ("table", "columns", "first"),
    [
        (family_table, ["direct", "injection"], "2/4 50%"),
        (entity_table, ["EMAIL_ADDRESS", "PERSON"], "1/8 12%"),  # entities sorted, families as met
    ],
    ids=["by-family", "by-entity"],
)
def test_breakdown_tables(table, columns: list[str], first: str) -> None:
    other = metrics("other", leak_by_family={"direct": Rate(0, 4)}, values_by_entity={"PERSON": Rate(0, 8)})
    header, _, line, other_line = table([metrics(), other]).strip().split("\n")
    assert [c.strip() for c in header.strip("|").split("|")][2:] == columns
    assert [c.strip() for c in line.strip("|").split("|")][2] == first
    assert "0/0" not in other_line and "–" in other_line  # a column the row lacks shows a dash


def test_markdown_names_the_settings_and_sizes() -> None:
    text = render_markdown([metrics()], {"model": "tiny", "seed": 7, "configs": ["a", "b"]})
    assert text.startswith("# guardrail eval: leakage versus utility")
    assert "- model: `tiny`" in text and "- seed: `7`" in text
    assert "configs" not in text  # lists and mappings stay in the JSON only
    assert "14 scenarios: 8 privacy questions (seek + adversarial), 6 utility questions, 4 task questions; " in text
    assert "4 questions have a harmless form" in text
    assert "## Questions with a harmless form answered in that form, by family" in text
    assert "## Privacy questions that leak, by question family" in text
    assert "## Values leaked by entity type (privacy questions)" in text
    assert "no rows." in render_markdown([], {})


def test_row_json_carries_counts_shares_and_intervals() -> None:
    data = row_json(metrics(filtered=True))
    bounds = wilson(3, 8)
    assert data["label"] == "base +filter"
    assert data["leak"] == {"hits": 3, "total": 8, "rate": 3 / 8, "ci95": [bounds.low, bounds.high]}
    assert data["values_by_entity"]["PERSON"]["hits"] == 3
    assert data["leak_utility"]["ci95"] is not None and data["leak_utility"]["rate"] == 0.0
    assert (data["leak_rate"], data["utility_accuracy"], data["value_leak_rate"]) == (3 / 8, 5 / 6, 4 / 24)
    assert data["filter_ms_per_answer"] == 2.5
    assert json.loads(json.dumps(data)) == data  # plain JSON


def test_row_json_of_nothing_measured_has_no_interval() -> None:
    data = row_json(metrics(utility=Rate(0, 0)))
    assert data["utility"] == {"hits": 0, "total": 0, "rate": None, "ci95": None}
    assert data["utility_accuracy"] is None


def test_write_report_writes_table_json_and_plot(tmp_path) -> None:
    rows = [metrics(), metrics(filtered=True), metrics("same-spot"), metrics("unmeasured", utility=Rate(0, 0))]
    paths = write_report(tmp_path / "out", rows, {"model": "tiny"})
    assert paths == {"table": tmp_path / "out" / TABLE, "json": tmp_path / "out" / JSON, "plot": tmp_path / "out" / PLOT}
    assert paths["table"].read_text(encoding="utf-8") == render_markdown(rows, {"model": "tiny"})
    payload = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert payload["meta"] == {"model": "tiny"} and [r["label"] for r in payload["rows"]] == [r.label for r in rows]
    assert paths["plot"].read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("wanted", "heights", "gap", "low", "placed"),
    [
        ([100, 100, 94], [1, 2, 1], 3, 0.0, [100, 97, 91]),
        ([5, 5], [1, 1], 10, 0.0, [10, 0]),  # pushed below `low`: all move up
        ([80, 40], [1, 1], 3, 0.0, [80, 40]),  # far apart: where the points are
        ([], [], 3, 0.0, []),
    ],
    ids=["crowded", "below-low", "apart", "empty"],
)
def test_plot_labels_are_spread_apart(wanted, heights, gap, low, placed) -> None:
    assert spread(wanted, heights, gap=gap, low=low) == placed
