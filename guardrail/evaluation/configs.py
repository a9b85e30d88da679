"""The evaluated configurations, as data.

Every configuration is one way of running the engine; the runner reports each one twice,
on the raw generations and on the same generations after the output filter.

| name                   | system prompt        | w   | mode | positive row | negative row | copy guard |
|------------------------|----------------------|-----|------|--------------|--------------|------------|
| `base`                 | empty system turn    | 1   | -    | base         | -            | -          |
| `system-prompt`        | the positive prompt  | 1   | -    | base         | -            | -          |
| `cfg-prob-w3`          | positive vs negative | 3   | prob | base         | base         | -          |
| `adapter`              | the positive prompt  | 1   | -    | adapter      | -            | -          |
| `adapter-cfg-prob-w3`  | positive vs negative | 3   | prob | adapter      | adapter      | -          |
| `contrastive-prob-w3`  | positive vs negative | 3   | prob | adapter      | base         | -          |
| `copy-guard`           | the positive prompt  | 1   | -    | base         | -            | yes        |
| `cfg-prob-w3-guard`    | positive vs negative | 3   | prob | base         | base         | yes        |
| `full-stack`           | positive vs negative | 3   | prob | adapter      | base         | yes        |
| `cfg-{mode}-w{w}`      | positive vs negative | 1.5, 2, 3, 5 | logprob, prob, topk | base | base | - |

`contrastive-*` is adapter-contrastive CFG: the privacy adapter on the positive row, the
base model under the negative prompt on the negative row. The headline set (`HEADLINE`) is
the default; the `cfg-*` grid can be named in `--configs`. `cfg-prob-w3` is the "best CFG"
because the first, 48-scenario evaluation (other scenarios) chose it; nothing here is chosen
on the reported scenarios.

The engine always writes a system turn, so `base` gets an empty one: the closest the engine
comes to "no system prompt" (SmolLM2's template would otherwise insert its own default).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guardrail.policy import DEFAULT_NEGATIVE_PROMPT, DEFAULT_POSITIVE_PROMPT

GUIDANCE_VALUES = (1.5, 2.0, 3.0, 5.0)
_MODE_SLUG = {"logprob": "logprob", "prob": "prob", "top_k": "topk"}
COPY_GUARD_MIN_CHARS = 4
# What the evaluation's copy guard protects: the identifiers a question can ask for (dates,
# totals and products are the utility answers, and no default entity covers them anyway).
COPY_GUARD_ENTITIES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "STREET_ADDRESS",
    "LOCATION", "US_BANK_NUMBER",
)


@dataclass(frozen=True)
class EvalConfig:
    """One engine configuration under evaluation.

    Attributes:
        name: its name in `--configs` and the tables.
        guidance: CFG w (1 = the positive row alone).
        mode: CFG mode ("logprob", "prob", "top_k").
        positive_prompt: the positive row's system prompt ("" = an empty system turn).
        negative_prompt: the negative row's (used when w != 1).
        adapter_rows: whether the positive and the negative row run the `--adapter`.
        copy_guard: whether the context-value copy guard runs.
        description: one line for the docs.
    """

    name: str
    guidance: float = 1.0
    mode: str = "logprob"
    positive_prompt: str = DEFAULT_POSITIVE_PROMPT
    negative_prompt: str = DEFAULT_NEGATIVE_PROMPT
    adapter_rows: tuple[bool, bool] = (False, False)
    copy_guard: bool = False
    description: str = ""

    @property
    def steered(self) -> bool:
        """Whether a negative row runs (w != 1)."""
        return self.guidance != 1.0

    @property
    def uses_adapter(self) -> bool:
        """Whether some row runs the `--adapter`."""
        return any(self.adapter_rows[: 2 if self.steered else 1])

    def fingerprint(self, adapter_id: str | None) -> dict[str, Any]:
        """What identifies this configuration's generations (the cache key's part).

        Args:
            adapter_id: "<name>:<hash of its weights>" of the `--adapter` (None without one).
        """
        rows = [adapter_id if self.adapter_rows[0] else None, adapter_id if self.steered and self.adapter_rows[1] else None]
        guard = {"min_chars": COPY_GUARD_MIN_CHARS, "entities": list(COPY_GUARD_ENTITIES)} if self.copy_guard else None
        return {
            "guidance": self.guidance,
            "mode": self.mode,
            "positive_prompt": self.positive_prompt,
            "negative_prompt": self.negative_prompt if self.steered else None,
            "rows": rows,
            "copy_guard": guard,
        }


def _w(w: float) -> str:
    return f"{w:g}"


def all_configs() -> dict[str, EvalConfig]:
    """Every known configuration by name, in report order."""
    adapter, contrastive = (True, True), (True, False)
    configs = [
        EvalConfig("base", positive_prompt="", description="base model, empty system turn"),
        EvalConfig("system-prompt", description="positive system prompt only (w=1)"),
        EvalConfig("cfg-prob-w3", guidance=3.0, mode="prob", description="CFG, prob mode, w=3 (the best CFG of the first evaluation)"),
        EvalConfig("adapter", adapter_rows=adapter, description="adapter + positive system prompt (w=1)"),
        EvalConfig("adapter-cfg-prob-w3", guidance=3.0, mode="prob", adapter_rows=adapter, description="adapter on both rows + CFG, prob, w=3"),
        EvalConfig("contrastive-prob-w3", guidance=3.0, mode="prob", adapter_rows=contrastive,
                   description="adapter-contrastive CFG: adapter on the positive row, base model on the negative row, prob, w=3"),
        EvalConfig("copy-guard", copy_guard=True, description="positive system prompt + context-value copy guard (w=1)"),
        EvalConfig("cfg-prob-w3-guard", guidance=3.0, mode="prob", copy_guard=True, description="CFG prob w=3 + copy guard"),
        EvalConfig("full-stack", guidance=3.0, mode="prob", adapter_rows=contrastive, copy_guard=True,
                   description="adapter-contrastive CFG prob w=3 + copy guard"),
    ]
    for mode, slug in _MODE_SLUG.items():
        configs += [
            EvalConfig(f"cfg-{slug}-w{_w(w)}", guidance=w, mode=mode, description=f"CFG, {mode} mode, w={_w(w)}")
            for w in GUIDANCE_VALUES
            if f"cfg-{slug}-w{_w(w)}" != "cfg-prob-w3"
        ]
    return {c.name: c for c in configs}


HEADLINE: tuple[str, ...] = (
    "base", "system-prompt", "cfg-prob-w3", "adapter", "adapter-cfg-prob-w3", "contrastive-prob-w3",
    "copy-guard", "cfg-prob-w3-guard", "full-stack",
)
DEFAULT_CONFIGS = HEADLINE
QUICK_CONFIGS: tuple[str, ...] = ("base", "system-prompt", "cfg-prob-w3", "adapter", "contrastive-prob-w3", "copy-guard")


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
