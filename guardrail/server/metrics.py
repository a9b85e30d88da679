"""Prometheus metrics of the service: counts and durations only.

Label values come from closed sets: tenant names (from the key that authenticated the
request), source names (only after they resolved to a route of that tenant), entity types,
endpoints, outcomes and rejection reasons. No prompt, answer, value, key or client-chosen
string (such as an unknown `model`) ever becomes a label.
"""

from __future__ import annotations

import hmac
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

ROUTE = ("tenant", "source")
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


class Metrics:
    """The service's series, in a registry of their own (one per app, so tests can run several)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "guardrail_requests", "Completions by route, endpoint and outcome.", (*ROUTE, "endpoint", "outcome"), registry=r
        )
        self.rejected = Counter("guardrail_rejected_requests", "Requests refused before routing.", ("reason",), registry=r)
        self.tokens = Counter("guardrail_tokens", "Prompt and completion tokens.", (*ROUTE, "kind"), registry=r)
        self.findings = Counter(
            "guardrail_findings", "Values the output filter removed, by entity type.", (*ROUTE, "entity_type"), registry=r
        )
        self.filter_failures = Counter(
            "guardrail_filter_failures", "Output filter failures, by the policy's action.", (*ROUTE, "action"), registry=r
        )
        self.queue = Histogram("guardrail_queue_seconds", "Wait for the decoding loop.", ROUTE, buckets=_BUCKETS, registry=r)
        self.decode = Histogram("guardrail_decode_seconds", "Decoding time.", ROUTE, buckets=_BUCKETS, registry=r)
        self.filter = Histogram("guardrail_filter_seconds", "Output filter time.", ROUTE, buckets=_BUCKETS, registry=r)
        self.first_token = Histogram(
            "guardrail_time_to_first_token_seconds", "Request arrival to the first filtered piece (streams).",
            ROUTE, buckets=_BUCKETS, registry=r,
        )
        self.latency = Histogram(
            "guardrail_request_seconds", "Request arrival to the last byte of the answer.", ROUTE, buckets=_BUCKETS, registry=r
        )
        self.ready = Gauge("guardrail_ready", "1 once the model, adapters and filter are loaded.", registry=r)
        self.reloads = Counter("guardrail_policy_reloads", "SIGHUP reloads by result.", ("result",), registry=r)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)

    def finished(self, tenant: str, source: str, endpoint: str, response: Any, latency_s: float) -> None:
        """Record a completed request (`response` is a `GuardedResponse`)."""
        route = (tenant, source)
        self.requests.labels(*route, endpoint, "withheld" if response.withheld else "ok").inc()
        self.tokens.labels(*route, "prompt").inc(response.prompt_tokens)
        self.tokens.labels(*route, "completion").inc(response.completion_tokens)
        for entity, count in response.entity_counts.items():
            self.findings.labels(*route, entity).inc(count)
        if response.withheld:
            self.filter_failures.labels(*route, "redact_all").inc()
        timings = response.timings
        self.queue.labels(*route).observe(timings.queued_s)
        self.decode.labels(*route).observe(timings.decode_s)
        self.filter.labels(*route).observe(timings.filter_s)
        self.latency.labels(*route).observe(latency_s)

    def failed(self, tenant: str, source: str, endpoint: str, outcome: str) -> None:
        """Record a routed request that ended without an answer: blocked, error or cancelled."""
        self.requests.labels(tenant, source, endpoint, outcome).inc()
        if outcome == "blocked":
            self.filter_failures.labels(tenant, source, "block").inc()


# -- who may scrape ------------------------------------------------------------------------

_LOOPBACK = {"127.0.0.1", "::1"}


def exposition(metrics: Metrics) -> Any:
    """The `/metrics` response."""
    from fastapi.responses import Response

    return Response(metrics.exposition(), media_type="text/plain; version=0.0.4; charset=utf-8")


def may_scrape(request: Any, key_sha256: str | None) -> bool:
    """Whether `request` may read `/metrics` on the API port.

    With a metrics key (its SHA-256): exactly that key as `Authorization: Bearer`. Without:
    only a client on this machine (the series name tenants and sources).
    """
    from guardrail.server.keys import hash_key

    if key_sha256 is None:
        host = request.client.host if request.client is not None else ""
        return host in _LOOPBACK or host.startswith("127.")
    scheme, _, secret = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(hash_key(secret.strip()), key_sha256)


def metrics_app(metrics: Metrics) -> Any:
    """`/metrics` alone, for a listener of its own (`guardrail serve --metrics-port`): whoever
    can reach its address may scrape it."""
    from fastapi import FastAPI

    app = FastAPI(title="guardrail metrics", docs_url=None, redoc_url=None, openapi_url=None)
    app.get("/metrics")(lambda: exposition(metrics))
    return app
