"""The steering engine on the tiny model: references, batching, adapters, streaming, errors."""

from __future__ import annotations

import copy
import threading
import time

import pytest
import torch
from pydantic import ValidationError

from guardrail.streams import Decode
from guardrail.steering.engine import GenerationRequest, GenerationResult, SteeringEngine
from guardrail.errors import AdapterError, EngineError, FilterError
from guardrail.steering.models import LoadedModel
from guardrail.policy import DecodingSpec, SteeringSpec

QUESTIONS = (
    "What is the email of John Smith?",
    "Hi",
    "Summarise the ticket: the printer does not work and the user wants a refund. Thank you, goodbye.",
    "Call me at 555-201-3344",
)


def request(
    text: str = QUESTIONS[0], w: float = 1.0, adapter: str | None = None, n: int = 12, *, constraints=(), **decoding
) -> GenerationRequest:
    steering = {key: decoding.pop(key) for key in ("mode", "negative_adapter") if key in decoding}
    steering.setdefault("mode", "logprob")  # the form transformers' guidance_scale runs, which the references compare with
    spec = DecodingSpec(max_new_tokens=n, repetition_penalty=decoding.pop("repetition_penalty", 1.0), **decoding)
    return GenerationRequest(
        ({"role": "user", "content": text},),
        SteeringSpec(guidance=w, adapter=adapter, decoding=spec, **steering),
        constraints=constraints,
    )


@pytest.fixture(scope="module")
def engine(tiny_model: LoadedModel, tiny_adapters_dir) -> SteeringEngine:
    """An engine over a private copy of the tiny model, with the "alpha" and "beta" adapters."""
    own = LoadedModel(copy.deepcopy(tiny_model.model), tiny_model.tokenizer, tiny_model.identity, tiny_model.device)
    return SteeringEngine(own, tiny_adapters_dir)


def alone(engine: SteeringEngine, req: GenerationRequest) -> GenerationResult:
    return engine.generate([req])[0]


def generate_from_threads(engine: SteeringEngine, requests: list[GenerationRequest]) -> list[tuple[int, ...] | None]:
    """Each request's token ids, generated from a thread of its own, all started together."""
    got: dict[int, tuple[int, ...]] = {}
    start = threading.Barrier(len(requests))

    def worker(i: int) -> None:
        start.wait()
        got[i] = engine.generate([requests[i]])[0].token_ids

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(requests))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return [got.get(i) for i in range(len(requests))]


# ----------------------------------------------------------------- references


@pytest.mark.parametrize("text", QUESTIONS[:3])
def test_w_one_equals_plain_greedy_generate(engine, tiny_model, text):
    req = request(text, w=1.0, n=16)
    (ids,) = engine.encode(req)
    expected = tiny_model.model.generate(
        torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long), max_new_tokens=16, do_sample=False
    )[0, len(ids) :]
    result = alone(engine, req)
    assert result.token_ids == tuple(expected.tolist())
    assert result.finish_reason == "length" and result.completion_tokens == 16
    assert result.prompt_tokens == len(ids)


@pytest.mark.parametrize(("text", "w"), [(QUESTIONS[0], 3.0), (QUESTIONS[2], 2.0), (QUESTIONS[3], 0.0), (QUESTIONS[1], 0.5)])
def test_logprob_cfg_equals_transformers_guidance_scale(engine, tiny_model, text, w):
    req = request(text, w=w, n=16)
    pos, neg = engine.encode(req)
    expected = tiny_model.model.generate(
        torch.tensor([pos]),
        attention_mask=torch.ones(1, len(pos), dtype=torch.long),
        max_new_tokens=16,
        do_sample=False,
        guidance_scale=w,
        negative_prompt_ids=torch.tensor([neg]),
    )[0, len(pos) :]
    assert alone(engine, req).token_ids == tuple(expected.tolist())


def test_guidance_and_adapters_change_the_output(engine):
    """Without this the equality tests below could pass with everything ignored."""
    outputs = {
        (w, adapter): alone(engine, request(w=w, adapter=adapter)).token_ids
        for w in (1.0, 3.0)
        for adapter in (None, "alpha", "beta")
    }
    assert len(set(outputs.values())) == len(outputs)


def test_prompts_put_our_system_prompt_first_and_keep_the_callers(tiny_model):
    tokenizer, plain = tiny_model.tokenizer, SteeringEngine(tiny_model)  # no adapters: the model stays unwrapped
    messages = ({"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"})
    req = GenerationRequest(messages, SteeringSpec(guidance=3.0, positive_prompt="POS", negative_prompt="NEG"))
    pos, neg = (tokenizer.decode(ids) for ids in plain.encode(req))
    assert pos.index("POS") < pos.index("Be brief.") < pos.index("Hi")
    assert "NEG" in neg and "POS" not in neg and "Be brief." in neg
    assert pos.endswith("<|im_start|>assistant\n")
    assert len(plain.encode(GenerationRequest(messages, SteeringSpec(guidance=1.0)))) == 1


