"""LangChain integration: a guarded LLM and a guard around any runnable (langchain-core only).

- `GuardedLLM(guard=..., tenant=..., source=...)` is a langchain-core `LLM` backed by
  `Guardrail`: `prompt | llm | StrOutputParser()` works, `batch` runs one batched decode,
  `stream` yields filtered pieces and `on_llm_new_token` sees filtered text only.
- `guard_runnable(chain, guard, tenant=..., source=...)` passes the output of any runnable
  (a hosted chat model, a retrieval chain) through the route's output filter, streaming
  included: the drop-in for apps that keep their model.

Both take the tenant and source per call from `config={"configurable": {"tenant": ...,
"source": ...}}`, falling back to the values given at construction.
"""

from guardrail.langchain.llm import GuardedLLM
from guardrail.langchain.runnable import GuardedRunnable, guard_runnable

__all__ = ["GuardedLLM", "GuardedRunnable", "guard_runnable"]
