"""`StreamingFilter`: the output filter over a stream of text pieces, and `pump`, which drives one.

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
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Sequence

from guardrail.errors import FilterError
from guardrail.filtering import segments
from guardrail.filtering.base import Finding, SegmentAnalyzer
from guardrail.filtering.core import CoreState, SegmentJob, check_deadline, check_text, fail, filter_segments, new_state
from guardrail.policy import FilterSpec


class StreamingFilter:
    """Filters one stream; `feed` pieces, then `close`. Built by `OutputFilter.stream`.

    Args:
        analyzer: the analysis backend.
        spec: the route's filter.
        tenant: the tenant (keys the hash operator).
        max_segment: the longest segment analysed at once.
        lookahead: characters past a forced cut analysed with it.
        protect: values removed wherever they appear (see `known.py`).

    Attributes:
        window: the most characters ever held back (0 when the route filters nothing).
        withheld: True once a failure under `on_error: redact_all` replaced the rest of the
            stream with the notice (the text released before stays as it was).
    """

    def __init__(
        self, analyzer: SegmentAnalyzer, spec: FilterSpec, tenant: str, *, max_segment: int, lookahead: int,
        protect: Sequence[str] = (),
    ):
        self._analyzer = analyzer
        self._spec = spec
        self._tenant = tenant
        self._protect = tuple(protect)
        self._max_segment = max_segment
        self._lookahead = lookahead
        self.window = max_segment + lookahead if spec.active else 0
        self.withheld = False
        self._findings: list[Finding] = []
        self._buffer = ""  # text not released yet, from self._pos on
        self._pos = 0  # start of the current segment in the buffer
        self._offset = 0  # position of the buffer's start in the whole stream
        self._scanned = 0  # buffer positions before it hold no boundary of the current segment
        self._state: CoreState | None = None
        self._seen = 0
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
            self._analyzer.warmup()  # the one-off build does not count against the timeout
            if self._state is None:
                self._state = new_state(self._spec, self._tenant, self._protect)
            return self._release(piece, final, self._state)
        except Exception as exc:  # noqa: BLE001 - on_error decides
            self._failed = True
            self._buffer, self._pos = "", 0
            notice = fail(exc, self._spec)
            self.withheld = True
            return notice

    def _release(self, piece: str, final: bool, state: CoreState) -> str:
        deadline = time.monotonic() + self._spec.timeout_s
        buf = self._buffer[self._pos:] + piece
        self._offset += self._pos
        self._scanned = max(0, self._scanned - self._pos)
        self._buffer, self._pos = buf, 0
        jobs: list[SegmentJob] = []
        pos, scanned = self._pos, self._scanned
        while pos < len(buf):
            cut = segments.next_cut(buf, pos, self._max_segment, self._lookahead, final, scanned)
            if cut is None:
                scanned = len(buf)
                break
            end, context_end, hard = cut
            jobs.append(SegmentJob(buf[pos:context_end], end - pos, self._offset + pos, hard))
            pos, scanned = end, 0
        if not jobs:
            self._scanned = scanned
            return ""
        done = filter_segments(self._analyzer, jobs, self._spec, state)
        check_deadline(deadline, self._spec)
        self._findings.extend(done.findings)
        self._pos, self._scanned = pos, scanned
        return done.text


def pump(stream: StreamingFilter, pieces: Iterable[str], *, close: bool = True) -> Iterator[str]:
    """Push `pieces` through `stream`; yield each non-empty release, then (with `close`) the rest.

    The one loop every streaming surface uses. An exception raised by `pieces` (a failed
    generation) propagates before the held-back text is released.
    """
    for piece in pieces:
        if safe := stream.feed(piece):
            yield safe
    if close and (rest := stream.close()):
        yield rest


async def apump(stream: StreamingFilter, pieces: AsyncIterable[str]) -> AsyncIterator[str]:
    """`pump` over an async source of pieces (each piece still goes through `pump`)."""
    async for piece in pieces:
        for safe in pump(stream, (piece,), close=False):
            yield safe
    for safe in pump(stream, ()):
        yield safe
