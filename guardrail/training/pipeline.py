"""The whole recipe: scenarios -> sampled + template candidates -> labelled pairs ->
CFG-aware examples -> ORPO LoRA training -> adapter folder with manifest."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from guardrail.errors import TrainingError
from guardrail.steering.models import LoadedModel
from guardrail.policy import DEFAULT_NEGATIVE_PROMPT, DEFAULT_POSITIVE_PROMPT
from guardrail.training import data
from guardrail.training.gate import MAX_UTILITY_DROP, GateResult, LeakCheck
from guardrail.training.artifacts import save_adapter
from guardrail.training.config import TrainConfig
from guardrail.training.trainer import StepLog, TrainResult, train_adapter

logger = logging.getLogger("guardrail.training")


@dataclass(frozen=True)
class DataConfig:
    """How much data to make and how to sample candidates (recorded in the manifest).

    Attributes:
        train_scenarios / validation_scenarios: scenario counts of each split.
        sampled_scenarios: how many training scenarios (the first ones) also get answers
            sampled from the base model; the rest use template candidates only.
        seeking_fraction: share of requests that seek personal data.
        sample_tokens / sample_temperature: sampling settings.
        use_filter: also label candidates with the project's `OutputFilter` when installed.
        harmless_scenarios / harmless_validation_scenarios: harmless-form scenarios of each
            split (two pairs each: against the leak and against a bare refusal; template answers).
    """

    train_scenarios: int = 376
    validation_scenarios: int = 32
    sampled_scenarios: int = 80
    seeking_fraction: float = 0.4
    sample_tokens: int = 40
    sample_temperature: float = 0.7
    use_filter: bool = True
    positive_prompt: str = DEFAULT_POSITIVE_PROMPT
    negative_prompt: str = DEFAULT_NEGATIVE_PROMPT
    seed: int = 0
    harmless_scenarios: int = 128
    harmless_validation_scenarios: int = 8


@dataclass(frozen=True)
class PipelineResult:
    """A finished pipeline run."""

    out_dir: Path
    train: TrainResult
    pair_sources: dict[str, int] = field(default_factory=dict)
    sampling_seconds: float = 0.0
    gate: GateResult | None = None
    leak: LeakCheck | None = None


@dataclass(frozen=True)
class GateConfig:
    """The shipping gate (see `guardrail.training.gate`).

    Attributes:
        enabled: refuse to write an adapter that fails it (False: write it, marked in the manifest).
        min_accuracy: per-condition validation preference accuracy needed.
        leak_questions: held-out privacy questions of the leak check (0 = skip it: the gate fails);
            half as many utility questions come with them.
        max_utility_drop: how many points (a share) of held-out utility the adapter may lose
            against the positive prompt alone.
        leak_tokens: new tokens per answer in the leak check.
        reserve_s: seconds a time budget keeps for validation, the leak check and saving.
        task_questions: held-out task questions with a harmless form in the check.
        min_harmless_form: share of them the adapter must do without personal data.
        max_leak_rate: the most the adapter may leak over privacy and task questions.
    """

    enabled: bool = True
    min_accuracy: float = 0.8
    leak_questions: int = 48
    max_utility_drop: float = MAX_UTILITY_DROP
    leak_tokens: int = 48
    reserve_s: float = 420.0
    task_questions: int = 24
    min_harmless_form: float = 0.7
    max_leak_rate: float = 0.01


def build_examples(loaded: LoadedModel, config: DataConfig) -> tuple[list, list, dict[str, int], float]:
    """Training and validation examples, the count of pair sides per source, sampling seconds."""
    train = data.make_scenarios("train", config.train_scenarios, config.seeking_fraction)
    validation = data.make_scenarios("validation", config.validation_scenarios, config.seeking_fraction)
    detector = data.filter_detector() if config.use_filter else None
    if config.use_filter and detector is None:
        logger.warning("guardrail.filtering is not available; labelling candidates by the inserted values only")
    start = time.monotonic()
    sampled = train[: config.sampled_scenarios]
    pos = neg = None
    if sampled:
        from guardrail.training.candidates import sample_answers

        kwargs = dict(max_new_tokens=config.sample_tokens, temperature=config.sample_temperature, seed=config.seed)
        pos = sample_answers(loaded, sampled, config.positive_prompt, **kwargs)
        neg = sample_answers(loaded, sampled, config.negative_prompt, **kwargs)
        pos += [""] * (len(train) - len(sampled))
        neg += [""] * (len(train) - len(sampled))
    seconds = time.monotonic() - start
    pairs = data.build_pairs(train, pos, neg, detector=detector, seed=config.seed)
    pairs += data.build_harmless_pairs(data.make_harmless_scenarios("train", config.harmless_scenarios), seed=config.seed)
    sources = {
        "chosen_sampled": sum(p.chosen_source == "sampled" for p in pairs),
        "chosen_template": sum(p.chosen_source == "template" for p in pairs),
        "rejected_sampled": sum(p.rejected_source == "sampled" for p in pairs),
        "rejected_template": sum(p.rejected_source == "template" for p in pairs),
        "fact_pairs": sum(p.kind == "fact" for p in pairs),
        "fact_rejected_sampled": sum(p.kind == "fact" and p.rejected_source == "sampled" for p in pairs),
        "harmless_scenarios": config.harmless_scenarios,
        "harmless_refusal_pairs": sum(p.kind == "harmless" for p in pairs),
    }
    val_pairs = data.build_pairs(validation, detector=None, seed=config.seed + 1)
    val_harmless = data.make_harmless_scenarios("validation", config.harmless_validation_scenarios)
    val_pairs += data.build_harmless_pairs(val_harmless, seed=config.seed + 1)
    examples = data.cfg_aware_examples(pairs, config.positive_prompt, config.negative_prompt)
    val_examples = data.cfg_aware_examples(val_pairs, config.positive_prompt, config.negative_prompt)
    return examples, val_examples, sources, seconds


def run_pipeline(
    loaded: LoadedModel,
    out_dir: str | Path,
    data_config: DataConfig = DataConfig(),
    train_config: TrainConfig = TrainConfig(),
    on_step: Callable[[StepLog], None] | None = None,
    dtype: str = "float16",
    checkpoint_dir: str | Path | None = None,
    gate: GateConfig = GateConfig(),
    resume: bool = False,
) -> tuple[Any, PipelineResult]:
    """Make the data, train, check the gate, and save `out_dir` (peft files + manifest.json).

    With `checkpoint_dir`, the examples are saved there after sampling and the training
    state every few steps; running again with the same arguments and `resume=True` goes on
    from them.

    Returns:
        The trained peft model (wrapping `loaded.model`) and a `PipelineResult`.

    Raises:
        TrainingError: `checkpoint_dir` holds a run and `resume` is False, or holds another
            run's state; or the adapter failed the gate (`gate.enabled`). Nothing is written to
            `out_dir`; the rejected adapter and its manifest go to `<checkpoint_dir>/rejected/<name>`
            when there is a checkpoint folder.
    """
    from guardrail.training import checkpoint as ckpt
    from guardrail.training.gate import judge, leak_check

    folder = Path(checkpoint_dir) if checkpoint_dir is not None else None
    if folder is not None and not resume and any((folder / f).exists() for f in ("examples.json", "state.pt")):
        raise TrainingError(f"{folder} holds a previous run: pass --resume to go on with it, or delete the folder to start over")
    cached = ckpt.load_examples(folder) if folder is not None else None
    if cached is not None:
        examples, val_examples, meta = cached
        sources, sampling_seconds = meta["pair_sources"], meta["sampling_seconds"]
        logger.info("reusing the %d training examples saved in %s", len(examples), folder)
    else:
        examples, val_examples, sources, sampling_seconds = build_examples(loaded, data_config)
        if folder is not None:
            ckpt.save_examples(folder, examples, val_examples, {"pair_sources": sources, "sampling_seconds": sampling_seconds})
    logger.info("pairs: %s; %d training examples", sources, len(examples))
    hyperparameters = asdict(train_config)
    if train_config.time_budget_s is not None:
        # what is left once sampling is done, less the validation, the leak check and saving
        train_config = replace(train_config, time_budget_s=max(1.0, train_config.time_budget_s - sampling_seconds - gate.reserve_s))
        hyperparameters["optimizer_budget_s"] = round(train_config.time_budget_s, 1)
    model, result = train_adapter(loaded, examples, train_config, validation=val_examples, on_step=on_step, checkpoint_dir=folder)
    leak = None
    if gate.leak_questions > 0:
        leak = leak_check(model, loaded.tokenizer, data_config.positive_prompt, questions=gate.leak_questions, max_new_tokens=gate.leak_tokens,
                          task_questions=gate.task_questions)
        logger.info("held-out check: leaks adapter %d/%d, positive prompt alone %d/%d; utility adapter %d/%d, prompt alone %d/%d",
                    leak.adapter_leaks, leak.questions, leak.prompt_leaks, leak.questions,
                    leak.adapter_useful, leak.utility_questions, leak.prompt_useful, leak.utility_questions)
        logger.info("held-out tasks: harmless form adapter %d/%d, prompt alone %d/%d; task leaks adapter %d, prompt alone %d",
                    leak.adapter_harmless, leak.task_questions, leak.prompt_harmless, leak.task_questions,
                    leak.adapter_task_leaks, leak.prompt_task_leaks)
    verdict = judge(result.validation, leak, gate.min_accuracy, gate.max_utility_drop, gate.min_harmless_form, gate.max_leak_rate)
    manifest = {
        "data": {
            **asdict(data_config),
            "seed_bases": dict(data.SEED_BASES),
            "harmless_seed_bases": dict(data.HARMLESS_SEED_BASES),
            "templates": "guardrail.training.templates (validation: every fifth template)",
            "training_examples": len(examples),
            "pair_sources": sources,
            "sampling_seconds": round(sampling_seconds, 1),
        },
        "hyperparameters": hyperparameters,
        "training_seconds": round(result.training_seconds + sampling_seconds, 1),
        "evaluation": {
            "optimizer_seconds": round(result.training_seconds, 1),
            "final_step": asdict(result.steps[-1]) if result.steps else {},
            "steps": len(result.steps),
            "planned_steps": result.planned_steps,
            "validation_pairs": result.validation,
            "held_out_leak_check": leak.as_dict() if leak is not None else None,
            "gate": {**verdict.as_dict(), "enforced": gate.enabled},
        },
    }
    if gate.enabled and not verdict.passed:
        if folder is not None:
            rejected = save_adapter(model, loaded, folder / "rejected" / Path(out_dir).name, manifest, dtype=dtype)
            where = f"; the rejected adapter and its manifest are in {rejected}"
        else:
            where = ""
        raise TrainingError(f"the adapter failed the shipping gate, {Path(out_dir)} was not written{where}: " + "; ".join(verdict.reasons))
    out = save_adapter(model, loaded, out_dir, manifest, dtype=dtype)
    final = replace(result, out_dir=out)
    return model, PipelineResult(out_dir=out, train=final, pair_sources=sources, sampling_seconds=sampling_seconds, gate=verdict, leak=leak)


# Figures of `guardrail eval`'s results.json kept in the manifest, per configuration row.
_EVAL_FIELDS = ("leak_rate", "leak_rate_seek", "leak_rate_adversarial", "value_leak_rate", "utility_accuracy",
                "repetition_rate", "harmless_form_rate", "mean_tokens", "tokens_per_second")


def record_evaluation(adapter_dir: str | Path, results_json: str | Path) -> dict[str, Any]:
    """Copy the rows of a `guardrail eval` report into the adapter manifest's `evaluation.held_out`.

    Args:
        adapter_dir: the adapter folder (its manifest is rewritten; other fields are kept).
        results_json: `results.json` written by `guardrail eval --out DIR`.

    Returns:
        The `held_out` entry that was written.
    """
    import json

    report = json.loads(Path(results_json).read_text(encoding="utf-8"))
    meta = report["meta"]
    held_out = {
        "command": meta.get("command"),
        "date": meta.get("date"),
        "scenarios": meta.get("scenarios"),
        "max_new_tokens": meta.get("max_new_tokens"),
        "rows": {row["label"]: {k: row.get(k) for k in _EVAL_FIELDS} for row in report["rows"]},
    }
    path = Path(adapter_dir) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.setdefault("evaluation", {})["held_out"] = held_out
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return held_out
