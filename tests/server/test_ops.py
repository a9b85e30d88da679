"""Operating the service: readiness, Prometheus metrics, SIGHUP reload, and disconnects."""

from __future__ import annotations

import os
import signal
import time

import httpx
import openai
import pytest
from guard_fakes import shared_output_filter
from prometheus_client.parser import text_string_to_metric_families
from server_support import EMAIL, POLICIES, ScriptEngine, live_server, write_policies

from guardrail import Guardrail, PolicyStore
from guardrail.server.app import ServerState, create_app
from guardrail.server.keys import KeyStore, add_key
from guardrail.server.runner import install_sighup

SERIES = (
    "guardrail_requests_total",
    "guardrail_rejected_requests_total",
    "guardrail_tokens_total",
    "guardrail_findings_total",
    "guardrail_filter_failures_total",
    "guardrail_queue_seconds",
    "guardrail_decode_seconds",
    "guardrail_filter_seconds",
    "guardrail_time_to_first_token_seconds",
    "guardrail_request_seconds",
    "guardrail_ready",
)


@pytest.fixture
def running(tmp_path):
    """A fresh server (function scope: these tests count, reload and cancel)."""
    policies = write_policies(tmp_path / "policies")
    store = PolicyStore.from_dir(policies, adapters_dir=None)
    secret = add_key(tmp_path / "keys.yaml", "shop").secret
    engine = ScriptEngine()
    guard = Guardrail(store, engine=engine, output_filter=shared_output_filter())
    state = ServerState(guard, KeyStore(tmp_path / "keys.yaml"))
    with live_server(create_app(state)) as url:
        yield url, secret, engine, state, policies
    guard.close()


def test_health_is_live_at_once_and_ready_after_warmup(running) -> None:
    url, _, _, state, _ = running
    assert httpx.get(url + "/healthz").json() == {"status": "ok"}
    assert httpx.get(url + "/readyz").status_code == 503
    state.warmup()
    assert httpx.get(url + "/readyz").status_code == 200


def test_metrics_expose_the_series_and_no_text_in_labels(running) -> None:
    url, secret, _, _, _ = running
    client = openai.OpenAI(base_url=url + "/v1", api_key=secret, max_retries=0)
    ask = [{"role": "user", "content": f"Mail {EMAIL} today"}]
    client.chat.completions.create(model="public", messages=ask)
    list(client.chat.completions.create(model="public", messages=ask, stream=True))
    for bad in ("model-with-user-text", "strict"):
        with pytest.raises(openai.APIError):
            client.chat.completions.create(model=bad, messages=ask)
    httpx.get(url + "/v1/models", headers={"Authorization": "Bearer nope"})

    text = httpx.get(url + "/metrics").text
    families = {f.name: f for f in text_string_to_metric_families(text)}
    names = {s.name for f in families.values() for s in f.samples}
    assert set(SERIES) <= names | set(families)
    allowed = {
        *POLICIES, *POLICIES["shop"], "chat", "completions", "ok", "withheld", "blocked", "error", "cancelled",
        "prompt", "completion", "EMAIL_ADDRESS", "block", "redact_all", "unauthorized", "model_not_found",
        "invalid_json", "invalid_field", "too_large", "failed",
    }
    labels = {(k, v) for f in families.values() for s in f.samples for k, v in s.labels.items() if k != "le"}
    assert {v for _, v in labels} <= allowed
    assert EMAIL not in text and "model-with-user-text" not in text and secret not in text

    def value(name: str, **labels: str) -> float:
        return sum(s.value for f in families.values() for s in f.samples if s.name == name and labels.items() <= s.labels.items())

    assert value("guardrail_requests_total", source="public", outcome="ok") == 2
    assert value("guardrail_findings_total", entity_type="EMAIL_ADDRESS") == 2
    assert value("guardrail_filter_failures_total", source="strict", action="block") == 1
    assert value("guardrail_rejected_requests_total", reason="unauthorized") == 1
    assert value("guardrail_rejected_requests_total", reason="model_not_found") == 1
    assert value("guardrail_time_to_first_token_seconds_count", source="public") == 1


def test_sighup_reload_keeps_the_old_policies_on_a_bad_file(running) -> None:
    url, secret, _, state, policies = running
    client = openai.OpenAI(base_url=url + "/v1", api_key=secret, max_retries=0)
    previous = install_sighup(state)
    try:
        good = (policies / "shop.yaml").read_text()
        (policies / "shop.yaml").write_text(good.replace("default_source: public", "default_source: nowhere"))
        _hang_up_and_wait(state, "failed")
        assert sorted(m.id for m in client.models.list()) == sorted(POLICIES["shop"])
        assert client.chat.completions.create(model="public", messages=[{"role": "user", "content": "hi"}]).choices

        (policies / "shop.yaml").write_text(good.replace("  open:", "  added:\n    steering: {guidance: 1.0}\n  open:"))
        _hang_up_and_wait(state, "ok")
        assert "added" in {m.id for m in client.models.list()}
    finally:
        signal.signal(signal.SIGHUP, previous)


def test_a_client_that_disconnects_cancels_its_decode(running) -> None:
    url, secret, engine, state, _ = running
    engine.delay_s = 0.2  # 40 words: 8 s if nobody stops it
    words = " ".join(f"word{i}" for i in range(40))
    body = {"model": "open", "messages": [{"role": "user", "content": words}], "stream": True}
    start = time.monotonic()
    with httpx.stream("POST", url + "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {secret}"}) as response:
        lines = response.iter_lines()
        assert next(line for line in lines if "word0" in line)
    assert engine.cancelled.wait(timeout=3), "the decode kept running after the client left"
    assert time.monotonic() - start < 4 and not engine.finished.is_set()
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and b'outcome="cancelled"' not in state.metrics.exposition():
        time.sleep(0.05)
    assert b'outcome="cancelled"' in state.metrics.exposition()


def _hang_up_and_wait(state: ServerState, result: str) -> None:
    def count() -> float:
        return state.metrics.registry.get_sample_value("guardrail_policy_reloads_total", {"result": result}) or 0.0

    before = count()
    os.kill(os.getpid(), signal.SIGHUP)
    deadline = time.monotonic() + 10
    while count() == before:
        assert time.monotonic() < deadline, f"no {result} reload after SIGHUP"
        time.sleep(0.02)
