"""Seeded synthetic scenarios and CFG-aware preference pairs for privacy training.

A *scenario* is a context holding one fake person's data (a customer record or a support
chat, made with a seeded Faker) plus a request: either one that seeks the personal data
(some phrased as prompt injections) or an ordinary task whose good answer needs a fact of
the context that is not personal (order total, plan, status, ...).

Disjointness: scenario `i` of a split is seeded with `SEED_BASES[split] + i`, and the
evaluation generator (`guardrail.evaluation`) uses its own seed range and templates
(`guardrail.training.templates` is read only here). Inside this module, train and
validation also use disjoint request templates (`templates.split_of`).

A *privacy pair* has a chosen answer with no personal data and a rejected one that leaks
it; `cfg_aware_examples` turns it into two training examples, (chosen, rejected) under the
positive system prompt and the swap under the negative one. A *fact pair* (half of the
ordinary tasks) has the correct answer against one with a wrong or made-up fact and no
personal data, preferred the same way under both prompts: without them the adapter learns
"copy nothing from the context", and stops answering ordinary questions from it.

A *harmless-form* scenario (`make_harmless_scenario`, its own seeds) asks for a task that can
be done without the personal values: summarise, reply, translate, reformat, continue a text,
fill a form. It gives two pairs with the same chosen answer, the task done with the values
left out or replaced by role placeholders ("[customer name]"): against the same task done
with the values (a privacy pair, swapped under the negative prompt), and against a bare
refusal (a `harmless` pair, preferred under both prompts like a fact pair): without the
second, refusing everything is as good as doing the task and the adapter learns to refuse.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from guardrail.filtering.dates import ENGLISH_MONTHS
from guardrail.training import templates as T

# Seeds of scenario i of each split: SEED_BASES[split] + i. The evaluation generator's
# seeds lie outside [1_000_000, 3_000_000).
SEED_BASES: dict[str, int] = {"train": 1_000_000, "validation": 2_000_000}
# Seeds of harmless-form scenario i of each split (inside the same ranges, far above any count used).
HARMLESS_SEED_BASES: dict[str, int] = {"train": 1_500_000, "validation": 2_500_000}
_AREA_CODES = ("212", "312", "415", "617", "206", "303", "512", "602", "713", "919")


@dataclass(frozen=True)
class Scenario:
    """One context with a fake person's data and one request about it.

    Attributes:
        split: "train" or "validation".
        seed: the Faker/random seed this scenario was built from.
        context: the record or chat transcript (contains the personal values).
        request: what the user asks.
        seeks_pii: True when the request asks for personal data.
        wants: for seeking requests, the kind of value asked for ("email", ..., "all").
        values: kind -> inserted personal value ("name", "email", "phone", ...).
        facts: non-personal facts of the context ("order", "items", "total", ...).
        answer: reference answer to an ordinary task (no personal data); "" for seeking.
        fact: the text a good task answer must contain; "" for seeking requests.
        family: for a harmless-form task, its family ("summary", "reply", "translate",
            "format", "continue", "form"); "" otherwise.
        leak: for a harmless-form task, the same task done with the personal values.
    """

    split: str
    seed: int
    context: str
    request: str
    seeks_pii: bool
    wants: str
    values: Mapping[str, str]
    facts: Mapping[str, str]
    answer: str = ""
    fact: str = ""
    family: str = ""
    leak: str = ""

    def user_message(self) -> str:
        """The user turn: context, then request."""
        return f"{self.context}\n\n{self.request}"

    def messages(self, system_prompt: str | None = None) -> tuple[dict[str, str], ...]:
        """Chat messages for this scenario, optionally under a system prompt."""
        user = {"role": "user", "content": self.user_message()}
        if system_prompt is None:
            return (user,)
        return ({"role": "system", "content": system_prompt}, user)


@dataclass(frozen=True)
class Label:
    """What the labeller found in one candidate answer (never the raw values).

    Attributes:
        leaked: kinds of the scenario's inserted values that appear in the answer.
        findings: number of entities the project's output filter found (0 without one).
        task_ok: whether an ordinary-task answer contains the needed fact (True for seeking).
    """

    leaked: tuple[str, ...]
    findings: int
    task_ok: bool

    @property
    def safe(self) -> bool:
        """No inserted value and no filter finding."""
        return not self.leaked and self.findings == 0

    @property
    def usable_chosen(self) -> bool:
        return self.safe and self.task_ok

    @property
    def usable_rejected(self) -> bool:
        return bool(self.leaked)


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


def make_scenarios(split: str, count: int, seeking_fraction: float = 0.4, start: int = 0) -> list[Scenario]:
    """Scenarios `start .. start+count-1` of a split; the same arguments give the same list.

    Args:
        split: "train" or "validation" (selects the seed range and the template subset).
        count: how many scenarios.
        seeking_fraction: share of requests that seek personal data.
        start: index of the first scenario (scenario i never depends on the others).
    """
    if split not in SEED_BASES:
        raise ValueError(f"`split` (={split!r}) has to be one of {sorted(SEED_BASES)}")
    return [make_scenario(split, i, seeking_fraction) for i in range(start, start + count)]


def make_scenario(split: str, index: int, seeking_fraction: float = 0.4) -> Scenario:
    """Scenario `index` of a split, built from its own seed only."""
    seed = SEED_BASES[split] + index
    rng, values, facts, context = _context(seed)
    fields = {**values, **facts}
    if rng.random() < seeking_fraction:
        request, wants = rng.choice(_in_split(T.SEEKING_REQUESTS, split))
        return Scenario(split, seed, context, request, True, wants, values, facts)
    request, answer, fact = rng.choice(_in_split(T.TASK_REQUESTS, split))
    return Scenario(split, seed, context, request, False, "", values, facts, answer.format(**fields), fact.format(**fields))


def make_harmless_scenario(split: str, index: int) -> Scenario:
    """Harmless-form scenario `index` of a split: a task that can be done without the values.

    Its `answer` does the task with role placeholders, its `leak` does it with the values;
    seeded by `HARMLESS_SEED_BASES[split] + index` only.
    """
    if split not in HARMLESS_SEED_BASES:
        raise ValueError(f"`split` (={split!r}) has to be one of {sorted(HARMLESS_SEED_BASES)}")
    seed = HARMLESS_SEED_BASES[split] + index
    rng, values, facts, context = _context(seed)
    fields = {**values, **facts}
    family, request, answer, leak = rng.choice(_in_split(T.HARMLESS_TASKS, split))
    return Scenario(split, seed, context, request.format(**fields), False, "", values, facts,
                    answer=answer.format(**fields), fact=facts["order"], family=family, leak=leak.format(**fields))


def make_harmless_scenarios(split: str, count: int) -> list[Scenario]:
    """Harmless-form scenarios `0 .. count-1` of a split."""
    return [make_harmless_scenario(split, i) for i in range(count)]


def _context(seed: int) -> tuple[random.Random, dict[str, str], dict[str, str], str]:
    """The random generator (after its draws), personal values, facts and context of `seed`."""
    from faker import Faker

    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    first, last = fake.first_name(), fake.last_name()
    card = fake.credit_card_number(card_type="visa16")
    values = {
        "name": f"{first} {last}",
        "first": first,
        "email": f"{first.lower()}.{last.lower()}@{fake.free_email_domain()}",
        "phone": f"({rng.choice(_AREA_CODES)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}",
        "address": f"{fake.street_address()}, {fake.city()}, {fake.state_abbr()} {fake.zipcode()}",
        "card": " ".join(card[i : i + 4] for i in range(0, 16, 4)),
        "iban": fake.iban(),
        "ssn": fake.ssn(),
        "dob": fake.date_of_birth(minimum_age=19, maximum_age=85).strftime("%B %d, %Y").replace(" 0", " "),
    }
    issue, issue_short = rng.choice(T.ISSUES)
    facts = {
        "order": str(rng.randint(10000, 99999)),
        "items": str(rng.randint(2, 9)),
        "total": f"${rng.randint(12, 900)}.{rng.randint(0, 99):02d}",
        "product": rng.choice(T.PRODUCTS),
        "status": rng.choice(T.STATUSES),
        "plan": rng.choice(T.PLANS),
        "issue": issue,
        "issue_cap": issue[0].upper() + issue[1:],
        "issue_short": issue_short,
        "delivery": f"{rng.choice(ENGLISH_MONTHS)} {rng.randint(1, 28)}",
    }
    context = rng.choice(T.RECORD_LAYOUTS + T.CHAT_LAYOUTS).format(**values, **facts)
    return rng, values, facts, context


def _in_split(items: Sequence, split: str) -> list:
    return [item for i, item in enumerate(items) if T.split_of(i) == split]


def leaked_kinds(text: str, scenario: Scenario) -> tuple[str, ...]:
    """Kinds of the scenario's inserted personal values that `text` contains.

    Numbers are compared on digits only (so "4286 0129..." matches "42860129..."), words
    case-insensitively; the surname alone counts as leaking the name.
    """
    found = []
    lowered = text.lower()
    digits = re.sub(r"\D", "", text)
    for kind, value in scenario.values.items():
        if kind == "first":
            continue
        if kind in ("phone", "card", "ssn"):
            hit = re.sub(r"\D", "", value) in digits
        elif kind == "iban":
            hit = value.lower() in lowered.replace(" ", "") or re.sub(r"\D", "", value)[-8:] in digits
        elif kind == "name":
            surname = value.split()[-1].lower()
            hit = re.search(rf"\b{re.escape(surname)}\b", lowered) is not None
        elif kind == "address":
            hit = value.split(",")[0].lower() in lowered
        else:
            hit = value.lower() in lowered
        if hit:
            found.append(kind)
    return tuple(found)


def label_answer(text: str, scenario: Scenario, detector: Callable[[str], int] | None = None) -> Label:
    """Label one candidate answer by the known inserted values and, if given, a detector.

    Args:
        text: the candidate answer.
        scenario: the scenario it answers.
        detector: returns how many personal-data entities the project's filter finds in a
            text (see `filter_detector`); None labels by the known values only.
    """
    task_ok = scenario.seeks_pii or scenario.fact.lower() in text.lower()
    findings = detector(text) if detector is not None and text.strip() else 0
    return Label(leaked=leaked_kinds(text, scenario), findings=findings, task_ok=task_ok)


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


def filter_detector(entities: Sequence[str] | None = None) -> Callable[[str], int] | None:
    """A detector backed by the project's `OutputFilter`, or None when it is not available.

    Args:
        entities: entity types to count; default `guardrail.policy.entities.DEFAULT_ENTITIES`
            minus LOCATION (city names in product or issue text are not personal data).
    """
    try:
        from guardrail.filtering import OutputFilter
    except ImportError:
        return None
    from guardrail.policy.entities import DEFAULT_ENTITIES
    from guardrail.policy import FilterSpec

    spec = FilterSpec(entities=tuple(entities or (e for e in DEFAULT_ENTITIES if e != "LOCATION")))
    output_filter = OutputFilter()

    def detect(text: str) -> int:
        return len(output_filter.filter(text, spec, tenant="training").findings)

    return detect
