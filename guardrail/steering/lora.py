"""Gathered multi-LoRA serving: every resident adapter in every adapted layer, one pass per step.

peft loads and trains adapters; serving does not go through peft's per-row path (which walks
all modules, registers hooks and loops over adapters with index lists in each layer on every
forward). Instead `LoRABank` keeps, for each adapted linear layer, every resident adapter's
matrices stacked side by side (the stacked layout of vLLM's BGMV op): `a` of shape
`(in_features, total_rank)` and `b` of shape `(total_rank, out_features)`, adapter `s` owning
the columns `[offset_s, offset_s + rank_s)`. Each forward, one per-row mask of shape
`(rows, 1, total_rank)` is 1 on the row's adapter's columns and 0 elsewhere; a base-model row
(slot 0) is all zeros. Each adapter's LoRA scaling (`lora_alpha / rank`) is folded into its `b`. Each adapted layer then computes

    y = base(x) + ((x @ a) * mask) @ b

two dense matmuls for all rows and adapters at once. Gathering each row's own `a` and `b`
(BGMV proper) copies `rows x rank x (in + out)` weights per layer and step, which measured
~5x more expensive on CPU than these dense matmuls with a few resident adapters.
Dropout is off (serving is inference). An adapter loaded while a decode runs takes new
columns; the columns of resident adapters do not move, so rows already decoding are unaffected.

This module imports torch: the engine imports it when the first adapter loads.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from guardrail.errors import AdapterError

_PREFIX = "base_model.model."
_UNSUPPORTED = {  # adapter_config.json settings the gathered forward does not implement
    "use_dora": False,
    "fan_in_fan_out": False,
    "bias": "none",
    "lora_bias": False,
    "modules_to_save": None,
    "layer_replication": None,
    "alpha_pattern": {},
    "target_parameters": None,
    "trainable_token_indices": None,
    "alora_invocation_tokens": None,
}


@dataclass(frozen=True)
class AdapterWeights:
    """One adapter's LoRA matrices, by the adapted module's name in the base model.

    `a[name]` has shape `(rank, in_features)`, `b[name]` `(out_features, rank)` (peft's
    `lora_A.weight` / `lora_B.weight`); `scaling[name]` is `lora_alpha / rank`
    (`/ sqrt(rank)` with rsLoRA).
    """

    a: dict[str, Any]
    b: dict[str, Any]
    scaling: dict[str, float]

    @property
    def rank(self) -> int:
        """The widest rank over the adapter's modules."""
        return max(int(t.shape[0]) for t in self.a.values())


