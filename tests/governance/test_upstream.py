"""The proxy's upstream client against raw servers that send exactly the bytes a test needs."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import gc
import gzip
import json
import logging
import posixpath
import re
import socket
import ssl
import threading
import warnings
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import psutil
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from starlette.types import Message, Receive, Scope, Send

from governance import GovernanceMiddleware, Policy, Runtime, Steps
from governance.keys import KeyStore
from governance.proxy import UpstreamProxy
from governance.testing import SubstitutionRedactor, live_server
from governance.upstream import (
    UpstreamClient,
    UpstreamError,
    UpstreamProtocolError,
    UpstreamTimeout,
    UpstreamUnavailable,
)

pytestmark = pytest.mark.anyio
CANARY = b"Zelda Quinterro-Canary"
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, bytes], Awaitable[None]]


class RawServer:
    """Counts connections, records each request head and body, answers with ``handler``."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.connections = 0
        self.requests: list[bytes] = []
        self.tasks: set[asyncio.Task[Any]] = set()

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        if (task := asyncio.current_task()) is not None:
            self.tasks.add(task)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), 0)
                body = await reader.readexactly(length)
                self.requests.append(head + body)
                await self.handler(reader, writer, head)
                if writer.is_closing():
                    return
        except asyncio.CancelledError:
            pass  # the test is over: end quietly (a cancelled handler task is logged)
        finally:
            writer.close()


@asynccontextmanager
async def raw_server(handler: Handler) -> AsyncIterator[tuple[RawServer, str]]:
    server = RawServer(handler)
    listener = await asyncio.start_server(server.serve, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    try:
        yield server, f"http://127.0.0.1:{port}"
    finally:
        listener.close()
        for task in server.tasks:
            task.cancel()
        await asyncio.gather(*server.tasks, return_exceptions=True)


def answer(body: bytes, *headers: bytes, status: bytes = b"200 OK") -> Handler:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      head: bytes) -> None:
        lines = [b"HTTP/1.1 " + status, *headers]
        if not any(h.lower().startswith((b"content-length", b"transfer-encoding"))
                   for h in headers):
            lines.append(b"content-length: %d" % len(body))
        writer.write(b"\r\n".join(lines) + b"\r\n\r\n" + body)
        await writer.drain()

    return handler


async def post(client: UpstreamClient, body: bytes = b'{"q": 1}') -> tuple[int, bytes]:
    response = await client.request("POST", b"/v1/chat/completions",
                                    [(b"content-type", b"application/json")], body)
    try:
        return response.status, await response.read()
    finally:
        response.release()


def sends(*parts: bytes) -> Handler:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      head: bytes) -> None:
        for part in parts:
            writer.write(part)
        await writer.drain()

    return handler


