"""Turning generated token ids into text pieces as they arrive.

`IncrementalDecoder` releases text only once it decodes cleanly: a multi-byte character
split over several byte-level tokens comes out whole, and each piece is decoded with the
previous tokens as context so tokenizer spacing is right. `StopStrings` holds back the end
of the text while it could still be the start of a stop string, so a stop string never
leaks into a stream.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_INCOMPLETE = "\ufffd"  # what a tokenizer decodes a partial UTF-8 sequence to


class IncrementalDecoder:
    """Decode one completion token by token.

    The pieces `push` and `flush` return add up to the decoded completion.

    Args:
        tokenizer: a transformers tokenizer.
    """

    def __init__(self, tokenizer: Any) -> None:
        self._tokenizer = tokenizer
        self._ids: list[int] = []
        self._prefix = 0  # start of the context window: tokens already released, kept for spacing
        self._read = 0  # end of the tokens already released

    def _decode(self, ids: Sequence[int]) -> str:
        return self._tokenizer.decode(ids, skip_special_tokens=True, clean_up_tokenization_spaces=False)

    def push(self, token_id: int) -> str:
        """Add one token; return the text that became decodable (may be "")."""
        self._ids.append(token_id)
        before = self._decode(self._ids[self._prefix : self._read])
        after = self._decode(self._ids[self._prefix :])
        if len(after) <= len(before) or after.endswith(_INCOMPLETE):
            return ""
        self._prefix, self._read = self._read, len(self._ids)
        return after[len(before) :]

    def flush(self) -> str:
        """The text of tokens not released yet (a truncated character decodes as U+FFFD)."""
        before = self._decode(self._ids[self._prefix : self._read])
        after = self._decode(self._ids[self._prefix :])
        self._prefix = self._read = len(self._ids)
        return after[len(before) :] if len(after) > len(before) else ""


class StopStrings:
    """Cut a stream of text pieces at the first stop string.

    The one stop cutter: the engine cuts each answer with it, the LangChain layer the
    filtered text (`cut_at_stop` for a whole text). It holds back only an end of the text
    that begins some stop string, so a stop string split across pieces is still found.

    Args:
        stops: the stop strings; empty ones (and None) are ignored.
    """

    def __init__(self, stops: Sequence[str] | None) -> None:
        self._stops = tuple(s for s in stops or () if s)
        self._pending = ""
        self.stopped = False

    def feed(self, piece: str) -> str:
        """Add a piece; return the text that can be released now.

        After a stop string is seen, `stopped` is True and the text from the stop string on
        is dropped.
        """
        if self.stopped:
            return ""
        if not self._stops:
            return piece
        text = self._pending + piece
        hits = [i for i in (text.find(s) for s in self._stops) if i >= 0]
        if hits:
            self.stopped, self._pending = True, ""
            return text[: min(hits)]
        hold = self._held_back(text)
        self._pending = text[len(text) - hold :] if hold else ""
        return text[: len(text) - hold]

    def flush(self) -> str:
        """The text held back at the end of the stream."""
        rest, self._pending = self._pending, ""
        return "" if self.stopped else rest

    def _held_back(self, text: str) -> int:
        """Length of the longest end of `text` that begins some stop string."""
        for size in range(min(len(text), max(len(s) for s in self._stops) - 1), 0, -1):
            if any(stop.startswith(text[-size:]) for stop in self._stops):
                return size
        return 0


def cut_at_stop(text: str, stops: Sequence[str] | None) -> str:
    """`text` up to the first occurrence of any stop string (all of it when none occurs)."""
    cutter = StopStrings(stops)
    return cutter.feed(text) + cutter.flush()
