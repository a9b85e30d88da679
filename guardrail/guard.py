"""The `Guardrail` facade: route, steer, filter, audit.

```python
guard = Guardrail.from_dir("policies")
answer = guard.generate("Where does Jane live?", tenant="acme-bank", source="public_web")
print(answer.text, answer.findings)
```

Constructing a `Guardrail` is cheap: the model loads on the first generation (or `warmup()`),
and `redact` never loads it. Concurrent callers (threads, asyncio tasks, streams) share batched
decodes: `SteeringEngine.generate` group-commits every request that arrives while a batch is
decoding into the next batch, each with its own route. Every answer passes the route's output
filter before it is returned; a filter failure follows the policy's `on_error`.
"""

from __future__ import annotations

import asyncio
import bisect
import dataclasses
import queue
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guardrail.audit import AuditEvent, emit
from guardrail.errors import EngineError, FilterError, GuardrailError
from guardrail.filtering.base import count_entities
from guardrail.filtering.streaming import apump, pump
from guardrail.options import RequestOptions
from guardrail.policy import GLOBAL_CONFIG_NAME, load_global_config
from guardrail.policy.store import PolicyStore, Route

Prompt = str | Sequence[Mapping[str, str]]
OnFinish = Callable[["GuardedResponse"], None]
_DONE = object()
# Joins the texts of `redact_many`: a line end ends a filter segment, so no value crosses it,
# and the invisible separator between (a format character) is dropped before analysis.
_MARK = "\u2063"
_SEPARATOR = f"\n{_MARK}\n"


@dataclass(frozen=True)
class GuardRequest:
    """One request of `generate_batch`."""

    prompt: Prompt
    tenant: str
    source: str | None = None
    options: RequestOptions | None = None


@dataclass(frozen=True)
class Timings:
    """Seconds spent per stage of one request."""

    queued_s: float
    decode_s: float
    filter_s: float
    total_s: float


@dataclass(frozen=True)
class GuardedResponse:
    """A filtered answer. `findings` name what was removed (type, span, score), never the value."""

    text: str
    findings: tuple[Any, ...]  # guardrail.filtering.Finding
    route: Route
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str
    withheld: bool
    timings: Timings
    request_id: str

    @property
    def entity_counts(self) -> dict[str, int]:
        """Entity type -> how many values the filter removed."""
        return count_entities(self.findings)