async def fetch(client: UpstreamClient, method: str = "POST"
                ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    response = await client.request(method, b"/v1/chat/completions",
                                    [(b"content-type", b"application/json")], b'{"q": 1}')
    try:
        return response.status, list(response.headers), await response.read()
    finally:
        response.release()


class AsgiCall:
    """Drives an ASGI app by hand: the request body in ``parts``, then (on ``leave``) a
    disconnect; records what the app sends."""

    def __init__(self, *parts: bytes, disconnect_after_body: bool = False) -> None:
        self.parts = list(parts) or [b""]
        self.disconnect_after_body = disconnect_after_body
        self.leave = asyncio.Event()
        self.sent: list[Message] = []

    async def receive(self) -> Message:
        if self.parts:
            body = self.parts.pop(0)
            more = bool(self.parts) or self.disconnect_after_body
            return {"type": "http.request", "body": body, "more_body": more}
        if self.disconnect_after_body:
            return {"type": "http.disconnect"}
        await self.leave.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        self.sent.append(message)

    @property
    def status(self) -> int | None:
        return next((m["status"] for m in self.sent if m["type"] == "http.response.start"), None)

    @property
    def body(self) -> bytes:
        return b"".join(m.get("body", b"") for m in self.sent if m["type"] == "http.response.body")


def http_scope(path: str, *, raw_path: bytes | None, method: str = "POST",
               headers: list[tuple[bytes, bytes]] | None = None) -> Scope:
    scope: Scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                    "method": method, "scheme": "http", "path": path, "query_string": b"",
                    "root_path": "", "headers": headers or [(b"content-type",
                                                             b"application/json")],
                    "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 2), "state": {}}
    if raw_path is not None:
        scope["raw_path"] = raw_path
    return scope


async def test_request_head_carries_host_base_path_and_length_and_connection_is_reused() -> None:
    async with raw_server(answer(b'{"ok": true}')) as (server, url):
        client = UpstreamClient(url + "/base/")
        assert await post(client) == (200, b'{"ok": true}')
        assert await post(client, b"{}") == (200, b'{"ok": true}')
        await client.aclose()
    first = server.requests[0]
    assert first.startswith(b"POST /base/v1/chat/completions HTTP/1.1\r\n")
    assert f"host: {url.removeprefix('http://')}".encode() in first
    assert b"content-length: 8\r\n" in first
    assert first.endswith(b'\r\n\r\n{"q": 1}')
    assert server.connections == 1  # the second request rode the kept-alive connection


async def test_chunked_close_delimited_and_compressed_answers_are_read_whole() -> None:
    chunked = answer(b'5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n', b"transfer-encoding: chunked")

    async def until_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                          head: bytes) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nconnection: close\r\n\r\nto the end")
        await writer.drain()
        writer.close()

    gzipped = answer(gzip.compress(b'{"content": "gz"}'), b"content-encoding: gzip")
    deflated = answer(zlib.compress(b'{"content": "zz"}'), b"Content-Encoding: deflate")
    for handler, expected in ((chunked, b"hello world"), (until_close, b"to the end"),
                              (gzipped, b'{"content": "gz"}'), (deflated, b'{"content": "zz"}')):
        async with raw_server(handler) as (_, url):
            client = UpstreamClient(url)
            assert await post(client) == (200, expected)
            await client.aclose()


async def test_an_interim_answer_is_skipped_and_status_and_headers_pass() -> None:
    async def interim(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      head: bytes) -> None:
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 429 Too Many Requests\r\n"
                     b"retry-after: 3\r\ncontent-length: 2\r\n\r\n{}")
        await writer.drain()

    async with raw_server(interim) as (_, url):
        client = UpstreamClient(url)
        response = await client.request("POST", b"/", [], b"")
        assert response.status == 429
        assert (b"retry-after", b"3") in response.headers
        assert await response.read() == b"{}"
        response.release()
        await client.aclose()


async def test_undecodable_or_malformed_answers_are_refused_without_their_content() -> None:
    brotli = answer(CANARY, b"content-encoding: br")
    corrupt = answer(b"\x1f\x8b" + CANARY, b"content-encoding: gzip")
    garbage = answer(b"", status=b"2OO " + CANARY)
    for handler in (brotli, corrupt, garbage):
        async with raw_server(handler) as (_, url):
            client = UpstreamClient(url)
            with pytest.raises(UpstreamProtocolError) as caught:
                await post(client)
            assert CANARY.decode() not in str(caught.value)
            await client.aclose()


async def test_unreachable_silent_and_vanishing_upstreams() -> None:
    async with raw_server(answer(b"")) as (_, url):
        pass  # closed: nothing listens on this port any more
    with pytest.raises(UpstreamUnavailable, match="cannot be reached"):
        await post(UpstreamClient(url))

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                     head: bytes) -> None:
        await asyncio.sleep(5)

    async with raw_server(silent) as (_, url):
        with pytest.raises(UpstreamTimeout, match="did not answer in time"):
            await post(UpstreamClient(url, read_timeout=0.2))

    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      head: bytes) -> None:
        writer.close()

    async with raw_server(hang_up) as (_, url):
        with pytest.raises(UpstreamUnavailable, match="closed the connection"):
            await post(UpstreamClient(url))


