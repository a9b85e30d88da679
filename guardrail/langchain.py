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

from __future__ import annotations

import asyncio
import functools
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.caches import BaseCache
from langchain_core.documents import Document
from langchain_core.language_models.llms import BaseLLM
from langchain_core.messages import AIMessageChunk, BaseMessage, BaseMessageChunk
from langchain_core.outputs import Generation, GenerationChunk, LLMResult
from langchain_core.runnables import Runnable, RunnableConfig
from langchain_core.runnables.config import ensure_config, get_config_list, patch_config
from pydantic import ConfigDict, Field, field_validator

from guardrail.decorator import RouteFilter
from guardrail.errors import PolicyError

__all__ = ["GuardedLLM", "GuardedRunnable", "guard_runnable"]

# Content-block keys that carry free text in non-streamed messages.
_TEXT_KEYS = ("text", "reasoning", "thinking")


def _route_of(config: RunnableConfig | None, tenant: str | None, source: str | None) -> tuple[str, str | None]:
    """(tenant, source) from `config["configurable"]`, else the given defaults."""
    configurable = (config or {}).get("configurable") or {}
    name = configurable.get("tenant", tenant)
    if not name:
        raise PolicyError(
            "no tenant for this call; set it on the instance (tenant=...) or per call with "
            "config={'configurable': {'tenant': ..., 'source': ...}}"
        )
    return name, configurable.get("source", source)


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
        tenant, source = _route_of(config, self.tenant, self.source)
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
        routes = [_route_of(c, self.tenant, self.source) for c in configs]
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
            routes = [_route_of(None, tenant, source)] * len(prompts)
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


# --- guard_runnable


def guard_runnable(
    runnable: Runnable,
    guard: Any,
    *,
    tenant: str | None = None,
    source: str | None = None,
    isolate_callbacks: bool = True,
) -> GuardedRunnable:
    """Wrap any runnable so that its output passes the output filter of a route.

    Args:
        runnable: a chat model, LLM, chain, retriever chain, ... Its output may be a str,
            a message or message chunk (content filtered, other fields kept), a Document
            (page_content filtered), or dicts / lists / pydantic models of them.
        guard: a `guardrail.Guardrail`; only `store`, `redact` and `filter_stream` are used,
            so its model is never loaded.
        tenant: default tenant; `config["configurable"]["tenant"]` overrides it per call.
        source: default source (None = the tenant's default source).
        isolate_callbacks: run the wrapped runnable without the caller's callbacks, so
            callback handlers and `astream_events` never see its unfiltered tokens; the
            guarded step reports its own (filtered) run instead. Turn off to trace inside.

    Returns:
        A runnable with the same input; `invoke`, `batch`, `stream`, `ainvoke`, `abatch`,
        `astream` and chaining all work. Streams release only text the streaming filter has
        cleared; the rest follows when the wrapped stream ends.
    """
    return GuardedRunnable(runnable, guard, tenant=tenant, source=source, isolate_callbacks=isolate_callbacks)


