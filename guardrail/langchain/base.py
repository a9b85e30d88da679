"""What `GuardedLLM` and `ChatGuardrail` share: routing per call, standard parameters, messages,
stop words, metadata."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any

from langchain_core.caches import BaseCache
from langchain_core.language_models import LangSmithParams, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, ChatMessage, HumanMessage, SystemMessage
from langchain_core.runnables import Runnable, RunnableConfig
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from guardrail.errors import PolicyError
from guardrail.langchain.settings import Call
from guardrail.policy.overrides import RequestOptions, decoding_of
from guardrail.protocols import Guard
from guardrail.results import GuardedResponse

_logger = logging.getLogger(__name__)

# Settings that other LangChain models take but the route's policy decides here.
POLICY_SETTINGS = ("max_new_tokens", "top_k", "model", "model_name")
# LangChain's standard parameters, at construction and per call.
CALL_SETTINGS = ("temperature", "max_tokens", "top_p", "seed", "timeout", "max_retries")
# pydantic takes `model_config` from the first base only, so the concrete classes set it too.
FORBID_EXTRA = ConfigDict(arbitrary_types_allowed=True, extra="forbid")
# `config` of `batch`: one for all inputs, or one per input.
Configs = RunnableConfig | list[RunnableConfig] | None
_ROLES = {"system": "system", "human": "user", "user": "user", "ai": "assistant", "assistant": "assistant"}


def route_of(config: RunnableConfig | None, tenant: str | None, source: str | None) -> tuple[str, str | None]:
    """(tenant, source) from `config["configurable"]`, else the given defaults.

    A per-call tenant without a per-call source gets that tenant's default source, never
    the instance's source, which belongs to the instance's tenant.
    """
    configurable = (config or {}).get("configurable") or {}
    if "tenant" in configurable:
        tenant, source = configurable["tenant"], None
    if not tenant:
        raise PolicyError(
            "no tenant for this call; set it on the instance (tenant=...) or per call with "
            "config={'configurable': {'tenant': ..., 'source': ...}}"
        )
    return tenant, configurable.get("source", source)


class Routed(BaseModel):
    """Fields and entry points of a LangChain model answered by `Guardrail`.

    langchain-core does not pass `config` down to the model hooks, so the entry points read
    the route from it and hand it on as the keyword arguments `tenant=` and `source=`.
    `batch` is `Runnable.batch`: every input runs with its own config on its own thread,
    and the engine decodes concurrent requests together, so a batch is one batched decode.
    There is no cache: langchain-core keys cached answers by prompt only, so one tenant
    could get another's answer, and a cached answer would outlive a policy reload.
    """

    model_config = FORBID_EXTRA

    guard: Guard = Field(exclude=True)
    """The `guardrail.Guardrail` that answers."""
    tenant: str | None = None
    """Default tenant; `config["configurable"]["tenant"]` overrides it per call."""
    source: str | None = None
    """Default source (None = the tenant's default source); overridable per call."""
    streaming: bool = False
    """Whether `invoke` streams internally, so `on_llm_new_token` fires."""
    cache: BaseCache | bool | None = Field(default=False, exclude=True)
    stop: list[str] | None = None
    """Default stop words; a per-call `stop` replaces them. The filtered text is cut at the first."""
    max_tokens: int | None = Field(None, ge=1)
    """Most completion tokens; capped by the route's `decoding.max_new_tokens`."""
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    """Used only where the route's policy sets `decoding.client_sampling: true`; else the route's wins."""
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    """As `temperature`."""
    seed: int | None = None
    """As `temperature`: the sampling seed, used only where the route allows client sampling."""
    timeout: float | None = Field(None, gt=0.0)
    """Seconds a whole call may take; past it the decode is cancelled and `TimeoutError` raised."""
    max_retries: int = Field(0, ge=0)
    """Accepted for compatibility: a local decode has nothing to retry."""
    api_key: SecretStr | None = Field(None, exclude=True, repr=False)
    """Accepted so code written for a hosted model runs unchanged; the local model needs none (never used or logged)."""

    @model_validator(mode="before")
    @classmethod
    def _no_policy_settings(cls, data: Any) -> Any:
        for name in POLICY_SETTINGS:
            if isinstance(data, Mapping) and name in data:
                raise ValueError(
                    f"`{name}` is decided by the route's policy (the source's `decoding` and the guardrail's "
                    f"model), not by {cls.__name__}; remove it and change the tenant's YAML instead (`max_tokens` "
                    "shortens an answer)"
                )
        return data

    @field_validator("cache")
    @classmethod
    def _no_cache(cls, value: Any) -> bool:
        if value is not False and value is not None:
            raise ValueError(
                "guardrail models do not cache (cached answers are keyed by prompt only, across tenants "
                "and policy reloads); leave `cache` unset"
            )
        return False

    @property
    def model_name(self) -> str:
        """The guardrail's base model (`Guardrail.model_spec`, or the embedded default)."""
        from guardrail.steering.models import DEFAULT_MODEL

        return getattr(self.guard, "model_spec", None) or DEFAULT_MODEL

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name, "tenant": self.tenant, "source": self.source}

    def call(self, kwargs: dict[str, Any]) -> Call:
        """The route and settings of one call from a hook's kwargs (the instance's when absent).

        Sampling settings (`temperature`, `top_p`, `seed`) reach the decoder only where the route's
        policy allows client sampling, as for the HTTP service; otherwise one debug line says
        the route's settings win. `max_tokens` is capped by the route.

        Raises:
            TypeError: for any other keyword argument.
            PolicyError: no tenant, or an unknown tenant or source.
        """
        kwargs = dict(kwargs)
        tenant, source = kwargs.pop("tenant", self.tenant), kwargs.pop("source", self.source)
        settings = {name: kwargs.pop(name, None) for name in CALL_SETTINGS}
        settings = {name: getattr(self, name) if value is None else value for name, value in settings.items()}
        if kwargs:
            raise TypeError(f"{type(self).__name__} got unexpected keyword arguments {sorted(kwargs)}")
        tenant, source = route_of(None, tenant, source)
        route = self.guard.store.route(tenant, source)
        options = RequestOptions(
            max_tokens=settings["max_tokens"], temperature=settings["temperature"], top_p=settings["top_p"], seed=settings["seed"]
        )
        asked = [name for name in ("temperature", "top_p", "seed") if settings[name] is not None]
        if asked and not decoding_of(route).client_sampling:
            _logger.debug("%s: the route's decoding settings are used, not %s (client_sampling is off)", route.source, asked)
        if options == RequestOptions():
            options = None
        return Call(tenant, source, options, settings["timeout"], route)

    def ls_params(self, model_type: str, model_name: str, stop: list[str] | None, kwargs: dict[str, Any]) -> LangSmithParams:
        """The tracing parameters of a call with `stop` and `kwargs`: `ls_temperature` and
        `ls_max_tokens` are what the route will really use (absent while no tenant is known)."""
        params = LangSmithParams(ls_provider="guardrail", ls_model_name=model_name, ls_model_type=model_type)
        if stop or self.stop:
            params["ls_stop"] = stop or self.stop
        try:
            decoding = self.call({k: v for k, v in kwargs.items() if k in CALL_SETTINGS}).decoding()
        except (PolicyError, TypeError, ValueError):
            return params
        params.update(ls_temperature=decoding.temperature, ls_max_tokens=decoding.max_new_tokens)
        return params

    def route(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """`tenant=`, `source=` (and `options=` when the call sets any) for the guard."""
        return self.call(kwargs).guard

    def _stop(self, stop: list[str] | None) -> list[str] | None:
        """A call's stop words: its own, else the instance's."""
        return stop if stop is not None else self.stop

    def _with_route(self, config: RunnableConfig | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        tenant, source = route_of(config, self.tenant, self.source)
        return {**kwargs, "tenant": tenant, "source": source}

    def invoke(self, input: LanguageModelInput, config: RunnableConfig | None = None, **kwargs: Any) -> Any:
        return super().invoke(input, config, **self._with_route(config, kwargs))

    async def ainvoke(self, input: LanguageModelInput, config: RunnableConfig | None = None, **kwargs: Any) -> Any:
        return await super().ainvoke(input, config, **self._with_route(config, kwargs))

    def stream(self, input: LanguageModelInput, config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[Any]:
        return super().stream(input, config, **self._with_route(config, kwargs))

    def astream(self, input: LanguageModelInput, config: RunnableConfig | None = None, **kwargs: Any) -> AsyncIterator[Any]:
        return super().astream(input, config, **self._with_route(config, kwargs))

    def batch(
        self, inputs: list[LanguageModelInput], config: Configs = None, *, return_exceptions: bool = False, **kwargs: Any
    ) -> list[Any]:
        return Runnable.batch(self, inputs, config, return_exceptions=return_exceptions, **kwargs)

    async def abatch(
        self, inputs: list[LanguageModelInput], config: Configs = None, *, return_exceptions: bool = False, **kwargs: Any
    ) -> list[Any]:
        return await Runnable.abatch(self, inputs, config, return_exceptions=return_exceptions, **kwargs)


def chat_messages(messages: Sequence[BaseMessage]) -> list[dict[str, str]]:
    """LangChain messages -> the engine's `{"role", "content"}` messages (text only).

    The engine puts the route's positive system prompt first; a caller's system message
    follows it. `name` fields are ignored.

    Raises:
        ValueError: for tool calls, tool messages, or content blocks that are not text
            (images, audio, files): guardrail models read and write text only.
    """
    out = []
    for i, message in enumerate(messages):
        role = message.role if isinstance(message, ChatMessage) else message.type
        if not isinstance(message, (SystemMessage, HumanMessage, AIMessage, ChatMessage)) or role not in _ROLES:
            raise ValueError(f"message {i} is a {role!r} message; guardrail models take system, human and ai messages only")
        if isinstance(message, AIMessage) and message.tool_calls:
            raise ValueError(f"message {i} carries tool calls; guardrail models do not support tool calling")
        out.append({"role": _ROLES[role], "content": _text(message.content, i)})
    return out


def _text(content: str | list, index: int) -> str:
    if isinstance(content, str):
        return content
    parts = []
    for block in content:
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, dict) and block.get("type") == "text":
            parts.append(block.get("text", ""))
        else:
            kind = block.get("type") if isinstance(block, dict) else type(block).__name__
            raise ValueError(f"message {index} has a {kind!r} content block; guardrail models read text only")
    return "".join(parts)


def metadata(response: GuardedResponse) -> dict[str, Any]:
    """What a guarded answer reports: route, finish reason and entity counts, never values."""
    return {
        "finish_reason": response.finish_reason,
        "tenant": response.route.tenant,
        "source": response.route.source,
        "withheld": response.withheld,
        "entity_counts": response.entity_counts,
    }
