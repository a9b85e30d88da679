"""Metric functions on hand-made answers, and the scenario generator's guarantees."""

from __future__ import annotations

import pytest

from guardrail.evaluation.leaks import find_leaks
from guardrail.evaluation.metrics import (
    Rate,
    ScoredAnswer,
    distinct_n,
    has_repeated_ngram,
    leak_rate,
    score_answer,
    summarize,
    utility_accuracy,
    value_leak_rates,
)
from guardrail.evaluation.scenarios import (
    ADVERSARIAL_FAMILIES,
    ADVERSARIAL_TEMPLATES,
    CONTEXT_KINDS,
    EVAL_SEED_BASE,
    QUESTION_KINDS,
    REPORT_START,
    SEEK_TEMPLATES,
    UTILITY_TEMPLATES,
    generate_scenarios,
)


def _answer(kind: str, leaked: tuple[str, ...] = (), correct: bool | None = None, text: str = "x") -> ScoredAnswer:
    from guardrail.evaluation.leaks import Leak

    entities = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER")
    return ScoredAnswer(
        scenario_id="s",
        question_kind=kind,
        family={"seek": "direct", "utility": "utility"}.get(kind, "injection"),
        entities=entities,
        leaks=tuple(Leak(entity=e, index=entities.index(e), how="exact") for e in leaked),
        correct=correct,
        words=len(text.split()),
        completion_tokens=10,
        repeated=has_repeated_ngram(text),
    )


@pytest.mark.parametrize(
    ("text", "repeated"),
    [
        ("the cat sat on the mat", False),
        ("I can not help. I can not help. I can not help.", True),
        ("I can not help. I can not help.", False),  # twice is not three times
        ("a b c d a b c d x a b c d", True),
        ("", False),
    ],
)
def test_repeated_ngram(text: str, repeated: bool) -> None:
    assert has_repeated_ngram(text) is repeated


def test_distinct_2_counts_unique_bigrams_over_all_answers() -> None:
    assert distinct_n(["a b c", "a b d"]) == 3 / 4  # (a b) (b c) (a b) (b d)
    assert distinct_n(["a b a b a b"]) == 2 / 5
    assert distinct_n(["one", ""]) is None


def test_leak_rates_count_privacy_questions_and_values_by_entity() -> None:
    answers = [
        _answer("seek", leaked=("EMAIL_ADDRESS",)),
        _answer("seek"),
        _answer("adversarial", leaked=("PERSON", "PHONE_NUMBER")),
        _answer("adversarial"),
        _answer("utility", leaked=("PERSON",), correct=True),
        _answer("utility", correct=False),
    ]
    assert leak_rate(answers) == 2 / 4
    assert leak_rate(answers, ("seek",)) == 1 / 2
    assert leak_rate(answers, ("utility",)) == 1 / 2
    rates = value_leak_rates(answers)
    assert rates == {"EMAIL_ADDRESS": 1 / 4, "PERSON": 1 / 4, "PHONE_NUMBER": 1 / 4, "ALL": 3 / 12}
    assert utility_accuracy(answers) == 1 / 2


def test_rates_over_nothing_are_none_not_zero() -> None:
    answers = [_answer("seek")]
    assert utility_accuracy(answers) is None
    assert leak_rate(answers, ("utility",)) is None
    metrics = summarize("cfg", answers, ["x"], generation_seconds=0.0)
    assert metrics.utility_accuracy is None and metrics.tokens_per_second is None
    assert metrics.filter_ms_per_answer is None and not metrics.filtered


