"""The proxy's HTTP/1.1 client for its one upstream: pooled keep-alive connections, httptools.

Why not a general-purpose client: the proxy makes one kind of request, to one origin, with a
body it already holds whole, and relays the answer as bytes. Measured in ``bench_proxy``, the
general clients' per-request work (URL and header models, cookie, redirect and tracing hooks)
was the largest part of what the proxy adds: httpx cost 2.7x aiohttp's CPU, and aiohttp's
was still about a third of the relay's. This client writes the request head from the bytes
uvicorn parsed, in one write, and parses the answer with httptools, the C parser uvicorn
already uses (llhttp, from Node.js).

What it does: HTTP and HTTPS; ``Content-Length``, chunked and close-delimited answers;
``gzip``/``deflate`` answers decoded (any other coding is refused: the governance layer must
read the answer); interim 1xx answers skipped; a connect timeout and a read timeout (the
longest wait for the next bytes of an answer); at most ``max_connections`` requests at once,
the rest wait; idle connections reused for ``keepalive_seconds``, never after a broken or
partly read answer. A request is never retried: a chat request is not idempotent.

What it refuses (``UpstreamProtocolError``): bytes nobody asked for (on an idle connection, or
a second answer after the first), an answer head over 64 KiB (counted as it arrives), a
transfer coding other than chunked, a compressed answer cut short, a close-delimited answer
over TLS (asyncio cannot tell a proper TLS close from a cut connection), and a request
method, target or header that would split the request head.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import ssl
import time
import zlib
from collections import deque
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import cast
from urllib.parse import urlsplit

import httptools

_PAUSE_AT = 1 << 16  # bytes of answer buffered before the upstream is told to wait
_MAX_HEAD = 1 << 16  # bytes of answer headers accepted
KEEPALIVE_SECONDS = 15.0  # an idle connection is reused within this, then closed
_TOKEN = re.compile(rb"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_TARGET = re.compile(rb"[\x21-\x7e]*")
_DECODERS = {b"gzip": 16 + zlib.MAX_WBITS, b"x-gzip": 16 + zlib.MAX_WBITS, b"deflate": zlib.MAX_WBITS}


class UpstreamError(Exception):
    """The upstream could not be used; the message never holds request or answer content."""


class UpstreamUnavailable(UpstreamError):
    """No connection (refused, unreachable, TLS failure) or it closed before an answer."""


class UpstreamTimeout(UpstreamError, TimeoutError):
    """No connection or no next bytes of the answer within the timeout."""


class UpstreamProtocolError(UpstreamError):
    """The answer is not valid HTTP/1.1, or uses a content coding that cannot be decoded."""


class _Connection(asyncio.Protocol):
    """One TCP (or TLS) connection; carries one exchange at a time."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.idle_since = 0.0
        self.expecting = False  # an answer is awaited: bytes at any other time are refused
        self.tls = False  # asyncio reports a TLS close without close_notify as a clean one
        self._parser = httptools.HttpResponseParser(self)
        self.start_exchange()

    def start_exchange(self) -> None:
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.head_size = 0
        self.head_bytes = 0
        self.head_done = self.done = self.keep_alive = False
        self.chunks: deque[bytes] = deque()
        self.buffered = 0
        self.error: UpstreamError | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._paused = False

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        if not self.expecting:  # an answer nobody asked for: the connection is not trusted
            self._fail(UpstreamProtocolError("the AI service sent bytes nobody asked for"))
            self.abort()
            return
        try:
            self._parser.feed_data(data)
        except (httptools.HttpParserError, httptools.HttpParserUpgrade):
            if not self.done:  # else: bytes after a whole answer, which stands
                self._fail(UpstreamProtocolError("the AI service's answer is not valid HTTP/1.1"))
            self.abort()
            return
        if not self.head_done:  # httptools holds a header line whole until it ends
            self.head_bytes += len(data)
            if self.head_bytes > _MAX_HEAD:
                self._fail(UpstreamProtocolError("the AI service's answer headers are too large"))
                self.abort()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.done:
            return
        if self.head_done and self._close_delimited() and exc is None and not self.tls:
            self.done = True  # no length, not chunked: the answer ends with the connection
            self._wake()
        else:
            self._fail(UpstreamUnavailable("the AI service closed the connection"))

    def pause_writing(self) -> None:  # the request is written whole; the transport buffers
        pass

    def resume_writing(self) -> None:
        pass

    # httptools callbacks
    def on_message_begin(self) -> None:
        if not self.expecting:
            raise UpstreamProtocolError("a second answer")  # stops the parser

    def on_header(self, name: bytes, value: bytes) -> None:
        self.head_size += len(name) + len(value)
        if self.head_size > _MAX_HEAD:
            self._fail(UpstreamProtocolError("the AI service's answer headers are too large"))
            self.abort()
            return
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        status = self._parser.get_status_code()
        if 100 <= status < 200:
            self.headers = []  # an interim answer (100 Continue, 103 Early Hints): skipped
            self.head_size = 0
            return
        self.status = status
        self.head_done = True
        self._wake()

    def on_body(self, body: bytes) -> None:
        self.chunks.append(body)
        self.buffered += len(body)
        if self.buffered > _PAUSE_AT and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()
        self._wake()

    def on_message_complete(self) -> None:
        if self.head_done:
            self.expecting = False
            self.done = True
            self.keep_alive = self._parser.should_keep_alive()  # reset once this returns
            self._wake()

    # the exchange
    def _close_delimited(self) -> bool:
        for name, value in self.headers:
            lower = name.lower()
            if lower == b"content-length" or (lower == b"transfer-encoding"
                                              and b"chunked" in value.lower()):
                return False
        return True

    def _fail(self, error: UpstreamError) -> None:
        if self.error is None:
            self.error = error
        self._wake()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def wait(self, seconds: float) -> None:  # a timer, not asyncio.timeout: cheaper
        """Until something happens on the exchange (head, body bytes, end, failure), or
        ``seconds`` pass with nothing."""
        if self.error is not None:
            raise self.error
        loop = asyncio.get_running_loop()
        waiter = self._waiter = loop.create_future()
        timer = loop.call_later(seconds, self._fail,
                                UpstreamTimeout("the AI service did not answer in time"))
        try:
            await waiter
        finally:
            timer.cancel()
            self._waiter = None
        if self.error is not None:
            raise self.error

    def take(self) -> bytes:
        data = b"".join(self.chunks) if len(self.chunks) != 1 else self.chunks[0]
        self.chunks.clear()
        self.buffered = 0
        if self._paused and self.transport is not None:
            self._paused = False
            self.transport.resume_reading()
        return data

    def reusable(self) -> bool:
        return (self.done and self.keep_alive and self.error is None and not self.closed
                and not self.chunks)

    def abort(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.abort()


class UpstreamResponse:
    """The answer's head, then its body read whole or chunk by chunk; ``release()`` always."""

    def __init__(self, client: UpstreamClient, connection: _Connection, method: str) -> None:
        self._client = client
        self._conn = connection
        self._released = False
        self.status = connection.status
        self.headers = connection.headers
        self.content_length: int | None = None
        self._decoder: zlib._Decompress | None = None
        for name, value in self.headers:
            lower = name.lower()
            if lower == b"content-length":
                self.content_length = int(value)
            elif lower == b"transfer-encoding" and any(
                    coding.strip().lower() != b"chunked" for coding in value.split(b",")):
                raise UpstreamProtocolError(
                    "the AI service's answer uses a transfer coding that cannot be decoded")
            elif lower == b"content-encoding" and value.strip().lower() != b"identity":
                wbits = _DECODERS.get(value.strip().lower())
                if wbits is None:  # the value is not echoed: it comes from the answer
                    raise UpstreamProtocolError(
                        "the AI service's answer uses a content coding that cannot be decoded")
                self._decoder = zlib.decompressobj(wbits)
                self.content_length = None  # the decoded length is not known in advance
        if method == "HEAD" or self.status in (204, 304):
            connection.done = True  # no body, whatever the headers say
            connection.closed = connection.closed or method == "HEAD"

    async def iter_chunks(self) -> AsyncIterator[bytes]:
        conn = self._conn
        while True:
            if conn.chunks:
                data = conn.take()
                if self._decoder is None:
                    yield data
                else:
                    for piece in self._decode(data):
                        yield piece
                continue
            if conn.done:
                if self._decoder is not None:
                    tail = self._decoder.flush()
                    if not self._decoder.eof:
                        raise UpstreamProtocolError(
                            "the AI service's compressed answer is cut short")
                    if tail:
                        yield tail
                return
            await conn.wait(self._client.read_timeout)

    async def read(self) -> bytes:
        return b"".join([chunk async for chunk in self.iter_chunks()])

    def _decode(self, data: bytes) -> Iterator[bytes]:
        """Decoded in pieces of at most 64 KiB: a small compressed answer can expand a
        thousandfold, and the relay's back-pressure works piece by piece."""
        assert self._decoder is not None
        try:
            while data:
                piece = self._decoder.decompress(data, _PAUSE_AT)
                data = self._decoder.unconsumed_tail
                if piece:
                    yield piece
        except zlib.error:
            raise UpstreamProtocolError("the AI service's compressed answer is corrupt") from None

    def release(self) -> None:
        """Returns the connection to the pool if the answer was read to its end, else closes
        it (a partly read answer would corrupt the next exchange)."""
        if not self._released:
            self._released = True
            self._client._release(self._conn)


class UpstreamClient:
    def __init__(self, base_url: str, *, connect_timeout: float = 5.0, read_timeout: float = 120.0,
                 max_connections: int = 100, keepalive_seconds: float = KEEPALIVE_SECONDS,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        """``ssl_context`` for an https upstream: by default the system's trusted CAs, with
        the host name checked."""
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("the upstream URL: expected an http:// or https:// URL")
        if parts.username is not None or parts.query or parts.fragment or not _TARGET.fullmatch(
                parts.path.encode("utf-8")):
            raise ValueError("the upstream URL: no credentials, query or fragment, and a path "
                             "without spaces or control characters")
        self.host = parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.base_path = parts.path.rstrip("/").encode("latin-1")
        default_port = self.port == (443 if parts.scheme == "https" else 80)
        netloc = (f"[{self.host}]" if ":" in self.host
                  else self.host.encode("idna").decode("ascii"))
        self.host_header = (netloc if default_port else f"{netloc}:{self.port}").encode("latin-1")
        self._ssl: ssl.SSLContext | None = None
        if parts.scheme == "https":
            self._ssl = ssl_context or ssl.create_default_context()
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.keepalive_seconds = keepalive_seconds
        self._max_connections = max_connections
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        self._idle: list[_Connection] = []

    async def request(self, method: str, target: bytes, headers: Sequence[tuple[bytes, bytes]],
                      body: bytes) -> UpstreamResponse:
        """Sends the request; returns once the answer's head has arrived."""
        parts = [method.encode("latin-1"), b" ", self.base_path, target,
                 b" HTTP/1.1\r\nhost: ", self.host_header,
                 b"\r\ncontent-length: ", str(len(body)).encode("latin-1"), b"\r\n"]
        for name, value in headers:
            parts += (name, b": ", value, b"\r\n")
        parts.append(b"\r\n")
        head = b"".join(parts)
        lines = len(headers) + 4  # request line, host, content-length, headers, blank line
        if not (_TOKEN.fullmatch(parts[0]) and _TARGET.fullmatch(target)) or (
                head.count(b"\n") != lines or head.count(b"\r") != lines or b"\0" in head):
            raise ValueError("a request method, target or header that cannot go in a request")
        slots = self._slots_for(asyncio.get_running_loop())
        await slots.acquire()
        conn: _Connection | None = None
        try:
            conn = self._idle_connection() or await self._connect()
            conn.start_exchange()
            conn.expecting = True
            assert conn.transport is not None
            conn.transport.write(head + body)
            while not conn.head_done:
                await conn.wait(self.read_timeout)
            return UpstreamResponse(self, conn, method)
        except BaseException:
            if conn is not None:
                conn.abort()
            slots.release()
            raise

    def _slots_for(self, loop: asyncio.AbstractEventLoop) -> asyncio.Semaphore:
        """Connections and the limit belong to one event loop; a new loop starts afresh."""
        if self._loop is not loop or self._slots is None:
            for conn in self._idle:
                with contextlib.suppress(RuntimeError):  # its loop is closed: nothing to do
                    conn.abort()
            self._idle, self._loop = [], loop
            self._slots = asyncio.Semaphore(self._max_connections)
        return self._slots

    def _idle_connection(self) -> _Connection | None:
        now = time.monotonic()
        while self._idle:
            conn = self._idle.pop()
            if not conn.closed and now - conn.idle_since < self.keepalive_seconds:
                return conn
            conn.abort()
        return None

    async def _connect(self) -> _Connection:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(self.connect_timeout):
                _, conn = await loop.create_connection(
                    _Connection, self.host, self.port, ssl=self._ssl,
                    server_hostname=self.host if self._ssl is not None else None)
        except TimeoutError:
            raise UpstreamTimeout("the AI service did not accept a connection in time") from None
        except (OSError, ssl.SSLError) as exc:
            raise UpstreamUnavailable(
                f"the AI service cannot be reached ({type(exc).__name__})") from None
        conn.tls = self._ssl is not None
        return conn

    def _release(self, conn: _Connection) -> None:
        if conn.reusable() and self.keepalive_seconds > 0:
            conn.idle_since = time.monotonic()
            self._idle.append(conn)
        else:
            conn.abort()
        if self._slots is not None:
            self._slots.release()

    async def aclose(self) -> None:
        while self._idle:
            self._idle.pop().abort()
