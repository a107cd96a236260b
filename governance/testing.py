"""Helpers for testing an app behind the governance layer (shipped, like structlog.testing).

- ``call_asgi``: drive an ASGI app with raw messages and collect what it sends, so streaming
  can be checked event by event (``httpx.ASGITransport`` buffers whole bodies);
- ``SubstitutionRedactor``: a redaction step that swaps known values for placeholders and
  restores them, also across stream chunks, with no model needed;
- ``RecordingAudit``: an audit step that keeps what it was given;
- ``live_server``: run an app on a real uvicorn server on a free local port.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message

from governance.exchange import Exchange
from governance.formats.base import TextSlot
from governance.steps import AnswerRewriter


@dataclass
class ASGIResult:
    messages: list[Message] = field(default_factory=list)

    @property
    def status(self) -> int:
        return int(self.start["status"])

    @property
    def start(self) -> Message:
        return next(m for m in self.messages if m["type"] == "http.response.start")

    @property
    def headers(self) -> dict[str, str]:
        return {k.decode().lower(): v.decode() for k, v in self.start["headers"]}

    @property
    def chunks(self) -> list[bytes]:
        return [m.get("body", b"") for m in self.messages if m["type"] == "http.response.body"]

    @property
    def body(self) -> bytes:
        return b"".join(self.chunks)

    def json(self) -> Any:
        return json.loads(self.body)


async def call_asgi(app: ASGIApp, method: str, path: str, *, body: bytes | Sequence[bytes] = b"",
                    headers: Mapping[str, str] | None = None, disconnect_after: int | None = None,
                    client: tuple[str, int] = ("127.0.0.1", 50000)) -> ASGIResult:
    """Send one request as raw ASGI messages; ``body`` may be a list of chunks.

    ``disconnect_after=N`` makes the client vanish after N body chunks were sent to the app
    (mid-body), or, when all were sent, on the next ``receive`` (mid-stream).
    """
    parts = [body] if isinstance(body, bytes) else list(body)
    raw_headers = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": method, "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": b"", "root_path": "", "headers": raw_headers, "client": client,
             "server": ("testserver", 80)}
    result = ASGIResult()
    sent = 0
    gone = asyncio.Event()

    async def receive() -> Message:
        nonlocal sent
        if disconnect_after is not None and sent >= disconnect_after:
            gone.set()
            return {"type": "http.disconnect"}
        if sent < len(parts):
            sent += 1
            return {"type": "http.request", "body": parts[sent - 1],
                    "more_body": sent < len(parts)}
        await gone.wait()
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        result.messages.append(message)
        if message["type"] == "http.response.body" and not message.get("more_body", False):
            gone.set()

    await app(scope, receive, send)
    return result


class SubstitutionRedactor:
    """Replace each known value with ``<TYPE_n>`` and restore it in answers (streams too)."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self.values = dict(values)  # value -> placeholder
        self.seen: list[list[str]] = []

    async def redact(self, exchange: Exchange, slots: Sequence[TextSlot]) -> list[str]:
        out = []
        for slot in slots:
            text = slot.text
            for value, placeholder in self.values.items():
                if value in text:
                    exchange.entities[placeholder.strip("<>").rsplit("_", 1)[0]] += 1
                    text = text.replace(value, placeholder)
            out.append(text)
        self.seen.append(out)
        return out

    def answer(self, exchange: Exchange) -> AnswerRewriter:
        return _Restorer({p: v for v, p in self.values.items()})


class _Restorer:
    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping
        self.held: dict[str, str] = {}

    def text(self, text: str, kind: str = "message") -> str:
        for placeholder, value in self.mapping.items():
            text = text.replace(placeholder, value)
        return text

    def feed(self, channel: str, chunk: str, kind: str = "message") -> str:
        text = self.held.pop(channel, "") + chunk
        start = text.rfind("<")
        if start != -1 and ">" not in text[start:] and len(text) - start < 40:
            self.held[channel] = text[start:]
            text = text[:start]
        return self.text(text)

    def finish(self, channel: str) -> str:
        return self.text(self.held.pop(channel, ""))


@dataclass
class RecordingAudit:
    opened_exchanges: list[dict[str, Any]] = field(default_factory=list)
    closed_exchanges: list[dict[str, Any]] = field(default_factory=list)
    fail: bool = False

    async def opened(self, exchange: Exchange) -> None:
        if self.fail:
            from governance.errors import StepError

            raise StepError("the audit log is unavailable", status=503, reason="audit-unavailable")
        self.opened_exchanges.append({"id": exchange.id, "decision": exchange.decision.kind,
                                      "entities": dict(exchange.entities)})

    async def closed(self, exchange: Exchange, outcome: dict[str, Any]) -> None:
        self.closed_exchanges.append({"id": exchange.id, **outcome})


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_server(app: ASGIApp, *, port: int | None = None) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread; yields its base URL."""
    import uvicorn

    port = port or _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            lifespan="auto")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def sse_data(body: bytes) -> Iterable[Any]:
    """The JSON data of every SSE event in ``body`` (non-JSON data as strings)."""
    for block in body.replace(b"\r\n", b"\n").split(b"\n\n"):
        lines = [line[5:].lstrip() for line in block.split(b"\n") if line.startswith(b"data:")]
        if lines:
            data = b"\n".join(lines).decode()
            try:
                yield json.loads(data)
            except ValueError:
                yield data