def read_adapter(folder: Path) -> AdapterWeights:
    """Read an adapter folder with peft's loader.

    Raises:
        AdapterError: the folder cannot be read, or it uses a peft feature the gathered
            forward does not implement (DoRA, biases, modules_to_save, ...).
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # peft's loader warns about hub settings we never use
            from peft import LoraConfig
            from peft.utils import load_peft_weights

            config = LoraConfig.from_pretrained(str(folder))
            state = load_peft_weights(str(folder), device="cpu")
    except Exception as exc:  # peft raises many types for a bad folder
        raise AdapterError(
            f"adapter {folder} could not be loaded by peft ({type(exc).__name__}: {exc}); "
            "re-save it with peft's save_pretrained for this base model"
        ) from exc
    for key, allowed in _UNSUPPORTED.items():
        value = getattr(config, key, allowed)
        if value not in (allowed, None, {}, False) or (allowed == "none" and value != "none"):
            raise AdapterError(
                f"adapter {folder} sets `{key}` = {value!r}, which the engine's gathered LoRA forward does not "
                "implement; retrain it as a plain LoRA (no DoRA, biases or extra modules)"
            )
    a, b = {}, {}
    for key, tensor in state.items():
        for part, out in ((".lora_A.weight", a), (".lora_B.weight", b)):
            if key.endswith(part):
                out[key.removeprefix(_PREFIX).removesuffix(part)] = tensor
                break
        else:
            raise AdapterError(f"adapter {folder} holds the weight {key!r}, which is not a LoRA A/B matrix; retrain it as a plain LoRA")
    if not a or a.keys() != b.keys():
        raise AdapterError(f"adapter {folder} has no matching lora_A/lora_B pairs; re-save it with peft")
    root = math.sqrt if config.use_rslora else (lambda r: r)
    scaling = {name: config.lora_alpha / root(int(t.shape[0])) for name, t in a.items()}
    return AdapterWeights(a, b, scaling)


class LoRABank:
    """The resident adapters of one base model, installed into its linear layers.

    Args:
        model: the base model (a torch `nn.Module`); its adapted `nn.Linear` layers are
            replaced by `GatheredLinear` wrappers, which compute the plain base layer while
            no row selects an adapter.
    """

    def __init__(self, model: Any) -> None:
        self.model = model
        self.names: list[str] = []  # slot s + 1 holds names[s]; slot 0 is the base model
        self.offsets: list[tuple[int, int]] = []  # each adapter's columns [start, end)
        self.layers: dict[str, GatheredLinear] = {}
        self.mask: torch.Tensor | None = None  # (rows, 1, total_rank), set by `select`

    @property
    def width(self) -> int:
        """Total stacked rank over the resident adapters."""
        return self.offsets[-1][1] if self.offsets else 0

    def load(self, name: str, weights: AdapterWeights) -> None:
        """Make `name` resident: stack its matrices onto every adapted layer.

        Raises:
            AdapterError: a module it adapts is not a linear layer of the base model, or
                its shapes do not fit.
        """
        modules = dict(self.model.named_modules())
        for module_name, a in weights.a.items():
            module = self.layers.get(module_name) or modules.get(module_name)
            base = module.base if isinstance(module, GatheredLinear) else module
            b = weights.b[module_name]
            if not isinstance(base, torch.nn.Linear) or a.shape[1] != base.in_features or b.shape[0] != base.out_features:
                raise AdapterError(
                    f"adapter {name!r} adapts {module_name!r}, which is not a matching linear layer of the base model; "
                    "use an adapter trained on this base model"
                )
        start, rank = self.width, weights.rank
        for module_name in weights.a:
            if module_name not in self.layers:
                self._wrap(module_name, modules)
        for module_name, layer in self.layers.items():
            layer.append(weights.a.get(module_name), weights.b.get(module_name), weights.scaling.get(module_name, 0.0), rank)
        self.names.append(name)
        self.offsets.append((start, start + rank))

    @contextmanager
    def rows(self, adapters: Sequence[str | None], device: Any) -> Iterator[None]:
        """Run the forwards inside the block with one adapter per row (None: the base model).

        Outside the block the model computes the plain base model again.
        """
        self.select(adapters, device)
        try:
            yield
        finally:
            self.mask = None

    def select(self, adapters: Sequence[str | None], device: Any) -> None:
        """Set the rows' adapters for the forwards that follow (prefer `rows`)."""
        if not any(adapters) or not self.names:
            self.mask = None
            return
        dtype = next(iter(self.layers.values())).a.dtype
        mask = torch.zeros(len(adapters), 1, self.width, dtype=dtype)
        for row, name in enumerate(adapters):
            if name is not None:
                slot = self.names.index(name)
                start, end = self.offsets[slot]
                mask[row, 0, start:end] = 1.0
        self.mask = mask.to(device)

    def _wrap(self, module_name: str, modules: dict[str, Any]) -> None:
        parent_name, _, child = module_name.rpartition(".")
        parent = modules[parent_name] if parent_name else self.model
        layer = GatheredLinear(getattr(parent, child), self, self.width)
        setattr(parent, child, layer)
        self.layers[module_name] = layer


class GatheredLinear(torch.nn.Module):
    """A base `nn.Linear` plus the stacked LoRA matrices of every resident adapter."""

    def __init__(self, base: torch.nn.Linear, bank: LoRABank, width: int) -> None:
        super().__init__()
        self.base = base
        self._bank = [bank]  # a list, so the bank is not registered as a sub-module
        weight = base.weight
        self.register_buffer("a", torch.zeros(base.in_features, width, dtype=weight.dtype, device=weight.device), persistent=False)
        self.register_buffer("b", torch.zeros(width, base.out_features, dtype=weight.dtype, device=weight.device), persistent=False)

    def append(self, a: torch.Tensor | None, b: torch.Tensor | None, scaling: float, width: int) -> None:
        """Stack one adapter's matrices (zeros where it does not adapt this layer).

        Args:
            a: `(rank, in_features)` or None; `rank <= width`.
            b: `(out_features, rank)` or None.
            scaling: the adapter's LoRA scaling for this layer, folded into `b`.
            width: the columns the adapter owns in every layer.
        """
        new_a = self.a.new_zeros(self.base.in_features, width)
        new_b = self.b.new_zeros(width, self.base.out_features)
        if a is not None and b is not None:
            new_a[:, : a.shape[0]] = a.t().to(new_a)
            new_b[: b.shape[1]] = b.t().to(new_b) * scaling
        self.a = torch.cat([self.a, new_a], dim=1)
        self.b = torch.cat([self.b, new_b], dim=0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """`x` of shape `(rows, seq, in_features)` -> `(rows, seq, out_features)`."""
        y = self.base(x)
        mask = self._bank[0].mask
        if mask is None:
            return y
        return y + ((x @ self.a) * mask) @ self.b
