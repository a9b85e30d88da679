"""Adapter folders: the manifest check, and how the engine loads and keeps adapters."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch

from guardrail.steering.adapters import AdapterManifest, adapter_folder, available_adapters, check_adapter_folder, write_manifest
from guardrail.steering.engine import GenerationRequest, SteeringEngine
from guardrail.errors import AdapterError
from guardrail.steering.models import ModelIdentity
from guardrail.policy import DecodingSpec, SteeringSpec

SHA_A, SHA_B = "a" * 64, "b" * 64


@pytest.fixture
def alpha(tmp_path: Path, tiny_adapters_dir: Path) -> Path:
    """A private copy of the "alpha" adapter folder that a test may break."""
    return Path(shutil.copytree(tiny_adapters_dir / "alpha", tmp_path / "alpha"))


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text())


def _rewrite(folder: Path, **changes) -> None:
    manifest = _manifest(folder) | changes
    (folder / "manifest.json").write_text(json.dumps(manifest))


def test_a_good_folder_gives_its_manifest(alpha, tiny_model):
    manifest = check_adapter_folder(alpha, tiny_model.identity)
    assert isinstance(manifest, AdapterManifest)
    assert manifest.name == "alpha" and manifest.format == 1 and manifest.folder == alpha
    assert manifest.base_model.name == tiny_model.identity.name
    assert manifest.data["seed"] == 1 and manifest.created


def test_a_missing_folder_names_the_available_ones(tiny_adapters_dir, tiny_model):
    with pytest.raises(AdapterError, match=r"does not exist.*\['alpha', 'beta'\].*guardrail train"):
        check_adapter_folder(tiny_adapters_dir / "gamma", tiny_model.identity)


@pytest.mark.parametrize("missing", ["adapter_config.json", "adapter_model.safetensors", "manifest.json"])
def test_missing_files_are_named(alpha, tiny_model, missing):
    (alpha / missing).unlink()
    with pytest.raises(AdapterError, match=f"lacks {missing}"):
        check_adapter_folder(alpha, tiny_model.identity)


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ({"format": 2}, "field `format`"),
        ({"base_model": {"file": "x"}}, "field `base_model.name`"),
        ({"base_model": {"name": "m", "sha256": "not-hex"}}, "field `base_model.sha256`"),
        ({"name": ""}, "field `name`"),
    ],
)
def test_an_invalid_manifest_names_the_field(alpha, tiny_model, change, match):
    _rewrite(alpha, **change)
    with pytest.raises(AdapterError, match=match):
        check_adapter_folder(alpha, tiny_model.identity)


def test_a_manifest_that_is_not_json_is_refused(alpha, tiny_model):
    (alpha / "manifest.json").write_text("{not json")
    with pytest.raises(AdapterError, match="not a valid adapter manifest"):
        check_adapter_folder(alpha, tiny_model.identity)


def test_the_base_model_is_compared_by_sha256_when_both_have_one(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    for name in ("adapter_config.json", "adapter_model.safetensors"):
        (folder / name).write_text("{}")
    write_manifest(folder, "a", ModelIdentity("smollm2-135m-instruct", "f.gguf", SHA_A))
    assert check_adapter_folder(folder, ModelIdentity("renamed", "g.gguf", SHA_A)).base_model.sha256 == SHA_A
    with pytest.raises(AdapterError, match=r"trained on base model 'smollm2-135m-instruct' \(sha256 a+\).*re-train"):
        check_adapter_folder(folder, ModelIdentity("smollm2-135m-instruct", "f.gguf", SHA_B))


def test_the_base_model_is_compared_by_name_when_a_sha256_is_empty(alpha, tiny_model):
    _rewrite(alpha, base_model={"name": "another-tiny", "file": "", "sha256": ""})
    with pytest.raises(AdapterError, match="another-tiny"):
        check_adapter_folder(alpha, tiny_model.identity)


@pytest.mark.parametrize("name", ["../alpha", "a/b", "", ".hidden"])
def test_adapter_names_cannot_leave_the_adapters_dir(tiny_adapters_dir, name):
    with pytest.raises(AdapterError, match="not a folder name"):
        adapter_folder(tiny_adapters_dir, name)


def test_no_adapters_dir_is_an_adapter_error():
    with pytest.raises(AdapterError, match="no adapters directory"):
        adapter_folder(None, "alpha")
    assert available_adapters(None) == []


def test_the_engine_checks_without_loading(fresh_tiny_model, tiny_adapters_dir):
    engine = SteeringEngine(fresh_tiny_model, tiny_adapters_dir)
    engine.check_adapter("alpha")
    with pytest.raises(AdapterError, match="does not exist"):
        engine.check_adapter("gamma")
    assert engine.resident_adapters == []


def _forward(model, ids):
    with torch.inference_mode():
        return model(input_ids=ids).logits


def test_adapters_load_once_stay_resident_and_leave_the_base_model_as_it_was(
    fresh_tiny_model, tiny_adapters_dir, monkeypatch
):
    from guardrail.steering import lora

    ids = torch.tensor([[5, 6, 7, 8]])
    before = _forward(fresh_tiny_model.model, ids)
    base_params = sum(p.numel() for p in fresh_tiny_model.model.parameters())
    engine = SteeringEngine(fresh_tiny_model, tiny_adapters_dir)
    loads = []
    original = lora.read_adapter
    monkeypatch.setattr(lora, "read_adapter", lambda folder: loads.append(folder) or original(folder))

    req = {name: GenerationRequest("Hi", SteeringSpec(guidance=1.0, adapter=name, decoding=DecodingSpec(max_new_tokens=3))) for name in ("alpha", "beta")}
    for _ in range(3):
        engine.generate([req["alpha"], req["beta"]])
    assert engine.resident_adapters == ["alpha", "beta"]
    assert sorted(Path(p).name for p in loads) == ["alpha", "beta"]  # once each, over three batches

    # No adapter is globally active: outside the engine's forward the model computes the plain base.
    torch.testing.assert_close(_forward(fresh_tiny_model.model, ids), before, rtol=0, atol=0)
    # Resident adapters cost only their own LoRA matrices (stacked), no parameters.
    assert sum(p.numel() for p in fresh_tiny_model.model.parameters()) == base_params
    stacked = sum(layer.a.numel() + layer.b.numel() for layer in engine._bank.layers.values())
    read = [original(tiny_adapters_dir / name) for name in ("alpha", "beta")]
    on_disk = sum(t.numel() for w in read for t in (*w.a.values(), *w.b.values()))
    assert stacked == on_disk and 0 < stacked < base_params // 5


def test_a_folder_peft_cannot_load_is_an_adapter_error(fresh_tiny_model, alpha):
    (alpha / "adapter_model.safetensors").write_bytes(b"garbage")
    engine = SteeringEngine(fresh_tiny_model, alpha.parent)
    (result,) = engine.generate([GenerationRequest("Hi", SteeringSpec(guidance=1.0, adapter="alpha"))])
    assert isinstance(result.error, AdapterError) and "could not be loaded by peft" in str(result.error)
    assert engine.resident_adapters == []
