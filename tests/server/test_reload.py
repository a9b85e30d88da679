"""Reload never wedges: a bad or slow folder fails the reload (logged with file and reason,
counted), the previous policies and keys stay in force, and the next SIGHUP starts afresh."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest
from guard_fakes import shared_output_filter
from server_support import POLICIES, ScriptEngine, live_server, write_policies

from guardrail import Guardrail, PolicyError, PolicyStore
from guardrail.server.app import ServerState, create_app
from guardrail.server.keys import KeyStore, add_key, revoke_key
from guardrail.server.runner import install_sighup


@pytest.fixture
def running(tmp_path):
    policies = write_policies(tmp_path / "policies")
    keys_file = tmp_path / "keys.yaml"
    keep, drop = add_key(keys_file, "shop"), add_key(keys_file, "shop")
    guard = Guardrail(PolicyStore.from_dir(policies, adapters_dir=None), engine=ScriptEngine(), output_filter=shared_output_filter())
    state = ServerState(guard, KeyStore(keys_file))
    previous = install_sighup(state)
    try:
        with live_server(create_app(state)) as url:
            yield url, state, policies, keys_file, keep, drop
    finally:
        signal.signal(signal.SIGHUP, previous)
        guard.close()


def hang_up(state: ServerState, result: str, within_s: float = 5.0) -> float:
    """Send SIGHUP and wait for one more reload counted as `result`; returns the seconds it took."""

    def count() -> float:
        return state.metrics.registry.get_sample_value("guardrail_policy_reloads_total", {"result": result}) or 0.0

    before, start = count(), time.monotonic()
    os.kill(os.getpid(), signal.SIGHUP)
    while count() == before:
        assert time.monotonic() - start < within_s, f"no {result} reload within {within_s} s (wedged?)"
        time.sleep(0.02)
    return time.monotonic() - start


def status(url: str, secret: str) -> int:
    return httpx.get(url + "/v1/models", headers={"Authorization": f"Bearer {secret}"}).status_code


def test_a_fifo_fails_the_reload_and_a_revoked_key_then_gets_401(running, caplog) -> None:
    url, state, policies, keys_file, keep, drop = running
    fifo = policies / "zz.yaml"
    os.mkfifo(fifo)
    with caplog.at_level(logging.ERROR, logger="guardrail"):
        assert hang_up(state, "failed") < 2.0
    assert any(str(fifo) in r.getMessage() and "FIFO" in r.getMessage() for r in caplog.records)
    assert status(url, drop.secret) == 200  # nothing changed yet

    fifo.unlink()
    revoke_key(keys_file, drop.entry.id)
    hang_up(state, "ok")
    assert status(url, drop.secret) == 401 and status(url, keep.secret) == 200


def test_a_key_revoked_during_a_failed_policy_reload_still_stops_working(running) -> None:
    url, state, policies, keys_file, keep, drop = running
    os.mkfifo(policies / "zz.yaml")
    revoke_key(keys_file, drop.entry.id)
    hang_up(state, "failed")
    assert status(url, drop.secret) == 401 and status(url, keep.secret) == 200
    assert sorted(m["id"] for m in httpx.get(url + "/v1/models", headers={"Authorization": f"Bearer {keep.secret}"}).json()["data"]) == sorted(POLICIES["shop"])


def test_a_read_past_the_deadline_is_abandoned_and_the_next_reload_starts_fresh(tmp_path: Path, caplog) -> None:
    folder = write_policies(tmp_path / "policies")
    release = threading.Event()

    def hung_file_system(_folder: Path) -> None:
        release.wait(30)  # a read that never returns on its own

    store = PolicyStore.from_dir(folder, adapters_dir=None)
    before = store.tenants
    (folder / "shop.yaml").write_text((folder / "shop.yaml").read_text().replace("max_new_tokens: 40", "max_new_tokens: 41"))
    (folder / "zz.yaml").write_text("tenant: zz\ndefault_source: s\nsources: {s: {steering: {adapter: slow}}}\n")
    store.adapters_dir, store.check_adapter = tmp_path, hung_file_system
    (tmp_path / "slow").mkdir()
    start = time.monotonic()
    with caplog.at_level(logging.ERROR, logger="guardrail.policy"), pytest.raises(PolicyError) as info:
        store.reload(deadline_s=0.3)
    assert time.monotonic() - start < 1.0
    assert f"{folder / 'zz.yaml'}: reading the policies took longer than 0.3 s" in str(info.value)
    assert "reload failed, previous policies stay in force" in caplog.text and str(folder / "zz.yaml") in caplog.text
    assert store.tenants == before and store.route("shop").steering.decoding.max_new_tokens == 40  # nothing half-applied

    (folder / "zz.yaml").unlink()
    store.reload(deadline_s=5)  # not blocked by the abandoned read
    assert store.route("shop").steering.decoding.max_new_tokens == 41
    release.set()
