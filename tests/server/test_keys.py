"""API keys: the file holds hashes and tenants only; the CLI shows a key once; lookups are exact."""

from __future__ import annotations

import stat

import pytest
import yaml

from guardrail.cli import main
from guardrail.errors import PolicyError
from guardrail.server.keys import KeyStore, add_key, hash_key, read_keys, revoke_key


def test_the_file_never_holds_a_raw_key(tmp_path) -> None:
    path = tmp_path / "keys.yaml"
    new = [add_key(path, tenant) for tenant in ("shop", "shop", "clinic")]
    text = path.read_text()
    assert all(n.secret not in text for n in new)
    assert all(n.secret[3:13] not in text for n in new)  # not even a prefix of the secret part
    assert yaml.safe_load(text)["keys"] == [n.entry.model_dump() for n in new]
    assert all(e.sha256 == hash_key(n.secret) for e, n in zip(read_keys(path), new))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_keys_are_random_and_have_distinct_ids(tmp_path) -> None:
    new = [add_key(tmp_path / "keys.yaml", "shop") for _ in range(5)]
    assert len({n.secret for n in new}) == 5 and len({n.entry.id for n in new}) == 5
    assert all(n.secret.startswith("gr-") and len(n.secret) >= 40 for n in new)


@pytest.mark.parametrize(
    ("presented", "tenant"),
    [("shop", "shop"), ("clinic", "clinic"), ("shop+x", None), ("", None), (None, None), ("prefix", None)],
)
def test_tenant_for_matches_exact_keys_only(tmp_path, presented, tenant) -> None:
    path = tmp_path / "keys.yaml"
    secrets = {t: add_key(path, t).secret for t in ("shop", "clinic")}
    key = {"shop+x": secrets["shop"] + "x", "prefix": secrets["shop"][:-1]}.get(presented, secrets.get(presented, presented))
    assert KeyStore(path).tenant_for(key) == tenant


def test_revoke_removes_the_key_and_reload_applies_it(tmp_path) -> None:
    path = tmp_path / "keys.yaml"
    keep, drop = add_key(path, "shop"), add_key(path, "shop")
    store = KeyStore(path)
    revoke_key(path, drop.entry.id)
    assert store.tenant_for(drop.secret) == "shop"  # until reloaded
    store.reload()
    assert store.tenant_for(drop.secret) is None and store.tenant_for(keep.secret) == "shop"
    with pytest.raises(PolicyError, match="no key 'k00000000'"):
        revoke_key(path, "k00000000")


@pytest.mark.parametrize(
    ("content", "field"),
    [("keys: [{id: k1, tenant: shop}]", "keys.0.id"), ("keys: 3", "keys"), ("other: []", "other"), ("keys: [", None)],
    ids=["bad-entry", "not-a-list", "unknown-field", "bad-yaml"],
)
def test_a_bad_keys_file_is_an_error_naming_the_field(tmp_path, content: str, field: str | None) -> None:
    path = tmp_path / "keys.yaml"
    path.write_text(content)
    with pytest.raises(PolicyError, match=f"`{field}`" if field else "malformed YAML"):
        KeyStore(path)


def test_cli_prints_the_key_alone_on_the_last_line_and_never_lists_it(tmp_path, capsys) -> None:
    path = tmp_path / "keys.yaml"
    assert main(["keys", "add", "--tenant", "shop", "--file", str(path)]) == 0
    secret = capsys.readouterr().out.splitlines()[-1]
    assert KeyStore(path).tenant_for(secret) == "shop"
    assert main(["keys", "list", "--file", str(path)]) == 0
    listing = capsys.readouterr().out
    (entry,) = read_keys(path)
    assert entry.id in listing and "shop" in listing and secret not in listing and entry.sha256 not in listing
    assert main(["keys", "revoke", entry.id, "--file", str(path)]) == 0
    assert read_keys(path) == ()


def test_cli_refuses_a_tenant_without_a_policy(tmp_path, capsys) -> None:
    from guard_fakes import EXAMPLE_POLICIES

    path = tmp_path / "keys.yaml"
    assert main(["keys", "add", "--tenant", "nobody", "--file", str(path), "--policies", str(EXAMPLE_POLICIES)]) == 1
    assert "unknown tenant 'nobody'" in capsys.readouterr().err and not path.exists()