async def test_a_body_cut_short_or_stalled_fails_and_its_connection_is_not_reused() -> None:
    async def cut(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                  head: bytes) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"choi")
        await writer.drain()
        writer.close()

    async with raw_server(cut) as (_, url):
        with pytest.raises(UpstreamUnavailable):
            await post(UpstreamClient(url))

    async def stall(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    head: bytes) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n")
        await writer.drain()
        await asyncio.sleep(5)

    async with raw_server(stall) as (_, url):
        client = UpstreamClient(url, read_timeout=0.2)
        response = await client.request("POST", b"/", [], b"")
        chunks = []

        async def read_all() -> None:
            async for chunk in response.iter_chunks():
                chunks.append(chunk)

        with pytest.raises(UpstreamTimeout):
            await read_all()
        response.release()
        assert chunks == [b"abc"]
        assert client._idle == []  # a partly read answer never serves another request
        await client.aclose()


async def test_an_answer_left_unread_closes_its_connection() -> None:
    async with raw_server(answer(b"x" * 10_000)) as (server, url):
        client = UpstreamClient(url)
        response = await client.request("POST", b"/", [], b"")
        response.release()  # never read
        assert await post(client) == (200, b"x" * 10_000)
        await client.aclose()
    assert server.connections == 2


async def test_an_idle_connection_the_upstream_closed_is_not_reused() -> None:
    async def once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                   head: bytes) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok")
        await writer.drain()
        writer.close()  # keep-alive announced, then the server's idle timeout fires

    async with raw_server(once) as (server, url):
        client = UpstreamClient(url)
        assert await post(client) == (200, b"ok")
        await asyncio.sleep(0.05)
        assert await post(client) == (200, b"ok")
        await client.aclose()
    assert server.connections == 2


async def test_a_large_streamed_answer_arrives_intact_through_flow_control() -> None:
    payload = bytes(range(256)) * 8192  # 2 MiB, far past the 64 KiB read pause

    async def big(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                  head: bytes) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n")
        for i in range(0, len(payload), 50_000):
            part = payload[i:i + 50_000]
            writer.write(b"%x\r\n%s\r\n" % (len(part), part))
        writer.write(b"0\r\n\r\n")
        await writer.drain()

    async with raw_server(big) as (_, url):
        client = UpstreamClient(url)
        response = await client.request("POST", b"/", [], b"")
        received = bytearray()
        async for chunk in response.iter_chunks():
            received += chunk
            await asyncio.sleep(0)  # a slow reader: the buffer fills and reading pauses
        response.release()
        assert bytes(received) == payload
        assert len(client._idle) == 1
        await client.aclose()


async def test_requests_beyond_max_connections_wait_for_a_free_one() -> None:
    active = 0
    most = 0

    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                   head: bytes) -> None:
        nonlocal active, most
        active += 1
        most = max(most, active)
        await asyncio.sleep(0.05)
        active -= 1
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok")
        await writer.drain()

    async with raw_server(slow) as (server, url):
        client = UpstreamClient(url, max_connections=2)
        results = await asyncio.gather(*(post(client) for _ in range(6)))
        await client.aclose()
    assert results == [(200, b"ok")] * 6
    assert most == 2
    assert server.connections == 2


def test_only_http_urls_are_accepted() -> None:
    with pytest.raises(ValueError, match="expected an http"):
        UpstreamClient("ftp://example.org")


async def test_answer_headers_past_the_limit_are_refused() -> None:
    huge = answer(b"{}", *(b"x-filler-%d: %s" % (i, b"v" * 1000) for i in range(80)))
    async with raw_server(huge) as (_, url):
        client = UpstreamClient(url)
        with pytest.raises(UpstreamProtocolError, match="headers are too large"):
            await post(client)
        await client.aclose()


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


