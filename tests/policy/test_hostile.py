"""Hostile or careless policy and keys files: each is refused with a `PolicyError` that names
the problem, in bounded time and memory, and nothing of it is applied."""

from __future__ import annotations

import os
import threading
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from guardrail import PolicyError, PolicyStore
from guardrail.server.keys import KeyStore, add_key

TENANT = """\
tenant: acme
default_source: web
sources:
  web:
    filter:
      entities: [PERSON, EMAIL_ADDRESS]
      threshold: 0.4
      on_error: block
"""


@dataclass(frozen=True)
class Outcome:
    error: BaseException | None
    seconds: float
    peak_bytes: int


def bounded(call: Callable[[], object], timeout_s: float = 5.0) -> Outcome:
    """Run `call` on a daemon thread under tracemalloc; a call still running after `timeout_s` fails the test."""
    caught: list[BaseException] = []

    def work() -> None:
        try:
            call()
        except BaseException as exc:  # reported to the test
            caught.append(exc)

    tracemalloc.start()
    start = time.monotonic()
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(timeout_s)
    seconds = time.monotonic() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert not thread.is_alive(), f"still running after {timeout_s} s (it hangs)"
    return Outcome(caught[0] if caught else None, seconds, peak)


def _bomb(depth: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, depth)]
    return "\n".join(lines) + "\ntenant: acme\ndefault_source: web\nsources: {web: {filter: {allow: *a%d}}}\n" % (depth - 1)


def _special(kind: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        if kind == "fifo":
            os.mkfifo(path)
        else:
            path.symlink_to(kind)

    return make


# probe -> (how the tenant file is made, fragments of the error)
LOADING = {
    "duplicate-entities-emptied": (
        TENANT.replace("      threshold", "      entities: []\n      threshold"),
        ["acme.yaml:7", "key `sources.web.filter.entities` is written twice (lines 6 and 7)", "keep one"],
    ),
    "duplicate-source-without-filter": (
        TENANT + "  web:\n    steering: {guidance: 1.0}\n",
        ["key `sources.web` is written twice (lines 4 and 9)"],
    ),
    "duplicate-threshold": (
        TENANT + "      threshold: 1.0\n",
        ["key `sources.web.filter.threshold` is written twice (lines 7 and 9)"],
    ),
    "duplicate-on-error": (
        TENANT + "      on_error: redact_all\n",
        ["key `sources.web.filter.on_error` is written twice (lines 8 and 9)"],
    ),
    "duplicate-top-level": (TENANT + "tenant: acme\n", ["key `tenant` is written twice (lines 1 and 9)"]),
    "alias-bomb-443-bytes": (_bomb(4), ["acme.yaml:2", "YAML aliases (*a0) are not allowed", "write the value out"]),
    "alias-bomb-depth-6": (_bomb(6), ["acme.yaml:2", "YAML aliases (*a0) are not allowed"]),
    "harmless-alias": (TENANT + "  other: &x {filter: {entities: []}}\n  copy: *x\n", ["acme.yaml:10", "YAML aliases (*x)"]),
    "nesting-40-deep": ("x: " + "[" * 40 + "]" * 40 + "\n", ["acme.yaml:1", "nested more than 32 levels deep"]),
    "nesting-200k-deep": ("[" * 200_000 + "]" * 200_000, ["acme.yaml:1", "nest"]),
    "over-1-mb": (TENANT + "#" + "x" * 1_000_000 + "\n", ["larger than 1000000 bytes"]),
    "not-utf8": (TENANT.encode() + b"# \xff\n", ["not UTF-8 text (bad byte at offset"]),
    "symlink-to-dev-zero": (_special("/dev/zero"), ["is a character device, not a regular file", "only regular files are read"]),
    "fifo": (_special("fifo"), ["is a FIFO (named pipe), not a regular file"]),
    "huge-bad-value": (TENANT.replace("block", "b" * 200_000), ["has the bad value 'bbb", "... (200002 characters)"]),
    "huge-integer": (TENANT.replace("0.4", "9" * 200_000), ["a value cannot be read as YAML"]),
}


@pytest.mark.parametrize(("make", "fragments"), LOADING.values(), ids=LOADING.keys())
def test_a_hostile_policy_file_is_refused_by_name_fast_and_small(tmp_path: Path, make, fragments: list[str]) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    path = folder / "acme.yaml"
    if callable(make):
        make(path)
    elif isinstance(make, bytes):
        path.write_bytes(make)
    else:
        path.write_text(make)
    outcome = bounded(lambda: PolicyStore.from_dir(folder, adapters_dir=None))
    assert isinstance(outcome.error, PolicyError), repr(outcome.error)
    message = str(outcome.error)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message[:500]!r}"
    assert str(path) in message and len(message) < 1_000
    assert outcome.seconds < 1.0 and outcome.peak_bytes < 50_000_000


