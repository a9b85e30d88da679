"""Every field of every LangChain output, tool calls and exceptions, × the routes redact / block / allow.

One table of outputs goes through `guard_runnable` on three sources that differ only in
`filter.tool_calls` (and, on `allow`, `tool_results` and `exceptions`). Each case plants
`TOOL_EMAIL` where a tool call carries it and `TEXT_EMAIL` everywhere else, and names what
must be kept. The filter is `FakeGuard`'s (it finds e-mail addresses).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from guard_fakes import FakeGuard, tool_guard
from langchain_core.documents import Document
from langchain_core.messages import AIMessage, AIMessageChunk, ToolMessage
from langchain_core.runnables import RunnableGenerator, RunnableLambda
from pydantic import BaseModel, ConfigDict, computed_field

from guardrail.errors import FilterError
from guardrail.langchain import guard_runnable

TOOL_EMAIL = "jane.roe@example.org"
TEXT_EMAIL = "j.roe@mail.example.net"
REDACTED = "<EMAIL_ADDRESS>"
ROUTES = ("redact", "block", "allow")



@pytest.fixture
def guard(tmp_path: Path) -> FakeGuard:
    return tool_guard(tmp_path)


class Person(BaseModel):
    name: str
    email: str


class Extra(BaseModel):
    model_config = ConfigDict(extra="allow")
    kind: str


class Summary(BaseModel):
    first: str
    email: str

    @computed_field
    @property
    def line(self) -> str:
        return f"{self.first} <{self.email}>"


class Order(BaseModel):
    number: str
    customer: Person
    notes: list[str]


def _send(email: str = TOOL_EMAIL, cid: str = "call-1") -> dict:
    return {"name": "send_email", "args": {"to": email, "body": "Hi Jane", "meta": {"cc": [email]}}, "id": cid, "type": "tool_call"}


def _openai(arguments: str) -> dict:
    return {"id": "call-1", "type": "function", "function": {"name": "send_email", "arguments": arguments}}


def _ai(**fields: Any) -> AIMessage:
    return AIMessage(**{"content": f"Writing to {TEXT_EMAIL}.", "id": "run-1", **fields})


@dataclass(frozen=True)
class Case:
    """One output: how to make it, whether its TOOL_EMAIL sits in a tool call, what must be kept."""

    make: Callable[[], Any]
    tool: bool = False
    kept: Callable[[Any], bool] = lambda out: True
    blocked: Callable[[Any], bool] = lambda out: True  # on the block route, for tool cases


CASES = {
    "message_content": Case(lambda: _ai(), kept=lambda o: o.id == "run-1" and o.content == f"Writing to {REDACTED}."),
    "tool_calls_args_nested": Case(
        lambda: _ai(tool_calls=[_send(), _send("ops@localhost", "call-2")]),
        tool=True,
        kept=lambda o: [c["id"] for c in o.tool_calls][-1] == "call-2" and o.tool_calls[-1]["args"]["to"] == "ops@localhost",
        blocked=lambda o: [c["id"] for c in o.tool_calls] == ["call-2"] and "blocked the call to `send_email`" in o.content,
    ),
    "tool_call_args_key": Case(
        lambda: _ai(tool_calls=[{"name": "tag", "args": {"labels": {TOOL_EMAIL: "primary"}}, "id": "call-1"}]),
        tool=True,
        kept=lambda o: o.tool_calls[0]["name"] == "tag",
        blocked=lambda o: o.tool_calls == [],
    ),
    "invalid_tool_call": Case(
        lambda: _ai(invalid_tool_calls=[{"name": "send_email", "args": f'{{"to": "{TOOL_EMAIL}"', "id": "call-1", "error": None, "type": "invalid_tool_call"}]),
        tool=True,
        kept=lambda o: o.invalid_tool_calls[0]["id"] == "call-1",
        blocked=lambda o: o.invalid_tool_calls == [],
    ),
    "openai_tool_calls": Case(
        lambda: _ai(additional_kwargs={"tool_calls": [_openai(json.dumps({"to": TOOL_EMAIL, "n": 3}))]}),
        tool=True,
        kept=lambda o: json.loads(o.additional_kwargs["tool_calls"][0]["function"]["arguments"])["n"] == 3,
        blocked=lambda o: "tool_calls" not in o.additional_kwargs,
    ),
    "openai_unparseable_arguments": Case(
        lambda: _ai(additional_kwargs={"tool_calls": [_openai(f"to={TOOL_EMAIL}")]}),
        tool=True,
        kept=lambda o: o.additional_kwargs["tool_calls"][0]["function"]["name"] == "send_email",
        blocked=lambda o: "tool_calls" not in o.additional_kwargs,
    ),
    "openai_function_call": Case(
        lambda: _ai(additional_kwargs={"function_call": {"name": "send_email", "arguments": json.dumps({"to": TOOL_EMAIL})}}),
        tool=True,
        kept=lambda o: o.additional_kwargs["function_call"]["name"] == "send_email",
        blocked=lambda o: "function_call" not in o.additional_kwargs,
    ),
    "refusal": Case(
        lambda: _ai(additional_kwargs={"refusal": f"I will not mail {TEXT_EMAIL}"}),
        kept=lambda o: o.additional_kwargs["refusal"] == f"I will not mail {REDACTED}",
    ),
    "response_metadata": Case(
        lambda: _ai(response_metadata={"model_name": "hosted-1", "logprobs": {"tokens": [TEXT_EMAIL]}}),
        kept=lambda o: o.response_metadata["model_name"] == "hosted-1" and "logprobs" in o.response_metadata,
    ),
    "message_name": Case(lambda: _ai(name=TEXT_EMAIL), kept=lambda o: o.name == REDACTED),
    "block_tool_use": Case(
        lambda: _ai(content=[{"type": "text", "text": f"To {TEXT_EMAIL}"}, {"type": "tool_use", "id": "call-1", "name": "send_email", "input": {"to": TOOL_EMAIL}}]),
        tool=True,
        kept=lambda o: o.content[1]["id"] == "call-1" and o.content[1]["name"] == "send_email",
        blocked=lambda o: [b["type"] for b in o.content] == ["text", "text"],
    ),
    "block_reasoning": Case(
        lambda: _ai(content=[{"type": "reasoning", "id": "rs-1", "reasoning": f"user is {TEXT_EMAIL}", "summary": [{"type": "summary_text", "text": TEXT_EMAIL}]}]),
        kept=lambda o: o.content[0]["id"] == "rs-1" and o.content[0]["summary"][0]["type"] == "summary_text",
    ),
    "block_annotations": Case(
        lambda: _ai(content=[{"type": "text", "text": "See the source.", "annotations": [{"type": "citation", "title": TEXT_EMAIL, "start_index": 0}]}]),
        kept=lambda o: o.content[0]["text"] == "See the source." and o.content[0]["annotations"][0]["start_index"] == 0,
    ),
    "block_image": Case(
        lambda: _ai(content=[{"type": "image", "base64": "iVBORw0KGgo=", "mime_type": "image/png", "alt": f"photo of {TEXT_EMAIL}"}]),
        kept=lambda o: o.content[0]["base64"] == "iVBORw0KGgo=" and o.content[0]["alt"] == f"photo of {REDACTED}",
    ),
    "block_unknown_type": Case(
        lambda: _ai(content=[{"type": "future_block", "payload": {"who": TEXT_EMAIL}}]),
        kept=lambda o: o.content[0]["type"] == "future_block",
    ),
    "document": Case(
        lambda: [Document(page_content=f"owner {TEXT_EMAIL}", metadata={"author": TEXT_EMAIL, "page": 4}, id="d-1")],
        kept=lambda o: o[0].metadata["page"] == 4 and o[0].id == "d-1" and o[0].metadata["author"] == REDACTED,
    ),
    "tool_message_artifact": Case(
        lambda: ToolMessage(content=f"found {TEXT_EMAIL}", tool_call_id="call-1", artifact={"record": {"email": TEXT_EMAIL, "id": 7}}),
        kept=lambda o: o.tool_call_id == "call-1" and o.artifact["record"]["id"] == 7,
    ),
    "pydantic_extra": Case(
        lambda: Extra(kind="contact", email=TEXT_EMAIL),
        kept=lambda o: o.kind == "contact" and o.model_extra == {"email": REDACTED},
    ),
    "computed_field": Case(
        lambda: Summary(first="Jane", email=TEXT_EMAIL),
        kept=lambda o: o.line == f"Jane <{REDACTED}>",
    ),
    "include_raw": Case(
        lambda: {"raw": _ai(tool_calls=[_send()]), "parsed": Person(name="Jane", email=TEXT_EMAIL), "parsing_error": None},
        tool=True,
        kept=lambda o: o["parsed"].name == "Jane" and o["parsing_error"] is None,
        blocked=lambda o: o["raw"].tool_calls == [],
    ),
    "include_raw_parsing_error": Case(
        lambda: {"raw": _ai(), "parsed": None, "parsing_error": ValueError(f"bad output for {TEXT_EMAIL}")},
        kept=lambda o: isinstance(o["parsing_error"], ValueError) and str(o["parsing_error"]) == f"bad output for {REDACTED}",
    ),
    "nested_structured_output": Case(
        lambda: Order(number="NW-1", customer=Person(name="Jane", email=TEXT_EMAIL), notes=[f"cc {TEXT_EMAIL}"]),
        kept=lambda o: o.number == "NW-1" and o.customer.email == REDACTED and o.notes == [f"cc {REDACTED}"],
    ),
}


def _dump(value: Any) -> str:
    """Everything a value shows, nested exceptions included."""
    return repr(value) + (repr(value.args) if isinstance(value, BaseException) else "")


@pytest.mark.parametrize("surface", ["invoke", "stream"])
@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("name", list(CASES))
def test_every_field_of_every_output(guard, name, route, surface):
    case = CASES[name]
    guarded = guard_runnable(RunnableLambda(lambda _: case.make()), guard, tenant="tools", source=route)
    if surface == "stream":  # one whole value, streamed: the same rules
        pieces = list(guarded.stream("x"))
        assert len(pieces) == 1
        out = pieces[0]
    else:
        out = guarded.invoke("x")
    dump = _dump(out)
    assert TEXT_EMAIL not in dump  # text is filtered on every route
    if not (route == "block" and case.tool):
        assert case.kept(out)
    if case.tool:
        assert (TOOL_EMAIL in dump) == (route == "allow")  # allow passes the arguments as they are
        if route == "block":
            assert case.blocked(out)
    else:
        assert TOOL_EMAIL not in dump


def test_block_leaves_a_notice_and_audits_the_removed_call(guard, caplog):
    caplog.set_level(logging.INFO, logger="guardrail.audit")
    out = guard_runnable(RunnableLambda(lambda _: _ai(content="", tool_calls=[_send()])), guard, tenant="tools", source="block").invoke("x")
    assert out.tool_calls == [] and out.content == "[guardrail blocked the call to `send_email`: its arguments held personal data]"
    events = [r.guardrail_audit for r in caplog.records if r.guardrail_audit["surface"] == "tool_calls"]
    assert events == [events[0]] and events[0]["outcome"] == "blocked" and events[0]["tool_calls_blocked"] == 1
    assert events[0]["entity_counts"] == {"EMAIL_ADDRESS": 2}  # `to` and `meta.cc`, apart from the text's
    assert TOOL_EMAIL not in caplog.text


# --- streams ---------------------------------------------------------------------------


def _streamed(chunks: list[Any]) -> RunnableGenerator:
    def produce(_: Iterator[Any]) -> Iterator[Any]:
        yield from chunks

    return RunnableGenerator(produce)


def _sum(pieces: list[Any]) -> Any:
    total = pieces[0]
    for piece in pieces[1:]:
        total = total + piece
    return total


def _call_chunks(args: str, cut: int) -> list[AIMessageChunk]:
    """A streamed answer: text, then a tool call whose arguments are split at `cut`."""
    head = {"name": "send_email", "args": args[:cut], "id": "call-1", "index": 0, "type": "tool_call_chunk"}
    tail = {"name": None, "args": args[cut:], "id": None, "index": 0, "type": "tool_call_chunk"}
    return [
        AIMessageChunk(content=f"Writing to {TEXT_EMAIL[:7]}", id="run-1"),
        AIMessageChunk(content=f"{TEXT_EMAIL[7:]} now.", id="run-1", tool_call_chunks=[head]),
        AIMessageChunk(content="", id="run-1", tool_call_chunks=[tail], chunk_position="last"),
    ]


ARGS = json.dumps({"to": TOOL_EMAIL, "body": "Hi Jane"})


@pytest.mark.parametrize("route", ROUTES)
def test_a_streamed_tool_call_split_at_every_byte_boundary(guard, route):
    guarded = guard_runnable(_streamed([]), guard, tenant="tools", source=route)
    for cut in range(len(ARGS) + 1):
        guarded.bound = _streamed(_call_chunks(ARGS, cut))
        pieces = list(guarded.stream("x"))
        released = "".join(str(p.tool_call_chunks) + str(p.additional_kwargs) for p in pieces)
        assert TEXT_EMAIL[:7] not in "".join(p.content for p in pieces)
        if route != "allow":
            assert "jane" not in released and "@" not in released, cut  # no piece of the value leaves
        total = _sum(pieces)
        assert total.content == f"Writing to {REDACTED} now." + (
            "\n[guardrail blocked the call to `send_email`: its arguments held personal data]" if route == "block" else ""
        ), cut
        expected = {"redact": [{"to": REDACTED, "body": "Hi Jane"}], "block": [], "allow": [json.loads(ARGS)]}[route]
        assert [c["args"] for c in total.tool_calls] == expected, cut


def test_a_streamed_tool_call_one_character_per_chunk_keeps_content_streaming(guard):
    chunks = [AIMessageChunk(content="Sending now, ", id="run-1")]
    chunks += [
        AIMessageChunk(content="ok " if i == 3 else "", id="run-1", tool_call_chunks=[{"name": "send_email" if i == 0 else None, "args": ch, "id": "call-1" if i == 0 else None, "index": 0}])
        for i, ch in enumerate(ARGS)
    ]
    pieces = list(guard_runnable(_streamed(chunks), guard, tenant="tools", source="redact").stream("x"))
    call_at = next(i for i, p in enumerate(pieces) if p.tool_call_chunks)
    assert "Sending" in "".join(p.content for p in pieces[:call_at])  # text released before the call completed
    assert _sum(pieces).tool_calls[0]["args"] == {"to": REDACTED, "body": "Hi Jane"}
    assert sum(bool(p.tool_call_chunks) for p in pieces) == 1  # released once, whole


def test_an_openai_shaped_streamed_call_is_held_and_released_filtered(guard):
    def delta(args: str, first: bool) -> AIMessageChunk:
        call = {"index": 0, "id": "call-1" if first else None, "type": "function", "function": {"name": "send_email" if first else None, "arguments": args}}
        return AIMessageChunk(content="", id="run-1", additional_kwargs={"tool_calls": [call]})

    chunks = [delta(ARGS[:12], True), delta(ARGS[12:], False)]
    pieces = list(guard_runnable(_streamed(chunks), guard, tenant="tools", source="redact").stream("x"))
    assert "jane" not in str(pieces)
    released = [p for p in pieces if p.additional_kwargs.get("tool_calls")]
    assert len(released) == 1
    assert json.loads(released[0].additional_kwargs["tool_calls"][0]["function"]["arguments"])["to"] == REDACTED


def test_a_streamed_legacy_function_call_is_held_and_released_filtered(guard):
    chunks = [
        AIMessageChunk(content="", id="run-1", additional_kwargs={"function_call": {"name": "send_email", "arguments": ARGS[:12]}}),
        AIMessageChunk(content="", id="run-1", additional_kwargs={"function_call": {"name": "", "arguments": ARGS[12:]}}),
    ]
    pieces = list(guard_runnable(_streamed(chunks), guard, tenant="tools").stream("x"))
    assert "jane" not in str(pieces)
    call = _sum(pieces).additional_kwargs["function_call"]
    assert call["name"] == "send_email" and json.loads(call["arguments"]) == {"to": REDACTED, "body": "Hi Jane"}


def test_a_cumulative_json_stream_is_filtered_as_whole_values(guard):
    states = [{"email": TOOL_EMAIL[:n]} for n in range(1, len(TOOL_EMAIL) + 1)] + [{"email": TOOL_EMAIL, "n": 3}]
    pieces = list(guard_runnable(_streamed(states), guard, tenant="tools").stream("x"))
    assert pieces == [{"email": REDACTED, "n": 3}]  # the last value, filtered once: no prefix leaves


@pytest.mark.parametrize("nested", [False, True], ids=["parser", "parser-under-a-key"])
def test_a_model_piped_into_json_output_parser_streams_whole_filtered_values(guard, nested):
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.output_parsers import JsonOutputParser
    from langchain_core.runnables import RunnableParallel

    answer = json.dumps({"name": "Jane Roe", "email": TEXT_EMAIL, "n": 3})
    chain = GenericFakeChatModel(messages=iter([answer])) | JsonOutputParser()
    if nested:
        chain = RunnableParallel(record=chain)
    pieces = list(guard_runnable(chain, guard, tenant="tools").stream("x"))
    expected = {"name": "Jane Roe", "email": REDACTED, "n": 3}
    assert pieces == [{"record": expected} if nested else expected]  # not 'JaneJane Roe...', no prefix of the address


def test_an_unfinished_streamed_call_is_released_filtered_as_text(guard):
    chunks = _call_chunks(ARGS, 10)[:2]  # the stream ends inside the arguments
    pieces = list(guard_runnable(_streamed(chunks), guard, tenant="tools").stream("x"))
    held = [p for p in pieces if p.tool_call_chunks]
    assert len(held) == 1 and "jane" not in str(held) and held[0].tool_call_chunks[0]["args"] == ARGS[:10]


def test_other_fields_of_streamed_chunks_are_filtered(guard):
    chunks = [AIMessageChunk(content="Hello ", id="run-1"), AIMessageChunk(content="there", id="run-1", response_metadata={"note": TEXT_EMAIL}, chunk_position="last")]
    pieces = list(guard_runnable(_streamed(chunks), guard, tenant="tools").stream("x"))
    total = _sum(pieces)
    assert total.content == "Hello there" and total.response_metadata["note"] == REDACTED


# --- exceptions ------------------------------------------------------------------------


class CRMError(Exception):
    def __init__(self, customer: str, *, code: int) -> None:  # cannot be rebuilt from args
        super().__init__(customer)
        self.code = code


def _raising(error: Exception) -> RunnableLambda:
    def fail(_: Any) -> Any:
        raise error

    return RunnableLambda(fail)


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("surface", ["invoke", "stream", "batch", "batch_return_exceptions"])
def test_exceptions_are_raised_filtered(guard, route, surface):
    error = ValueError(f"CRM lookup failed for Jane Roe <{TEXT_EMAIL}> card 4929185152316740")
    guarded = guard_runnable(_raising(error), guard, tenant="tools", source=route)
    if surface == "batch_return_exceptions":
        caught = guarded.batch(["x"], return_exceptions=True)[0]
    else:
        run = {"invoke": guarded.invoke, "stream": lambda x: list(guarded.stream(x)), "batch": lambda x: guarded.batch([x])}[surface]
        with pytest.raises(ValueError) as info:
            run("x")
        caught = info.value
    assert type(caught) is ValueError and caught is not error
    assert str(caught) == f"CRM lookup failed for Jane Roe <{REDACTED}> card 4929185152316740"
    assert caught.args == (str(caught),)
    assert caught.__context__ is None
    if surface != "batch_return_exceptions":
        assert (caught.__cause__ is error) == (route == "allow")  # the original is chained only where allowed


def test_an_exception_keeps_its_type_and_filtered_attributes(guard):
    with pytest.raises(CRMError) as info:
        guard_runnable(_raising(CRMError(f"no customer {TEXT_EMAIL}", code=4)), guard, tenant="tools").invoke("x")
    assert str(info.value) == f"no customer {REDACTED}" and info.value.code == 4


class Leaky(Exception):
    def __str__(self) -> str:
        return f"lookup failed for {TEXT_EMAIL}"  # read from neither args nor attributes


def test_an_exception_whose_message_cannot_be_rebuilt_becomes_redacted_error(guard):
    from guardrail.errors import RedactedError

    with pytest.raises(RedactedError, match=f"Leaky: lookup failed for {REDACTED}"):
        guard_runnable(_raising(Leaky()), guard, tenant="tools").invoke("x")


def test_guardrail_errors_pass_unchanged(guard):
    error = FilterError("the output filter failed")
    with pytest.raises(FilterError) as info:
        guard_runnable(_raising(error), guard, tenant="tools").invoke("x")
    assert info.value is error


def test_a_filtered_exception_is_audited(guard, caplog):
    caplog.set_level(logging.INFO, logger="guardrail.audit")
    with pytest.raises(KeyError):
        guard_runnable(_raising(KeyError(TEXT_EMAIL)), guard, tenant="tools").invoke("x")
    events = [r.guardrail_audit for r in caplog.records if r.guardrail_audit["surface"] == "exception"]
    assert [e["error"] for e in events] == ["KeyError"]
    assert TEXT_EMAIL not in caplog.text


def test_a_computed_field_that_keeps_a_value_is_refused(guard):
    class Hidden(BaseModel):
        first: str

        @computed_field
        @property
        def contact(self) -> str:
            return TEXT_EMAIL  # from nowhere the filter can reach

    with pytest.raises(FilterError, match="Hidden.contact is a computed field"):
        guard_runnable(RunnableLambda(lambda _: Hidden(first="x")), guard, tenant="tools").invoke("x")


# --- the case with the real filter on the shipped acme-bank route -------------------

SHIPPED = Path(__file__).resolve().parents[2] / "policies"
BODY = "Hi Jane Roe, your card 4929 1851 5231 6740 is blocked. Call +44 20 7946 0958."


@pytest.mark.parametrize("surface", ["invoke", "stream"])
def test_the_shipped_route_filters_a_hosted_models_tool_call(surface):
    from guard_fakes import shared_output_filter

    from guardrail import Guardrail

    guard = Guardrail.from_dir(SHIPPED, adapters_dir=None, output_filter=shared_output_filter())
    call = {"name": "send_email", "args": {"to": "jane.roe@example.org", "body": BODY}, "id": "call-1"}
    args = json.dumps(call["args"])
    if surface == "invoke":
        hosted = RunnableLambda(lambda _: AIMessage(content="Sending.", tool_calls=[call], id="run-1"))
        out = guard_runnable(hosted, guard, tenant="acme-bank", source="public_web").invoke("x")
    else:
        chunks = [AIMessageChunk(content="Sending.", id="run-1")] + [
            AIMessageChunk(content="", id="run-1", tool_call_chunks=[{"name": "send_email" if i == 0 else None, "args": args[i : i + 7], "id": "call-1" if i == 0 else None, "index": 0}])
            for i in range(0, len(args), 7)
        ]
        out = _sum(list(guard_runnable(_streamed(chunks), guard, tenant="acme-bank", source="public_web").stream("x")))
    sent = out.tool_calls[0]["args"]
    for raw in ("jane.roe@example.org", "Jane Roe", "4929 1851 5231 6740", "7946 0958"):
        assert raw not in json.dumps(sent) and raw not in str(out)
    assert out.tool_calls[0]["name"] == "send_email" and "is blocked" in sent["body"]


class _RaisesWhenCalled(RunnableLambda):
    """A runnable whose transform() raises when called, before it returns an iterator."""

    def transform(self, input, config=None, **kwargs):  # noqa: A002 - langchain's name
        raise ValueError(f"stream refused for {TEXT_EMAIL}")

    def atransform(self, input, config=None, **kwargs):  # noqa: A002
        raise ValueError(f"stream refused for {TEXT_EMAIL}")


@pytest.mark.parametrize("surface", ["stream", "astream"])
def test_a_transform_that_raises_when_called_is_raised_filtered(guard, surface):
    guarded = guard_runnable(_RaisesWhenCalled(lambda x: x), guard, tenant="tools")

    async def consume() -> list:
        return [c async for c in guarded.astream("x")]

    with pytest.raises(ValueError) as info:
        list(guarded.stream("x")) if surface == "stream" else asyncio.run(consume())
    assert str(info.value) == f"stream refused for {REDACTED}"
