"""A reverse proxy to any AI service, as an ASGI app to wrap with ``GovernanceMiddleware``.

``governance serve --upstream URL`` runs ``create_proxy_app``. Requests are forwarded over
pooled keep-alive connections (``governance.upstream``); answers are relayed chunk by chunk as
they arrive (the middleware's responder rewrites SSE events on the way). Hop-by-hop headers
are dropped both ways. Upstream failures become precise errors in the route's chat format:
502 when the upstream cannot be reached, 504 when it is too slow; its own 4xx/5xx pass through
with their body. An answer that breaks off mid-stream is not passed off as complete: the
connection to the client is aborted, as HTTP proxies do, and the closing audit entry records
why. When the client goes away, whether the upstream is still thinking or answering, the
upstream request is cancelled; a request body cut short by a disconnect is never forwarded.
No cookies are kept: one client's upstream cookies never ride along another's request.

Paths: the upstream gets the path the middleware matched its routes on. A path an upstream
could read as another route (``..`` or ``.`` segments, ``//``, an absolute URL) is refused
with 400 ``invalid_path``, so that no spelling reaches a governed route ungoverned.
Connections are kept alive between the lifespan's startup and shutdown only: without a
lifespan (Starlette's TestClient outside ``with``) each request may run on its own event loop,
and a connection must not outlive its loop.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any
from urllib.parse import quote, unquote

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from governance.errors import ConfigError
from governance.middleware import EXCHANGE_KEY, GovernanceMiddleware
from governance.policy import Policy
from governance.upstream import (
    KEEPALIVE_SECONDS,
    UpstreamClient,
    UpstreamError,
    UpstreamResponse,
    UpstreamTimeout,
)

log = structlog.get_logger("governance.proxy")

HOP_BY_HOP = frozenset({
    b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-authorization", b"te",
    b"trailer", b"trailers", b"transfer-encoding", b"upgrade", b"host", b"content-length",
})
# Not forwarded to the upstream: the body goes whole, with its length (``expect``), and the
# answer must be readable by the governance layer (``accept-encoding``).
_DROP_FROM_REQUEST = frozenset({*HOP_BY_HOP, b"expect", b"accept-encoding"})
# The client decodes any content coding, so the relayed answer has none.
_DROP_FROM_ANSWER = frozenset({*HOP_BY_HOP, b"content-encoding"})
_READ_WHOLE_UP_TO = 1 << 20  # bytes: sized answers up to this are relayed in one piece


class UpstreamStreamError(Exception):
    """The upstream's answer broke off after it began; ``reason`` goes to the audit entry."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the AI service's answer broke off ({reason})")
        self.reason = reason


