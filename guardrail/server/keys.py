"""API keys: a YAML file of key hashes and the tenant each key belongs to.

```yaml
keys:
  - id: k3f9a1c2e       # public handle for `guardrail keys list / revoke`
    tenant: acme-bank
    sha256: 5e884898da28047151d0e56f8dc62927...
    created: "2026-12-01T21:50:00Z"
```

A key is 32 random bytes (`gr-` + URL-safe base64), shown once when it is made; the file
stores only its SHA-256 (a 256-bit random secret needs no slow hash: there is nothing to
guess). `tenant_for` compares the presented key's hash with every stored hash in constant
time and never logs a key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from guardrail.errors import PolicyError
from guardrail.policy.yamlfile import read_yaml

KEY_PREFIX = "gr-"


class KeyEntry(BaseModel):
    """One stored key: its public id, its tenant and the hash of the secret."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^k[0-9a-f]{8}$")
    tenant: str = Field(min_length=1)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    created: str = ""


class _KeysFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    keys: tuple[KeyEntry, ...] = ()


@dataclass(frozen=True)
class NewKey:
    """A key just made: `secret` is shown once and stored nowhere."""

    entry: KeyEntry
    secret: str


def hash_key(secret: str) -> str:
    """The hex SHA-256 that the keys file stores for `secret`."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class KeyStore:
    """The keys of one file, read at construction and on `reload()`.

    Raises:
        PolicyError: the file is unreadable or malformed (names the file and the field).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._entries = read_keys(self.path)

    @property
    def entries(self) -> tuple[KeyEntry, ...]:
        return self._entries

    def reload(self) -> None:
        """Re-read the file; a bad file raises and the old keys stay in force."""
        self._entries = read_keys(self.path)

    def tenant_for(self, secret: str | None) -> str | None:
        """The tenant of `secret`, or None for a missing or unknown key.

        Every stored hash is compared, each in constant time, so the time taken does not
        depend on which entry (if any) matches.
        """
        if not secret:
            return None
        presented = hash_key(secret)
        tenant = None
        for entry in self._entries:
            if hmac.compare_digest(presented, entry.sha256):
                tenant = entry.tenant
        return tenant


def read_keys(path: Path) -> tuple[KeyEntry, ...]:
    """The entries of a keys file; a missing file has none.

    Raises:
        PolicyError: the file is not a readable regular file, its YAML is malformed or has a
            duplicate key, an entry is invalid, or one key hash or id appears twice.
    """
    if not path.exists():
        return ()
    data = read_yaml(path, "keys file").data or {}
    try:
        entries = _KeysFile.model_validate(data).keys
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"]) or "(top level)"
        raise PolicyError(
            f"{path}: field `{field}` is invalid ({error['msg']}); the file must be `keys:` entries with "
            "`id`, `tenant`, `sha256`, as written by `guardrail keys add`"
        ) from None
    _check_unique(path, entries)
    return entries


def _check_unique(path: Path, entries: tuple[KeyEntry, ...]) -> None:
    """A key hash belongs to one entry (so to one tenant), and an id names one entry."""
    first: dict[str, KeyEntry] = {}
    for entry in entries:
        for field, value in (("sha256", entry.sha256), ("id", entry.id)):
            seen = first.setdefault(f"{field}:{value}", entry)
            if seen is not entry:
                raise PolicyError(
                    f"{path}: keys {seen.id} (tenant {seen.tenant!r}) and {entry.id} (tenant {entry.tenant!r}) "
                    f"have the same `{field}`; one key belongs to one tenant. Remove one entry "
                    "(`guardrail keys revoke`) and make a new key with `guardrail keys add`"
                )


def add_key(path: Path, tenant: str) -> NewKey:
    """Make a random key for `tenant` and append its hash to the keys file."""
    entries = read_keys(path)
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    taken = {e.id for e in entries}
    key_id = next(i for i in iter(lambda: f"k{secrets.token_hex(4)}", None) if i not in taken)
    created = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    entry = KeyEntry(id=key_id, tenant=tenant, sha256=hash_key(secret), created=created)
    _write_keys(path, (*entries, entry))
    return NewKey(entry, secret)


def revoke_key(path: Path, key_id: str) -> KeyEntry:
    """Remove the key `key_id` from the file.

    Raises:
        PolicyError: no key has that id.
    """
    entries = read_keys(path)
    kept = tuple(e for e in entries if e.id != key_id)
    if len(kept) == len(entries):
        known = [e.id for e in entries]
        raise PolicyError(f"{path} has no key {key_id!r}; its keys are {known or 'none'} (see `guardrail keys list`)")
    _write_keys(path, kept)
    return next(e for e in entries if e.id == key_id)


def _write_keys(path: Path, entries: tuple[KeyEntry, ...]) -> None:
    """Replace the file in one rename, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump({"keys": [e.model_dump() for e in entries]}, sort_keys=False)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
