"""Shared system blocks: the prefix cache, and prefills that reuse it giving what whole prompts give."""

from __future__ import annotations

import copy

import pytest
import torch

from guardrail.policy import DecodingSpec, SteeringSpec
from guardrail.steering.batch import RowBatch
from guardrail.streams import Decode
from guardrail.steering.engine import GenerationRequest, SteeringEngine
from guardrail.steering.models import LoadedModel
from guardrail.steering.prefix import PrefixCache, shared_length

QUESTIONS = (
    "What is the email of John Smith?",
    "Hi",
    "Summarise the ticket: the printer does not work and the user wants a refund. Thank you, goodbye.",
)


def request(text: str, w: float = 1.0, adapter: str | None = None, n: int = 10, **steering) -> GenerationRequest:
    spec = DecodingSpec(max_new_tokens=n, repetition_penalty=1.0)
    return GenerationRequest(({"role": "user", "content": text},), SteeringSpec(guidance=w, adapter=adapter, decoding=spec, **steering))


def mixed() -> list[GenerationRequest]:
    return [
        request(QUESTIONS[0], w=3.0, adapter="alpha", n=12),
        request(QUESTIONS[1], w=1.0, n=8),
        request(QUESTIONS[2], w=2.0, adapter="beta", n=9, negative_adapter=None),
        request(QUESTIONS[0], w=3.0, n=7, positive_prompt="Answer in one short sentence."),
        request(QUESTIONS[2], w=1.0, adapter="alpha", n=11),
    ]


@pytest.fixture(scope="module")
def engines(tiny_model: LoadedModel, tiny_adapters_dir):
    """Two engines over copies of the tiny model: one reusing system blocks, one running whole prompts."""

    def make(tokens: int) -> SteeringEngine:
        own = LoadedModel(copy.deepcopy(tiny_model.model), tiny_model.tokenizer, tiny_model.identity, tiny_model.device)
        return SteeringEngine(own, tiny_adapters_dir, prefix_cache_tokens=tokens)

    reusing, whole = make(2048), make(0)
    yield reusing, whole
    reusing.close()
    whole.close()


# ----------------------------------------------------------------- the cache


def layers(n: int, fill: float = 1.0) -> list:
    return [(torch.full((2, n, 4), fill), torch.full((2, n, 4), -fill))]


def test_the_cache_keeps_prefixes_per_adapter_and_counts_hits():
    cache = PrefixCache(max_tokens=10)
    cache.put(None, [1, 2, 3], layers(3))
    cache.put("alpha", [1, 2, 3], layers(3, 2.0))
    assert cache.get(None, [1, 2, 3])[0][0][0, 0, 0] == 1.0
    assert cache.get("alpha", (1, 2, 3))[0][0][0, 0, 0] == 2.0
    assert cache.get("beta", [1, 2, 3]) is None
    assert (cache.hits, cache.misses, cache.tokens, len(cache)) == (2, 1, 6, 2)


def test_the_cache_drops_the_least_recently_used_beyond_its_budget():
    cache = PrefixCache(max_tokens=8)
    cache.put(None, [1, 2, 3], layers(3))
    cache.put(None, [4, 5, 6], layers(3))
    cache.get(None, [1, 2, 3])  # now the most recently used
    cache.put(None, [7, 8, 9], layers(3))
    assert cache.get(None, [4, 5, 6]) is None
    assert cache.get(None, [1, 2, 3]) is not None and cache.get(None, [7, 8, 9]) is not None
    assert cache.tokens == 6


@pytest.mark.parametrize(("budget", "prefix"), [(0, [1, 2]), (2, [1, 2, 3])], ids=["off", "longer_than_the_budget"])
def test_the_cache_keeps_nothing_it_has_no_room_for(budget, prefix):
    cache = PrefixCache(max_tokens=budget)
    cache.put(None, prefix, layers(len(prefix)))
    assert (len(cache), cache.tokens) == (0, 0)


def test_a_negative_budget_is_refused():
    with pytest.raises(ValueError, match="max_tokens"):
        PrefixCache(max_tokens=-1)


