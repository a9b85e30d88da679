"""The ORPO loss against hand-computed values on tiny tensors."""

from __future__ import annotations

import math

import pytest
import torch

from guardrail.training.orpo import answer_logps, log_odds, orpo_loss, packed_answer_logps


def test_log_odds_by_hand():
    # log(p / (1 - p)) with p = e^-0.5 = 0.606531: log(0.606531 / 0.393469) = 0.432752
    assert log_odds(torch.tensor([-0.5])).item() == pytest.approx(0.432752, abs=1e-6)
    # p = e^-1 = 0.367879: log(0.367879 / 0.632121) = -0.541325
    assert log_odds(torch.tensor([-1.0])).item() == pytest.approx(-0.541325, abs=1e-6)


def test_orpo_loss_by_hand():
    # ratio = 0.432752 - (-0.541325) = 0.974077; -log sigmoid(0.974077) = log(1 + e^-0.974077) = 0.320300
    # sft = 0.5; loss = 0.5 + 0.1 * 0.320300 = 0.532030
    result = orpo_loss(torch.tensor([-0.5]), torch.tensor([-1.0]), beta=0.1)
    assert result.log_odds_ratio.item() == pytest.approx(0.974077, abs=1e-5)
    assert result.odds_ratio.item() == pytest.approx(0.320300, abs=1e-5)
    assert result.sft.item() == pytest.approx(0.5)
    assert result.loss.item() == pytest.approx(0.532030, abs=1e-5)
    assert result.accuracy.item() == 1.0


def test_orpo_loss_averages_pairs_and_punishes_preferring_the_rejected():
    # second pair: chosen -2.0, rejected -0.25: ratio = -3.113278, term = log(1 + e^3.113278) = 3.156773
    result = orpo_loss(torch.tensor([-0.5, -2.0]), torch.tensor([-1.0, -0.25]), beta=0.5)
    assert result.odds_ratio.item() == pytest.approx((0.320300 + 3.156773) / 2, abs=1e-5)
    assert result.sft.item() == pytest.approx(1.25)
    assert result.loss.item() == pytest.approx(1.25 + 0.5 * (0.320300 + 3.156773) / 2, abs=1e-5)
    assert result.accuracy.item() == 0.5


def test_beta_zero_is_plain_sft_and_negative_beta_is_rejected():
    assert orpo_loss(torch.tensor([-0.7]), torch.tensor([-0.1]), beta=0.0).loss.item() == pytest.approx(0.7)
    with pytest.raises(ValueError, match="beta"):
        orpo_loss(torch.tensor([-0.7]), torch.tensor([-0.1]), beta=-1.0)


def test_answer_logps_by_hand_and_packed_agrees():
    # one sequence, 3 positions, vocabulary of 2; only positions 1 and 2 are answer tokens
    logits = torch.tensor([[[0.0, 0.0], [math.log(3.0), 0.0], [0.0, math.log(4.0)]]])
    labels = torch.tensor([[0, 0, 1]])
    mask = torch.tensor([[False, True, True]])
    # p(0 | pos 1) = 3/4, p(1 | pos 2) = 4/5 -> mean log-prob = (log 0.75 + log 0.8) / 2
    expected = (math.log(0.75) + math.log(0.8)) / 2
    assert answer_logps(logits, labels, mask).item() == pytest.approx(expected)
    packed = packed_answer_logps(logits[0, 1:], labels[0, 1:], torch.tensor([0, 0]), batch_size=1)
    assert packed.item() == pytest.approx(expected)


def test_packed_matches_dense_on_a_random_batch():
    torch.manual_seed(0)
    logits, labels = torch.randn(3, 5, 7), torch.randint(0, 7, (3, 5))
    mask = torch.rand(3, 5) > 0.4
    mask[:, 0] = True
    rows, cols = mask.nonzero(as_tuple=True)
    dense = answer_logps(logits, labels, mask)
    packed = packed_answer_logps(logits[rows, cols], labels[rows, cols], rows, 3)
    torch.testing.assert_close(packed, dense)


@pytest.mark.parametrize(
    ("mask", "sft"),
    [
        pytest.param([True, True], 1.25, id="every-row"),
        pytest.param([True, False], 0.5, id="first-row-only"),
        pytest.param([False, True], 2.0, id="second-row-only"),
        pytest.param([False, False], 0.0, id="no-row"),
    ],
)
def test_sft_mask_chooses_the_rows_the_sft_term_imitates(mask, sft):
    chosen, rejected = torch.tensor([-0.5, -2.0]), torch.tensor([-1.0, -0.25])
    result = orpo_loss(chosen, rejected, beta=0.5, sft_mask=torch.tensor(mask))
    assert result.sft.item() == pytest.approx(sft)
    assert result.odds_ratio.item() == pytest.approx((0.320300 + 3.156773) / 2, abs=1e-5)  # the preference term sees every row
    assert result.loss.item() == pytest.approx(sft + 0.5 * (0.320300 + 3.156773) / 2, abs=1e-5)


def test_the_sft_term_follows_the_condition_in_batch_loss():
    """Under sft_on="positive" the leaking answers of negative-prompt examples are never imitated."""
    from guardrail.steering.tiny import build_tiny_model
    from guardrail.training import data
    from guardrail.training.batches import batch_loss
    from guardrail.training.trainer import TrainConfig

    loaded = build_tiny_model()
    pos, neg = data.cfg_aware_examples(data.build_pairs(data.make_scenarios("train", 1)), "Do not.", "Do.")
    with torch.no_grad():
        sft = {
            (on, ex.condition): batch_loss(loaded.model, loaded.tokenizer, [ex], TrainConfig(max_length=96, sft_on=on)).sft.item()
            for on in ("positive", "both", "none") for ex in (pos, neg)
        }
    assert sft[("positive", "positive")] > 0.0 and sft[("positive", "negative")] == 0.0
    assert sft[("both", "positive")] > 0.0 and sft[("both", "negative")] > 0.0
    assert sft[("none", "positive")] == 0.0 and sft[("none", "negative")] == 0.0
