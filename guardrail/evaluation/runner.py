"""Run configurations through the engine, filter and score their answers.

Each configuration's scenarios go to `SteeringEngine.generate` in large batches (sorted by
prompt length so a batch pads little); answers are cached per scenario (`cache`), so a new
adapter re-runs only the rows that use it and a larger run reuses a smaller one. The output
filter then runs on the very same answers, giving each configuration a second, filtered row.

A copy-guard configuration hands the engine the values the analyzer finds in each request's
prompt (`GenerationRequest.protect`, as `guardrail.guard` does in production), not the
planted values the grader knows; the engine builds the request's `CopyGuard` from them. Under greedy decoding the guard changes an answer only if
it bans a token the unguarded decode chose, so when the unguarded twin configuration's
answer is at hand and the guard would ban none of its tokens, that answer is the guarded
answer too and is replayed instead of decoded again (`Generation.replayed`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from guardrail.evaluation.cache import ConfigRun, Generation, scenario_hash
from guardrail.evaluation.configs import EvalConfig
from guardrail.evaluation.metrics import ConfigMetrics, score_answer, summarize
from guardrail.evaluation.scenarios import Scenario
from guardrail.policy import DecodingSpec, FilterSpec

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

    from guardrail.protocols import TextFilter
    from guardrail.steering.copyguard import CopyGuard
    from guardrail.steering.engine import SteeringEngine

logger = logging.getLogger("guardrail.evaluation")


def generate_config(
    engine: SteeringEngine,
    config: EvalConfig,
    scenarios: Sequence[Scenario],
    decoding: DecodingSpec,
    key: dict[str, Any],
    adapter: str | None = None,
    batch_size: int = 96,
    find_values: Callable[[Sequence[str]], list[str]] | None = None,
    progress: Callable[[str], None] | None = None,
    cached: Mapping[str, Generation] | None = None,
    twin: Mapping[str, Generation] | None = None,
    spent: tuple[float, int] = (0.0, 0),
) -> ConfigRun:
    """Every scenario's answer under `config`: from `cached`, replayed from `twin`, or generated.

    Args:
        engine: a `guardrail.steering.engine.SteeringEngine`.
        config: the configuration.
        scenarios: the scenarios.
        decoding: decoding settings shared by every configuration.
        key: its cache key, stored with the run.
        adapter: the adapter's name, on the rows the configuration gives `EVAL_ADAPTER`.
        batch_size: requests per `generate` call.
        find_values: the analyzer over a prompt's message texts (`OutputFilter.find_values`
            with the copy guard's entities); needed when `config.copy_guard`.
        progress: called with a line after each batch.
        cached: answers already generated under the same key, by scenario id.
        twin: for a copy-guard configuration, the answers of the same configuration without
            the guard, by scenario id (used under greedy decoding only).
        spent: generation seconds and tokens the cached answers cost.

    Raises:
        GuardrailError: the first failed request's error (a partial run is never scored).
        ValueError: a copy-guard configuration without `find_values`.
    """
    from guardrail.steering.engine import GenerationRequest

    if config.copy_guard and find_values is None:
        raise ValueError(f"configuration {config.name!r} runs the copy guard and needs `find_values`")
    spec = config.spec(adapter, decoding)
    results: dict[int, Generation] = {}
    requests: dict[int, GenerationRequest] = {}
    for i, s in enumerate(scenarios):
        if cached and s.id in cached:
            results[i] = cached[s.id]
            continue
        values: Sequence[str] = ()
        if config.copy_guard:
            values = find_values([m["content"] for m in s.messages])  # type: ignore[misc]
            earlier = (twin or {}).get(s.id) if decoding.temperature == 0 else None
            guard = engine.copy_guard(spec.copy_guard, values) if earlier is not None and earlier.token_ids else None
            if guard is not None and not _would_ban(guard, earlier.token_ids, engine.loaded.tokenizer):
                results[i] = Generation(s.id, earlier.text, earlier.completion_tokens, earlier.finish_reason, earlier.token_ids, True)
                continue
        requests[i] = GenerationRequest(messages=s.messages, steering=spec, protect=tuple(values))
    reused = len(results)
    order = sorted(requests, key=lambda i: sum(len(m["content"]) for m in scenarios[i].messages))
    seconds, tokens = spent
    for start in range(0, len(order), batch_size):
        batch = order[start : start + batch_size]
        began = time.perf_counter()
        outputs = engine.generate([requests[i] for i in batch])
        seconds += time.perf_counter() - began
        for i, output in zip(batch, outputs):
            if output.error is not None:
                raise output.error
            tokens += output.completion_tokens
            results[i] = Generation(scenarios[i].id, output.text, output.completion_tokens, output.finish_reason, tuple(output.token_ids))
        if progress is not None:
            progress(f"{config.name}: {len(results)}/{len(scenarios)} answers, {seconds:.0f} s")
    hashes = {s.id: scenario_hash(s) for s in scenarios}
    return ConfigRun(config.name, key, tuple(results[i] for i in range(len(scenarios))), seconds, tokens, reused, hashes)


def _would_ban(guard: CopyGuard, token_ids: Sequence[int], tokenizer: PreTrainedTokenizerBase) -> bool:
    """Whether `guard` bans one of `token_ids` at the step the answer chose it."""
    for i, token in enumerate(token_ids):
        if guard.banned(tokenizer.decode(list(token_ids[:i]), skip_special_tokens=True), [token]):
            return True
    return False


def filter_texts(output_filter: TextFilter, spec: FilterSpec, texts: Sequence[str], tenant: str = "eval") -> tuple[list[str], float]:
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
    output_filter: TextFilter | None,
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
    return summarize(run.config, answers, texts, run.seconds, filter_seconds, generated_tokens=run.generated_tokens)
