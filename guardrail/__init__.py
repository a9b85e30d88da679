"""guardrail: a drop-in privacy guardrail for LLM applications."""

from guardrail.errors import (
    AdapterError,
    EngineError,
    FilterError,
    GuardrailError,
    ModelNotFoundError,
    PolicyError,
)
from guardrail.guard import GuardedResponse, Guardrail, GuardRequest, Timings
from guardrail.routing import PolicyStore, Route

__all__ = [
    "AdapterError",
    "EngineError",
    "FilterError",
    "GuardedResponse",
    "GuardRequest",
    "Guardrail",
    "GuardrailError",
    "ModelNotFoundError",
    "PolicyError",
    "PolicyStore",
    "Route",
    "Timings",
]
__version__ = "0.1.0"
