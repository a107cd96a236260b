"""Incremental Server-Sent Events framing: bytes in, whole events out, unchanged bytes kept.

Events are split on blank lines with any of the three line endings the SSE grammar allows
(``\\r\\n``, ``\\r``, ``\\n``); a chunk ending in ``\\r`` waits for the next one, which may
start with the matching ``\\n``. Events the pipeline does not rewrite are re-emitted byte for
byte.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from governance.errors import GovernanceError

_LINE = re.compile(rb"\r\n|\r|\n")
_TEXT_LINE = re.compile(r"\r\n|\r|\n")


class StreamError(GovernanceError):
    """The upstream stream is not valid SSE (an event too large for the buffer)."""


@dataclass(frozen=True, slots=True)
class SSEEvent:
    raw: bytes
    event: str | None
    data: str | None

    def json(self) -> Any | None:
        """The event's data as JSON, or None when it is not JSON (e.g. ``[DONE]``)."""
        if self.data is None:
            return None
        try:
            return json.loads(self.data)
        except ValueError:
            return None


def encode(event: str | None, data: Any) -> bytes:
    """One event; ``data`` is a JSON value, or a bare string such as ``[DONE]``."""
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False,
                                                             separators=(",", ":"))
    head = f"event: {event}\n" if event else ""
    lines = "".join(f"data: {line}\n" for line in payload.split("\n"))
    return (head + lines + "\n").encode("utf-8")


def _parse(raw: bytes) -> SSEEvent:
    name: str | None = None
    data: list[str] = []
    for line in _TEXT_LINE.split(raw.decode("utf-8", errors="replace")):
        if not line or line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "event":
            name = value
        elif field == "data":
            data.append(value)
    return SSEEvent(raw, name, "\n".join(data) if data else None)


class SSEParser:
    def __init__(self, *, max_event_bytes: int = 8 * 1024 * 1024) -> None:
        self._buffer = bytearray()
        self._max = max_event_bytes
        # Where the last scan stopped inside the pending event (so a large event arriving in
        # small chunks is scanned once, not once per chunk) and where its current line began.
        self._pos = 0
        self._line_start = 0

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        self._buffer += chunk
        events: list[SSEEvent] = []
        start = 0
        line_start = self._line_start
        pos = self._pos
        buf = self._buffer
        while True:
            match = _LINE.search(buf, pos)
            if match is None:
                pos = len(buf)  # no line end in what is pending: resume from here next time
                break
            if match.group() == b"\r" and match.end() == len(buf):
                pos = match.start()  # may be the first half of \r\n
                break
            if match.start() == line_start:  # a blank line ends the event
                if match.start() > start:
                    events.append(_parse(bytes(buf[start:match.end()])))
                start = match.end()
            line_start = pos = match.end()
        if start:
            del buf[:start]
        self._pos, self._line_start = pos - start, line_start - start
        if len(self._buffer) > self._max:
            raise StreamError(f"an SSE event exceeds {self._max} bytes")
        return events

    def close(self) -> bytes:
        """What is left after the stream ends (an unterminated event), verbatim."""
        rest, self._buffer = bytes(self._buffer), bytearray()
        self._pos = self._line_start = 0
        return rest
