"""Streaming restoration: placeholders split across SSE chunks restored as they complete.

A :class:`StreamRestorer` holds back only the shortest suffix that may still be the start of a
placeholder (at most ``Restorer.max_hold`` characters: the longest accepted form), never the
whole stream. For any text and any split into chunks, the concatenated outputs equal
``Restorer.restore(whole text)``. Use one instance per stream channel (one per SSE choice index,
one for the text and one per tool-call's arguments): placeholders never span two channels.

:class:`AnswerStream` adds the answer check on top: it works on whole sentences, and a sentence
longer than ``window`` characters is cut at its last space within the window (never inside a
restored value), so it holds back at most ``window + max_hold`` characters, plus the length of a
restored value that straddles the window's end. The window bounds latency and memory; the
analyzer sees each sentence once. Like every analysis, it runs on the analysis thread.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from redaction.pseudonymise import Analyzer
from redaction.restore import AnswerPolicy, Restored, Restorer, check_answer
from redaction.spans import PiiSpan

_SENTENCE_END_RE = re.compile(r"[.!?\u2026](?:[\"'\u00bb\u201d)\]]*)\s+|\n")


class StreamRestorer:
    """Incremental :meth:`Restorer.restore` for one stream channel."""

    __slots__ = ("_buffer", "_context", "_restorer")

    def __init__(self, restorer: Restorer) -> None:
        self._restorer = restorer
        self._buffer = ""
        self._context = ""  # last raw character emitted: the left context of the next match

    @property
    def held(self) -> int:
        """How many characters are currently held back."""
        return len(self._buffer)

    def feed(self, chunk: str) -> str:
        """Restore what ``chunk`` completes; hold back a possible placeholder start."""
        return self.feed_regions(chunk).text

    def finish(self) -> str:
        """The end of the stream: everything still held back, restored."""
        return self.finish_regions().text

    def feed_regions(self, chunk: str) -> Restored:
        text = self._context + self._buffer + chunk
        return self._emit(text, self._cut(text, len(self._context)))

    def finish_regions(self) -> Restored:
        text = self._context + self._buffer
        return self._emit(text, len(text))

    def _cut(self, text: str, base: int) -> int:
        """Where the settled part ends: the first position that may still start a placeholder."""
        end = len(text)
        cut = end
        for start in range(max(base, end - self._restorer.max_hold), end):
            if self._restorer.may_extend(text, start):
                cut = start
                break
        # A complete match never straddles the cut: a later character could not change it.
        for match in self._restorer.iter_matches(text, base, cut):
            if match.start() < cut < match.end():
                cut = match.start()
        return cut

    def _emit(self, text: str, cut: int) -> Restored:
        base = len(self._context)
        restored = self._restorer.restore_regions(text[:cut], base)
        if cut > base:
            self._context = text[cut - 1]
        self._buffer = text[cut:]
        return restored


class AnswerStream:
    """Streaming restoration plus the answer check, sentence by sentence."""

    __slots__ = ("_analyzer", "_emitted", "_language", "_pending", "_policy", "_regions",
                 "_spans", "_stream", "_window", "redacted")

    def __init__(
        self,
        restorer: Restorer,
        analyzer: Analyzer,
        language: str,
        *,
        policy: AnswerPolicy,
        window: int = 400,
    ) -> None:
        if window < 1:
            raise ValueError(f"window must be a positive number of characters, got {window}")
        self._stream = StreamRestorer(restorer)
        self._analyzer = analyzer
        self._language = language
        self._policy: AnswerPolicy = policy
        self._window = window
        self._pending = ""
        self._regions: list[PiiSpan] = []
        self._spans: list[PiiSpan] = []
        self._emitted = 0
        self.redacted: Counter[str] = Counter()

    @property
    def held(self) -> int:
        return len(self._pending) + self._stream.held

    def feed(self, chunk: str) -> str:
        self._append(self._stream.feed_regions(chunk))
        out: list[str] = []
        while cut := self._cut():
            out.append(self._check(cut))
        return "".join(out)

    def finish(self) -> str:
        self._append(self._stream.finish_regions())
        return self._check(len(self._pending)) if self._pending else ""

    def counts(self) -> Mapping[str, int]:
        """Entity type -> number of model-produced values found so far (for the audit)."""
        return dict(self.redacted)

    @property
    def spans(self) -> tuple[PiiSpan, ...]:
        """Personal data left in everything emitted so far, in output coordinates.

        After :meth:`finish`, ``(output, spans)`` may go to :meth:`Pseudonymiser.remember`.
        """
        return tuple(self._spans)

    def _append(self, part: Restored) -> None:
        offset = len(self._pending)
        self._pending += part.text
        self._regions.extend(_shift(r, offset) for r in part.regions)

    def _cut(self) -> int:
        text = self._pending
        cut = 0
        for found in _SENTENCE_END_RE.finditer(text):
            cut = found.end()
        if cut == 0 and len(text) > self._window:
            space = text.rfind(" ", 0, self._window)
            cut = space + 1 if space > 0 else self._window
        for region in self._regions:  # never split a restored value
            if region.start < cut < region.end:
                cut = region.start if region.start > 0 else region.end
        return cut

    def _check(self, cut: int) -> str:
        head = self._pending[:cut]
        regions = tuple(r for r in self._regions if r.start < cut)
        self._pending = self._pending[cut:]
        self._regions = [_shift(r, -cut) for r in self._regions if r.start >= cut]
        checked = check_answer(Restored(head, regions), self._analyzer, self._language,
                               policy=self._policy)
        self.redacted.update(checked.found)
        self._spans.extend(_shift(span, self._emitted) for span in checked.spans)
        self._emitted += len(checked.text)
        return checked.text


def _shift(span: PiiSpan, offset: int) -> PiiSpan:
    return PiiSpan(span.start + offset, span.end + offset, span.entity_type, span.score)
