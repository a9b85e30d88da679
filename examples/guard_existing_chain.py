"""Keep your model, add the guardrail's output filter: `guard_runnable(chain, guard, ...)`.

    python examples/guard_existing_chain.py

`HostedChat` stands in for a hosted chat model (OpenAI, Anthropic, ...): any runnable works.
Only the output filter runs, so no local model is loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from guardrail.langchain import guard_runnable

POLICIES = Path(__file__).resolve().parent / "policies"
# What the hosted model answers, whatever it is asked: it leaks the record it was given.
ANSWER = (
    "The order ships on Friday. You can reach Maria Garcia at maria.garcia@fastmail.com "
    "or on +1 415 555 0187; her card 4929 1851 5231 6740 was charged $84.50."
)


def hosted_chat() -> GenericFakeChatModel:
    """A stand-in for a hosted chat model that always gives `ANSWER`."""

    def answers():
        while True:
            yield ANSWER

    return GenericFakeChatModel(messages=answers())


def build_chain(guard: Any, tenant: str = "shop", source: str | None = None):
    """The app's existing chain, wrapped: its output passes the route's filter."""
    prompt = ChatPromptTemplate.from_messages([("system", "You are a shop assistant."), ("human", "{question}")])
    existing = prompt | hosted_chat() | StrOutputParser()
    return guard_runnable(existing, guard, tenant=tenant, source=source)


def run(guard: Any, out: Any = print) -> dict[str, Any]:
    """Invoke on two sources and stream; returns the results by call."""
    chain = build_chain(guard)
    question = {"question": "When does my order ship?"}
    results: dict[str, Any] = {"raw": ANSWER}
    out(f"[hosted model, unfiltered] {ANSWER}")
    for source in ("storefront", "support_agent"):
        results[source] = chain.invoke(question, config={"configurable": {"source": source}})
        out(f"[shop/{source}] {results[source]}")
    results["stream"] = list(chain.stream(question))
    out(f"[shop/storefront streamed in {len(results['stream'])} pieces] {''.join(results['stream'])}")
    return results


def main() -> int:
    from guardrail import Guardrail

    guard = Guardrail.from_dir(POLICIES)
    run(guard)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
