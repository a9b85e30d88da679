"""CFG-aware preference pairs for privacy training, built from seeded scenarios.

The scenarios are made in `guardrail.training.scenarios` and their candidate answers
labelled in `guardrail.training.labels`; both are re-exported here, the one import of the
training data.

A *privacy pair* has a chosen answer with no personal data and a rejected one that leaks
it; `cfg_aware_examples` turns it into two training examples, (chosen, rejected) under the
positive system prompt and the swap under the negative one. A *fact pair* (half of the
ordinary tasks) has the correct answer against one with a wrong or made-up fact and no
personal data, preferred the same way under both prompts: without them the adapter learns
"copy nothing from the context", and stops answering ordinary questions from it.

A *harmless-form* scenario (`make_harmless_scenario`) gives two pairs with the same chosen
answer, the task done with the values left out or replaced by role placeholders
("[customer name]"): against the same task done with the values (a privacy pair, swapped
under the negative prompt), and against a bare refusal (a `harmless` pair, preferred under both prompts like a fact pair): without the
second, refusing everything is as good as doing the task and the adapter learns to refuse.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from guardrail.filtering.dates import ENGLISH_MONTHS
from guardrail.training import templates as T
from guardrail.training.labels import Label, filter_detector, label_answer, leaked_kinds
from guardrail.training.scenarios import (
    HARMLESS_SEED_BASES,
    SEED_BASES,
    Scenario,
    make_harmless_scenario,
    make_harmless_scenarios,
    make_scenario,
    make_scenarios,
)

__all__ = [
    "FACT_PAIR_SHARE",
    "HARMLESS_SEED_BASES",
    "SEED_BASES",
    "DataRecipe",
    "Label",
    "PreferencePair",
    "Scenario",
    "TrainingExample",
    "build_harmless_pairs",
    "build_pairs",
    "cfg_aware_examples",
    "filter_detector",
    "label_answer",
    "leaked_kinds",
    "make_harmless_scenario",
    "make_harmless_scenarios",
    "make_scenario",
    "make_scenarios",
    "template_chosen",
    "template_rejected",
    "template_wrong",
]


@dataclass(frozen=True)
class PreferencePair:
    """A chosen answer without personal data and a rejected one that leaks it."""

    scenario: Scenario
    chosen: str
    rejected: str
    chosen_source: str  # "sampled" | "template"
    rejected_source: str
    kind: str = "privacy"  # "privacy": rejected leaks; "fact": rejected gets the task's fact wrong; "harmless": rejected refuses


@dataclass(frozen=True)
class TrainingExample:
    """One ORPO example: chat messages (with a system prompt) and two answers."""

    messages: tuple[dict[str, str], ...]
    chosen: str
    rejected: str
    condition: str  # "positive" | "negative"


@dataclass(frozen=True)
class DataRecipe:
    """How the training data was made; recorded in the adapter manifest."""

    train_scenarios: int
    validation_scenarios: int
    seeking_fraction: float = 0.4
    seed_bases: Mapping[str, int] = field(default_factory=lambda: dict(SEED_BASES))


def template_chosen(scenario: Scenario, rng: random.Random) -> str:
    """A reference answer without personal data."""
    if not scenario.seeks_pii:
        return scenario.answer
    return rng.choice(T.REFUSALS).format(what=T.WHAT[scenario.wants])


def template_rejected(scenario: Scenario, rng: random.Random) -> str:
    """An answer that leaks the scenario's personal data."""
    fields = {**scenario.values, **scenario.facts}
    if scenario.seeks_pii:
        return rng.choice(T.LEAKS[scenario.wants]).format(**fields)
    return rng.choice(T.TASK_LEAKS).format(answer=scenario.answer, **fields)


FACT_PAIR_SHARE = 0.5  # of the ordinary tasks, the share that become fact pairs


def template_wrong(scenario: Scenario, rng: random.Random) -> str:
    """The task's reference answer with its fact replaced by a wrong one of the same kind."""
    fact = scenario.fact
    if fact.startswith("$"):
        wrong = f"${rng.randint(12, 900)}.{rng.randint(0, 99):02d}"
    elif fact.isdigit():
        wrong = str(rng.randint(10 ** (len(fact) - 1), 10 ** len(fact) - 1)) if len(fact) > 1 else str(rng.randint(2, 9))
    elif fact.split(" ")[0] in ENGLISH_MONTHS:
        wrong = f"{rng.choice(ENGLISH_MONTHS)} {rng.randint(1, 28)}"
    else:
        pool = next((p for p in (T.PRODUCTS, T.STATUSES, T.PLANS, tuple(s for _, s in T.ISSUES)) if fact in p), T.PRODUCTS)
        wrong = rng.choice(pool)
    if wrong == fact:
        return template_wrong(scenario, rng)
    return scenario.answer.replace(fact, wrong)


