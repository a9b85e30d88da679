"""Process-wide thread setup is an explicit call: importing guardrail changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _run(code: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, cwd=REPO)


def test_importing_guardrail_leaves_the_environment_unchanged():
    done = _run(
        "import os; before = dict(os.environ)\n"
        "import guardrail, guardrail.steering, guardrail.steering.engine, guardrail.policy, guardrail.cli\n"
        "assert dict(os.environ) == before, set(os.environ.items()) ^ set(before.items())\n"
    )
    assert done.returncode == 0, done.stderr


def test_the_cli_sets_passive_waiting_before_torch_loads():
    done = _run(
        "import os, sys\n"
        "from guardrail.cli import main\n"
        "assert 'torch' not in sys.modules\n"
        "assert main(['policy', 'check', 'policies']) == 0\n"
        "assert os.environ['OMP_WAIT_POLICY'] == 'PASSIVE'\n"
    )
    assert done.returncode == 0, done.stderr


def test_configure_threads_keeps_a_callers_setting_and_reports_a_late_call():
    done = _run(
        "import os\n"
        "from guardrail.steering import configure_threads\n"
        "assert configure_threads() and os.environ['OMP_WAIT_POLICY'] == 'PASSIVE'\n"
        "os.environ['OMP_WAIT_POLICY'] = 'ACTIVE'\n"
        "assert configure_threads() and os.environ['OMP_WAIT_POLICY'] == 'ACTIVE'\n"
    )
    assert done.returncode == 0, done.stderr
    late = _run("import torch\nfrom guardrail.steering import configure_threads\nassert not configure_threads()\n")
    assert late.returncode == 0, late.stderr


# (name, device, rows, tokens per row, threads inside the step)
STEPS = [
    ("cpu_decode_one_row", "cpu", 1, 1, 1),
    ("cpu_decode_sixteen_rows", "cpu", 16, 1, 1),
    ("cpu_decode_seventeen_rows", "cpu", 17, 1, 2),
    ("cpu_prefill", "cpu", 2, 40, 2),
    ("cuda_decode", "cuda", 2, 1, 2),
]


@pytest.mark.parametrize(("name", "device", "rows", "tokens", "inside"), STEPS, ids=[s[0] for s in STEPS])
def test_few_row_cpu_decode_steps_run_on_one_thread_and_restore_the_count(name, device, rows, tokens, inside):
    import torch

    from guardrail.steering.threads import decode_threads

    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        with decode_threads(device, rows, tokens):
            assert torch.get_num_threads() == inside
        assert torch.get_num_threads() == 2
        with pytest.raises(RuntimeError), decode_threads(device, rows, tokens):  # restored on errors too
            raise RuntimeError("step failed")
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)
