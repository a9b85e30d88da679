"""The HTTP service through the official `openai` client, against a server started here.

The engine is `ScriptEngine` (it repeats the user's words, so personal data in a prompt
reaches the answer and the real Presidio filter has something to remove); one test runs the
real engine on the tiny model.
"""

from __future__ import annotations

import json
import logging

import httpx
import openai
import pytest
from guard_fakes import shared_output_filter
from server_support import EMAIL, POLICIES, ScriptEngine, live_server, write_policies

from guardrail import Guardrail, PolicyStore
from guardrail.server.app import ServerState, create_app
from guardrail.server.keys import KeyStore, add_key
from guardrail.server.limits import RequestLimits

ASK = f"Please write to {EMAIL} about the lamp that ships on Monday"
LIMIT = 8_192


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    """A live server over ScriptEngine with keys for `shop` and `clinic`."""
    folder = tmp_path_factory.mktemp("serve")
    store = PolicyStore.from_dir(write_policies(folder / "policies"), adapters_dir=None)
    keys_file = folder / "keys.yaml"
    secrets = {tenant: add_key(keys_file, tenant).secret for tenant in ("shop", "clinic")}
    engine = ScriptEngine()
    guard = Guardrail(store, engine=engine, output_filter=shared_output_filter())
    state = ServerState(guard, KeyStore(keys_file), limits=RequestLimits(max_body_bytes=LIMIT))
    with live_server(create_app(state)) as url:
        yield url, secrets, engine, state
    guard.close()


@pytest.fixture
def client(service) -> openai.OpenAI:
    url, secrets, _, _ = service
    return openai.OpenAI(base_url=url + "/v1", api_key=secrets["shop"], max_retries=0)


def chat(client, source="public", content=ASK, **kwargs):
    return client.chat.completions.create(model=source, messages=[{"role": "user", "content": content}], **kwargs)


def test_chat_completion_is_filtered_with_usage(client) -> None:
    answer = chat(client)
    assert EMAIL not in answer.choices[0].message.content
    assert "<EMAIL_ADDRESS>" in answer.choices[0].message.content
    assert answer.model == "public" and answer.object == "chat.completion"
    assert answer.choices[0].finish_reason == "stop"
    assert answer.usage.completion_tokens == len(ASK.split())
    assert answer.usage.total_tokens == answer.usage.prompt_tokens + answer.usage.completion_tokens


def test_legacy_completion_is_filtered(client) -> None:
    answer = client.completions.create(model="public", prompt=ASK)
    assert answer.object == "text_completion" and "<EMAIL_ADDRESS>" in answer.choices[0].text
    assert EMAIL not in answer.choices[0].text


def test_streaming_chat_equals_the_whole_answer(client) -> None:
    whole = chat(client).choices[0].message.content
    chunks = list(chat(client, stream=True, stream_options={"include_usage": True}))
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole and EMAIL not in text
    finals = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finals == ["stop"]
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == len(ASK.split())


def test_streaming_completion_ends_with_done(service) -> None:
    url, secrets, _, _ = service
    body = {"model": "public", "prompt": ASK, "stream": True}
    with httpx.stream("POST", url + "/v1/completions", json=body, headers=_auth(secrets["shop"])) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = [line.removeprefix("data: ") for line in response.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert all(c["object"] == "text_completion" for c in chunks)
    assert "<EMAIL_ADDRESS>" in "".join(c["choices"][0]["text"] for c in chunks)


def test_models_lists_exactly_the_tenants_sources(service) -> None:
    url, secrets, _, _ = service
    for tenant, secret in secrets.items():
        models = openai.OpenAI(base_url=url + "/v1", api_key=secret, max_retries=0).models.list()
        assert sorted(m.id for m in models) == sorted(POLICIES[tenant])
        assert {m.owned_by for m in models} == {tenant}


@pytest.mark.parametrize("model", ["patient_chat", "no_such_source"], ids=["other-tenants-source", "missing-source"])
def test_a_source_outside_the_tenant_is_model_not_found(client, model: str) -> None:
    with pytest.raises(openai.NotFoundError) as caught:
        chat(client, source=model)
    error = caught.value.body
    assert error["code"] == "model_not_found" and error["param"] == "model"
    assert error["message"] == "The requested model does not exist or you do not have access to it. GET /v1/models lists yours."


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer gr-wrong"}, {"Authorization": "Basic x"}], ids=["missing", "wrong", "not-bearer"])
def test_a_missing_or_wrong_key_is_401(service, headers: dict) -> None:
    url, _, _, _ = service
    response = httpx.post(url + "/v1/chat/completions", json={"model": "public", "messages": []}, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=url + "/v1", api_key="gr-wrong", max_retries=0).models.list()


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        (b"{not json", 400, None),
        (b"[1, 2]", 400, None),
        (json.dumps({"model": "public"}).encode(), 422, "messages"),
        (json.dumps({"model": "public", "messages": [{"role": "tool", "content": "x"}]}).encode(), 422, "messages.0.role"),
        (json.dumps({"model": "public", "messages": [{"role": "user", "content": "x"}], "max_tokens": 0}).encode(), 422, "max_tokens"),
        (json.dumps({"model": "public", "messages": [{"role": "user", "content": "x"}], "n": 2}).encode(), 422, "n"),
        (json.dumps({"model": "public", "messages": [{"role": "user", "content": "x"}], "stop": [""]}).encode(), 422, "stop"),
        (json.dumps({"model": "public", "messages": [{"role": "user", "content": "x"}], "temperature": 2.5}).encode(), 422, "temperature"),
        (json.dumps({"model": "public", "messages": [{"role": "user", "content": "x"}], "seed": -1}).encode(), 422, "seed"),
    ],
    ids=["not-json", "not-an-object", "no-messages", "bad-role", "zero-max-tokens", "several-choices", "empty-stop",
         "hot-temperature", "negative-seed"],
)
def test_a_malformed_body_names_the_problem(service, body: bytes, status: int, param: str | None) -> None:
    url, secrets, _, _ = service
    headers = {**_auth(secrets["shop"]), "Content-Type": "application/json"}
    response = httpx.post(url + "/v1/chat/completions", content=body, headers=headers)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["param"] == param and "Traceback" not in response.text
    if param:
        assert f"`{param}`" in error["message"]


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_an_oversized_body_is_413(service, chunked: bool) -> None:
    url, secrets, _, _ = service
    body = json.dumps({"model": "public", "messages": [{"role": "user", "content": "x" * LIMIT}]}).encode()
    content = iter([body[:100], body[100:]]) if chunked else body
    response = httpx.post(url + "/v1/chat/completions", content=content, headers=_auth(secrets["shop"]))
    assert response.status_code == 413 and response.json()["error"]["code"] == "request_too_large"


