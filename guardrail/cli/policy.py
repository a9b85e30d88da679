"""`guardrail policy check DIR`: validate a policies folder and show its routes."""

from __future__ import annotations

import argparse

from guardrail.policy.schema import SteeringSpec
from guardrail.policy.store import PolicyStore


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="validate every tenant file and print each tenant's sources")
    check.add_argument("directory", help="the policies folder (one <tenant>.yaml per tenant)")
    check.add_argument("--adapters-dir", default="adapters", help="folder the `adapter:` fields name (default: adapters)")


def run(args: argparse.Namespace) -> int:
    store = PolicyStore.from_dir(args.directory, adapters_dir=args.adapters_dir)  # PolicyError -> exit 1
    print(format_routes(store))
    print(f"\nOK: {len(store.tenants)} tenants, {len(store.routes())} sources in {args.directory}")
    return 0


def format_routes(store: PolicyStore) -> str:
    """A fixed-width table: one row per (tenant, source)."""
    header = ("tenant", "source", "w", "mode", "adapter", "filter", "operator", "on_error", "max_tokens")
    rows = [header]
    for r in store.routes():
        default = " (default)" if r.source == store.policy(r.tenant).default_source else ""
        entities = ",".join(r.filter.entities) if r.filter.entities else "(none)"
        rows.append(
            (
                r.tenant,
                r.source + default,
                f"{r.steering.guidance:g}",
                r.steering.mode if r.steering.steered else "-",
                _adapters(r.steering),
                entities if len(entities) <= 48 else entities[:45] + "...",
                r.filter.operator if r.filter.active else "-",
                r.filter.on_error,
                str(r.steering.decoding.max_new_tokens),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)



def _adapters(steering: SteeringSpec) -> str:
    """The rows' adapters: `name`, `(base)`, or `pos/neg` when the negative row runs another."""
    pos, neg = steering.row_adapters
    if not steering.steered or pos == neg:
        return pos or "(base)"
    return f"{pos or '(base)'}/{neg or '(base)'}"
