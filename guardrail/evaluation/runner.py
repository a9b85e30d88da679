"""Run configurations through the engine, cache their generations, filter and score them.

Each configuration's scenarios go to `SteeringEngine.generate` in batches (sorted by prompt
length so a batch pads little); the generations are cached as
`<out>/generations/<config>.json` together with a key (model, adapter, scenarios, decoding,
configuration). With `resume=True` a cache whose key matches is reused, so adding the adapter
rows later does not re-run the others. The output filter then runs on the very same
generations, giving each configuration a second, filtered row.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from guardrail.evaluation.configs import EvalConfig
from guardrail.evaluation.metrics import ConfigMetrics, score_answer, summarize
from guardrail.evaluation.scenarios import Scenario
from guardrail.policy import DecodingSpec, FilterSpec

logger = logging.getLogger("guardrail.evaluation")

CACHE_FORMAT = 1


@dataclass(frozen=True)
class Generation:
    """One scenario's raw answer under one configuration."""

    scenario_id: str
    text: str
    completion_tokens: int
    finish_reason: str


@dataclass(frozen=True)
class ConfigRun:
    """A configuration's generations and how long they took."""

    config: str
    key: dict[str, Any]
    generations: tuple[Generation, ...]
    seconds: float  # wall time of all its `generate` calls
    cached: bool = False


def cache_key(config: EvalConfig, scenarios: Sequence[Scenario], decoding: DecodingSpec, model: str, adapter: str | None) -> dict[str, Any]:
    """What a cached run must match to be reused: model, adapter, scenarios, decoding, configuration.

    Args:
        config: the configuration.
        scenarios: the scenarios it runs.
        decoding: the decoding settings.
        model: the model's identity, e.g. "smollm2-135m-instruct:<sha256>".
        adapter: "<name>:<sha256 of its weights>" when the configuration uses one, else None.
    """
    digest = hashlib.sha256(json.dumps([asdict(s) for s in scenarios], sort_keys=True).encode()).hexdigest()
    return {
        "format": CACHE_FORMAT,
        "config": {"name": config.name, "steering": config.steering.model_dump(mode="json"), "description": config.description},
        "model": model,
        "adapter": adapter if config.uses_adapter else None,
        "scenarios": len(scenarios),
        "scenarios_sha256": digest,
        "decoding": decoding.model_dump(mode="json"),
    }


def generate_config(
    engine: Any,
    config: EvalConfig,
    scenarios: Sequence[Scenario],
    decoding: DecodingSpec,
    key: dict[str, Any],
    adapter: str | None = None,
    batch_size: int = 16,
    progress: Callable[[str], None] | None = None,
) -> ConfigRun:
    """Generate every scenario's answer under `config`.

    Args:
        engine: a `guardrail.steering.engine.SteeringEngine`.
        config: the configuration.
        scenarios: the scenarios.
        decoding: decoding settings shared by every configuration.
        key: its `cache_key`, stored with the run.
        adapter: the adapter's name, used when `config.uses_adapter`.
        batch_size: requests per `generate` call.
        progress: called with a line after each batch.

    Raises:
        GuardrailError: the first failed request's error (a partial run is never scored).
    """
    from guardrail.steering.engine import GenerationRequest

    steering = config.spec(adapter, decoding)
    requests = [
        GenerationRequest(messages=s.messages, steering=steering) for s in scenarios
    ]
    order = sorted(range(len(requests)), key=lambda i: sum(len(m["content"]) for m in scenarios[i].messages))
    results: dict[int, Generation] = {}
    seconds = 0.0
    for start in range(0, len(order), batch_size):
        batch = order[start : start + batch_size]
        began = time.perf_counter()
        outputs = engine.generate([requests[i] for i in batch])
        seconds += time.perf_counter() - began
        for i, output in zip(batch, outputs):
            if output.error is not None:
                raise output.error
            results[i] = Generation(scenarios[i].id, output.text, output.completion_tokens, output.finish_reason)
        if progress is not None:
            progress(f"{config.name}: {len(results)}/{len(requests)} answers, {seconds:.0f} s")
    return ConfigRun(config.name, key, tuple(results[i] for i in range(len(requests))), seconds)


def save_run(path: Path, run: ConfigRun) -> None:
    """Write a run as JSON (atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"config": run.config, "key": run.key, "seconds": run.seconds, "generations": [asdict(g) for g in run.generations]}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1))
    tmp.replace(path)


def load_run(path: Path, key: dict[str, Any]) -> ConfigRun | None:
    """The cached run at `path` if it exists and its key equals `key`, else None."""
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    if data.get("key") != key:
        return None
    generations = tuple(Generation(**g) for g in data["generations"])
    return ConfigRun(data["config"], key, generations, float(data["seconds"]), cached=True)


def filter_texts(output_filter: Any, spec: FilterSpec, texts: Sequence[str], tenant: str = "eval") -> tuple[list[str], float]:
    """Run the output filter over `texts`.

    Returns:
        The filtered texts, and the wall seconds the filter took.
    """
    began = time.perf_counter()
    filtered = [output_filter.filter(text, spec, tenant).text for text in texts]
    return filtered, time.perf_counter() - began


def score_run(
    run: ConfigRun,
    scenarios: Sequence[Scenario],
    output_filter: Any | None,
    spec: FilterSpec,
) -> list[ConfigMetrics]:
    """The configuration's metrics before, and (with a filter) after the output filter."""
    texts = [g.text for g in run.generations]
    tokens = [g.completion_tokens for g in run.generations]
    rows = [_metrics(run, scenarios, texts, tokens, None)]
    if output_filter is not None:
        filtered, seconds = filter_texts(output_filter, spec, texts)
        rows.append(_metrics(run, scenarios, filtered, tokens, seconds))
    return rows


def _metrics(
    run: ConfigRun, scenarios: Sequence[Scenario], texts: list[str], tokens: list[int], filter_seconds: float | None
) -> ConfigMetrics:
    answers = [score_answer(s, t, n) for s, t, n in zip(scenarios, texts, tokens)]
    return summarize(run.config, answers, texts, run.seconds, filter_seconds)
