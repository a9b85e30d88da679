"""What callers hand the engine and what they get back: `GenerationRequest`, `GenerationResult`.

A request is checked when it is built (messages, steering spec, constraints), so a bad one
fails in its caller's thread with an `EngineError`, never late on the decoding thread. What
only the engine can check (the prompt's length in tokens, whether an adapter exists) fails
that request's result alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from guardrail.errors import EngineError, GuardrailError
from guardrail.policy.schema import SteeringSpec
from guardrail.steering.constraints import StepConstraint

if TYPE_CHECKING:
    from guardrail.policy.store import Route

ROLES = ("system", "user", "assistant")
FINISH_REASONS = ("eos", "stop", "length", "constraint", "cancelled", "error")


@dataclass(frozen=True)
class GenerationRequest:
    """One request to the engine.

    Args:
        messages: the chat, `{"role": "system" | "user" | "assistant", "content": str}`
            mappings (a str is one user message). The engine writes the steering prompt as
            the system turn before them.
        steering: guidance, prompts, the rows' adapters, decoding and copy-guard settings.
        constraints: runtime-only per-step constraints (`guardrail.steering.constraints`).
        protect: values the answer must not copy (those found in the prompt); when the
            steering spec enables the copy guard, the engine builds the request's `CopyGuard`
            from them with its own tokenizer.

    Raises:
        EngineError: naming what is wrong with the messages, the spec or a constraint.
    """

    messages: tuple[dict[str, str], ...]
    steering: SteeringSpec = SteeringSpec()
    constraints: tuple[StepConstraint, ...] = ()
    protect: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        messages = self.messages
        if isinstance(messages, str):
            messages = ({"role": "user", "content": messages},)
        if not isinstance(messages, Sequence) or not messages:
            raise EngineError("the request has no messages; send at least one {'role': 'user', 'content': ...}")
        for i, message in enumerate(messages):
            if not isinstance(message, Mapping) or message.get("role") not in ROLES or not isinstance(message.get("content"), str):
                raise EngineError(f"message {i} is not a {{'role': one of {ROLES}, 'content': str}} mapping; fix the request")
        object.__setattr__(self, "messages", tuple({"role": m["role"], "content": m["content"]} for m in messages))
        if not isinstance(self.steering, SteeringSpec):
            raise EngineError(f"steering is a {type(self.steering).__name__}; pass a guardrail.policy.SteeringSpec")
        object.__setattr__(self, "constraints", tuple(self.constraints))
        object.__setattr__(self, "protect", tuple(self.protect))
        if not all(isinstance(value, str) for value in self.protect):
            raise EngineError("`protect` has to be a sequence of str values (those found in the prompt)")
        for constraint in self.constraints:
            if not isinstance(constraint, StepConstraint):
                raise EngineError(
                    f"constraint {type(constraint).__name__} has no `banned(text, candidates)` method; "
                    "implement guardrail.steering.constraints.StepConstraint"
                )

    @classmethod
    def from_route(cls, route: Route, messages: str | Sequence[Mapping[str, str]], protect: Sequence[str] = ()) -> GenerationRequest:
        """The request a policy route makes of `messages` (a str becomes one user message)."""
        return cls(messages=messages, steering=route.steering, protect=tuple(protect))  # type: ignore[arg-type]

    @property
    def rows(self) -> int:
        """Batch rows this request occupies: 2 when steered (positive, negative), else 1."""
        return 2 if self.steering.steered else 1


@dataclass(frozen=True)
class GenerationResult:
    """What the engine generated for one request.

    `prompt_tokens` counts the positive row's prompt (the negative row, when there is one,
    costs as much again). `finish_reason` is one of `FINISH_REASONS`; "constraint" means
    every candidate token was banned by the request's constraints. Times are seconds:
    `queued_s` waiting for the decoding loop, `first_token_s` from the batch start to this
    request's first token, `total_s` from the batch start to this request's last token.
    """

    text: str
    token_ids: tuple[int, ...]
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str
    error: GuardrailError | None = None
    queued_s: float = 0.0
    first_token_s: float = 0.0
    total_s: float = 0.0

    @property
    def tokens_per_second(self) -> float:
        """Completion tokens per second of decoding (0.0 when nothing was generated)."""
        return self.completion_tokens / self.total_s if self.total_s > 0 else 0.0


def failed(error: GuardrailError, queued_s: float = 0.0) -> GenerationResult:
    """The result of a request that failed before it produced anything."""
    return GenerationResult("", (), 0, 0, "error", error=error, queued_s=queued_s)
