"""`StreamingFilter`: the output filter over a stream of text pieces.

It holds back the text of the current segment (see `segments.py`) and releases a segment,
filtered, as soon as its end is known: at the first sentence or line end, or once a
segment of `max_segment` characters without one can be cut and analysed with its
`lookahead`. The bound: at most `window = max_segment + lookahead` characters are held
back between calls. Each character is scanned for a boundary once and analysed at most
twice (once more as lookahead), so the total work is linear in the length of the stream.
`OutputFilter.filter` runs this same loop over the whole text, so the concatenated stream
equals the non-streaming result for any chunking.
"""

from __future__ import annotations

import time

from guardrail.errors import FilterError
from guardrail.filtering import segments
from guardrail.filtering.base import Finding
from guardrail.filtering.output_filter import OutputFilter, check_deadline, check_text, fail, hash_key
from guardrail.policy import FilterSpec


class StreamingFilter:
    """Filters one stream; `feed` pieces, then `close`.

    Attributes:
        window: the most characters ever held back (0 when the route filters nothing).
        withheld: True once a failure under `on_error: redact_all` replaced the rest of the
            stream with the notice (the text released before stays as it was).
    """

    def __init__(self, output_filter: OutputFilter, spec: FilterSpec, tenant: str):
        self._filter = output_filter
        self._spec = spec
        self._tenant = tenant
        self.window = output_filter.max_segment + output_filter.lookahead if spec.active else 0
        self.withheld = False
        self._findings: list[Finding] = []
        self._buffer = ""  # text not released yet, from self._pos on
        self._pos = 0  # start of the current segment in the buffer
        self._offset = 0  # position of the buffer's start in the whole stream
        self._scanned = 0  # buffer positions before it hold no boundary of the current segment
        self._hard_start = False
        self._carry = 0
        self._seen = 0
        self._key: bytes | None = None
        self._failed = False
        self._closed = False

    @property
    def held(self) -> int:
        """How many characters are held back right now (never more than `window`)."""
        return len(self._buffer) - self._pos

    @property
    def findings(self) -> tuple[Finding, ...]:
        """What was removed so far (final after `close`), spans in the whole stream."""
        return tuple(self._findings)

    def feed(self, piece: str) -> str:
        """Take the next piece; return the text that is safe to release now (may be "").

        Raises:
            FilterError: when the filter fails under `on_error: block`, and on every call after.
        """
        return self._run(piece, final=False)

    def close(self) -> str:
        """End the stream; return the rest of the filtered text."""
        return self._run("", final=True)

    def _run(self, piece: str, final: bool) -> str:
        if self._closed:
            raise FilterError("this stream is closed; start a new one with OutputFilter.stream()")
        self._closed = final
        if self._failed:
            if self._spec.on_error == "block":
                raise FilterError("the output filter failed earlier in this stream; nothing more is returned")
            return ""
        try:
            self._seen += len(piece) if isinstance(piece, str) else 0
            check_text(piece, self._spec, self._seen)
            if not self._spec.active:
                return piece
            self._filter.analyzer.warmup()  # the one-off build does not count against the timeout
            if self._key is None:
                self._key = hash_key(self._spec, self._tenant)
            return self._release(piece, final)
        except Exception as exc:  # noqa: BLE001 - on_error decides
            self._failed = True
            self._buffer, self._pos = "", 0
            notice = fail(exc, self._spec)
            self.withheld = True
            return notice

    def _release(self, piece: str, final: bool) -> str:
        deadline = time.monotonic() + self._spec.timeout_s
        buf = self._buffer[self._pos:] + piece
        self._offset += self._pos
        self._scanned = max(0, self._scanned - self._pos)
        self._buffer, self._pos = buf, 0
        f = self._filter
        segs: list[tuple[str, int, int, bool]] = []
        pos, scanned, hard = self._pos, self._scanned, self._hard_start
        while pos < len(buf):
            cut = segments.next_cut(buf, pos, f.max_segment, f.lookahead, final, scanned)
            if cut is None:
                scanned = len(buf)
                break
            end, context_end, hard = cut
            segs.append((buf[pos:context_end], end - pos, self._offset + pos, hard))
            pos, scanned = end, 0
        if not segs:
            self._scanned = scanned
            return ""
        text, found, self._carry = f.filter_segments(segs, self._spec, self._key, self._carry, self._hard_start)
        check_deadline(deadline, self._spec)
        self._findings.extend(found)
        self._pos, self._scanned, self._hard_start = pos, scanned, hard
        return text
