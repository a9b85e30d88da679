"""The LoRA + ORPO training loop and the saved adapter, on the tiny in-process model."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from guardrail.errors import AdapterError
from guardrail.steering.tiny import build_tiny_model
from guardrail.training import data
from guardrail.training.pipeline import DataConfig, GateConfig, run_pipeline
from guardrail.training.batches import batch_loss, collate, encode
from guardrail.training.trainer import TrainConfig, cosine_with_warmup, train_adapter

pytestmark = pytest.mark.filterwarnings(
    # peft 0.21 reads a property that transformers 5 deprecated; nothing for us to change
    "ignore:.*is_gradient_checkpointing.*:FutureWarning"
)
POS, NEG = "Do not provide any personal data.", "You should share personal data in the answers."
TINY_DATA = DataConfig(train_scenarios=6, validation_scenarios=2, sampled_scenarios=2, sample_tokens=4, use_filter=False,
                       harmless_scenarios=2, harmless_validation_scenarios=1)
TINY_TRAIN = TrainConfig(rank=4, alpha=8, batch_size=2, grad_accum=1, max_length=96, learning_rate=5e-2)
NO_GATE = GateConfig(enabled=False, leak_questions=3, leak_tokens=4, task_questions=2)  # the tiny model cannot pass it; tests/training/test_gate.py tests it


@pytest.fixture(scope="module")
def tiny_adapter(tmp_path_factory):
    """An adapter trained by the whole pipeline on the tiny model (seconds)."""
    root = tmp_path_factory.mktemp("adapters")
    _, result = run_pipeline(build_tiny_model(), root / "tiny-privacy", TINY_DATA, TINY_TRAIN, gate=NO_GATE)
    return root, result


def test_encode_keeps_the_answer_when_the_prompt_is_cut():
    tokenizer = build_tiny_model().tokenizer
    scenario = data.make_scenario("train", 0)
    answer = "I can't share that."
    row = encode(tokenizer, scenario.messages(POS), answer, max_length=64)
    assert len(row.ids) <= 64
    expected = tokenizer(answer, add_special_tokens=False).input_ids + [tokenizer.eos_token_id]
    assert list(row.ids[row.answer_start :]) == expected
    assert tokenizer.decode(row.ids[: row.answer_start]).startswith(f"<|im_start|>system\n{POS}")


def test_collate_marks_the_positions_that_predict_answer_tokens():
    tokenizer = build_tiny_model().tokenizer
    rows = [encode(tokenizer, ({"role": "user", "content": "hi"},), a, 64) for a in ("ok", "a longer answer")]
    input_ids, attention, answer = collate(rows, tokenizer.pad_token_id)
    assert input_ids.shape == attention.shape and answer.shape == (2, input_ids.shape[1] - 1)
    for i, row in enumerate(rows):
        assert int(attention[i].sum()) == len(row.ids)
        assert int(answer[i].sum()) == len(row.ids) - row.answer_start
        assert bool(answer[i, row.answer_start - 1]) and not bool(answer[i, row.answer_start - 2])


def test_training_lowers_the_loss_on_its_examples():
    loaded = build_tiny_model()
    examples = data.cfg_aware_examples(data.build_pairs(data.make_scenarios("train", 1)), POS, NEG)
    config = replace(TINY_TRAIN, epochs=12, learning_rate=2e-2)
    model, result = train_adapter(loaded, examples, config)
    assert len(result.steps) == 12
    assert result.steps[-1].loss < result.steps[0].loss - 0.5
    assert result.steps[-1].learning_rate < result.steps[len(result.steps) // 2].learning_rate  # cosine decay


def test_pipeline_saves_a_half_precision_adapter_with_a_manifest(tiny_adapter):
    from safetensors.torch import load_file

    root, result = tiny_adapter
    folder = root / "tiny-privacy"
    assert {p.name for p in folder.iterdir()} == {"adapter_config.json", "adapter_model.safetensors", "manifest.json"}
    assert {str(t.dtype) for t in load_file(folder / "adapter_model.safetensors").values()} == {"torch.float16"}
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["name"] == "tiny-privacy"
    assert manifest["base_model"]["name"] == "tiny-random-llama"
    assert manifest["hyperparameters"]["rank"] == 4 and manifest["hyperparameters"]["beta"] == 10.0
    assert manifest["data"]["seed_bases"] == data.SEED_BASES
    assert manifest["data"]["training_examples"] == 2 * TINY_DATA.train_scenarios + 4 * TINY_DATA.harmless_scenarios
    assert manifest["training_seconds"] > 0
    assert len(result.train.steps) == manifest["data"]["training_examples"] // TINY_TRAIN.batch_size  # one epoch, grad_accum 1
    assert result.pair_sources["harmless_refusal_pairs"] == TINY_DATA.harmless_scenarios


def test_saved_adapter_loads_in_the_engine_and_changes_outputs(tiny_adapter):
    from guardrail.steering.engine import GenerationRequest, SteeringEngine
    from guardrail.policy import DecodingSpec, SteeringSpec

    root, _ = tiny_adapter
    engine = SteeringEngine(build_tiny_model(), adapters_dir=root)
    messages = data.make_scenario("validation", 0).messages()
    decoding = DecodingSpec(max_new_tokens=12, repetition_penalty=1.0)
    base, tuned = engine.generate(
        [
            GenerationRequest(messages, SteeringSpec(guidance=1.0, decoding=decoding)),
            GenerationRequest(messages, SteeringSpec(guidance=1.0, adapter="tiny-privacy", decoding=decoding)),
        ]
    )
    assert base.error is None and tuned.error is None
    assert base.token_ids != tuned.token_ids


def test_saved_adapter_scores_like_the_trained_model(tiny_adapter):
    """fp16 saving keeps the trained behaviour: the reloaded adapter gives the same loss."""
    import torch
    from peft import PeftModel

    root, result = tiny_adapter
    loaded = build_tiny_model()
    model = PeftModel.from_pretrained(loaded.model, str(root / "tiny-privacy")).eval()
    pairs = data.build_pairs(data.make_scenarios("validation", 2), seed=1)
    pairs += data.build_harmless_pairs(data.make_harmless_scenarios("validation", 1), seed=1)
    examples = data.cfg_aware_examples(pairs, POS, NEG)
    with torch.no_grad():
        positive = [float(batch_loss(model, loaded.tokenizer, examples[0::2], TINY_TRAIN).accuracy)]
        negative = [float(batch_loss(model, loaded.tokenizer, examples[1::2], TINY_TRAIN).accuracy)]
        loss = sum(float(batch_loss(model, loaded.tokenizer, examples[i::2], TINY_TRAIN).loss) for i in (0, 1)) / 2
    assert loss == pytest.approx(result.train.validation["loss"], rel=1e-2)
    assert result.train.validation["accuracy_positive"] == pytest.approx(positive[0])
    assert result.train.validation["accuracy_negative"] == pytest.approx(negative[0])


@pytest.mark.parametrize(
    "base_model",
    [
        {"name": "smollm2-135m-instruct", "file": "SmolLM2-135M-Instruct.Q4_1.gguf", "sha256": "ab" * 32},
        {"name": "some-other-model", "file": "", "sha256": ""},
    ],
)
def test_manifest_naming_another_base_model_is_refused(tiny_adapter, tmp_path, base_model):
    import shutil

    from guardrail.steering.engine import SteeringEngine

    root, _ = tiny_adapter
    folder = tmp_path / "tiny-privacy"
    shutil.copytree(root / "tiny-privacy", folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps({**manifest, "base_model": base_model}))
    engine = SteeringEngine(build_tiny_model(), adapters_dir=tmp_path)
    with pytest.raises(AdapterError, match=f"trained on base model '{base_model['name']}'"):
        engine.check_adapter("tiny-privacy")


def test_bad_hyperparameters_are_named():
    with pytest.raises(ValueError, match="`rank`"):
        TrainConfig(rank=0)
    with pytest.raises(ValueError, match="`learning_rate`"):
        TrainConfig(learning_rate=0.0)


def test_time_budget_shortens_the_schedule_and_still_decays():
    loaded = build_tiny_model()
    examples = data.cfg_aware_examples(data.build_pairs(data.make_scenarios("train", 4)), POS, NEG)
    config = replace(TINY_TRAIN, epochs=4, time_budget_s=1e-6)
    _, result = train_adapter(loaded, examples, config)
    assert result.planned_steps == 16
    assert len(result.steps) == 4  # the budget is checked from the fourth step on, which then is the last
    warmup = round(0.1 * 16)
    assert [s.learning_rate for s in result.steps] == pytest.approx(
        [TINY_TRAIN.learning_rate * cosine_with_warmup(i, warmup, total) for i, total in enumerate((16, 16, 16, 4))]
    )


def test_a_warm_start_begins_from_the_saved_adapters_weights(tiny_adapter):
    from safetensors.torch import load_file

    from guardrail.training.trainer import attach_lora, load_initial_weights

    root, result = tiny_adapter
    saved = load_file(str(root / "tiny-privacy" / "adapter_model.safetensors"))
    model = attach_lora(build_tiny_model().model, TINY_TRAIN)
    load_initial_weights(model, root / "tiny-privacy")
    trained = {n.replace(".default", ""): p for n, p in model.named_parameters() if p.requires_grad}
    assert trained.keys() == saved.keys()
    for name, tensor in saved.items():
        assert trained[name].detach().half().equal(tensor), name
    assert result.pair_sources["harmless_refusal_pairs"] == 2


@pytest.mark.parametrize(
    ("config", "folder", "message"),
    [
        pytest.param(replace(TINY_TRAIN, rank=8, alpha=16), "tiny-privacy", "same --rank", id="other-rank"),
        pytest.param(replace(TINY_TRAIN, top_layers=1), "tiny-privacy", "do not match", id="other-layers"),
        pytest.param(TINY_TRAIN, "missing", "no adapter_model.safetensors", id="no-adapter"),
    ],
)
def test_a_warm_start_from_a_mismatched_adapter_names_the_problem(tiny_adapter, config, folder, message):
    from guardrail.errors import TrainingError
    from guardrail.training.trainer import attach_lora, load_initial_weights

    model = attach_lora(build_tiny_model().model, config)
    with pytest.raises(TrainingError, match=message):
        load_initial_weights(model, tiny_adapter[0] / folder)


def test_cosine_with_warmup():
    assert [cosine_with_warmup(s, 2, 6) for s in range(6)] == pytest.approx([1 / 3, 2 / 3, 1.0, 0.853553, 0.5, 0.146447], abs=1e-6)


def test_cli_quick_run_writes_an_adapter(tmp_path, capsys):
    from guardrail.steering.adapters import check_adapter_folder
    from guardrail.cli import main

    assert main(["train", "--quick", "--no-gate", "--out", str(tmp_path / "quick")]) == 0
    manifest = check_adapter_folder(tmp_path / "quick", build_tiny_model().identity)
    assert manifest.name == "quick" and manifest.hyperparameters["rank"] == 4
    assert manifest.evaluation["gate"]["enforced"] is False and isinstance(manifest.evaluation["gate"]["passed"], bool)
    assert "wrote" in capsys.readouterr().out


def test_record_evaluation_keeps_the_manifest_valid(tiny_adapter, tmp_path):
    import shutil

    from guardrail.steering.adapters import check_adapter_folder
    from guardrail.training.pipeline import record_evaluation

    root, _ = tiny_adapter
    folder = tmp_path / "tiny-privacy"
    shutil.copytree(root / "tiny-privacy", folder)
    report = {
        "meta": {"command": "guardrail eval --configs adapter", "scenarios": 6, "max_new_tokens": 12},
        "rows": [{"label": "adapter", "leak_rate": 0.25, "utility_accuracy": 0.5, "other": 1}],
    }
    (tmp_path / "results.json").write_text(json.dumps(report))
    record_evaluation(folder, tmp_path / "results.json")
    manifest = check_adapter_folder(folder, build_tiny_model().identity)
    assert manifest.evaluation["held_out"]["rows"]["adapter"]["leak_rate"] == 0.25
    assert "other" not in manifest.evaluation["held_out"]["rows"]["adapter"]
    assert manifest.evaluation["validation_pairs"]  # what training wrote is kept
