"""LangChain integration: guarded chat model and LLM, and a guard around any runnable (langchain-core only).

- `ChatGuardrail(guard=..., tenant=..., source=...)` is a langchain-core chat model backed by
  `Guardrail`: messages in, `AIMessage` out, for chat chains and agents. It passes
  langchain-tests' standard chat-model suites.
- `GuardedLLM(guard=..., tenant=..., source=...)` is the text-in, text-out `LLM` version.
- `guard_runnable(chain, guard, tenant=..., source=...)` passes the output of any runnable
  (a hosted chat model, a retrieval chain) through the route's output filter, streaming
  included: the drop-in for apps that keep their model.
- `GuardrailMiddleware(guard, tenant=..., source=...)` filters a LangChain v1 agent's model
  answers (tool calls included) and tool results (`langchain.agents.create_agent(...,
  middleware=[...])`; needs the `agents` extra).

Every surface filters every field of what it returns (`guardrail.langchain.fields`) and
raises errors again with filtered messages.

All take the tenant and source per call from `config={"configurable": {"tenant": ...,
"source": ...}}`, falling back to the values given at construction. Streams release only
filtered text, so callbacks and `astream_events` never see raw text; `batch` inputs are
decoded together.
"""

from guardrail.langchain.chat import ChatGuardrail
from guardrail.langchain.llm import GuardedLLM
from guardrail.langchain.runnable import GuardedRunnable, guard_runnable

__all__ = ["ChatGuardrail", "GuardedLLM", "GuardedRunnable", "GuardrailMiddleware", "guard_runnable"]


def __getattr__(name: str) -> object:
    if name == "GuardrailMiddleware":  # imported on use: it needs `langchain` (the `agents` extra)
        from guardrail.langchain.middleware import GuardrailMiddleware

        return GuardrailMiddleware
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
