"""Checkpoints: a run stopped part-way and resumed ends where an uninterrupted run ends;
a checkpoint of another run is refused (tiny in-process model)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from guardrail.errors import TrainingError
from guardrail.steering.tiny import build_tiny_model
from guardrail.training import checkpoint, data
from guardrail.training.pipeline import DataConfig, GateConfig, run_pipeline
from guardrail.training.trainer import TrainConfig, condition_units, train_adapter

pytestmark = pytest.mark.filterwarnings("ignore:.*is_gradient_checkpointing.*:FutureWarning")
POS, NEG = "Do not provide any personal data.", "You should share personal data in the answers."
CONFIG = TrainConfig(rank=4, alpha=8, batch_size=2, grad_accum=1, max_length=96, learning_rate=2e-2, epochs=2)


class Stop(Exception):
    pass


def _examples(n: int = 3):
    return data.cfg_aware_examples(data.build_pairs(data.make_scenarios("train", n)), POS, NEG)


def _lora(model):
    return {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}


def test_a_resumed_run_ends_where_an_uninterrupted_one_ends(tmp_path):
    import torch

    examples = _examples()
    full, whole = train_adapter(build_tiny_model(), examples, CONFIG)

    def stop_at_step_4(log):
        if log.step == 4:
            raise Stop

    with pytest.raises(Stop):
        train_adapter(build_tiny_model(), examples, CONFIG, on_step=stop_at_step_4, checkpoint_dir=tmp_path, checkpoint_every=1)
    resumed, result = train_adapter(build_tiny_model(), examples, CONFIG, checkpoint_dir=tmp_path, checkpoint_every=1)
    assert [s.step for s in result.steps] == [s.step for s in whole.steps]  # steps 1-3 from the checkpoint, 4-6 run again
    assert [s.loss for s in result.steps] == pytest.approx([s.loss for s in whole.steps], rel=1e-4)
    expected, got = _lora(full), _lora(resumed)
    assert expected.keys() == got.keys()
    for name in expected:
        torch.testing.assert_close(got[name], expected[name], rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize(
    "change",
    [pytest.param({"learning_rate": 1e-2}, id="other-hyperparameters"), pytest.param({"examples": 2}, id="other-examples")],
)
def test_a_checkpoint_of_another_run_is_refused(tmp_path, change):
    train_adapter(build_tiny_model(), _examples(), replace(CONFIG, epochs=1), checkpoint_dir=tmp_path)
    examples = _examples(change.pop("examples", 3))
    with pytest.raises(TrainingError, match="other hyperparameters or data"):
        train_adapter(build_tiny_model(), examples, replace(CONFIG, epochs=1, **change), checkpoint_dir=tmp_path)


def test_the_pipeline_reuses_saved_examples_only_when_told_to_resume(tmp_path):
    tiny = DataConfig(train_scenarios=2, validation_scenarios=1, sampled_scenarios=0, use_filter=False, harmless_scenarios=0,
                      harmless_validation_scenarios=0)
    gate = GateConfig(enabled=False, leak_questions=2, leak_tokens=2)
    _, first = run_pipeline(build_tiny_model(), tmp_path / "a", tiny, replace(CONFIG, epochs=1), checkpoint_dir=tmp_path / "ck", gate=gate)
    saved = checkpoint.load_examples(tmp_path / "ck")
    assert saved is not None and len(saved[0]) == 4 and len(saved[1]) == 2
    with pytest.raises(TrainingError, match="--resume"):
        run_pipeline(build_tiny_model(), tmp_path / "b", tiny, replace(CONFIG, epochs=1), checkpoint_dir=tmp_path / "ck", gate=gate)
    other = replace(tiny, train_scenarios=5)  # ignored: the saved examples are reused
    _, result = run_pipeline(build_tiny_model(), tmp_path / "b", other, replace(CONFIG, epochs=1),
                             checkpoint_dir=tmp_path / "ck", gate=gate, resume=True)
    assert result.train.steps == first.train.steps  # the saved state had finished the schedule: nothing re-run
    assert (tmp_path / "b" / "manifest.json").is_file()


def test_condition_units_keep_each_pairs_two_prompts_together():
    examples = _examples(3)
    units = condition_units(examples)
    assert [[e.condition for e in u] for u in units] == [["positive", "negative"]] * 3
    assert condition_units(examples[1:])[0] == [examples[1]]  # a lone negative example stays alone