@pytest.mark.parametrize(("asked", "decoded", "finish"), [(None, 40, "stop"), (1000, 40, "stop"), (3, 3, "length")])
def test_max_tokens_is_capped_by_the_route(service, client, asked, decoded: int, finish: str) -> None:
    engine = service[2]
    answer = chat(client, max_tokens=asked) if asked else chat(client)
    assert engine.decodings[-1].max_new_tokens == decoded
    assert answer.choices[0].finish_reason == finish


@pytest.mark.parametrize(("source", "temperature", "top_p"), [("public", 0.0, 1.0), ("open", 0.7, 0.5)])
def test_sampling_is_honoured_only_where_the_policy_allows(service, client, source, temperature, top_p) -> None:
    chat(client, source=source, temperature=0.7, top_p=0.5)
    spec = service[2].decodings[-1]
    assert (spec.temperature, spec.top_p) == (temperature, top_p)


def test_stop_strings_reach_the_decoder(service, client) -> None:
    answer = chat(client, content="one two three four", stop=["three"])
    assert service[2].decodings[-1].stop == ("three",)
    assert answer.choices[0].message.content == "one two " and answer.choices[0].finish_reason == "stop"


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_a_blocked_filter_returns_an_error_without_text(client, stream: bool) -> None:
    # `strict` fails its filter on answers over 30 characters and blocks them
    with pytest.raises((openai.InternalServerError, openai.APIError)) as caught:
        list(chat(client, source="strict", stream=True)) if stream else chat(client, source="strict")
    body = caught.value.body
    assert body["code"] == "output_filter_blocked"
    assert "lamp" not in json.dumps(body) and EMAIL not in json.dumps(body)


def test_keys_never_reach_the_logs(service, caplog) -> None:
    url, secrets, _, _ = service
    caplog.set_level(logging.DEBUG)
    chat(openai.OpenAI(base_url=url + "/v1", api_key=secrets["shop"], max_retries=0))
    httpx.get(url + "/v1/models", headers=_auth(secrets["shop"] + "x"))
    assert all(secrets["shop"] not in record.getMessage() for record in caplog.records)


def test_tiny_model_through_http(tmp_path, tiny_model) -> None:
    from guardrail.steering.engine import SteeringEngine

    store = PolicyStore.from_dir(write_policies(tmp_path / "policies"), adapters_dir=None)
    secret = add_key(tmp_path / "keys.yaml", "shop").secret
    guard = Guardrail(store, engine=SteeringEngine(tiny_model), output_filter=shared_output_filter())
    with live_server(create_app(ServerState(guard, KeyStore(tmp_path / "keys.yaml")))) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key=secret, max_retries=0)
        whole = chat(client, content="What is the order total?", max_tokens=8)
        streamed = chat(client, content="What is the order total?", max_tokens=8, stream=True)
        text = "".join(c.choices[0].delta.content or "" for c in streamed if c.choices)
    guard.close()
    assert 0 < whole.usage.completion_tokens <= 8
    assert text == whole.choices[0].message.content


def _auth(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}
