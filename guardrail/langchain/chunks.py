"""Filtering a stream of LangChain output chunks as they arrive."""

from __future__ import annotations

import json
from typing import Any

from langchain_core.messages import AIMessageChunk, BaseMessage, BaseMessageChunk
from langchain_core.runnables.utils import AddableDict

from guardrail.langchain.fields import TOOL_BLOCKS
from guardrail.route_filter import RouteFilter
from guardrail.values import texts_in

# Content-block keys that carry free text.
TEXT_KEYS = ("text", "reasoning", "thinking")
# Message fields that hold a call in pieces; they are held until the call is complete.
_CALL_FIELDS = ("tool_call_chunks", "tool_calls", "invalid_tool_calls")

_NOTHING = object()
FUNCTION_CALL = "function_call"  # the key a streamed legacy `function_call` is held under


class ChunkRedactor:
    """Filters a stream of output chunks as they arrive.

    Text chunks (str, message chunks' content) flow through one streaming filter per
    position: the top level, or a key path inside addable dict chunks such as
    `{"answer": "..."}` from `RunnableParallel`. A chunk LangChain cannot add to the one
    before it (a plain dict, a list, a pydantic model, a Document) replaces it, so such a
    stream re-emits whole values (a JSON or pydantic parser): the last value at each position
    is filtered whole when the stream ends. A message chunk's other fields are filtered with
    it; its streamed tool calls (`tool_call_chunks`, OpenAI `additional_kwargs["tool_calls"]`)
    are held per call until the arguments are complete JSON (or the stream ends) and then
    released as one filtered chunk per call, while the content keeps streaming. Each filtered
    chunk is held until the next one arrives, so that the filter's tail can be appended to
    the last chunk (which carries the final metadata) when the stream ends. It is a
    `relay.Step`: an error of the stream is raised filtered (`fail`).
    """

    done = False

    def __init__(self, route: RouteFilter) -> None:
        self._route = route
        self._streams: dict[tuple, Any] = {}
        self._templates: dict[tuple, Any] = {}
        self._whole: dict[tuple, Any] = {}
        self._calls: dict[tuple, _HeldCall] = {}
        self._released: list[Any] = []
        self._notices: list[Any] = []
        self._pending: Any = _NOTHING

    def push(self, chunk: Any) -> list[Any]:
        """Filter one chunk; returns the chunks ready to release."""
        out = self._transform(chunk, ())
        ready = [] if self._pending is _NOTHING else [self._pending]
        self._pending = _NOTHING if out is _NOTHING else out
        ready += self._released
        self._released = []
        return [item for item in ready if not _empty(item)]

    def finish(self) -> list[Any]:
        """Close every streaming filter; returns the last chunks with their tails."""
        tails = []
        for path, stream in self._streams.items():
            rest = stream.close()
            if not rest:
                continue
            if self._pending is not _NOTHING and _has_text_at(self._pending, path):
                self._pending = _append_at(self._pending, path, rest)
            else:
                tails.append(_nest(path, _tail_like(self._templates[path], rest)))
        for key in list(self._calls):  # calls whose arguments never completed
            self._release(key)
        whole = [_nest(path, self._route.filter_output(value)) for path, value in self._whole.items()]
        last = [] if self._pending is _NOTHING else [self._pending]
        return [item for item in last + tails + self._released + self._notices + whole if not _empty(item)]

    def fail(self, exc: Exception) -> BaseException:
        """The exception to raise in place of `exc`: filtered (`RouteFilter.filter_exception`)."""
        return self._route.filter_exception(exc)

    def _feed(self, path: tuple, text: str, template: Any) -> str:
        stream = self._streams.get(path)
        if stream is None:
            stream = self._streams[path] = self._route.open_stream()
        self._templates[path] = template
        return stream.feed(text)

    def _transform(self, chunk: Any, path: tuple) -> Any:
        if isinstance(chunk, str):
            return self._feed(path, chunk, chunk)
        if isinstance(chunk, BaseMessage):
            return self._message(chunk, path)
        if isinstance(chunk, AddableDict):
            out = AddableDict()
            for key, value in chunk.items():
                done = self._transform(value, (*path, key))
                if done is not _NOTHING:
                    out[key] = done
            return out if out or not chunk else _NOTHING
        self._whole[path] = chunk  # a whole value: the next one at this position replaces it
        return _NOTHING

    def _message(self, message: BaseMessage, path: tuple) -> BaseMessage:
        """The content streamed; calls held; every other field filtered with the chunk."""
        if not isinstance(message, BaseMessageChunk):  # a whole message, not a delta: filtered whole
            return self._route.filter_output(message)
        self._hold_calls(message, path)
        if isinstance(message.content, str):
            text, blocks = message.content, None
        else:
            text = "".join(_block_text(b) for b in message.content)
            blocks = [b for b in message.content if isinstance(b, dict) and _whole_block(b)]
        extra = {k: v for k, v in message.additional_kwargs.items() if k not in ("tool_calls", "function_call")}
        update = {"additional_kwargs": extra, **{name: [] for name in _CALL_FIELDS if hasattr(message, name)}}
        rest = message.model_copy(update={**update, "content": blocks or ""})
        if texts_in(rest, self._route.fields()):
            rest = self._route.filter_output(rest)
        released = self._feed(path, text, message)
        if blocks is None:
            return rest.model_copy(update={"content": released})
        return rest.model_copy(update={"content": list(rest.content or []) + ([{"type": "text", "text": released}] if released else [])})

    def _hold_calls(self, message: BaseMessage, path: tuple) -> None:
        pieces = list(getattr(message, "tool_call_chunks", None) or [])
        openai = message.additional_kwargs.get("tool_calls") or []
        if not pieces:  # only the OpenAI wire shape
            pieces = [{"index": c.get("index"), "id": c.get("id"), **(c.get("function") or {})} for c in openai]
            pieces = [{**p, "args": p.pop("arguments", None)} for p in pieces]
        if function := message.additional_kwargs.get("function_call"):  # OpenAI's legacy single call
            pieces.append({"index": FUNCTION_CALL, "name": function.get("name"), "args": function.get("arguments")})
        for piece in pieces:
            if not any(piece.get(k) for k in ("name", "id", "args")):
                continue  # an empty delta (a call's closing piece): nothing to hold
            key = (path, piece.get("index") if piece.get("index") is not None else piece.get("id"))
            held = self._calls.setdefault(key, _HeldCall(message.id, piece.get("index"), bool(openai)))
            held.add(piece)
            if held.complete():
                self._release(key)

    def _release(self, key: tuple) -> None:
        held = self._calls.pop(key)
        chunk = self._route.filter_output(held.chunk())
        if chunk.tool_call_chunks or chunk.additional_kwargs:
            self._released.append(_nest(key[0], chunk))
        else:  # blocked: its notice follows the text, when the stream ends
            self._notices.append(_nest(key[0], chunk.model_copy(update={"content": f"\n{chunk.content}"})))


