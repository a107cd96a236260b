"""The HR assistant as a Starlette app speaking three chat APIs, streaming and not.

``POST /v1/chat/completions`` (OpenAI), ``POST /v1/responses`` (OpenAI Responses) and
``POST /v1/messages`` (Anthropic), a generic ``POST /api/ask``, a chat page at ``/`` and an
ungoverned ``/healthz``. Each request's texts are recorded in ``app.state.received`` so tests
can check what "the model" saw. When tools are offered, the first turn answers with a tool
call whose arguments repeat the user's words.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from examples.hr_assistant.faq import answer, chunks

PAGE = Path(__file__).with_name("page.html")


def _sse(data: Any, event: str | None = None) -> bytes:
    head = f"event: {event}\n" if event else ""
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return f"{head}data: {payload}\n\n".encode()


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(p.get("text") or p.get("content") or "") for p in content
                        if isinstance(p, dict))
    return ""


def _stream(events: AsyncIterator[bytes]) -> StreamingResponse:
    return StreamingResponse(events, media_type="text/event-stream",
                             headers={"cache-control": "no-cache"})


async def _pace(delay: float) -> None:
    if delay:
        await asyncio.sleep(delay)


def create_app(*, chunk_delay: float = 0.0, record_to: str | None = None) -> Starlette:
    received: deque[str] = deque(maxlen=10_000)

    def record(texts: list[str]) -> None:
        received.extend(t for t in texts if t)
        if record_to:
            with open(record_to, "a", encoding="utf-8") as fh:
                fh.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in texts if t)

    async def chat_completions(request: Request) -> Response:
        body = await request.json()
        messages = body.get("messages", [])
        texts = [_text_of(m.get("content")) for m in messages]
        texts += [c["function"]["arguments"] for m in messages for c in m.get("tool_calls") or []]
        record(texts)
        last = messages[-1] if messages else {}
        model = body.get("model", "hr-faq")
        cid = f"chatcmpl-{uuid.uuid4().hex[:12]}"
        head = {"id": cid, "created": int(time.time()), "model": model}
        if body.get("tools") and last.get("role") == "user":
            tool = body["tools"][0]["function"]["name"]
            args = json.dumps({"request": _text_of(last.get("content"))}, ensure_ascii=False)
            call = {"id": f"call_{uuid.uuid4().hex[:8]}", "type": "function",
                    "function": {"name": tool, "arguments": args}}
            if not body.get("stream"):
                return JSONResponse({**head, "object": "chat.completion", "choices": [
                    {"index": 0, "finish_reason": "tool_calls",
                     "message": {"role": "assistant", "content": None, "tool_calls": [call]}}]})

            async def tool_events() -> AsyncIterator[bytes]:
                first = {**call, "index": 0, "function": {"name": tool, "arguments": ""}}
                yield _sse({**head, "object": "chat.completion.chunk", "choices": [
                    {"index": 0, "delta": {"role": "assistant", "tool_calls": [first]},
                     "finish_reason": None}]})
                for piece in chunks(args):
                    await _pace(chunk_delay)
                    yield _sse({**head, "object": "chat.completion.chunk", "choices": [
                        {"index": 0, "delta": {"tool_calls": [
                            {"index": 0, "function": {"arguments": piece}}]},
                         "finish_reason": None}]})
                yield _sse({**head, "object": "chat.completion.chunk", "choices": [
                    {"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
                yield _sse("[DONE]")

            return _stream(tool_events())
        question = (f"Done: {_text_of(last.get('content'))}" if last.get("role") == "tool"
                    else answer(next((_text_of(m.get("content")) for m in reversed(messages)
                                      if m.get("role") == "user"), "")))
        if not body.get("stream"):
            return JSONResponse({**head, "object": "chat.completion", "choices": [
                {"index": 0, "finish_reason": "stop",
                 "message": {"role": "assistant", "content": question}}],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}})

        async def events() -> AsyncIterator[bytes]:
            yield _sse({**head, "object": "chat.completion.chunk", "choices": [
                {"index": 0, "delta": {"role": "assistant", "content": ""},
                 "finish_reason": None}]})
            for piece in chunks(question):
                await _pace(chunk_delay)
                yield _sse({**head, "object": "chat.completion.chunk", "choices": [
                    {"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
            yield _sse({**head, "object": "chat.completion.chunk", "choices": [
                {"index": 0, "delta": {}, "finish_reason": "stop"}]})
            yield _sse("[DONE]")

        return _stream(events())

    async def responses(request: Request) -> Response:
        body = await request.json()
        items = body.get("input")
        if isinstance(items, str):
            items = [{"role": "user", "content": items}]
        texts = [_text_of(i.get("content")) for i in items if isinstance(i, dict)]
        record([*texts, body.get("instructions") or ""])
        user = next((_text_of(i.get("content")) for i in reversed(items)
                     if isinstance(i, dict) and i.get("role") == "user"), "")
        text = answer(user)
        rid, mid = f"resp_{uuid.uuid4().hex[:16]}", f"msg_{uuid.uuid4().hex[:16]}"
        item = {"type": "message", "id": mid, "status": "completed", "role": "assistant",
                "content": [{"type": "output_text", "text": text, "annotations": []}]}
        response = {"id": rid, "object": "response", "created_at": int(time.time()),
                    "status": "completed", "model": body.get("model", "hr-faq"),
                    "output": [item]}
        if not body.get("stream"):
            return JSONResponse(response)

        async def events() -> AsyncIterator[bytes]:
            started = {**response, "status": "in_progress", "output": []}
            yield _sse({"type": "response.created", "response": started}, "response.created")
            yield _sse({"type": "response.output_item.added", "output_index": 0,
                        "item": {**item, "content": []}}, "response.output_item.added")
            for piece in chunks(text):
                await _pace(chunk_delay)
                yield _sse({"type": "response.output_text.delta", "item_id": mid,
                            "output_index": 0, "content_index": 0, "delta": piece},
                           "response.output_text.delta")
            yield _sse({"type": "response.output_text.done", "item_id": mid, "output_index": 0,
                        "content_index": 0, "text": text}, "response.output_text.done")
            yield _sse({"type": "response.output_item.done", "output_index": 0, "item": item},
                       "response.output_item.done")
            yield _sse({"type": "response.completed", "response": response},
                       "response.completed")

        return _stream(events())

    async def messages(request: Request) -> Response:
        body = await request.json()
        msgs = body.get("messages", [])
        record([_text_of(m.get("content")) for m in msgs] + [_text_of(body.get("system"))])
        user = next((_text_of(m.get("content")) for m in reversed(msgs)
                     if m.get("role") == "user"), "")
        text = answer(user)
        message = {"id": f"msg_{uuid.uuid4().hex[:16]}", "type": "message",
                   "role": "assistant", "model": body.get("model", "hr-faq"),
                   "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                   "stop_sequence": None, "usage": {"input_tokens": 0, "output_tokens": 0}}
        if not body.get("stream"):
            return JSONResponse(message)

        async def events() -> AsyncIterator[bytes]:
            yield _sse({"type": "message_start", "message": {
                **message, "content": [], "stop_reason": None}}, "message_start")
            yield _sse({"type": "content_block_start", "index": 0,
                        "content_block": {"type": "text", "text": ""}}, "content_block_start")
            for piece in chunks(text):
                await _pace(chunk_delay)
                yield _sse({"type": "content_block_delta", "index": 0,
                            "delta": {"type": "text_delta", "text": piece}},
                           "content_block_delta")
            yield _sse({"type": "content_block_stop", "index": 0}, "content_block_stop")
            yield _sse({"type": "message_delta", "delta": {"stop_reason": "end_turn",
                                                           "stop_sequence": None},
                        "usage": {"output_tokens": 1}}, "message_delta")
            yield _sse({"type": "message_stop"}, "message_stop")

        return _stream(events())

    async def ask(request: Request) -> Response:
        body = await request.json()
        record([str(body.get("question", ""))])
        return JSONResponse({"answer": answer(str(body.get("question", "")))})

    async def page(request: Request) -> Response:
        return HTMLResponse(PAGE.read_text(encoding="utf-8"))

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    routes: list[tuple[str, Callable[..., Any], list[str]]] = [
        ("/v1/chat/completions", chat_completions, ["POST"]),
        ("/v1/responses", responses, ["POST"]),
        ("/v1/messages", messages, ["POST"]),
        ("/api/ask", ask, ["POST"]),
        ("/", page, ["GET"]),
        ("/healthz", healthz, ["GET"]),
    ]
    app = Starlette(routes=[Route(p, f, methods=m) for p, f, m in routes])
    app.state.received = received
    return app
