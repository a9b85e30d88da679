"""The service as Ray Serve replicas: each replica holds one engine and the policies.

Ray Serve's proxy spreads requests over the replicas and streams their server-sent events
through. Either let the CLI start it:

    guardrail serve --ray --replicas 2 --policies policies --keys keys.yaml

or deploy it with Ray's own tooling (arguments are `key=value` pairs of `ServeSettings`,
plus `replicas`, and `num_cpus` / `num_gpus` per replica):

    serve run guardrail.server.ray_app:build policies=policies keys=keys.yaml replicas=2

A replica reports healthy only once its model, adapters and filter are loaded, so Ray routes
no request to a cold replica. Reload policies by redeploying (`serve run` / `serve deploy`
again); SIGHUP reload is for the single-process server.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from ray import serve

from guardrail.server.app import create_app
from guardrail.server.limits import RequestLimits
from guardrail.server.runner import ServeSettings, build_state

logger = logging.getLogger("guardrail.server")


@serve.deployment(ray_actor_options={"num_cpus": 1}, health_check_period_s=10)
@serve.ingress()
class GuardrailReplica:
    """One engine and one copy of the policies and keys, behind the service's ASGI app."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.state = build_state(ServeSettings(**settings))
        self.state.warmup()

    def __serve_build_asgi_app__(self) -> Any:
        app = create_app(self.state)
        app.add_middleware(_ReplicaHeader, name=serve.get_replica_context().replica_id.unique_id)
        return app

    def check_health(self) -> None:
        if not self.state.ready.is_set():
            raise RuntimeError("the guardrail replica is not warm (warm-up failed; see its log)")


class _ReplicaHeader:
    """Names the replica that answered in an `x-guardrail-replica` header (pure ASGI, so
    streaming and disconnects pass through untouched)."""

    def __init__(self, app: Any, name: str) -> None:
        self.app, self.header = app, (b"x-guardrail-replica", name.encode())

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def tagged(message: dict) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), self.header]}
            await send(message)

        await self.app(scope, receive, tagged)


def deployment(settings: ServeSettings, replicas: int = 1, num_cpus: float = 1.0, num_gpus: float = 0.0) -> Any:
    """The bound Ray Serve application for `serve.run`.

    Args:
        settings: what every replica loads (paths must exist on every node).
        replicas: how many replicas, each with its own engine.
        num_cpus: CPUs Ray reserves per replica.
        num_gpus: GPUs per replica (1 = one replica per device; the engine uses CUDA when present).
    """
    if replicas < 1:
        raise ValueError(f"`replicas` (={replicas}) has to be at least 1")
    resources = {"num_cpus": num_cpus, "num_gpus": num_gpus}
    return GuardrailReplica.options(num_replicas=replicas, ray_actor_options=resources).bind(settings.as_dict())


def build(args: dict[str, str]) -> Any:
    """Application builder for `serve run guardrail.server.ray_app:build key=value ...`."""
    args = dict(args)
    replicas = int(args.pop("replicas", 1))
    num_cpus, num_gpus = float(args.pop("num_cpus", 1)), float(args.pop("num_gpus", 0))
    if "port" in args:
        args["port"] = int(args["port"])
    args["limits"] = {name: int(args.pop(name)) for name in RequestLimits.names() if name in args}
    return deployment(ServeSettings(**args), replicas=replicas, num_cpus=num_cpus, num_gpus=num_gpus)


def run_on_ray(settings: ServeSettings, replicas: int, address: str | None = None) -> None:
    """Start (or join) Ray, serve on `settings.host:port` with `replicas` replicas, block until Ctrl-C."""
    import ray

    ray.init(address=address, ignore_reinit_error=True, log_to_driver=False)
    serve.start(http_options={"host": settings.host, "port": settings.port})
    serve.run(deployment(settings, replicas), name="guardrail", route_prefix="/")
    logger.info("serving %d Ray Serve replicas on http://%s:%d/v1", replicas, settings.host, settings.port)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        serve.shutdown()
