"""Every request is bounded: each limit is a 400/413 naming it, checked before anything costs;
text is normalised; error bodies never echo the client's strings; `/metrics` is not public;
disconnects are INFO without a traceback."""

from __future__ import annotations

import json
import logging
import socket
import time
from types import SimpleNamespace

import httpx
import pytest
from fastapi.testclient import TestClient
from guard_fakes import shared_output_filter
from server_support import ScriptEngine, live_server, write_policies

from guardrail import Guardrail, PolicyStore
from guardrail.server.app import ServerState, create_app
from guardrail.server.keys import KeyStore, add_key, hash_key
from guardrail.server.limits import RequestLimits
from guardrail.server.metrics import metrics_app


class WordTokenizer:
    """One token per whitespace-separated word (what `count_tokens` calls)."""

    def __call__(self, texts, add_special_tokens=False):
        return {"input_ids": [list(range(len(t.split()))) for t in texts]}


class CountingEngine(ScriptEngine):
    """`ScriptEngine` with a tokenizer, as the real engine has (`engine.loaded.tokenizer`)."""

    loaded = SimpleNamespace(tokenizer=WordTokenizer())


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    folder = tmp_path_factory.mktemp("limits")
    store = PolicyStore.from_dir(write_policies(folder / "policies"), adapters_dir=None)
    secret = add_key(folder / "keys.yaml", "shop").secret
    guard = Guardrail(store, engine=CountingEngine(), output_filter=shared_output_filter())
    state = ServerState(guard, KeyStore(folder / "keys.yaml"), limits=RequestLimits(max_prompt_tokens=1_000))
    with live_server(create_app(state)) as url:
        yield url, secret, state
    guard.close()


def post(service, body: bytes | dict, path: str = "/v1/chat/completions") -> httpx.Response:
    url, secret, _ = service
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"Authorization": f"Bearer {secret}", "Content-Type": "application/json"}
    return httpx.post(url + path, content=raw, headers=headers, timeout=30)


def chat(*messages: str, **extra) -> dict:
    return {"model": "open", "messages": [{"role": "user", "content": m} for m in messages], **extra}


# probe -> (body, status, code, fragments of the message)
LIMITS = {
    "array-200k-deep": (b"[" * 200_000 + b"]" * 200_000, 400, "json_too_deep", ["nested more than 32 levels deep", "--max-json-depth"]),
    "object-100k-deep": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, 400, "json_too_deep", ["max_json_depth"]),
    "field-40-deep": (chat("hi", stream_options=json.loads('{"a":' * 40 + "1" + "}" * 40)), 400, "json_too_deep", ["32 levels"]),
    "1000-short-messages": (chat(*["hello there"] * 1000), 400, "too_many_messages", ["1000 messages; the limit is 64", "--max-messages"]),
    "120k-char-message": (chat("x" * 120_000), 400, "message_too_long", ["120000 characters; the limit is 32000", "--max-message-chars"]),
    "120k-char-prompt": (
        {"model": "open", "prompt": "y" * 120_000}, 400, "message_too_long", ["the limit is 32000"],
    ),
    "too-many-tokens": (chat("word " * 600, "word " * 600), 400, "prompt_too_long", ["1200 tokens; the limit is 1000", "--max-prompt-tokens"]),
    "body-over-1-mb": (chat("z" * 1_100_000), 413, "request_too_large", ["larger than 1000000 bytes", "--max-body-bytes"]),
}


@pytest.mark.parametrize(("body", "status", "code", "fragments"), LIMITS.values(), ids=LIMITS.keys())
def test_each_limit_is_refused_by_name_before_any_work(service, body, status: int, code: str, fragments: list[str]) -> None:
    path = "/v1/completions" if isinstance(body, dict) and "prompt" in body else "/v1/chat/completions"
    start = time.monotonic()
    response = post(service, body, path)
    assert time.monotonic() - start < 2.0
    assert response.status_code == status, response.text[:300]
    error = response.json()["error"]
    assert error["code"] == code
    for fragment in fragments:
        assert fragment in error["message"]
    counted = service[2].metrics.registry.get_sample_value("guardrail_rejected_requests_total", {"reason": code})
    assert code == "request_too_large" or counted >= 1


def test_requests_within_the_limits_still_work(service) -> None:
    assert post(service, chat(*["hi"] * 64)).status_code == 200
    assert post(service, chat("x" * 32_000)).status_code == 200
    assert post(service, chat("word " * 1_000)).status_code == 200


def test_the_limits_are_configurable(tmp_path) -> None:
    store = PolicyStore.from_dir(write_policies(tmp_path / "policies"), adapters_dir=None)
    secret = add_key(tmp_path / "keys.yaml", "shop").secret
    limits = RequestLimits(max_messages=2, max_message_chars=10, max_json_depth=5)
    state = ServerState(Guardrail(store, engine=ScriptEngine(), output_filter=shared_output_filter()), KeyStore(tmp_path / "keys.yaml"), limits=limits)
    client = TestClient(create_app(state), headers={"Authorization": f"Bearer {secret}"})
    assert client.post("/v1/chat/completions", json=chat("a", "b")).status_code == 200
    parts = {"model": "open", "messages": [{"role": "user", "content": [{"type": "text", "text": "a"}]}]}
    assert client.post("/v1/chat/completions", json=parts).status_code == 200  # 5 levels: body, messages, message, parts, part
    assert client.post("/v1/chat/completions", json=chat("a", "b", "c")).json()["error"]["code"] == "too_many_messages"
    assert client.post("/v1/chat/completions", json=chat("x" * 11)).json()["error"]["code"] == "message_too_long"
    assert client.post("/v1/chat/completions", json=chat("a", stream_options={"a": {"b": {"c": {"d": {"e": 1}}}}})).json()["error"]["code"] == "json_too_deep"
    with pytest.raises(ValueError, match="`max_messages`"):
        RequestLimits(max_messages=0)


