"""The handoff ticket webhook: minimal payload, bounded time, never breaks the answer."""

from __future__ import annotations

import json

import httpx
import pytest
from structlog.testing import capture_logs

from governance.oversight import HandoffMatch, HandoffSettings, HandoffWebhook

pytestmark = pytest.mark.anyio

MATCH = HandoffMatch("conflict-harassment", "en.conflict-harassment.harass")
TEXT = "my manager Jane Doe harasses me"


def _recorder(status: int = 201) -> tuple[list[dict[str, object]], httpx.AsyncClient]:
    received: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        received.append(json.loads(request.content))
        return httpx.Response(status)

    return received, httpx.AsyncClient(transport=httpx.MockTransport(handler))


async def test_the_ticket_carries_category_language_exchange_and_time_but_no_text() -> None:
    received, client = _recorder()
    hook = HandoffWebhook("https://tickets.example/hook", client=client, clock=lambda: 0.0)
    assert await hook.notify(MATCH, "fr-FR", "ex-123", TEXT)
    assert received == [{"event": "handoff", "category": "conflict-harassment",
                         "language": "fr", "exchange_id": "ex-123",
                         "time": "1970-01-01T00:00:00+00:00"}]
    await client.aclose()


async def test_the_text_is_sent_only_when_the_policy_allows_it() -> None:
    received, client = _recorder()
    hook = HandoffWebhook.from_settings(
        HandoffSettings(webhook_url="https://tickets.example/hook", include_text=True),
        client=client)
    assert hook is not None
    await hook.notify(MATCH, "en", "ex-1", TEXT)
    assert received[0]["text"] == TEXT
    await client.aclose()


def test_no_webhook_is_built_without_a_url() -> None:
    assert HandoffWebhook.from_settings(HandoffSettings()) is None


@pytest.mark.parametrize("failure", ["status", "timeout", "connect"])
async def test_a_failing_webhook_is_logged_without_content_and_never_raises(
        failure: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if failure == "timeout":
            raise httpx.ReadTimeout("timed out", request=request)
        if failure == "connect":
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(503)

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    hook = HandoffWebhook("https://tickets.example/hook", client=client, include_text=True)
    with capture_logs() as logs:
        assert not await hook.notify(MATCH, "en", "ex-9", TEXT)
    assert len(logs) == 1
    assert logs[0]["log_level"] == "warning"
    assert logs[0]["exchange_id"] == "ex-9"
    assert "Jane" not in repr(logs)
    assert "tickets.example" not in repr(logs)
    await client.aclose()


async def test_schedule_runs_in_the_background_and_aclose_waits_for_it() -> None:
    received, client = _recorder()
    hook = HandoffWebhook("https://tickets.example/hook", client=client)
    task = hook.schedule(MATCH, "en", "ex-2")
    await hook.aclose()
    assert task.done()
    assert task.result() is True
    assert received[0]["exchange_id"] == "ex-2"
    await client.aclose()
