"""OpenAI's wire format: request bodies in, completions, stream chunks and errors out.

Only what the service honours is declared; other OpenAI fields (`user`, `seed`,
`presence_penalty`, ...) are accepted and ignored, and fields whose meaning we cannot honour
(`n > 1`, `tools`, `logprobs`) are rejected by name rather than silently dropped.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from guardrail.options import MAX_STOPS, RequestOptions

# engine finish reasons -> OpenAI's
FINISH_REASONS = {"eos": "stop", "stop": "stop", "length": "length", "constraint": "stop"}


class APIError(Exception):
    """An error response in OpenAI's shape: `{"error": {message, type, param, code}}`."""

    def __init__(self, status: int, message: str, *, code: str, type: str = "invalid_request_error", param: str | None = None):
        super().__init__(message)
        self.status, self.message, self.code, self.type, self.param = status, message, code, type, param

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def model_not_found(model: str) -> APIError:
    # One message whether the source belongs to another tenant or to nobody.
    return APIError(
        404,
        f"The model `{model}` does not exist or you do not have access to it. GET /v1/models lists yours.",
        code="model_not_found",
        param="model",
    )


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    model: str = Field(min_length=1)
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    max_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    stop: str | list[str] | None = None
    n: int = Field(1, ge=1, le=1, description="one choice per request")
    logprobs: Literal[False, None] = None
    tools: list | None = Field(None, max_length=0, description="tool calling is not supported")

    @field_validator("stop")
    @classmethod
    def _stops(cls, value: str | list[str] | None) -> str | list[str] | None:
        stops = [value] if isinstance(value, str) else value or []
        if len(stops) > MAX_STOPS or any(not s for s in stops):
            raise ValueError(f"has to be a non-empty string or a list of at most {MAX_STOPS} of them")
        return value

    @property
    def include_usage(self) -> bool:
        return bool((self.stream_options or {}).get("include_usage"))

    def options(self) -> RequestOptions:
        stop = (self.stop,) if isinstance(self.stop, str) else tuple(self.stop or ())
        return RequestOptions(max_tokens=self.max_tokens, stop=stop, temperature=self.temperature, top_p=self.top_p)


class _TextPart(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["text"]
    text: str


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[_TextPart]

    def as_dict(self) -> dict[str, str]:
        text = self.content if isinstance(self.content, str) else "".join(p.text for p in self.content)
        return {"role": "system" if self.role == "developer" else self.role, "content": text}


class ChatCompletionBody(_Body):
    messages: list[ChatMessage] = Field(min_length=1)
    max_completion_tokens: int | None = Field(None, ge=1)

    def options(self) -> RequestOptions:
        options = super().options()
        if self.max_completion_tokens is None:
            return options
        limit = min(self.max_completion_tokens, self.max_tokens or self.max_completion_tokens)
        return RequestOptions(limit, options.stop, options.temperature, options.top_p)

    def prompt(self) -> list[dict[str, str]]:
        return [m.as_dict() for m in self.messages]


class CompletionBody(_Body):
    prompt: str | list[str]
    echo: Literal[False, None] = None

    @model_validator(mode="after")
    def _one_prompt(self) -> CompletionBody:
        if isinstance(self.prompt, list) and len(self.prompt) != 1:
            raise ValueError("`prompt` has to be one string (a list of several prompts is not supported)")
        return self

    def prompt_text(self) -> str:
        return self.prompt if isinstance(self.prompt, str) else self.prompt[0]


def parse_body(raw: bytes, model: type[_Body]) -> Any:
    """Validate a request body.

    Raises:
        APIError: 400 for a body that is not a JSON object, 422 naming the first bad field.
    """
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise APIError(400, "The request body is not valid JSON; send a JSON object.", code="invalid_json") from None
    if not isinstance(data, dict):
        raise APIError(400, "The request body has to be a JSON object.", code="invalid_json")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"]) or "(body)"
        reason = error["msg"].removeprefix("Value error, ")
        raise APIError(422, f"Invalid field `{field}`: {reason}.", code="invalid_field", param=field) from None


@dataclass(frozen=True)
class Reply:
    """How one response is addressed: its id, creation time, model and kind."""

    model: str
    chat: bool
    id: str = ""
    created: int = 0

    @classmethod
    def new(cls, model: str, chat: bool) -> Reply:
        prefix = "chatcmpl-" if chat else "cmpl-"
        return cls(model, chat, prefix + uuid.uuid4().hex, int(time.time()))

    def _envelope(self, choices: list[dict[str, Any]], chunk: bool) -> dict[str, Any]:
        kind = ("chat.completion.chunk" if chunk else "chat.completion") if self.chat else "text_completion"
        return {"id": self.id, "object": kind, "created": self.created, "model": self.model, "choices": choices}

    def completion(self, response: Any) -> dict[str, Any]:
        """The whole answer (`response` is a `GuardedResponse`)."""
        choice: dict[str, Any] = {"index": 0, "finish_reason": finish_reason(response), "logprobs": None}
        if self.chat:
            choice["message"] = {"role": "assistant", "content": response.text}
        else:
            choice["text"] = response.text
        body = self._envelope([choice], chunk=False)
        body["usage"] = usage(response)
        body["guardrail"] = {"entity_counts": response.entity_counts, "withheld": response.withheld}
        return body

    def chunk(self, text: str | None = None, finish: str | None = None, role: bool = False) -> dict[str, Any]:
        """One stream chunk: a text piece, the opening role (chat), or the closing finish reason."""
        choice: dict[str, Any] = {"index": 0, "finish_reason": finish, "logprobs": None}
        if self.chat:
            delta: dict[str, str] = {"role": "assistant", "content": ""} if role else {}
            if text is not None:
                delta["content"] = text
            choice["delta"] = delta
        else:
            choice["text"] = text or ""
        return self._envelope([choice], chunk=True)

    def usage_chunk(self, response: Any) -> dict[str, Any]:
        body = self._envelope([], chunk=True)
        body["usage"] = usage(response)
        return body


def usage(response: Any) -> dict[str, int]:
    return {
        "prompt_tokens": response.prompt_tokens,
        "completion_tokens": response.completion_tokens,
        "total_tokens": response.prompt_tokens + response.completion_tokens,
    }


def finish_reason(response: Any) -> str:
    if response.withheld:
        return "content_filter"
    return FINISH_REASONS.get(response.finish_reason, "stop")


def sse(data: dict[str, Any] | str) -> str:
    """One server-sent event line pair."""
    return f"data: {data if isinstance(data, str) else json.dumps(data, separators=(',', ':'))}\n\n"
