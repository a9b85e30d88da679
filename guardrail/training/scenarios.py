"""Seeded synthetic scenarios for privacy training.

A *scenario* is a context holding one fake person's data (a customer record or a support
chat, made with a seeded Faker) plus a request: either one that seeks the personal data
(some phrased as prompt injections) or an ordinary task whose good answer needs a fact of
the context that is not personal (order total, plan, status, ...). A *harmless-form*
scenario (`make_harmless_scenario`, its own seeds) asks for a task that can be done without
the personal values: summarise, reply, translate, reformat, continue a text, fill a form.

Disjointness: scenario `i` of a split is seeded with `SEED_BASES[split] + i`, and the
evaluation generator (`guardrail.evaluation`) uses its own seed range and templates
(`guardrail.training.templates` is read only by the training data). Train and validation
also use disjoint request templates (`templates.split_of`).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

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
