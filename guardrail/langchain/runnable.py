"""`guard_runnable`: any runnable's output through the output filter of a route."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from langchain_core.runnables import Runnable, RunnableConfig
from langchain_core.runnables.config import ensure_config, patch_config

from guardrail.langchain.base import Configs, route_of
from guardrail.langchain.chunks import ChunkRedactor
from guardrail.relay import aopened, arelay, opened, relay
from guardrail.route_filter import RouteFilter, afiltered_call, filtered_call

if TYPE_CHECKING:
    from guardrail.protocols import Redactor


def guard_runnable(
    runnable: Runnable,
    guard: Redactor,
    *,
    tenant: str | None = None,
    source: str | None = None,
    isolate_callbacks: bool = True,
) -> GuardedRunnable:
    """Wrap any runnable so that its output passes the output filter of a route.

    Args:
        runnable: a chat model, LLM, chain, retriever chain, ... Its output may be a str,
            a message or message chunk (every field with text filtered, tool-call arguments
            as the route's `filter.tool_calls` says: `guardrail.langchain.fields`), a
            Document (page_content and metadata values filtered), or dicts / lists /
            pydantic models of them. An exception it raises is raised again as the same type
            with a filtered message (`RouteFilter.filter_exception`).
        guard: a `guardrail.Guardrail`; only `store`, `redact_many` and `filter_stream` are used,
            so its model is never loaded.
        tenant: default tenant; `config["configurable"]["tenant"]` overrides it per call.
        source: default source (None = the tenant's default source).
        isolate_callbacks: run the wrapped runnable without the caller's callbacks, so
            callback handlers and `astream_events` never see its unfiltered tokens; the
            guarded step reports its own (filtered) run instead. Turn off to trace inside.

    Returns:
        A runnable with the same input; `invoke`, `batch`, `stream`, `ainvoke`, `abatch`,
        `astream` and chaining all work. Streams release only text the streaming filter has
        cleared; the rest follows when the wrapped stream ends. A streamed tool call is held
        until its arguments are complete, then released filtered; a stream of whole values
        (a JSON or pydantic parser re-emitting the object) releases its last value, filtered.
    """
    return GuardedRunnable(runnable, guard, tenant=tenant, source=source, isolate_callbacks=isolate_callbacks)


class GuardedRunnable(Runnable):
    """The runnable `guard_runnable` returns."""

    def __init__(
        self,
        bound: Runnable,
        guard: Redactor,
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
        tenant, source = route_of(config, self.tenant, self.source)
        self.guard.store.route(tenant, source)  # PolicyError before the wrapped runnable runs
        return RouteFilter(self.guard, tenant, source)

    def _inner(self, config: RunnableConfig, run_manager: Any) -> RunnableConfig:
        callbacks = [] if self.isolate_callbacks else run_manager.get_child()
        return patch_config(config, callbacks=callbacks)

    # --- whole outputs

    def invoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Any:
        return self._call_with_config(self._invoke, input, ensure_config(config), **kwargs)

    def _invoke(self, input: Any, run_manager: Any, config: RunnableConfig, **kwargs: Any) -> Any:
        route, inner = self._route_filter(config), self._inner(config, run_manager)
        return filtered_call(route, lambda: self.bound.invoke(input, inner, **kwargs), route.filter_output)

    async def ainvoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Any:
        return await self._acall_with_config(self._ainvoke, input, ensure_config(config), **kwargs)

    async def _ainvoke(self, input: Any, run_manager: Any, config: RunnableConfig, **kwargs: Any) -> Any:
        route, inner = self._route_filter(config), self._inner(config, run_manager)
        return await afiltered_call(route, self.bound.ainvoke(input, inner, **kwargs), route.filter_output)

    def batch(self, inputs: list[Any], config: Configs = None, *, return_exceptions: bool = False, **kwargs: Any) -> list[Any]:
        if not inputs:
            return []
        run = functools.partial(self._batch, return_exceptions=return_exceptions)
        return self._batch_with_config(run, inputs, config, return_exceptions=return_exceptions, **kwargs)

    def _batch(self, inputs: list[Any], run_manager: list[Any], config: list[RunnableConfig], **kwargs: Any) -> list[Any]:
        batch = self._batch_of(config, run_manager, kwargs)
        return filtered_call(batch.routes[0], lambda: self.bound.batch(inputs, batch.inner, **kwargs), batch.filter)

    async def abatch(
        self, inputs: list[Any], config: Configs = None, *, return_exceptions: bool = False, **kwargs: Any
    ) -> list[Any]:
        if not inputs:
            return []
        run = functools.partial(self._abatch, return_exceptions=return_exceptions)
        return await self._abatch_with_config(run, inputs, config, return_exceptions=return_exceptions, **kwargs)

    async def _abatch(self, inputs: list[Any], run_manager: list[Any], config: list[RunnableConfig], **kwargs: Any) -> list[Any]:
        batch = self._batch_of(config, run_manager, kwargs)
        return await afiltered_call(batch.routes[0], self.bound.abatch(inputs, batch.inner, **kwargs), batch.filter)

    def _batch_of(self, config: list[RunnableConfig], run_manager: list[Any], kwargs: dict[str, Any]) -> _Batch:
        """Each input's route filter (resolved now) and the config its wrapped call runs with."""
        routes = [self._route_filter(c) for c in config]
        inner = [self._inner(c, m) for c, m in zip(config, run_manager)]
        return _Batch(routes, inner, kwargs.get("return_exceptions", False))

    # --- streams

    def stream(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[Any]:
        return self.transform(iter([input]), config, **kwargs)

    def transform(self, input: Iterator[Any], config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[Any]:
        yield from self._transform_stream_with_config(input, self._transform, config, **kwargs)

    def _transform(self, input: Iterator[Any], run_manager: Any, config: RunnableConfig, **kwargs: Any) -> Iterator[Any]:
        route = self._route_filter(config)
        chunks = opened(lambda: self.bound.transform(input, self._inner(config, run_manager), **kwargs))
        yield from relay(functools.partial(ChunkRedactor, route), chunks)

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
        chunks = aopened(lambda: self.bound.atransform(input, self._inner(config, run_manager), **kwargs))
        async for chunk in arelay(functools.partial(ChunkRedactor, route), chunks, offload=True):
            yield chunk


@dataclasses.dataclass(frozen=True)
class _Batch:
    """One batch call: each input's route filter and the config its wrapped call runs with."""

    routes: list[RouteFilter]
    inner: list[RunnableConfig]
    return_exceptions: bool

    def filter(self, outputs: list[Any]) -> list[Any]:
        """Each output through its own route (an exception in its place filtered, or kept as asked)."""
        return [_filter_or_keep(route, out, self.return_exceptions) for route, out in zip(self.routes, outputs)]


def _filter_or_keep(route: RouteFilter, output: Any, return_exceptions: bool) -> Any:
    if isinstance(output, Exception):
        return route.filter_exception(output)
    try:
        return route.filter_output(output)
    except Exception as exc:
        if return_exceptions:
            return exc
        raise
