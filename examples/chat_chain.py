"""An existing chat chain switched to the guardrail with a one-line change.

    python examples/chat_chain.py                            # the embedded SmolLM2-135M
    python examples/chat_chain.py --model tiny-random-llama  # seconds, random text

The app's chain was `prompt | ChatOpenAI(model="gpt-4o-mini") | StrOutputParser()`; only
the model line changes:

    -    model = ChatOpenAI(model="gpt-4o-mini")
    +    model = ChatGuardrail(guard=guard, tenant="shop")

Prompts, parsers, `invoke`/`batch`/`stream`, callbacks and agents built on a chat model
keep working: `ChatGuardrail` is a langchain-core chat model (it passes LangChain's
standard chat-model tests). The route comes from the instance or, per call, from
`config={"configurable": {"tenant": ..., "source": ...}}`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from guardrail.langchain import ChatGuardrail

POLICIES = Path(__file__).resolve().parent / "policies"
RECORD = (
    "Order NW-482913 for Maria Garcia (maria.garcia@fastmail.com, +1 415 555 0187) "
    "ships to 12 Harbour Road, Portland on Friday."
)


def build_chain(guard: Any):
    """The app's support chain: a system prompt with the record, the question, a parser."""
    prompt = ChatPromptTemplate.from_messages(
        [("system", "You are the Northwind Shop assistant. Customer record: {record}"), ("human", "{question}")]
    )
    model = ChatGuardrail(guard=guard, tenant="shop")  # was: ChatOpenAI(model="gpt-4o-mini")
    return prompt | model | StrOutputParser()


def run(guard: Any, out: Any = print) -> dict[str, Any]:
    """Ask as an anonymous visitor and as a support agent, then stream; returns the answers."""
    chain = build_chain(guard)
    question = {"record": RECORD, "question": "When does my order ship, and where to?"}
    agent = {"configurable": {"source": "support_agent"}}
    results: dict[str, Any] = {"storefront": chain.invoke(question), "support_agent": chain.invoke(question, agent)}
    results["stream"] = list(chain.stream(question))
    for name in ("storefront", "support_agent"):
        out(f"[shop/{name}] {results[name]}")
    out(f"[shop/storefront streamed] {''.join(results['stream'])}")
    return results


def main(argv: list[str] | None = None) -> int:
    from guardrail import Guardrail

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="a local model (default: the embedded SmolLM2-135M)")
    guard = Guardrail.from_dir(POLICIES, model=parser.parse_args(argv).model)
    run(guard)
    guard.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