SHARED = [
    ("starts_with_it", [5, 6, 7, 8], [5, 6], 2),
    ("differs", [5, 9, 7, 8], [5, 6], 0),
    ("is_the_whole_prompt", [5, 6], [5, 6], 0),  # one token must stay to run: its logits start the answer
    ("longer_than_the_prompt", [5], [5, 6], 0),
    ("empty", [5, 6], [], 0),
]


@pytest.mark.parametrize(("name", "prompt", "prefix", "expected"), SHARED, ids=[c[0] for c in SHARED])
def test_shared_length(name, prompt, prefix, expected):
    assert shared_length(prompt, prefix) == expected


# ----------------------------------------------------------------- prefills


def test_a_prefill_after_cached_prefixes_gives_the_whole_prompts_logits(engines):
    """Rows with different prefixes (two lengths), adapters, and one row with none, in one prefill."""
    engine = engines[1]
    prompts = [engine.encode(request(q, w=3.0)) for q in QUESTIONS]
    rows = [prompts[0][0], prompts[0][1], prompts[1][0], prompts[2][1], prompts[2][0]]
    adapters = ["alpha", None, "beta", "alpha", None]
    systems = [SteeringSpec().positive_prompt, SteeringSpec().negative_prompt]
    shared = [shared_length(rows[0], engine._system_block(systems[0])), shared_length(rows[1], engine._system_block(systems[1]))]
    assert all(shared) and shared[0] != shared[1]
    shared = [shared[0], shared[1], shared[0], shared[1], 0]
    tags = list(range(len(rows)))
    with torch.inference_mode():
        whole = RowBatch(engine._forward, engine._pad_id, engine.loaded.device).prefill(rows, tags, adapters)
        cache = PrefixCache()
        first = RowBatch(engine._forward, engine._pad_id, engine.loaded.device, cache).prefill(rows, tags, adapters, shared)
        assert (cache.hits, cache.misses, len(cache)) == (0, 4, 4)  # (adapter, block): 4 distinct
        again = RowBatch(engine._forward, engine._pad_id, engine.loaded.device, cache).prefill(rows, tags, adapters, shared)
        assert cache.hits == 4
    torch.testing.assert_close(first, whole, rtol=1e-5, atol=1e-5)
    torch.testing.assert_close(again, whole, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("round_", ["first", "cached"])
def test_reusing_system_blocks_gives_the_same_tokens_as_whole_prompts(engines, round_):
    reusing, whole = engines
    hits = reusing.prefixes.hits
    got = [r.token_ids for r in reusing.generate(mixed())]
    assert got == [r.token_ids for r in whole.generate(mixed())]
    if round_ == "cached":
        assert reusing.prefixes.hits > hits
    assert len(whole.prefixes) == 0


def test_a_request_joining_a_running_decode_reuses_the_block_and_matches_alone(engines):
    reusing, whole = engines
    late = [request(QUESTIONS[i % 3], w=(3.0, 1.0)[i % 2], adapter=("beta", None)[i % 2], n=6 + i) for i in range(3)]
    expected = [whole.generate([r])[0].token_ids for r in late]
    stream = iter(Decode(reusing, request(QUESTIONS[2], w=2.0, adapter="alpha", n=120)))
    next(stream)  # the long request is decoding now
    admitted = reusing.admitted
    got = [reusing.generate([r])[0].token_ids for r in late]
    list(stream)
    assert got == expected
    assert reusing.admitted - admitted == len(late)


def test_a_block_longer_than_the_budget_runs_whole(tiny_model, tiny_adapters_dir, engines):
    own = LoadedModel(copy.deepcopy(tiny_model.model), tiny_model.tokenizer, tiny_model.identity, tiny_model.device)
    small = SteeringEngine(own, tiny_adapters_dir, prefix_cache_tokens=4)  # every system block is longer
    try:
        got = [r.token_ids for r in small.generate(mixed())]
        assert (len(small.prefixes), small.prefixes.misses) == (0, 0)  # never looked up, never computed apart
    finally:
        small.close()
    assert got == [r.token_ids for r in engines[1].generate(mixed())]
