"""LangChain surfaces with real langchain-core runnables: `GuardedLLM` and `guard_runnable`.

Most tests use `FakeGuard` (tests/guard_fakes.py: an echoing "model" and an e-mail filter)
so they can check exactly what crosses the guard; `test_*_real_guardrail` run the real
`Guardrail` with the tiny model engine and the real output filter.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from guard_fakes import FakeGuard
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.documents import Document
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import PromptTemplate
from langchain_core.runnables import RunnableLambda, RunnableParallel

from guardrail.errors import PolicyError
from guardrail.langchain import ChatGuardrail, GuardedLLM, guard_runnable

EMAIL = "jane.doe@example.com"
REDACTED = "<EMAIL_ADDRESS>"
SHOP = {"configurable": {"tenant": "shop", "source": "storefront"}}
AGENT = {"configurable": {"tenant": "shop", "source": "support_agent"}}  # does not filter e-mail


@pytest.fixture
def guard() -> FakeGuard:
    return FakeGuard()


class Tokens(BaseCallbackHandler):
    """Collects what callbacks see."""

    def __init__(self) -> None:
        self.tokens: list[str] = []
        self.outputs: list[Any] = []

    def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        self.tokens.append(token)

    def on_llm_end(self, response: Any, **kwargs: Any) -> None:
        self.outputs.append(response)


def _chain(llm: GuardedLLM):
    return PromptTemplate.from_template("Who owns {address}?") | llm | StrOutputParser()


# --- GuardedLLM ------------------------------------------------------------------------


def test_llm_in_a_chain_returns_the_filtered_answer(guard):
    llm = GuardedLLM(guard=guard, tenant="shop", source="storefront")
    assert _chain(llm).invoke({"address": EMAIL}) == f"You asked: Who owns {REDACTED}?"
    assert guard.calls == [("generate", "shop", "storefront")]


def test_llm_route_per_call_from_config(guard):
    llm = GuardedLLM(guard=guard, tenant="shop")  # source: the tenant's default (storefront)
    assert REDACTED in _chain(llm).invoke({"address": EMAIL})
    assert EMAIL in _chain(llm).invoke({"address": EMAIL}, config=AGENT)
    assert guard.calls == [("generate", "shop", "None"), ("generate", "shop", "support_agent")]


def test_llm_per_call_tenant_gets_its_default_source_not_the_instance_source(guard):
    llm = GuardedLLM(guard=guard, tenant="shop", source="support_agent")
    llm.invoke("hi", config={"configurable": {"tenant": "clinic"}})
    llm.invoke("hi", config={"configurable": {"tenant": "clinic", "source": "clinician"}})
    assert guard.calls == [("generate", "clinic", "None"), ("generate", "clinic", "clinician")]


def test_llm_without_tenant_or_with_unknown_tenant_fails(guard):
    with pytest.raises(PolicyError, match="no tenant"):
        GuardedLLM(guard=guard).invoke("hi")
    with pytest.raises(PolicyError, match="unknown tenant"):
        GuardedLLM(guard=guard, tenant="nobody").invoke("hi")


def test_llm_batch_keeps_a_route_per_input(guard):
    llm = GuardedLLM(guard=guard, tenant="shop")
    out = _chain(llm).batch([{"address": EMAIL}] * 3, config=[SHOP, AGENT, SHOP])
    assert out == [f"You asked: Who owns {a}?" for a in (REDACTED, EMAIL, REDACTED)]
    assert sorted(guard.calls) == sorted([("generate", "shop", "storefront"), ("generate", "shop", "support_agent"),
                                          ("generate", "shop", "storefront")])


def test_llm_batch_respects_max_concurrency(guard):
    llm = GuardedLLM(guard=guard, tenant="shop")
    out = llm.batch(["a", "b", "c"], config={"max_concurrency": 2})
    assert out == ["You asked: a", "You asked: b", "You asked: c"]
    assert [call[0] for call in guard.calls] == ["generate"] * 3


def test_llm_stream_releases_filtered_pieces_and_callbacks_see_only_them(guard):
    llm = GuardedLLM(guard=guard, tenant="shop")
    seen = Tokens()
    pieces = list(_chain(llm).stream({"address": EMAIL}, config={"callbacks": [seen]}))
    assert "".join(pieces) == f"You asked: Who owns {REDACTED}?"
    assert len(pieces) > 3
    assert seen.tokens == pieces
    assert not any("@" in token for token in seen.tokens)


def test_llm_streaming_invoke_fires_token_callbacks(guard):
    llm = GuardedLLM(guard=guard, tenant="shop", streaming=True)
    seen = Tokens()
    text = llm.invoke(f"mail {EMAIL}", config={"callbacks": [seen]})
    assert text == f"You asked: mail {REDACTED}" == "".join(seen.tokens)


def test_llm_generation_info_has_counts_never_values(guard):
    result = GuardedLLM(guard=guard, tenant="shop").generate([f"a {EMAIL} and {EMAIL}"])
    info = result.generations[0][0].generation_info
    assert info["entity_counts"] == {"EMAIL_ADDRESS": 2}
    assert info["tenant"] == "shop" and info["source"] == "storefront"
    assert EMAIL not in str(info)
    assert result.llm_output["token_usage"]["total_tokens"] > 0


@pytest.mark.parametrize("stream", [False, True])
def test_llm_stop_words_cut_the_answer(guard, stream):
    llm = GuardedLLM(guard=guard, tenant="shop")
    prompt = "one two three four"
    if stream:
        text = "".join(llm.stream(prompt, stop=["thr", "four"]))
    else:
        text = llm.invoke(prompt, stop=["thr", "four"])
    assert text == "You asked: one two "


def test_llm_async(guard):
    llm = GuardedLLM(guard=guard, tenant="shop")
    chain = _chain(llm)

    async def run():
        one = await chain.ainvoke({"address": EMAIL}, config=AGENT)
        pieces = [p async for p in chain.astream({"address": EMAIL})]
        many = await chain.abatch([{"address": EMAIL}] * 2)
        return one, pieces, many

    one, pieces, many = asyncio.run(run())
    assert one == f"You asked: Who owns {EMAIL}?"
    assert "".join(pieces) == f"You asked: Who owns {REDACTED}?" and len(pieces) > 3
    assert many == [f"You asked: Who owns {REDACTED}?"] * 2
    assert ("agenerate", "shop", "support_agent") in guard.calls
    assert guard.calls.count(("agenerate", "shop", "None")) == 2  # abatch: one call per input


def test_llm_refuses_a_cache(guard):
    with pytest.raises(ValueError, match="do not cache"):
        GuardedLLM(guard=guard, tenant="shop", cache=True)


# --- guard_runnable --------------------------------------------------------------------


def _chat(*messages: Any) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter(messages))


def _reply() -> AIMessage:
    return AIMessage(
        content=f"Sure, write to {EMAIL} today.",
        id="run-1",
        response_metadata={"model_name": "hosted-1"},
        tool_calls=[{"name": "lookup", "args": {"q": "x"}, "id": "call-1"}],
    )


def test_runnable_message_content_filtered_other_fields_kept(guard):
    guarded = guard_runnable(_chat(_reply()), guard, tenant="shop", source="storefront")
    out = guarded.invoke("hi")
    assert isinstance(out, AIMessage)
    assert out.content == f"Sure, write to {REDACTED} today."
    assert (out.id, out.response_metadata, out.tool_calls) == ("run-1", _reply().response_metadata, _reply().tool_calls)


def test_runnable_chain_str_output_and_per_call_route(guard):
    chain = PromptTemplate.from_template("{q}") | _chat(f"mail {EMAIL}", f"mail {EMAIL}") | StrOutputParser()
    guarded = guard_runnable(chain, guard, tenant="shop")
    assert guarded.invoke({"q": "x"}) == f"mail {REDACTED}"
    assert guarded.invoke({"q": "x"}, config=AGENT) == f"mail {EMAIL}"


def test_runnable_dicts_and_documents_filtered_keys_untouched(guard):
    retrieval = RunnableParallel(
        answer=_chat(f"It is {EMAIL}") | StrOutputParser(),
        context=RunnableLambda(lambda _: [Document(page_content=f"owner: {EMAIL}", metadata={"id": 4})]),
        question=RunnableLambda(lambda q: q),
    )
    out = guard_runnable(retrieval, guard, tenant="shop").invoke(EMAIL)
    assert out == {
        "answer": f"It is {REDACTED}",
        "context": [Document(page_content=f"owner: {REDACTED}", metadata={"id": 4})],
        "question": REDACTED,
    }


def test_runnable_unknown_route_raises_before_the_wrapped_runnable_runs(guard):
    ran = []
    guarded = guard_runnable(RunnableLambda(lambda x: ran.append(x) or x), guard, tenant="nobody")
    with pytest.raises(PolicyError):
        guarded.invoke("x")
    with pytest.raises(PolicyError):
        list(guarded.stream("x"))
    assert ran == []


def test_runnable_stream_of_message_chunks(guard):
    reply = _reply().model_copy(update={"tool_calls": []})
    pieces = list(guard_runnable(_chat(reply), guard, tenant="shop").stream("hi"))
    assert all(isinstance(p, AIMessageChunk) for p in pieces)
    assert not any("@" in p.content or "jane" in p.content for p in pieces)
    total = pieces[0]
    for piece in pieces[1:]:
        total += piece
    assert total.content == f"Sure, write to {REDACTED} today."
    assert total.id == "run-1"
    assert pieces[-1].chunk_position == "last"  # the tail rides on the original last chunk
    assert len(pieces) > 3


def test_runnable_stream_of_str_and_dict_chunks(guard):
    chain = _chat(f"Write to {EMAIL} now", f"Write to {EMAIL} now") | StrOutputParser()
    guarded = guard_runnable(chain, guard, tenant="shop")
    pieces = list(guarded.stream("hi"))
    assert "".join(pieces) == f"Write to {REDACTED} now" and len(pieces) > 2
    assert not any("@" in p for p in pieces)

    parallel = guard_runnable(RunnableParallel(answer=chain, n=RunnableLambda(lambda _: 3)), guard, tenant="shop")
    chunks = list(parallel.stream("hi"))
    assert all(isinstance(c, dict) for c in chunks)
    answer = "".join(c.get("answer", "") for c in chunks)
    assert answer == f"Write to {REDACTED} now"
    assert not any("@" in c.get("answer", "") for c in chunks)
    assert any(c.get("n") == 3 for c in chunks)


def test_runnable_callbacks_and_events_never_see_unfiltered_tokens(guard):
    guarded = guard_runnable(_chat(f"mail {EMAIL} now", f"mail {EMAIL} now"), guard, tenant="shop")
    seen = Tokens()
    out = "".join(c.content for c in guarded.stream("hi", config={"callbacks": [seen]}))
    assert out == f"mail {REDACTED} now"
    assert EMAIL not in "".join(seen.tokens)

    async def events():
        return [e async for e in guarded.astream_events("hi", version="v2")]

    collected = asyncio.run(events())
    assert any(e["event"] == "on_chain_stream" for e in collected)
    assert EMAIL not in str(collected)


def test_runnable_isolation_can_be_turned_off_for_tracing(guard):
    guarded = guard_runnable(_chat("plain words here"), guard, tenant="shop", isolate_callbacks=False)
    seen = Tokens()
    list(guarded.stream("hi", config={"callbacks": [seen]}))
    assert seen.tokens  # the inner model's tokens reach the caller's handlers


def test_runnable_batch_and_async(guard):
    chain = _chat(*[f"mail {EMAIL}"] * 6) | StrOutputParser()
    guarded = guard_runnable(chain, guard, tenant="shop")
    assert guarded.batch(["a", "b"], config=[SHOP, AGENT]) == [f"mail {REDACTED}", f"mail {EMAIL}"]

    async def run():
        one = await guarded.ainvoke("a")
        many = await guarded.abatch(["a", "b"])
        pieces = [p async for p in guarded.astream("a")]
        return one, many, pieces

    one, many, pieces = asyncio.run(run())
    assert one == f"mail {REDACTED}" and many == [f"mail {REDACTED}"] * 2
    assert "".join(pieces) == f"mail {REDACTED}" and not any("@" in p for p in pieces)


def test_runnable_batch_return_exceptions_keeps_other_results(guard):
    def maybe_fail(x: str) -> str:
        if x == "bad":
            raise ValueError("upstream")
        return f"mail {EMAIL}"

    guarded = guard_runnable(RunnableLambda(maybe_fail), guard, tenant="shop")
    out = guarded.batch(["ok", "bad"], return_exceptions=True)
    assert out[0] == f"mail {REDACTED}" and isinstance(out[1], ValueError)


# --- end to end: the real Guardrail (tiny model engine, real Presidio filter) -----------

HOSTED_ANSWER = "Sure: Maria Garcia, maria.garcia@fastmail.com, phone 212-555-0187. Anything else?"
RAW_VALUES = ("maria.garcia@fastmail.com", "212-555-0187", "Maria Garcia")


def test_llm_real_guardrail_invoke_batch_stream_async(real_guard):
    llm = GuardedLLM(guard=real_guard, tenant="shop")
    prompts = ["Who is Maria?", "Where is the order?", "Hello"]
    direct = [real_guard.generate(p, tenant="shop").text for p in prompts]
    assert llm.invoke(prompts[0]) == direct[0]
    assert llm.batch(prompts) == direct  # greedy: batched answers equal one-by-one answers

    seen = Tokens()
    pieces = list(llm.stream(prompts[1], config={"callbacks": [seen]}))
    assert pieces and seen.tokens == pieces

    async def run():
        return await llm.ainvoke(prompts[2]), [p async for p in llm.astream(prompts[2])]

    one, streamed = asyncio.run(run())
    assert one == direct[2] and streamed


@pytest.mark.parametrize("surface", ["llm-batch", "llm-abatch", "chat-batch", "chat-threads"])
def test_concurrent_calls_become_one_batched_decode(real_guard, monkeypatch, surface):
    """Every input runs on its own (thread or task); the engine decodes them in one loop."""
    engine = real_guard.engine
    prompts = ["Who is Maria?", "Where is the order?", "Hello", "When does it ship?"]
    direct = [real_guard.generate(p, tenant="shop").text for p in prompts]
    submitted, runs = [], []
    scheduler = engine._scheduler  # it runs each batch of jobs through the engine's decode loop
    generate, encode, run = engine.generate, engine.encode, scheduler._run
    everyone = threading.Event()

    def counting_generate(requests, **kwargs):
        submitted.append(len(requests))
        if len(submitted) == len(prompts):
            everyone.set()
        return generate(requests, **kwargs)

    def waiting_encode(request):
        everyone.wait(10)  # the first decode starts once every caller has submitted
        return encode(request)

    monkeypatch.setattr(engine, "generate", counting_generate)
    monkeypatch.setattr(engine, "encode", waiting_encode)
    monkeypatch.setattr(scheduler, "_run", lambda jobs: runs.append(len(jobs)) or run(jobs))
    llm, chat = GuardedLLM(guard=real_guard, tenant="shop"), ChatGuardrail(guard=real_guard, tenant="shop")
    if surface == "llm-batch":
        out = llm.batch(prompts)
    elif surface == "llm-abatch":
        out = asyncio.run(llm.abatch(prompts))
    elif surface == "chat-batch":
        out = [m.content for m in chat.batch(prompts)]
    else:
        with ThreadPoolExecutor(len(prompts)) as pool:
            out = [m.content for m in pool.map(chat.invoke, prompts)]
    assert out == direct
    assert submitted == [1] * len(prompts)
    assert len(runs) == 1  # one decoding loop ran them all: the later ones joined the first


def test_runnable_real_guardrail_filters_a_hosted_model(real_guard):
    def answers():
        while True:
            yield HOSTED_ANSWER

    chain = PromptTemplate.from_template("{q}") | GenericFakeChatModel(messages=answers()) | StrOutputParser()
    guarded = guard_runnable(chain, real_guard, tenant="shop", source="storefront")
    whole = guarded.invoke({"q": "x"})
    pieces = list(guarded.stream({"q": "x"}))
    for text in (whole, "".join(pieces), *pieces):
        assert not any(value in text for value in RAW_VALUES), text
    assert "<EMAIL_ADDRESS>" in whole and "<PHONE_NUMBER>" in whole
    assert "".join(pieces) == whole
    # the trusted route of another source lets the same answer through
    assert guarded.invoke({"q": "x"}, config={"configurable": {"source": "support_agent"}}) == HOSTED_ANSWER
