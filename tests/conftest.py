"""Shared test fixtures.

- `tiny_model`: the in-process tiny random chat model (`guardrail.steering.tiny`), built once per
  session. Treat it as read-only: an engine that loads adapters installs its LoRA bank into
  the model's linear layers, so tests that load adapters should build their own with
  `fresh_tiny_model`.
- `save_tiny_adapter(loaded, folder, name, seed)`: save a random LoRA for a tiny model as an
  adapter folder with a manifest (the contract of `guardrail.steering.adapters`).
- `tiny_adapters_dir`: a session-wide adapters folder holding "alpha" and "beta", two
  different random adapters for the tiny model.
- `tiny_forward`: the `RowBatch` forward function over `tiny_model` (no adapters), for tests
  that drive `RowBatch` and the decoding loop without an engine.
- `real_guard`: a real `Guardrail` (the tiny model's engine, the real Presidio filter, the
  quick test policies), one per test module.
"""

from __future__ import annotations

import copy
import warnings
from pathlib import Path

import pytest

from guardrail.steering.models import LoadedModel

TINY_ADAPTERS = ("alpha", "beta")


def save_tiny_adapter(loaded: LoadedModel, folder: Path, name: str, seed: int = 0, rank: int = 4) -> Path:
    """Save a random LoRA (non-zero B, so it changes outputs) for `loaded` under `folder/name`.

    The base model is deep-copied first, so `loaded` itself is never wrapped by peft.

    Returns:
        The adapter's folder.
    """
    import torch
    from peft import LoraConfig, get_peft_model

    from guardrail.steering.adapters import write_manifest

    config = LoraConfig(
        r=rank,
        lora_alpha=2 * rank,
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        init_lora_weights=False,
    )
    with torch.random.fork_rng(), warnings.catch_warnings():
        # peft 0.21 reads `is_gradient_checkpointing`, which transformers 5 deprecated
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        torch.manual_seed(seed)
        peft_model = get_peft_model(copy.deepcopy(loaded.model), config)
    target = Path(folder) / name
    peft_model.save_pretrained(target)
    write_manifest(target, name, loaded.identity, data={"kind": "random test adapter", "seed": seed})
    return target


@pytest.fixture(scope="session")
def tiny_model() -> LoadedModel:
    """The tiny random chat model, shared by the whole session (do not wrap it with peft)."""
    from guardrail.steering.tiny import build_tiny_model

    return build_tiny_model()


@pytest.fixture
def fresh_tiny_model(tiny_model: LoadedModel) -> LoadedModel:
    """A private copy of `tiny_model` (same weights) that a test may wrap with adapters."""
    return LoadedModel(
        model=copy.deepcopy(tiny_model.model),
        tokenizer=tiny_model.tokenizer,
        identity=tiny_model.identity,
        device=tiny_model.device,
    )


@pytest.fixture(scope="session")
def tiny_adapters_dir(tmp_path_factory: pytest.TempPathFactory, tiny_model: LoadedModel) -> Path:
    """An adapters folder with two random adapters for `tiny_model`: "alpha" and "beta"."""
    folder = tmp_path_factory.mktemp("adapters")
    for seed, name in enumerate(TINY_ADAPTERS, start=1):
        save_tiny_adapter(tiny_model, folder, name, seed=seed)
    return folder


@pytest.fixture(scope="session")
def tiny_forward(tiny_model: LoadedModel):
    """`guardrail.steering.batch.Forward` over `tiny_model` (no adapters): last-position logits."""

    from guardrail.steering.models import cache_argument

    name = cache_argument(tiny_model.model)  # the keyword this transformers version takes the cache by

    def forward(input_ids, mask, positions, cache, _adapters):
        out = tiny_model.model(input_ids=input_ids, attention_mask=mask, position_ids=positions, use_cache=True, **{name: cache})
        return out.logits[:, -1, :]

    return forward


@pytest.fixture(scope="module")
def real_guard(tmp_path_factory: pytest.TempPathFactory, tiny_model: LoadedModel):
    """A real `Guardrail`: the tiny model's engine, the real Presidio filter, the quick test policies."""
    from guard_fakes import quick_policies, shared_output_filter

    from guardrail import Guardrail, PolicyStore
    from guardrail.steering.engine import SteeringEngine

    store = PolicyStore.from_dir(quick_policies(tmp_path_factory.mktemp("policies")), adapters_dir=None)
    guard = Guardrail(store, engine=SteeringEngine(tiny_model), output_filter=shared_output_filter())
    yield guard
    guard.close()
