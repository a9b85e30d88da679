"""`guardrail.streams.Decode`: one engine request as a sync or async iterator of its pieces."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from guardrail.errors import AdapterError
from guardrail.policy import DecodingSpec, SteeringSpec
from guardrail.steering.requests import GenerationRequest, failed
from guardrail.streams import Decode
from fakes import ScriptEngine

WORDS = "one two three four five six"


def _request(text: str = WORDS) -> GenerationRequest:
    return GenerationRequest(text, SteeringSpec(guidance=1.0, decoding=DecodingSpec(max_new_tokens=40)))


async def _read_async(decode: Decode) -> list[str]:
    return [piece async for piece in decode]


@pytest.mark.parametrize("executor", [None, "pool"], ids=["own-thread", "executor"])
@pytest.mark.parametrize("read", [list, lambda d: asyncio.run(_read_async(d))], ids=["sync", "async"])
def test_pieces_add_up_to_the_result(read, executor):
    pool = ThreadPoolExecutor(1) if executor else None
    try:
        decode = Decode(ScriptEngine(), _request(), pool)
        pieces = read(decode)
    finally:
        if pool:
            pool.shutdown()
    assert len(pieces) == 6 and "".join(pieces) == decode.result.text == WORDS + " "


def test_the_engine_is_asked_for_on_the_worker_when_given_as_a_function():
    engine = ScriptEngine()
    assert "".join(Decode(lambda: engine, _request())) == WORDS + " "


@pytest.mark.parametrize("close", ["iterator", "decode"])
def test_closing_stops_the_request(close):
    engine = ScriptEngine(delay_s=0.01)
    decode = Decode(engine, _request())
    pieces = iter(decode)
    next(pieces)
    pieces.close() if close == "iterator" else decode.close()
    assert engine.cancelled.wait(2) and not engine.finished.is_set()


def test_async_close_stops_the_request():
    engine = ScriptEngine(delay_s=0.01)

    async def first_piece() -> None:
        pieces = Decode(engine, _request()).__aiter__()
        await pieces.__anext__()
        await pieces.aclose()

    asyncio.run(first_piece())
    assert engine.cancelled.wait(2) and not engine.finished.is_set()


class FailingEngine(ScriptEngine):
    def generate(self, requests, on_text=None):
        return [failed(AdapterError("adapter 'x' is missing"))]


@pytest.mark.parametrize("read", [list, lambda d: asyncio.run(_read_async(d))], ids=["sync", "async"])
def test_the_requests_error_is_raised_after_its_pieces(read):
    with pytest.raises(AdapterError, match="missing"):
        read(Decode(FailingEngine(), _request()))


def test_a_decode_is_read_once():
    decode = Decode(ScriptEngine(), _request())
    list(decode)
    with pytest.raises(Exception, match="read once"):
        list(decode)