class GuardedRunnable(Runnable):
    """The runnable `guard_runnable` returns."""

    def __init__(
        self,
        bound: Runnable,
        guard: Any,
        *,
        tenant: str | None = None,
        source: str | None = None,
        isolate_callbacks: bool = True,
    ) -> None:
        self.bound = bound
        self.guard = guard
        self.tenant = tenant
        self.source = source
        self.isolate_callbacks = isolate_callbacks
        self.name = f"Guarded{bound.get_name()}"

    @property
    def InputType(self) -> Any:  # noqa: N802 - langchain-core's name
        return self.bound.InputType

    @property
    def OutputType(self) -> Any:  # noqa: N802
        return self.bound.OutputType

    def get_input_schema(self, config: RunnableConfig | None = None) -> Any:
        return self.bound.get_input_schema(config)

    def get_output_schema(self, config: RunnableConfig | None = None) -> Any:
        return self.bound.get_output_schema(config)

    # --- helpers

    def _route_filter(self, config: RunnableConfig | None) -> RouteFilter:
        tenant, source = _route_of(config, self.tenant, self.source)
        self.guard.store.route(tenant, source)  # PolicyError before the wrapped runnable runs
        return RouteFilter(self.guard, tenant, source, hook=_langchain_values)

    def _inner(self, config: RunnableConfig, run_manager: Any) -> RunnableConfig:
        callbacks = [] if self.isolate_callbacks else run_manager.get_child()
        return patch_config(config, callbacks=callbacks)

    # --- whole outputs

    def invoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Any:
        return self._call_with_config(self._invoke, input, ensure_config(config), **kwargs)

    def _invoke(self, input: Any, run_manager: Any, config: RunnableConfig, **kwargs: Any) -> Any:
        route = self._route_filter(config)
        output = self.bound.invoke(input, self._inner(config, run_manager), **kwargs)
        return route.filter_output(output)

    async def ainvoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Any:
        return await self._acall_with_config(self._ainvoke, input, ensure_config(config), **kwargs)

    async def _ainvoke(self, input: Any, run_manager: Any, config: RunnableConfig, **kwargs: Any) -> Any:
        route = self._route_filter(config)
        output = await self.bound.ainvoke(input, self._inner(config, run_manager), **kwargs)
        return await asyncio.to_thread(route.filter_output, output)

    def batch(
        self,
        inputs: list[Any],
        config: RunnableConfig | list[RunnableConfig] | None = None,
        *,
        return_exceptions: bool = False,
        **kwargs: Any,
    ) -> list[Any]:
        if not inputs:
            return []
        run = functools.partial(self._batch, return_exceptions=return_exceptions)
        return self._batch_with_config(run, inputs, config, return_exceptions=return_exceptions, **kwargs)

    def _batch(
        self, inputs: list[Any], run_manager: list[Any], config: list[RunnableConfig], return_exceptions: bool = False, **kwargs: Any
    ) -> list[Any]:
        routes = [self._route_filter(c) for c in config]
        inner = [self._inner(c, m) for c, m in zip(config, run_manager)]
        outputs = self.bound.batch(inputs, inner, return_exceptions=return_exceptions, **kwargs)
        return [_filter_or_keep(route, out, return_exceptions) for route, out in zip(routes, outputs)]

    async def abatch(
        self,
        inputs: list[Any],
        config: RunnableConfig | list[RunnableConfig] | None = None,
        *,
        return_exceptions: bool = False,
        **kwargs: Any,
    ) -> list[Any]:
        if not inputs:
            return []
        run = functools.partial(self._abatch, return_exceptions=return_exceptions)
        return await self._abatch_with_config(run, inputs, config, return_exceptions=return_exceptions, **kwargs)

    async def _abatch(
        self, inputs: list[Any], run_manager: list[Any], config: list[RunnableConfig], return_exceptions: bool = False, **kwargs: Any
    ) -> list[Any]:
        routes = [self._route_filter(c) for c in config]
        inner = [self._inner(c, m) for c, m in zip(config, run_manager)]
        outputs = await self.bound.abatch(inputs, inner, return_exceptions=return_exceptions, **kwargs)
        return await asyncio.to_thread(
            lambda: [_filter_or_keep(route, out, return_exceptions) for route, out in zip(routes, outputs)]
        )

    # --- streams

    def stream(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[Any]:
        return self.transform(iter([input]), config, **kwargs)

    def transform(self, input: Iterator[Any], config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[Any]:
        yield from self._transform_stream_with_config(input, self._transform, config, **kwargs)

    def _transform(self, input: Iterator[Any], run_manager: Any, config: RunnableConfig, **kwargs: Any) -> Iterator[Any]:
        route = self._route_filter(config)
        redactor = _ChunkRedactor(route)
        for chunk in self.bound.transform(input, self._inner(config, run_manager), **kwargs):
            yield from redactor.push(chunk)
        yield from redactor.finish()

    async def astream(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> AsyncIterator[Any]:
        async def once() -> AsyncIterator[Any]:
            yield input

        async for chunk in self.atransform(once(), config, **kwargs):
            yield chunk

    async def atransform(
        self, input: AsyncIterator[Any], config: RunnableConfig | None = None, **kwargs: Any
    ) -> AsyncIterator[Any]:
        async for chunk in self._atransform_stream_with_config(input, self._atransform, config, **kwargs):
            yield chunk

    async def _atransform(
        self, input: AsyncIterator[Any], run_manager: Any, config: RunnableConfig, **kwargs: Any
    ) -> AsyncIterator[Any]:
        route = self._route_filter(config)
        redactor = _ChunkRedactor(route)
        async for chunk in self.bound.atransform(input, self._inner(config, run_manager), **kwargs):
            for out in await asyncio.to_thread(redactor.push, chunk):
                yield out
        for out in await asyncio.to_thread(redactor.finish):
            yield out


def _filter_or_keep(route: RouteFilter, output: Any, return_exceptions: bool) -> Any:
    if isinstance(output, Exception):
        return output
    try:
        return route.filter_output(output)
    except Exception as exc:
        if return_exceptions:
            return exc
        raise


def _langchain_values(value: Any, walk: Callable[[Any], Any]) -> Any:
    """`filter_value` hook: messages (content only) and Documents (page_content only)."""
    if isinstance(value, BaseMessage):
        return value.model_copy(update={"content": _filter_content(value.content, walk)})
    if isinstance(value, Document):
        return value.model_copy(update={"page_content": walk(value.page_content)})
    return NotImplemented


def _filter_content(content: str | list, walk: Callable[[Any], Any]) -> str | list:
    if isinstance(content, str):
        return walk(content)
    blocks = []
    for block in content:
        if isinstance(block, str):
            blocks.append(walk(block))
        elif isinstance(block, dict):
            blocks.append({k: walk(v) if k in _TEXT_KEYS and isinstance(v, str) else v for k, v in block.items()})
        else:
            blocks.append(block)
    return blocks


_NOTHING = object()


class _ChunkRedactor:
    """Filters a stream of output chunks as they arrive.

    Text chunks (str, message chunks' content) flow through one streaming filter per
    position: the top level, or a key path inside dict chunks such as `{"answer": "..."}`.
    Other values (a list of Documents under "context", ...) are filtered whole. Each
    filtered chunk is held until the next one arrives, so that the filter's tail can be
    appended to the last chunk (which carries the final metadata) when the stream ends.
    """

    def __init__(self, route: RouteFilter) -> None:
        self._route = route
        self._streams: dict[tuple, Any] = {}
        self._templates: dict[tuple, Any] = {}
        self._pending: Any = _NOTHING

    def push(self, chunk: Any) -> list[Any]:
        """Filter one chunk; returns the chunks ready to release (zero or one)."""
        out = self._transform(chunk, ())
        ready = [] if self._pending is _NOTHING else [self._pending]
        self._pending = out
        return [item for item in ready if item != ""]

    def finish(self) -> list[Any]:
        """Close every streaming filter; returns the last chunks with their tails."""
        tails = []
        for path, stream in self._streams.items():
            rest = stream.close()
            if not rest:
                continue
            if self._pending is not _NOTHING and _has_text_at(self._pending, path):
                self._pending = _append_at(self._pending, path, rest)
            else:
                tails.append(_nest(path, _tail_like(self._templates[path], rest)))
        last = [] if self._pending is _NOTHING or self._pending == "" else [self._pending]
        return last + tails

    def _feed(self, path: tuple, text: str, template: Any) -> str:
        stream = self._streams.get(path)
        if stream is None:
            stream = self._streams[path] = self._route.open_stream()
        self._templates[path] = template
        return stream.feed(text)

    def _transform(self, chunk: Any, path: tuple) -> Any:
        if isinstance(chunk, str):
            return self._feed(path, chunk, chunk)
        if isinstance(chunk, BaseMessage):
            return chunk.model_copy(update={"content": self._stream_content(chunk, path)})
        if type(chunk) is dict or (isinstance(chunk, dict) and _plain_dict_subclass(chunk)):
            return type(chunk)({key: self._transform(value, (*path, key)) for key, value in chunk.items()})
        return self._route.filter_output(chunk)

    def _stream_content(self, message: BaseMessage, path: tuple) -> str | list:
        if isinstance(message.content, str):
            return self._feed(path, message.content, message)
        # Content blocks: text blocks are streamed; reasoning text cannot be filtered token
        # by token, so it is dropped; other blocks (tool use, images) are kept.
        text = "".join(b.get("text", "") for b in message.content if isinstance(b, dict) and b.get("type") == "text")
        text += "".join(b for b in message.content if isinstance(b, str))
        released = self._feed(path, text, message)
        kept = [
            b
            for b in message.content
            if isinstance(b, dict) and b.get("type") != "text" and not any(k in b for k in _TEXT_KEYS)
        ]
        return kept + ([{"type": "text", "text": released}] if released else [])


def _plain_dict_subclass(chunk: dict) -> bool:
    """Dict subclasses built from pairs (LangChain's AddableDict, OrderedDict)."""
    try:
        type(chunk)([])
    except TypeError:
        return False
    return True


def _has_text_at(value: Any, path: tuple) -> bool:
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return False
        value = value[key]
    return isinstance(value, (str, BaseMessage))


def _append_at(value: Any, path: tuple, rest: str) -> Any:
    if path:
        head, *tail = path
        out = type(value)(value)
        out[head] = _append_at(value[head], tuple(tail), rest)
        return out
    if isinstance(value, str):
        return value + rest
    if isinstance(value.content, str):
        return value.model_copy(update={"content": value.content + rest})
    return value.model_copy(update={"content": [*value.content, {"type": "text", "text": rest}]})


def _tail_like(template: Any, rest: str) -> Any:
    """A fresh chunk of the template's kind carrying only `rest` (no metadata to double)."""
    if isinstance(template, str):
        return rest
    if isinstance(template, AIMessageChunk):
        return AIMessageChunk(content=rest, id=template.id)
    if isinstance(template, BaseMessageChunk):
        return template.model_copy(update={"content": rest, "response_metadata": {}, "additional_kwargs": {}})
    return template.model_copy(update={"content": rest})


def _nest(path: tuple, leaf: Any) -> Any:
    for key in reversed(path):
        leaf = {key: leaf}
    return leaf
