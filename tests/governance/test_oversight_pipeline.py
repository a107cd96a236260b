"""Disclosure, handoff, decision guard and kill switch through the full middleware."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import anyio
import pytest
import structlog
from http_sfv.dictionary import Dictionary
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from examples.hr_assistant.app import create_app
from governance import Exchange, GovernanceMiddleware, Policy, Runtime, Steps
from governance.assembly import build_oversight
from governance.decision import Decision
from governance.formats.base import TextSlot
from governance.keys import KeyStore
from governance.logs import configure_logging
from governance.oversight import parse_ai_disclosure
from governance.storage import create_engine
from governance.testing import RecordingAudit, call_asgi, sse_data

pytestmark = pytest.mark.anyio
NOTICE_EN = "You are chatting with an AI assistant, not a person."
NOTICE_FR = "Vous échangez avec un assistant d'intelligence artificielle"


@pytest.fixture
def oversight(policy: Policy, tmp_path: Path) -> Iterator[dict[str, Any]]:
    engine = create_engine(f"sqlite:///{tmp_path / 'oversight.db'}")
    yield build_oversight(policy, engine)
    engine.dispose()


def _steps(oversight: dict[str, Any], **more: Any) -> Steps:
    return Steps(handoff=oversight["handoff"], disclosure=oversight["disclosure"],
                 checks=(oversight["guard"],), **more)


def _request(path: str, text: str, stream: bool, history: Sequence[str] = ()) -> dict[str, Any]:
    turns = [{"role": r, "content": t} for r, t in zip(
        ["user", "assistant"] * len(history), history, strict=False)]
    turns.append({"role": "user", "content": text})
    if path == "/v1/responses":
        return {"model": "m", "stream": stream, "input": turns}
    body: dict[str, Any] = {"model": "m", "stream": stream, "messages": turns}
    if path == "/v1/messages":
        body["max_tokens"] = 100
    return body


def _text_and_disclosure(path: str, result: Any, stream: bool) -> tuple[str, Any]:
    if not stream:
        doc = result.json()
        text = {"/v1/chat/completions": lambda d: d["choices"][0]["message"]["content"],
                "/v1/responses": lambda d: d["output"][0]["content"][0]["text"],
                "/v1/messages": lambda d: d["content"][0]["text"]}[path](doc)
        return text, doc.get("ai_disclosure")
    events = [e for e in sse_data(result.body) if isinstance(e, dict)]
    if path == "/v1/chat/completions":
        text = "".join(e["choices"][0]["delta"].get("content") or "" for e in events
                       if e.get("choices"))
    elif path == "/v1/responses":
        text = "".join(e["delta"] for e in events if e.get("type") == "response.output_text.delta")
    else:
        text = "".join(e["delta"]["text"] for e in events if e.get("type") == "content_block_delta")
    assert all("ai_disclosure" not in e for e in events[1:])
    return text, events[0].get("ai_disclosure")


PATHS = ["/v1/chat/completions", "/v1/responses", "/v1/messages"]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize(("accept", "notice", "lang"), [
    ("en-GB,en;q=0.9", NOTICE_EN, "en"), ("fr-FR,fr;q=0.9", NOTICE_FR, "fr")])
async def test_first_turn_carries_the_disclosure_before_the_model_text(
        make_app: Callable[..., Any], auth: dict[str, str], oversight: dict[str, Any],
        path: str, stream: bool, accept: str, notice: str, lang: str) -> None:
    app = make_app(_steps(oversight))
    body = json.dumps(_request(path, "ok", stream)).encode()
    result = await call_asgi(app, "POST", path, body=body,
                             headers={**auth, "accept-language": accept})
    assert result.status == 200
    field = Dictionary()
    field.parse(result.headers["ai-disclosure"].encode())
    assert str(field["mode"].value) == "machine-generated"
    assert {"provider", "model", "date"} <= set(field.keys())
    assert 'rel="describedby"' in result.headers["link"]
    assert 'rel="privacy-policy"' in result.headers["link"]
    text, disclosure = _text_and_disclosure(path, result, stream)
    assert text.startswith(notice)
    assert text.index(notice) < text.index('"ok"' if lang == "en" else "ok")
    assert disclosure["is_ai"] is True
    assert disclosure["lang"] == lang
    assert "hr_decisions" in disclosure["cannot"]

    later = json.dumps(_request(path, "ok", stream, history=["hi", "hello"])).encode()
    second = await call_asgi(app, "POST", path, body=later, headers=auth)
    assert notice not in _text_and_disclosure(path, second, stream)[0]


def test_disclosure_header_parses_in_both_forms() -> None:
    comma = parse_ai_disclosure('mode=machine-generated, provider="Bank", date=@1767225600')
    draft = parse_ai_disclosure('mode=machine-generated; provider="Bank"; date=@1767225600')
    assert comma == draft == {"mode": "machine-generated", "provider": "Bank",
                              "date": 1767225600}


@pytest.mark.parametrize(("text", "category"), [
    ("My father died last week and I cannot focus on work", "bereavement"),
    ("Je veux parler à un humain s'il vous plaît", "human-request"),
    ("My manager keeps humiliating me in front of the team", "conflict-harassment"),
])
@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
async def test_handoff_never_reaches_the_model_nor_the_logs_or_audit(
        make_app: Callable[..., Any], auth: dict[str, str], oversight: dict[str, Any],
        text: str, category: str, stream: bool) -> None:
    audit = RecordingAudit()
    app = make_app(_steps(oversight, audit=audit))
    captured = io.StringIO()
    configure_logging("json", "debug")
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(captured))
    try:
        body = json.dumps(_request("/v1/chat/completions", text, stream)).encode()
        result = await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
    finally:
        structlog.reset_defaults()
    assert result.status == 200
    assert Decision.parse(result.headers["governance-decision"]) == Decision(
        "handoff", {"category": category})
    assert parse_ai_disclosure(result.headers["ai-disclosure"])["mode"] == "none"
    reply, _ = _text_and_disclosure("/v1/chat/completions", result, stream)
    assert "mailto:hr@example.com" in reply
    assert list(app.received) == []
    assert text not in captured.getvalue()
    assert text not in json.dumps(audit.opened_exchanges + audit.closed_exchanges)
    assert [c.get("handoff") for c in audit.closed_exchanges] == [category]


def _deciding_app(answer: str) -> Starlette:
    async def chat(request: Request) -> Response:
        body = await request.json()
        if body.get("stream"):
            async def events() -> Any:
                for i in range(0, len(answer), 5):
                    chunk = {"choices": [{"index": 0, "delta": {"content": answer[i:i + 5]}}]}
                    yield f"data: {json.dumps(chunk)}\n\n".encode()
                yield b"data: [DONE]\n\n"
            return StreamingResponse(events(), media_type="text/event-stream")
        return JSONResponse({"choices": [{"index": 0, "message": {
            "role": "assistant", "content": answer}}]})

    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize(("answer", "decides"), [
    ("Good news. Your leave request is approved. Enjoy!", True),
    ("Votre demande de congé est acceptée.", True),
    ("Leave requests are approved by your manager in the HR portal.", False),
])
async def test_decisions_in_answers_are_replaced(
        policy: Policy, keys: KeyStore, auth: dict[str, str], oversight: dict[str, Any],
        stream: bool, answer: str, decides: bool) -> None:
    app = GovernanceMiddleware(_deciding_app(answer), policy=policy, runtime=Runtime.build(
        policy, steps=Steps(checks=(oversight["guard"],)), keys=keys))
    body = json.dumps(_request("/v1/chat/completions", "my leave?", stream,
                               history=["a", "b"])).encode()
    result = await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
    text, _ = _text_and_disclosure("/v1/chat/completions", result, stream)
    if decides:
        assert "approved" not in text
        assert "acceptée" not in text
        assert "hr@example.com" in text
    else:
        assert text == answer


async def test_special_category_data_gets_the_warning(
        make_app: Callable[..., Any], auth: dict[str, str], oversight: dict[str, Any]) -> None:
    class FlagsHealth:
        async def redact(self, exchange: Exchange, slots: Sequence[TextSlot]) -> list[str]:
            exchange.special_categories.add("HEALTH")
            return [s.text for s in slots]

        def answer(self, exchange: Exchange) -> Any:
            from governance.steps import Identity

            return Identity()

    app = make_app(_steps(oversight, redaction=FlagsHealth()))
    body = json.dumps(_request("/v1/chat/completions", "training?", False,
                               history=["hi", "hello"])).encode()
    result = await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
    text, _ = _text_and_disclosure("/v1/chat/completions", result, False)
    assert text.startswith("For your privacy, please do not share health details")


async def test_kill_switch_on_one_instance_stops_the_other_within_seconds(
        policy: Policy, keys: KeyStore, auth: dict[str, str], database_url: str) -> None:
    engines = [create_engine(database_url), create_engine(database_url)]
    try:
        first, second = (build_oversight(policy, engine) for engine in engines)
        app = GovernanceMiddleware(create_app(), policy=policy, runtime=Runtime.build(
            policy, steps=_steps(second), keys=keys))
        body = json.dumps(_request("/v1/chat/completions", "training?", False)).encode()
        before = await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
        assert before.headers["governance-decision"] == "forwarded"
        first["killswitch"].set("global", True, actor="ops-oncall", reason="incident drill")
        flipped = time.monotonic()
        while True:
            result = await call_asgi(app, "POST", "/v1/chat/completions", body=body,
                                     headers=auth)
            if result.headers["governance-decision"] != "forwarded":
                break
            assert time.monotonic() - flipped < 5
            await anyio.sleep(0.1)
        assert Decision.parse(result.headers["governance-decision"]).params == {
            "category": "killswitch"}
        assert "switched off" in _text_and_disclosure("/v1/chat/completions", result, False)[0]
        first["killswitch"].set("global", False, actor="ops-oncall", reason="drill over")
    finally:
        for engine in engines:
            engine.dispose()
