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
| `adapter-cfg-{mode}-w{w}` | positive vs negative | 2, 3, 5 | logprob, prob, topk | adapter | adapter | - |

`contrastive-*` is adapter-contrastive CFG: the privacy adapter on the positive row, the
base model under the negative prompt on the negative row. The headline set (`HEADLINE`) is
the default; the `cfg-*` and `adapter-cfg-*` grids can be named in `--configs` (`GRID` lists
the cells of the mode grid, `docs/eval-cfg/`, that chose the schema's default mode). `cfg-prob-w3` is the "best CFG"
because the first, 48-scenario evaluation (other scenarios) chose it; nothing here is chosen
on the reported scenarios.

The engine always writes a system turn, so `base` gets an empty one: the closest the engine
comes to "no system prompt" (SmolLM2's template would otherwise insert its own default).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guardrail.policy import CopyGuardSpec, DecodingSpec, FilterSpec, SteeringSpec

GUIDANCE_VALUES = (1.5, 2.0, 3.0, 5.0)
ADAPTER_GUIDANCE_VALUES = (2.0, 3.0, 5.0)
EVAL_ADAPTER = "EVAL_ADAPTER"  # stands for the adapter given by `--adapter`; bound by `EvalConfig.spec`
_MODE_SLUG = {"logprob": "logprob", "prob": "prob", "top_k": "topk"}
COPY_GUARD_MIN_CHARS = 4
# What the evaluation's copy guard protects: the identifiers a question can ask for (dates,
# totals and products are the utility answers, and no default entity covers them anyway).
COPY_GUARD_ENTITIES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "STREET_ADDRESS",
    "LOCATION", "US_BANK_NUMBER",
)
COPY_GUARD = CopyGuardSpec(enabled=True, min_chars=COPY_GUARD_MIN_CHARS, entities=COPY_GUARD_ENTITIES)


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
    own_decoding: bool = False  # a route row: run `steering.decoding` (its length capped by the shared one)
    guard_filter: FilterSpec | None = None  # the analyzer settings of the copy guard (None: COPY_GUARD_ENTITIES)

    @property
    def uses_adapter(self) -> bool:
        """Whether a row of this configuration runs the adapter under evaluation."""
        pos, neg = self.steering.row_adapters
        return EVAL_ADAPTER in (pos, neg if self.steering.steered else None)

    @property
    def copy_guard(self) -> bool:
        """Whether the copy guard runs."""
        return self.steering.copy_guard.enabled

    def spec(self, adapter: str | None, decoding: DecodingSpec) -> SteeringSpec:
        """The steering spec to run: `EVAL_ADAPTER` bound to `adapter`, with `decoding` (a route row
        keeps its own decoding, with the shared answer-length cap)."""
        pos, neg = (adapter if a == EVAL_ADAPTER else a for a in (self.steering.adapter, self.steering.negative_adapter))
        if self.own_decoding:
            decoding = self.steering.decoding.model_copy(update={"max_new_tokens": decoding.max_new_tokens})
        return self.steering.model_copy(update={"adapter": pos, "negative_adapter": neg, "decoding": decoding})

    def fingerprint(self, adapter_id: str | None) -> dict[str, Any]:
        """What identifies this configuration's generations (the cache key's part).

        Decoding is keyed separately; the adapter under evaluation is named by `adapter_id`
        ("<name>:<hash of its weights>"), so a new adapter invalidates exactly its rows.
        """
        s = self.steering
        named = adapter_id.split(":")[0] if adapter_id else None
        pos, neg = (adapter_id if a == EVAL_ADAPTER or (named and a == named) else a for a in s.row_adapters)
        guard = s.copy_guard
        extra: dict[str, Any] = {}
        if self.own_decoding:
            extra["decoding"] = s.decoding.model_dump(mode="json", exclude={"max_new_tokens"})
        if self.guard_filter is not None and guard.enabled:
            extra["guard_filter"] = self.guard_filter.model_dump(mode="json")
        return {
            "guidance": s.guidance,
            "mode": s.mode if s.steered else "logprob",  # no effect at w = 1: keys stay those of the old default
            "positive_prompt": s.positive_prompt,
            "negative_prompt": s.negative_prompt if s.steered else None,
            "rows": [pos, neg if s.steered else None],
            "copy_guard": ({"min_chars": guard.min_chars, "inner_chars": guard.inner_chars, "entities": list(guard.entities)}
                           if guard.enabled else None),
            **extra,
        }


def _w(w: float) -> str:
    return f"{w:g}"


def all_configs() -> dict[str, EvalConfig]:
    """Every known configuration by name, in report order."""
    plain = SteeringSpec(guidance=1.0)
    cfg = SteeringSpec(guidance=3.0, mode="prob")
    contrastive = cfg.model_copy(update={"adapter": EVAL_ADAPTER, "negative_adapter": None})
    configs = [
        EvalConfig("base", plain.model_copy(update={"positive_prompt": ""}), "base model, empty system turn"),
        EvalConfig("system-prompt", plain, "positive system prompt only (w=1)"),
        EvalConfig("cfg-prob-w3", cfg, "CFG, prob mode, w=3 (the best CFG of the first evaluation)"),
        EvalConfig("adapter", plain.model_copy(update={"adapter": EVAL_ADAPTER}), "adapter + positive system prompt (w=1)"),
        EvalConfig("adapter-cfg-prob-w3", cfg.model_copy(update={"adapter": EVAL_ADAPTER}), "adapter on both rows + CFG, prob, w=3"),
        EvalConfig("contrastive-prob-w3", contrastive,
                   "adapter-contrastive CFG: adapter on the positive row, base model on the negative row, prob, w=3"),
        EvalConfig("copy-guard", plain.model_copy(update={"copy_guard": COPY_GUARD}), "positive system prompt + copy guard (w=1)"),
        EvalConfig("cfg-prob-w3-guard", cfg.model_copy(update={"copy_guard": COPY_GUARD}), "CFG prob w=3 + copy guard"),
        EvalConfig("full-stack", contrastive.model_copy(update={"copy_guard": COPY_GUARD}),
                   "adapter-contrastive CFG prob w=3 + copy guard"),
    ]
    for mode, slug in _MODE_SLUG.items():
        configs += [
            EvalConfig(f"cfg-{slug}-w{_w(w)}", SteeringSpec(guidance=w, mode=mode), f"CFG, {mode} mode, w={_w(w)}")
            for w in GUIDANCE_VALUES
            if f"cfg-{slug}-w{_w(w)}" != "cfg-prob-w3"
        ]
    for mode, slug in _MODE_SLUG.items():
        configs += [
            EvalConfig(f"adapter-cfg-{slug}-w{_w(w)}", SteeringSpec(guidance=w, mode=mode, adapter=EVAL_ADAPTER),
                       f"adapter on both rows + CFG, {mode} mode, w={_w(w)}")
            for w in ADAPTER_GUIDANCE_VALUES
            if f"adapter-cfg-{slug}-w{_w(w)}" != "adapter-cfg-prob-w3"
        ]
    return {c.name: c for c in configs}


HEADLINE: tuple[str, ...] = (
    "base", "system-prompt", "cfg-prob-w3", "adapter", "adapter-cfg-prob-w3", "contrastive-prob-w3",
    "copy-guard", "cfg-prob-w3-guard", "full-stack",
)
DEFAULT_CONFIGS = HEADLINE
# The mode grid (w = 2, 3, 5 x logprob / prob / top_k, with the adapter on both rows and without), its
# w = 1 references first and the most decisive cells (w = 3) next, in the order it is run.
GRID: tuple[str, ...] = (
    "system-prompt", "adapter",
    *(f"adapter-cfg-{m}-w3" for m in ("logprob", "prob", "topk")),
    *(f"cfg-{m}-w3" for m in ("logprob", "prob", "topk")),
    *(f"{a}cfg-{m}-w{w}" for w in (2, 5) for a in ("adapter-", "") for m in ("logprob", "prob", "topk")),
)
QUICK_CONFIGS: tuple[str, ...] = ("base", "system-prompt", "cfg-prob-w3", "adapter", "contrastive-prob-w3", "copy-guard")


def twin_of(config: EvalConfig) -> EvalConfig | None:
    """The known configuration that is `config` without its copy guard (None if there is none)."""
    if not config.copy_guard or config.own_decoding:
        return None
    plain = config.steering.model_copy(update={"copy_guard": CopyGuardSpec()})
    return next((c for c in all_configs().values() if c.steering == plain), None)


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


def route_config(store: Any, route: str) -> EvalConfig:
    """A configuration that runs a shipped route's steering as it is (`TENANT/SOURCE`).

    The route's own decoding runs (repetition penalty, n-gram ban; the answer-length cap stays
    the evaluation's, so lengths compare), and its copy guard finds prompt values with the
    route's own filter settings (entities, recognizers, threshold), as `guardrail.guard` does.
    The output filter is left to the evaluation's shared filter rows: the "before" row is the
    route with its filter switched off.

    Raises:
        ValueError: `route` is not `TENANT/SOURCE`, or names an unknown tenant or source.
    """
    from guardrail.errors import PolicyError

    tenant, _, source = route.partition("/")
    if not tenant or not source:
        raise ValueError(f"--route {route!r}: write it as TENANT/SOURCE, e.g. acme-bank/public_web")
    try:
        r = store.route(tenant, source)
    except PolicyError as exc:
        raise ValueError(f"--route {route!r}: {exc}") from None
    return EvalConfig(
        f"route-{tenant}-{source}", r.steering, f"the shipped route {tenant}/{source} (its own decoding; filter off in the before row)",
        own_decoding=True, guard_filter=r.copy_guard_filter if r.steering.copy_guard.enabled else None,
    )
