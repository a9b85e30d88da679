"""Steering settings the evaluation found to break answers load with one warning, never an error."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from guardrail.policy import PolicyStore, SteeringSpec
from guardrail.policy.advice import BROKEN_SETTINGS, EVAL_ROWS, broken_setting

REPO = Path(__file__).resolve().parents[2]

# the `public` source's steering block starts on line 5, where the warning points
TENANT = "tenant: shop\ndefault_source: public\nsources:\n  public:\n    steering:\n{steering}\n  trusted: {{steering: {{guidance: 1.0}}}}\n"

# (id, the `public` source's steering lines, the evaluation row the warning names or None)
CASES = [
    ("logprob_w3_adapter_on_both_rows", "guidance: 3.0\n      mode: logprob\n      adapter: privacy", "adapter-cfg-logprob-w3"),
    ("logprob_w5_adapter_on_both_rows", "guidance: 5.0\n      mode: logprob\n      adapter: privacy", "adapter-cfg-logprob-w3"),
    ("top_k_w3_adapter_on_both_rows", "guidance: 3.0\n      mode: top_k\n      adapter: privacy", "adapter-cfg-topk-w3"),
    ("logprob_w2_adapter_on_both_rows", "guidance: 2.0\n      mode: logprob\n      adapter: privacy", "adapter-cfg-logprob-w2"),
    ("top_k_w2_adapter_on_both_rows", "guidance: 2.0\n      mode: top_k\n      adapter: privacy", "adapter-cfg-topk-w2"),
    ("logprob_w1_5_adapter_on_both_rows", "guidance: 1.5\n      mode: logprob\n      adapter: privacy", None),
    ("logprob_w3_no_adapter", "guidance: 3.0\n      mode: logprob", None),
    ("only_the_adapter_named_gets_safe_defaults", "adapter: privacy", None),
    ("prob_w3_adapter_on_both_rows", "guidance: 3.0\n      mode: prob\n      adapter: privacy", None),
    ("logprob_w3_adapter_contrastive", "guidance: 3.0\n      mode: logprob\n      adapter: privacy\n      negative_adapter: null", None),
    ("w1_with_adapter", "guidance: 1.0\n      mode: logprob\n      adapter: privacy", None),
]


def _policies(tmp_path: Path, steering: str) -> tuple[Path, Path]:
    (tmp_path / "adapters" / "privacy").mkdir(parents=True)
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "shop.yaml").write_text(TENANT.format(steering="      " + steering))
    return tmp_path / "policies", tmp_path / "adapters"


@pytest.mark.parametrize(("name", "steering", "row"), CASES, ids=[c[0] for c in CASES])
def test_loading_warns_once_naming_the_evaluation_row(tmp_path: Path, caplog, name, steering, row) -> None:
    policies, adapters = _policies(tmp_path, steering)
    with caplog.at_level(logging.WARNING, logger="guardrail.policy"):
        store = PolicyStore.from_dir(policies, adapters_dir=adapters)  # loads: a warning is never an error
    warnings = [r.getMessage() for r in caplog.records if r.name == "guardrail.policy" and r.levelno == logging.WARNING]
    assert store.route("shop", "public").source == "public"
    if row is None:
        assert warnings == []
        return
    (message,) = warnings
    assert f"shop.yaml:5: `sources.public.steering`" in message
    assert f"{EVAL_ROWS}, row {row}" in message and "mode: prob" in message


def test_the_default_mode_is_not_a_broken_setting() -> None:
    assert (SteeringSpec().mode, SteeringSpec().guidance) == ("prob", 2.0)
    assert broken_setting(SteeringSpec(adapter="privacy")) is None
    assert broken_setting(SteeringSpec(adapter="privacy", mode="logprob")).row == "adapter-cfg-logprob-w2"
    assert broken_setting(SteeringSpec(adapter="privacy", mode="logprob", guidance=3.0)) is BROKEN_SETTINGS[0]


def test_every_named_row_is_committed() -> None:
    table = (REPO / EVAL_ROWS).read_text()
    for broken in BROKEN_SETTINGS:
        assert f"| {broken.row} | before |" in table


def test_policy_check_prints_the_warning_once_and_passes(tmp_path: Path) -> None:
    policies, adapters = _policies(tmp_path, CASES[0][1])
    env = dict(os.environ, PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-m", "guardrail", "policy", "check", str(policies), "--adapters-dir", str(adapters)],
        env=env, capture_output=True, text=True, timeout=120, cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    assert "OK: 1 tenants, 2 sources" in done.stdout
    lines = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert len(lines) == 1 and "adapter-cfg-logprob-w3" in lines[0]
