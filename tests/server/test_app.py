"""The ASGI app in process: keys decide the tenant, models are the tenant's sources, errors keep OpenAI's shape.

Requests go through Starlette's in-process client (no socket); `test_server.py` drives the same
app through the `openai` client over HTTP.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from guard_fakes import shared_output_filter
from server_support import EMAIL, ScriptEngine, write_policies

from guardrail import Guardrail, PolicyStore
from guardrail.errors import EngineError, FilterError, GuardrailError, PolicyError
from guardrail.server.app import ServerState, create_app
from guardrail.server.keys import KeyStore, add_key, hash_key


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """(state, secrets by tenant) over ScriptEngine; "ghost" has a key but no policy."""
    folder = tmp_path_factory.mktemp("app")
    store = PolicyStore.from_dir(write_policies(folder / "policies"), adapters_dir=None)
    keys_file = folder / "keys.yaml"
    secrets = {tenant: add_key(keys_file, tenant).secret for tenant in ("shop", "clinic", "ghost")}
    guard = Guardrail(store, engine=ScriptEngine(), output_filter=shared_output_filter())
    yield ServerState(guard, KeyStore(keys_file)), secrets
    guard.close()


@pytest.fixture(scope="module")
def client(setup):
    with TestClient(create_app(setup[0]), raise_server_exceptions=False) as test_client:
        yield test_client


def auth(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def rejected(state: ServerState, reason: str) -> float:
    return state.metrics.registry.get_sample_value("guardrail_rejected_requests_total", {"reason": reason}) or 0.0


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer not-a-key", "Basic {shop}", "{shop}", "Bearer {shop}x"],
    ids=["none", "empty-bearer", "unknown-key", "basic-scheme", "no-scheme", "longer-key"],
)
def test_a_request_without_a_valid_key_is_401_and_counted(setup, client, header) -> None:
    state, secrets = setup
    before = rejected(state, "unauthorized")
    headers = {} if header is None else {"Authorization": header.format(shop=secrets["shop"])}
    response = client.get("/v1/models", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"
    assert secrets["shop"] not in response.text
    assert rejected(state, "unauthorized") == before + 1


@pytest.mark.parametrize("scheme", ["Bearer", "bearer", "BEARER"])
def test_the_scheme_is_case_insensitive(setup, client, scheme) -> None:
    assert client.get("/v1/models", headers={"Authorization": f"{scheme}  {setup[1]['shop']} "}).status_code == 200


@pytest.mark.parametrize(
    ("tenant", "models"),
    [("shop", ["open", "public", "strict"]), ("clinic", ["patient_chat"]), ("ghost", [])],
    ids=["shop", "clinic", "key-without-policy"],
)
def test_each_key_sees_only_its_tenants_sources(setup, client, tenant, models) -> None:
    body = client.get("/v1/models", headers=auth(setup[1][tenant])).json()
    assert body["object"] == "list"
    assert [m["id"] for m in body["data"]] == models
    assert all(m["owned_by"] == tenant and m["object"] == "model" for m in body["data"])


@pytest.mark.parametrize(
    ("tenant", "model", "status"),
    [("shop", "public", 200), ("shop", "patient_chat", 404), ("clinic", "public", 404), ("shop", "nobody/../x", 404)],
    ids=["own", "other-tenants", "other-way", "unknown"],
)
def test_one_model_is_found_only_for_its_tenant(setup, client, tenant, model, status) -> None:
    response = client.get(f"/v1/models/{model}", headers=auth(setup[1][tenant]))
    assert response.status_code == status
    if status == 404:
        assert response.json()["error"]["code"] == "model_not_found" and model not in response.text


def test_health_and_readiness(setup, client) -> None:
    state = setup[0]
    assert client.get("/healthz").json() == {"status": "ok"}
    state.ready.clear()
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json() == {"status": "warming up"}
    state.warmup()  # ScriptEngine and the filter are ready at once
    assert client.get("/readyz").status_code == 200 and state.ready.is_set()


def test_a_failed_warmup_leaves_the_server_not_ready(setup, monkeypatch, caplog) -> None:
    state = ServerState(setup[0].guard, setup[0].keys)

    def broken() -> None:
        raise EngineError("no model at /models/x; download it first")

    monkeypatch.setattr(state.guard, "warmup", broken)
    state.warmup()
    assert not state.ready.is_set()
    assert "warm-up failed" in caplog.text


def test_a_chat_completion_is_the_filtered_answer(setup, client) -> None:
    body = {"model": "public", "messages": [{"role": "user", "content": f"write to {EMAIL} today"}]}
    response = client.post("/v1/chat/completions", json=body, headers=auth(setup[1]["shop"]))
    assert response.status_code == 200
    answer = response.json()
    assert answer["object"] == "chat.completion" and answer["model"] == "public"
    assert EMAIL not in response.text and "<EMAIL_ADDRESS>" in answer["choices"][0]["message"]["content"]


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [
        (FilterError("the analyzer failed"), 500, "output_filter_blocked"),
        (EngineError("the prompt is longer than the context"), 400, "invalid_request"),
        (GuardrailError("something inside"), 500, "internal_error"),
        (PolicyError("source went away in a reload"), 404, "model_not_found"),
    ],
    ids=["filter-blocks", "engine-error", "other-guardrail-error", "source-gone"],
)
@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_facade_errors_map_to_statuses_without_internals(setup, client, monkeypatch, error, status, code, stream) -> None:
    guard = setup[0].guard

    async def agenerate(*_args, **_kwargs):
        raise error

    async def astream(*_args, **_kwargs):
        raise error
        yield ""  # an async generator that fails at its first piece

    monkeypatch.setattr(guard, "agenerate", agenerate)
    monkeypatch.setattr(guard, "astream", astream)
    body = {"model": "public", "messages": [{"role": "user", "content": "hi"}], "stream": stream}
    response = client.post("/v1/chat/completions", json=body, headers=auth(setup[1]["shop"]))
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    if isinstance(error, EngineError):
        assert str(error) in response.json()["error"]["message"]  # our own message names the problem
    else:
        assert str(error) not in response.text


def test_an_unexpected_exception_is_a_500_naming_nothing(setup, client, monkeypatch) -> None:
    async def agenerate(*_args, **_kwargs):
        raise KeyError("secret prompt text")

    monkeypatch.setattr(setup[0].guard, "agenerate", agenerate)
    body = {"model": "public", "messages": [{"role": "user", "content": "hi"}]}
    response = client.post("/v1/chat/completions", json=body, headers=auth(setup[1]["shop"]))
    assert response.status_code == 500 and response.json()["error"]["code"] == "internal_error"
    assert "secret prompt text" not in response.text


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [("get", "/nowhere", 404, "not_found"), ("get", "/v1/chat/completions", 405, "method_not_allowed")],
    ids=["unknown-path", "wrong-method"],
)
def test_http_errors_keep_openais_shape(client, method, path, status, code) -> None:
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert set(response.json()["error"]) == {"message", "type", "param", "code"} and response.json()["error"]["code"] == code


@pytest.mark.parametrize(
    ("metrics_key", "header", "status"),
    [(None, None, 403), ("m" * 20, None, 403), ("m" * 20, "Bearer " + "m" * 20, 200), ("m" * 20, "Bearer " + "n" * 20, 403)],
    ids=["no-key-remote-client", "key-missing", "key-given", "wrong-key"],
)
def test_metrics_need_the_metrics_key_off_this_machine(setup, metrics_key, header, status) -> None:
    state = ServerState(setup[0].guard, setup[0].keys, metrics_key=metrics_key and hash_key(metrics_key))
    with TestClient(create_app(state)) as remote:  # the test client's address is not loopback
        response = remote.get("/metrics", headers={} if header is None else {"Authorization": header})
    assert response.status_code == status
    if status == 200:
        assert "guardrail_requests" in response.text
    else:
        assert response.json()["error"]["code"] == "metrics_forbidden"


def test_no_metrics_route_when_metrics_have_their_own_listener(setup) -> None:
    state = ServerState(setup[0].guard, setup[0].keys, metrics_on_api=False)
    with TestClient(create_app(state)) as test_client:
        assert test_client.get("/metrics").status_code == 404
