"""What the service tests share: policies, a scripted engine, and a live server on 127.0.0.1.

`live_server` is `guardrail.server.runner.serve_in_thread`. `ScriptEngine` has `SteeringEngine.generate`'s contract: it answers with the last message's
text, word by word (one "token" per word), honours `max_new_tokens` and `stop`, records the
decoding settings each request arrived with, and notices when its consumer stops a stream
(`on_text` raising), as the real engine does.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import yaml

from guardrail.errors import EngineError
from guardrail.server.runner import serve_in_thread as live_server  # noqa: F401  (re-exported)
from guardrail.steering.engine import GenerationResult

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


class ScriptEngine:
    """Answers with the last message's text, one word per token, `delay_s` apart."""

    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self.decodings: list = []  # the DecodingSpec of every request, in arrival order
        self.cancelled = threading.Event()
        self.finished = threading.Event()

    def generate(self, requests, on_text=None):
        return [self._one(i, r, on_text) for i, r in enumerate(requests)]

    def _one(self, index, request, on_text):
        spec = request.steering.decoding
        self.decodings.append(spec)
        words = [w + " " for w in request.messages[-1]["content"].split()][: spec.max_new_tokens]
        text, finish = "".join(words), "length" if len(words) == spec.max_new_tokens else "eos"
        for stop in spec.stop:
            if stop in text:
                text, finish = text[: text.index(stop)], "stop"
        sent = 0
        try:
            for word in words:
                if sent >= len(text):
                    break
                time.sleep(self.delay_s)
                piece = word[: len(text) - sent]
                sent += len(piece)
                if on_text is not None:
                    on_text(index, piece)
        except EngineError as exc:
            self.cancelled.set()
            return GenerationResult("", (), 0, 0, "error", error=exc)
        self.finished.set()
        return GenerationResult(text, (), 5, len(text.split()), finish, total_s=0.01)

    def check_adapter(self, name: str) -> None:
        pass
