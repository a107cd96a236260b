"""Hostile request bodies through the whole middleware: a precise answer, never a crash.

Every chat format and the governance API get deeply nested JSON, huge strings and arrays (up
to past the body limit), numbers that overflow, invalid UTF-8, lone surrogates, duplicate keys,
wrong content types and arbitrary JSON values. The promise: the status is 200 or a precise
4xx, never 5xx; a 4xx carries ``{"error": {"type", "message"}}``; and on a 4xx the app behind
the layer is never called. Steps are no-ops here (fast); the API runs on the real consent
ledger (SQLite).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from governance.testing import ASGIResult, call_asgi

LIMIT = 64 * 1024
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
JSON_TYPES = ["application/json", "application/json; charset=utf-8", "application/problem+json"]
OTHER_TYPES = ["text/plain", "", "application/x-www-form-urlencoded", "multipart/form-data; b=x",
               "application/jsonx", "text/json", "application/xml"]

scalars = (st.none() | st.booleans() | st.integers()
           | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=40))
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                           max_leaves=12)
texts = st.text(max_size=200) | st.sampled_from(["", " ", "\x00", "é" * 50, "\u202e", "🙂" * 9])


def _chat(path: str, text: Any, stream: bool) -> dict[str, Any]:
    """A request in the route's format, with ``text`` where the user's words go."""
    if path == "/v1/chat/completions":
        return {"model": "m", "stream": stream, "messages": [{"role": "user", "content": text}]}
    if path == "/v1/responses":
        return {"model": "m", "stream": stream, "input": text}
    if path == "/v1/messages":
        return {"model": "m", "max_tokens": 16, "stream": stream,
                "messages": [{"role": "user", "content": text}]}
    return {"question": text}


CHAT_PATHS = ["/v1/chat/completions", "/v1/responses", "/v1/messages", "/api/ask"]


@dataclass(frozen=True)
class Hostile:
    """A body, its content type, the statuses it may get and the error type of a 4xx."""

    kind: str
    body: bytes
    content_type: str
    status: tuple[int, ...] = (200, 422)
    error: str | None = None


def _valid(path: str, text: Any, stream: bool) -> bytes:
    return json.dumps(_chat(path, text, stream), ensure_ascii=False).encode()


@st.composite
def hostile_bodies(draw: st.DrawFn, path: str) -> Hostile:
    kind = draw(st.sampled_from([
        "any-json", "chat-text", "chat-value", "invalid-utf8", "lone-surrogate", "duplicate-key",
        "deep", "huge-string", "huge-array", "overflow", "truncated", "wrong-type", "too-big"]))
    ct = draw(st.sampled_from(JSON_TYPES))
    stream = draw(st.booleans())
    if kind == "any-json":
        return Hostile(kind, json.dumps(draw(json_values)).encode(), ct)
    if kind == "chat-text":
        return Hostile(kind, _valid(path, draw(texts), stream), ct)
    if kind == "chat-value":
        return Hostile(kind, _valid(path, draw(json_values), stream), ct)
    if kind == "invalid-utf8":
        raw = _valid(path, draw(texts), stream)
        at = draw(st.integers(0, len(raw)))
        bad = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
                                    b"\xc0\xaf", b"\x80"]))
        return Hostile(kind, raw[:at] + bad + raw[at:], ct, (400,), "invalid_utf8")
    if kind == "lone-surrogate":
        code = draw(st.integers(0xD800, 0xDFFF))
        raw = _valid(path, "SURROGATE", stream).replace(b"SURROGATE", b"x\\u%04x" % code)
        return Hostile(kind, raw, ct, (400,), "invalid_unicode")
    if kind == "duplicate-key":
        raw = _valid(path, draw(texts), stream)
        key = b'"question"' if path == "/api/ask" else b'"model"'
        return Hostile(kind, b"{" + key + b": 1, " + raw[1:], ct, (400,), "duplicate_key")
    if kind == "deep":
        depth = draw(st.integers(1, 40_000))
        opener, closer = draw(st.sampled_from([(b"[", b"]"), (b'{"a":', b"}")]))
        inner = opener * depth + b"1" + closer * depth
        raw = _valid(path, "DEEP", stream).replace(b'"DEEP"', inner)
        # Past the parser's recursion limit: 400; shallower: the format refuses or ignores
        # a non-text (see test_text_in_unexpected_shapes_is_never_forwarded_unredacted).
        return Hostile(kind, raw, ct, (413,) if len(raw) > LIMIT else (200, 400, 422))
    if kind == "huge-string":
        size = draw(st.integers(LIMIT - 2_000, LIMIT + 2_000))
        raw = _valid(path, draw(st.sampled_from(["x", "é", " ", "\\"])) * size, stream)
        return Hostile(kind, raw, ct, (413,) if len(raw) > LIMIT else (200, 422))
    if kind == "huge-array":
        count = draw(st.integers(1_000, 12_000))
        doc = _chat(path, "hi", stream)
        doc["filler"] = [draw(scalars)] * count
        raw = json.dumps(doc).encode()
        return Hostile(kind, raw, ct, (413,) if len(raw) > LIMIT else (200, 422))
    if kind == "overflow":
        number = draw(st.sampled_from([b"1e999", b"-1e999", b"1e-999", b"9" * 4_200,
                                       b"9" * 5_000, b"-" + b"9" * 4_301, b"1" + b"0" * 400 + b".5"]))
        raw = _valid(path, "hi", stream)[:-1] + b', "temperature": ' + number + b"}"
        too_long = number.lstrip(b"-").isdigit() and len(number.lstrip(b"-")) > 4_300
        infinite = number in (b"1e999", b"-1e999")  # overflows a float: refused, never inf
        return Hostile(kind, raw, ct, (400,) if too_long or infinite else (200, 422),
                       "malformed_json" if too_long or infinite else None)
    if kind == "truncated":
        raw = _valid(path, draw(texts), stream)
        cut = draw(st.integers(0, len(raw) - 1))
        return Hostile(kind, raw[:cut], ct, (400,))
    if kind == "wrong-type":
        return Hostile(kind, _valid(path, draw(texts), stream), draw(st.sampled_from(OTHER_TYPES)),
                       (415,), "unsupported_media_type")
    return Hostile(kind, b'{"question": "' + b"x" * (LIMIT + 1) + b'"}', ct, (413,),
                   "body_too_large")


def assert_error_shape(result: ASGIResult) -> dict[str, Any]:
    """``{"error": {"type", "message"}}`` (Anthropic adds ``"type": "error"`` around it)."""
    assert result.headers["content-type"].startswith("application/json")
    error = result.json()["error"]
    assert isinstance(error["type"], str)
    assert error["type"]
    assert isinstance(error["message"], str)
    assert error["message"]
    return dict(error)


@pytest.fixture(scope="module")
def fuzz_app(chat_app: Callable[..., Any]) -> Any:
    return chat_app(limits={"max_body_bytes": LIMIT})


@pytest.mark.parametrize("path", CHAT_PATHS)
def test_hostile_chat_bodies_get_a_precise_answer_and_never_reach_the_app_on_4xx(
        fuzz_app: Any, token: Callable[..., str], runner: Callable[..., Any], path: str) -> None:
    headers = {"authorization": f"Bearer {token()}"}

    @FUZZ
    @given(hostile_bodies(path))
    def check(case: Hostile) -> None:
        before = len(fuzz_app.received)
        sent = {**headers, "content-type": case.content_type} if case.content_type else headers
        result = runner(call_asgi(fuzz_app, "POST", path, body=case.body, headers=sent))
        assert result.status in case.status, (case.kind, result.status, result.body[:200])
        if result.status >= 400:
            error = assert_error_shape(result)
            if case.error is not None:
                assert error["type"] == case.error
            assert len(fuzz_app.received) == before
            assert result.headers["governance-decision"].startswith("refused")

    check()


@pytest.mark.parametrize("path", CHAT_PATHS)
@pytest.mark.parametrize("split", [1, 7, 1000])
def test_a_body_split_into_any_chunks_is_read_whole(fuzz_app: Any, auth: dict[str, str],
                                                    runner: Callable[..., Any], path: str,
                                                    split: int) -> None:
    raw = _valid(path, "Combien de jours de congé ? 🙂", False)
    parts = [raw[i:i + split] for i in range(0, len(raw), split)]
    result = runner(call_asgi(fuzz_app, "POST", path, body=parts, headers=auth))
    assert result.status == 200
    assert "Combien de jours de congé ? 🙂" in fuzz_app.received


@pytest.fixture(scope="module")
def auth(token: Callable[..., str]) -> dict[str, str]:
    return {"authorization": f"Bearer {token()}", "content-type": "application/json"}


# -- the governance API --------------------------------------------------------------------

API_POSTS = ["/governance/consent", "/governance/consent/withdraw", "/governance/requests",
             "/governance/consent/export", "/governance/requests/{id}/close"]
# Bounded below the depth and digit counts that currently crash the API (see the xfails).
api_bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=300),
    st.integers(1, 400).map(lambda n: b'{"decisions": ' + b"[" * n + b"]" * n + b"}"),
    st.sampled_from([b'{"kind": "access", "purpose": "\\ud800"}', b'{"subject": "\\udfff", "a": 1}',
                     b'{"purposes": ["\\u0000"]}', b'{"n": 1e999}', b'{"n": NaN}',
                     b'{"decisions": [{"purpose": "assistant", "decision": "grant", '
                     b'"notice_version": "' + b"v" * 5000 + b'"}]}',
                     b"\xff\xfe", b'{"kind": "' + b"a" * 70_000 + b'"}',
                     b'{"subject": "' + "é".encode() * 200 + b'"}']),
)


@pytest.fixture(scope="module")
def api_app(full_app: Callable[..., Any]) -> Any:
    return full_app()


@pytest.mark.parametrize("path", API_POSTS)
def test_hostile_api_bodies_get_a_precise_answer(api_app: Any, token: Callable[..., str],
                                                 runner: Callable[..., Any], path: str) -> None:
    dpo = {"authorization": f"Bearer {token('dpo-1', role='dpo')}"}
    path = path.replace("{id}", "7f0c5b8e-2a1d-4c3e-9f10-0123456789ab")

    @FUZZ
    @given(api_bodies, st.sampled_from(JSON_TYPES + OTHER_TYPES))
    def check(body: bytes, content_type: str) -> None:
        result = runner(call_asgi(api_app, "POST", path, body=body,
                                  headers={**dpo, "content-type": content_type}))
        assert result.status in (200, 201, 400, 403, 404, 409, 413, 415, 422), result.body[:300]
        if result.status >= 400:
            assert_error_shape(result)

    check()
    assert list(api_app.received) == []


@pytest.mark.parametrize("body", [
    b"[" * 50_000 + b"]" * 10,
    b'{"decisions": ' + b"[" * 30_000 + b"}",
], ids=["arrays", "in-a-field"])
def test_api_refuses_deeply_nested_json_with_400(api_app: Any, auth: dict[str, str],
                                                  runner: Callable[..., Any], body: bytes) -> None:
    result = runner(call_asgi(api_app, "POST", "/governance/consent", body=body, headers=auth))
    assert result.status == 400
    assert assert_error_shape(result)["type"] == "malformed_json"


def test_api_refuses_an_overlong_integer_with_400(api_app: Any, auth: dict[str, str],
                                                  runner: Callable[..., Any]) -> None:
    body = b'{"decisions": ' + b"9" * 5_000 + b"}"
    result = runner(call_asgi(api_app, "POST", "/governance/consent", body=body, headers=auth))
    assert result.status == 400
    assert assert_error_shape(result)["type"] == "malformed_json"


def test_api_refuses_duplicate_keys_like_the_chat_path(api_app: Any, auth: dict[str, str],
                                                        runner: Callable[..., Any]) -> None:
    body = b'{"purposes": ["assistant"], "purposes": null}'
    result = runner(call_asgi(api_app, "POST", "/governance/consent/withdraw", body=body,
                              headers=auth))
    assert result.status == 400
    assert assert_error_shape(result)["type"] == "duplicate_key"


def test_api_refuses_json_sent_as_text_plain_with_415(api_app: Any, auth: dict[str, str],
                                                      runner: Callable[..., Any]) -> None:
    result = runner(call_asgi(api_app, "POST", "/governance/consent/withdraw",
                              body=b'{"purposes": ["history"]}',
                              headers={**auth, "content-type": "text/plain"}))
    assert result.status == 415


def test_an_overflowing_number_is_never_forwarded_as_non_json(
        chat_app: Callable[..., Any], token: Callable[..., str],
        runner: Callable[..., Any]) -> None:
    from governance import Steps
    from governance.testing import SubstitutionRedactor

    seen: list[bytes] = []

    async def upstream(scope: Any, receive: Any, send: Any) -> None:
        message = await receive()
        seen.append(message["body"])
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": b'{"answer": "ok"}'})

    app = chat_app(Steps(redaction=SubstitutionRedactor({"Alice": "<PERSON_1>"})))
    app.app = upstream
    body = b'{"question": "Alice?", "temperature": 1e999}'
    result = runner(call_asgi(app, "POST", "/api/ask", body=body, headers={
        "authorization": f"Bearer {token()}", "content-type": "application/json"}))

    def strict(name: str) -> Any:
        raise ValueError(name)

    if result.status == 200:
        json.loads(seen[0], parse_constant=strict)
    else:
        assert result.status == 400
        assert seen == []


@pytest.mark.parametrize(("path", "body"), [
    ("/v1/chat/completions", {"model": "m", "messages": [{"role": "user",
                                                          "content": ["Alice Martin"]}]}),
    ("/v1/chat/completions", {"model": "m", "messages": [{"role": "user",
                                                          "content": {"text": "Alice Martin"}}]}),
    ("/v1/messages", {"model": "m", "max_tokens": 5, "messages": [
        {"role": "user", "content": ["Alice Martin"]}]}),
], ids=["string-part", "object-content", "anthropic-string-part"])
def test_text_in_unexpected_shapes_is_never_forwarded_unredacted(
        chat_app: Callable[..., Any], token: Callable[..., str], runner: Callable[..., Any],
        path: str, body: dict[str, Any]) -> None:
    from governance import Steps
    from governance.testing import SubstitutionRedactor

    seen: list[bytes] = []

    async def upstream(scope: Any, receive: Any, send: Any) -> None:
        seen.append((await receive())["body"])
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": b"{}"})

    app = chat_app(Steps(redaction=SubstitutionRedactor({"Alice Martin": "<PERSON_1>"})))
    app.app = upstream
    result = runner(call_asgi(app, "POST", path, body=json.dumps(body).encode(), headers={
        "authorization": f"Bearer {token()}", "content-type": "application/json"}))
    assert result.status == 422 or b"Alice Martin" not in b"".join(seen)
    assert seen == [] or result.status == 200


@pytest.mark.parametrize("path", ["/governance/consent/withdraw", "/governance/requests"])
def test_api_refuses_a_lone_surrogate_subject_with_400(api_app: Any, auth: dict[str, str],
                                                       runner: Callable[..., Any],
                                                       path: str) -> None:
    body = b'{"kind": "access", "subject": "\\udfff"}' if path.endswith("requests") else (
        b'{"subject": "\\udfff"}')
    result = runner(call_asgi(api_app, "POST", path, body=body, headers=auth))
    assert result.status == 400
    assert assert_error_shape(result)["type"] == "invalid_unicode"
