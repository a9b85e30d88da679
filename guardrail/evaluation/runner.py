"""Run configurations through the engine, cache their generations, filter and score them.

Each configuration's scenarios go to `SteeringEngine.generate` in large batches (sorted by
prompt length so a batch pads little); the generations are cached as
`<out>/generations/<config>.json` together with a key (model, every row's adapter by the hash
of its weights, scenarios, decoding, configuration). With `--resume` a cache whose key matches
is reused, so a new adapter re-runs only the rows that use it. The output filter then runs on
the very same generations, giving each configuration a second, filtered row.

A copy-guard configuration builds one `CopyGuard` per request from the values the analyzer
finds in that request's prompt (as `guardrail.guard` does in production), not from the
planted values the grader knows.
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

CACHE_FORMAT = 2


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


DECODING_KEY_FIELDS = ("max_new_tokens", "temperature", "top_p", "top_k", "repetition_penalty", "no_repeat_ngram_size", "seed", "stop")


def cache_key(
    config: dict[str, Any], scenarios: Sequence[Scenario], decoding: DecodingSpec, model: str
) -> dict[str, Any]:
    """What a cached run must match to be reused: model, configuration, scenarios, decoding.

    Args:
        config: the configuration's fingerprint (`EvalConfig.fingerprint`): its steering
            settings with every row's adapter named by its weights' hash.
        scenarios: the scenarios it runs.
        decoding: the decoding settings.
        model: the model's identity, e.g. "smollm2-135m-instruct:<file>:<sha256>".
    """
    digest = hashlib.sha256(json.dumps([asdict(s) for s in scenarios], sort_keys=True).encode()).hexdigest()
    dumped = decoding.model_dump(mode="json")
    return {
        "format": CACHE_FORMAT,
        "config": config,
        "model": model,
        "scenarios": {"first": scenarios[0].id if scenarios else None, "count": len(scenarios), "sha256": digest},
        "decoding": {k: dumped.get(k) for k in DECODING_KEY_FIELDS},
    }


def generate_config(
    engine: Any,
    config: EvalConfig,
    scenarios: Sequence[Scenario],
    decoding: DecodingSpec,
    key: dict[str, Any],
    adapter: str | None = None,
    batch_size: int = 96,
    find_values: Callable[[Sequence[str]], list[str]] | None = None,
    progress: Callable[[str], None] | None = None,
) -> ConfigRun:
    """Generate every scenario's answer under `config`.

    The requests go to the engine sorted by prompt length, `batch_size` per `generate` call
    (a steered request is two rows of one batch).

    Args:
        engine: a `guardrail.steering.engine.SteeringEngine`.
        config: the configuration.
        scenarios: the scenarios.
        decoding: decoding settings shared by every configuration.
        key: its `cache_key`, stored with the run.
        adapter: the adapter's name, on the rows `config.adapter_rows` names.
        batch_size: requests per `generate` call.
        find_values: the analyzer over a prompt's message texts (`OutputFilter.find_values`
            with the copy guard's entities); needed when `config.copy_guard`.
        progress: called with a line after each batch.

    Raises:
        GuardrailError: the first failed request's error (a partial run is never scored).
        ValueError: a copy-guard configuration without `find_values`.
    """
    from guardrail.steering.copyguard import CopyGuard, TokenTexts
    from guardrail.steering.engine import GenerationRequest

    if config.copy_guard and find_values is None:
        raise ValueError(f"configuration {config.name!r} runs the copy guard and needs `find_values`")
    spec = config.spec(adapter, decoding)
    token_text = TokenTexts(engine.loaded.tokenizer)
    requests = []
    for s in scenarios:
        constraints = ()
        if config.copy_guard:
            values = find_values([m["content"] for m in s.messages])
            constraints = (CopyGuard(values, token_text, spec.copy_guard.min_chars),)
        requests.append(GenerationRequest(messages=s.messages, steering=spec, constraints=constraints))
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
