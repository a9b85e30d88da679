"""Run the service: build the shared state, warm up, reload on SIGHUP, serve with uvicorn."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from guardrail.errors import PolicyError
from guardrail.server.app import ServerState, create_app
from guardrail.server.metrics import metrics_app
from guardrail.server.keys import KeyStore, hash_key
from guardrail.server.limits import RequestLimits

logger = logging.getLogger("guardrail.server")


@dataclass(frozen=True)
class ServeSettings:
    """Everything `guardrail serve` needs; plain values, so Ray can ship them to replicas."""

    policies: str
    keys: str
    host: str = "127.0.0.1"
    port: int = 8000
    model: str | None = None
    adapters_dir: str | None = None
    limits: RequestLimits = RequestLimits()
    metrics_key_env: str | None = None  # environment variable holding the key `/metrics` asks for
    metrics_port: int | None = None  # serve `/metrics` on its own listener instead of the API port
    metrics_host: str = "127.0.0.1"

    def __post_init__(self) -> None:
        if isinstance(self.limits, dict):  # from `as_dict`, e.g. shipped to a Ray replica
            object.__setattr__(self, "limits", RequestLimits(**self.limits))

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def build_state(settings: ServeSettings) -> ServerState:
    """The facade and the keys (no model loads yet).

    Raises:
        PolicyError: bad policies or keys file.
    """
    from guardrail.guard import Guardrail

    if not Path(settings.keys).exists():
        raise PolicyError(f"keys file {settings.keys} does not exist; make a key with `guardrail keys add --tenant T --file {settings.keys}`")
    guard = Guardrail.from_dir(settings.policies, model=settings.model, adapters_dir=settings.adapters_dir)
    keys = KeyStore(settings.keys)
    unknown = sorted({e.tenant for e in keys.entries} - set(guard.store.tenants))
    if unknown:
        logger.warning("keys file names tenants without a policy (their keys see no models): %s", unknown)
    metrics_key = None
    if settings.metrics_key_env is not None:
        secret = os.environ.get(settings.metrics_key_env, "")
        if len(secret) < 16:
            raise PolicyError(
                f"environment variable {settings.metrics_key_env} must hold the metrics key (at least 16 characters); "
                "set it, or drop --metrics-key-env"
            )
        metrics_key = hash_key(secret)
    return ServerState(
        guard, keys, limits=settings.limits, metrics_key=metrics_key, metrics_on_api=settings.metrics_port is None
    )


def reload(state: ServerState) -> bool:
    """Re-read policies and keys, each on its own: a bad file keeps what is in force, is logged and counted.

    Keys reload even when the policies fail, so a revoked key stops working at the next
    SIGHUP whatever else is wrong in the folder.
    """
    ok = True
    try:
        state.guard.store.reload()  # all files or none, within its deadline; logs file and reason
    except PolicyError:
        ok = False
    try:
        state.keys.reload()
    except PolicyError as exc:
        logger.error("keys reload failed, the previous keys stay in force: %s", exc)
        ok = False
    if ok:
        logger.info("reloaded policies (%d tenants) and keys (%d)", len(state.guard.store.tenants), len(state.keys.entries))
    state.metrics.reloads.labels("ok" if ok else "failed").inc()
    return ok


def install_sighup(state: ServerState) -> Any:
    """Reload on SIGHUP, off the signal handler (must run on the main thread).

    Returns:
        The previous SIGHUP handler.
    """

    def on_hangup(_signum: int, _frame: Any) -> None:
        threading.Thread(target=reload, args=(state,), name="guardrail-reload", daemon=True).start()

    return signal.signal(signal.SIGHUP, on_hangup)


def serve(settings: ServeSettings) -> None:
    """Serve until SIGINT/SIGTERM; the model warms up in the background (see `/readyz`)."""
    import uvicorn

    state = build_state(settings)
    install_sighup(state)
    threading.Thread(target=state.warmup, name="guardrail-warmup", daemon=True).start()
    config = uvicorn.Config(create_app(state), host=settings.host, port=settings.port, log_level="info", access_log=False)
    logger.info("serving on http://%s:%d/v1", settings.host, settings.port)
    with contextlib.ExitStack() as stack:
        if settings.metrics_port is not None:
            url = stack.enter_context(serve_in_thread(metrics_app(state.metrics), settings.metrics_host, settings.metrics_port))
            logger.info("metrics on %s/metrics", url)
        uvicorn.Server(config).run()
    state.guard.close()


@contextlib.contextmanager
def serve_in_thread(app: Any, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Run `app` with uvicorn on a thread (tests, benchmarks); yields the base URL.

    Port 0 picks a free port. No signal handlers are installed (uvicorn installs them only
    on the main thread).
    """
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, name="guardrail-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the server did not start on {host}:{port}")
        time.sleep(0.02)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
