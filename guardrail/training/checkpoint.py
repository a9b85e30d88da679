"""Checkpoints of a training run, so that a stopped run resumes where it was.

A run's checkpoint folder holds `examples.json` (the training and validation examples with
how they were made, written once after sampling, so a resumed run never re-samples) and
`state.pt` (LoRA weights, optimizer state, schedule and step logs, rewritten every few
optimizer steps). Both are written to a temporary name and renamed, so a run killed while
writing leaves the previous checkpoint intact.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from guardrail.errors import TrainingError
from guardrail.training.data import TrainingExample

EXAMPLES_FORMAT = 1


def examples_digest(examples: Sequence[TrainingExample]) -> str:
    """sha256 of the examples' text, to tell that a checkpoint was trained on these."""
    blob = json.dumps([asdict(e) for e in examples], sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    os.replace(tmp, path)


def save_examples(folder: Path, train: Sequence[TrainingExample], validation: Sequence[TrainingExample], meta: Mapping[str, Any]) -> None:
    """Write `examples.json`: both example lists and `meta` (pair sources, sampling seconds)."""
    payload = {
        "format": EXAMPLES_FORMAT,
        "meta": dict(meta),
        "train": [asdict(e) for e in train],
        "validation": [asdict(e) for e in validation],
    }
    _atomic_write(folder / "examples.json", lambda p: p.write_text(json.dumps(payload), encoding="utf-8"))


def load_examples(folder: Path) -> tuple[list[TrainingExample], list[TrainingExample], dict[str, Any]] | None:
    """The examples saved by `save_examples`, or None when the folder has none."""
    path = folder / "examples.json"
    if not path.is_file():
        return None
    payload = json.loads(path.read_text(encoding="utf-8"))
    if payload.get("format") != EXAMPLES_FORMAT:
        raise TrainingError(f"{path} has format {payload.get('format')!r}, expected {EXAMPLES_FORMAT}; delete the folder to start over")

    def rebuild(rows):
        return [TrainingExample(tuple(dict(m) for m in r["messages"]), r["chosen"], r["rejected"], r["condition"]) for r in rows]

    return rebuild(payload["train"]), rebuild(payload["validation"]), payload["meta"]


def save_state(folder: Path, state: Mapping[str, Any]) -> None:
    """Write `state.pt` (tensors and plain Python values only)."""
    import torch

    _atomic_write(folder / "state.pt", lambda p: torch.save(dict(state), p))


def load_state(folder: Path, config: Mapping[str, Any], digest: str) -> dict[str, Any] | None:
    """The saved state, or None when there is none.

    Raises:
        TrainingError: when it was saved with other hyperparameters or other examples.
    """
    import torch

    path = folder / "state.pt"
    if not path.is_file():
        return None
    state = torch.load(path, map_location="cpu", weights_only=True)
    if state.get("config") != dict(config) or state.get("examples_sha256") != digest:
        raise TrainingError(
            f"the checkpoint in {folder} was written by a run with other hyperparameters or data; "
            "run with the same flags, or delete the folder to start over"
        )
    return state