async def test_an_https_upstream_is_verified_and_used(tmp_path: Path) -> None:
    cert_file, key_file = _self_signed(tmp_path)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert_file, key_file)
    server = RawServer(answer(b'{"tls": true}'))
    listener = await asyncio.start_server(server.serve, "127.0.0.1", 0, ssl=server_ctx)
    port = listener.sockets[0].getsockname()[1]
    try:
        # Not trusted by the system's CAs: refused, as a failed TLS handshake.
        with pytest.raises(UpstreamUnavailable, match="cannot be reached"):
            await post(UpstreamClient(f"https://localhost:{port}"))
        trusted = ssl.create_default_context(cafile=str(cert_file))
        client = UpstreamClient(f"https://localhost:{port}", ssl_context=trusted)
        assert await post(client) == (200, b'{"tls": true}')
        assert await post(client) == (200, b'{"tls": true}')
        await client.aclose()
    finally:
        listener.close()
    assert server.connections == 1  # both requests on one kept-alive TLS connection
    assert f"host: localhost:{port}".encode() in server.requests[0]


def test_one_client_serves_successive_event_loops() -> None:
    """Starlette's TestClient, used without ``with``, runs each request on a new event loop:
    a connection kept alive on one loop is dropped on the next, not reused (it would wait on
    a loop that no longer runs)."""

    async def ok(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"ok"})

    async def post_and_close(client: UpstreamClient) -> tuple[int, bytes]:
        result = await post(client)
        await client.aclose()
        return result

    with live_server(ok) as url:  # another thread: its connections outlive each client loop
        client = UpstreamClient(url, read_timeout=5)
        first, second = asyncio.new_event_loop(), asyncio.new_event_loop()
        try:
            assert first.run_until_complete(post(client)) == (200, b"ok")
            assert second.run_until_complete(post_and_close(client)) == (200, b"ok")
        finally:
            first.run_until_complete(asyncio.sleep(0))  # lets the dropped connection close
            first.close()
            second.close()


# --- framing, hostile upstreams, request paths, disconnects (found in review) -------------

async def test_a_second_answer_in_the_same_read_is_not_merged_into_the_first() -> None:
    """An upstream (or anything on its path) that sends more than one answer must not get the
    extra bytes relayed as part of this answer, nor its headers or status mixed in."""
    first = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"
    smuggled = b"HTTP/1.1 500 Oops\r\nx-smuggled: 1\r\ncontent-length: 5\r\n\r\nEVIL!"
    async with raw_server(sends(first + smuggled)) as (_, url):
        client = UpstreamClient(url)
        status, headers, body = await fetch(client)
        await client.aclose()
    assert (status, body) == (200, b"ok")
    assert (b"x-smuggled", b"1") not in headers
    assert [name for name, _ in headers].count(b"content-length") == 1


@pytest.mark.parametrize("stray", [
    # a complete answer nobody asked for, large enough to pause reading while idle
    b"HTTP/1.1 200 OK\r\ncontent-length: 200000\r\n\r\n" + b"s" * 200_000,
    # the beginning of an answer nobody asked for
    b"HTTP/1.1 200 OK\r\nx-partial",
], ids=["large-complete", "partial-head"])
async def test_bytes_arriving_on_an_idle_connection_never_affect_the_next_request(
        stray: bytes) -> None:
    answers = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      head: bytes) -> None:
        nonlocal answers
        answers += 1
        body = b"first" if answers == 1 else b"second"
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body))
        await writer.drain()
        if answers == 1:
            await asyncio.sleep(0.05)  # the client has read and pooled the connection
            writer.write(stray)
            await writer.drain()

    async with raw_server(handler) as (_, url):
        client = UpstreamClient(url, read_timeout=2)
        assert (await fetch(client))[::2] == (200, b"first")
        await asyncio.sleep(0.3)  # the stray bytes reach the pooled connection
        try:
            outcome: object = (await fetch(client))[::2]
        except UpstreamError as exc:
            outcome = type(exc).__name__
        await client.aclose()
    assert outcome == (200, b"second")


