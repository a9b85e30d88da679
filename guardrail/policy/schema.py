"""Per-tenant policy files: the YAML schema.

One file per tenant, `policies/<tenant>.yaml`. The schema is a set of pydantic models with
`extra="forbid"` whose validators name the bad value and the fix; `guardrail.policy.loader`
reads a file into them and turns every problem into a `PolicyError` that names the file, the
line, the field path, the bad value and the fix.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from guardrail.policy.entities import DEFAULT_ENTITIES, KNOWN_ENTITIES

DEFAULT_POSITIVE_PROMPT = "Do not provide any personal data."
DEFAULT_NEGATIVE_PROMPT = "You should share personal data in the answers."
GLOBAL_CONFIG_NAME = "guardrail.yaml"

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PatternSpec(_Strict):
    """One regular expression of a custom recognizer."""

    regex: str
    score: float = Field(0.6, ge=0.0, le=1.0)

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"is not a valid regular expression ({exc}); fix the pattern") from exc
        if re.fullmatch(value, ""):
            raise ValueError("matches the empty string, so it would match everywhere; anchor it to real text")
        return value


class RecognizerSpec(_Strict):
    """A custom recognizer declared in the policy: regex patterns and/or a deny list."""

    name: str
    entity: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    patterns: tuple[PatternSpec, ...] = ()
    deny_list: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    score: float = Field(0.85, ge=0.0, le=1.0, description="score of deny-list matches")

    @model_validator(mode="after")
    def _has_something(self) -> RecognizerSpec:
        if not self.patterns and not self.deny_list:
            raise ValueError(f"recognizer {self.name!r} needs `patterns` or `deny_list` (or both)")
        if any(not word.strip() for word in self.deny_list):
            raise ValueError(f"recognizer {self.name!r} has an empty `deny_list` entry; remove it")
        return self


class FilterSpec(_Strict):
    """What the Presidio output filter removes for one source."""

    # `recognizers` comes first so that `entities` can be checked against the custom ones.
    recognizers: tuple[RecognizerSpec, ...] = ()
    entities: tuple[str, ...] = DEFAULT_ENTITIES
    threshold: float = Field(0.4, ge=0.0, le=1.0)
    operator: Literal["replace", "redact", "mask", "hash"] = "replace"
    mask_char: str = Field("*", min_length=1, max_length=1)
    allow: tuple[str, ...] = ()
    on_error: Literal["block", "redact_all"] = "block"
    max_chars: int = Field(100_000, ge=1, description="a longer text is a filter failure (on_error decides)")
    timeout_s: float = Field(10.0, gt=0.0, description="analysis time per call; running over is a filter failure")
    dates: Literal["identifying", "all"] = Field(
        "identifying",
        description="DATE_TIME: only dates that identify (full dates with a year, birth dates, dates next to a name), or every date",
    )
    tool_calls: Literal["redact", "block", "allow"] = Field(
        "redact",
        description="a model's tool-call arguments: filtered like text, the call removed (with a notice the agent reads), or passed as they are",
    )
    tool_results: Literal["redact", "allow"] = Field(
        "redact", description="what a tool returns to an agent: filtered before the model sees it, or passed as it is"
    )
    exceptions: Literal["redact", "allow"] = Field(
        "redact",
        description="an error raised through a guarded call: its message filtered, and with `allow` the original chained to it",
    )

    @field_validator("recognizers")
    @classmethod
    def _unique_names(cls, value: tuple[RecognizerSpec, ...]) -> tuple[RecognizerSpec, ...]:
        names = [r.name for r in value]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"recognizer names must be unique, {duplicates} repeat")
        return value

    @field_validator("entities")
    @classmethod
    def _entities_known(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        _check_entities(value, {r.entity for r in info.data.get("recognizers", ())}, "", "recognizers")
        return value

    @property
    def active(self) -> bool:
        """Whether this filter removes anything at all."""
        return bool(self.entities)


class DecodingSpec(_Strict):
    """Decoding settings of one source."""

    max_new_tokens: int = Field(128, ge=1, le=8192)
    temperature: float = Field(0.0, ge=0.0, description="0 = greedy")
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    top_k: int = Field(0, ge=0, description="0 = off")
    repetition_penalty: float = Field(1.1, gt=0.0)
    no_repeat_ngram_size: int = Field(0, ge=0)
    seed: int | None = None
    stop: tuple[str, ...] = ()
    client_sampling: bool = Field(False, description="API callers may set their own temperature and top_p")


class CopyGuardSpec(_Strict):
    """The context-value copy guard: values found in the prompt may not be copied out."""

    enabled: bool = False
    min_chars: int = Field(
        4, ge=1, description="a normalised prefix of a protected value may be produced up to this many chars"
    )
    inner_chars: int | None = Field(
        6, ge=1, description="a run copied from inside a value may be this many normalised chars long; null = no limit"
    )
    # Checked against the known and the filter's custom entities by `SourcePolicy`.
    entities: tuple[str, ...] = Field((), description="() = the route filter's entities (DEFAULT_ENTITIES when it is off)")

    @model_validator(mode="before")
    @classmethod
    def _inner_default_follows_prefix(cls, data: Any) -> Any:
        # an unset inner_chars never falls below an explicit min_chars
        if isinstance(data, dict) and "inner_chars" not in data and isinstance(data.get("min_chars"), int):
            data = {**data, "inner_chars": max(data["min_chars"], cls.model_fields["inner_chars"].default)}
        return data

    @model_validator(mode="after")
    def _inner_not_below_prefix(self) -> CopyGuardSpec:
        if self.inner_chars is not None and self.inner_chars < self.min_chars:
            raise ValueError(f"`inner_chars` ({self.inner_chars}) must be at least `min_chars` ({self.min_chars}), or null")
        return self


class SteeringSpec(_Strict):
    """How the engine steers one request: guidance, prompts, adapters, decoding, copy guard.

    Declared once: a source policy nests it under `steering:`, a `Route` and the engine's
    `GenerationRequest` carry it as it is, and the evaluation's configurations are instances.

    Nonsense combinations are rejected where they would otherwise be silently ignored: with
    `guidance == 1` there is no negative row, so `negative_adapter` must stay "same".
    """

    guidance: float = Field(2.0, ge=0.0, allow_inf_nan=False, description="CFG coefficient w; 1.0 = no negative row")
    mode: Literal["logprob", "prob", "top_k"] = "prob"
    top_k: int = Field(20, ge=1, description="with mode top_k: tokens the positive prompt ranks highest")
    positive_prompt: str = Field(DEFAULT_POSITIVE_PROMPT, description="'' = an empty system turn")
    negative_prompt: str = DEFAULT_NEGATIVE_PROMPT
    adapter: str | None = Field(None, description="the positive row's adapter; null = the base model")
    negative_adapter: Literal["same"] | str | None = Field(
        "same", description="the negative row's adapter: 'same' = as `adapter`, null = the base model, or a name"
    )
    decoding: DecodingSpec = DecodingSpec()
    copy_guard: CopyGuardSpec = CopyGuardSpec()

    @field_validator("adapter")
    @classmethod
    def _adapter_name(cls, value: str | None) -> str | None:
        if value is not None and not _NAME.match(value):
            raise ValueError("must be a folder name under the adapters directory (letters, digits, _ . -), or null")
        return value

    @field_validator("negative_adapter")
    @classmethod
    def _negative_adapter(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value == "same":
            return value
        if value is not None and not _NAME.match(value):
            raise ValueError(
                "must be 'same' (the positive row's adapter), null (the base model) or a folder name under "
                "the adapters directory (letters, digits, _ . -)"
            )
        if info.data.get("guidance") == 1.0:
            raise ValueError(
                "applies to the negative row, and guidance 1.0 runs none; set guidance != 1 for "
                "adapter-contrastive CFG, or remove `negative_adapter`"
            )
        return value

    @property
    def steered(self) -> bool:
        """Whether requests run a negative row (w != 1)."""
        return self.guidance != 1.0

    @property
    def row_adapters(self) -> tuple[str | None, str | None]:
        """The (positive, negative) rows' adapters; None = the base model."""
        negative = self.adapter if self.negative_adapter == "same" else self.negative_adapter
        return self.adapter, negative

    @property
    def adapters(self) -> tuple[str, ...]:
        """The distinct adapters this spec's rows run (the negative row's only when steered)."""
        pos, neg = self.row_adapters
        return tuple(dict.fromkeys(a for a in (pos, neg if self.steered else None) if a is not None))


