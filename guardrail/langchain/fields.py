"""Which fields of LangChain's output types are text to filter, which are structure to keep.

`MessageFields` is the `guardrail.values` walker's hook for messages, message chunks and
Documents. Per field of a message:

- structure, kept as it is: `type`, `id`, `example`, `usage_metadata` (token counts),
  `chunk_position`, `tool_call_id`, `status`, `role`;
- text, filtered: `content` (a string, or content blocks whose every value but their
  `STRUCTURE_KEYS` is walked: `text`, `reasoning`, `summary`, `annotations`, a tool-use
  block's `input`, ...; an image, audio or file block's payload is kept), `name`, `artifact`, and the values (not the keys, which the
  library reads) of `additional_kwargs` and `response_metadata`;
- tool calls (`tool_calls[*].args`, `invalid_tool_calls`, `tool_call_chunks`, OpenAI-shaped
  `additional_kwargs["tool_calls"][*].function.arguments` and `function_call`, tool-use
  content blocks): filtered as the route's `filter.tool_calls` says. Arguments in JSON text
  are parsed, their values filtered and re-serialised; text that does not parse is filtered
  as text. `block` removes every representation of a call whose arguments held a value and
  appends a notice to the message's text; inside an agent (`refuse`, used by the
  middleware) the call is kept with filtered arguments and its id listed under
  `response_metadata[BLOCKED_KEY]`, so that the tool step answers it with a refusal the
  model reads instead of running the tool;
- any other field (one a future langchain-core adds): walked as a value, never kept raw.

A Document's `page_content` and its `metadata` values are filtered, its `id` kept.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from langchain_core.documents import Document
from langchain_core.messages import BaseMessage

from guardrail.values import Walker

STRUCTURE = frozenset({"type", "id", "example", "usage_metadata", "chunk_position", "tool_call_id", "status", "role"})
"""Message fields that carry no free text."""
STRUCTURE_KEYS = frozenset({"type", "id", "index", "mime_type", "source_type", "tool_call_id", "status"})
"""Content-block keys that carry no free text."""
BINARY_BLOCKS = frozenset({"image", "audio", "video", "file", "image_url", "input_audio"})
"""Content-block types whose payload is binary data, not text a filter can read."""
PAYLOAD_KEYS = frozenset({"base64", "data", "url", "image_url", "input_audio", "source", "file_id"})
"""Keys of a binary block that hold its payload or where it lives: kept as they are."""
TOOL_BLOCKS = frozenset({"tool_use", "tool_call", "tool_call_chunk", "server_tool_call", "function_call"})
"""Content-block types that are tool calls (their values follow `filter.tool_calls`)."""
CALL_KEYS = frozenset({"name", "id", "index", "type"})
"""Keys of a tool call that are structure (the tool's name is the app's own)."""
BLOCKED_KEY = "guardrail_blocked_tool_calls"
"""`response_metadata` key listing the ids of calls the agent must not run (`refuse` mode)."""


class MessageFields:
    """The walker hook for LangChain values, for one filter call.

    Args:
        tool_calls: the route's `filter.tool_calls` ("redact", "block" or "allow"), or
            "refuse": `block` for an agent whose tool step refuses the listed calls.

    After the walk, `tool_counts` holds what the filter found in tool calls (by entity
    type) and `blocked` how many calls were removed, for the audit.
    """

    def __init__(self, tool_calls: str = "redact") -> None:
        self.mode = tool_calls
        self.tool_counts: Counter = Counter()
        self.blocked = 0

    def __call__(self, value: Any, walker: Walker) -> Any:
        if isinstance(value, BaseMessage):
            return _Message(self, value, walker).filtered()
        if isinstance(value, Document):
            metadata = {key: walker.walk(v) for key, v in value.metadata.items()}
            return value.model_copy(update={"page_content": walker.walk(value.page_content), "metadata": metadata})
        return NotImplemented


class _Message:
    """One message walked field by field; tool calls are collected by id before any is blocked."""

    def __init__(self, fields: MessageFields, message: BaseMessage, walker: Walker) -> None:
        self.fields, self.message, self.walker = fields, message, walker
        self.dirty: set[str] = set()  # ids (or indexes) of calls whose arguments held a value
        self.names: dict[Any, str] = {}

    def filtered(self) -> BaseMessage:
        update = {}
        for name in type(self.message).model_fields:
            value = getattr(self.message, name)
            if name in STRUCTURE or value is None:
                continue
            if name == "content":
                update[name] = self._content(value)
            elif name in ("tool_calls", "invalid_tool_calls", "tool_call_chunks"):
                update[name] = [self._call(call, name != "tool_calls") for call in value]
            elif name in ("additional_kwargs", "response_metadata"):
                update[name] = {key: self._extra(key, v) for key, v in value.items()}
            else:  # name, artifact, and any field this module does not know
                update[name] = self.walker.walk(value)
        if not self.walker.rebuilding:
            return self.message
        if self.fields.mode == "block" and self.dirty:
            update = self._block(update)
        if self.fields.mode == "refuse" and self.dirty:
            blocked = sorted(key for key in self.dirty if isinstance(key, str))
            update["response_metadata"] = {**update.get("response_metadata", {}), BLOCKED_KEY: blocked}
            self.fields.blocked += len(self.dirty)
        return self.message.model_copy(update=update)

    # -- parts

    def _content(self, content: str | list) -> str | list:
        if isinstance(content, str):
            return self.walker.walk(content)
        out = []
        for block in content:
            if isinstance(block, dict) and block.get("type") in TOOL_BLOCKS:
                out.append(self._call(block, text_args=False))
            elif isinstance(block, dict):
                kept = STRUCTURE_KEYS | PAYLOAD_KEYS if block.get("type") in BINARY_BLOCKS else STRUCTURE_KEYS
                out.append({k: v if k in kept else self.walker.walk(v) for k, v in block.items()})
            else:
                out.append(self.walker.walk(block))
        return out

    def _extra(self, key: str, value: Any) -> Any:
        if key == "tool_calls" and isinstance(value, list):
            return [self._openai_call(call) for call in value]
        if key == "function_call" and isinstance(value, dict):
            return self._openai_call({"id": "function_call", "function": value})["function"]
        return self.walker.walk(value)

    def _openai_call(self, call: Any) -> Any:
        """`{"id", "type", "function": {"name", "arguments": JSON text}}`."""
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict):
            return self.walker.walk(call)
        filtered = self._call({"id": call.get("id"), **function}, text_args=True)
        return {**call, "function": {k: v for k, v in filtered.items() if k != "id" or "id" in function}}

    def _call(self, call: dict, text_args: bool) -> dict:
        """One tool call: its arguments (and any unknown key) filtered unless the route allows them."""
        if self.fields.mode == "allow":
            return call
        key = call.get("id") or call.get("index")
        self.names[key] = call.get("name") or "a tool"
        out = {}
        with self.walker.scope() as found:
            for name, value in call.items():
                if name in CALL_KEYS or value is None:
                    out[name] = value
                elif name in ("args", "arguments") and text_args and isinstance(value, str):
                    out[name] = _json_text(value, self.walker)
                else:  # args, input, error, and keys this module does not know
                    out[name] = self.walker.walk(value)
        if found:
            self.fields.tool_counts.update(found)
            self.dirty.add(key)
        return out

    def _block(self, update: dict) -> dict:
        """Remove every representation of a dirty call; append the notice to the text."""

        def keep(call: Any) -> bool:
            key = call.get("id") or call.get("index") if isinstance(call, dict) else None
            return key not in self.dirty

        for name in ("tool_calls", "invalid_tool_calls", "tool_call_chunks"):
            if name in update:
                update[name] = [call for call in update[name] if keep(call)]
        extra = update.get("additional_kwargs", {})
        if isinstance(extra.get("tool_calls"), list):
            update["additional_kwargs"] = {**extra, "tool_calls": [c for c in extra["tool_calls"] if keep(c)]}
            if not update["additional_kwargs"]["tool_calls"]:
                del update["additional_kwargs"]["tool_calls"]
        if "function_call" in self.dirty:
            update["additional_kwargs"] = {k: v for k, v in update["additional_kwargs"].items() if k != "function_call"}
        names = ", ".join(sorted({f"`{self.names[key]}`" for key in self.dirty}))
        notice = f"[guardrail blocked the call to {names}: its arguments held personal data]"
        content = update.get("content", self.message.content)
        if isinstance(content, str):
            update["content"] = f"{content}\n{notice}" if content else notice
        else:
            update["content"] = [b for b in content if not (isinstance(b, dict) and b.get("type") in TOOL_BLOCKS and not keep(b))]
            update["content"].append({"type": "text", "text": notice})
        self.fields.blocked += len(self.dirty)
        return update


def _json_text(text: str, walker: Walker) -> str:
    """JSON text with its values filtered and re-serialised; text that does not parse is filtered as text."""
    try:
        parsed = json.loads(text)
    except ValueError:
        return walker.walk(text)
    filtered = walker.walk(parsed)
    return text if filtered == parsed else json.dumps(filtered, ensure_ascii=False)
