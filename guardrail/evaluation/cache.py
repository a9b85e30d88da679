"""The evaluation's generation cache: one JSON file per configuration, reused scenario by scenario.

`<out>/generations/<config>.json` holds a key (the configuration's fingerprint with every
row's adapter named by its weights' hash, the model, the decoding settings) and, per
scenario, its answer and the hash of the scenario it answered. With `--resume` a file whose
key matches gives back every answer whose scenario is unchanged, so a run of 192 scenarios
reuses a run of 96 and a new adapter re-runs only the rows that use it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from guardrail.evaluation.scenarios import Scenario
from guardrail.policy import DecodingSpec

CACHE_FORMAT = 3
DECODING_KEY_FIELDS = ("max_new_tokens", "temperature", "top_p", "top_k", "repetition_penalty", "no_repeat_ngram_size", "seed", "stop")


@dataclass(frozen=True)
class Generation:
    """One scenario's raw answer under one configuration.

    `replayed` marks a copy-guard answer taken from the unguarded twin configuration because
    the guard would have banned none of its tokens (greedy decoding then takes the same path).
    """

    scenario_id: str
    text: str
    completion_tokens: int
    finish_reason: str
    token_ids: tuple[int, ...] = ()
    replayed: bool = False


@dataclass(frozen=True)
class ConfigRun:
    """A configuration's generations and the generation time they cost."""

    config: str
    key: dict[str, Any]
    generations: tuple[Generation, ...]
    seconds: float  # wall time of the `generate` calls that produced them
    generated_tokens: int  # completion tokens those calls produced (replayed answers excluded)
    reused: int = 0  # answers taken from the cache
    scenario_hashes: Mapping[str, str] = field(default_factory=dict)


def scenario_hash(scenario: Scenario) -> str:
    """sha256 of everything a scenario is made of."""
    return hashlib.sha256(json.dumps(asdict(scenario), sort_keys=True).encode()).hexdigest()


def cache_key(config: dict[str, Any], decoding: DecodingSpec, model: str) -> dict[str, Any]:
    """What a cached file must match for its answers to be reused.

    Args:
        config: the configuration's fingerprint (`EvalConfig.fingerprint`).
        decoding: the decoding settings.
        model: the model's identity, e.g. "smollm2-135m-instruct:<file>:<sha256>".
    """
    dumped = decoding.model_dump(mode="json")
    return {"format": CACHE_FORMAT, "config": config, "model": model, "decoding": {k: dumped.get(k) for k in DECODING_KEY_FIELDS}}


def save_run(path: Path, run: ConfigRun) -> None:
    """Write a run as JSON (atomically); answers already there for other scenarios, under the same key, stay."""
    path.parent.mkdir(parents=True, exist_ok=True)
    old = _read(path)
    entries = {}
    if old is not None and old.get("key") == run.key:
        entries = {e["scenario_id"]: e for e in old.get("generations", [])}
    entries.update({g.scenario_id: {"scenario_sha256": run.scenario_hashes[g.scenario_id], **asdict(g)} for g in run.generations})
    data = {"config": run.config, "key": run.key, "seconds": run.seconds, "generated_tokens": run.generated_tokens,
            "generations": list(entries.values())}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1))
    tmp.replace(path)


def load_cached(path: Path, key: dict[str, Any], scenarios: Sequence[Scenario]) -> tuple[dict[str, Generation], float, int]:
    """The cached answers at `path` for those of `scenarios` that are unchanged, if its key equals `key`.

    Returns:
        The answers by scenario id, and the generation seconds and tokens stored with the file.
    """
    data = _read(path)
    if data is None or data.get("key") != key:
        return {}, 0.0, 0
    wanted = {s.id: scenario_hash(s) for s in scenarios}
    found = {}
    for entry in data["generations"]:
        entry = dict(entry)
        digest = entry.pop("scenario_sha256", None)
        if wanted.get(entry["scenario_id"]) == digest:
            entry["token_ids"] = tuple(entry.get("token_ids", ()))
            found[entry["scenario_id"]] = Generation(**entry)
    return found, float(data.get("seconds", 0.0)), int(data.get("generated_tokens", 0))


def _read(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None