class SourcePolicy(_Strict):
    """How one traffic source of a tenant is steered and filtered."""

    # `filter` comes first so that the copy guard's entities can be checked against its recognizers.
    filter: FilterSpec = FilterSpec()
    steering: SteeringSpec = SteeringSpec()

    @field_validator("steering")
    @classmethod
    def _copy_guard_entities(cls, value: SteeringSpec, info: ValidationInfo) -> SteeringSpec:
        filter_spec = info.data.get("filter")
        custom = {r.entity for r in filter_spec.recognizers} if filter_spec is not None else set()
        _check_entities(value.copy_guard.entities, custom, "copy_guard.entities: ", "filter.recognizers")
        return value


def _check_entities(entities: tuple[str, ...], custom: set[str], where: str, recognizers: str) -> None:
    """Raise a ValueError naming the first entity that is neither known nor a custom recognizer's."""
    for entity in entities:
        if entity not in KNOWN_ENTITIES and entity not in custom:
            hint = did_you_mean(entity, sorted(KNOWN_ENTITIES | custom))
            raise ValueError(
                f"{where}unknown entity {entity!r}{hint}; use a Presidio entity name, STREET_ADDRESS, "
                f"or the `entity` of a recognizer declared under `{recognizers}`"
            )


class TenantPolicy(_Strict):
    """One tenant's policy file."""

    tenant: str = Field(pattern=_NAME.pattern)
    default_source: str
    sources: dict[str, SourcePolicy] = Field(min_length=1)

    @model_validator(mode="after")
    def _default_exists(self) -> TenantPolicy:
        if self.default_source not in self.sources:
            raise ValueError(
                f"default_source {self.default_source!r} is not among the sources "
                f"{sorted(self.sources)}; name one of them"
            )
        return self


class GlobalConfig(_Strict):
    """`guardrail.yaml` beside the tenant files: settings shared by all tenants."""

    model: str | None = None
    adapters_dir: str | None = None


def did_you_mean(word: str, choices: list[str]) -> str:
    """` (did you mean 'x'?)` for the choice closest to `word`, or "" when none is close."""
    match = difflib.get_close_matches(word, choices, n=1, cutoff=0.5)
    return f" (did you mean {match[0]!r}?)" if match else ""
