"""Every example runs, against the real `Guardrail` and the real Presidio output filter.

The Flask app and the guarded hosted chain only filter, so a test asserts that no model is
ever loaded for them; the LangChain chain decodes with the tiny model (and, marked slow,
with the embedded default model exactly as `python examples/langchain_chain.py` does).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from guard_fakes import EXAMPLE_POLICIES, quick_policies, shared_output_filter

from guardrail import Guardrail, PolicyStore
from guardrail.policy import load_policy_file

EXAMPLES = EXAMPLE_POLICIES.parent
RAW = ("Maria Garcia", "maria.garcia@fastmail.com", "415 555 0187", "NW-482913", "4929 1851 5231 6740")


def load_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _leaks(text: str) -> list[str]:
    return [value for value in RAW if value in text]


class NoEngine:
    """An engine that fails the test if a filter-only surface ever touches it."""

    def __getattr__(self, name: str):
        raise AssertionError(f"a filter-only surface used the model (engine.{name})")


@pytest.fixture(scope="module")
def filter_only_guard():
    """The examples' policies with the real filter and an engine that must never be used."""
    return Guardrail.from_dir(EXAMPLE_POLICIES, engine=NoEngine(), output_filter=shared_output_filter())


def test_example_policies_are_valid():
    files = sorted(EXAMPLE_POLICIES.glob("*.yaml"))
    tenants = {load_policy_file(f, adapters_dir=None).tenant for f in files}
    assert tenants == {"shop", "clinic"}
    assert len(PolicyStore.from_dir(EXAMPLE_POLICIES, adapters_dir=None).routes()) == 6


# --- Flask app with @protect -----------------------------------------------------------


@pytest.fixture(scope="module")
def client(filter_only_guard):
    app = load_example("flask_app").build_app(filter_only_guard)
    app.config["TESTING"] = True
    return app.test_client()


def _headers(source: str | None = None, tenant: str = "shop") -> dict[str, str]:
    return {"X-Tenant": tenant, **({"X-Source": source} if source else {})}


def test_flask_storefront_gets_a_filtered_record_with_keys_and_numbers_kept(client):
    response = client.get("/customers/c-1", headers=_headers("storefront"))
    assert response.status_code == 200
    body = response.get_json()
    assert not _leaks(response.get_data(as_text=True))
    assert set(body) == {"name", "email", "phone", "orders", "tier"}
    assert body["email"] == "<EMAIL_ADDRESS>" and body["name"] == "<PERSON>"
    assert body["orders"][0]["id"] == "<ORDER_ID>"  # the policy's custom recognizer
    assert body["orders"][0]["total"] == 84.5 and body["tier"] == "gold"


def test_flask_keys_and_integer_phone_numbers_are_filtered(client):
    response = client.get("/customers/c-1/preferences", headers=_headers("storefront"))
    assert response.get_json() == {"<EMAIL_ADDRESS>": "newsletter", "mobile": "<PHONE_NUMBER>", "visits": 12}
    agent = client.get("/customers/c-1/preferences", headers=_headers("support_agent")).get_json()
    assert agent == {"maria.garcia@fastmail.com": "newsletter", "mobile": 4155550187, "visits": 12}


def test_flask_route_comes_from_the_headers(client, monkeypatch):
    default = client.get("/customers/c-1", headers=_headers()).get_json()  # default source: storefront
    assert default["email"] == "<EMAIL_ADDRESS>"
    agent = client.get("/customers/c-1", headers=_headers("support_agent")).get_json()
    assert agent["email"] == "maria.garcia@fastmail.com"  # support agents see contact details
    masked = client.get("/customers/c-1", headers=_headers("account")).get_json()
    assert masked["email"] == "*" * len("maria.garcia@fastmail.com")

    monkeypatch.setenv("GUARDRAIL_HASH_SECRET", "test-secret")
    hashed = client.get("/customers/c-1", headers=_headers("warehouse_export")).get_json()
    token = hashed["phone"]
    assert re.fullmatch(r"<PHONE_NUMBER:[0-9a-f]{16}>", token)
    assert token in hashed["orders"][0]["note"]  # the same value hashes to the same token


@pytest.mark.parametrize(
    ("headers", "message"),
    [({}, "unknown tenant None"), (_headers(tenant="nobody"), "unknown tenant 'nobody'"),
     (_headers("back_office"), "unknown source 'back_office'")],
)
def test_flask_unknown_route_is_refused_before_the_handler(client, headers, message):
    response = client.get("/customers/c-1", headers=headers)
    assert response.status_code == 403
    assert message in response.get_json()["error"]


