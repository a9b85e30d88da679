"""`ChatGuardrail`: messages, metadata, streaming, stop words, routing, what it refuses.

Most tests use `FakeGuard` (tests/guard_fakes.py: it echoes the last message and filters
e-mail addresses), so they can check exactly what crosses the guard; the last ones run the
real `Guardrail` with the tiny model engine and the real output filter.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from guard_fakes import FakeGuard
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage, SystemMessage, ToolMessage
from langchain_core.prompts import ChatPromptTemplate
from pydantic import ValidationError

from guardrail.errors import PolicyError
from guardrail.langchain import ChatGuardrail, GuardedLLM

EMAIL = "jane.doe@example.com"
REDACTED = "<EMAIL_ADDRESS>"
AGENT = {"configurable": {"tenant": "shop", "source": "support_agent"}}  # does not filter e-mail


@pytest.fixture
def guard() -> FakeGuard:
    return FakeGuard()


class Seen(BaseCallbackHandler):
    """Collects every token a callback handler is shown."""

    def __init__(self) -> None:
        self.tokens: list[str] = []

    def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        self.tokens.append(token)


class Recording(FakeGuard):
    """Also records the messages each generation received."""

    def __init__(self) -> None:
        super().__init__()
        self.prompts: list[Any] = []

    def _respond(self, prompt, tenant, source):
        self.prompts.append(prompt)
        return super()._respond(prompt, tenant, source)


def test_messages_are_passed_with_their_roles_and_the_answer_is_filtered():
    guard = Recording()
    chat = ChatGuardrail(guard=guard, tenant="shop")
    prompt = ChatPromptTemplate.from_messages([("system", "Be brief."), ("ai", "Hi."), ("human", "mail {who}")])
    answer = (prompt | chat).invoke({"who": EMAIL})
    assert guard.prompts == [
        [{"role": "system", "content": "Be brief."}, {"role": "assistant", "content": "Hi."},
         {"role": "user", "content": f"mail {EMAIL}"}]
    ]
    assert isinstance(answer, AIMessage) and answer.content == f"You asked: mail {REDACTED}"


def test_metadata_has_route_counts_and_usage_never_values(guard):
    answer = ChatGuardrail(guard=guard, tenant="shop").invoke(f"a {EMAIL} and {EMAIL}")
    assert answer.response_metadata == {
        "model_name": "smollm2-135m-instruct", "finish_reason": "eos", "tenant": "shop", "source": "storefront",
        "withheld": False, "entity_counts": {"EMAIL_ADDRESS": 2},
    }
    assert answer.usage_metadata == {"input_tokens": 4, "output_tokens": 6, "total_tokens": 10}
    assert EMAIL not in str(answer)


@pytest.mark.parametrize("cls", [ChatGuardrail, GuardedLLM])
@pytest.mark.parametrize(
    ("instance", "config", "call"),
    [
        ({"tenant": "shop"}, None, ("generate", "shop", "None")),
        ({"tenant": "shop", "source": "account"}, None, ("generate", "shop", "account")),
        ({"tenant": "shop"}, AGENT, ("generate", "shop", "support_agent")),
        # a per-call tenant gets its own default source, never the instance's
        ({"tenant": "shop", "source": "support_agent"}, {"configurable": {"tenant": "clinic"}}, ("generate", "clinic", "None")),
        ({}, {"configurable": {"tenant": "clinic", "source": "clinician"}}, ("generate", "clinic", "clinician")),
    ],
    ids=["instance", "instance-source", "per-call", "per-call-tenant", "per-call-only"],
)
def test_the_routing_rule_is_shared(guard, cls, instance, config, call):
    cls(guard=guard, **instance).invoke("hi", config=config)
    assert guard.calls == [call]


@pytest.mark.parametrize(("instance", "match"), [({}, "no tenant"), ({"tenant": "nobody"}, "unknown tenant")])
def test_without_tenant_or_with_unknown_tenant_fails(guard, instance, match):
    with pytest.raises(PolicyError, match=match):
        ChatGuardrail(guard=guard, **instance).invoke("hi")


def test_batch_keeps_a_route_per_input(guard):
    chat = ChatGuardrail(guard=guard, tenant="shop")
    out = chat.batch([f"mail {EMAIL}"] * 2, config=[{}, AGENT])
    assert [m.content for m in out] == [f"You asked: mail {REDACTED}", f"You asked: mail {EMAIL}"]
    assert [m.response_metadata["source"] for m in out] == ["storefront", "support_agent"]


def test_stream_yields_filtered_chunks_and_callbacks_never_see_raw_text(guard):
    chat = ChatGuardrail(guard=guard, tenant="shop")
    seen = Seen()
    chunks = list(chat.stream(f"mail {EMAIL} today", config={"callbacks": [seen]}))
    assert all(isinstance(c, AIMessageChunk) for c in chunks) and len(chunks) > 3
    assert [c.content for c in chunks] == ["You ", "asked: ", "mail ", f"{REDACTED} ", "today", ""]
    assert seen.tokens == [c.content for c in chunks]
    last = chunks[-1]
    assert last.chunk_position == "last"
    assert last.usage_metadata == {"input_tokens": 3, "output_tokens": 5, "total_tokens": 8}
    assert last.response_metadata["entity_counts"] == {"EMAIL_ADDRESS": 1}
    total = chunks[0]
    for chunk in chunks[1:]:
        total += chunk
    assert total.content == f"You asked: mail {REDACTED} today"


def test_streaming_invoke_and_events_never_show_raw_text(guard):
    chat = ChatGuardrail(guard=guard, tenant="shop", streaming=True)
    seen = Seen()
    answer = chat.invoke(f"mail {EMAIL}", config={"callbacks": [seen]})
    assert answer.content == f"You asked: mail {REDACTED}" == "".join(seen.tokens)

    async def events():
        return [e async for e in chat.astream_events(f"mail {EMAIL}", version="v2")]

    outputs = [e["data"] for e in asyncio.run(events()) if e["event"] in ("on_chat_model_stream", "on_chat_model_end")]
    assert len(outputs) > 3
    assert EMAIL not in str(outputs) and REDACTED in str(outputs)


@pytest.mark.parametrize("stream", [False, True], ids=["invoke", "stream"])
@pytest.mark.parametrize(
    ("instance_stop", "call_stop"), [(None, ["thr", "four"]), (["thr"], None), (["one"], ["thr"])],
    ids=["per-call", "instance", "per-call-replaces-instance"],
)
def test_stop_words_cut_the_filtered_answer(guard, stream, instance_stop, call_stop):
    chat = ChatGuardrail(guard=guard, tenant="shop", stop=instance_stop)
    if stream:
        chunks = list(chat.stream("one two three four", stop=call_stop))
        text = "".join(c.content for c in chunks)
        assert chunks[-1].response_metadata["finish_reason"] == "stop"
    else:
        answer = chat.invoke("one two three four", stop=call_stop)
        text = answer.content
        assert answer.response_metadata["finish_reason"] == "stop"
    assert text == "You asked: one two "


def test_async_invoke_stream_and_batch(guard):
    chat = ChatGuardrail(guard=guard, tenant="shop")

    async def run():
        one = await chat.ainvoke(f"mail {EMAIL}", config=AGENT)
        chunks = [c async for c in chat.astream(f"mail {EMAIL}")]
        many = await chat.abatch([f"mail {EMAIL}"] * 2)
        return one, chunks, many

    one, chunks, many = asyncio.run(run())
    assert one.content == f"You asked: mail {EMAIL}"
    assert "".join(c.content for c in chunks) == f"You asked: mail {REDACTED}"
    assert chunks[-1].usage_metadata["total_tokens"] > 0
    assert [m.content for m in many] == [f"You asked: mail {REDACTED}"] * 2


@pytest.mark.parametrize(
    ("messages", "match"),
    [
        ([AIMessage("", tool_calls=[{"name": "f", "args": {}, "id": "1"}]), HumanMessage("x")], "do not support tool calling"),
        ([ToolMessage("42", tool_call_id="1")], "system, human and ai messages only"),
        ([HumanMessage([{"type": "image", "url": "https://example.com/a.png"}])], "'image' content block"),
    ],
    ids=["tool-call", "tool-message", "image"],
)
def test_what_it_does_not_read_is_refused(guard, messages, match):
    with pytest.raises(ValueError, match=match):
        ChatGuardrail(guard=guard, tenant="shop").invoke(messages)
    assert guard.calls == []


def test_text_blocks_and_names_are_read(guard):
    message = HumanMessage([{"type": "text", "text": "mail "}, EMAIL], name="example_user")
    answer = ChatGuardrail(guard=guard, tenant="shop").invoke([SystemMessage("s"), message])
    assert answer.content == f"You asked: mail {REDACTED}"


@pytest.mark.parametrize(
    ("setting", "match"),
    [({"top_k": 5}, "`top_k` is decided by the route's policy"),
     ({"model": "gpt-4o"}, "`model` is decided by the route's policy"),
     ({"max_tokens": 0}, "greater than or equal to 1"),
     ({"cache": True}, "do not cache"), ({"base_url": "x"}, "Extra inputs are not permitted")],
    ids=["top_k", "model", "max_tokens-zero", "cache", "unknown"],
)
def test_settings_it_does_not_take_are_refused(guard, setting, match):
    with pytest.raises(ValidationError, match=match):
        ChatGuardrail(guard=guard, tenant="shop", **setting)


def test_tracing_params(guard):
    chat = ChatGuardrail(guard=guard, tenant="shop", source="account", stop=["END"])
    assert chat._get_ls_params() == {
        "ls_provider": "guardrail", "ls_model_name": "smollm2-135m-instruct", "ls_model_type": "chat", "ls_stop": ["END"],
        "ls_temperature": 0.0, "ls_max_tokens": 128,  # what the route will really use
    }
    assert chat._identifying_params == {"model_name": "smollm2-135m-instruct", "tenant": "shop", "source": "account"}
    assert chat._llm_type == "guardrail-chat"


# --- standard parameters ------------------------------------------------------------------

SAMPLING_POLICY = """
tenant: lab
default_source: open
sources:
  open: {steering: {decoding: {max_new_tokens: 64, client_sampling: true}}, filter: {entities: [EMAIL_ADDRESS]}}
  fixed: {steering: {decoding: {max_new_tokens: 64, temperature: 0.0}}, filter: {entities: [EMAIL_ADDRESS]}}