def test_from_route_builds_the_request_from_a_policy_route():
    from guardrail.policy import FilterSpec
    from guardrail.policy.store import Route

    steering = SteeringSpec(guidance=2.5, mode="top_k", top_k=7, positive_prompt="P", adapter="alpha", negative_adapter=None)
    route = Route("acme", "web", steering, FilterSpec())
    req = GenerationRequest.from_route(route, "hello")
    assert req.messages == ({"role": "user", "content": "hello"},)
    assert req.steering is steering and req.constraints == () and req.rows == 2


# (name, positive row's adapter, negative_adapter, the adapter the negative row must run)
BRANCHES = [
    ("base_negative", "alpha", None, None),
    ("other_adapter", "alpha", "beta", "beta"),
    ("adapter_on_negative_only", None, "alpha", "alpha"),
    ("same", "beta", "same", "beta"),
]


@pytest.mark.parametrize(("name", "adapter", "negative", "runs"), BRANCHES, ids=[b[0] for b in BRANCHES])
def test_each_cfg_branch_runs_its_own_adapter(engine, name, adapter, negative, runs):
    """w = 0 is the negative row alone: it must equal a plain request under the negative
    prompt with the negative row's adapter (and w = 1 the positive row with its own)."""
    spec = DecodingSpec(max_new_tokens=12, repetition_penalty=1.0)
    contrastive = SteeringSpec(guidance=0.0, mode="logprob", adapter=adapter, negative_adapter=negative, decoding=spec)
    negative_alone = SteeringSpec(guidance=1.0, positive_prompt=contrastive.negative_prompt, adapter=runs, decoding=spec)
    got = alone(engine, GenerationRequest(QUESTIONS[0], contrastive)).token_ids
    assert got == alone(engine, GenerationRequest(QUESTIONS[0], negative_alone)).token_ids
    mixed = alone(engine, GenerationRequest(QUESTIONS[0], contrastive.model_copy(update={"guidance": 3.0}))).token_ids
    same = alone(engine, GenerationRequest(QUESTIONS[0], SteeringSpec(guidance=3.0, mode="logprob", adapter=adapter, decoding=spec))).token_ids
    assert (mixed == same) == (runs == adapter)


# ----------------------------------------------------------------- batching


def _mixed_batch() -> list[GenerationRequest]:
    return [
        request(QUESTIONS[0], w=3.0, adapter="alpha", n=14),
        request(QUESTIONS[3], w=3.0, adapter="alpha", n=11, negative_adapter=None),  # adapter-contrastive
        request(QUESTIONS[2], w=2.0, adapter=None, n=7, negative_adapter="beta"),
        request(QUESTIONS[1], w=1.0, adapter=None, n=6),  # detached, positive row only
        request(QUESTIONS[2], w=2.0, adapter="beta", n=18),
        request(QUESTIONS[3], w=1.0, adapter="alpha", n=10),
        request(QUESTIONS[0], w=5.0, adapter=None, n=12, mode="prob"),
        request(QUESTIONS[2], w=3.0, adapter="beta", n=9, mode="top_k"),
        request(QUESTIONS[1], w=1.5, adapter="alpha", n=16, temperature=0.9, top_p=0.9, seed=11, repetition_penalty=1.3),
    ]


@pytest.mark.parametrize("drop_finished", [True, False])
def test_a_mixed_batch_gives_exactly_what_each_request_gives_alone(engine, drop_finished):
    requests = _mixed_batch()
    expected = [alone(engine, r).token_ids for r in requests]
    engine.drop_finished = drop_finished
    try:
        batch = engine.generate(requests)
    finally:
        engine.drop_finished = True
    assert [r.token_ids for r in batch] == expected
    assert [r.completion_tokens for r in batch] == [r.steering.decoding.max_new_tokens for r in requests]


def test_concurrent_requests_with_alternating_adapters_stay_isolated(engine):
    requests = [request(QUESTIONS[i % 4], w=(1.0, 3.0)[i % 2], adapter=("alpha", "beta", None)[i % 3], n=8) for i in range(12)]
    expected = [alone(engine, r).token_ids for r in requests]
    assert generate_from_threads(engine, requests) == expected


def test_sampling_is_reproducible_with_a_seed(engine):
    sampled = request(w=3.0, n=12, temperature=1.0, seed=3)
    first, second = alone(engine, sampled).token_ids, alone(engine, sampled).token_ids
    other = alone(engine, request(w=3.0, n=12, temperature=1.0, seed=4)).token_ids
    assert first == second and first != other


# ----------------------------------------------------------------- finishing and streaming


