"""Which conversation a request belongs to, and whether it is the first turn."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from governance import Exchange, Steps
from governance.testing import call_asgi

pytestmark = pytest.mark.anyio


class SeenConversations:
    def __init__(self) -> None:
        self.seen: list[tuple[str, bool]] = []

    async def check(self, exchange: Exchange) -> None:
        self.seen.append((exchange.conversation_id, exchange.first_turn))


def _turns(*contents: str) -> bytes:
    roles = ["user", "assistant"] * len(contents)
    return json.dumps({"model": "m", "messages": [
        {"role": r, "content": c} for r, c in zip(roles, contents, strict=False)]}).encode()


async def test_derived_id_is_stable_across_turns_and_differs_across_subjects(
        make_app: Callable[..., Any], token: Callable[..., str]) -> None:
    probe = SeenConversations()
    app = make_app(Steps(consent=probe))  # type: ignore[arg-type]
    for subject in ("alice", "bob"):
        headers = {"authorization": f"Bearer {token(subject)}", "content-type": "application/json"}
        for body in (_turns("q1"), _turns("q1", "a1", "q2"), _turns("q1", "a1", "q2", "a2", "q3")):
            await call_asgi(app, "POST", "/v1/chat/completions", body=body, headers=headers)
    alice, bob = probe.seen[:3], probe.seen[3:]
    assert len({c for c, _ in alice}) == 1
    assert len({c for c, _ in bob}) == 1
    assert alice[0][0] != bob[0][0]
    assert [first for _, first in alice] == [True, False, False]
    assert "q1" not in alice[0][0]


async def test_conversation_id_header_wins(make_app: Callable[..., Any],
                                           auth: dict[str, str]) -> None:
    probe = SeenConversations()
    app = make_app(Steps(consent=probe))  # type: ignore[arg-type]
    await call_asgi(app, "POST", "/v1/chat/completions", body=_turns("q1"),
                    headers={**auth, "conversation-id": "ticket-42"})
    assert probe.seen == [("ticket-42", True)]


@pytest.mark.parametrize("stream", [False, True])
async def test_responses_chain_follows_previous_response_id(
        make_app: Callable[..., Any], auth: dict[str, str], stream: bool) -> None:
    probe = SeenConversations()
    app = make_app(Steps(consent=probe))  # type: ignore[arg-type]
    previous = None
    for question in ("leave?", "and payroll?", "and training?"):
        body: dict[str, Any] = {"model": "m", "input": question, "stream": stream}
        if previous:
            body["previous_response_id"] = previous
        result = await call_asgi(app, "POST", "/v1/responses", body=json.dumps(body).encode(),
                                 headers=auth)
        if stream:
            from governance.testing import sse_data

            previous = next(e["response"]["id"] for e in sse_data(result.body)
                            if isinstance(e, dict) and e.get("type") == "response.completed")
        else:
            previous = result.json()["id"]
    assert len({c for c, _ in probe.seen}) == 1
    assert [first for _, first in probe.seen] == [True, False, False]
