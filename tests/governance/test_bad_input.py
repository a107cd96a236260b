"""Bad input gets a precise 4xx before the app is called; never a crash or a pass-through."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from governance.decision import Decision
from governance.testing import call_asgi

pytestmark = pytest.mark.anyio

OK_BODY = json.dumps({"model": "m", "messages": [{"role": "user", "content": "leave?"}]}).encode()


@pytest.mark.parametrize(("body", "content_type", "status", "error_type"), [
    (b'{"model": "m", "messages": [', "application/json", 400, "malformed_json"),
    (b"", "application/json", 400, "malformed_json"),
    (b"\xff\xfe{}", "application/json", 400, "invalid_utf8"),
    (b'{"messages": [{"role": "user", "content": "caf\xc3"}]}', "application/json", 400,
     "invalid_utf8"),
    (b'{"a": 1, "a": 2}', "application/json", 400, "duplicate_key"),
    (b'{"messages": [{"role": "user", "content": "\\ud800"}]}', "application/json", 400,
     "invalid_unicode"),
    (b'{"n": NaN}', "application/json", 400, "malformed_json"),
    (b"[" * 100_000 + b"]" * 100_000, "application/json", 400, "malformed_json"),
    (b'{"n": ' + b"9" * 5000 + b"}", "application/json", 400, "malformed_json"),
    (OK_BODY, "text/plain", 415, "unsupported_media_type"),
    (OK_BODY, "", 415, "unsupported_media_type"),
    (b'{"model": "m"}', "application/json", 422, "invalid_format"),
    (b'{"messages": [{"role": "robot", "content": "x"}]}', "application/json", 422,
     "invalid_format"),
    (b"[1, 2]", "application/json", 422, "invalid_format"),
], ids=lambda v: v if isinstance(v, str) and v and "/" not in v else None)
async def test_bad_bodies_are_refused_before_the_app(
        make_app: Callable[..., Any], token: Callable[..., str], body: bytes, content_type: str,
        status: int, error_type: str) -> None:
    app = make_app()
    headers = {"authorization": f"Bearer {token()}"}
    if content_type:
        headers["content-type"] = content_type
    result = await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=headers)
    assert result.status == status
    error = result.json()["error"]
    assert error["type"] == error_type
    assert error["message"]
    assert Decision.parse(result.headers["governance-decision"]).params == {"reason": error_type}
    assert list(app.received) == []


async def test_422_names_the_format_and_what_is_missing(make_app: Callable[..., Any],
                                                        auth: dict[str, str]) -> None:
    app = make_app()
    result = await call_asgi(app, "POST", "/v1/messages", body=b'{"model": "m"}', headers=auth)
    assert result.status == 422
    assert result.json()["error"]["message"] == (
        "anthropic-messages: 'messages' must be a non-empty array")


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
async def test_body_over_the_limit_is_413_and_the_app_is_not_called(
        make_app: Callable[..., Any], make_policy: Callable[..., Any], auth: dict[str, str],
        chunked: bool) -> None:
    app = make_app(app_policy=make_policy(limits={"max_body_bytes": 1000}))
    body = json.dumps({"messages": [{"role": "user", "content": "x" * 2000}]}).encode()
    headers = dict(auth)
    if chunked:
        parts = [body[i:i + 100] for i in range(0, len(body), 100)]
        result = await call_asgi(app, "POST", "/v1/chat/completions", body=parts, headers=headers)
    else:
        headers["content-length"] = str(len(body))
        result = await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=headers)
    assert result.status == 413
    assert result.json()["error"]["type"] == "body_too_large"
    assert list(app.received) == []


async def test_invalid_content_length_is_400(make_app: Callable[..., Any],
                                             auth: dict[str, str]) -> None:
    app = make_app()
    result = await call_asgi(app, "POST", "/v1/chat/completions", body=OK_BODY,
                             headers={**auth, "content-length": "12abc"})
    assert result.status == 400
    assert result.json()["error"]["type"] == "invalid_content_length"


async def test_client_gone_mid_body_calls_nothing_and_sends_nothing(
        make_app: Callable[..., Any], auth: dict[str, str]) -> None:
    app = make_app()
    parts = [OK_BODY[:10], OK_BODY[10:20], OK_BODY[20:]]
    result = await call_asgi(app, "POST", "/v1/chat/completions", body=parts, headers=auth,
                             disconnect_after=2)
    assert result.messages == []
    assert list(app.received) == []


async def test_invalid_conversation_id_header_is_400(make_app: Callable[..., Any],
                                                     auth: dict[str, str]) -> None:
    app = make_app()
    result = await call_asgi(app, "POST", "/v1/chat/completions", body=OK_BODY,
                             headers={**auth, "conversation-id": "a b;c"})
    assert result.status == 400
    assert result.json()["error"]["type"] == "invalid_conversation_id"