class Guardrail:
    """One base model and one output filter serving every tenant of a policy store.

    Args:
        store: the tenants' policies.
        model: model spec for `guardrail.steering.models.load_model` (None: the embedded default).
        engine: a ready `SteeringEngine` (tests inject a tiny-model engine); built lazily if None.
        output_filter: a `guardrail.filtering.OutputFilter`; a default one if None.
        max_workers: threads that run decodes for `stream`, `agenerate` and `astream` callers
            (synchronous `generate` runs on the caller's thread).
    """

    def __init__(
        self,
        store: PolicyStore,
        *,
        model: str | None = None,
        engine: Any | None = None,
        output_filter: Any | None = None,
        max_workers: int = 64,
    ) -> None:
        if output_filter is None:
            from guardrail.filtering import OutputFilter

            output_filter = OutputFilter()
        self.store = store
        self.model_spec = model
        self.output_filter = output_filter
        self._engine = engine
        self._token_texts: Any = None  # the copy guard's token texts, made on first use
        self._executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="guardrail")
        self._lock = threading.Lock()

    @classmethod
    def from_dir(
        cls,
        policies_dir: str | Path,
        model: str | None = None,
        adapters_dir: str | Path | None = None,
        **kwargs: Any,
    ) -> Guardrail:
        """Load a policies folder and check every adapter it names against the base model.

        Args:
            policies_dir: one `<tenant>.yaml` per tenant, optionally a `guardrail.yaml`
                (`model`, `adapters_dir`).
            model: overrides `guardrail.yaml`'s `model`; None there too means the embedded default.
            adapters_dir: overrides `guardrail.yaml`'s `adapters_dir` (relative to the policies
                folder); default `adapters` in the current directory.

        Raises:
            PolicyError: bad policies, or an adapter trained for another base model.
            ModelNotFoundError: the model is not installed or not a local path.
        """
        from guardrail.steering.adapters import check_adapter_folder
        from guardrail.steering.models import resolve_identity

        folder = Path(policies_dir)
        config = load_global_config(folder / GLOBAL_CONFIG_NAME)
        model = model or config.model
        if adapters_dir is None:
            adapters_dir = folder / config.adapters_dir if config.adapters_dir else Path("adapters")
        identity = resolve_identity(model)
        store = PolicyStore.from_dir(
            folder, adapters_dir=adapters_dir, check_adapter=lambda path: check_adapter_folder(path, identity)
        )
        return cls(store, model=model, **kwargs)

    # -- lifecycle -----------------------------------------------------------------------

    @property
    def engine(self) -> Any:
        """The steering engine, loading the base model on first use."""
        with self._lock:
            if self._engine is None:
                from guardrail.steering.engine import SteeringEngine
                from guardrail.steering.models import load_model

                self._engine = SteeringEngine(load_model(self.model_spec), adapters_dir=self.store.adapters_dir)
            return self._engine

    def warmup(self) -> None:
        """Load the model, the adapters the policies name, and the filter engines now."""
        for name in sorted({a for r in self.store.routes() for a in r.steering.adapters}):
            self.engine.check_adapter(name)
        self.output_filter.warmup()

    def close(self) -> None:
        """Stop the worker threads (running requests finish first)."""
        self._executor.shutdown(wait=True)

    # -- generation ----------------------------------------------------------------------

    def generate(
        self, prompt: Prompt, *, tenant: str, source: str | None = None, options: RequestOptions | None = None
    ) -> GuardedResponse:
        """Generate, filter and audit one answer.

        `options` (max tokens, stop strings, sampling) apply within the route's policy.

        Raises:
            PolicyError: unknown tenant or source (before anything runs).
            EngineError: the request is invalid (empty prompt, too long, ...).
            FilterError: the filter failed and the policy says `on_error: block`.
        """
        prepared = self._prepare(prompt, tenant, source, options, "generate")
        return self._finish(prepared, self.engine.generate([prepared.request])[0], "generate")

    def generate_batch(
        self, requests: Sequence[GuardRequest], *, return_exceptions: bool = False
    ) -> list[GuardedResponse | GuardrailError]:
        """Decode requests of any tenants and sources together, then filter each.

        Args:
            requests: the requests; each keeps its own route.
            return_exceptions: put a failed request's `GuardrailError` in its place instead of
                raising the first one (after all requests have finished).
        """
        outcomes: list[Any] = [None] * len(requests)
        prepared = []
        for i, item in enumerate(requests):
            try:
                prepared.append((i, self._prepare(item.prompt, item.tenant, item.source, item.options, "batch")))
            except GuardrailError as exc:
                outcomes[i] = exc
        results = self.engine.generate([p.request for _, p in prepared]) if prepared else []
        for (i, p), result in zip(prepared, results):
            try:
                outcomes[i] = self._finish(p, result, "batch")
            except GuardrailError as exc:
                outcomes[i] = exc
        if not return_exceptions:
            for outcome in outcomes:
                if isinstance(outcome, GuardrailError):
                    raise outcome
        return outcomes

    def stream(
        self,
        prompt: Prompt,
        *,
        tenant: str,
        source: str | None = None,
        options: RequestOptions | None = None,
        on_finish: OnFinish | None = None,
    ) -> Iterator[str]:
        """Yield filtered text pieces as they become safe to release.

        The streaming filter holds back at most its `window` characters; nothing it has not
        cleared is yielded. Closing the iterator early stops the generation. Errors are
        raised as in `generate`.

        Args:
            on_finish: called once the stream has ended, with the `GuardedResponse` of the
                whole stream (its text is every piece joined); not called when the consumer
                closes the stream early or it fails.
        """
        prepared = self._prepare(prompt, tenant, source, options, "stream")
        route, request, start, request_id = prepared.route, prepared.request, prepared.start, prepared.request_id
        released: list[str] = []
        pieces: queue.Queue = queue.Queue()
        run = _Run()
        try:
            streaming = self.output_filter.stream(route.filter, route.tenant, protect=prepared.context)
            self._start(run, request, pieces.put)
            for safe in pump(streaming, _decoded(iter(pieces.get, _DONE), run)):
                released.append(safe)
                yield safe
            result = run.future.result()
        except GuardrailError as exc:
            self._audit_failure(route, request_id, "stream", start, exc)
            raise
        finally:
            run.cancel()
        self._stream_done(prepared, result, streaming, released, on_finish)

    async def agenerate(
        self, prompt: Prompt, *, tenant: str, source: str | None = None, options: RequestOptions | None = None
    ) -> GuardedResponse:
        """`generate` for asyncio: decoding and filtering run off the event loop."""
        prepared = self._prepare(prompt, tenant, source, options, "generate")
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(self._executor, lambda: self.engine.generate([prepared.request])[0])
        return await loop.run_in_executor(self._executor, self._finish, prepared, result, "generate")

    async def astream(
        self,
        prompt: Prompt,
        *,
        tenant: str,
        source: str | None = None,
        options: RequestOptions | None = None,
        on_finish: OnFinish | None = None,
    ) -> AsyncIterator[str]:
        """`stream` for asyncio (`on_finish` as there).

        The streaming filter runs on the event loop: most pieces only append to its buffer; a
        piece that completes a segment triggers one analysis (at most ~8 ms measured).
        """
        prepared = self._prepare(prompt, tenant, source, options, "stream")
        route, request, start, request_id = prepared.route, prepared.request, prepared.start, prepared.request_id
        released: list[str] = []
        loop = asyncio.get_running_loop()
        pieces: asyncio.Queue = asyncio.Queue()
        run = _Run()
        try:
            streaming = self.output_filter.stream(route.filter, route.tenant, protect=prepared.context)
            self._start(run, request, lambda p: loop.call_soon_threadsafe(pieces.put_nowait, p))
            async for safe in apump(streaming, _adecoded(pieces, run)):
                released.append(safe)
                yield safe
            result = run.future.result()
        except GuardrailError as exc:
            self._audit_failure(route, request_id, "stream", start, exc)
            raise
        finally:
            run.cancel()
        self._stream_done(prepared, result, streaming, released, on_finish)

    def _stream_done(
        self, prepared: _Prepared, result: Any, streaming: Any, released: list[str], on_finish: OnFinish | None
    ) -> None:
        """Audit a finished stream and hand its whole response to `on_finish`."""
        route, start, request_id = prepared.route, prepared.start, prepared.request_id
        self._audit(route, request_id, "stream", start, result, streaming.findings, streaming.withheld)
        if on_finish is not None:
            on_finish(_response(route, result, "".join(released), streaming.findings, streaming.withheld, start, request_id))

    # -- filtering only ------------------------------------------------------------------

    def redact(self, text: str, *, tenant: str, source: str | None = None) -> Any:
        """Apply only the route's output filter (never loads the model).

        Returns:
            `guardrail.filtering.FilterResult`.
        """
        route = self.store.route(tenant, source)
        start, request_id = time.perf_counter(), uuid.uuid4().hex
        try:
            result = self.output_filter.filter(text, route.filter, route.tenant)
        except GuardrailError as exc:
            self._audit_failure(route, request_id, "redact", start, exc)
            raise
        self._audit(route, request_id, "redact", start, None, result.findings, result.withheld)
        return result

    def redact_many(self, texts: Sequence[str], *, tenant: str, source: str | None = None) -> list[Any]:
        """`redact` for several texts at once: one analysis batch and one audit event for all.

        Each text is filtered as if on its own (the texts are analysed as separate segments).

        Returns:
            One `guardrail.filtering.FilterResult` per text, in order, spans in its own text.
            When the filter fails under `on_error: redact_all`, every text is withheld.
        """
        route = self.store.route(tenant, source)
        start, request_id = time.perf_counter(), uuid.uuid4().hex
        try:
            results = _filter_many(self.output_filter, list(texts), route)
        except GuardrailError as exc:
            self._audit_failure(route, request_id, "redact", start, exc)
            raise
        findings = [f for result in results for f in result.findings]
        self._audit(route, request_id, "redact", start, None, findings, any(r.withheld for r in results))
        return results

    def filter_stream(self, *, tenant: str, source: str | None = None) -> Any:
        """A `StreamingFilter` for the route, for apps that stream from their own model.

        Its `close()` emits the stream's one audit event (surface "redact_stream": entity
        counts and whether text was withheld, never the text); a filter error is audited as
        blocked and raised.
        """
        route = self.store.route(tenant, source)
        return _AuditedStream(self, route, self.output_filter.stream(route.filter, route.tenant))

    # -- internals -----------------------------------------------------------------------

    def _prepare(
        self, prompt: Prompt, tenant: str, source: str | None, options: RequestOptions | None, surface: str
    ) -> _Prepared:
        from guardrail.steering.engine import GenerationRequest

        start = time.perf_counter()
        route = self.store.route(tenant, source)
        if options is not None:
            route = options.apply(route)
        request_id = uuid.uuid4().hex
        texts = [prompt] if isinstance(prompt, str) else [str(m.get("content", "")) for m in prompt]
        try:
            # The prompt's own values are removed from the answer wherever they reappear, in any
            # language or spelling the recognizers would miss on their own (a translated record).
            context = tuple(self.output_filter.find_values(texts, route.filter)) if route.filter.active else ()
            constraints = (self._copy_guard(route, texts, context),) if route.steering.copy_guard.enabled else ()
        except GuardrailError as exc:  # the prompt could not be analysed: nothing is generated
            self._audit_failure(route, request_id, surface, start, exc)
            raise
        return _Prepared(route, GenerationRequest.from_route(route, prompt, constraints), start, request_id, context)

    def _copy_guard(self, route: Route, texts: list[str], context: tuple[str, ...]) -> Any:
        """The request's copy guard: it protects the values the route's analyzer finds in the prompt.

        Raises:
            FilterError: the analysis failed (the request fails; nothing is generated unguarded).
        """
        from guardrail.steering.copyguard import CopyGuard, TokenTexts

        guard = route.steering.copy_guard
        if not guard.entities and route.filter.active:
            values = list(context)  # the filter's entities: already found
        else:
            values = self.output_filter.find_values(texts, route.copy_guard_filter)
        if self._token_texts is None:  # one decoded-token table per tokenizer, shared by every request
            self._token_texts = TokenTexts(self.engine.loaded.tokenizer)
        return CopyGuard(values, self._token_texts, guard.min_chars, guard.inner_chars)

    def _start(self, run: _Run, request: Any, push: Callable[[Any], None]) -> None:
        """Decode `request` on a worker thread, pushing its text pieces, then `_DONE`."""

        def on_text(_index: int, piece: str) -> None:
            if run.cancelled.is_set():  # the consumer went away: stop this request only
                raise EngineError("the stream was closed by its consumer")
            push(piece)

        def work() -> Any:
            try:
                return self.engine.generate([request], on_text=on_text)[0]
            finally:
                push(_DONE)

        run.future = self._executor.submit(work)

    def _finish(self, prepared: _Prepared, result: Any, surface: str) -> GuardedResponse:
        route, start, request_id = prepared.route, prepared.start, prepared.request_id
        try:
            _raise_engine_error(result)
            filter_start = time.perf_counter()
            filtered = self.output_filter.filter(result.text, route.filter, route.tenant, protect=prepared.context)
        except GuardrailError as exc:
            self._audit_failure(route, request_id, surface, start, exc, result)
            raise
        self._audit(route, request_id, surface, start, result, filtered.findings, filtered.withheld)
        return _response(route, result, filtered.text, filtered.findings, filtered.withheld, start, request_id, filter_start)

    def _audit(self, route, request_id, surface, start, result, findings, withheld) -> None:
        emit(
            AuditEvent(
                request_id=request_id,
                surface=surface,
                tenant=route.tenant,
                source=route.source,
                outcome="withheld" if withheld else "ok",
                guidance=route.steering.guidance if result is not None else None,
                adapter=route.steering.adapter if result is not None else None,
                entity_counts=count_entities(findings),
                prompt_tokens=result.prompt_tokens if result is not None else 0,
                completion_tokens=result.completion_tokens if result is not None else 0,
                latency_s=round(time.perf_counter() - start, 4),
            )
        )

    def _audit_failure(self, route, request_id, surface, start, exc, result=None) -> None:
        emit(
            AuditEvent(
                request_id=request_id,
                surface=surface,
                tenant=route.tenant,
                source=route.source,
                outcome="blocked" if isinstance(exc, FilterError) else "error",
                guidance=route.steering.guidance,
                adapter=route.steering.adapter,
                prompt_tokens=getattr(result, "prompt_tokens", 0),
                completion_tokens=getattr(result, "completion_tokens", 0),
                latency_s=round(time.perf_counter() - start, 4),
                error=type(exc).__name__,
            )
        )