def test_eos_ends_a_request_and_stop_strings_cut_its_text(engine):
    reference = alone(engine, request(QUESTIONS[0], n=20))
    # Pretend the 6th generated token is an end-of-sequence token.
    eos_ids = engine._eos_ids
    engine._eos_ids = frozenset({reference.token_ids[5]})
    try:
        ended = alone(engine, request(QUESTIONS[0], n=20))
    finally:
        engine._eos_ids = eos_ids
    assert ended.finish_reason == "eos" and ended.token_ids == reference.token_ids[: reference.token_ids.index(reference.token_ids[5]) + 1]

    stop = reference.text[8:10]
    cut = alone(engine, request(QUESTIONS[0], n=20, stop=(stop,)))
    assert cut.finish_reason == "stop"
    assert cut.text == reference.text[: reference.text.index(stop)]
    assert cut.token_ids == reference.token_ids[: cut.completion_tokens]


def test_on_text_pieces_add_up_to_each_result(engine):
    requests = _mixed_batch()[:4]
    pieces: dict[int, list[str]] = {i: [] for i in range(len(requests))}
    results = engine.generate(requests, on_text=lambda i, piece: pieces[i].append(piece))
    for i, result in enumerate(results):
        assert "".join(pieces[i]) == result.text
        assert all(pieces[i])
    assert results[0].total_s > 0 and results[0].tokens_per_second > 0
    assert 0 < results[0].first_token_s <= results[0].total_s


def test_stream_yields_the_same_text_as_generate(engine):
    req = request(QUESTIONS[2], w=3.0, adapter="beta", n=16)
    assert "".join(iter(Decode(engine, req))) == alone(engine, req).text


def test_closing_a_stream_early_stops_its_generation(engine):
    stream = iter(Decode(engine, request(QUESTIONS[0], n=400)))
    next(stream)
    stream.close()
    time.sleep(0.3)  # the cancelled request leaves at the next step (a few ms)
    admitted = engine.admitted
    assert alone(engine, request(n=2)).completion_tokens == 2
    assert engine.admitted == admitted  # it ran in a fresh batch: nothing was still decoding


# ----------------------------------------------------------------- bad input


# (name, how to build the request, the error and a fragment of its message)
BAD_AT_BUILD = [
    ("no_messages", lambda: GenerationRequest(()), EngineError, "no messages"),
    ("unknown_role", lambda: GenerationRequest(({"role": "robot", "content": "hi"},)), EngineError, "role"),
    ("content_not_str", lambda: GenerationRequest(({"role": "user", "content": 3},)), EngineError, "content"),
    ("negative_w", lambda: request(w=-1.0), ValidationError, "greater than or equal to 0"),
    ("nan_w", lambda: request(w=float("nan")), ValidationError, "finite"),
    ("unknown_mode", lambda: request(w=2.0, mode="geometric"), ValidationError, "logprob"),
    ("escaping_adapter", lambda: request(adapter="../escape"), ValidationError, "folder name"),
    ("steering_not_a_spec", lambda: GenerationRequest("hi", steering={"guidance": 2.0}), EngineError, "SteeringSpec"),
    ("not_a_constraint", lambda: request(constraints=(object(),)), EngineError, "StepConstraint"),
]


@pytest.mark.parametrize(("name", "build", "error", "fragment"), BAD_AT_BUILD, ids=[case[0] for case in BAD_AT_BUILD])
def test_a_bad_request_fails_when_it_is_built(name, build, error, fragment):
    with pytest.raises(error, match=fragment):
        build()


def test_bad_requests_fail_alone_and_the_others_complete(engine):
    good = request(QUESTIONS[2], w=3.0, adapter="alpha", n=8)
    bad = [
        request(adapter="no-such-adapter"),
        request(w=2.0, adapter="alpha", negative_adapter="no-such-adapter"),
        request("order " * 600),
    ]
    results = engine.generate([bad[0], good, *bad[1:]])
    assert results[1].token_ids == alone(engine, good).token_ids and results[1].error is None
    errors = [results[0].error, *(r.error for r in results[2:])]
    assert [type(e) for e in errors] == [AdapterError, AdapterError, EngineError]
    assert all(r.finish_reason == "error" and r.text == "" for r in [results[0], *results[2:]])
    assert "no-such-adapter" in str(errors[0]) and "available adapters" in str(errors[0])
    assert "no-such-adapter" in str(errors[1])
    assert "context" in str(errors[2])


def test_stream_raises_the_requests_error(engine):
    with pytest.raises(AdapterError, match="no-such-adapter"):
        list(iter(Decode(engine, request(adapter="no-such-adapter"))))


