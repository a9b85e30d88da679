"""guardrail: a drop-in privacy guardrail for LLM applications.

Importing guardrail changes nothing in the host process; an application that runs the engine
may call `guardrail.steering.configure_threads()` before torch loads (the CLI does).
"""

from guardrail.errors import (
    AdapterError,
    EngineError,
    FilterError,
    GuardrailError,
    ModelNotFoundError,
    PolicyError,
)
from guardrail.decorator import protect
from guardrail.guard import GuardedResponse, Guardrail, GuardRequest, Timings
from guardrail.policy.store import PolicyStore, Route

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
    "protect",
]
__version__ = "0.1.0"
