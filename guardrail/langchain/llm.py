"""`GuardedLLM`: a langchain-core LLM that answers through `Guardrail`."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.caches import BaseCache
from langchain_core.language_models.llms import BaseLLM
from langchain_core.outputs import Generation, GenerationChunk, LLMResult
from langchain_core.runnables import RunnableConfig
from langchain_core.runnables.config import get_config_list
from pydantic import ConfigDict, Field, field_validator

from guardrail.errors import PolicyError


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


class GuardedLLM(BaseLLM):
    """A langchain-core LLM that answers through `Guardrail`: steered, adapted and filtered.

    Example:
        ```python
        llm = GuardedLLM(guard=Guardrail.from_dir("policies"), tenant="acme-bank", source="public_web")
        chain = PromptTemplate.from_template("Answer briefly: {q}") | llm | StrOutputParser()
        chain.invoke({"q": "..."}, config={"configurable": {"source": "mobile_app"}})
        ```

    `stop` words cut the filtered text at the first match. There is no cache: langchain-core
    keys cached answers by prompt only, so one tenant could get another's answer, and a
    cached answer would outlive a policy reload.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    guard: Any = Field(exclude=True)
    """The `guardrail.Guardrail` that answers."""
    tenant: str | None = None
    """Default tenant; `config["configurable"]["tenant"]` overrides it per call."""
    source: str | None = None
    """Default source (None = the tenant's default source); overridable per call."""
    streaming: bool = False
    """Whether `invoke` streams internally, so `on_llm_new_token` fires (one prompt at a time)."""
    cache: BaseCache | bool | None = Field(default=False, exclude=True)

    @field_validator("cache")
    @classmethod
    def _no_cache(cls, value: Any) -> bool:
        if value is not False and value is not None:
            raise ValueError(
                "GuardedLLM does not cache (cached answers are keyed by prompt only, across tenants "
                "and policy reloads); leave `cache` unset"
            )
        return False

    @property
    def _llm_type(self) -> str:
        return "guardrail"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"tenant": self.tenant, "source": self.source}

    # --- per-call routing: langchain-core does not pass `config` down to `_generate`, so the
    # entry points read it and hand the route on as keyword arguments.

    def _route_kwargs(self, config: RunnableConfig | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        tenant, source = route_of(config, self.tenant, self.source)
        return {"tenant": tenant, "source": source, **kwargs}

    def invoke(self, input: Any, config: RunnableConfig | None = None, *, stop: list[str] | None = None, **kwargs: Any) -> str:
        return super().invoke(input, config, stop=stop, **self._route_kwargs(config, kwargs))

    async def ainvoke(
        self, input: Any, config: RunnableConfig | None = None, *, stop: list[str] | None = None, **kwargs: Any
    ) -> str:
        return await super().ainvoke(input, config, stop=stop, **self._route_kwargs(config, kwargs))

    def stream(
        self, input: Any, config: RunnableConfig | None = None, *, stop: list[str] | None = None, **kwargs: Any
    ) -> Iterator[str]:
        return super().stream(input, config, stop=stop, **self._route_kwargs(config, kwargs))

    def astream(
        self, input: Any, config: RunnableConfig | None = None, *, stop: list[str] | None = None, **kwargs: Any
    ) -> AsyncIterator[str]:
        return super().astream(input, config, stop=stop, **self._route_kwargs(config, kwargs))

    def batch(
        self,
        inputs: list[Any],
        config: RunnableConfig | list[RunnableConfig] | None = None,
        *,
        return_exceptions: bool = False,
        **kwargs: Any,
    ) -> list[str]:
        outputs: list[str] = []
        for chunk, configs, routes in self._batch_parts(inputs, config):
            outputs += super().batch(chunk, configs, return_exceptions=return_exceptions, routes=routes, **kwargs)
        return outputs

    async def abatch(
        self,
        inputs: list[Any],
        config: RunnableConfig | list[RunnableConfig] | None = None,
        *,
        return_exceptions: bool = False,
        **kwargs: Any,
    ) -> list[str]:
        outputs: list[str] = []
        for chunk, configs, routes in self._batch_parts(inputs, config):
            outputs += await super().abatch(chunk, configs, return_exceptions=return_exceptions, routes=routes, **kwargs)
        return outputs

    def _batch_parts(
        self, inputs: list[Any], config: RunnableConfig | list[RunnableConfig] | None
    ) -> list[tuple[list[Any], list[RunnableConfig], list[tuple[str, str | None]]]]:
        """Split a batch by `max_concurrency`, each input with its own (tenant, source)."""
        if not inputs:
            return []
        configs = get_config_list(config, len(inputs))
        routes = [route_of(c, self.tenant, self.source) for c in configs]
        size = configs[0].get("max_concurrency") or len(inputs)
        configs = [{**c, "max_concurrency": None} for c in configs]
        return [
            (inputs[i : i + size], configs[i : i + size], routes[i : i + size]) for i in range(0, len(inputs), size)
        ]

    # --- the LLM interface

    def _generate(
        self,
        prompts: list[str],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> LLMResult:
        routes = self._routes(prompts, kwargs)
        if self.streaming:
            texts = []
            for prompt, (tenant, source) in zip(prompts, routes):
                pieces = self._stream(prompt, stop, run_manager, tenant=tenant, source=source)
                texts.append("".join(chunk.text for chunk in pieces))
            return LLMResult(generations=[[Generation(text=text)] for text in texts])
        if len(prompts) == 1:
            (tenant, source), = routes
            responses = [self.guard.generate(prompts[0], tenant=tenant, source=source)]
        else:
            from guardrail.guard import GuardRequest

            requests = [GuardRequest(p, tenant, source) for p, (tenant, source) in zip(prompts, routes)]
            responses = self.guard.generate_batch(requests)
        return _llm_result(responses, stop)

    async def _agenerate(
        self,
        prompts: list[str],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> LLMResult:
        if self.streaming or len(prompts) > 1:
            sync_manager = run_manager.get_sync() if run_manager else None
            return await asyncio.to_thread(self._generate, prompts, stop, sync_manager, **kwargs)
        (tenant, source), = self._routes(prompts, kwargs)
        response = await self.guard.agenerate(prompts[0], tenant=tenant, source=source)
        return _llm_result([response], stop)

    def _stream(
        self,
        prompt: str,
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[GenerationChunk]:
        (tenant, source), = self._routes([prompt], kwargs)
        cutter = _StopCutter(stop)
        pieces = self.guard.stream(prompt, tenant=tenant, source=source)
        try:
            for piece in pieces:
                text = cutter.feed(piece)
                if text:
                    yield self._chunk(text, run_manager)
                if cutter.done:
                    break
            rest = cutter.close()
            if rest:
                yield self._chunk(rest, run_manager)
        finally:
            close = getattr(pieces, "close", None)
            if close is not None:
                close()

    async def _astream(
        self,
        prompt: str,
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[GenerationChunk]:
        (tenant, source), = self._routes([prompt], kwargs)
        cutter = _StopCutter(stop)
        pieces = self.guard.astream(prompt, tenant=tenant, source=source)
        try:
            async for piece in pieces:
                text = cutter.feed(piece)
                if text:
                    yield await self._achunk(text, run_manager)
                if cutter.done:
                    break
            rest = cutter.close()
            if rest:
                yield await self._achunk(rest, run_manager)
        finally:
            aclose = getattr(pieces, "aclose", None)
            if aclose is not None:
                await aclose()

    @staticmethod
    def _chunk(text: str, run_manager: CallbackManagerForLLMRun | None) -> GenerationChunk:
        chunk = GenerationChunk(text=text)
        if run_manager:
            run_manager.on_llm_new_token(text, chunk=chunk)
        return chunk

    @staticmethod
    async def _achunk(text: str, run_manager: AsyncCallbackManagerForLLMRun | None) -> GenerationChunk:
        chunk = GenerationChunk(text=text)
        if run_manager:
            await run_manager.on_llm_new_token(text, chunk=chunk)
        return chunk

    def _routes(self, prompts: Sequence[str], kwargs: dict[str, Any]) -> list[tuple[str, str | None]]:
        """One (tenant, source) per prompt, from `routes=[...]`, `tenant=`/`source=` or the instance."""
        kwargs = dict(kwargs)
        routes = kwargs.pop("routes", None)
        tenant = kwargs.pop("tenant", self.tenant)
        source = kwargs.pop("source", self.source)
        if kwargs:
            raise TypeError(f"GuardedLLM got unexpected keyword arguments {sorted(kwargs)}; it takes tenant= and source=")
        if routes is None:
            routes = [route_of(None, tenant, source)] * len(prompts)
        if len(routes) != len(prompts):
            raise PolicyError(
                f"{len(prompts)} prompts but {len(routes)} routes reached GuardedLLM; "
                "pass one config per input to batch()"
            )
        return list(routes)


def _llm_result(responses: Sequence[Any], stop: list[str] | None) -> LLMResult:
    generations = []
    usage = Counter()
    for response in responses:
        usage.update(prompt_tokens=response.prompt_tokens, completion_tokens=response.completion_tokens)
        info = {
            "finish_reason": response.finish_reason,
            "tenant": response.route.tenant,
            "source": response.route.source,
            "withheld": response.withheld,
            "entity_counts": dict(Counter(f.entity_type for f in response.findings)),
        }
        generations.append([Generation(text=_cut_at_stop(response.text, stop), generation_info=info)])
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    return LLMResult(generations=generations, llm_output={"token_usage": dict(usage)})


def _cut_at_stop(text: str, stop: Sequence[str] | None) -> str:
    ends = [i for i in (text.find(word) for word in stop or () if word) if i >= 0]
    return text[: min(ends)] if ends else text


class _StopCutter:
    """Cuts a stream of (already filtered) text at the first stop word.

    Holds back at most `len(longest stop word) - 1` characters, so that a stop word split
    across pieces is still found.
    """

    def __init__(self, stop: Sequence[str] | None) -> None:
        self._stop = [word for word in stop or () if word]
        self._hold = max((len(word) for word in self._stop), default=1) - 1
        self._buffer = ""
        self.done = False

    def feed(self, piece: str) -> str:
        if self.done:
            return ""
        if not self._stop:
            return piece
        self._buffer += piece
        cut = _cut_at_stop(self._buffer, self._stop)
        if len(cut) < len(self._buffer):
            self.done, self._buffer = True, ""
            return cut
        keep = len(self._buffer) - self._hold
        out, self._buffer = self._buffer[:keep], self._buffer[keep:]
        return out

    def close(self) -> str:
        out, self._buffer = self._buffer, ""
        return "" if self.done else out
