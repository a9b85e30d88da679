"""LoRA adapter folders: the manifest contract and its check.

An adapter is a folder `adapters/<name>/` in peft's format (`adapter_config.json`,
`adapter_model.safetensors`) plus a `manifest.json` that records which base model it was
trained on, with what data and hyperparameters, and how it evaluated:

    {"name": "privacy-smollm2-135m", "format": 1,
     "base_model": {"name": "smollm2-135m-instruct", "file": "SmolLM2-135M-Instruct.Q4_1.gguf",
                    "sha256": "<hex of that file>"},
     "data": {...}, "hyperparameters": {...}, "training_seconds": 1234.5,
     "evaluation": {...}, "created": "ISO date"}

`check_adapter_folder` refuses a folder whose manifest names another base model: a LoRA
trained on other weights would load without complaint and steer nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from guardrail.errors import AdapterError
from guardrail.steering.models import ModelIdentity

MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1
REQUIRED_FILES = ("adapter_config.json", "adapter_model.safetensors")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class _BaseModelEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    file: str = ""
    sha256: str = Field("", pattern=r"^([0-9a-f]{64})?$")


class _ManifestSchema(BaseModel):
    # Unknown top-level keys are tolerated so a newer trainer can record more.
    model_config = ConfigDict(extra="ignore", frozen=True)

    name: str = Field(min_length=1)
    format: int = Field(ge=1, le=MANIFEST_FORMAT)
    base_model: _BaseModelEntry
    data: dict[str, Any] = {}
    hyperparameters: dict[str, Any] = {}
    training_seconds: float | None = None
    evaluation: dict[str, Any] = {}
    created: str = ""


@dataclass(frozen=True)
class AdapterManifest:
    """A validated `manifest.json`."""

    folder: Path
    name: str
    format: int
    base_model: ModelIdentity
    data: Mapping[str, Any] = field(default_factory=dict)
    hyperparameters: Mapping[str, Any] = field(default_factory=dict)
    training_seconds: float | None = None
    evaluation: Mapping[str, Any] = field(default_factory=dict)
    created: str = ""


def available_adapters(adapters_dir: Path | None) -> list[str]:
    """Names of the sub-folders of `adapters_dir` (sorted; [] if it does not exist)."""
    if adapters_dir is None or not adapters_dir.is_dir():
        return []
    return sorted(p.name for p in adapters_dir.iterdir() if p.is_dir())


def adapter_folder(adapters_dir: Path | None, name: str) -> Path:
    """The folder of adapter `name`, after checking the name cannot escape `adapters_dir`.

    Raises:
        AdapterError: if no adapters directory is configured, or the name is not a plain
            folder name.
    """
    if not isinstance(name, str) or not _NAME.match(name):
        raise AdapterError(
            f"adapter name {name!r} is not a folder name (letters, digits, _ . -); fix the policy's `adapter` field"
        )
    if adapters_dir is None:
        raise AdapterError(
            f"adapter {name!r} was requested but the engine has no adapters directory; "
            "pass adapters_dir= to the engine (or Guardrail.from_dir) or set `adapter: null`"
        )
    return adapters_dir / name


def check_adapter_folder(folder: Path, identity: ModelIdentity) -> AdapterManifest:
    """Validate an adapter folder against the loaded base model.

    Args:
        folder: the adapter's folder.
        identity: the `ModelIdentity` of the loaded base model.

    Returns:
        The folder's manifest.

    Raises:
        AdapterError: naming the folder and the fix, when the folder or one of its files is
            missing, the manifest is missing or invalid, or it names another base model
            (by sha256, or by name when either sha256 is empty, as for the tiny test model).
    """
    folder = Path(folder)
    if not folder.is_dir():
        available = available_adapters(folder.parent)
        raise AdapterError(
            f"adapter folder {folder} does not exist; available adapters in {folder.parent}: "
            f"{available or 'none'}. Train one with `guardrail train --out {folder}` or fix the adapter name"
        )
    missing = [name for name in (*REQUIRED_FILES, MANIFEST) if not (folder / name).is_file()]
    if missing:
        raise AdapterError(
            f"adapter folder {folder} lacks {', '.join(missing)}; an adapter is peft's save_pretrained output "
            f"plus {MANIFEST}. Re-train it with `guardrail train --out {folder}` or copy the missing files"
        )
    try:
        raw = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        schema = _ManifestSchema.model_validate(raw)
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # ValidationError is a ValueError
        raise AdapterError(f"{folder / MANIFEST} is not a valid adapter manifest: {_reason(exc)}; fix or regenerate it") from None
    try:
        json.loads((folder / "adapter_config.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise AdapterError(f"{folder / 'adapter_config.json'} is not valid JSON ({exc}); re-save the adapter with peft") from None
    base = schema.base_model
    if base.sha256 and identity.sha256:
        same, what, theirs, ours = base.sha256 == identity.sha256, "sha256", base.sha256, identity.sha256
    else:
        same, what, theirs, ours = base.name == identity.name, "name", base.name, identity.name
    if not same:
        raise AdapterError(
            f"adapter {folder} was trained on base model {base.name!r} ({what} {theirs}) but the loaded model is "
            f"{identity.name!r} ({what} {ours}); load the model it was trained on or re-train the adapter on this one"
        )
    return AdapterManifest(
        folder=folder,
        name=schema.name,
        format=schema.format,
        base_model=ModelIdentity(name=base.name, file=base.file, sha256=base.sha256),
        data=schema.data,
        hyperparameters=schema.hyperparameters,
        training_seconds=schema.training_seconds,
        evaluation=schema.evaluation,
        created=schema.created,
    )


def write_manifest(
    folder: Path,
    name: str,
    identity: ModelIdentity,
    *,
    data: Mapping[str, Any] | None = None,
    hyperparameters: Mapping[str, Any] | None = None,
    training_seconds: float | None = None,
    evaluation: Mapping[str, Any] | None = None,
) -> Path:
    """Write `folder/manifest.json` for an adapter trained on `identity`.

    Returns:
        The manifest's path.
    """
    manifest = {
        "name": name,
        "format": MANIFEST_FORMAT,
        "base_model": {"name": identity.name, "file": identity.file, "sha256": identity.sha256},
        "data": dict(data or {}),
        "hyperparameters": dict(hyperparameters or {}),
        "training_seconds": training_seconds,
        "evaluation": dict(evaluation or {}),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    path = Path(folder) / MANIFEST
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return path


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(
            f"field `{'.'.join(str(p) for p in e['loc']) or '(top level)'}` {e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors()
        )
    return str(exc)
