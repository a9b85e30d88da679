"""The ASGI app: OpenAI's `/v1/chat/completions`, `/v1/completions` and `/v1/models` over one `Guardrail`.

The API key decides the tenant; the request's `model` names one of that tenant's sources.
Every answer is the facade's filtered answer; streams are its filtered pieces as server-sent
events. Errors use OpenAI's JSON shape and never carry a stack trace, a prompt or a key.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio
from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.requests import ClientDisconnect
from starlette.exceptions import HTTPException as StarletteHTTPException

from guardrail.errors import EngineError, FilterError, GuardrailError, PolicyError
from guardrail.server.keys import KeyStore
from guardrail.server.limits import RequestLimits, count_tokens
from guardrail.server.metrics import Metrics, exposition, may_scrape
from guardrail.server.protocol import (
    APIError,
    ChatCompletionBody,
    CompletionBody,
    Reply,
    finish_reason,
    model_not_found,
    parse_body,
    sse,
)

if TYPE_CHECKING:
    from guardrail.guard import Guardrail

logger = logging.getLogger("guardrail.server")


@dataclass
class ServerState:
    """What the routes share: the facade, the keys, the metrics, the request limits and readiness."""

    guard: Guardrail
    keys: KeyStore
    metrics: Metrics = field(default_factory=Metrics)
    limits: RequestLimits = field(default_factory=RequestLimits)
    metrics_key: str | None = None  # sha256 of the key `/metrics` asks for; None: loopback clients only
    metrics_on_api: bool = True  # False when `/metrics` has a listener of its own (`metrics_app`)
    ready: threading.Event = field(default_factory=threading.Event)

    def warmup(self) -> None:
        """Load the model, adapters and filter; readiness turns on when done."""
        try:
            self.guard.warmup()
        except GuardrailError as exc:
            logger.error("warm-up failed, the server stays not ready: %s", exc)
            return
        self.ready.set()
        self.metrics.ready.set(1)


def create_app(state: ServerState) -> FastAPI:
    """The FastAPI app over `state` (warm-up is the caller's: see `guardrail.server.runner`)."""
    app = FastAPI(title="guardrail", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.guardrail = state
    _install_error_handlers(app, state.metrics)

    def tenant_of(request: Request) -> str:
        scheme, _, secret = request.headers.get("authorization", "").partition(" ")
        tenant = state.keys.tenant_for(secret.strip()) if scheme.lower() == "bearer" else None
        if tenant is None:
            raise APIError(
                401, "Missing or invalid API key; send `Authorization: Bearer <key>`.", code="invalid_api_key"
            )
        return tenant

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> JSONResponse:
        ready = state.ready.is_set()
        return JSONResponse({"status": "ready" if ready else "warming up"}, status_code=200 if ready else 503)

    if state.metrics_on_api:

        @app.get("/metrics")
        async def metrics(request: Request) -> Response:
            if not may_scrape(request, state.metrics_key):
                raise APIError(
                    403,
                    "Metrics are served to this machine only, or to callers with the metrics key; ask the "
                    "operator (guardrail serve --metrics-key-env / --metrics-port).",
                    code="metrics_forbidden",
                )
            return exposition(state.metrics)

    @app.get("/v1/models")
    async def list_models(tenant: str = Depends(tenant_of)) -> dict[str, Any]:
        return {"object": "list", "data": [_model_card(tenant, s) for s in _sources(state, tenant)]}

    @app.get("/v1/models/{model:path}")
    async def get_model(model: str, tenant: str = Depends(tenant_of)) -> dict[str, Any]:
        return _model_card(tenant, _resolve(state, tenant, model))

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request, tenant: str = Depends(tenant_of)) -> Response:
        body = await _bounded_body(request, state, ChatCompletionBody)
        return await _complete(state, tenant, body, body.prompt(), Reply.new(body.model, chat=True))

    @app.post("/v1/completions")
    async def completions(request: Request, tenant: str = Depends(tenant_of)) -> Response:
        body = await _bounded_body(request, state, CompletionBody)
        return await _complete(state, tenant, body, body.prompt_text(), Reply.new(body.model, chat=False))

    return app


# -- routing -------------------------------------------------------------------------------


def _sources(state: ServerState, tenant: str) -> list[str]:
    try:
        return sorted(state.guard.store.policy(tenant).sources)
    except PolicyError:  # a key whose tenant has no policy (any more): it sees no models
        return []


def _resolve(state: ServerState, tenant: str, model: str) -> str:
    if model not in _sources(state, tenant):
        raise model_not_found()
    return model


def _model_card(tenant: str, source: str) -> dict[str, Any]:
    return {"id": source, "object": "model", "created": 0, "owned_by": tenant}


async def _bounded_body(request: Request, state: ServerState, model: type) -> Any:
    """The validated body, within every request limit (see `RequestLimits`).

    Raises:
        APIError: 413 for the size, 400 naming the limit for the rest, 422 for a bad field.
    """
    limits = state.limits
    body = parse_body(await _read_body(request, state), model, limits.max_json_depth)
    texts = body.texts()
    limits.check_texts(texts)  # before anything costs: the analyzer and the tokenizer see bounded text
    tokens = await anyio.to_thread.run_sync(lambda: count_tokens(state.guard.engine, texts))  # may load the model
    if tokens is not None:
        limits.check_tokens(tokens)
    return body


async def _read_body(request: Request, state: ServerState) -> bytes:
    """The body, refused with 413 as soon as it is known to exceed the limit."""
    limit = state.limits.max_body_bytes
    too_large = APIError(
        413,
        f"The request body is larger than {limit} bytes (max_body_bytes; the operator sets it with "
        "`guardrail serve --max-body-bytes`).",
        code="request_too_large",
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        state.metrics.rejected.labels("too_large").inc()
        raise too_large
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                state.metrics.rejected.labels("too_large").inc()
                raise too_large
            chunks.append(chunk)
    except ClientDisconnect:  # an ordinary event, not a server error: no traceback
        logger.info("client disconnected while sending the request body")
        raise APIError(400, "The client disconnected before the body was complete.", code="client_disconnected") from None
    return b"".join(chunks)


# -- completions ---------------------------------------------------------------------------


def _failure(exc: GuardrailError) -> tuple[APIError, str]:
    """The response for an error the facade raised, and the metrics outcome."""
    if isinstance(exc, FilterError):
        error = APIError(
            500,
            "The output filter failed and this source's policy blocks the answer (on_error: block); "
            "nothing was returned. Retry later or ask the operator to check the filter.",
            code="output_filter_blocked",
            type="server_error",
        )
        return error, "blocked"
    if isinstance(exc, EngineError):  # our own messages: they name the problem, never generated text
        return APIError(400, f"The request cannot be generated: {exc}", code="invalid_request"), "error"
    return APIError(500, "The request failed inside the guardrail; see the server log.", code="internal_error", type="server_error"), "error"


async def _complete(state: ServerState, tenant: str, body: Any, prompt: Any, reply: Reply) -> Response:
    arrived = time.perf_counter()
    source = _resolve(state, tenant, body.model)
    endpoint = "chat" if reply.chat else "completions"
    guard, metrics = state.guard, state.metrics
    if not body.stream:
        try:
            response = await guard.agenerate(prompt, tenant=tenant, source=source, options=body.options())
        except PolicyError:  # the source went away in a reload since `_resolve`
            raise model_not_found() from None
        except GuardrailError as exc:
            error, outcome = _failure(exc)
            metrics.failed(tenant, source, endpoint, outcome)
            raise error from None
        metrics.finished(tenant, source, endpoint, response, time.perf_counter() - arrived)
        return JSONResponse(reply.completion(response))

    done: list[Any] = []
    pieces = guard.astream(prompt, tenant=tenant, source=source, options=body.options(), on_finish=done.append)
    try:  # wait for the first piece here, so routing and engine errors get their own status
        first = await anext(pieces, None)
    except PolicyError:
        raise model_not_found() from None
    except GuardrailError as exc:
        error, outcome = _failure(exc)
        metrics.failed(tenant, source, endpoint, outcome)
        raise error from None
    metrics.first_token.labels(tenant, source).observe(time.perf_counter() - arrived)

    async def events() -> AsyncIterator[str]:
        finished = False
        try:
            if reply.chat:
                yield sse(reply.chunk(role=True))
            if first is not None:
                yield sse(reply.chunk(first))
            async for piece in pieces:
                yield sse(reply.chunk(piece))
            response = done[0]
            yield sse(reply.chunk(finish=finish_reason(response)))
            if body.include_usage:
                yield sse(reply.usage_chunk(response))
            yield sse("[DONE]")
            finished = True
            metrics.finished(tenant, source, endpoint, response, time.perf_counter() - arrived)
        except GuardrailError as exc:  # mid-stream: the status line is sent, so an error event ends it
            error, outcome = _failure(exc)
            metrics.failed(tenant, source, endpoint, outcome)
            finished = True
            yield sse(error.body())
        finally:
            if not finished:
                logger.info("client disconnected from a stream of %s/%s; its decode is cancelled", tenant, source)
                metrics.failed(tenant, source, endpoint, "cancelled")
            await pieces.aclose()  # stops the decode if the client went away

    return _EventStream(events())


class _EventStream(StreamingResponse):
    """Server-sent events that stop (and so cancel the decode) as soon as the client disconnects.

    Starlette on ASGI 2.4 servers notices a disconnect only when a send fails (which may be
    long after the client left, while the filter holds text back) and leaves closing the
    events generator to garbage collection; here a listener ends the stream at once and
    closes the generator, whose `finally` closes the facade's stream.
    """

    media_type = "text/event-stream"

    def __init__(self, content: AsyncIterator[str]) -> None:
        super().__init__(content, headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async with anyio.create_task_group() as group:

            async def stream() -> None:
                try:
                    await self.stream_response(send)
                except OSError:  # the connection broke while sending
                    pass
                group.cancel_scope.cancel()

            group.start_soon(stream)
            try:
                await self.listen_for_disconnect(receive)
            finally:
                group.cancel_scope.cancel()
        await self.body_iterator.aclose()  # a stream cancelled between pieces closes now, not at GC


# -- errors --------------------------------------------------------------------------------


# error code -> the `reason` label of a request refused before routing
REJECTIONS = {
    "invalid_api_key": "unauthorized",
    "model_not_found": "model_not_found",
    "invalid_json": "invalid_json",
    "invalid_field": "invalid_field",
    "json_too_deep": "json_too_deep",
    "too_many_messages": "too_many_messages",
    "message_too_long": "message_too_long",
    "prompt_too_long": "prompt_too_long",
    "client_disconnected": "client_disconnected",
    "metrics_forbidden": "metrics_forbidden",
}


def _install_error_handlers(app: FastAPI, metrics: Metrics) -> None:
    @app.exception_handler(APIError)
    async def api_error(_request: Request, exc: APIError) -> JSONResponse:
        if exc.code in REJECTIONS:
            metrics.rejected.labels(REJECTIONS[exc.code]).inc()
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        message = "No such endpoint; the API is under /v1." if exc.status_code == 404 else "Method not allowed."
        return JSONResponse(APIError(exc.status_code, message, code=code).body(), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        # the type only: a message might quote input
        logger.error("unexpected %s while serving a request", type(exc).__name__)
        error = APIError(500, "Internal error; see the server log.", code="internal_error", type="server_error")
        return JSONResponse(error.body(), status_code=500)
