"""What one request may ask of the service, and the checks that enforce it.

Every limit is checked before the prompt reaches the output filter's analysis or the model,
so a request's cost is bounded by these numbers, not by what the client sends. Each refusal
is a 400 (413 for the body size) whose message names the limit and its setting, and never
quotes the request.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from guardrail.server.protocol import APIError

@dataclass(frozen=True)
class RequestLimits:
    """The service's per-request limits (`guardrail serve --max-...`).

    Attributes:
        max_body_bytes: request body size; larger gets 413 `request_too_large`.
        max_json_depth: nesting of arrays and objects in the body; deeper gets 400 `json_too_deep`
            (checked by `protocol.parse_body`).
        max_messages: chat messages per request; more get 400 `too_many_messages`.
        max_message_chars: characters of one message (or a completion prompt); longer gets
            400 `message_too_long`.
        max_prompt_tokens: tokens of all messages together, counted with the model's
            tokenizer; more get 400 `prompt_too_long`.
    """

    max_body_bytes: int = 1_000_000
    max_json_depth: int = 32
    max_messages: int = 64
    max_message_chars: int = 32_000
    max_prompt_tokens: int = 8_192

    def __post_init__(self) -> None:
        for item in fields(self):
            if getattr(self, item.name) < 1:
                raise ValueError(f"`{item.name}` (={getattr(self, item.name)}) has to be at least 1")

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The limits' names, which are also their `guardrail serve --max-...` flags and Ray arguments."""
        return tuple(item.name for item in fields(cls))

    def check_texts(self, texts: list[str]) -> None:
        """Refuse too many messages or one that is too long."""
        if len(texts) > self.max_messages:
            raise _refuse(f"The request has {len(texts)} messages; the limit is {self.max_messages}", "max_messages", "too_many_messages")
        longest = max((len(t) for t in texts), default=0)
        if longest > self.max_message_chars:
            raise _refuse(
                f"A message has {longest} characters; the limit is {self.max_message_chars}", "max_message_chars", "message_too_long"
            )

    def check_tokens(self, tokens: int) -> None:
        """Refuse messages of more than `max_prompt_tokens` tokens together."""
        if tokens > self.max_prompt_tokens:
            raise _refuse(f"The messages have {tokens} tokens; the limit is {self.max_prompt_tokens}", "max_prompt_tokens", "prompt_too_long")


def _refuse(what: str, setting: str, code: str) -> APIError:
    flag = "--" + setting.replace("_", "-")
    return APIError(400, f"{what} ({setting}; the operator sets it with `guardrail serve {flag}`).", code=code)


def count_tokens(engine: Any, texts: list[str]) -> int | None:
    """The tokens of `texts` by the engine's tokenizer, or None when the engine has none (a fake)."""
    tokenizer = getattr(getattr(engine, "loaded", None), "tokenizer", None)
    if tokenizer is None:
        return None
    return sum(len(ids) for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]) if texts else 0
