"""`GuardrailMiddleware`: a route's output filter inside a LangChain v1 agent.

```python
from langchain.agents import create_agent

agent = create_agent(model, tools=[lookup_customer],
                     middleware=[GuardrailMiddleware(guard, tenant="acme-bank", source="public_web")])
```

Around every model call it filters the AI message the model returns: its text, its tool
calls (`filter.tool_calls`: redact, block, allow) and every other field
(`guardrail.langchain.fields`), before any other part of the agent, a checkpointer or a
stream sees it. Under `block`, a call whose arguments held personal data is not run: the
tool step answers it with a refusal (`REFUSAL`) that the model reads on its next turn. Around every tool call it filters what the tool returns before the model
reads it (`filter.tool_results`): a CRM lookup is where an agent picks up personal data.
Errors from either are raised again with filtered messages (`filter.exceptions`). A filter
failure stops the run with `FilterError`: nothing unfiltered goes on.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any

try:
    from langchain.agents.middleware import AgentMiddleware
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError("GuardrailMiddleware needs LangChain v1 agents: pip install 'guardrail[agents]'") from exc
from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.runnables.config import var_child_runnable_config

from guardrail.langchain.base import route_of
from guardrail.langchain.fields import BLOCKED_KEY
from guardrail.protocols import Redactor
from guardrail.route_filter import RouteFilter, afiltered_call, filtered_call


REFUSAL = (
    "guardrail blocked this call to `{name}`: its arguments held personal data, so the tool did not run. "
    "Do not pass personal data to tools."
)


class GuardrailMiddleware(AgentMiddleware):
    """Filters an agent's model answers and tool results through a `Guardrail` route.

    Args:
        guard: a `guardrail.Guardrail`; only `store`, `redact_many` and `filter_stream` are
            used, so its model is never loaded (the agent's model may be any chat model,
            `ChatGuardrail` included).
        tenant: default tenant; the run's context (`context={"tenant": ...}` or an object
            with a `tenant` attribute) or `config["configurable"]["tenant"]` overrides it.
        source: default source (None = the tenant's default), overridable the same way.
        isolate_callbacks: run the model without the run's callbacks, so that
            `stream_mode="messages"`, `astream_events` and callback handlers get the filtered
            message only (whole, when the model step ends) and never its raw tokens. Turn off
            to stream tokens of a model that filters itself (`ChatGuardrail`).
    """

    def __init__(
        self, guard: Redactor, *, tenant: str | None = None, source: str | None = None, isolate_callbacks: bool = True
    ) -> None:
        super().__init__()
        self.guard = guard
        self.tenant = tenant
        self.source = source
        self.isolate_callbacks = isolate_callbacks

    def wrap_model_call(self, request: Any, handler: Callable[[Any], Any]) -> Any:
        route = self._route(request.runtime, None)
        with self._quiet():
            return filtered_call(route, lambda: handler(request), _model_answer(route))

    async def awrap_model_call(self, request: Any, handler: Callable[[Any], Awaitable[Any]]) -> Any:
        route = self._route(request.runtime, None)
        with self._quiet():
            return await afiltered_call(route, handler(request), _model_answer(route))

    def wrap_tool_call(self, request: Any, handler: Callable[[Any], Any]) -> Any:
        route = self._route(request.runtime, getattr(request.runtime, "config", None))
        if (refusal := _refusal(request)) is not None:
            return refusal
        return filtered_call(route, lambda: handler(request), _tool_result(route))

    async def awrap_tool_call(self, request: Any, handler: Callable[[Any], Awaitable[Any]]) -> Any:
        route = self._route(request.runtime, getattr(request.runtime, "config", None))
        if (refusal := _refusal(request)) is not None:
            return refusal
        return await afiltered_call(route, handler(request), _tool_result(route))

    def _route(self, runtime: Any, config: Any) -> RouteFilter:
        """The call's route: the run's context first, then its config, then the defaults.

        Raises:
            PolicyError: no tenant, or an unknown tenant or source (before the model or tool runs).
        """
        configurable = dict(((config or var_child_runnable_config.get() or {}).get("configurable")) or {})
        context = getattr(runtime, "context", None)
        for key in ("tenant", "source"):
            value = context.get(key) if isinstance(context, Mapping) else getattr(context, key, None)
            if value is not None:
                configurable[key] = value
        tenant, source = route_of({"configurable": configurable}, self.tenant, self.source)
        route = RouteFilter(self.guard, tenant, source)
        route.route  # noqa: B018 - resolves the route now: PolicyError before anything runs
        return route

    @contextlib.contextmanager
    def _quiet(self) -> Iterator[None]:
        """The model runs without the run's callbacks (it reads its config from this context variable)."""
        config = var_child_runnable_config.get()
        if not self.isolate_callbacks or config is None:
            yield
            return
        token = var_child_runnable_config.set({**config, "callbacks": None})
        try:
            yield
        finally:
            var_child_runnable_config.reset(token)


def _model_answer(route: RouteFilter) -> Callable[[Any], Any]:
    """What filters a model's answer; `block` becomes `refuse` in an agent: the call stays, and
    the tool step refuses it."""
    mode = "refuse" if route.spec.tool_calls == "block" else None
    return lambda response: route.filter_output(response, mode)


def _tool_result(route: RouteFilter) -> Callable[[Any], Any]:
    """What filters a tool's result (nothing under `filter.tool_results: allow`)."""
    return (lambda result: result) if route.spec.tool_results == "allow" else route.filter_output


def _refusal(request: Any) -> ToolMessage | None:
    """The refusal for a call the model step blocked, or None to run the tool."""
    call = request.tool_call
    messages = request.state.get("messages", []) if isinstance(request.state, Mapping) else getattr(request.state, "messages", [])
    for message in reversed(messages):
        if isinstance(message, AIMessage) and any(c.get("id") == call.get("id") for c in message.tool_calls):
            if call.get("id") in message.response_metadata.get(BLOCKED_KEY, ()):
                return ToolMessage(REFUSAL.format(name=call["name"]), tool_call_id=call["id"], name=call["name"], status="error")
            return None
    return None
