"""A LangChain v1 agent with the guardrail as middleware: model answers, tool calls and tool results filtered.

    python examples/agent_middleware.py                  # offline: a scripted chat model, no local model
    python examples/agent_middleware.py --guarded-model  # also ChatGuardrail (the embedded SmolLM2-135M) as the model

The agent is built the v1 way, `create_agent(model, tools, middleware=[...])`. The CRM tool
returns a customer record: `GuardrailMiddleware` filters it before the model reads it, and
filters every model answer, tool-call arguments included, before the tools or the user see
it. `ScriptedChat` stands in for a hosted model that leaks: it looks the customer up, mails
her with her address in the arguments, then quotes the record back.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from langchain.agents import create_agent
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langchain_core.tools import tool

from guardrail.langchain import ChatGuardrail, GuardrailMiddleware

POLICIES = Path(__file__).resolve().parent / "policies"
RECORD = {"name": "Maria Garcia", "email": "maria.garcia@fastmail.com", "phone": "+1 415 555 0187", "tier": "gold"}
SENT: list[dict[str, str]] = []  # what the e-mail tool was asked to send


@tool
def lookup_customer(customer_id: str) -> dict[str, str]:
    """Look a customer up in the CRM."""
    return RECORD


@tool
def send_email(to: str, body: str) -> str:
    """Send an e-mail."""
    SENT.append({"to": to, "body": body})
    return "sent"


class ScriptedChat(GenericFakeChatModel):
    """A stand-in for a hosted chat model with tool calling: it answers from a script."""

    def bind_tools(self, tools: Any, **kwargs: Any) -> ScriptedChat:
        return self


def scripted_chat() -> ScriptedChat:
    lookup = {"name": "lookup_customer", "args": {"customer_id": "c-1"}, "id": "call-1"}
    mail = {"name": "send_email", "args": {"to": RECORD["email"], "body": f"Hi {RECORD['name']}, your order ships Friday."}, "id": "call-2"}
    script = [
        AIMessage(content="", tool_calls=[lookup]),
        AIMessage(content="", tool_calls=[mail]),
        AIMessage(content=f"Done: I wrote to {RECORD['name']} at {RECORD['email']} (phone {RECORD['phone']})."),
    ]
    return ScriptedChat(messages=iter(script))


def run(guard: Any, out: Any = print, source: str = "storefront") -> dict[str, Any]:
    """Run the scripted agent once on `source`; returns its messages and what the e-mail tool got."""
    SENT.clear()
    agent = create_agent(scripted_chat(), tools=[lookup_customer, send_email], middleware=[GuardrailMiddleware(guard, tenant="shop")])
    state = agent.invoke({"messages": [("user", "Tell customer c-1 her order ships Friday.")]}, config={"configurable": {"source": source}})
    for message in state["messages"][1:]:
        out(f"[{message.type}] {message.content or message.tool_calls}")
    out(f"[send_email received] {SENT}")
    return {"messages": state["messages"], "sent": list(SENT)}


def run_guarded_model(guard: Any, out: Any = print) -> str:
    """The same middleware with `ChatGuardrail` as the agent's model (text only: it calls no tools)."""
    model = ChatGuardrail(guard=guard, tenant="shop", max_tokens=48)
    agent = create_agent(model, tools=[], middleware=[GuardrailMiddleware(guard, tenant="shop")])
    question = f"Customer record: {lookup_customer.invoke({'customer_id': 'c-1'})}. When does her order ship?"
    answer = agent.invoke({"messages": [("user", question)]})["messages"][-1].content
    out(f"[ChatGuardrail agent] {answer}")
    return answer


def main(argv: list[str] | None = None) -> int:
    from guardrail import Guardrail

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guarded-model", action="store_true", help="also run ChatGuardrail as the agent's model")
    parser.add_argument("--model", help="a local model for --guarded-model (default: the embedded SmolLM2-135M)")
    args = parser.parse_args(argv)
    guard = Guardrail.from_dir(POLICIES, model=args.model)
    run(guard)
    if args.guarded_model:
        run_guarded_model(guard)
    guard.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