class _AuditedStream:
    """A route's `StreamingFilter` that emits one audit event when it closes (or fails)."""

    def __init__(self, guard: Guardrail, route: Route, stream: Any) -> None:
        self._guard, self._route, self._stream = guard, route, stream
        self._start, self._request_id = time.perf_counter(), uuid.uuid4().hex

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def feed(self, text: str) -> str:
        try:
            return self._stream.feed(text)
        except GuardrailError as exc:
            self._guard._audit_failure(self._route, self._request_id, "redact_stream", self._start, exc)
            raise

    def close(self) -> str:
        try:
            rest = self._stream.close()
        except GuardrailError as exc:
            self._guard._audit_failure(self._route, self._request_id, "redact_stream", self._start, exc)
            raise
        stream = self._stream
        self._guard._audit(self._route, self._request_id, "redact_stream", self._start, None, stream.findings, stream.withheld)
        return rest


@dataclass(frozen=True)
class _Prepared:
    """A request ready to decode: its route, the engine request, and the prompt's values."""

    route: Route
    request: Any  # guardrail.steering.engine.GenerationRequest
    start: float
    request_id: str
    context: tuple[str, ...]  # values found in the prompt: removed from the answer wherever they reappear


@dataclass
class _Run:
    """A decode running on a worker thread for a stream."""

    future: Future | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self.cancelled.set()


