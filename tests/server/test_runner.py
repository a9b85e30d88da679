"""Running the service: settings, building the state, reloading policies and keys, serving on a thread."""

from __future__ import annotations

import logging

import httpx
import pytest
from fastapi import FastAPI
from server_support import write_policies

from guardrail.errors import PolicyError
from guardrail.server.keys import add_key, hash_key
from guardrail.server.limits import RequestLimits
from guardrail.server.runner import ServeSettings, build_state, reload, serve_in_thread

METRICS_ENV = "GUARDRAIL_TEST_METRICS_KEY"


@pytest.fixture
def folder(tmp_path):
    """Policies for "shop" and "clinic", and a keys file with a key for "shop"."""
    write_policies(tmp_path / "policies")
    add_key(tmp_path / "keys.yaml", "shop")
    return tmp_path


def settings(folder, **changes) -> ServeSettings:
    return ServeSettings(**{"policies": str(folder / "policies"), "keys": str(folder / "keys.yaml"), **changes})


def reloads(state, outcome: str) -> float:
    return state.metrics.registry.get_sample_value("guardrail_policy_reloads_total", {"result": outcome}) or 0.0


def test_settings_survive_the_trip_as_plain_values() -> None:
    original = ServeSettings(policies="p", keys="k", port=9001, limits=RequestLimits(max_messages=3), metrics_port=9100)
    shipped = original.as_dict()
    assert isinstance(shipped["limits"], dict)
    assert ServeSettings(**shipped) == original


def test_build_state_loads_policies_and_keys_without_the_model(folder) -> None:
    state = build_state(settings(folder, limits=RequestLimits(max_messages=2)))
    try:
        assert sorted(state.guard.store.tenants) == ["clinic", "shop"]
        assert [e.tenant for e in state.keys.entries] == ["shop"]
        assert state.limits == RequestLimits(max_messages=2)
        assert state.metrics_key is None and state.metrics_on_api and not state.ready.is_set()
    finally:
        state.guard.close()


def test_a_missing_keys_file_names_the_command_that_makes_one(folder) -> None:
    with pytest.raises(PolicyError, match="guardrail keys add --tenant T --file"):
        build_state(settings(folder, keys=str(folder / "missing.yaml")))


@pytest.mark.parametrize(
    ("value", "accepted"),
    [(None, False), ("short", False), ("k" * 15, False), ("k" * 16, True), ("a-long-metrics-key-here", True)],
    ids=["unset", "short", "15-chars", "16-chars", "long"],
)
def test_the_metrics_key_comes_hashed_from_the_environment(folder, monkeypatch, value, accepted) -> None:
    if value is None:
        monkeypatch.delenv(METRICS_ENV, raising=False)
    else:
        monkeypatch.setenv(METRICS_ENV, value)
    if not accepted:
        with pytest.raises(PolicyError, match=f"{METRICS_ENV} must hold the metrics key"):
            build_state(settings(folder, metrics_key_env=METRICS_ENV))
        return
    state = build_state(settings(folder, metrics_key_env=METRICS_ENV))
    try:
        assert state.metrics_key == hash_key(value) and value not in state.metrics_key
    finally:
        state.guard.close()


@pytest.mark.parametrize(("metrics_port", "on_api"), [(None, True), (9109, False)], ids=["api-port", "own-listener"])
def test_metrics_move_off_the_api_with_their_own_port(folder, metrics_port, on_api) -> None:
    state = build_state(settings(folder, metrics_port=metrics_port))
    try:
        assert state.metrics_on_api is on_api
    finally:
        state.guard.close()


def test_keys_of_tenants_without_a_policy_are_logged(folder, caplog) -> None:
    add_key(folder / "keys.yaml", "nobody")
    with caplog.at_level(logging.WARNING, logger="guardrail.server"):
        state = build_state(settings(folder))
    state.guard.close()
    assert "tenants without a policy" in caplog.text and "nobody" in caplog.text


@pytest.mark.parametrize(
    ("break_what", "ok", "tenants", "keyed"),
    [
        (None, True, ["clinic", "hotel", "shop"], ["shop", "clinic"]),
        ("policies", False, ["clinic", "shop"], ["shop", "clinic"]),  # keys reload even so
        ("keys", False, ["clinic", "hotel", "shop"], ["shop"]),
    ],
    ids=["both-good", "bad-policy", "bad-keys"],
)
def test_reload_applies_each_file_set_on_its_own(folder, break_what, ok, tenants, keyed) -> None:
    state = build_state(settings(folder))
    try:
        write_policies(folder / "policies", {"hotel": {"desk": ({"entities": []}, {"max_new_tokens": 5})}})
        add_key(folder / "keys.yaml", "clinic")
        if break_what == "policies":
            (folder / "policies" / "broken.yaml").write_text("tenant: [unclosed\n")
        if break_what == "keys":
            (folder / "keys.yaml").write_text("keys: 3\n")
        outcome = "ok" if ok else "failed"
        before = reloads(state, outcome)
        assert reload(state) is ok
        assert sorted(state.guard.store.tenants) == tenants
        assert [e.tenant for e in state.keys.entries] == keyed
        assert reloads(state, outcome) == before + 1
    finally:
        state.guard.close()


@pytest.mark.parametrize("path", ["/ping", "/v1/anything"])
def test_serve_in_thread_serves_on_a_free_loopback_port_and_stops(path) -> None:
    app = FastAPI()

    @app.get("/{rest:path}")
    async def echo(rest: str) -> dict[str, str]:
        return {"path": rest}

    with serve_in_thread(app) as url:
        assert url.startswith("http://127.0.0.1:") and not url.endswith(":0")
        assert httpx.get(url + path).json() == {"path": path.lstrip("/")}
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + path, timeout=2)
