"""`guardrail eval --quick` end to end on the tiny model, through `guardrail.cli.main`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrail.cli import main
from guardrail.evaluation.configs import QUICK_CONFIGS, select_configs
from guardrail.evaluation.report import JSON, PLOT, TABLE
from guardrail.evaluation.scenarios import REPORT_START, family_of


def test_quick_eval_writes_table_json_plot_and_resumes(tmp_path: Path, tiny_adapters_dir: Path, capsys) -> None:
    out = tmp_path / "eval"
    argv = ["eval", "--quick", "--out", str(out), "--adapters-dir", str(tiny_adapters_dir), "--adapter", "alpha"]
    assert main(argv) == 0

    payload = json.loads((out / JSON).read_text())
    rows = payload["rows"]
    servable = sum(family_of(REPORT_START + i) in ("translate", "format") for i in range(6))
    assert [(r["config"], r["filtered"]) for r in rows] == [(c, f) for c in QUICK_CONFIGS for f in (False, True)]
    for row in rows:
        assert row["scenarios"] == 12 and row["privacy_questions"] == 4 and row["utility_questions"] == 2
        assert row["task_questions"] == 6 and row["harmless_form"]["total"] == 6 + servable  # the tasks, translate / format
        assert 0.0 <= row["leak_rate"] <= 1.0 and 0.0 <= row["utility_accuracy"] <= 1.0
        assert row["mean_tokens"] <= 12
        assert row["config"] == "copy-guard" or row["tokens_per_second"] > 0  # its answers may all be replayed
        assert (row["filter_ms_per_answer"] is not None) is row["filtered"]
    assert payload["meta"]["model"] == "tiny-random-llama" and payload["meta"]["adapter"].startswith("alpha:")

    table = (out / TABLE).read_text()
    for config in QUICK_CONFIGS:
        assert f"| {config} | before |" in table and f"| {config} | after |" in table
    assert (out / PLOT).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # the adapter changes the answers (the rows are really run with it)
    generations = {c: json.loads((out / "generations" / f"{c}.json").read_text())["generations"] for c in QUICK_CONFIGS}
    assert [g["text"] for g in generations["adapter"]] != [g["text"] for g in generations["system-prompt"]]

    # --resume reuses matching caches and regenerates nothing
    cached = out / "generations" / "base.json"
    before = cached.stat().st_mtime_ns
    capsys.readouterr()
    assert main(["eval", "--quick", "--no-filter", "--configs", "base", "--out", str(out), "--resume"]) == 0
    assert "base: 12 cached, 0 replayed" in capsys.readouterr().err
    assert cached.stat().st_mtime_ns == before
    assert [r["config"] for r in json.loads((out / JSON).read_text())["rows"]] == ["base"]


def test_unknown_configuration_is_a_usage_error(capsys) -> None:
    assert main(["eval", "--quick", "--configs", "base,cfg-logprob-w4"]) == 2
    assert "cfg-logprob-w4" in capsys.readouterr().err
    with pytest.raises(ValueError, match="known: base, system-prompt"):
        select_configs("nope")


ROOT = Path(__file__).parents[2]


def test_a_route_configuration_runs_the_shipped_steering_with_its_own_decoding() -> None:
    from guardrail.evaluation.configs import route_config, twin_of
    from guardrail.policy import DecodingSpec, PolicyStore

    store = PolicyStore.from_dir(ROOT / "policies", adapters_dir=ROOT / "adapters")
    config = route_config(store, "acme-bank/public_web")
    route = store.route("acme-bank", "public_web")
    spec = config.spec(None, DecodingSpec(max_new_tokens=48, repetition_penalty=1.0))
    # the route's own repetition controls, the evaluation's length cap
    assert spec.decoding == route.steering.decoding.model_copy(update={"max_new_tokens": 48})
    assert spec.copy_guard == route.steering.copy_guard and spec.guidance == route.steering.guidance
    # its copy guard finds values with the route's own filter settings (custom recognizers included)
    assert config.guard_filter is not None and "ACME_ACCOUNT_ID" in config.guard_filter.entities
    assert twin_of(config) is None  # another decoding: no unguarded twin to replay
    other = route_config(store, "acme-bank/back_office")
    assert config.fingerprint(None) != other.fingerprint(None)


@pytest.mark.parametrize(
    ("route", "message"),
    [("acme-bank", "TENANT/SOURCE"), ("acme-bank/nope", "nope"), ("nobody/public_web", "nobody")],
)
def test_a_bad_route_configuration_names_the_problem(route: str, message: str) -> None:
    from guardrail.evaluation.configs import route_config
    from guardrail.policy import PolicyStore

    store = PolicyStore.from_dir(ROOT / "policies", adapters_dir=ROOT / "adapters")
    with pytest.raises(ValueError, match=message):
        route_config(store, route)