class UpstreamProxy:
    def __init__(self, upstream: str, *, connect_timeout: float = 5.0, timeout: float = 120.0,
                 max_connections: int = 100, forward_authorization: bool = False,
                 auth_header: str = "authorization", auth_value: str | None = None) -> None:
        self.upstream = upstream.rstrip("/")
        self._forward_auth = forward_authorization
        self._auth: tuple[bytes, bytes] | None = None
        if auth_value:
            if not auth_value.isprintable() or not auth_value.isascii():
                # Never echoed: the value is a credential.
                raise ConfigError("the upstream credential holds characters that cannot go in "
                                  "an HTTP header (control or non-ASCII characters)")
            self._auth = (auth_header.lower().encode("ascii"), auth_value.encode("ascii"))
        # Kept-alive connections only between lifespan startup and shutdown: without a
        # lifespan (TestClient without 'with') each request may run on its own event loop,
        # and a connection must not outlive its loop.
        self._client = UpstreamClient(self.upstream, connect_timeout=connect_timeout,
                                      read_timeout=timeout, max_connections=max_connections,
                                      keepalive_seconds=0)

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        exchange = scope.get("state", {}).get(EXCHANGE_KEY)
        target = _target(scope)
        if target is None:
            await _error(send, exchange, 400, "invalid_path",
                         "the request path must be a plain absolute path")
            return
        body = await _read_all(receive)
        if body is None:
            return  # the client left before its request was whole: nothing is forwarded
        # The client may leave while the upstream works: then the upstream request is
        # cancelled. Plain asyncio rather than an anyio task group: this runs on every
        # request, and a task group cost the relay about a third more CPU (bench_proxy).
        task = asyncio.current_task()
        assert task is not None
        left: list[bool] = []

        async def watch_disconnect() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            left.append(True)
            task.cancel()

        watcher = asyncio.get_running_loop().create_task(watch_disconnect())
        try:
            await self._exchange(scope, target, body, send, exchange)
        except asyncio.CancelledError:
            if left and task.uncancel() == 0:
                return  # the client left: nobody to answer
            raise
        finally:
            watcher.cancel()

    async def _exchange(self, scope: Scope, target: bytes, body: bytes, send: Send,
                        exchange: Any) -> None:
        try:
            response = await self._client.request(
                scope["method"], target, self._request_headers(scope), body)
        except UpstreamTimeout as exc:
            await _error(send, exchange, 504, "upstream_timeout", str(exc))
            return
        except UpstreamError as exc:
            await _error(send, exchange, 502, "upstream_unavailable", str(exc))
            return
        try:
            await self._relay(response, send, exchange, head=scope["method"] == "HEAD")
        finally:
            response.release()

    async def _relay(self, response: UpstreamResponse, send: Send, exchange: Any, *,
                     head: bool) -> None:
        headers = [(k, v) for k, v in response.headers if k.lower() not in _DROP_FROM_ANSWER]
        length = response.content_length
        if head:  # no body; the length is the one a GET would have
            if length is not None:
                headers.append((b"content-length", str(length).encode("latin-1")))
            await send({"type": "http.response.start", "status": response.status,
                        "headers": headers})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        if length is not None and length <= _READ_WHOLE_UP_TO:
            # A small sized answer goes out in one piece, with its length: one write to the
            # client instead of a chunk and a terminating chunk.
            try:
                body = await response.read()
            except UpstreamTimeout as exc:
                await _error(send, exchange, 504, "upstream_timeout", str(exc))
                return
            except UpstreamError:
                await _error(send, exchange, 502, "upstream_stream_broken",
                             "the AI service's answer broke off")
                return
            headers.append((b"content-length", str(len(body)).encode("latin-1")))
            await send({"type": "http.response.start", "status": response.status,
                        "headers": headers})
            await send({"type": "http.response.body", "body": body, "more_body": False})
            return
        await send({"type": "http.response.start", "status": response.status,
                    "headers": headers})
        await self._relay_body(response, send)

    async def _relay_body(self, response: UpstreamResponse, send: Send) -> None:
        try:
            async for chunk in response.iter_chunks():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        except UpstreamTimeout:
            log.warning("upstream_stream_timeout")
            raise UpstreamStreamError("upstream_stream_timeout") from None
        except UpstreamError:
            log.warning("upstream_stream_broken")
            raise UpstreamStreamError("upstream_stream_broken") from None
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    def _request_headers(self, scope: Scope) -> list[tuple[bytes, bytes]]:
        out = []
        for key, value in scope["headers"]:
            key = key.lower()
            if key in _DROP_FROM_REQUEST:
                continue
            if key == b"authorization" and not self._forward_auth:
                continue
            if self._auth is not None and key == self._auth[0]:
                continue
            out.append((key, value))
        if self._auth is not None:
            out.append(self._auth)
        return out

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._client.keepalive_seconds = KEEPALIVE_SECONDS
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self._client.keepalive_seconds = 0
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return


async def _read_all(receive: Receive) -> bytes | None:
    """The whole request body; None when the client left before sending all of it."""
    chunks = []
    while True:
        message: Message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _target(scope: Scope) -> bytes | None:
    """The request target: the path the middleware matched routes on, as the client spelt
    it, then the query string; None for a path an upstream could read as another route
    (dot segments, empty segments, not origin-form)."""
    path: str = scope["path"]
    if not path.startswith("/") or "//" in path or any(
            segment in (".", "..") for segment in path.split("/")):
        return None
    raw = scope.get("raw_path")
    if raw is not None and unquote(bytes(raw).decode("latin-1")) != path:
        raw = None  # not the path that was matched
    target = bytes(raw) if raw else quote(path, safe="/:@!$&'()*+,;=~").encode("ascii")
    query = bytes(scope.get("query_string", b""))
    return target + b"?" + query if query else target


async def _error(send: Send, exchange: Any, status: int, type_: str, message: str) -> None:
    import json

    body_doc = (exchange.format.error(status, type_, message) if exchange is not None
                else {"error": {"type": type_, "message": message}})
    body = json.dumps(body_doc).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def create_proxy_app(policy: Policy | None = None, *, upstream: str | None = None) -> ASGIApp:
    """The proxy behind the middleware; reads the policy and upstream from the environment
    (``GOVERNANCE_POLICY``, ``GOVERNANCE_UPSTREAM``) when not given, for uvicorn workers."""
    if policy is None:
        policy = Policy.from_file(os.environ.get("GOVERNANCE_POLICY", "governance.toml"))
    target = upstream or os.environ.get("GOVERNANCE_UPSTREAM") or policy.proxy.upstream
    if not target:
        raise ConfigError("no upstream: pass --upstream URL or set proxy.upstream in the policy")
    settings = policy.proxy
    auth_value = os.environ.get(settings.upstream_auth_env) if settings.upstream_auth_env else None
    proxy = UpstreamProxy(target, connect_timeout=settings.connect_timeout_seconds,
                          timeout=settings.timeout_seconds,
                          max_connections=settings.max_connections,
                          forward_authorization=settings.forward_client_authorization,
                          auth_header=settings.upstream_auth_header, auth_value=auth_value)
    return GovernanceMiddleware(proxy, policy=policy)
