"""Real Presidio pseudonymisation through the full middleware, every format, JSON and SSE."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from governance import Steps
from governance.redaction_step import PresidioRedaction
from governance.storage import create_engine
from governance.testing import RecordingAudit, call_asgi, sse_data
from redaction.cache import SpanCache
from redaction.engine import default_engine
from redaction.pseudonymise import Pseudonymiser
from redaction.vault import Vault

pytestmark = [pytest.mark.anyio, pytest.mark.models]

CANARIES = {
    "EMAIL_ADDRESS": "marie.dupont@exemple.fr",
    "PHONE_NUMBER": "06 12 34 56 78",
    "IBAN_CODE": "FR76 3000 6000 0112 3456 7890 189",
    "PERSON": "Marie Dupont",
}
MESSAGE = (f"Bonjour, je suis {CANARIES['PERSON']}, mon e-mail est {CANARIES['EMAIL_ADDRESS']} "
           f"et mon téléphone {CANARIES['PHONE_NUMBER']}. Mon IBAN {CANARIES['IBAN_CODE']} "
           "a changé : quand est versée la paie ?")


@pytest.fixture
def redaction(tmp_path: Path) -> tuple[PresidioRedaction, Any]:
    engine = create_engine(f"sqlite:///{tmp_path / 'vault.db'}")
    vault = Vault(engine, b"v" * 32, ttl=timedelta(hours=1))
    vault.create_schema()
    analyzer = default_engine()
    step = PresidioRedaction(Pseudonymiser(analyzer, vault, cache=SpanCache()), vault, analyzer)
    return step, engine


def _bodies(stream: bool) -> list[tuple[str, dict[str, Any]]]:
    return [
        ("/v1/chat/completions", {"model": "m", "stream": stream,
                                  "messages": [{"role": "user", "content": MESSAGE}]}),
        ("/v1/responses", {"model": "m", "stream": stream, "input": MESSAGE}),
        ("/v1/messages", {"model": "m", "max_tokens": 100, "stream": stream,
                          "messages": [{"role": "user", "content": MESSAGE}]}),
    ]


def _answer_text(path: str, result: Any, stream: bool) -> str:
    if stream:
        events = [e for e in sse_data(result.body) if isinstance(e, dict)]
        if path == "/v1/chat/completions":
            return "".join(e["choices"][0]["delta"].get("content") or "" for e in events
                           if e.get("choices"))
        if path == "/v1/responses":
            return "".join(e["delta"] for e in events
                           if e.get("type") == "response.output_text.delta")
        return "".join(e["delta"]["text"] for e in events if e.get("type") == "content_block_delta")
    doc = result.json()
    if path == "/v1/chat/completions":
        return str(doc["choices"][0]["message"]["content"])
    if path == "/v1/responses":
        return str(doc["output"][0]["content"][0]["text"])
    return str(doc["content"][0]["text"])


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
async def test_model_never_sees_canaries_and_user_gets_them_back(
        make_app: Callable[..., Any], auth: dict[str, str],
        redaction: tuple[PresidioRedaction, Any], stream: bool) -> None:
    step, engine = redaction
    audit = RecordingAudit()
    app = make_app(Steps(redaction=step, audit=audit))
    for path, body in _bodies(stream):
        result = await call_asgi(app, "POST", path, body=json.dumps(body).encode(),
                                 headers=auth)
        assert result.status == 200, result.body
        answer = _answer_text(path, result, stream)
        for canary in CANARIES.values():
            assert canary in answer, (path, canary)
        assert "<PERSON_" not in answer
    for text in app.received:
        for kind, canary in CANARIES.items():
            assert canary not in text, kind
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "PERSON"} <= set(
        audit.opened_exchanges[0]["entities"])
    with engine.connect() as conn:
        rows = conn.execute(sa.text("select * from redaction_vault")).fetchall()
    assert rows
    dump = repr(rows).encode()
    for canary in CANARIES.values():
        assert canary.encode() not in dump


async def test_tool_call_arguments_and_results_are_pseudonymised(
        make_app: Callable[..., Any], auth: dict[str, str],
        redaction: tuple[PresidioRedaction, Any]) -> None:
    app = make_app(Steps(redaction=redaction[0]))
    email = CANARIES["EMAIL_ADDRESS"]
    body = {"model": "m", "stream": True, "tools": [{"type": "function", "function": {
        "name": "notify", "parameters": {"type": "object"}}}],
        "messages": [{"role": "user", "content": f"Envoie la fiche de paie à {email}"}]}
    result = await call_asgi(app, "POST", "/v1/chat/completions",
                             body=json.dumps(body).encode(), headers=auth)
    arguments = "".join(
        call["function"].get("arguments", "")
        for e in sse_data(result.body) if isinstance(e, dict) and e.get("choices")
        for call in e["choices"][0]["delta"].get("tool_calls") or [])
    assert email in json.loads(arguments)["request"]
    history = {"model": "m", "messages": [
        body["messages"][0],
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function",
             "function": {"name": "notify", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "c1", "content": f"Envoyé à {email}"}]}
    done = await call_asgi(app, "POST", "/v1/chat/completions",
                           body=json.dumps(history).encode(), headers=auth)
    # (the answer check may mask a word the small model takes for a name: not asserted here)
    assert done.json()["choices"][0]["message"]["content"].endswith(f"Envoyé à {email}")
    assert not any(email in text for text in app.received)


async def test_analyzer_failure_refuses_and_forwards_nothing(
        make_app: Callable[..., Any], auth: dict[str, str], tmp_path: Path) -> None:
    class Broken:
        def analyze_batch(self, items: Any) -> Any:
            raise RuntimeError("model crashed on Marie Dupont")

    engine = create_engine(f"sqlite:///{tmp_path / 'v.db'}")
    vault = Vault(engine, b"v" * 32, ttl=timedelta(hours=1))
    vault.create_schema()
    step = PresidioRedaction(Pseudonymiser(Broken(), vault, cache=None), vault, Broken())
    app = make_app(Steps(redaction=step))
    body = {"model": "m", "messages": [{"role": "user", "content": MESSAGE}]}
    result = await call_asgi(app, "POST", "/v1/chat/completions",
                             body=json.dumps(body).encode(), headers=auth)
    assert result.status == 503
    assert result.json()["error"]["type"] == "redaction-unavailable"
    assert "Marie" not in result.body.decode()
    assert list(app.received) == []


async def test_analysis_timeout_refuses(make_app: Callable[..., Any], auth: dict[str, str],
                                        tmp_path: Path) -> None:
    import time

    class Slow:
        def analyze_batch(self, items: Any) -> Any:
            time.sleep(1.0)
            return [[] for _ in items]

    engine = create_engine(f"sqlite:///{tmp_path / 'v.db'}")
    vault = Vault(engine, b"v" * 32, ttl=timedelta(hours=1))
    vault.create_schema()
    step = PresidioRedaction(Pseudonymiser(Slow(), vault, cache=None), vault, Slow(),
                             timeout=0.2)
    app = make_app(Steps(redaction=step))
    body = {"model": "m", "messages": [{"role": "user", "content": "leave?"}]}
    result = await call_asgi(app, "POST", "/v1/chat/completions",
                             body=json.dumps(body).encode(), headers=auth)
    assert result.status == 503
    assert result.json()["error"]["type"] == "redaction-timeout"
    assert list(app.received) == []
