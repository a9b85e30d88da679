"""An adapter's validation preference accuracy per condition, split by pair kind, against the base model.

    python benchmarks/adapter_pairs_by_kind.py adapters/privacy-smollm2-135m [--scenarios 32]

The shipping gate reports one accuracy per condition over every validation pair. This splits
it into privacy pairs (safe answer against a leak, swapped under the negative prompt) and
fact pairs (right fact against a made-up one), with the adapter on and off, on the same
validation pairs `guardrail train` builds (split "validation", template seed 1).
"""

from __future__ import annotations

import argparse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("adapter", help="adapter folder")
    parser.add_argument("--scenarios", type=int, default=32, help="validation scenarios (default 32, as the recipe)")
    args = parser.parse_args()

    from peft import PeftModel

    from guardrail.policy import DEFAULT_NEGATIVE_PROMPT, DEFAULT_POSITIVE_PROMPT
    from guardrail.steering.models import load_model
    from guardrail.training import data
    from guardrail.training.batches import evaluate_examples
    from guardrail.training.pipeline import DataConfig
    from guardrail.training.trainer import TrainConfig

    loaded = load_model(None)
    model = PeftModel.from_pretrained(loaded.model, args.adapter).eval()
    recipe = DataConfig()
    pairs = data.build_pairs(data.make_scenarios("validation", args.scenarios, recipe.seeking_fraction), seed=recipe.seed + 1)
    harmless = data.make_harmless_scenarios("validation", recipe.harmless_validation_scenarios)
    pairs += [p for p in data.build_harmless_pairs(harmless, seed=recipe.seed + 1) if p.kind == "harmless"]
    for kind in ("privacy", "fact", "harmless"):
        chosen = [p for p in pairs if p.kind == kind]
        examples = data.cfg_aware_examples(chosen, DEFAULT_POSITIVE_PROMPT, DEFAULT_NEGATIVE_PROMPT)
        adapter = evaluate_examples(model, loaded.tokenizer, examples, TrainConfig())
        with model.disable_adapter():
            base = evaluate_examples(model, loaded.tokenizer, examples, TrainConfig())
        print(f"{kind} pairs: {len(chosen)}; accuracy positive / negative prompt: adapter "
              f"{adapter['accuracy_positive']:.3f} / {adapter['accuracy_negative']:.3f}, "
              f"base model {base['accuracy_positive']:.3f} / {base['accuracy_negative']:.3f}")


if __name__ == "__main__":
    main()
