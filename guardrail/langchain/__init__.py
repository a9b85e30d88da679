"""LangChain integration: guarded chat model and LLM, and a guard around any runnable (langchain-core only).

- `ChatGuardrail(guard=..., tenant=..., source=...)` is a langchain-core chat model backed by
  `Guardrail`: messages in, `AIMessage` out, for chat chains and agents. It passes
  langchain-tests' standard chat-model suites.
- `GuardedLLM(guard=..., tenant=..., source=...)` is the text-in, text-out `LLM` version.
- `guard_runnable(chain, guard, tenant=..., source=...)` passes the output of any runnable
  (a hosted chat model, a retrieval chain) through the route's output filter, streaming
  included: the drop-in for apps that keep their model.

All take the tenant and source per call from `config={"configurable": {"tenant": ...,
"source": ...}}`, falling back to the values given at construction. Streams release only
filtered text, so callbacks and `astream_events` never see raw text; `batch` inputs are
decoded together.
"""

from guardrail.langchain.chat import ChatGuardrail
from guardrail.langchain.llm import GuardedLLM
from guardrail.langchain.runnable import GuardedRunnable, guard_runnable

__all__ = ["ChatGuardrail", "GuardedLLM", "GuardedRunnable", "guard_runnable"]
