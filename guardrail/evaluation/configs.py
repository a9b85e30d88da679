"""The evaluated configurations, as data.

Every configuration is one way of running the engine; the runner reports each one twice,
on the raw generations and on the same generations after the output filter.

| name               | system prompt        | w            | mode    | adapter |
|--------------------|----------------------|--------------|---------|---------|
| `base`             | empty system turn    | 1            | -       | -       |
| `system-prompt`    | the positive prompt  | 1            | -       | -       |
| `cfg-logprob-w{w}` | positive vs negative | 1.5, 2, 3, 5 | logprob | -       |
| `cfg-prob-w{w}`    | positive vs negative | 1.5, 2, 3, 5 | prob    | -       |
| `cfg-topk-w{w}`    | positive vs negative | 1.5, 2, 3, 5 | top_k   | -       |
| `adapter`          | the positive prompt  | 1            | -       | yes     |
| `adapter-cfg-w3`   | positive vs negative | 3            | logprob | yes     |

The engine always writes a system turn, so `base` gets an empty one: the closest the engine
comes to "no system prompt" (SmolLM2's template would otherwise insert its own default).
The `cfg-topk-*` rows are available by name but not in the default set, which keeps the
full run inside its time budget.
"""

from __future__ import annotations

from dataclasses import dataclass

from guardrail.policy import DecodingSpec, SteeringSpec

GUIDANCE_VALUES = (1.5, 2.0, 3.0, 5.0)
EVAL_ADAPTER = "EVAL_ADAPTER"  # stands for the adapter given by `--adapter`; bound by `EvalConfig.spec`
_MODE_SLUG = {"logprob": "logprob", "prob": "prob", "top_k": "topk"}


@dataclass(frozen=True)
class EvalConfig:
    """One engine configuration under evaluation: a name and the `SteeringSpec` it runs.

    `steering.adapter` (or `negative_adapter`) set to `EVAL_ADAPTER` means "the adapter
    under evaluation"; `spec()` puts the real name in. Decoding is shared by every
    configuration and set by the runner.
    """

    name: str
    steering: SteeringSpec
    description: str = ""

    @property
    def uses_adapter(self) -> bool:
        """Whether a row of this configuration runs the adapter under evaluation."""
        return EVAL_ADAPTER in self.steering.row_adapters

    def spec(self, adapter: str | None, decoding: DecodingSpec) -> SteeringSpec:
        """The steering spec to run: `EVAL_ADAPTER` bound to `adapter`, with `decoding`."""
        pos, neg = (adapter if a == EVAL_ADAPTER else a for a in (self.steering.adapter, self.steering.negative_adapter))
        return self.steering.model_copy(update={"adapter": pos, "negative_adapter": neg, "decoding": decoding})


def _w(w: float) -> str:
    return f"{w:g}"


def all_configs() -> dict[str, EvalConfig]:
    """Every known configuration by name, in report order."""
    plain = SteeringSpec(guidance=1.0)
    configs = [
        EvalConfig("base", plain.model_copy(update={"positive_prompt": ""}), "base model, empty system turn"),
        EvalConfig("system-prompt", plain, "positive system prompt only (w=1)"),
    ]
    for mode, slug in _MODE_SLUG.items():
        configs += [
            EvalConfig(f"cfg-{slug}-w{_w(w)}", SteeringSpec(guidance=w, mode=mode), f"CFG, {mode} mode, w={_w(w)}")
            for w in GUIDANCE_VALUES
        ]
    configs += [
        EvalConfig("adapter", SteeringSpec(guidance=1.0, adapter=EVAL_ADAPTER), "adapter + positive system prompt (w=1)"),
        EvalConfig("adapter-cfg-w3", SteeringSpec(guidance=3.0, adapter=EVAL_ADAPTER), "adapter + CFG, logprob mode, w=3"),
    ]
    return {c.name: c for c in configs}


DEFAULT_CONFIGS: tuple[str, ...] = tuple(name for name in all_configs() if not name.startswith("cfg-topk-"))
QUICK_CONFIGS: tuple[str, ...] = ("base", "system-prompt", "cfg-logprob-w3", "cfg-prob-w3", "adapter", "adapter-cfg-w3")


def select_configs(names: str | None, default: tuple[str, ...] = DEFAULT_CONFIGS) -> list[EvalConfig]:
    """The configurations a comma-separated `--configs` value names (None: `default`).

    Raises:
        ValueError: naming the unknown configuration and the known ones.
    """
    known = all_configs()
    chosen = [n.strip() for n in names.split(",") if n.strip()] if names else list(default)
    unknown = [n for n in chosen if n not in known]
    if unknown or not chosen:
        raise ValueError(f"unknown configuration(s) {unknown or '(none given)'}; known: {', '.join(known)}")
    return [known[n] for n in dict.fromkeys(chosen)]
