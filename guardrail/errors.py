"""The exceptions guardrail raises.

Every message names the problem and what to do next. Nothing here ever carries a raw
personal value that the output filter found.
"""

from __future__ import annotations


class GuardrailError(Exception):
    """Base class of every error guardrail raises on purpose."""


class PolicyError(GuardrailError):
    """A policy file, tenant or source is missing or invalid.

    Raised at load time for bad YAML and at routing time for an unknown tenant or source.
    Routing never falls back to a more permissive route.
    """


class ModelNotFoundError(GuardrailError):
    """The base model could not be found locally (guardrail never downloads one)."""


class AdapterError(GuardrailError):
    """A LoRA adapter is missing, malformed, or was trained for another base model."""


class EngineError(GuardrailError):
    """A generation request is invalid (empty messages, bad guidance, prompt too long, ...)."""


class OptionsError(GuardrailError, ValueError):
    """A request asks for a decoding option outside what any policy allows (`max_tokens` < 1,
    `temperature` above 2, ...); the message names the option and its rule, never the prompt.
    A `ValueError` too, for validators (pydantic) and callers that catch one."""


class FilterError(GuardrailError):
    """The output filter failed and the policy says `on_error: block`: nothing is returned."""


class RedactedError(GuardrailError):
    """An exception raised through a guarded call whose type could not be rebuilt with its
    filtered message; the message names the original type and carries the filtered text."""


class FilterCheckError(GuardrailError):
    """One of the output filter's own checks failed (not text, too long, too slow, a bad analyzer result).

    Its message is written by guardrail and never quotes the text, so the filter may log it
    and put it into `FilterError`; any other exception is reported by its type alone.
    """


class TrainingError(GuardrailError):
    """A training run cannot go on: its checkpoint belongs to another run, or the adapter it
    trained failed the shipping gate (validation preference accuracy, held-out leak check)."""