def test_flask_streamed_answer_is_released_filtered(client):
    response = client.get("/customers/c-1/letter", headers=_headers("storefront"), buffered=False)
    assert response.status_code == 200
    chunks = [chunk.decode() for chunk in response.response]
    response.close()
    text = "".join(chunks)
    assert len(chunks) > 1
    assert not _leaks(text) and not any(_leaks(chunk) for chunk in chunks)
    assert text.startswith("Dear <PERSON>,\nthank you for your order <ORDER_ID>.")
    assert "We will call you on <PHONE_NUMBER> before we deliver." in text


def test_flask_redact_input_keeps_personal_data_out_of_the_handler(client):
    response = client.get("/search/orders of maria.garcia@fastmail.com", headers=_headers("storefront"))
    assert response.status_code == 200
    assert response.get_json()["query"] == "orders of <EMAIL_ADDRESS>"
    assert client.application.config["SEARCH_LOG"][-1] == "orders of <EMAIL_ADDRESS>"


def test_flask_missing_customer_is_the_apps_own_error(client):
    assert client.get("/customers/c-404", headers=_headers("storefront")).status_code == 404


# --- guard_runnable around an existing chain ------------------------------------------


def test_guard_existing_chain_example(filter_only_guard):
    lines: list[str] = []
    results = load_example("guard_existing_chain").run(filter_only_guard, out=lines.append)
    assert _leaks(results["raw"])  # the stand-in hosted model does leak
    assert not _leaks(results["storefront"])
    assert not any(_leaks(piece) for piece in results["stream"])
    assert "".join(results["stream"]) == results["storefront"]
    # support agents get contact details but never the card number
    assert "maria.garcia@fastmail.com" in results["support_agent"]
    assert "4929 1851 5231 6740" not in results["support_agent"]
    assert len(lines) == 4 and not _leaks(lines[1]) and not _leaks(lines[3])


# --- GuardedLLM and ChatGuardrail chains ------------------------------------------------


def _run_on_tiny_model(example: str, folder, tiny_model, entry: str = "run") -> tuple[Any, list[str]]:
    from guardrail.steering.engine import SteeringEngine

    store = PolicyStore.from_dir(quick_policies(folder), adapters_dir=None)
    guard = Guardrail(store, engine=SteeringEngine(tiny_model), output_filter=shared_output_filter())
    lines: list[str] = []
    try:
        return getattr(load_example(example), entry)(guard, out=lines.append), lines
    finally:
        guard.close()


def test_langchain_chain_example_with_the_tiny_model(tmp_path, tiny_model):
    results, lines = _run_on_tiny_model("langchain_chain", tmp_path, tiny_model)
    assert results["invoke"] == results["batch"][0]  # greedy: the same answer invoked or batched
    assert len(results["batch"]) == 2 and results["stream"]
    assert [line.split("]")[0] for line in lines] == [
        "[shop/storefront", "[shop/storefront via batch", "[shop/support_agent via batch",
        f"[shop/account streamed in {len(results['stream'])} pieces",
    ]


def test_chat_chain_example_with_the_tiny_model(tmp_path, tiny_model):
    results, lines = _run_on_tiny_model("chat_chain", tmp_path, tiny_model)
    assert "".join(results["stream"]) == results["storefront"]  # greedy: streamed = invoked
    assert [line.split("]")[0] for line in lines] == ["[shop/storefront", "[shop/support_agent", "[shop/storefront streamed"]


@pytest.mark.slow
def test_langchain_chain_example_runs_on_the_default_model(capsys):
    assert load_example("langchain_chain").main([]) == 0
    printed = capsys.readouterr().out
    assert printed.count("[shop/") == 4
    storefront = printed.split("\n")[0]
    assert not _leaks(storefront)


# --- LangChain v1 agent with GuardrailMiddleware ------------------------------------------


def test_agent_middleware_example_offline(filter_only_guard):
    lines: list[str] = []
    results = load_example("agent_middleware").run(filter_only_guard, out=lines.append)
    # the e-mail tool got filtered arguments: the model's call was filtered before it ran
    assert results["sent"] == [{"to": "<EMAIL_ADDRESS>", "body": "Hi <PERSON>, your order ships Friday."}]
    assert not any(_leaks(repr(message)) for message in results["messages"])  # tool results and answers
    assert not any(_leaks(line) for line in lines) and len(lines) == 6


def test_agent_middleware_example_with_chatguardrail_on_the_tiny_model(tmp_path, tiny_model):
    answer, lines = _run_on_tiny_model("agent_middleware", tmp_path, tiny_model, entry="run_guarded_model")
    assert isinstance(answer, str) and not _leaks(answer)
    assert [line.split("]")[0] for line in lines] == ["[ChatGuardrail agent"]


@pytest.mark.slow
def test_agent_middleware_example_runs_on_the_default_model(capsys):
    assert load_example("agent_middleware").main(["--guarded-model"]) == 0
    printed = capsys.readouterr().out
    assert printed.count("[ChatGuardrail agent]") == 1 and not _leaks(printed)
