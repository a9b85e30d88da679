"""The Guardrail facade: route -> engine -> filter -> audit, on every surface.

Most tests use `EchoEngine` (a real `SteeringEngine` interface whose "model" repeats the
user's message, so personal data in the prompt reaches the answer) with the real Presidio
filter; one group runs the real engine on the tiny model.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from pathlib import Path

import pytest

from guardrail import EngineError, FilterError, GuardRequest, Guardrail, PolicyError, PolicyStore
from guardrail.audit import AUDIT_LOGGER
from guardrail.steering.engine import GenerationRequest, GenerationResult, SteeringEngine

EMAIL = "marta.kowalczyk@posteo.net"
CARD = "4539 1488 0343 6467"
PROMPT = (
    f"Thanks for waiting. Write to {EMAIL} about the delay. Then charge card {CARD} for the refund. "
    "The replacement lamp ships on Monday, and the order total stays the same."
)

POLICY = """\
tenant: shop
default_source: public
sources:
  public:
    steering:
      guidance: 2.0
    filter:
      entities: [EMAIL_ADDRESS, CREDIT_CARD, PERSON]
      operator: replace
  strict:
    steering:
      guidance: 2.0
    filter: {entities: [EMAIL_ADDRESS], on_error: block}
  trusted:
    steering:
      guidance: 1.0
    filter: {entities: []}
