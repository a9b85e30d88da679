"""The batched per-step math equals the one-request functions, row by row, exactly."""

from __future__ import annotations

import pytest
import torch

from guardrail.steering.guidance import ban_tokens, mix_requests, penalize_repeats
from tests.reference_math import apply_repetition_penalty, ban_repeated_ngrams, guide

VOCAB = 50


@pytest.fixture
def logprobs() -> torch.Tensor:
    torch.manual_seed(0)
    return torch.randn(7, VOCAB).log_softmax(-1)


# (name, per request: (positive row, negative row, w, mode or None, top_k))
PLANS = [
    ("unsteered_only", [(0, 0, 1.0, None, 20), (3, 3, 1.0, None, 20)]),
    ("every_mode_mixed", [(0, 1, 3.0, "logprob", 20), (2, 2, 1.0, None, 20), (3, 4, 2.0, "prob", 20), (5, 6, 5.0, "top_k", 7)]),
    ("top_k_per_request_k", [(0, 1, 2.0, "top_k", 3), (2, 3, 3.0, "top_k", 11), (4, 5, 0.5, "logprob", 1)]),
    ("w_zero_is_negative", [(0, 1, 0.0, "logprob", 20), (2, 3, 0.0, "prob", 20)]),
]


@pytest.mark.parametrize(("name", "plan"), PLANS, ids=[p[0] for p in PLANS])
def test_mix_requests_equals_guide_per_request(logprobs, name, plan):
    pos, neg, w, modes, k = zip(*plan)
    got = mix_requests(logprobs, torch.tensor(pos), torch.tensor(neg), torch.tensor(w), list(modes), torch.tensor(k))
    for i, (p, n, wi, mode, ki) in enumerate(plan):
        expected = guide(logprobs[p], None if mode is None else logprobs[n], wi, mode or "logprob", ki)
        assert torch.equal(got[i], expected), (name, i)


def test_penalize_repeats_equals_the_single_request_penalty(logprobs):
    previous = [[1, 4, 4, 9], [], [0, 49], [7]]
    penalty = [1.3, 1.3, 0.8, 1.0]
    seen = torch.zeros(4, VOCAB, dtype=torch.bool)
    for i, tokens in enumerate(previous):
        seen[i, tokens] = True
    got = penalize_repeats(logprobs[:4], seen, torch.tensor(penalty))
    for i in range(4):
        assert torch.equal(got[i], apply_repetition_penalty(logprobs[i], previous[i], penalty[i]))


def test_ban_tokens_equals_the_single_request_ngram_ban(logprobs):
    previous = [[1, 2, 1], [5, 6, 7, 5, 6]]
    n = 2
    from guardrail.steering.sampling import banned_ngram_tokens

    bans = [(i, t) for i, p in enumerate(previous) for t in banned_ngram_tokens(p, n)]
    got = ban_tokens(logprobs[:2].clone(), bans)
    for i in range(2):
        assert torch.equal(got[i], ban_repeated_ngrams(logprobs[i], previous[i], n))
