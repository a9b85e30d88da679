"""Filtering a stream of LangChain output chunks as they arrive."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessageChunk, BaseMessage, BaseMessageChunk

from guardrail.decorator import RouteFilter

# Content-block keys that carry free text.
TEXT_KEYS = ("text", "reasoning", "thinking")

_NOTHING = object()


class ChunkRedactor:
    """Filters a stream of output chunks as they arrive.

    Text chunks (str, message chunks' content) flow through one streaming filter per
    position: the top level, or a key path inside dict chunks such as `{"answer": "..."}`.
    Other values (a list of Documents under "context", ...) are filtered whole. Each
    filtered chunk is held until the next one arrives, so that the filter's tail can be
    appended to the last chunk (which carries the final metadata) when the stream ends.
    """

    def __init__(self, route: RouteFilter) -> None:
        self._route = route
        self._streams: dict[tuple, Any] = {}
        self._templates: dict[tuple, Any] = {}
        self._pending: Any = _NOTHING

    def push(self, chunk: Any) -> list[Any]:
        """Filter one chunk; returns the chunks ready to release (zero or one)."""
        out = self._transform(chunk, ())
        ready = [] if self._pending is _NOTHING else [self._pending]
        self._pending = out
        return [item for item in ready if item != ""]

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
        last = [] if self._pending is _NOTHING or self._pending == "" else [self._pending]
        return last + tails

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
            return chunk.model_copy(update={"content": self._stream_content(chunk, path)})
        if type(chunk) is dict or (isinstance(chunk, dict) and _plain_dict_subclass(chunk)):
            return type(chunk)({key: self._transform(value, (*path, key)) for key, value in chunk.items()})
        return self._route.filter_output(chunk)

    def _stream_content(self, message: BaseMessage, path: tuple) -> str | list:
        if isinstance(message.content, str):
            return self._feed(path, message.content, message)
        # Content blocks: text blocks are streamed; reasoning text cannot be filtered token
        # by token, so it is dropped; other blocks (tool use, images) are kept.
        text = "".join(b.get("text", "") for b in message.content if isinstance(b, dict) and b.get("type") == "text")
        text += "".join(b for b in message.content if isinstance(b, str))
        released = self._feed(path, text, message)
        kept = [
            b
            for b in message.content
            if isinstance(b, dict) and b.get("type") != "text" and not any(k in b for k in TEXT_KEYS)
        ]
        return kept + ([{"type": "text", "text": released}] if released else [])


def _plain_dict_subclass(chunk: dict) -> bool:
    """Dict subclasses built from pairs (LangChain's AddableDict, OrderedDict)."""
    try:
        type(chunk)([])
    except TypeError:
        return False
    return True


def _has_text_at(value: Any, path: tuple) -> bool:
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return False
        value = value[key]
    return isinstance(value, (str, BaseMessage))


def _append_at(value: Any, path: tuple, rest: str) -> Any:
    if path:
        head, *tail = path
        out = type(value)(value)
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
        leaf = {key: leaf}
    return leaf
