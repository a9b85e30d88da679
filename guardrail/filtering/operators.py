"""What replaces a found value: `replace`, `redact`, `mask` or `hash`.

`hash` gives `<ENTITY:16 hex digits>`, an HMAC-SHA256 of the normalised value under a key
derived from the tenant, so the same value gives the same token within one tenant and
different tokens across tenants. The key comes from the secret in the environment variable
`GUARDRAIL_HASH_SECRET`; without it a random secret is drawn once per process (hashes are
then stable only within that process) and a warning is logged once.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import threading
from collections.abc import Sequence
from dataclasses import dataclass

logger = logging.getLogger("guardrail.filter")

HASH_SECRET_ENV = "GUARDRAIL_HASH_SECRET"
_process_secret: bytes | None = None
_secret_lock = threading.Lock()


@dataclass(frozen=True)
class Replacement:
    """One span of the original text to replace.

    Attributes:
        start: first character, in the text being edited.
        end: one past the last character.
        entity_type: what the span holds.
        value_key: the normalised value, used only by `hash`; never logged or returned.
        continuation: the span continues a value replaced at the end of the previous segment:
            it is masked with `mask`, else removed, so the value gives one token.
    """

    start: int
    end: int
    entity_type: str
    value_key: str
    continuation: bool = False  # the rest of a value already replaced in the previous segment


def hash_secret() -> bytes:
    """The secret behind `hash`: `GUARDRAIL_HASH_SECRET`, or a random one for this process."""
    configured = os.environ.get(HASH_SECRET_ENV)
    if configured:
        return configured.encode("utf-8")
    global _process_secret
    with _secret_lock:
        if _process_secret is None:
            _process_secret = secrets.token_bytes(32)
            logger.warning(
                "%s is not set: the hash operator uses a random per-process secret, so hashes change "
                "when the process restarts; set %s to a long random string to keep them stable",
                HASH_SECRET_ENV, HASH_SECRET_ENV,
            )
        return _process_secret


def tenant_key(secret: bytes, tenant: str) -> bytes:
    """The per-tenant HMAC key derived from the secret."""
    return hmac.new(secret, b"guardrail-hash-v1\x00" + tenant.encode("utf-8"), hashlib.sha256).digest()


def hash_token(key: bytes, entity_type: str, value_key: str) -> str:
    """`<ENTITY:hex>` for one value under one tenant key."""
    digest = hmac.new(key, value_key.encode("utf-8"), hashlib.sha256).hexdigest()[:16]
    return f"<{entity_type}:{digest}>"


def value_key(value: str) -> str:
    """What `hash` hashes: the normalised value, case-folded, whitespace collapsed."""
    return " ".join(value.casefold().split())


def render(operator: str, replacement: Replacement, mask_char: str, key: bytes | None) -> str:
    """The text that takes the place of one value."""
    if replacement.continuation:
        return mask_char * (replacement.end - replacement.start) if operator == "mask" else ""
    if operator == "replace":
        return f"<{replacement.entity_type}>"
    if operator == "redact":
        return ""
    if operator == "mask":
        return mask_char * (replacement.end - replacement.start)
    if operator == "hash":
        if key is None:
            raise ValueError("the hash operator needs a tenant key")
        return hash_token(key, replacement.entity_type, replacement.value_key)
    raise ValueError(f"unknown operator {operator!r}; use replace, redact, mask or hash")


def apply(text: str, replacements: Sequence[Replacement], operator: str, mask_char: str, key: bytes | None) -> str:
    """Replace every span of `text` (spans sorted and not overlapping)."""
    out: list[str] = []
    last = 0
    for rep in replacements:
        if rep.start < last:
            raise ValueError("replacements overlap; resolve them first")
        out.append(text[last:rep.start])
        out.append(render(operator, rep, mask_char, key))
        last = rep.end
    out.append(text[last:])
    return "".join(out)
