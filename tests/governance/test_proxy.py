"""The reverse proxy, driven by the unmodified official openai and anthropic clients."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import anthropic
import httpx
import openai
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from examples.hr_assistant.app import create_app
from governance import Exchange, GovernanceMiddleware, Handoff, Policy, Refusal, Runtime, Steps
from governance.decision import Decision
from governance.errors import ConfigError
from governance.keys import KeyStore
from governance.oversight import DisclosureSettings, parse_ai_disclosure
from governance.oversight_steps import OversightDisclosure
from governance.policy import Proxy
from governance.proxy import UpstreamProxy
from governance.testing import RecordingAudit, SubstitutionRedactor, live_server

CANARY = "Zelda Quinterro-Canary"
TOOLS: Any = [{"type": "function", "function": {
    "name": "book_training", "description": "Book a training course",
    "parameters": {"type": "object", "properties": {"request": {"type": "string"}}}}}]


class ConsentFor:
    """Refuses every subject but the allowed ones (stands in for the consent ledger)."""

    def __init__(self, allowed: set[str]) -> None:
        self.allowed = allowed

    async def check(self, exchange: Exchange) -> Refusal | None:
        if exchange.subject in self.allowed:
            return None
        return Refusal(403, "consent-required", exchange.format.error(
            403, "consent_required", "Please grant consent for 'assistant' first."))


class HumanOnRequest:
    async def route(self, exchange: Exchange) -> Handoff | None:
        text = exchange.latest_user_text or ""
        if "human" in text.lower():
            return Handoff("human-request", "A person from HR will contact you today.")
        return None


@pytest.fixture
def upstream() -> Iterator[tuple[str, Any]]:
    app = create_app()
    with live_server(app) as url:
        yield url, app


@pytest.fixture
def proxy_factory(policy: Policy, keys: KeyStore) -> Callable[..., Any]:
    def factory(upstream_url: str, *, timeout: float = 30.0, **step_kwargs: Any) -> Any:
        steps = Steps(**step_kwargs)
        return GovernanceMiddleware(UpstreamProxy(upstream_url, timeout=timeout), policy=policy,
                                    runtime=Runtime.build(policy, steps=steps, keys=keys))

    return factory


@pytest.fixture
def governed(upstream: tuple[str, Any], proxy_factory: Callable[..., Any]
             ) -> Iterator[tuple[str, Any, RecordingAudit]]:
    audit = RecordingAudit()
    proxy = proxy_factory(upstream[0], redaction=SubstitutionRedactor({CANARY: "<PERSON_1>"}),
                          consent=ConsentFor({"alice"}), handoff=HumanOnRequest(), audit=audit,
                          disclosure=OversightDisclosure(DisclosureSettings()))
    with live_server(proxy) as url:
        yield url, upstream[1], audit


def test_openai_client_multi_turn_with_streaming_and_tool_calls(
        governed: tuple[str, Any, RecordingAudit], token: Callable[..., str]) -> None:
    url, upstream_app, audit = governed
    client = openai.OpenAI(base_url=f"{url}/v1", api_key=token("alice"), max_retries=0)
    messages: list[Any] = [{"role": "user", "content": f"I am {CANARY}, when is payday?"}]
    raw = client.chat.completions.with_raw_response.create(model="hr-faq", messages=messages)
    assert parse_ai_disclosure(raw.headers["ai-disclosure"])["mode"] == "machine-generated"
    first = raw.parse()
    answer = first.choices[0].message.content or ""
    assert answer.startswith("You are chatting with an AI assistant, not a person.")
    assert first.model_extra is not None
    assert first.model_extra["ai_disclosure"]["is_ai"] is True
    assert CANARY in answer
    messages += [{"role": "assistant", "content": answer},
                 {"role": "user", "content": f"Book Excel training for {CANARY}"}]
    streamed = client.chat.completions.create(model="hr-faq", messages=messages, tools=TOOLS,
                                              stream=True)
    arguments, call_id = "", None
    for chunk in streamed:
        for call in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
            call_id = call.id or call_id
            arguments += call.function.arguments or "" if call.function else ""
    assert json.loads(arguments) == {"request": f"Book Excel training for {CANARY}"}
    messages += [{"role": "assistant", "content": None, "tool_calls": [
        {"id": call_id, "type": "function",
         "function": {"name": "book_training", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": call_id, "content": f"Booked for {CANARY}"}]
    final = client.chat.completions.create(model="hr-faq", messages=messages, tools=TOOLS)
    assert final.choices[0].message.content == f"Done: Booked for {CANARY}"
    assert upstream_app.state.received
    assert not any(CANARY in text for text in upstream_app.state.received)
    assert len(audit.closed_exchanges) == 3
    client.close()


@pytest.mark.parametrize("stream", [False, True])
def test_anthropic_client_multi_turn(governed: tuple[str, Any, RecordingAudit],
                                     token: Callable[..., str], stream: bool) -> None:
    url, upstream_app, _ = governed
    client = anthropic.Anthropic(base_url=url, auth_token=token("alice"), api_key=None,
                                 max_retries=0)
    messages: list[Any] = [{"role": "user", "content": f"Je suis {CANARY}, mes congés ?"}]
    for follow_up in ("Et la paie ?", "Et la formation ?"):
        if stream:
            with client.messages.stream(model="hr-faq", max_tokens=200,
                                        messages=messages) as events:
                answer = events.get_final_text()
        else:
            reply = client.messages.create(model="hr-faq", max_tokens=200, messages=messages)
            answer = "".join(b.text for b in reply.content if b.type == "text")
        assert answer
        if len(messages) == 1:
            assert answer.startswith("Vous échangez avec un assistant d'intelligence")
        messages += [{"role": "assistant", "content": answer},
                     {"role": "user", "content": follow_up}]
    assert CANARY in messages[1]["content"]
    assert not any(CANARY in text for text in upstream_app.state.received)
    client.close()


def test_consent_refusal_and_handoff_reach_sdk_users_readably(
        governed: tuple[str, Any, RecordingAudit], token: Callable[..., str]) -> None:
    url, upstream_app, _ = governed
    before = len(upstream_app.state.received)
    refused = openai.OpenAI(base_url=f"{url}/v1", api_key=token("bob"), max_retries=0)
    with pytest.raises(openai.PermissionDeniedError, match="grant consent"):
        refused.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    alice = anthropic.Anthropic(base_url=url, auth_token=token("alice"), api_key=None,
                                max_retries=0)
    reply = alice.messages.create(model="m", max_tokens=50, messages=[
        {"role": "user", "content": "I want to talk to a human"}])
    assert reply.content[0].type == "text"
    assert reply.content[0].text == "A person from HR will contact you today."
    assert len(upstream_app.state.received) == before
    refused.close()
    alice.close()


def _failing_upstream() -> Starlette:
    async def slow(request: Request) -> Response:
        await asyncio.sleep(5)
        return JSONResponse({})

    async def broken(request: Request) -> Response:
        return JSONResponse({"error": {"type": "server_error", "message": "model crashed"}},
                            status_code=500)

    return Starlette(routes=[Route("/slow/v1/chat/completions", slow, methods=["POST"]),
                             Route("/broken/v1/chat/completions", broken, methods=["POST"])])


@pytest.mark.parametrize(("prefix", "status", "message"), [
    ("down", 502, "cannot be reached"), ("slow", 504, "did not answer in time"),
    ("broken", 500, "model crashed")])
def test_upstream_failures_give_precise_errors_and_closing_entries(
        proxy_factory: Callable[..., Any], token: Callable[..., str], prefix: str, status: int,
        message: str) -> None:
    with live_server(_failing_upstream()) as upstream_url:
        target = "http://127.0.0.1:9" if prefix == "down" else f"{upstream_url}/{prefix}"
        audit = RecordingAudit()
        with live_server(proxy_factory(target, timeout=0.5, audit=audit)) as url:
            client = openai.OpenAI(base_url=f"{url}/v1", api_key=token(), max_retries=0)
            with pytest.raises(openai.APIStatusError, match=message) as info:
                client.chat.completions.create(model="m",
                                               messages=[{"role": "user", "content": "hi"}])
            client.close()
    assert info.value.status_code == status
    assert [c["status"] for c in audit.closed_exchanges] == [status]


def test_client_disconnect_cancels_the_upstream_request(
        proxy_factory: Callable[..., Any], auth: dict[str, str]) -> None:
    state: dict[str, Any] = {"sent": 0, "closed": False}

    async def endless(request: Request) -> Response:
        async def events() -> Any:
            try:
                while True:
                    state["sent"] += 1
                    yield b'data: {"choices":[{"index":0,"delta":{"content":"x"}}]}\n\n'
                    await asyncio.sleep(0.05)
            finally:
                state["closed"] = True

        return StreamingResponse(events(), media_type="text/event-stream")

    upstream = Starlette(routes=[Route("/v1/chat/completions", endless, methods=["POST"])])
    with live_server(upstream) as upstream_url, live_server(proxy_factory(upstream_url)) as url:
        body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
        with httpx.stream("POST", f"{url}/v1/chat/completions", json=body, headers=auth,
                          timeout=10) as response:
            assert Decision.parse(response.headers["governance-decision"]).kind == "forwarded"
            for _ in response.iter_bytes():
                break
        deadline = time.monotonic() + 5
        while not state["closed"] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert state["closed"]
        sent_when_closed = state["sent"]
        time.sleep(0.3)
        assert state["sent"] == sent_when_closed


def test_hop_by_hop_headers_are_dropped_and_upstream_auth_replaced() -> None:
    proxy = UpstreamProxy("http://up", auth_header="x-api-key", auth_value="upstream-secret")
    scope = {"type": "http", "headers": [
        (b"host", b"gov"), (b"connection", b"keep-alive"), (b"authorization", b"Bearer jwt"),
        (b"x-api-key", b"client-key"), (b"accept", b"application/json"),
        (b"transfer-encoding", b"chunked"), (b"expect", b"100-continue"),
        (b"accept-encoding", b"gzip")]}
    assert dict(proxy._request_headers(scope)) == {b"accept": b"application/json",
                                                   b"x-api-key": b"upstream-secret"}


def _faulty_upstream(seen_cookies: list[str | None]) -> Starlette:
    """An upstream that sets cookies, breaks off streams and sends answers that are not JSON."""

    async def with_cookie(request: Request) -> Response:
        seen_cookies.append(request.headers.get("cookie"))
        response = JSONResponse({"choices": [{"index": 0, "message": {
            "role": "assistant", "content": "ok"}, "finish_reason": "stop"}]})
        response.set_cookie("upstream_session", "belongs-to-the-first-caller")
        return response

    async def truncated(request: Request) -> Response:
        async def events() -> Any:
            yield b'data: {"choices":[{"index":0,"delta":{"content":"Payroll is"}}]}\n\n'
            await asyncio.sleep(0.05)
            raise RuntimeError("the model server died mid-answer")

        return StreamingResponse(events(), media_type="text/event-stream")

    async def not_json(request: Request) -> Response:
        return Response(b'{"choices": [{"message": {"content": "cut', media_type="application/json")

    async def garbled_stream(request: Request) -> Response:
        return Response(b'data: {"choices":[{"index":0,"delta":{"content":"ok"}}]}\n\n'
                        b"data: {not json at all\n\ndata: [DONE]\n\n",
                        media_type="text/event-stream")

    async def short_sized(request: Request) -> Response:
        # Declares 1,000 bytes and sends 20: the server then drops the connection.
        return Response(b'{"choices": [{"mess', media_type="application/json",
                        headers={"content-length": "1000"})

    return Starlette(routes=[
        Route("/short/v1/chat/completions", short_sized, methods=["POST"]),
        Route("/cookie/v1/chat/completions", with_cookie, methods=["POST"]),
        Route("/truncated/v1/chat/completions", truncated, methods=["POST"]),
        Route("/not-json/v1/chat/completions", not_json, methods=["POST"]),
        Route("/garbled/v1/chat/completions", garbled_stream, methods=["POST"])])


def test_upstream_cookies_never_reach_another_caller(
        proxy_factory: Callable[..., Any], auth: dict[str, str]) -> None:
    seen: list[str | None] = []
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    with live_server(_faulty_upstream(seen)) as upstream_url, \
            live_server(proxy_factory(f"{upstream_url}/cookie")) as url:
        for _ in range(2):
            with httpx.Client() as fresh_client:  # two different callers
                assert fresh_client.post(f"{url}/v1/chat/completions", json=body,
                                         headers=auth).status_code == 200
    assert seen == [None, None]


def test_a_stream_that_breaks_off_is_not_passed_off_as_complete(
        proxy_factory: Callable[..., Any], auth: dict[str, str]) -> None:
    audit = RecordingAudit()
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    received: list[bytes] = []

    def read_stream(url: str) -> None:
        with httpx.stream("POST", f"{url}/v1/chat/completions", json=body, headers=auth,
                          timeout=10) as response:
            received.extend(response.iter_bytes())

    with live_server(_faulty_upstream([])) as upstream_url, \
            live_server(proxy_factory(f"{upstream_url}/truncated", audit=audit)) as url, \
            pytest.raises(httpx.RemoteProtocolError):
        read_stream(url)
    assert b"Payroll is" in b"".join(received)  # what arrived was relayed as it came
    assert [c.get("error") for c in audit.closed_exchanges] == ["upstream_stream_broken"]


def test_an_answer_that_is_not_json_is_refused_with_502(
        proxy_factory: Callable[..., Any], token: Callable[..., str]) -> None:
    audit = RecordingAudit()
    with live_server(_faulty_upstream([])) as upstream_url, \
            live_server(proxy_factory(f"{upstream_url}/not-json", audit=audit,
                                      disclosure=OversightDisclosure(DisclosureSettings()))) as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key=token(), max_retries=0)
        with pytest.raises(openai.APIStatusError, match="not valid JSON") as info:
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        client.close()
    assert info.value.status_code == 502
    assert len(audit.opened_exchanges) == 1
    assert [c.get("error") for c in audit.closed_exchanges] == ["upstream_invalid_answer"]


def test_a_garbled_stream_event_is_relayed_without_breaking_the_stream(
        proxy_factory: Callable[..., Any], auth: dict[str, str]) -> None:
    audit = RecordingAudit()
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    with live_server(_faulty_upstream([])) as upstream_url, \
            live_server(proxy_factory(f"{upstream_url}/garbled", audit=audit,
                                      disclosure=OversightDisclosure(DisclosureSettings()))) as url:
        response = httpx.post(f"{url}/v1/chat/completions", json=body, headers=auth, timeout=10)
    assert response.status_code == 200
    events = [line for line in response.text.splitlines() if line.startswith("data:")]
    assert json.loads(events[0][5:])["ai_disclosure"]["is_ai"] is True
    assert "data: {not json at all" in events
    assert events[-1] == "data: [DONE]"
    assert [c["status"] for c in audit.closed_exchanges] == [200]


def test_a_sized_answer_cut_short_gets_a_502_and_a_closing_entry(
        proxy_factory: Callable[..., Any], token: Callable[..., str]) -> None:
    audit = RecordingAudit()
    with live_server(_faulty_upstream([])) as upstream_url, \
            live_server(proxy_factory(f"{upstream_url}/short", audit=audit)) as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key=token(), max_retries=0)
        with pytest.raises(openai.APIStatusError, match="broke off") as info:
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        client.close()
    assert info.value.status_code == 502
    assert [c["status"] for c in audit.closed_exchanges] == [502]


def test_an_upstream_credential_or_header_name_that_could_split_headers_is_refused() -> None:
    secret = "sk-canary-9f3e"
    with pytest.raises(ConfigError, match="cannot go in an HTTP header") as caught:
        UpstreamProxy("http://up", auth_header="x-api-key", auth_value=f"{secret}\r\nx-evil: 1")
    assert secret not in str(caught.value)
    with pytest.raises(ValueError, match="upstream_auth_header"):
        Proxy(upstream_auth_header="x-api-key: injected")