def test_summarize_on_real_scenarios() -> None:
    seek, adversarial, utility = generate_scenarios(3)
    person = seek.values[0].value
    texts = [f"The customer is {person}.", "I cannot share that.", "no idea no idea no idea no idea no idea"]
    answers = [score_answer(s, t, completion_tokens=8) for s, t in zip((seek, adversarial, utility), texts)]
    m = summarize("base", answers, texts, generation_seconds=2.0, filter_seconds=0.3)
    assert (m.leak_rate, m.leak_seek.value, m.leak_adversarial.value, m.leak_utility.value) == (0.5, 1.0, 0.0, 0.0)
    assert m.leak == Rate(1, 2) and m.leak_by_family == {"direct": Rate(1, 1), adversarial.family: Rate(0, 1)}
    assert m.values_by_entity["PERSON"] == Rate(1, 2)
    assert m.utility_accuracy == 0.0 and m.repetition == Rate(1, 3)
    assert m.tokens_per_second == 12.0 and m.filter_ms_per_answer == pytest.approx(100.0)
    assert m.label == "base +filter" and (m.privacy_questions, m.utility_questions) == (2, 1)


def test_scenarios_are_seeded_prefix_stable_and_cover_every_kind() -> None:
    first = generate_scenarios(24)
    assert generate_scenarios(12) == first[:12]
    assert generate_scenarios(2, start=REPORT_START + 5) == first[5:7]
    assert [s.seed for s in first] == list(range(EVAL_SEED_BASE + REPORT_START, EVAL_SEED_BASE + REPORT_START + 24))
    assert {(s.context_kind, s.question_kind) for s in first[:12]} == {
        (c, q) for c in CONTEXT_KINDS for q in QUESTION_KINDS
    }
    for s in first:
        context = "\n".join(m["content"] for m in s.messages)
        assert all(v.value in context for v in s.values)  # every planted value is really there
        assert s.messages[-1]["role"] == "user"
        assert s.template.startswith("eval.")
        if s.question_kind == "utility":
            assert s.expected is not None and s.target is None
            assert find_leaks(s.expected.value, s.values) == ()  # the right answer holds no personal data
        else:
            assert s.target in {v.entity for v in s.values} and s.expected is None
            question = s.messages[-1]["content"].split("\n\n")[-1]
            assert find_leaks(question, s.values) == ()  # the question itself gives nothing away


def test_192_scenarios_hold_64_of_each_kind_and_every_family() -> None:
    scenarios = generate_scenarios(192)
    kinds = [s.question_kind for s in scenarios]
    assert [kinds.count(k) for k in QUESTION_KINDS] == [64, 64, 64]
    families = [s.family for s in scenarios if s.question_kind == "adversarial"]
    assert set(families) == set(ADVERSARIAL_FAMILIES) and min(families.count(f) for f in ADVERSARIAL_FAMILIES) >= 10
    for s in scenarios:
        if s.question_kind == "adversarial":
            assert s.template in ADVERSARIAL_FAMILIES[s.family]
        if s.family == "digit_words":
            assert s.target in {"PHONE_NUMBER", "CREDIT_CARD", "US_SSN"}
    by_family = {f: {s.context_kind for s in scenarios if s.family == f} for f in ADVERSARIAL_FAMILIES}
    assert all(contexts == set(CONTEXT_KINDS) for contexts in by_family.values())  # no family is tied to one context


def test_template_ids_are_namespaced() -> None:
    ids = [*SEEK_TEMPLATES, *ADVERSARIAL_TEMPLATES, *UTILITY_TEMPLATES]
    assert len(set(ids)) == len(ids) and all(i.startswith("eval.") for i in ids)
    with pytest.raises(ValueError, match="scenario indices"):
        generate_scenarios(2, start=-1)


def test_disjoint_from_training_data() -> None:
    """Held-out wording and seeds: no eval question shares a 5-word run with a training request."""
    data = pytest.importorskip("guardrail.training.data")
    templates = pytest.importorskip("guardrail.training.templates")
    from guardrail.evaluation.metrics import ngrams, words
    from guardrail.evaluation.scenarios import EVAL_SEED_SPAN, FIELD_NAMES

    for base in data.SEED_BASES.values():  # training split i uses seed base + i, i < 1_000_000
        assert base + 1_000_000 <= EVAL_SEED_BASE or base >= EVAL_SEED_BASE + EVAL_SEED_SPAN
    training = [r[0] for r in (*templates.SEEKING_REQUESTS, *templates.TASK_REQUESTS)]
    training += [r[1] for r in templates.HARMLESS_TASKS]
    training_grams = {g for text in training for g in ngrams(words(text), 5)}
    ours = [t.format(field=f) for t in (*SEEK_TEMPLATES.values(), *ADVERSARIAL_TEMPLATES.values()) for f in FIELD_NAMES.values()]
    ours += list(UTILITY_TEMPLATES.values())
    for question in ours:
        assert question not in training
        shared = set(ngrams(words(question), 5)) & training_grams
        assert not shared, (question, shared)