"""


class EchoEngine:
    """`SteeringEngine.generate` semantics; the answer is the last user message, streamed in 3-char pieces."""

    def __init__(self) -> None:
        self.calls: list[list[GenerationRequest]] = []
        self.lock = threading.Lock()

    def generate(self, requests, on_text=None):
        with self.lock:
            self.calls.append(list(requests))
        results = []
        for i, request in enumerate(requests):
            text = request.messages[-1]["content"]
            if not text:
                results.append(GenerationResult("", (), 0, 0, "error", error=EngineError("empty messages")))
                continue
            try:
                for k in range(0, len(text), 3):
                    if on_text is not None:
                        on_text(i, text[k : k + 3])
            except EngineError as exc:  # what the real engine does when on_text raises
                results.append(GenerationResult("", (), 0, 0, "error", error=exc))
                continue
            results.append(GenerationResult(text, (), 7, len(text) // 3, "eos", total_s=0.01))
        return results

    def check_adapter(self, name: str) -> None:
        pass


class ExplodingFilter:
    """An output filter whose analysis always fails the way the real one reports it."""

    def filter(self, text, spec, tenant, *, protect=()):
        raise FilterError("analysis failed: RuntimeError")

    def find_values(self, texts, spec):
        raise FilterError("analysis failed: RuntimeError")

    def stream(self, spec, tenant, *, protect=()):
        raise FilterError("analysis failed: RuntimeError")

    def warmup(self):
        pass


@pytest.fixture(scope="module")
def output_filter():
    from guardrail.filtering import OutputFilter

    return OutputFilter()


@pytest.fixture
def store(tmp_path: Path) -> PolicyStore:
    (tmp_path / "shop.yaml").write_text(POLICY)
    return PolicyStore.from_dir(tmp_path, adapters_dir=None)


@pytest.fixture
def guard(store, output_filter) -> Guardrail:
    guard = Guardrail(store, engine=EchoEngine(), output_filter=output_filter)
    yield guard
    guard.close()


@pytest.fixture
def audit_records(caplog):
    caplog.set_level(logging.INFO, logger=AUDIT_LOGGER)
    return lambda: [r for r in caplog.records if r.name == AUDIT_LOGGER]


def test_generate_filters_and_reports(guard: Guardrail, audit_records) -> None:
    response = guard.generate(PROMPT, tenant="shop", source="public")
    assert EMAIL not in response.text and "4539" not in response.text
    assert "<EMAIL_ADDRESS>" in response.text and "<CREDIT_CARD>" in response.text
    assert response.entity_counts == {"EMAIL_ADDRESS": 1, "CREDIT_CARD": 1}
    assert response.route.source == "public" and response.finish_reason == "eos"
    assert response.prompt_tokens == 7 and not response.withheld
    assert response.timings.total_s >= response.timings.filter_s >= 0
    (record,) = audit_records()
    event = record.guardrail_audit
    assert event["tenant"] == "shop" and event["source"] == "public" and event["outcome"] == "ok"
    assert event["entity_counts"] == {"CREDIT_CARD": 1, "EMAIL_ADDRESS": 1}
    assert json.loads(record.getMessage()) == event
    assert EMAIL not in record.getMessage() and "4539" not in record.getMessage()


def test_trusted_source_is_not_filtered(guard: Guardrail) -> None:
    assert guard.generate(PROMPT, tenant="shop", source="trusted").text == PROMPT


def test_default_source_and_unknown_routes(guard: Guardrail) -> None:
    assert guard.generate(PROMPT, tenant="shop").route.source == "public"
    with pytest.raises(PolicyError, match="unknown tenant"):
        guard.generate(PROMPT, tenant="nobody")
    with pytest.raises(PolicyError, match="unknown source"):
        guard.generate(PROMPT, tenant="shop", source="partner")
    assert guard.engine.calls == [guard.engine.calls[0]]  # the bad routes never reached the engine


def test_stream_releases_only_filtered_text(guard: Guardrail, audit_records) -> None:
    pieces = list(guard.stream(PROMPT, tenant="shop", source="public"))
    streamed = "".join(pieces)
    assert streamed == guard.generate(PROMPT, tenant="shop", source="public").text
    assert len(pieces) > 1
    for k in range(len(pieces)):  # no prefix of the stream ever holds a value
        assert "marta" not in "".join(pieces[: k + 1]).lower()
    assert audit_records()[0].guardrail_audit["surface"] == "stream"


def test_async_surfaces_match_sync(guard: Guardrail) -> None:
    async def main():
        answer = await guard.agenerate(PROMPT, tenant="shop", source="public")
        pieces = [piece async for piece in guard.astream(PROMPT, tenant="shop", source="public")]
        both = await asyncio.gather(*(guard.agenerate(PROMPT, tenant="shop") for _ in range(4)))
        return answer, "".join(pieces), both

    answer, streamed, both = asyncio.run(main())
    expected = guard.generate(PROMPT, tenant="shop", source="public").text
    assert answer.text == streamed == expected
    assert [r.text for r in both] == [expected] * 4


def test_generate_batch_decodes_once_and_keeps_routes(guard: Guardrail) -> None:
    requests = [
        GuardRequest(PROMPT, "shop", "public"),
        GuardRequest(PROMPT, "shop", "trusted"),
        GuardRequest(PROMPT, "nobody"),
        GuardRequest("", "shop"),
    ]
    outcomes = guard.generate_batch(requests, return_exceptions=True)
    assert len(guard.engine.calls) == 1 and len(guard.engine.calls[0]) == 3  # one decode, bad route excluded
    assert "<EMAIL_ADDRESS>" in outcomes[0].text
    assert outcomes[1].text == PROMPT
    assert isinstance(outcomes[2], PolicyError)
    assert isinstance(outcomes[3], EngineError)
    with pytest.raises(PolicyError):
        guard.generate_batch(requests)


def test_filter_failure_blocks_and_is_audited(store, audit_records) -> None:
    broken = Guardrail(store, engine=EchoEngine(), output_filter=ExplodingFilter())
    with pytest.raises(FilterError) as info:
        broken.generate(PROMPT, tenant="shop", source="strict")
    assert EMAIL not in str(info.value)
    with pytest.raises(FilterError):
        list(broken.stream(PROMPT, tenant="shop", source="strict"))
    outcomes = [r.guardrail_audit["outcome"] for r in audit_records()]
    assert outcomes == ["blocked", "blocked"]


def test_redact_never_loads_the_model(store, output_filter) -> None:
    guard = Guardrail(store, output_filter=output_filter)  # no engine injected: it would load SmolLM2
    result = guard.redact(PROMPT, tenant="shop", source="public")
    assert EMAIL not in result.text and guard._engine is None
    streaming = guard.filter_stream(tenant="shop", source="public")
    out = "".join(streaming.feed(ch) for ch in PROMPT) + streaming.close()
    assert out == result.text


def test_an_app_stream_through_filter_stream_is_audited_once_without_its_text(store, output_filter, audit_records) -> None:
    guard = Guardrail(store, output_filter=output_filter)
    streaming = guard.filter_stream(tenant="shop", source="public")
    "".join(streaming.feed(ch) for ch in PROMPT) + streaming.close()
    (record,) = audit_records()
    event = record.guardrail_audit
    assert event["surface"] == "redact_stream" and event["outcome"] == "ok" and event["entity_counts"]
    assert EMAIL not in record.getMessage() and EMAIL not in str(event)


def test_closing_a_stream_early_stops_its_generation(store, output_filter) -> None:
    engine = EchoEngine()
    guard = Guardrail(store, engine=engine, output_filter=output_filter)
    long_prompt = "word " * 400
    stream = guard.stream(long_prompt, tenant="shop", source="trusted")
    next(stream)
    stream.close()
    guard.close()  # waits for the worker: it must have stopped, not hung


# -- the real engine on the tiny model -----------------------------------------------------


@pytest.fixture(scope="module")
def tiny_guard(tmp_path_factory, tiny_model, output_filter):
    folder = tmp_path_factory.mktemp("policies")
    (folder / "shop.yaml").write_text(
        POLICY.replace("guidance: 2.0", "guidance: 2.0\n      decoding: {max_new_tokens: 12}", 1)
    )
    store = PolicyStore.from_dir(folder, adapters_dir=None)
    guard = Guardrail(store, engine=SteeringEngine(tiny_model), output_filter=output_filter)
    yield guard
    guard.close()


def test_tiny_model_end_to_end_and_concurrent_callers(tiny_guard: Guardrail) -> None:
    prompts = [f"What is the order total for order {i}?" for i in range(6)]
    alone = [tiny_guard.generate(p, tenant="shop", source="public") for p in prompts]
    assert all(r.completion_tokens > 0 and r.finish_reason in {"eos", "length"} for r in alone)
    assert all(r.completion_tokens <= 12 for r in alone)

    together: dict[int, str] = {}
    barrier = threading.Barrier(len(prompts))

    def caller(i: int) -> None:
        barrier.wait()
        together[i] = tiny_guard.generate(prompts[i], tenant="shop", source="public").text

    threads = [threading.Thread(target=caller, args=(i,)) for i in range(len(prompts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [together[i] for i in range(len(prompts))] == [r.text for r in alone]
    streamed = "".join(tiny_guard.stream(prompts[0], tenant="shop", source="public"))
    assert streamed == alone[0].text
