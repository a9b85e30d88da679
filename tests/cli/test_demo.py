"""`guardrail demo`: a CFG source next to the plain and the trusted one, and its cost against w = 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardrail.cli.generate import DEMO_SOURCES, DEMO_TENANT, cfg_cost
from guardrail.policy import PolicyStore
from guardrail.policy.advice import broken_setting

REPO = Path(__file__).resolve().parents[2]


def test_the_demo_sources_are_plain_cfg_and_trusted() -> None:
    store = PolicyStore.from_dir(REPO / "policies", adapters_dir=REPO / "adapters")
    plain, cfg, trusted = (store.route(DEMO_TENANT, s) for s in DEMO_SOURCES)
    assert not plain.steering.steered and plain.steering.adapter and not trusted.steering.steered
    assert cfg.steering.guidance == 3.0 and cfg.steering.row_adapters == (plain.steering.adapter, None)  # adapter-contrastive
    assert broken_setting(cfg.steering) is None
    # only CFG differs from the plain route, so the cost line compares like with like
    assert cfg.filter == plain.filter and cfg.steering.copy_guard == plain.steering.copy_guard
    assert cfg.steering.decoding == plain.steering.decoding


CASES = [
    ("one_cfg_source", {"a": (1.0, 100.0), "b": (3.0, 180.0), "c": (1.0, 50.0)}, ["b (w = 3) 180 ms against a (w = 1) 100 ms, 1.80x"]),
    ("two_steered", {"a": (1.0, 100.0), "b": (3.0, 150.0), "d": (2.0, 120.0)},
     ["b (w = 3) 150 ms against a (w = 1) 100 ms, 1.50x", "d (w = 2) 120 ms against a (w = 1) 100 ms, 1.20x"]),
    ("no_plain_source", {"b": (3.0, 150.0)}, []),
    ("no_steered_source", {"a": (1.0, 100.0)}, []),
]


@pytest.mark.parametrize(("name", "timings", "expected"), CASES, ids=[c[0] for c in CASES])
def test_cfg_cost_compares_each_steered_source_with_the_first_plain_one(name, timings, expected) -> None:
    text = cfg_cost(timings)
    if not expected:
        assert text.startswith("Cost of CFG: run a w = 1 source and a steered one")
    lines = text.splitlines()
    assert len(lines) == max(1, len(expected))
    for line, tail in zip(lines, expected):
        assert line.endswith(tail)
