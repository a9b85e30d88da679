"""A Flask app whose handlers are wrapped in `@protect`, tenant and source from request headers.

    flask --app examples/flask_app.py run
    curl -H 'X-Tenant: shop' -H 'X-Source: storefront' localhost:5000/customers/c-1
    curl -H 'X-Tenant: shop' -H 'X-Source: support_agent' localhost:5000/customers/c-1/letter

`flask --app` finds the `make_app` factory. One decorator serves every tenant: it reads
`X-Tenant` and `X-Source` (optional: the tenant's default source) when the request arrives.
Sync views, async views (Flask runs them through `asgiref`, `pip install "flask[async]"`)
and streamed views are all protected the same way. Every value of a returned record is
filtered, dict keys and long numbers included, in one analysis batch per request. An
unknown tenant or source is refused with 403 before the handler runs; a filter failure
under `on_error: block` returns 503 with nothing of the answer. Only the output filter
runs, so no model is loaded.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from flask import Flask, request

from guardrail.decorator import protect
from guardrail.errors import FilterError, PolicyError

POLICIES = Path(__file__).resolve().parent / "policies"

# The app's own data: what a CRM lookup returns, personal data included.
CUSTOMERS = {
    "c-1": {
        "name": "Maria Garcia",
        "email": "maria.garcia@fastmail.com",
        "phone": "+1 415 555 0187",
        "orders": [{"id": "NW-482913", "total": 84.5, "note": "Leave with the neighbour, call +1 415 555 0187"}],
        "tier": "gold",
    }
}
# Contact preferences keyed by address, with the mobile number stored as an integer.
PREFERENCES = {"c-1": {"maria.garcia@fastmail.com": "newsletter", "mobile": 4155550187, "visits": 12}}


async def fetch(table: dict, key: str) -> dict:
    """Stands in for an async database or HTTP lookup."""
    await asyncio.sleep(0)
    return table[key]


def header(name: str):
    """A tenant/source callable that reads a request header (None when it is absent)."""
    return lambda *args, **kwargs: request.headers.get(name)


def build_app(guard: Any) -> Flask:
    """The app, with every handler's output filtered by the caller's route."""
    app = Flask(__name__)
    app.config["SEARCH_LOG"] = []
    guarded = protect(guard, tenant=header("X-Tenant"), source=header("X-Source"))

    @app.get("/customers/<customer_id>")
    @guarded
    async def customer(customer_id: str) -> dict:
        return await fetch(CUSTOMERS, customer_id)

    @app.get("/customers/<customer_id>/preferences")
    @guarded
    def preferences(customer_id: str) -> dict:
        return PREFERENCES[customer_id]  # the address key and the integer phone are filtered too

    @app.get("/customers/<customer_id>/letter")
    @guarded
    def letter(customer_id: str):
        # a streamed answer (a model's tokens, a template): released as the filter clears it
        record = CUSTOMERS[customer_id]
        text = (
            f"Dear {record['name']},\nthank you for your order {record['orders'][0]['id']}. "
            f"It ships on Friday. We will call you on {record['phone']} before we deliver. "
            "Kind regards, the Northwind Shop team."
        )
        for word in text.split(" "):
            yield word + " "

    @app.get("/search/<path:query>")
    @protect(guard, tenant=header("X-Tenant"), source=header("X-Source"), redact_input=True)
    async def search(query: str) -> dict:
        # redact_input: the handler (and so the app's search log) never sees raw personal data
        app.config["SEARCH_LOG"].append(query)
        return {"query": query, "results": [c["tier"] for c in CUSTOMERS.values()]}

    @app.errorhandler(PolicyError)
    def unknown_route(exc: PolicyError):
        return {"error": str(exc)}, 403

    @app.errorhandler(FilterError)
    def filter_failed(exc: FilterError):
        return {"error": "the answer was withheld because the output filter failed"}, 503

    @app.errorhandler(KeyError)
    def not_found(exc: KeyError):
        return {"error": "no such customer"}, 404

    return app


def make_app() -> Flask:
    """The app served by `flask --app examples/flask_app.py run`."""
    from guardrail import Guardrail

    return build_app(Guardrail.from_dir(POLICIES))


if __name__ == "__main__":
    make_app().run()
