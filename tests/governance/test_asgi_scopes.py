"""Lifespan and websocket scopes, and clients that vanish mid-stream."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

from governance import GovernanceMiddleware, Policy, Runtime, Steps
from governance.keys import KeyStore

pytestmark = pytest.mark.anyio


async def test_lifespan_builds_the_runtime_and_reaches_the_app(policy: Policy,
                                                               keys: KeyStore) -> None:
    events: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        assert scope["type"] == "lifespan"
        while True:
            message = await receive()
            events.append(message["type"])
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            else:
                await send({"type": "lifespan.shutdown.complete"})
                return

    middleware = GovernanceMiddleware(app, policy=policy, steps=Steps())
    # keys live where the policy says (tmp_path/keys), created by the `keys` fixture
    assert KeyStore(policy.resolve(policy.storage.keys_dir)).exists()
    inbox = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[Any] = []

    async def receive() -> Any:
        return inbox.pop(0)

    async def send(message: Any) -> None:
        sent.append(message["type"])

    await middleware(({"type": "lifespan", "asgi": {"version": "3.0"}}), receive, send)
    assert events == ["lifespan.startup", "lifespan.shutdown"]
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert isinstance(await middleware.runtime(), Runtime)


def _ws_app() -> Starlette:
    async def echo(ws: WebSocket) -> None:
        await ws.accept()
        await ws.send_text("hello")
        await ws.close()

    return Starlette(routes=[WebSocketRoute("/v1/chat/completions", echo)])


@pytest.mark.parametrize(("mode", "first"), [("pass", "websocket.accept"),
                                             ("refuse", "websocket.close")])
async def test_websockets_pass_through_unless_the_policy_refuses_them(
        make_policy: Callable[..., Policy], keys: KeyStore, mode: str, first: str) -> None:
    policy = make_policy(service={"websocket": mode})
    app = GovernanceMiddleware(_ws_app(), policy=policy,
                               runtime=Runtime.build(policy, steps=Steps(), keys=keys))
    sent: list[Any] = []
    inbox = [{"type": "websocket.connect"}]

    async def receive() -> Any:
        return inbox.pop(0) if inbox else {"type": "websocket.disconnect", "code": 1000}

    async def send(message: Any) -> None:
        sent.append(message)

    scope = {"type": "websocket", "path": "/v1/chat/completions", "headers": [],
             "query_string": b"", "root_path": "", "scheme": "ws", "subprotocols": []}
    await app(scope, receive, send)
    assert sent[0]["type"] == first
    if mode == "refuse":
        assert sent[0]["code"] == 1008


async def test_client_gone_mid_stream_leaves_no_task_behind(make_app: Callable[..., Any],
                                                            auth: dict[str, str]) -> None:
    from examples.hr_assistant.app import create_app

    inner = create_app(chunk_delay=0.01)
    outer = make_app()
    app = GovernanceMiddleware(inner, policy=outer.policy, runtime=await outer.runtime())
    body = json.dumps({"model": "m", "stream": True,
                       "messages": [{"role": "user", "content": "leave?"}]}).encode()
    before = len(asyncio.all_tasks())
    sent: list[Any] = []
    state = {"sent_body": False}

    async def receive() -> Any:
        if not state["sent_body"]:
            state["sent_body"] = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(0.05)  # the client leaves while the answer streams
        return {"type": "http.disconnect"}

    async def send(message: Any) -> None:
        sent.append(message)
        if len(sent) > 3:
            raise OSError("connection reset by peer")

    scope = {"type": "http", "asgi": {"version": "3.0"}, "method": "POST", "scheme": "http",
             "path": "/v1/chat/completions", "raw_path": b"/v1/chat/completions",
             "query_string": b"", "root_path": "", "http_version": "1.1",
             "client": ("127.0.0.1", 1), "server": ("t", 80),
             "headers": [(k.encode(), v.encode()) for k, v in auth.items()]}
    with pytest.raises(OSError, match="connection reset"):
        await asyncio.wait_for(app(scope, receive, send), timeout=10)
    await asyncio.sleep(0.05)
    assert len(asyncio.all_tasks()) <= before
    assert len(sent) == 4