@pytest.mark.parametrize("head", [
    b"HTTP/1.1 200 OK\r\nx-big: " + b"a" * (256 * 1024),  # one endless header line
    b"HTTP/1.1 200 " + b"a" * (256 * 1024),  # one endless reason phrase
], ids=["header-value", "reason-phrase"])
async def test_an_answer_head_past_the_limit_is_refused_as_it_arrives(head: bytes) -> None:
    """The 64 KiB cap is checked only when a whole header has arrived: an upstream sending
    one endless header line (or status line) is buffered without bound until the read
    timeout, instead of being refused once past the cap."""

    async def endless(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      hdr: bytes) -> None:
        writer.write(head)  # never ends the line
        await writer.drain()
        await asyncio.sleep(5)

    async with raw_server(endless) as (_, url):
        client = UpstreamClient(url, read_timeout=1)
        with pytest.raises(UpstreamProtocolError, match="too large"):
            await fetch(client)
        await client.aclose()


async def test_a_truncated_compressed_answer_is_not_passed_off_as_complete() -> None:
    whole = gzip.compress(json.dumps({"content": "x" * 5000}).encode())
    cut = whole[: len(whole) // 2]  # correctly framed, but the gzip stream stops half-way
    answer = b"HTTP/1.1 200 OK\r\ncontent-encoding: gzip\r\ncontent-length: %d\r\n\r\n" % len(cut)
    async with raw_server(sends(answer + cut)) as (_, url):
        client = UpstreamClient(url)
        with pytest.raises(UpstreamProtocolError):
            await fetch(client)
        await client.aclose()


async def test_a_transfer_coding_other_than_chunked_is_not_relayed_as_plain_bytes() -> None:
    """``Transfer-Encoding: gzip, chunked``: llhttp removes the chunked framing only; the
    gzip transfer coding stays on the bytes, and the proxy then drops the header, so the
    client would get compressed bytes labelled as JSON. Decode it or refuse it."""
    text = b'{"content": "plain"}'
    packed = gzip.compress(text)
    answer = (b"HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked\r\n\r\n"
              b"%x\r\n%s\r\n0\r\n\r\n" % (len(packed), packed))
    async with raw_server(sends(answer)) as (_, url):
        client = UpstreamClient(url)
        try:
            outcome: object = (await fetch(client))[2]
        except UpstreamProtocolError:
            outcome = "refused"
        await client.aclose()
    assert outcome in (text, "refused")


async def test_a_switching_protocols_answer_is_a_protocol_error_not_a_crashed_callback(
        caplog: pytest.LogCaptureFixture) -> None:
    """httptools raises ``HttpParserUpgrade`` (not an ``HttpParserError``) for a 101 answer:
    it escapes ``data_received``, asyncio logs 'Fatal error: protocol.data_received() call
    failed' with a traceback, and the request fails as 'closed the connection'."""
    answer = (b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\n"
              b"connection: upgrade\r\n\r\n")
    async with raw_server(sends(answer)) as (_, url):
        client = UpstreamClient(url, read_timeout=2)
        with caplog.at_level(logging.ERROR, logger="asyncio"), \
                pytest.raises(UpstreamProtocolError):
            await fetch(client)
        await client.aclose()
    assert not [r for r in caplog.records if r.name == "asyncio"]


async def test_a_close_delimited_tls_answer_cut_without_close_notify_is_not_complete(
        tmp_path: Path) -> None:
    """Over TLS, the end of a close-delimited answer is the peer's close_notify; a bare TCP
    close (a FIN or RST injected on the path) is a truncation (RFC 8446 6.1, RFC 9112 9.8).
    asyncio 3.11 reports both alike (``eof_received``, then ``connection_lost(None)``), so
    the client cannot tell them apart: over TLS it refuses close-delimited answers."""
    cert_file, key_file = _self_signed(tmp_path)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert_file, key_file)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        raw, _ = listener.accept()
        tls = server_ctx.wrap_socket(raw, server_side=True)
        received = b""
        while b"\r\n\r\n" not in received:
            received += tls.recv(65536)
        tls.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{\"cho")
        plain = socket.socket(fileno=tls.detach())  # no close_notify: the TCP close alone
        plain.shutdown(socket.SHUT_RDWR)
        plain.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    client = UpstreamClient(f"https://localhost:{port}",
                            ssl_context=ssl.create_default_context(cafile=str(cert_file)))
    try:
        with pytest.raises(UpstreamError):
            await fetch(client)
    finally:
        await client.aclose()
        await asyncio.to_thread(thread.join, 5)
        listener.close()