def _response(route, result, text, findings, withheld, start, request_id, filter_start=None) -> GuardedResponse:
    end = time.perf_counter()
    filter_s = end - filter_start if filter_start is not None else 0.0  # a stream filters as it goes
    return GuardedResponse(
        text=text,
        findings=tuple(findings),
        route=route,
        prompt_tokens=result.prompt_tokens,
        completion_tokens=result.completion_tokens,
        finish_reason=result.finish_reason,
        withheld=withheld,
        timings=Timings(result.queued_s, result.total_s, filter_s, end - start),
        request_id=request_id,
    )


def _filter_many(output_filter: Any, texts: list[str], route: Route) -> list[Any]:
    """Filter `texts` joined by `_SEPARATOR` in one `filter` call, then split the result back."""

    def each() -> list[Any]:
        return [output_filter.filter(text, route.filter, route.tenant) for text in texts]

    if len(texts) < 2 or any(not isinstance(text, str) or _MARK in text for text in texts):
        return each()
    joined = _SEPARATOR.join(texts) + _SEPARATOR  # the last separator ends the last text's segment too
    result = output_filter.filter(joined, route.filter, route.tenant)
    if result.withheld:
        return [result] * len(texts)
    parts = result.text.split(_SEPARATOR)
    if len(parts) != len(texts) + 1 or parts[-1]:  # a value crossed a separator: never guess
        return each()
    starts = [0]
    for text in texts:
        starts.append(starts[-1] + len(text) + len(_SEPARATOR))
    findings: list[list[Any]] = [[] for _ in texts]
    for f in result.findings:
        i = bisect.bisect_right(starts, f.start) - 1
        findings[i].append(dataclasses.replace(f, start=f.start - starts[i], end=f.end - starts[i]))
    return [dataclasses.replace(result, text=part, findings=tuple(found)) for part, found in zip(parts, findings)]


def _raise_engine_error(result: Any) -> None:
    if result.error is not None:
        raise result.error


def _decoded(pieces: Iterator[str], run: _Run) -> Iterator[str]:
    """A stream's decoded pieces; raises the engine's error, if any, after the last one."""
    yield from pieces
    _raise_engine_error(run.future.result())


async def _adecoded(pieces: asyncio.Queue, run: _Run) -> AsyncIterator[str]:
    """`_decoded` for `astream`: pieces from an asyncio queue until `_DONE`."""
    while (piece := await pieces.get()) is not _DONE:
        yield piece
    _raise_engine_error(await asyncio.wrap_future(run.future))
