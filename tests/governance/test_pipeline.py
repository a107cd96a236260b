"""The pipeline through the full middleware, for every format, JSON and SSE."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from governance import Steps
from governance.decision import Decision
from governance.testing import RecordingAudit, SubstitutionRedactor, call_asgi, sse_data

pytestmark = pytest.mark.anyio

CANARY = "Zelda Quinterro-Canary"
PLACEHOLDER = "<PERSON_1>"

# (path, request body builder, how to read the answer's text from JSON, from SSE data)
def _chat(text: str, stream: bool) -> dict[str, Any]:
    return {"model": "m", "stream": stream, "messages": [{"role": "user", "content": text}]}


def _responses(text: str, stream: bool) -> dict[str, Any]:
    return {"model": "m", "stream": stream, "input": [{"role": "user", "content": text}]}


def _anthropic(text: str, stream: bool) -> dict[str, Any]:
    return {"model": "m", "max_tokens": 50, "stream": stream,
            "messages": [{"role": "user", "content": text}]}


def _chat_text(doc: Any) -> str:
    return str(doc["choices"][0]["message"]["content"])


def _responses_text(doc: Any) -> str:
    return str(doc["output"][0]["content"][0]["text"])


def _anthropic_text(doc: Any) -> str:
    return str(doc["content"][0]["text"])


def _chat_stream(events: list[Any]) -> str:
    return "".join(e["choices"][0]["delta"].get("content") or "" for e in events
                   if isinstance(e, dict) and e.get("choices"))


def _responses_stream(events: list[Any]) -> str:
    return "".join(e["delta"] for e in events
                   if isinstance(e, dict) and e.get("type") == "response.output_text.delta")


def _anthropic_stream(events: list[Any]) -> str:
    return "".join(e["delta"]["text"] for e in events
                   if isinstance(e, dict) and e.get("type") == "content_block_delta")


FORMATS = [
    pytest.param("/v1/chat/completions", _chat, _chat_text, _chat_stream, id="openai-chat"),
    pytest.param("/v1/responses", _responses, _responses_text, _responses_stream,
                 id="openai-responses"),
    pytest.param("/v1/messages", _anthropic, _anthropic_text, _anthropic_stream,
                 id="anthropic-messages"),
]


@pytest.mark.parametrize(("path", "build", "read_json", "read_sse"), FORMATS)
@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
async def test_model_sees_placeholders_and_user_sees_values(
        make_app: Callable[..., Any], auth: dict[str, str], path: str, build: Any,
        read_json: Any, read_sse: Any, stream: bool) -> None:
    redactor = SubstitutionRedactor({CANARY: PLACEHOLDER})
    app = make_app(Steps(redaction=redactor))
    body = json.dumps(build(f"Hello, I am {CANARY}, when is payday?", stream)).encode()
    result = await call_asgi(app, "POST", path, body=body, headers=auth)

    assert result.status == 200
    assert Decision.parse(result.headers["governance-decision"]).kind == "forwarded"
    assert not any(CANARY in text for text in app.received)
    assert any(PLACEHOLDER in text for text in app.received)
    if stream:
        assert result.headers["content-type"].startswith("text/event-stream")
        assert "content-length" not in result.headers
        text = read_sse(list(sse_data(result.body)))
        assert len(result.chunks) > 3  # relayed event by event, not as one buffered body
    else:
        assert int(result.headers["content-length"]) == len(result.body)
        text = read_json(result.json())
    assert CANARY in text
    assert PLACEHOLDER not in text
    assert "payday" in text


async def test_generic_format_rewrites_request_and_answer_pointers(
        make_app: Callable[..., Any], auth: dict[str, str]) -> None:
    app = make_app(Steps(redaction=SubstitutionRedactor({CANARY: PLACEHOLDER})))
    body = json.dumps({"question": f"{CANARY}: expenses?"}).encode()
    result = await call_asgi(app, "POST", "/api/ask", body=body, headers=auth)
    assert result.status == 200
    assert list(app.received) == [f"{PLACEHOLDER}: expenses?"]
    assert CANARY in result.json()["answer"]


async def test_tool_call_arguments_are_rewritten_both_ways_in_streams(
        make_app: Callable[..., Any], auth: dict[str, str]) -> None:
    app = make_app(Steps(redaction=SubstitutionRedactor({CANARY: PLACEHOLDER})))
    body = json.dumps({"model": "m", "stream": True, "tools": [{"type": "function", "function": {
        "name": "book_training", "parameters": {"type": "object"}}}],
        "messages": [{"role": "user", "content": f"Book Excel training for {CANARY}"}]}).encode()
    result = await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
    arguments = "".join(
        call["function"].get("arguments", "")
        for event in sse_data(result.body) if isinstance(event, dict) and event.get("choices")
        for call in event["choices"][0]["delta"].get("tool_calls") or [])
    assert json.loads(arguments) == {"request": f"Book Excel training for {CANARY}"}
    assert not any(CANARY in text for text in app.received)


async def test_placeholder_split_across_every_chunk_boundary_is_restored(
        make_app: Callable[..., Any], auth: dict[str, str]) -> None:
    """The demo streams 7-character chunks; shifting the text moves every split point."""
    app = make_app(Steps(redaction=SubstitutionRedactor({CANARY: PLACEHOLDER})))
    for shift in range(8):
        body = json.dumps(_chat("x" * shift + f" {CANARY} leave", True)).encode()
        result = await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
        text = _chat_stream(list(sse_data(result.body)))
        assert CANARY in text, shift
        assert "<" not in text, shift


async def test_earlier_turns_are_rewritten_too(make_app: Callable[..., Any],
                                               auth: dict[str, str]) -> None:
    redactor = SubstitutionRedactor({CANARY: PLACEHOLDER})
    app = make_app(Steps(redaction=redactor))
    body = json.dumps({"model": "m", "messages": [
        {"role": "user", "content": f"I am {CANARY}"},
        {"role": "assistant", "content": f"Hello {CANARY}"},
        {"role": "user", "content": "leave?"}]}).encode()
    result = await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
    assert result.status == 200
    assert not any(CANARY in text for text in app.received)


async def test_system_prompts_are_left_alone_unless_the_route_says(
        make_app: Callable[..., Any], make_policy: Callable[..., Any],
        auth: dict[str, str]) -> None:
    system = f"You help {CANARY}'s team."
    body = json.dumps({"model": "m", "messages": [
        {"role": "system", "content": system}, {"role": "user", "content": "leave?"}]}).encode()
    app = make_app(Steps(redaction=SubstitutionRedactor({CANARY: PLACEHOLDER})))
    await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
    assert system in app.received

    strict = make_policy(routes=[{"path": "/v1/chat/completions", "redact_system_prompts": True}])
    app = make_app(Steps(redaction=SubstitutionRedactor({CANARY: PLACEHOLDER})),
                   app_policy=strict)
    await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
    assert not any(CANARY in text for text in app.received)


async def test_audit_sees_opening_and_closing_of_each_exchange(
        make_app: Callable[..., Any], auth: dict[str, str]) -> None:
    audit = RecordingAudit()
    app = make_app(Steps(audit=audit, redaction=SubstitutionRedactor({CANARY: PLACEHOLDER})))
    body = json.dumps(_chat(f"I am {CANARY}", False)).encode()
    await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
    assert [e["entities"] for e in audit.opened_exchanges] == [{"PERSON": 1}]
    assert [(c["id"], c["status"]) for c in audit.closed_exchanges] == [
        (audit.opened_exchanges[0]["id"], 200)]


async def test_audit_failure_refuses_and_nothing_reaches_the_model(
        make_app: Callable[..., Any], auth: dict[str, str]) -> None:
    app = make_app(Steps(audit=RecordingAudit(fail=True)))
    body = json.dumps(_chat("leave?", False)).encode()
    result = await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
    assert result.status == 503
    assert result.json()["error"]["type"] == "audit-unavailable"
    assert Decision.parse(result.headers["governance-decision"]) == Decision(
        "refused", {"reason": "audit-unavailable"})
    assert list(app.received) == []


async def test_routes_that_switch_a_step_off_skip_it(
        make_app: Callable[..., Any], make_policy: Callable[..., Any],
        auth: dict[str, str]) -> None:
    policy = make_policy(routes=[{"path": "/v1/chat/completions", "steps": ["audit"]}])
    app = make_app(Steps(redaction=SubstitutionRedactor({CANARY: PLACEHOLDER})),
                   app_policy=policy)
    body = json.dumps(_chat(f"I am {CANARY}", False)).encode()
    await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=auth)
    assert any(CANARY in text for text in app.received)


async def test_ungoverned_paths_pass_through_untouched(make_app: Callable[..., Any]) -> None:
    app = make_app()
    result = await call_asgi(app, "GET", "/healthz")
    assert result.status == 200
    assert "governance-decision" not in result.headers
