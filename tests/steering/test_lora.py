"""The gathered multi-LoRA forward equals peft's mixed-batch forward, row for row."""

from __future__ import annotations

import copy
import json
import threading
import time
import warnings

import pytest
import torch

from guardrail.errors import AdapterError
from guardrail.policy import DecodingSpec, SteeringSpec
from guardrail.steering.engine import GenerationRequest, SteeringEngine
from guardrail.steering.lora import LoRABank, read_adapter
from guardrail.steering.models import LoadedModel
from tests.conftest import save_tiny_adapter

IDS = torch.tensor([[3, 17, 40, 41, 9, 12], [0, 0, 5, 6, 7, 8], [11, 12, 13, 14, 15, 16], [0, 30, 31, 32, 33, 34]])
MASK = (IDS != 0).long()


@pytest.fixture(scope="module")
def adapters(tmp_path_factory, tiny_model: LoadedModel):
    """alpha, beta (rank 4, every projection), gamma (rank 2, attention q/v only)."""
    import peft

    folder = tmp_path_factory.mktemp("lora-adapters")
    save_tiny_adapter(tiny_model, folder, "alpha", seed=1)
    save_tiny_adapter(tiny_model, folder, "beta", seed=2)
    config = peft.LoraConfig(r=2, lora_alpha=6, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    with torch.random.fork_rng(), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        torch.manual_seed(3)
        peft.get_peft_model(copy.deepcopy(tiny_model.model), config).save_pretrained(folder / "gamma")
    from guardrail.steering.adapters import write_manifest

    write_manifest(folder / "gamma", "gamma", tiny_model.identity)
    return folder


def _peft_model(tiny_model: LoadedModel, folder):
    from peft import PeftModel

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        model = PeftModel.from_pretrained(copy.deepcopy(tiny_model.model), str(folder / "alpha"), adapter_name="alpha")
        for name in ("beta", "gamma"):
            model.load_adapter(str(folder / name), adapter_name=name)
    return model.eval()


def _bank_model(tiny_model: LoadedModel, folder):
    model = copy.deepcopy(tiny_model.model)
    bank = LoRABank(model)
    for name in ("alpha", "beta", "gamma"):
        bank.load(name, read_adapter(folder / name))
    return model, bank


# (name, one adapter per row of IDS; None = the base model)
MIXES = [
    ("all_base", [None, None, None, None]),
    ("one_adapter_everywhere", ["alpha", "alpha", "alpha", "alpha"]),
    ("three_adapters_and_base", ["alpha", None, "beta", "gamma"]),
    ("base_between", ["gamma", None, None, "beta"]),
    ("two_ranks_alternating", ["gamma", "alpha", "gamma", "alpha"]),
]


@pytest.mark.parametrize(("name", "rows"), MIXES, ids=[m[0] for m in MIXES])
def test_gathered_forward_equals_peft_mixed_batch(tiny_model, adapters, name, rows):
    reference = _peft_model(tiny_model, adapters)
    model, bank = _bank_model(tiny_model, adapters)
    with torch.inference_mode():
        expected = reference(input_ids=IDS, attention_mask=MASK, adapter_names=[r or "__base__" for r in rows]).logits
        with bank.rows(rows, "cpu"):
            got = model(input_ids=IDS, attention_mask=MASK).logits
    assert bank.mask is None
    # Both sides sum the same products in a different order, so float32 rounding grows with the
    # logits' scale (~15 with this tiny model's wide initialisation): the tolerance is 1e-5 of it.
    scale = expected.abs().max().item()
    torch.testing.assert_close(got, expected, rtol=1e-5, atol=1e-5 * scale)
    assert torch.equal(got.argmax(-1), expected.argmax(-1))


def test_adapters_differ_so_the_equality_means_something(tiny_model, adapters):
    model, bank = _bank_model(tiny_model, adapters)
    outputs = []
    with torch.inference_mode():
        for name in (None, "alpha", "beta", "gamma"):
            with bank.rows([name] * 4, "cpu"):
                outputs.append(model(input_ids=IDS, attention_mask=MASK).logits)
    for i in range(4):
        for j in range(i + 1, 4):
            assert (outputs[i] - outputs[j]).abs().max() > 1e-3


@pytest.mark.parametrize("adapter", ["alpha", "gamma"])
def test_engine_greedy_tokens_equal_peft_generate(tiny_model, adapters, adapter):
    engine = SteeringEngine(LoadedModel(copy.deepcopy(tiny_model.model), tiny_model.tokenizer, tiny_model.identity, "cpu"), adapters)
    request = GenerationRequest("What is the email of John Smith?", SteeringSpec(guidance=1.0, adapter=adapter, decoding=DecodingSpec(max_new_tokens=16, repetition_penalty=1.0)))
    (ids,) = engine.encode(request)
    reference = _peft_model(tiny_model, adapters)
    with torch.inference_mode():
        expected = reference.generate(
            input_ids=torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
            max_new_tokens=16, do_sample=False, adapter_names=[adapter],
        )[0, len(ids):]
    assert engine.generate([request])[0].token_ids == tuple(expected.tolist())


def test_loading_more_adapters_leaves_the_resident_ones_alone(tiny_model, adapters):
    """Loading takes new columns; rows of the adapters already resident compute what they did."""
    model, bank = _bank_model(tiny_model, adapters)
    fresh = copy.deepcopy(tiny_model.model)
    only = LoRABank(fresh)
    only.load("alpha", read_adapter(adapters / "alpha"))
    with torch.inference_mode():
        with bank.rows(["alpha", None, "alpha", None], "cpu"):
            grown = model(input_ids=IDS).logits
        with only.rows(["alpha", None, "alpha", None], "cpu"):
            alone = fresh(input_ids=IDS).logits
    torch.testing.assert_close(grown, alone, rtol=1e-5, atol=1e-5)
    assert torch.equal(grown.argmax(-1), alone.argmax(-1))


def test_an_adapter_loaded_while_a_decode_runs(tiny_model, adapters):
    engine = SteeringEngine(LoadedModel(copy.deepcopy(tiny_model.model), tiny_model.tokenizer, tiny_model.identity, "cpu"), adapters)
    spec = DecodingSpec(max_new_tokens=40, repetition_penalty=1.0)
    long = GenerationRequest("Summarise the ticket, please.", SteeringSpec(guidance=3.0, adapter="alpha", decoding=spec))
    late = GenerationRequest("Hi", SteeringSpec(guidance=2.0, adapter="gamma", negative_adapter="beta", decoding=spec))
    expected_long, expected_late = (engine.generate([r])[0].text for r in (long, late))
    engine = SteeringEngine(LoadedModel(copy.deepcopy(tiny_model.model), tiny_model.tokenizer, tiny_model.identity, "cpu"), adapters)
    late_result = []
    submitter = threading.Thread(target=lambda: late_result.extend(engine.generate([late])))

    def on_text(_i: int, _piece: str) -> None:
        if not submitter.is_alive() and not late_result:  # first piece: hold the decode until `late` is queued
            assert engine.resident_adapters == ["alpha"]
            submitter.start()
            while not engine.waiting:
                time.sleep(0.001)

    (got_long,) = engine.generate([long], on_text=on_text)
    submitter.join(60)
    assert got_long.text == expected_long and late_result[0].text == expected_late
    assert engine.resident_adapters == ["alpha", "beta", "gamma"] and engine.admitted == 1


@pytest.mark.parametrize(
    ("setting", "value"),
    [("use_dora", True), ("bias", "all"), ("modules_to_save", ["lm_head"]), ("alpha_pattern", {"q_proj": 3})],
)
def test_peft_features_the_gathered_forward_lacks_are_refused(adapters, tmp_path, setting, value):
    import shutil

    folder = tmp_path / "odd"
    shutil.copytree(adapters / "gamma", folder)
    config = json.loads((folder / "adapter_config.json").read_text())
    config[setting] = value
    (folder / "adapter_config.json").write_text(json.dumps(config))
    with pytest.raises(AdapterError, match=setting):
        read_adapter(folder)
