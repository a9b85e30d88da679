"""What the service tests share: policies, a scripted engine, and a live server on 127.0.0.1.

`live_server` is `guardrail.server.runner.serve_in_thread`; `ScriptEngine` (a scripted
`Engine`) lives in `fakes` and is re-exported here.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from fakes import ScriptEngine  # noqa: F401  (re-exported)
from guardrail.server.runner import serve_in_thread as live_server  # noqa: F401  (re-exported)

EMAIL = "marta.kowalczyk@posteo.net"

# tenant -> source -> (filter, decoding); written under the policy's source keys.
POLICIES = {
    "shop": {
        "public": ({"entities": ["EMAIL_ADDRESS", "CREDIT_CARD"]}, {"max_new_tokens": 40}),
        "open": ({"entities": []}, {"max_new_tokens": 40, "client_sampling": True, "temperature": 0.2}),
        "strict": ({"entities": ["EMAIL_ADDRESS"], "on_error": "block", "max_chars": 30}, {"max_new_tokens": 40}),
    },
    "clinic": {"patient_chat": ({"entities": ["EMAIL_ADDRESS"]}, {"max_new_tokens": 40})},
}


def source_policy(filter_spec: dict, decoding: dict) -> dict:
    """One source's YAML mapping (the one place that knows the policy layout)."""
    return {"steering": {"guidance": 2.0, "decoding": decoding}, "filter": filter_spec}


def write_policies(folder: Path, policies: dict = POLICIES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for tenant, sources in policies.items():
        data = {
            "tenant": tenant,
            "default_source": next(iter(sources)),
            "sources": {name: source_policy(*spec) for name, spec in sources.items()},
        }
        (folder / f"{tenant}.yaml").write_text(yaml.safe_dump(data))
    return folder
