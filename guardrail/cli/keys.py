"""`guardrail keys add|list|revoke`: manage the service's API keys file."""

from __future__ import annotations

import argparse
from pathlib import Path

from guardrail.server.keys import add_key, read_keys, revoke_key


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="make a random key for a tenant; it is printed once, on the last line")
    add.add_argument("--tenant", required=True, help="the tenant the key acts for")
    add.add_argument("--policies", help="policies folder to check that the tenant exists")
    listing = actions.add_parser("list", help="show key ids, tenants and creation times (never the keys)")
    revoke = actions.add_parser("revoke", help="remove a key by its id")
    revoke.add_argument("key_id", help="the id shown by `guardrail keys list`")
    for action in (add, listing, revoke):
        action.add_argument("--file", required=True, type=Path, help="the keys file (YAML)")


def run(args: argparse.Namespace) -> int:
    if args.action == "add":
        if args.policies:
            from guardrail.policy.store import PolicyStore

            PolicyStore.from_dir(args.policies, adapters_dir=None).policy(args.tenant)  # PolicyError -> exit 1
        new = add_key(args.file, args.tenant)
        print(f"added key {new.entry.id} for tenant {args.tenant} to {args.file}; it is shown once, store it now:")
        print(new.secret)
    elif args.action == "list":
        entries = read_keys(args.file)
        for entry in entries:
            print(f"{entry.id}  {entry.tenant}  {entry.created}")
        if not entries:
            print(f"no keys in {args.file}; add one with `guardrail keys add --tenant T --file {args.file}`")
    else:
        entry = revoke_key(args.file, args.key_id)
        print(f"revoked key {entry.id} of tenant {entry.tenant}; a running server drops it on SIGHUP or restart")
    return 0
