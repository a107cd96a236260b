"""The proxy's upstream client against raw servers that send exactly the bytes a test needs."""

from __future__ import annotations

import asyncio
import datetime
import gzip
import ssl
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from starlette.types import Receive, Scope, Send

from governance.testing import live_server
from governance.upstream import (
    UpstreamClient,
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

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
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
