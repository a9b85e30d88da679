"""The per-step constraint hook: bans honoured under greedy, CFG and sampling; isolation."""

from __future__ import annotations

import copy
from collections.abc import Collection, Sequence

import pytest

from guardrail.errors import EngineError
from guardrail.policy import DecodingSpec, SteeringSpec
from guardrail.steering.constraints import CANDIDATES, StepConstraint
from guardrail.steering.engine import GenerationRequest, SteeringEngine
from guardrail.steering.models import LoadedModel

PROMPT = "What is the email of John Smith?"


class BanTokens:
    """Bans a fixed set of token ids; records what it was asked."""

    def __init__(self, ids: Collection[int]) -> None:
        self.ids = set(ids)
        self.calls: list[tuple[str, tuple[int, ...]]] = []

    def banned(self, text: str, candidates: Sequence[int]) -> Collection[int]:
        self.calls.append((text, tuple(candidates)))
        return [c for c in candidates if c in self.ids]


class BanEverything:
    def banned(self, text: str, candidates: Sequence[int]) -> Collection[int]:
        return candidates


class Explodes:
    def banned(self, text: str, candidates: Sequence[int]) -> Collection[int]:
        raise RuntimeError(f"secret value in {text!r}")


@pytest.fixture(scope="module")
def engine(tiny_model: LoadedModel, tiny_adapters_dir) -> SteeringEngine:
    own = LoadedModel(copy.deepcopy(tiny_model.model), tiny_model.tokenizer, tiny_model.identity, tiny_model.device)
    return SteeringEngine(own, tiny_adapters_dir)


def request(w: float, constraints=(), text: str = PROMPT, n: int = 12, **decoding) -> GenerationRequest:
    spec = DecodingSpec(max_new_tokens=n, repetition_penalty=1.0, **decoding)
    return GenerationRequest(text, SteeringSpec(guidance=w, decoding=spec), constraints=constraints)


def test_fakes_implement_the_protocol():
    assert all(isinstance(c, StepConstraint) for c in (BanTokens(()), BanEverything(), Explodes()))


# (name, w, sampling settings)
CASES = [
    ("greedy", 1.0, {}),
    ("cfg_greedy", 3.0, {}),
    ("cfg_sampled", 2.0, {"temperature": 1.0, "seed": 5}),
    ("sampled_top_p", 1.0, {"temperature": 1.2, "top_p": 0.95, "seed": 3}),
]


@pytest.mark.parametrize(("name", "w", "sampling"), CASES, ids=[c[0] for c in CASES])
def test_banned_tokens_are_never_generated(engine, name, w, sampling):
    free = engine.generate([request(w, **sampling)])[0]
    banned = set(free.token_ids[:4])  # the tokens it would otherwise produce first
    ban = BanTokens(banned)
    (got,) = engine.generate([request(w, (ban,), **sampling)])
    assert got.error is None and got.completion_tokens > 0
    assert not banned & set(got.token_ids)
    assert got.token_ids != free.token_ids
    # Each step asks about the best candidates first, at most CANDIDATES at a time.
    assert all(0 < len(candidates) <= CANDIDATES for _, candidates in ban.calls)
    assert len({c for _, c in ban.calls}) > 1


def test_a_constraint_that_bans_nothing_changes_nothing(engine):
    free = engine.generate([request(3.0)])[0]
    watcher = BanTokens(())
    (got,) = engine.generate([request(3.0, (watcher,))])
    assert got.token_ids == free.token_ids
    # It saw the text generated so far, growing, and the chosen token among its candidates.
    texts = [text for text, _ in watcher.calls]
    assert texts[0] == "" and all(got.text.startswith(t) for t in texts)
    assert all(token in candidates for (_, candidates), token in zip(watcher.calls, got.token_ids))
    assert all(candidates[0] == token for (_, candidates), token in zip(watcher.calls, got.token_ids))  # greedy: best first


def test_every_candidate_banned_finishes_with_constraint(engine):
    (got,) = engine.generate([request(3.0, (BanEverything(),))])
    assert got.finish_reason == "constraint" and got.error is None and got.token_ids == ()


def test_a_mixed_batch_is_unchanged_for_requests_without_constraints(engine):
    others = [request(1.0, text="Hi", n=9), request(3.0, n=14), request(2.0, text="Call me", n=7, temperature=0.8, seed=2)]
    alone = [engine.generate([r])[0].token_ids for r in others]
    constrained = request(3.0, (BanTokens(set(alone[1][:3])),), n=10)
    batch = engine.generate([others[0], constrained, *others[1:]])
    assert [r.token_ids for r in (batch[0], *batch[2:])] == alone
    assert not set(alone[1][:3]) & set(batch[1].token_ids)


def test_a_raising_constraint_fails_only_its_request(engine):
    good = request(3.0, n=8)
    expected = engine.generate([good])[0].token_ids
    broken, ok = engine.generate([request(2.0, (Explodes(),)), good])
    assert broken.finish_reason == "error" and isinstance(broken.error, EngineError) and broken.text == ""
    assert "Explodes" in str(broken.error) and "RuntimeError" in str(broken.error)
    assert "secret" not in str(broken.error)
    assert ok.token_ids == expected and ok.error is None
