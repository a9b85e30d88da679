"""Saving a trained adapter folder: peft files in half precision plus `manifest.json`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from guardrail.steering.adapters import check_adapter_folder, write_manifest
from guardrail.steering.models import LoadedModel


def save_adapter(model: Any, loaded: LoadedModel, out_dir: str | Path, manifest: Mapping[str, Any], dtype: str = "float16") -> Path:
    """Write the adapter in peft's format with `dtype` weights, plus `manifest.json`.

    Args:
        model: the peft model returned by `train_adapter`.
        loaded: the base model (its identity goes into the manifest).
        out_dir: the adapter folder; its name is the adapter's name.
        manifest: the manifest's "data", "hyperparameters", "training_seconds" and
            "evaluation"; name, format, base_model and created are filled in by
            `guardrail.steering.adapters.write_manifest`.
        dtype: "float16" or "bfloat16".
    """
    import torch
    from safetensors.torch import load_file, save_file

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    weights = out / "adapter_model.safetensors"
    tensors = {k: v.to(getattr(torch, dtype)).contiguous() for k, v in load_file(weights).items()}
    save_file(tensors, weights, metadata={"format": "pt"})
    config_path = out / "adapter_config.json"
    adapter_config = json.loads(config_path.read_text())
    adapter_config["base_model_name_or_path"] = loaded.identity.name  # not a local path of this machine
    config_path.write_text(json.dumps(adapter_config, indent=2, sort_keys=True) + "\n")
    (out / "README.md").unlink(missing_ok=True)  # peft's empty model card; the manifest says more
    write_manifest(
        out,
        out.name,
        loaded.identity,
        data=manifest.get("data"),
        hyperparameters=manifest.get("hyperparameters"),
        training_seconds=manifest.get("training_seconds"),
        evaluation=manifest.get("evaluation"),
    )
    check_adapter_folder(out, loaded.identity)  # what the engine will check at load time
    return out