def test_the_bomb_probe_is_small(tmp_path: Path) -> None:
    assert len(_bomb(4)) < 450 and len(_bomb(6)) < 520


def test_a_symlink_to_a_regular_policy_file_still_loads(tmp_path: Path) -> None:
    folder, real = tmp_path / "policies", tmp_path / "real.yaml"
    folder.mkdir()
    real.write_text(TENANT)
    (folder / "acme.yaml").symlink_to(real)
    assert PolicyStore.from_dir(folder, adapters_dir=None).route("acme").filter.on_error == "block"


def test_a_missing_adapter_never_lists_a_folder_that_holds_no_adapters(tmp_path: Path) -> None:
    folder, system = tmp_path / "policies", tmp_path / "etc"
    folder.mkdir()
    for name in ("X11", "PackageKit", ".java"):
        (system / name).mkdir(parents=True)
    (folder / "acme.yaml").write_text(TENANT + "    steering: {adapter: privacy}\n")
    with pytest.raises(PolicyError, match="available adapters: none") as info:
        PolicyStore.from_dir(folder, adapters_dir=system)
    assert "X11" not in str(info.value) and "PackageKit" not in str(info.value)


def test_a_bad_global_config_is_refused_the_same_way(tmp_path: Path) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "acme.yaml").write_text(TENANT)
    (folder / "guardrail.yaml").write_text("model: a\nmodel: b\n")
    with pytest.raises(PolicyError, match=r"guardrail.yaml:2: key `model` is written twice \(lines 1 and 2\)"):
        PolicyStore.from_dir(folder, adapters_dir=None)


# keys file probe -> (content or maker, fragments)
KEYS = {
    "one-hash-two-tenants": (
        "keys:\n  - {id: k00000001, tenant: shop, sha256: %s}\n  - {id: k00000002, tenant: clinic, sha256: %s}\n" % ("a" * 64, "a" * 64),
        ["keys k00000001 (tenant 'shop') and k00000002 (tenant 'clinic') have the same `sha256`", "one key belongs to one tenant"],
    ),
    "one-id-twice": (
        "keys:\n  - {id: k00000001, tenant: shop, sha256: %s}\n  - {id: k00000001, tenant: shop, sha256: %s}\n" % ("a" * 64, "b" * 64),
        ["have the same `id`"],
    ),
    "duplicate-yaml-key": ("keys: []\nkeys: []\n", ["key `keys` is written twice (lines 1 and 2)"]),
    "fifo": (_special("fifo"), ["keys file is a FIFO (named pipe)"]),
    "symlink-to-dev-zero": (_special("/dev/zero"), ["keys file is a character device"]),
}


@pytest.mark.parametrize(("make", "fragments"), KEYS.values(), ids=KEYS.keys())
def test_a_hostile_keys_file_is_refused(tmp_path: Path, make, fragments: list[str]) -> None:
    path = tmp_path / "keys.yaml"
    make(path) if callable(make) else path.write_text(make)
    outcome = bounded(lambda: KeyStore(path))
    assert isinstance(outcome.error, PolicyError), repr(outcome.error)
    for fragment in fragments:
        assert fragment in str(outcome.error)
    assert outcome.seconds < 1.0


def test_a_failed_keys_reload_keeps_the_keys_in_force(tmp_path: Path) -> None:
    path = tmp_path / "keys.yaml"
    secret = add_key(path, "shop").secret
    keys = KeyStore(path)
    path.write_text(path.read_text() + path.read_text().split("\n", 1)[1])  # the same entry twice
    with pytest.raises(PolicyError, match="have the same"):
        keys.reload()
    assert keys.tenant_for(secret) == "shop"


def test_policy_check_refuses_a_duplicate_that_would_switch_the_filter_off(tmp_path: Path, capsys) -> None:
    from guardrail.cli import main

    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "acme.yaml").write_text(TENANT.replace("      threshold", "      entities: []\n      threshold"))
    assert main(["policy", "check", str(folder), "--adapters-dir", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "is written twice (lines 6 and 7)" in captured.err and "OK" not in captured.out
