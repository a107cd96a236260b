"""An upstream stream split anywhere gives the client the same, restored text.

A tiny upstream app streams a fixed SSE answer whose placeholders (``<PERSON_1>``) the
substitution redactor restores. The same bytes are sent whole, one byte per chunk, cut at
every single position, and in random chunkings (hypothesis); the text the client reads must
be identical every time, with the real values back and no placeholder left.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from governance import Steps
from governance.sse import encode
from governance.testing import SubstitutionRedactor, call_asgi, sse_data

VALUES = {"Alice Martin": "<PERSON_1>", "alice@example.com": "<EMAIL_1>"}
ANSWER = "Bonjour <PERSON_1> 🙂, votre congé est noté ; écrivez à <EMAIL_1>. Ça marche !"
RESTORED = "Bonjour Alice Martin 🙂, votre congé est noté ; écrivez à alice@example.com. Ça marche !"
PATHS = ["/v1/chat/completions", "/v1/responses", "/v1/messages"]


def _pieces(text: str, cuts: list[int]) -> list[str]:
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    return [text[a:b] for a, b in itertools.pairwise(points) if b > a]


def upstream_stream(path: str, pieces: list[str]) -> bytes:
    """The answer as the route's SSE events, one delta per piece."""
    if path == "/v1/chat/completions":
        events: list[tuple[str | None, Any]] = [
            (None, {"id": "c1", "object": "chat.completion.chunk", "model": "m",
                    "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]})
            for p in pieces]
        events += [(None, {"id": "c1", "object": "chat.completion.chunk", "model": "m",
                           "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}),
                   (None, "[DONE]")]
    elif path == "/v1/responses":
        events = [("response.created", {"type": "response.created",
                                        "response": {"id": "r1", "status": "in_progress",
                                                     "output": []}})]
        events += [("response.output_text.delta", {
            "type": "response.output_text.delta", "item_id": "m1", "output_index": 0,
            "content_index": 0, "delta": p}) for p in pieces]
        events += [("response.completed", {"type": "response.completed",
                                           "response": {"id": "r1", "status": "completed"}})]
    else:
        events = [("message_start", {"type": "message_start", "message": {
                      "id": "msg1", "type": "message", "role": "assistant", "content": [],
                      "model": "m"}}),
                  ("content_block_start", {"type": "content_block_start", "index": 0,
                                           "content_block": {"type": "text", "text": ""}})]
        events += [("content_block_delta", {"type": "content_block_delta", "index": 0,
                                            "delta": {"type": "text_delta", "text": p}})
                   for p in pieces]
        events += [("content_block_stop", {"type": "content_block_stop", "index": 0}),
                   ("message_stop", {"type": "message_stop"})]
    return b"".join(encode(name, data) for name, data in events)


def client_text(path: str, body: bytes) -> str:
    out = []
    for data in sse_data(body):
        if not isinstance(data, dict):
            continue
        if path == "/v1/chat/completions":
            out += [c["delta"].get("content") or "" for c in data.get("choices", [])]
        elif path == "/v1/responses" and data.get("type") == "response.output_text.delta":
            out.append(data["delta"])
        elif path == "/v1/messages" and data.get("type") == "content_block_delta":
            out.append(data["delta"].get("text", ""))
    return "".join(out)


class ChunkedUpstream:
    """Streams ``self.chunks`` as separate ``http.response.body`` messages."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await receive()
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")]})
        for chunk in self.chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def _request(path: str) -> bytes:
    if path == "/v1/chat/completions":
        doc: dict[str, Any] = {"model": "m", "stream": True,
                               "messages": [{"role": "user", "content": "Alice Martin ici"}]}
    elif path == "/v1/responses":
        doc = {"model": "m", "stream": True, "input": "Alice Martin ici"}
    else:
        doc = {"model": "m", "max_tokens": 50, "stream": True,
               "messages": [{"role": "user", "content": "Alice Martin ici"}]}
    return json.dumps(doc).encode()


@pytest.fixture(scope="module")
def streaming(chat_app: Callable[..., Any], token: Callable[..., str]) -> Any:
    app = chat_app(Steps(redaction=SubstitutionRedactor(VALUES)))
    upstream = ChunkedUpstream()
    app.app = upstream
    headers = {"authorization": f"Bearer {token()}", "content-type": "application/json"}

    async def send_through(path: str, chunks: list[bytes]) -> str:
        upstream.chunks = chunks
        result = await call_asgi(app, "POST", path, body=_request(path), headers=headers)
        assert result.status == 200
        return client_text(path, result.body)

    return send_through


@pytest.mark.parametrize("path", PATHS)
def test_stream_text_is_the_same_whole_byte_by_byte_and_cut_in_two_anywhere(
        streaming: Any, runner: Callable[..., Any], path: str) -> None:
    raw = upstream_stream(path, _pieces(ANSWER, [5, 11, 16, 40, 61, 67]))
    assert runner(streaming(path, [raw])) == RESTORED
    assert runner(streaming(path, [raw[i:i + 1] for i in range(len(raw))])) == RESTORED
    for cut in range(1, len(raw), 3):
        assert runner(streaming(path, [raw[:cut], raw[cut:]])) == RESTORED, cut


SLOW = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.parametrize("path", PATHS)
def test_random_chunkings_and_delta_splits_give_the_same_client_text(
        streaming: Any, runner: Callable[..., Any], path: str) -> None:
    @SLOW
    @given(st.lists(st.integers(0, len(ANSWER)), max_size=12),
           st.lists(st.integers(1, 64), min_size=1, max_size=40))
    def check(cuts: list[int], sizes: list[int]) -> None:
        raw = upstream_stream(path, _pieces(ANSWER, cuts))
        chunks, at, i = [], 0, 0
        while at < len(raw):
            size = sizes[i % len(sizes)]
            chunks.append(raw[at:at + size])
            at, i = at + size, i + 1
        text = runner(streaming(path, chunks))
        assert text == RESTORED
        assert "<PERSON_1>" not in text
        assert "<EMAIL_1>" not in text

    check()