# --- no header values or credentials in messages ----------------------------------------------

async def test_a_refused_content_coding_is_not_echoed_to_the_client() -> None:
    """The answer's ``content-encoding`` value goes into the exception message, which the
    proxy puts in the 502 body: a header value from the answer, relayed and possibly logged."""
    answer = b"HTTP/1.1 200 OK\r\ncontent-encoding: " + CANARY + b"\r\ncontent-length: 2\r\n\r\n{}"
    async with raw_server(sends(answer)) as (_, url):
        client = UpstreamClient(url)
        with pytest.raises(UpstreamProtocolError) as caught:
            await fetch(client)
        await client.aclose()
        proxy = UpstreamProxy(url)
        call = AsgiCall(b"{}")
        await proxy(http_scope("/x", raw_path=b"/x"), call.receive, call.send)
        await proxy.aclose()
    assert CANARY.decode() not in str(caught.value)
    assert call.status == 502
    assert CANARY not in call.body


def test_a_refused_upstream_url_is_not_echoed() -> None:
    """The URL may carry credentials (``scheme://user:secret@host``)."""
    with pytest.raises(ValueError, match="upstream") as caught:
        UpstreamClient("ftp://user:s3cret-canary@example.org")
    assert "s3cret-canary" not in str(caught.value)


@pytest.mark.parametrize("url", [
    "http://user:s3cret-canary@example.org",  # aiohttp sent these as Basic auth
    "https://example.org/openai?api-version=2024-06-01",  # Azure-style: the query vanished
    "http://example.org/a b",  # a space in the request line
], ids=["userinfo", "query", "space-in-path"])
def test_an_upstream_url_the_client_cannot_honour_is_refused_not_silently_altered(
        url: str) -> None:
    with pytest.raises(ValueError, match="upstream") as caught:
        UpstreamClient(url)
    assert "s3cret-canary" not in str(caught.value)


def test_an_internationalised_upstream_host_is_sent_as_its_a_label() -> None:
    """The Host header is the host encoded as latin-1, not IDNA: ``bücher.example`` goes out
    as the raw byte 0xFC (and a host outside latin-1 fails at start-up with UnicodeError)."""
    assert UpstreamClient("http://bücher.example").host_header == b"xn--bcher-kva.example"


# --- request head injection ----------------------------------------------------------------

async def test_a_decoded_path_cannot_split_the_request_head() -> None:
    """``raw_path`` is optional in ASGI; without it the proxy falls back to the *decoded*
    ``path``, where ``%0d%0a`` has become CR LF, and the client writes it into the request
    line unchecked (aiohttp/yarl re-quoted it)."""
    async with raw_server(sends(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}")) as (
            server, url):
        proxy = UpstreamProxy(url)
        call = AsgiCall(b"{}")
        path = "/v1/chat/completions HTTP/1.1\r\nx-injected: 1\r\nx-rest: "
        await proxy(http_scope(path, raw_path=None), call.receive, call.send)
        await proxy.aclose()
    heads = [request.split(b"\r\n\r\n")[0] for request in server.requests]
    assert not any(b"\r\nx-injected: 1\r\n" in head for head in heads)


async def test_the_client_refuses_request_bytes_that_split_the_head() -> None:
    """Defence in depth: ``UpstreamClient.request`` writes method, target and header bytes
    as given. The same bytes through aiohttp raised ValueError."""
    cases = [
        ("POST", b"/v1 HTTP/1.1\r\nx-injected: 1\r\nx:", []),
        ("POST", b"/v1", [(b"x-ok", b"a\r\nx-injected: 1")]),
        ("POST", b"/v1", [(b"x-injected: 1\r\nx-name", b"v")]),
    ]
    async with raw_server(sends(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}")) as (
            server, url):
        client = UpstreamClient(url)
        refused = 0
        for method, target, headers in cases:
            try:
                response = await client.request(method, target, headers, b"")
            except ValueError:
                refused += 1
                continue
            await response.read()
            response.release()
        await client.aclose()
    assert not any(b"\r\nx-injected: 1\r\n" in r for r in server.requests)
    assert refused == len(cases)


