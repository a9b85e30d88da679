"""A LangChain chain whose model is the guardrail itself: `prompt | GuardedLLM | parser`.

    python examples/langchain_chain.py                    # the embedded SmolLM2-135M
    python examples/langchain_chain.py --model tiny-random-llama   # seconds, random text

The same chain serves every tenant and source: the route comes from the instance or, per
call, from `config={"configurable": {"tenant": ..., "source": ...}}`. `batch` decodes all
its inputs in one batched pass even when they belong to different sources.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import PromptTemplate

from guardrail.langchain import GuardedLLM

POLICIES = Path(__file__).resolve().parent / "policies"
CONTEXT = (
    "Order NW-482913 for Maria Garcia (maria.garcia@fastmail.com, +1 415 555 0187) "
    "ships to 12 Harbour Road, Portland on Friday."
)
QUESTION = "When does the order ship, and how can we reach the customer?"


def build_chain(guard: Any, tenant: str = "shop", source: str | None = None):
    """`PromptTemplate | GuardedLLM | StrOutputParser` for one default route."""
    prompt = PromptTemplate.from_template("Context: {context}\n\nQuestion: {question}\nAnswer briefly.")
    return prompt | GuardedLLM(guard=guard, tenant=tenant, source=source) | StrOutputParser()


def run(guard: Any, out: Any = print) -> dict[str, Any]:
    """Invoke, batch across sources, and stream; returns what was printed, by call."""
    chain = build_chain(guard)
    question = {"context": CONTEXT, "question": QUESTION}
    results: dict[str, Any] = {}
    results["invoke"] = chain.invoke(question)  # storefront: the tenant's default (strictest) source
    out(f"[shop/storefront] {results['invoke']}")
    sources = ["storefront", "support_agent"]
    results["batch"] = chain.batch(
        [question] * len(sources), config=[{"configurable": {"source": s}} for s in sources]
    )
    for source, answer in zip(sources, results["batch"]):
        out(f"[shop/{source} via batch] {answer}")
    results["stream"] = list(chain.stream(question, config={"configurable": {"source": "account"}}))
    out(f"[shop/account streamed in {len(results['stream'])} pieces] {''.join(results['stream'])}")
    return results


def main(argv: list[str] | None = None) -> int:
    from guardrail import Guardrail
    from guardrail.cli import model_option

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="local model (default: the embedded SmolLM2-135M)")
    args = parser.parse_args(argv)
    guard = Guardrail.from_dir(POLICIES, model=model_option(args.model))
    try:
        run(guard)
    finally:
        guard.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
