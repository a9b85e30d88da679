"""guardrail: a drop-in privacy guardrail for LLM applications."""

from guardrail.errors import (
    AdapterError,
    EngineError,
    FilterError,
    GuardrailError,
    ModelNotFoundError,
    PolicyError,
)
from guardrail.routing import PolicyStore, Route

__all__ = [
    "AdapterError",
    "EngineError",
    "FilterError",
    "GuardrailError",
    "ModelNotFoundError",
    "PolicyError",
    "PolicyStore",
    "Route",
]
__version__ = "0.1.0"