def _normalised(target: bytes) -> str:
    """What an RFC 3986 normalising upstream or CDN (Cloudflare's default URL normalisation,
    nginx's merge_slashes) serves for this request target."""
    text = target.decode("latin-1")
    if "://" in text:  # absolute form: the upstream uses its path (RFC 9112 section 3.2.2)
        text = urlsplit(text).path
    path = posixpath.normpath(unquote(text.split("?")[0]))
    return re.sub("/+", "/", path)


@pytest.mark.parametrize(("path", "raw_path"), [
    ("/v1/models/../chat/completions", b"/v1/models/../chat/completions"),
    ("/v1/models/../chat/completions", b"/v1/models/%2e%2e/chat/completions"),
    ("//v1/chat/completions", b"//v1/chat/completions"),
    # uvicorn's h11 protocol keeps an absolute-form target as raw_path (and path)
    ("http://other/v1/chat/completions", b"http://other/v1/chat/completions"),
], ids=["dot-segments", "encoded-dot-segments", "double-slash", "absolute-form"])
async def test_a_governed_route_cannot_be_reached_ungoverned_through_path_spelling(
        policy: Policy, keys: KeyStore, path: str, raw_path: bytes) -> None:
    """The middleware matches routes on the path as spelt; an unmatched path passes through
    untouched, and the proxy forwards the raw target, which the upstream normalises to a
    governed route: the message reaches the model without consent or redaction."""
    async with raw_server(sends(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}")) as (
            server, url):
        steps = Steps(redaction=SubstitutionRedactor({CANARY.decode(): "<PERSON_1>"}))
        app = GovernanceMiddleware(UpstreamProxy(url), policy=policy,
                                   runtime=Runtime.build(policy, steps=steps, keys=keys))
        body = json.dumps({"model": "m", "messages": [
            {"role": "user", "content": f"I am {CANARY.decode()}"}]}).encode()
        call = AsgiCall(body)
        await app(http_scope(path, raw_path=raw_path), call.receive, call.send)
    governed = {route.path for route in policy.routes}
    for request in server.requests:
        target = request.split(b" ", 2)[1]
        if _normalised(target) in governed:
            assert CANARY not in request, f"ungoverned via {target!r}"


# --- the proxy: client disconnects, truncated uploads, error mapping ------------------------

@pytest.mark.parametrize("phase", ["waiting-for-head", "sized-answer-body", "large-sized-body"])
async def test_a_client_that_leaves_cancels_the_upstream_request(phase: str) -> None:
    """The proxy watches for a disconnect only while relaying an unsized answer: a client that
    leaves while the upstream thinks (no head yet), or during a sized answer, keeps the
    upstream request (and a pool slot) busy until the upstream finishes or times out."""
    partial = {
        "waiting-for-head": b"",
        "sized-answer-body": b"HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n{\"a\"",
        "large-sized-body": b"HTTP/1.1 200 OK\r\ncontent-length: 5000000\r\n\r\n" + b"x" * 1000,
    }[phase]
    answered, gone = asyncio.Event(), asyncio.Event()

    async def thinking(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                       head: bytes) -> None:
        writer.write(partial)
        await writer.drain()
        answered.set()
        with contextlib.suppress(ConnectionError):
            await reader.read()  # until the proxy closes the connection
        gone.set()

    async with raw_server(thinking) as (_, url):
        proxy = UpstreamProxy(url, timeout=30)
        call = AsgiCall(b"{}")
        task = asyncio.create_task(
            proxy(http_scope("/x", raw_path=b"/x"), call.receive, call.send))
        await asyncio.wait_for(answered.wait(), 5)
        await asyncio.sleep(0.05)
        call.leave.set()  # the client goes away
        try:
            await asyncio.wait_for(gone.wait(), 2)
            cancelled = True
        except TimeoutError:
            cancelled = False
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await proxy.aclose()
    assert cancelled, "the upstream request outlived the client"


