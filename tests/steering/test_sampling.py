"""The per-step math: guidance modes, repetition controls and token selection."""

from __future__ import annotations

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrail.steering.sampling import banned_ngram_tokens, mix_logprobs, mix_probs, select_token
from tests.reference_math import apply_repetition_penalty, ban_repeated_ngrams, guide, mix_top_k

VOCAB = 50


def _logprobs(seed: int, rows: int = 1) -> torch.Tensor:
    generator = torch.Generator().manual_seed(seed)
    return (torch.randn(rows, VOCAB, generator=generator) * 3).log_softmax(-1).squeeze(0)


@given(st.integers(0, 10_000), st.floats(0.0, 10.0))
@settings(max_examples=30, deadline=None)
def test_mix_logprobs_is_the_cfg_line(seed, w):
    pos, neg = _logprobs(seed), _logprobs(seed + 1)
    mixed = mix_logprobs(pos, neg, w)
    torch.testing.assert_close(mixed, neg + w * (pos - neg))
    # The line passes through neg at w=0 and pos at w=1.
    torch.testing.assert_close(mix_logprobs(pos, neg, 0.0), neg)
    torch.testing.assert_close(mix_logprobs(pos, neg, 1.0), pos)


def test_mix_logprobs_matches_transformers_unbatched_cfg():
    from transformers.generation.logits_process import UnbatchedClassifierFreeGuidanceLogitsProcessor

    generator = torch.Generator().manual_seed(0)
    cond, uncond = torch.randn(1, VOCAB, generator=generator), torch.randn(1, VOCAB, generator=generator)
    processor = UnbatchedClassifierFreeGuidanceLogitsProcessor(3.0, model=None)
    expected = 3.0 * (cond.log_softmax(-1) - uncond.log_softmax(-1)) + uncond.log_softmax(-1)
    # The processor would run the model for the unconditional logits; give them directly.
    processor.get_unconditional_logits = lambda _ids: uncond[:, None, :]  # (batch, seq, vocab)
    torch.testing.assert_close(processor(torch.zeros(1, 1, dtype=torch.long), cond), expected)
    torch.testing.assert_close(mix_logprobs(cond.log_softmax(-1), uncond.log_softmax(-1), 3.0), expected)


@given(st.integers(0, 10_000), st.floats(0.0, 10.0))
@settings(max_examples=30, deadline=None)
def test_mix_probs_is_a_distribution(seed, w):
    pos, neg = _logprobs(seed), _logprobs(seed + 1)
    mixed = mix_probs(pos, neg, w)
    assert torch.isclose(mixed.exp().sum(), torch.tensor(1.0), atol=1e-5)
    expected = (neg.exp() + w * (pos.exp() - neg.exp())).clamp_min(0)
    torch.testing.assert_close(mixed.exp(), expected / expected.sum(), atol=1e-6, rtol=1e-4)


def test_mix_probs_bans_what_guidance_drives_negative():
    pos = torch.tensor([0.7, 0.29, 0.01]).log()
    neg = torch.tensor([0.1, 0.1, 0.8]).log()
    mixed = mix_probs(pos, neg, 3.0)  # token 2: 0.8 + 3 * (0.01 - 0.8) < 0
    assert mixed[2] == float("-inf")
    assert int(mixed.argmax()) == 0
    # Log-prob CFG instead boosts nothing here but keeps token 2 finite.
    assert torch.isfinite(mix_logprobs(pos, neg, 3.0)).all()


def test_mix_top_k_never_promotes_a_token_outside_the_positive_top_k():
    pos = torch.tensor([0.6, 0.3, 0.0999, 0.0001]).log()
    neg = torch.tensor([0.7, 0.2998, 0.0001, 0.0001]).log()
    # Plain CFG at w=5 picks token 2, which the positive prompt ranks only third: the ratio
    # of two small probabilities is what makes high w babble.
    assert int(mix_logprobs(pos, neg, 5.0).argmax()) == 2
    mixed = mix_top_k(pos, neg, 5.0, k=2)
    assert torch.isinf(mixed[2:]).all() and torch.isfinite(mixed[:2]).all()
    assert int(mixed.argmax()) == 0
    torch.testing.assert_close(mixed[:2], mix_logprobs(pos, neg, 5.0)[:2])
    with pytest.raises(ValueError, match="`k`"):
        mix_top_k(pos, neg, 1.0, k=0)


@pytest.mark.parametrize("mode", ["logprob", "prob", "top_k"])
def test_guide_with_w_one_or_no_negative_row_is_the_positive_row(mode):
    pos, neg = _logprobs(1), _logprobs(2)
    assert guide(pos, None, 3.0, mode) is pos
    assert guide(pos, neg, 1.0, mode) is pos