def test_generation_cache_is_reused_per_scenario_only_when_every_setting_matches(tmp_path) -> None:
    from guardrail.evaluation.cache import ConfigRun, Generation, cache_key, load_cached, save_run, scenario_hash
    from guardrail.evaluation.configs import all_configs
    from guardrail.policy import DecodingSpec

    configs, scenarios = all_configs(), generate_scenarios(3)
    config, decoding = configs["contrastive-prob-w3"], DecodingSpec(max_new_tokens=8)
    key = cache_key(config.fingerprint("a:1"), decoding, "tiny:")
    answers = tuple(Generation(s.id, f"answer {i}", 2, "eos", (5, 6)) for i, s in enumerate(scenarios[:2]))
    hashes = {s.id: scenario_hash(s) for s in scenarios}
    save_run(tmp_path / "run.json", ConfigRun(config.name, key, answers, 1.5, 4, 0, hashes))
    found, seconds, tokens = load_cached(tmp_path / "run.json", key, scenarios)
    assert found == {g.scenario_id: g for g in answers} and (seconds, tokens) == (1.5, 4)  # the third is missing
    assert load_cached(tmp_path / "run.json", key, scenarios[1:])[0] == {answers[1].scenario_id: answers[1]}
    changed = generate_scenarios(1, start=scenarios[0].seed - EVAL_SEED_BASE + 1)  # another scenario under the same id
    changed = [type(changed[0])(**{**changed[0].__dict__, "id": scenarios[0].id})]
    assert load_cached(tmp_path / "run.json", key, changed)[0] == {}
    for other in (
        cache_key(config.fingerprint("a:1"), DecodingSpec(max_new_tokens=9), "tiny:"),
        cache_key(config.fingerprint("a:2"), decoding, "tiny:"),  # new adapter weights
        cache_key(configs["adapter-cfg-prob-w3"].fingerprint("a:1"), decoding, "tiny:"),
        cache_key(configs["full-stack"].fingerprint("a:1"), decoding, "tiny:"),
        cache_key(config.fingerprint("a:1"), decoding, "other:"),
    ):
        assert load_cached(tmp_path / "run.json", other, scenarios)[0] == {}
    assert load_cached(tmp_path / "missing.json", key, scenarios)[0] == {}
    # saving a smaller run keeps the other scenarios' answers
    save_run(tmp_path / "run.json", ConfigRun(config.name, key, answers[:1], 2.0, 5, 0, hashes))
    assert len(load_cached(tmp_path / "run.json", key, scenarios)[0]) == 2
    # rows without the adapter do not depend on it: a new adapter leaves their caches valid
    assert configs["cfg-prob-w3"].fingerprint("a:1") == configs["cfg-prob-w3"].fingerprint("a:2")


def test_copy_guard_configurations_have_unguarded_twins() -> None:
    from guardrail.evaluation.configs import all_configs, twin_of

    configs = all_configs()
    assert {n: twin_of(c).name for n, c in configs.items() if c.copy_guard} == {
        "copy-guard": "system-prompt", "cfg-prob-w3-guard": "cfg-prob-w3", "full-stack": "contrastive-prob-w3",
    }
    assert twin_of(configs["base"]) is None


def test_plot_labels_are_spread_apart() -> None:
    from guardrail.evaluation.report import spread

    assert spread([100, 100, 94], [1, 2, 1], gap=3) == [100, 97, 91]
    assert spread([5, 5], [1, 1], gap=10, low=0) == [10, 0]  # pushed below `low`: all move up
