"""guardrail: a drop-in privacy guardrail for LLM applications."""

import os as _os

# The engine decodes on a thread of its own. With libgomp's default active waiting, the idle
# OpenMP team of the thread that loaded the model can spin against it: measured 5-10x slower
# decoding on 2 cores, intermittently. Passive waiting removes that at a cost of up to ~25%
# in the best case (83 vs 65 ms/token). Only effective before torch is imported; set
# OMP_WAIT_POLICY yourself to override.
_os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

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
