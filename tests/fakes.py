"""The test fakes, in one place: each implements the Protocol the code is typed against.

- `FakeGuard` is a `guardrail.protocols.Guard` (the facade the surfaces use): the "model"
  echoes the prompt ("You asked: <prompt>") so personal data in a prompt shows up in the
  answer; the "filter" replaces e-mail addresses with `<EMAIL_ADDRESS>` on routes whose
  policy filters EMAIL_ADDRESS, and its streaming version (`FakeStreamingFilter`, a
  `StreamFilter`) holds text back until whitespace, like the real one holds back a window.
  Every call is recorded so tests can assert batching.
- `ScriptEngine` is a `guardrail.protocols.Engine` with `SteeringEngine.generate`'s contract:
  it answers with the last message's text, word by word (one "token" per word), honours
  `max_new_tokens` and `stop`, records the decoding settings each request arrived with, and
  notices when its consumer stops a stream (`on_text` raising), as the real engine does.

`tests/test_fakes.py` checks that they, and the real classes, keep to those Protocols.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from guardrail.errors import EngineError
from guardrail.policy.store import PolicyStore, Route
from guardrail.steering.requests import GenerationResult

EXAMPLE_POLICIES = Path(__file__).resolve().parents[1] / "examples" / "policies"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


@dataclass(frozen=True)
class FakeFinding:
    entity_type: str
    start: int
    end: int
    score: float = 1.0
    recognizer: str = "fake-email"


@dataclass(frozen=True)
class FakeFilterResult:
    text: str
    findings: tuple[FakeFinding, ...]
    withheld: bool = False


@dataclass(frozen=True)
class FakeResponse:
    text: str
    findings: tuple[FakeFinding, ...]
    route: Route
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str = "eos"
    withheld: bool = False
    timings: dict = field(default_factory=dict)

    @property
    def entity_counts(self) -> dict[str, int]:
        return dict(Counter(f.entity_type for f in self.findings))


def fake_redact(text: str, route: Route) -> FakeFilterResult:
    if "EMAIL_ADDRESS" not in route.filter.entities:
        return FakeFilterResult(text, ())
    findings = tuple(FakeFinding("EMAIL_ADDRESS", m.start(), m.end()) for m in EMAIL.finditer(text))
    return FakeFilterResult(EMAIL.sub("<EMAIL_ADDRESS>", text), findings)


class FakeStreamingFilter:
    """Releases text up to the last whitespace, filtered; holds back the unfinished word."""

    window = 64

    def __init__(self, route: Route) -> None:
        self.route = route
        self.buffer = ""
        self.findings: tuple[FakeFinding, ...] = ()
        self.withheld = False
        self.closed = False

    def feed(self, piece: str) -> str:
        assert not self.closed, "feed after close"
        self.buffer += piece
        cut = max(self.buffer.rfind(" "), self.buffer.rfind("\n")) + 1
        ready, self.buffer = self.buffer[:cut], self.buffer[cut:]
        return fake_redact(ready, self.route).text

    def close(self) -> str:
        self.closed = True
        rest, self.buffer = self.buffer, ""
        return fake_redact(rest, self.route).text


class FakeGuard:
    """Implements the facade contract used by `GuardedLLM`, `guard_runnable` and `protect`."""

    def __init__(self, policies: Path = EXAMPLE_POLICIES) -> None:
        self.store = PolicyStore.from_dir(policies, adapters_dir=None)
        self.calls: list[tuple[str, ...]] = []
        self.streams: list[FakeStreamingFilter] = []
        self.options: list = []  # the `RequestOptions` of every generate and stream call

    @staticmethod
    def answer(prompt: str | list[dict[str, str]]) -> str:
        """Echo the prompt (for chat messages: the last message)."""
        return f"You asked: {prompt if isinstance(prompt, str) else prompt[-1]['content']}"

    def redact(self, text: str, tenant: str, source: str | None = None) -> FakeFilterResult:
        self.calls.append(("redact", tenant, str(source)))
        return fake_redact(text, self.store.route(tenant, source))

    def redact_many(self, texts: list[str], tenant: str, source: str | None = None) -> list[FakeFilterResult]:
        self.calls.append(("redact_many", tenant, str(source)))
        route = self.store.route(tenant, source)
        return [fake_redact(text, route) for text in texts]

    def filter_stream(self, tenant: str, source: str | None = None) -> FakeStreamingFilter:
        self.calls.append(("filter_stream", tenant, str(source)))
        stream = FakeStreamingFilter(self.store.route(tenant, source))
        self.streams.append(stream)
        return stream

    def _respond(self, prompt: str, tenant: str, source: str | None) -> FakeResponse:
        route = self.store.route(tenant, source)
        raw = self.answer(prompt)
        result = fake_redact(raw, route)
        return FakeResponse(result.text, result.findings, route, len(_words(prompt)), len(raw.split()))

    def generate(self, prompt: str, tenant: str, source: str | None = None, options=None) -> FakeResponse:
        self.calls.append(("generate", tenant, str(source)))
        self.options.append(options)
        return self._respond(prompt, tenant, source)

    def generate_batch(self, requests: list, *, return_exceptions: bool = False) -> list[FakeResponse]:
        self.calls.append(("generate_batch", *(f"{r.tenant}/{r.source}" for r in requests)))
        return [self._respond(r.prompt, r.tenant, r.source) for r in requests]

    async def agenerate(self, prompt: str, tenant: str, source: str | None = None, options=None) -> FakeResponse:
        self.calls.append(("agenerate", tenant, str(source)))
        await asyncio.sleep(0)
        return self._respond(prompt, tenant, source)

    def stream(self, prompt: str, tenant: str, source: str | None = None, on_finish=None, options=None) -> Iterator[str]:
        self.calls.append(("stream", tenant, str(source)))
        self.options.append(options)
        stream = FakeStreamingFilter(self.store.route(tenant, source))
        released = []
        for piece in re.split(r"(\s)", self.answer(prompt)):
            text = stream.feed(piece)
            if text:
                released.append(text)
                yield text
        rest = stream.close()
        if rest:
            released.append(rest)
            yield rest
        if on_finish is not None:
            full = self._respond(prompt, tenant, source)
            on_finish(FakeResponse("".join(released), full.findings, full.route, full.prompt_tokens, full.completion_tokens))

    async def astream(self, prompt: str, tenant: str, source: str | None = None, on_finish=None, options=None) -> AsyncIterator[str]:
        for piece in self.stream(prompt, tenant, source, on_finish):
            await asyncio.sleep(0)
            yield piece


def _words(prompt: str | list[dict[str, str]]) -> list[str]:
    return (prompt if isinstance(prompt, str) else " ".join(m["content"] for m in prompt)).split()


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