@pytest.mark.parametrize("text", ['"hi \\ud800"', '"\\udfff end"', '"pair \\ud83d\\ude00 and lone \\ud83d"'], ids=["high", "low", "pair-and-lone"])
def test_a_lone_surrogate_is_replaced_before_the_model_and_the_filter(service, text: str) -> None:
    raw = b'{"model": "open", "messages": [{"role": "user", "content": ' + text.encode() + b"}]}"
    response = post(service, raw)
    assert response.status_code == 200, response.text
    answer = response.json()["choices"][0]["message"]["content"]
    assert "\ufffd" in answer and not any(0xD800 <= ord(c) <= 0xDFFF for c in answer)
    assert ("\U0001f600" in answer) == ("pair" in text)


ECHOED = "zq-client-string-7f3"


@pytest.mark.parametrize(
    "body",
    [
        chat("hi") | {"model": ECHOED},
        {"model": "open", "messages": [{"role": ECHOED, "content": "hi"}]},
        {"model": "open", "messages": [{"role": "user", "content": [{"type": ECHOED, "text": "x"}]}]},
        chat("hi", max_tokens=ECHOED),
    ],
    ids=["unknown-model", "bad-role", "bad-part-type", "bad-number"],
)
def test_an_error_body_never_echoes_the_clients_strings(service, body: dict) -> None:
    response = post(service, body)
    assert response.status_code in (404, 422)
    assert ECHOED not in response.text


def test_metrics_answer_this_machine_or_the_metrics_key_only(service, tmp_path) -> None:
    url, _, state = service
    assert httpx.get(url + "/metrics").status_code == 200  # 127.0.0.1
    remote = TestClient(create_app(state))  # a client that is not on this machine
    refused = remote.get("/metrics")
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "metrics_forbidden"
    assert "guardrail_requests" not in refused.text

    keyed = ServerState(state.guard, state.keys, metrics_key=hash_key("m" * 32))
    remote = TestClient(create_app(keyed))
    assert remote.get("/metrics", headers={"Authorization": "Bearer " + "m" * 32}).status_code == 200
    assert remote.get("/metrics", headers={"Authorization": "Bearer " + "n" * 32}).status_code == 403
    assert remote.get("/metrics").status_code == 403

    separate = ServerState(state.guard, state.keys, metrics_on_api=False)
    assert TestClient(create_app(separate)).get("/metrics").status_code == 404
    assert "guardrail_requests" in TestClient(metrics_app(separate.metrics)).get("/metrics").text


@pytest.fixture
def server_log():
    """Records of guardrail's and uvicorn's loggers (uvicorn's do not reach the root logger)."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = records.append
    loggers = [logging.getLogger(name) for name in ("guardrail", "uvicorn", "uvicorn.error")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    yield records
    for lg, level in zip(loggers, levels):
        lg.removeHandler(handler)
        lg.setLevel(level)


def test_a_client_that_leaves_mid_body_is_logged_at_info_without_a_traceback(service, server_log) -> None:
    url, secret, _ = service
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        head = f"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {secret}\r\nContent-Length: 1000\r\n\r\n"
        sock.sendall(head.encode() + b'{"model": ')
        time.sleep(0.3)
    deadline = time.monotonic() + 5
    while not any("disconnected" in r.getMessage() for r in server_log) and time.monotonic() < deadline:
        time.sleep(0.05)
    (record,) = [r for r in server_log if "disconnected" in r.getMessage()]
    assert record.levelno == logging.INFO and record.exc_info is None
    assert not [r for r in server_log if r.levelno >= logging.ERROR]


def test_a_client_that_leaves_a_stream_is_logged_at_info(service, server_log) -> None:
    url, secret, state = service
    state.guard.engine.delay_s = 0.1
    try:
        body = {"model": "open", "messages": [{"role": "user", "content": " ".join(["w"] * 30)}], "stream": True}
        with httpx.stream("POST", url + "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {secret}"}) as response:
            next(line for line in response.iter_lines() if "w" in line)
        deadline = time.monotonic() + 5
        while not any("disconnected" in r.getMessage() for r in server_log) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        state.guard.engine.delay_s = 0.0
    assert [r.levelno for r in server_log if "disconnected" in r.getMessage()] == [logging.INFO]
    assert not [r for r in server_log if r.levelno >= logging.ERROR]


def test_the_limits_travel_with_the_serve_settings() -> None:
    from guardrail.server.runner import ServeSettings

    settings = ServeSettings(policies="p", keys="k", limits=RequestLimits(max_messages=3))
    assert ServeSettings(**settings.as_dict()).limits == RequestLimits(max_messages=3)  # as shipped to a Ray replica
