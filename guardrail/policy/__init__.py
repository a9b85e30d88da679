"""The policy layer: per-tenant YAML (`schema`, read by `loader`), the store that routes
requests (`store`), and the entity names policies may list (`entities`)."""

from guardrail.policy.entities import DEFAULT_ENTITIES, GUARDRAIL_ENTITIES, KNOWN_ENTITIES, PRESIDIO_ENTITIES
from guardrail.policy.schema import (
    DEFAULT_NEGATIVE_PROMPT,
    DEFAULT_POSITIVE_PROMPT,
    GLOBAL_CONFIG_NAME,
    CopyGuardSpec,
    DecodingSpec,
    FilterSpec,
    GlobalConfig,
    PatternSpec,
    RecognizerSpec,
    SourcePolicy,
    SteeringSpec,
    TenantPolicy,
)
from guardrail.policy.loader import load_global_config, load_policy_file
from guardrail.policy.store import PolicyStore, Route

__all__ = [
    "CopyGuardSpec",
    "DEFAULT_ENTITIES",
    "DEFAULT_NEGATIVE_PROMPT",
    "DEFAULT_POSITIVE_PROMPT",
    "GLOBAL_CONFIG_NAME",
    "GUARDRAIL_ENTITIES",
    "KNOWN_ENTITIES",
    "PRESIDIO_ENTITIES",
    "DecodingSpec",
    "FilterSpec",
    "GlobalConfig",
    "PatternSpec",
    "PolicyStore",
    "RecognizerSpec",
    "Route",
    "SourcePolicy",
    "SteeringSpec",
    "TenantPolicy",
    "load_global_config",
    "load_policy_file",
]
