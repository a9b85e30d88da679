"""OpenAI's wire format: request bodies in, completions, stream chunks and errors out.

Only what the service honours is declared; other OpenAI fields (`user`,
`presence_penalty`, ...) are accepted and ignored, and fields whose meaning we cannot honour
(`n > 1`, `tools`, `logprobs`) are rejected by name rather than silently dropped.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
import uuid
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from guardrail.policy.overrides import RequestOptions, check_option

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD.

    JSON may carry a lone surrogate (`"\\ud800"`); it is not UTF-8, so the tokenizer, the
    analyzer or the log would fail on it later. Valid pairs are already joined by the JSON parser.
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


Text = Annotated[str, AfterValidator(clean_text)]

# engine finish reasons -> OpenAI's
FINISH_REASONS = {"eos": "stop", "stop": "stop", "length": "length", "constraint": "stop"}


class APIError(Exception):
    """An error response in OpenAI's shape: `{"error": {message, type, param, code}}`."""

    def __init__(self, status: int, message: str, *, code: str, type: str = "invalid_request_error", param: str | None = None):
        super().__init__(message)
        self.status, self.message, self.code, self.type, self.param = status, message, code, type, param

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def model_not_found() -> APIError:
    # One message whether the source belongs to another tenant or to nobody; the name the
    # client sent is never echoed.
    return APIError(
        404,
        "The requested model does not exist or you do not have access to it. GET /v1/models lists yours.",
        code="model_not_found",
        param="model",
    )


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    model: str = Field(min_length=1)
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    # Limits checked by `guardrail.policy.overrides.check_option`, as for every other caller.
    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    seed: int | None = None
    stop: Text | list[Text] | None = None
    n: int = Field(1, ge=1, le=1, description="one choice per request")
    logprobs: Literal[False, None] = None
    tools: list | None = Field(None, max_length=0, description="tool calling is not supported")

    @field_validator("max_tokens", "temperature", "top_p", "seed", "stop")
    @classmethod
    def _within_limits(cls, value: Any, info: ValidationInfo) -> Any:
        check_option(info.field_name, [value] if isinstance(value, str) else value)  # type: ignore[arg-type]
        return value

    @property
    def include_usage(self) -> bool:
        return bool((self.stream_options or {}).get("include_usage"))

    def options(self) -> RequestOptions:
        stop = (self.stop,) if isinstance(self.stop, str) else tuple(self.stop or ())
        return RequestOptions(self.max_tokens, stop, self.temperature, self.top_p, self.seed)


class _TextPart(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: Literal["text"]
    text: Text


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    role: Literal["system", "developer", "user", "assistant"]
    content: Text | list[_TextPart]

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
        return dataclasses.replace(options, max_tokens=limit)

    def prompt(self) -> list[dict[str, str]]:
        return [m.as_dict() for m in self.messages]

    def texts(self) -> list[str]:
        """Every message's text (what the limits count)."""
        return [m["content"] for m in self.prompt()]


class CompletionBody(_Body):
    prompt: Text | list[Text]
    echo: Literal[False, None] = None

    @model_validator(mode="after")
    def _one_prompt(self) -> CompletionBody:
        if isinstance(self.prompt, list) and len(self.prompt) != 1:
            raise ValueError("`prompt` has to be one string (a list of several prompts is not supported)")
        return self

    def prompt_text(self) -> str:
        return self.prompt if isinstance(self.prompt, str) else self.prompt[0]

    def texts(self) -> list[str]:
        return [self.prompt_text()]


def parse_body(raw: bytes, model: type[_Body], max_depth: int) -> Any:
    """Validate a request body.

    Args:
        raw: the body.
        model: the body's model.
        max_depth: the deepest nesting of arrays and objects allowed (`max_json_depth`).

    Raises:
        APIError: 400 for a body that is not a JSON object or is nested too deep, 422 naming
            the first bad field (never quoting its value).
    """
    too_deep = APIError(
        400,
        f"The request body is nested more than {max_depth} levels deep "
        "(max_json_depth; the operator sets it with `guardrail serve --max-json-depth`).",
        code="json_too_deep",
    )
    try:
        data = json.loads(raw)
    except RecursionError:  # deeper than the interpreter's own limit, so past any allowed depth
        raise too_deep from None
    except (ValueError, UnicodeDecodeError):
        raise APIError(400, "The request body is not valid JSON; send a JSON object.", code="invalid_json") from None
    if not isinstance(data, dict):
        raise APIError(400, "The request body has to be a JSON object.", code="invalid_json")
    if _depth_exceeds(data, max_depth):
        raise too_deep
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"]) or "(body)"
        reason = error["msg"].removeprefix("Value error, ")
        raise APIError(422, f"Invalid field `{field}`: {reason}.", code="invalid_field", param=field) from None


def _depth_exceeds(data: Any, limit: int) -> bool:
    """Whether arrays and objects nest deeper than `limit` in `data` (walked without recursion)."""
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, (dict, list)):
            if depth > limit:
                return True
            pending.extend((child, depth + 1) for child in (value.values() if isinstance(value, dict) else value))
    return False


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