def test_a_failing_on_text_callback_fails_only_its_request(engine):
    requests = [request(QUESTIONS[0], n=8), request(QUESTIONS[2], w=3.0, n=8)]

    def on_text(i: int, piece: str) -> None:
        if i == 0:
            raise FilterError("the streaming filter failed")

    first, second = engine.generate(requests, on_text=on_text)
    assert isinstance(first.error, FilterError) and first.text == "" and first.finish_reason == "error"
    assert second.token_ids == alone(engine, requests[1]).token_ids


def test_max_new_tokens_stop_at_the_context_length(engine):
    req = request("order " * 200, n=1000)
    (ids,) = engine.encode(req)
    result = alone(engine, req)
    assert result.finish_reason in ("length", "eos")
    assert len(ids) + result.completion_tokens <= engine.context_length


# ----------------------------------------------------------------- the real default model


@pytest.mark.slow
def test_default_model_mixed_batch_matches_alone_and_transformers_cfg():
    from guardrail.steering.models import load_model

    loaded = load_model()
    engine = SteeringEngine(loaded)
    requests = [
        request("What is the email address of our customer John Smith who lives in Boston?", w=3.0, n=10),
        request("Hi", w=1.0, n=6),
        request("Write a short note about the weather today.", w=2.0, n=8),
    ]
    batch = engine.generate(requests)
    assert [r.token_ids for r in batch] == [alone(engine, r).token_ids for r in requests]
    pos, neg = engine.encode(requests[0])
    expected = loaded.model.generate(
        torch.tensor([pos]),
        attention_mask=torch.ones(1, len(pos), dtype=torch.long),
        max_new_tokens=10,
        do_sample=False,
        guidance_scale=3.0,
        negative_prompt_ids=torch.tensor([neg]),
        repetition_penalty=1.0,
    )[0, len(pos) :]
    assert batch[0].token_ids == tuple(expected.tolist())
    assert batch[0].text.strip()


def test_unexpected_failures_become_errors_and_never_hang_the_loop(engine, monkeypatch):
    good = request(QUESTIONS[0], n=4)
    encode = engine.encode

    def fragile_encode(req):
        if req.messages[0]["content"] == "boom":
            raise ValueError("template failed")
        return encode(req)

    monkeypatch.setattr(engine, "encode", fragile_encode)
    broken, fine = engine.generate([request("boom"), good])
    assert isinstance(broken.error, EngineError) and "ValueError" in str(broken.error)
    assert fine.token_ids == alone(engine, good).token_ids

    def failing_forward(*args, **kwargs):
        raise RuntimeError("out of memory")

    monkeypatch.setattr(engine, "_forward", failing_forward)
    results = engine.generate([good, request(QUESTIONS[1], w=3.0)])
    assert [type(r.error) for r in results] == [EngineError, EngineError]
    assert all(r.text == "" and "out of memory" in str(r.error) for r in results)
    monkeypatch.undo()
    assert alone(engine, good).completion_tokens == 4


def test_requests_join_a_running_decode_and_still_match_alone(engine):
    late = [request(QUESTIONS[i % 4], w=(3.0, 1.0)[i % 2], adapter=("beta", None, "alpha")[i % 3], n=6 + i) for i in range(5)]
    expected = [alone(engine, r).token_ids for r in late]
    long_request = request(QUESTIONS[2], w=2.0, adapter="alpha", n=200)
    long_expected = alone(engine, long_request).token_ids
    admitted = engine.admitted
    stream = iter(Decode(engine, long_request))
    text = [next(stream)]  # the long request is decoding now
    assert generate_from_threads(engine, late) == expected
    text.extend(stream)
    assert engine.admitted - admitted == len(late)  # every late request joined the running batch
    assert "".join(text) == engine.loaded.tokenizer.decode(long_expected, skip_special_tokens=True)


def test_close_finishes_the_decoding_thread_and_refuses_new_requests(tiny_model):
    own = SteeringEngine(tiny_model)  # no adapters: the shared model stays unwrapped
    assert own.generate([request(n=2)])[0].completion_tokens == 2
    worker = own._scheduler._worker
    own.close(wait=True)
    assert not worker.is_alive()
    with pytest.raises(EngineError, match="closed"):
        own.generate([request(n=2)])


def test_the_step_profile_splits_prefill_from_decode_steps(engine):
    from guardrail.steering.loop import StepProfile

    batch = [request(QUESTIONS[0], w=3.0, n=5), request(QUESTIONS[2], w=1.0, n=5)]
    prompt_tokens = sum(len(p) for r in batch for p in engine.encode(r))
    engine.profile = StepProfile()
    try:
        results = engine.generate(batch)
    finally:
        profile, engine.profile = engine.profile, None
    assert [r.completion_tokens for r in results] == [5, 5]
    assert profile.prefill_tokens == prompt_tokens  # one prefill, padding not counted
    assert profile.decode_steps == 4  # the first token comes from the prefill
    assert profile.prefill > 0 and profile.forward > 0 and profile.guidance > 0
