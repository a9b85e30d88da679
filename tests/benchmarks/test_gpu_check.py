"""`benchmarks/gpu_check.py`: stops at once without CUDA, and runs every step on CPU in its quick form."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "benchmarks" / "gpu_check.py"


def _run(*args: str, timeout: int) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=timeout, cwd=REPO)


def test_without_cuda_it_stops_at_once_and_says_what_to_do(tmp_path: Path) -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    done = _run("--out", str(tmp_path), timeout=60)
    assert done.returncode == 2
    assert "no CUDA device" in done.stderr and "--device cpu" in done.stderr
    assert not list(tmp_path.iterdir())  # nothing measured, nothing written


@pytest.mark.slow
def test_quick_cpu_run_writes_every_steps_figures(tmp_path: Path) -> None:
    done = _run("--device", "cpu", "--quick", "--out", str(tmp_path), timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads((tmp_path / "gpu_check.json").read_text())
    assert report["device"] == "cpu" and report["mode"] == "quick" and report["errors"] == {}
    assert {c["w"] for c in report["equality"]} == {1.0, 3.0} and all(c["identical"] for c in report["equality"])
    assert set(report["steering"]["cfg_over_plain"]) == {"1", "2"}  # batch sizes, as JSON keys
    assert report["steering"]["concurrency"]["ratio"] > 0 and report["filter"]["ms_per_text"]["ours"] > 0
    assert {r["config"] for r in report["eval"]["rows"]} == {"route-acme-bank-public_web", "route-helpdesk-customer_chat"}
    table = (tmp_path / "gpu_check.md").read_text()
    assert "| equality with transformers, greedy, w = 3 | 3/3 prompts identical |" in table and table in done.stdout