def build_pairs(
    scenarios: Sequence[Scenario],
    positive_samples: Sequence[str] | None = None,
    negative_samples: Sequence[str] | None = None,
    detector: Callable[[str], int] | None = None,
    seed: int = 0,
) -> list[PreferencePair]:
    """One preference pair per scenario, preferring the base model's own answers.

    A sample is used as *chosen* when it leaks nothing (known values and detector) and,
    for ordinary tasks, contains the needed fact; as *rejected* when it leaks a known
    value, or, in a fact pair, when it leaks nothing but misses the fact (the model's own
    made-up answer). Either sample may fill either side; otherwise a template answer is used.

    Args:
        scenarios: the scenarios.
        positive_samples / negative_samples: the base model's answer to each scenario
            under the positive / negative system prompt ("" or None when not sampled).
        detector: see `label_answer`.
        seed: seed of the template choices.
    """
    rng = random.Random(seed)
    pairs = []
    for i, scenario in enumerate(scenarios):
        samples = [s[i] for s in (positive_samples, negative_samples) if s is not None and s[i].strip()]
        labels = [label_answer(s, scenario, detector) for s in samples]
        fact_pair = not scenario.seeks_pii and rng.random() < FACT_PAIR_SHARE
        chosen = next((s for s, lab in zip(samples, labels) if lab.usable_chosen), None)
        if fact_pair:
            rejected = next((s for s, lab in zip(samples, labels) if lab.safe and not lab.task_ok), None)
            fallback = template_wrong
        else:
            rejected = next((s for s, lab in zip(samples, labels) if lab.usable_rejected), None)
            fallback = template_rejected
        pairs.append(
            PreferencePair(
                scenario=scenario,
                chosen=chosen if chosen is not None else template_chosen(scenario, rng),
                rejected=rejected if rejected is not None else fallback(scenario, rng),
                chosen_source="sampled" if chosen is not None else "template",
                rejected_source="sampled" if rejected is not None else "template",
                kind="fact" if fact_pair else "privacy",
            )
        )
    return pairs


def build_harmless_pairs(scenarios: Sequence[Scenario], seed: int = 0) -> list[PreferencePair]:
    """Two pairs per harmless-form scenario, both choosing the task done without the values:
    against the task done with them (`privacy`), and against a bare refusal (`harmless`).

    Args:
        scenarios: harmless-form scenarios (`make_harmless_scenario`).
        seed: seed of the refusal choices.

    Raises:
        ValueError: a scenario that is not a harmless-form one.
    """
    rng = random.Random(seed)
    pairs = []
    for scenario in scenarios:
        if not scenario.family:
            raise ValueError(f"scenario seed {scenario.seed} is not a harmless-form scenario (no `family`)")
        pairs.append(PreferencePair(scenario, scenario.answer, scenario.leak, "template", "template", kind="privacy"))
        pairs.append(PreferencePair(scenario, scenario.answer, rng.choice(T.BARE_REFUSALS), "template", "template", kind="harmless"))
    return pairs


def cfg_aware_examples(pairs: Sequence[PreferencePair], positive_prompt: str, negative_prompt: str) -> list[TrainingExample]:
    """Each pair twice: (chosen, rejected) under the positive prompt, swapped under the negative
    (a fact or harmless pair is not swapped: the right fact, and doing the task without the
    values rather than refusing, are preferred under both prompts).

    The adapter thus learns both conditions that classifier-free guidance contrasts: to
    avoid personal data when told not to share it, and to share it when told to, which
    widens the gap `pos - neg` that guidance amplifies.
    """
    examples = []
    for pair in pairs:
        examples.append(TrainingExample(pair.scenario.messages(positive_prompt), pair.chosen, pair.rejected, "positive"))
        negative = (pair.chosen, pair.rejected) if pair.kind in ("fact", "harmless") else (pair.rejected, pair.chosen)
        examples.append(TrainingExample(pair.scenario.messages(negative_prompt), *negative, "negative"))
    return examples
