"""`StreamingFilter`: the output filter over a stream of text pieces.

It holds back the text of the current segment (see `segments.py`) and releases a segment,
filtered, as soon as its end is known: at the first sentence or line end, or when
`window` characters are held without one. The bound: at most `window` (= the filter's
`max_segment`) characters are held back between calls. Each character is scanned for a
boundary once and analysed once, so the total work is linear in the length of the stream,
and the concatenated output equals `OutputFilter.filter` on the concatenated input.
"""

from __future__ import annotations

import time

from guardrail.errors import FilterError
from guardrail.filtering import segments
from guardrail.filtering.base import Finding
from guardrail.filtering.output_filter import OutputFilter, _key, check_deadline, check_text, fail
from guardrail.policy import FilterSpec


class StreamingFilter:
    """Filters one stream; `feed` pieces, then `close`.

    Attributes:
        window: the most characters ever held back.
        withheld: True once a failure under `on_error: redact_all` replaced the rest of the
            stream with the notice (the text released before stays as it was).
    """

    def __init__(self, output_filter: OutputFilter, spec: FilterSpec, tenant: str):
        self._filter = output_filter
        self._spec = spec
        self._tenant = tenant
        self.window = output_filter.max_segment if spec.active else 0
        self.withheld = False
        self._findings: list[Finding] = []
        self._buffer = ""
        self._offset = 0  # position of the buffer's start in the whole stream
        self._scanned = 0  # buffer positions before it hold no boundary
        self._hard_start = False
        self._seen = 0
        self._key: bytes | None = None
        self._failed = False
        self._closed = False

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
            self._filter.analyzer.warmup()
            if self._key is None:
                self._key = _key(self._spec, self._tenant)
            return self._release(piece, final)
        except Exception as exc:  # noqa: BLE001 - on_error decides
            self._failed = True
            self._buffer = ""
            notice = fail(exc, self._spec)
            self.withheld = True
            return notice

    def _release(self, piece: str, final: bool) -> str:
        deadline = time.monotonic() + self._spec.timeout_s
        self._buffer += piece
        out: list[str] = []
        while self._buffer:
            cut = segments.next_cut(self._buffer, 0, self._filter.max_segment, final, self._scanned)
            if cut is None:
                self._scanned = len(self._buffer)
                break
            end, hard = cut
            text, found = self._filter.filter_segment(
                self._buffer[:end], self._offset, self._spec, self._key, self._hard_start, hard
            )
            out.append(text)
            self._findings.extend(found)
            self._buffer = self._buffer[end:]
            self._offset += end
            self._scanned = 0
            self._hard_start = hard
            check_deadline(deadline, self._spec)
        return "".join(out)