"""


@pytest.fixture
def lab(tmp_path) -> FakeGuard:
    (tmp_path / "lab.yaml").write_text(SAMPLING_POLICY)
    return FakeGuard(tmp_path)


@pytest.mark.parametrize("cls", [ChatGuardrail, GuardedLLM], ids=["chat", "llm"])
def test_standard_parameters_are_accepted_and_passed_as_request_options(guard, cls):
    from guardrail.policy.overrides import RequestOptions

    model = cls(guard=guard, tenant="shop", temperature=0, max_tokens=100, timeout=60, stop=[], max_retries=2, seed=7, api_key="unused")
    model.invoke("hi")
    model.invoke("hi", max_tokens=5, temperature=0.5)  # per call, over the instance's
    assert guard.options[-1] == RequestOptions(max_tokens=5, temperature=0.5, seed=7)  # the instance's seed
    assert "unused" not in repr(model) and "api_key" not in model.model_dump()


@pytest.mark.parametrize(
    ("source", "call", "expected"),
    [
        ("open", {"temperature": 0.7, "max_tokens": 500}, (0.7, 64)),  # client sampling allowed; max_tokens capped
        ("fixed", {"temperature": 0.7, "max_tokens": 16}, (0.0, 16)),  # the route's temperature wins
        ("fixed", {}, (0.0, 64)),
    ],
    ids=["client-sampling", "route-wins", "defaults"],
)
@pytest.mark.parametrize("cls", [ChatGuardrail, GuardedLLM], ids=["chat", "llm"])
def test_tracing_reports_what_the_route_will_really_use(lab, cls, source, call, expected, caplog):
    model = cls(guard=lab, tenant="lab", source=source)
    with caplog.at_level("DEBUG", logger="guardrail.langchain.base"):
        params = model._get_ls_params(**call)
    assert (params["ls_temperature"], params["ls_max_tokens"]) == expected
    assert ("client_sampling is off" in caplog.text) == (source == "fixed" and "temperature" in call)


class SlowGuard(FakeGuard):
    """Streams one piece every 20 ms and records whether its decode was stopped."""

    stopped = False

    def stream(self, prompt, tenant, source=None, on_finish=None, options=None):
        import time

        try:
            for piece in ["one ", "two ", "three ", "four ", "five "] * 4:
                time.sleep(0.02)
                yield piece
        finally:
            self.stopped = True


@pytest.mark.parametrize("surface", ["invoke", "stream", "llm"])
def test_timeout_bounds_the_call_and_stops_the_decode(surface):
    guard = SlowGuard()
    model = (GuardedLLM if surface == "llm" else ChatGuardrail)(guard=guard, tenant="shop", timeout=0.1)
    with pytest.raises(TimeoutError, match="ran past its timeout"):
        if surface == "stream":
            list(model.stream("hi"))
        else:
            model.invoke("hi")
    assert guard.stopped


def test_async_timeout_cuts_a_wait_for_the_next_piece():
    class Stalled(FakeGuard):
        async def astream(self, prompt, tenant, source=None, on_finish=None, options=None):
            yield "first "
            await asyncio.sleep(30)
            yield "never"

    with pytest.raises(TimeoutError):
        asyncio.run(ChatGuardrail(guard=Stalled(), tenant="shop", timeout=0.1).ainvoke("hi"))


# --- the real Guardrail: tiny model engine, real Presidio filter ----------------------


def test_real_guardrail_invoke_stream_and_async_agree(real_guard):
    chat = ChatGuardrail(guard=real_guard, tenant="shop")
    messages = [SystemMessage("Answer briefly."), HumanMessage("Where is the order?")]
    expected = real_guard.generate(
        [{"role": "system", "content": "Answer briefly."}, {"role": "user", "content": "Where is the order?"}],
        tenant="shop",
    )
    answer = chat.invoke(messages)
    assert answer.content == expected.text  # greedy
    assert answer.usage_metadata["input_tokens"] == expected.prompt_tokens
    seen = Seen()
    chunks = list(chat.stream(messages, config={"callbacks": [seen]}))
    assert "".join(c.content for c in chunks) == expected.text
    assert seen.tokens == [c.content for c in chunks]
    assert chunks[-1].usage_metadata == answer.usage_metadata

    async def run():
        return await chat.ainvoke(messages), [c async for c in chat.astream(messages)]

    one, streamed = asyncio.run(run())
    assert one.content == expected.text == "".join(c.content for c in streamed)
