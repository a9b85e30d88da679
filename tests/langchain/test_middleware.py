"""`GuardrailMiddleware` in a real LangChain v1 agent loop (`create_agent`) with a scripted model.

The model calls the CRM tool, then the e-mail tool with the customer's address in the
arguments, then answers quoting the record. The filter is `FakeGuard`'s (e-mail addresses);
the route's `filter.tool_calls` decides what the e-mail tool receives.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from guard_fakes import FakeGuard, tool_guard
from langchain.agents import create_agent
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.tools import tool

from guardrail.errors import FilterError, PolicyError
from guardrail.langchain import GuardrailMiddleware

EMAIL = "maria.garcia@fastmail.com"
REDACTED = "<EMAIL_ADDRESS>"
NOTICE = "guardrail blocked this call to `send_email`: its arguments held personal data, so the tool did not run."



@pytest.fixture
def guard(tmp_path: Path) -> FakeGuard:
    return tool_guard(tmp_path)


class ScriptedChat(GenericFakeChatModel):
    """Answers from a script and records every conversation it was given."""

    seen: list[list[BaseMessage]] = []

    def bind_tools(self, tools: Any, **kwargs: Any) -> ScriptedChat:
        return self

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> Any:
        self.seen.append(list(messages))
        return super()._generate(messages, *args, **kwargs)


def _script() -> list[AIMessage]:
    return [
        AIMessage(content="", tool_calls=[{"name": "lookup_customer", "args": {"customer_id": "c-1"}, "id": "call-1"}]),
        AIMessage(content="", tool_calls=[{"name": "send_email", "args": {"to": EMAIL, "body": "Ships Friday."}, "id": "call-2"}]),
        AIMessage(content=f"Done: wrote to {EMAIL}."),
    ]


@dataclass
class Agent:
    graph: Any
    model: ScriptedChat
    sent: list[dict]
    looked_up: list[str]


def _agent(guard: FakeGuard, fail_with: Exception | None = None, **middleware: Any) -> Agent:
    sent: list[dict] = []
    looked_up: list[str] = []

    @tool
    def lookup_customer(customer_id: str) -> dict:
        """Look a customer up."""
        looked_up.append(customer_id)
        if fail_with is not None:
            raise fail_with
        return {"email": EMAIL, "tier": "gold"}

    @tool
    def send_email(to: str, body: str) -> str:
        """Send an e-mail."""
        sent.append({"to": to, "body": body})
        return "sent"

    model = ScriptedChat(messages=iter(_script()), seen=[])
    graph = create_agent(model, tools=[lookup_customer, send_email], middleware=[GuardrailMiddleware(guard, **middleware)])
    return Agent(graph, model, sent, looked_up)


ASK = {"messages": [("user", "Tell customer c-1 her order ships.")]}


def _route(source: str) -> dict:
    return {"configurable": {"tenant": "tools", "source": source}}


@pytest.mark.parametrize(
    ("source", "sent", "final"),
    [
        ("redact", [{"to": REDACTED, "body": "Ships Friday."}], f"Done: wrote to {REDACTED}."),
        ("block", [], f"Done: wrote to {REDACTED}."),
        ("allow", [{"to": EMAIL, "body": "Ships Friday."}], f"Done: wrote to {REDACTED}."),
    ],
    ids=["redact", "block", "allow"],
)
def test_agent_loop_with_two_tool_calls(guard, source, sent, final):
    agent = _agent(guard)
    state = agent.graph.invoke(ASK, config=_route(source))
    assert agent.looked_up == ["c-1"]
    assert agent.sent == sent  # arguments filtered before the tool ran (or the call removed)
    assert state["messages"][-1].content == final
    tool_result = state["messages"][2]
    if source == "allow":  # a trusted source: tool results pass too
        assert EMAIL in tool_result.content
    else:
        assert EMAIL not in str(state["messages"])
        assert not any(EMAIL in str(m.content) for conversation in agent.model.seen for m in conversation)
    if source == "block":  # the call was not run; the model read a refusal instead
        refusal = state["messages"][4]
        assert refusal.type == "tool" and refusal.status == "error" and refusal.content.startswith(NOTICE)
        assert agent.model.seen[-1][-1] == refusal


def test_stream_mode_messages_releases_only_filtered_text(guard):
    agent = _agent(guard)
    streamed = [message for message, _meta in agent.graph.stream(ASK, config=_route("redact"), stream_mode="messages")]
    assert streamed and EMAIL not in str(streamed)
    assert any(REDACTED in str(m.content) for m in streamed)


def test_async_agent_and_route_from_the_runtime_context(guard):
    @dataclass
    class Context:
        tenant: str
        source: str

    agent = _agent(guard)
    graph = create_agent(
        agent.model, tools=list(agent.graph.nodes["tools"].bound.tools_by_name.values()),
        middleware=[GuardrailMiddleware(guard)], context_schema=Context,
    )
    state = asyncio.run(graph.ainvoke(ASK, context=Context("tools", "block")))
    assert agent.sent == [] and state["messages"][4].content.startswith(NOTICE)


def test_a_filter_failure_stops_the_run(guard, monkeypatch):
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise FilterError("the output filter failed; on_error is block")

    agent = _agent(guard)
    monkeypatch.setattr(guard, "redact_many", broken)
    with pytest.raises(FilterError):
        agent.graph.invoke(ASK, config=_route("redact"))
    assert agent.looked_up == [] and agent.sent == []  # nothing unfiltered went on


def test_an_unknown_route_fails_before_the_model_runs(guard):
    agent = _agent(guard, tenant="nobody")
    with pytest.raises(PolicyError):
        agent.graph.invoke(ASK)
    assert agent.model.seen == []


def test_a_tool_error_is_raised_filtered(guard):
    agent = _agent(guard, fail_with=ValueError(f"CRM lookup failed for {EMAIL}"), tenant="tools")
    with pytest.raises(ValueError) as info:
        agent.graph.invoke(ASK)
    assert str(info.value) == f"CRM lookup failed for {REDACTED}" and info.value.__cause__ is None