class _HeldCall:
    """The pieces of one streamed tool call, joined as LangChain joins them."""

    def __init__(self, message_id: str | None, index: int | None, openai: bool) -> None:
        self.message_id, self.index, self.openai = message_id, index, openai
        self.name, self.id, self.args = "", None, ""

    def add(self, piece: dict) -> None:
        self.name += piece.get("name") or ""
        self.id = self.id or piece.get("id")
        self.args += piece.get("args") or ""

    def complete(self) -> bool:
        """Whether the arguments are a whole JSON object (a prefix of one never parses as one)."""
        try:
            return isinstance(json.loads(self.args), dict)
        except ValueError:
            return False

    def chunk(self) -> AIMessageChunk:
        if self.index == FUNCTION_CALL:
            extra = {"function_call": {"name": self.name, "arguments": self.args}}
            return AIMessageChunk(content="", id=self.message_id, additional_kwargs=extra)
        call = {"name": self.name or None, "args": self.args, "id": self.id, "index": self.index, "type": "tool_call_chunk"}
        extra = {}
        if self.openai:
            function = {"name": self.name, "arguments": self.args}
            extra["tool_calls"] = [{"index": self.index, "id": self.id, "type": "function", "function": function}]
        return AIMessageChunk(content="", id=self.message_id, tool_call_chunks=[call], additional_kwargs=extra)


def _block_text(block: Any) -> str:
    if isinstance(block, str):
        return block
    return block.get("text", "") if isinstance(block, dict) and block.get("type") == "text" else ""


def _whole_block(block: dict) -> bool:
    """Blocks other than text kept in a stream: not tool calls (held as calls) nor streamed free
    text (reasoning cannot be filtered piece by piece as a whole value, so it is dropped)."""
    return (
        block.get("type") != "text"
        and block.get("type") not in TOOL_BLOCKS
        and "partial_json" not in block
        and not any(k in block for k in TEXT_KEYS)
    )


def _empty(item: Any) -> bool:
    if isinstance(item, str) or isinstance(item, AddableDict):
        return not item
    if isinstance(item, BaseMessageChunk):
        return item.content in ("", []) and not item.additional_kwargs and not item.response_metadata and not getattr(
            item, "tool_call_chunks", None
        ) and not getattr(item, "usage_metadata", None) and getattr(item, "chunk_position", None) != "last"
    return False


def _has_text_at(value: Any, path: tuple) -> bool:
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return False
        value = value[key]
    return isinstance(value, (str, BaseMessage))


def _append_at(value: Any, path: tuple, rest: str) -> Any:
    if path:
        head, *tail = path
        out = AddableDict(value)
        out[head] = _append_at(value[head], tuple(tail), rest)
        return out
    if isinstance(value, str):
        return value + rest
    if isinstance(value.content, str):
        return value.model_copy(update={"content": value.content + rest})
    return value.model_copy(update={"content": [*value.content, {"type": "text", "text": rest}]})


def _tail_like(template: Any, rest: str) -> Any:
    """A fresh chunk of the template's kind carrying only `rest` (no metadata to double)."""
    if isinstance(template, str):
        return rest
    if isinstance(template, AIMessageChunk):
        return AIMessageChunk(content=rest, id=template.id)
    if isinstance(template, BaseMessageChunk):
        return template.model_copy(update={"content": rest, "response_metadata": {}, "additional_kwargs": {}})
    return template.model_copy(update={"content": rest})


def _nest(path: tuple, leaf: Any) -> Any:
    for key in reversed(path):
        leaf = AddableDict({key: leaf})
    return leaf