def test_guide_dispatches_and_rejects_unknown_modes():
    pos, neg = _logprobs(1), _logprobs(2)
    torch.testing.assert_close(guide(pos, neg, 2.0, "logprob"), mix_logprobs(pos, neg, 2.0))
    torch.testing.assert_close(guide(pos, neg, 2.0, "prob"), mix_probs(pos, neg, 2.0))
    torch.testing.assert_close(guide(pos, neg, 2.0, "top_k", 5), mix_top_k(pos, neg, 2.0, 5))
    with pytest.raises(ValueError, match="mode"):
        guide(pos, neg, 2.0, "geometric")


@pytest.mark.parametrize("penalty", [0.8, 1.0, 1.3])
def test_repetition_penalty_matches_transformers(penalty):
    from transformers.generation.logits_process import RepetitionPenaltyLogitsProcessor

    scores = torch.randn(1, VOCAB, generator=torch.Generator().manual_seed(3))
    previous = [4, 7, 7, 12, 49]
    expected = RepetitionPenaltyLogitsProcessor(penalty)(torch.tensor([previous]), scores.clone())
    torch.testing.assert_close(apply_repetition_penalty(scores[0], previous, penalty), expected[0])
    with pytest.raises(ValueError, match="penalty"):
        apply_repetition_penalty(scores[0], previous, 0.0)


@given(st.lists(st.integers(0, 5), max_size=30), st.integers(1, 4))
@settings(max_examples=60, deadline=None)
def test_no_repeat_ngram_matches_transformers(previous, n):
    from transformers.generation.logits_process import NoRepeatNGramLogitsProcessor

    scores = torch.zeros(1, 6)
    if previous:
        expected = NoRepeatNGramLogitsProcessor(n)(torch.tensor([previous]), scores.clone())[0]
    else:
        expected = scores[0]
    assert torch.equal(ban_repeated_ngrams(scores[0], previous, n), expected)


def test_no_repeat_ngram_bans_the_completing_token():
    assert banned_ngram_tokens([1, 2, 3, 1, 2], 3) == {3}
    assert banned_ngram_tokens([1, 2, 3, 1, 2], 0) == set()
    assert banned_ngram_tokens([5, 5], 1) == {5}


def test_greedy_is_argmax_and_never_picks_a_banned_token():
    scores = torch.tensor([0.1, 2.0, float("-inf"), 1.0])
    assert select_token(scores) == 1
    scores[1] = float("-inf")
    for seed in range(20):
        assert select_token(scores, temperature=5.0, generator=torch.Generator().manual_seed(seed)) in (0, 3)


def test_sampling_is_reproducible_with_a_seed_and_varies_without():
    scores = torch.zeros(VOCAB)

    def draws(seed):
        generator = torch.Generator().manual_seed(seed)
        return [select_token(scores, temperature=1.0, generator=generator) for _ in range(20)]

    assert draws(7) == draws(7)
    assert draws(7) != draws(8)


def test_top_k_and_top_p_restrict_the_candidates():
    scores = torch.tensor([3.0, 2.0, 1.0, 0.0, -1.0]).log_softmax(-1)
    generator = torch.Generator().manual_seed(0)
    picks = {select_token(scores, temperature=1.0, top_k=2, generator=generator) for _ in range(200)}
    assert picks == {0, 1}
    # p(0) = 0.636, p(1) = 0.234: top_p 0.8 keeps exactly these two, 0.5 keeps token 0 alone.
    picks = {select_token(scores, temperature=1.0, top_p=0.8, generator=generator) for _ in range(200)}
    assert picks == {0, 1}
    assert {select_token(scores, temperature=1.0, top_p=0.5, generator=generator) for _ in range(50)} == {0}


def test_top_p_keeps_the_same_tokens_as_transformers():
    from transformers.generation.logits_process import TopPLogitsWarper

    scores = torch.randn(1, VOCAB, generator=torch.Generator().manual_seed(5))
    kept = torch.isfinite(TopPLogitsWarper(0.7)(None, scores.clone()))[0]
    generator = torch.Generator().manual_seed(1)
    picks = {select_token(scores[0], temperature=1.0, top_p=0.7, generator=generator) for _ in range(400)}
    assert picks <= set(kept.nonzero().flatten().tolist())
    assert len(picks) == int(kept.sum())


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [({"temperature": -1.0}, "temperature"), ({"top_p": 0.0}, "top_p"), ({"top_k": -1}, "top_k")],
)
def test_select_token_rejects_bad_settings_by_name(kwargs, match):
    with pytest.raises(ValueError, match=match):
        select_token(torch.zeros(4), **kwargs)