async def test_a_body_cut_short_by_a_disconnect_is_not_forwarded_as_complete() -> None:
    """``_read_all`` stops at ``http.disconnect`` and returns what it has: on a pass-through
    route the proxy then sends the truncated body upstream, with a matching content-length,
    as if it were the whole request."""
    async with raw_server(sends(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}")) as (
            server, url):
        proxy = UpstreamProxy(url)
        call = AsgiCall(b'{"input": "first half', disconnect_after_body=True)
        await proxy(http_scope("/v1/embeddings", raw_path=b"/v1/embeddings"), call.receive,
                    call.send)
        await proxy.aclose()
    assert server.requests == []


async def test_a_sized_answer_that_stalls_is_a_504_timeout() -> None:
    """A stalled unsized answer is recorded as ``upstream_stream_timeout``; a stalled sized
    one becomes 502 ``upstream_stream_broken``, though the upstream was too slow, not broken."""
    stall = b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"a\""

    async def stalls(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                     head: bytes) -> None:
        writer.write(stall)
        await writer.drain()
        await asyncio.sleep(3)

    async with raw_server(stalls) as (_, url):
        proxy = UpstreamProxy(url, timeout=0.3)
        call = AsgiCall(b"{}")
        await proxy(http_scope("/x", raw_path=b"/x"), call.receive, call.send)
        await proxy.aclose()
    assert call.status == 504


async def test_a_head_answer_keeps_the_upstream_content_length() -> None:
    answer = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1234\r\n\r\n"
    async with raw_server(sends(answer)) as (_, url):
        proxy = UpstreamProxy(url)
        call = AsgiCall(b"")
        await proxy(http_scope("/v1/models", raw_path=b"/v1/models", method="HEAD"),
                    call.receive, call.send)
        await proxy.aclose()
    start = next(m for m in call.sent if m["type"] == "http.response.start")
    assert (b"content-length", b"1234") in start["headers"]


# --- event-loop changes ----------------------------------------------------------------------

def test_no_connection_outlives_the_event_loop_it_was_opened_on() -> None:
    """Starlette's TestClient without ``with`` runs each request in ``anyio.run`` (a new loop,
    closed afterwards) and no lifespan. A kept-alive connection then outlives its loop: no
    loop is left to close it (``abort()`` on it raises RuntimeError, which ``_slots_for``
    suppresses), so its socket stays open until the garbage collector warns
    (ResourceWarning: an error under ``filterwarnings = error``, in whichever test is
    running then)."""

    async def ok(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"ok"})

    with live_server(ok) as url:
        port = int(url.rsplit(":", 1)[1])
        proxy = UpstreamProxy(url)

        async def one_request() -> int | None:
            call = AsgiCall(b"{}")
            await proxy(http_scope("/x", raw_path=b"/x"), call.receive, call.send)
            return call.status

        def open_to_upstream() -> int:
            return sum(1 for c in psutil.Process().net_connections(kind="tcp")
                       if c.raddr and c.raddr.port == port and c.status == "ESTABLISHED")

        try:
            assert asyncio.run(one_request()) == 200
            left_open = open_to_upstream()
            assert asyncio.run(one_request()) == 200
            left_open = max(left_open, open_to_upstream())
        finally:
            proxy._client._idle.clear()
            with warnings.catch_warnings():  # keeps the leak from failing a later test
                warnings.simplefilter("ignore", ResourceWarning)
                gc.collect()
    assert left_open == 0, "a connection outlived its event loop"


async def test_a_compressed_answer_is_decoded_in_bounded_pieces() -> None:
    expanded = 64 * 1024 * 1024  # 64 MiB of zeros: about 64 KiB compressed
    bomb = answer(gzip.compress(bytes(expanded), compresslevel=9), b"content-encoding: gzip")
    async with raw_server(bomb) as (_, url):
        client = UpstreamClient(url)
        response = await client.request("POST", b"/", [], b"")
        total, largest = 0, 0
        async for piece in response.iter_chunks():
            total += len(piece)
            largest = max(largest, len(piece))
        response.release()
        await client.aclose()
    assert total == expanded
    assert largest <= 64 * 1024
