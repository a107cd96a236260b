"""The answer side of one exchange: headers, restored texts, checks and disclosure.

JSON answers are buffered (they are small and must be re-serialised whole); SSE answers are
rewritten event by event as they arrive. A text that may still grow into a placeholder is held
back per stream channel by the rewriters and released before the next non-delta event or at
the end of the stream, so nothing waits for the whole stream.
"""

from __future__ import annotations

import json
from typing import Any

import anyio
import structlog
from starlette.datastructures import MutableHeaders
from starlette.types import Message, Send

from governance import sse
from governance.bodies import is_json_media_type
from governance.decision import HEADER as DECISION_HEADER
from governance.errors import GovernanceError, StepError
from governance.exchange import Exchange
from governance.formats import pointer
from governance.steps import Chain, Identity, Steps

log = structlog.get_logger("governance")
# Correlates an answer with its audit entries (an opaque random id, not personal data).
EXCHANGE_HEADER = "governance-exchange-id"


def _dumps(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Responder:
    def __init__(self, exchange: Exchange, steps: Steps, send: Send, *,
                 max_response_bytes: int, on_response_id: Any = None,
                 on_complete: Any = None) -> None:
        self.exchange = exchange
        self._on_complete = on_complete
        self.steps = steps
        self._send = send
        self._max = max_response_bytes
        self._on_response_id = on_response_id
        self._mode = "pass"
        self._start: Message | None = None
        self._buffer = bytearray()
        self._parser = sse.SSEParser(max_event_bytes=max_response_bytes)
        self._pending: dict[str, Any] = {}  # channel -> template event (and its SSE name)
        self._preamble = steps.disclosure.preamble(exchange)
        # The first stream event carries the ai_disclosure object, before any model token.
        self._stream_disclosure = (steps.disclosure.body_field(exchange)
                                   if exchange.format.body_field else None)
        self.rewriter = Chain((
            steps.redaction.answer(exchange),
            *(r for r in (c.rewriter(exchange) for c in steps.checks) if r is not None),
        ))
        self._limiter = next((getattr(p, "limiter", None) for p in self.rewriter.parts
                              if getattr(p, "limiter", None) is not None), None)
        self.finished = False
        self.started = False
        # Nothing to change in the answer: relay it as it comes, without parsing.
        self._untouched = (
            self._preamble is None and on_response_id is None and self._stream_disclosure is None
            and all(isinstance(p, Identity) for p in self.rewriter.parts)
            and steps.disclosure.body_field(exchange) is None
        )

    def _headers(self, message: Message) -> MutableHeaders:
        headers = MutableHeaders(raw=list(message.get("headers", [])))
        headers[DECISION_HEADER] = self.exchange.decision.header_value()
        headers[EXCHANGE_HEADER] = self.exchange.id
        for name, value in self.steps.disclosure.headers(self.exchange):
            headers.append(name, value)
        return headers

    async def send(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.start":
            await self._on_start(message)
        elif kind == "http.response.body":
            await self._on_body(message.get("body", b""), message.get("more_body", False))
        else:
            await self._send(message)

    async def _on_start(self, message: Message) -> None:
        status = int(message["status"])
        self.exchange.status = status
        headers = self._headers(message)
        content_type = headers.get("content-type", "")
        if self._untouched:
            self._mode = "pass"
        elif 200 <= status < 300 and is_json_media_type(content_type):
            self._mode = "json"
            self._start = {**message, "headers": headers.raw}
            return
        elif 200 <= status < 300 and content_type.startswith("text/event-stream"):
            self._mode = "sse"
            del headers["content-length"]
        await self._send({**message, "headers": headers.raw})
        self.started = True

    async def _on_body(self, body: bytes, more: bool) -> None:
        if self._mode == "json":
            self._buffer += body
            if len(self._buffer) > self._max:
                raise GovernanceError(f"the answer exceeds {self._max} bytes")
            if not more:
                await self._send_json()
        elif self._mode == "sse":
            events = self._parser.feed(body)
            if self._on_response_id is not None:
                for event in events:
                    if (data := event.json()) is not None:
                        await self._note_response_id(data)
            out = await self._offload(self._rewrite_events, events, not more)
            if not more:
                self.finished = True
                await self._complete()
            if out or not more:
                await self._send({"type": "http.response.body", "body": out, "more_body": more})
        else:
            if not more:
                self.finished = True
                await self._complete()
            await self._send({"type": "http.response.body", "body": body, "more_body": more})

    # JSON ---------------------------------------------------------------------------------
    async def _send_json(self) -> None:
        assert self._start is not None
        body = bytes(self._buffer)
        try:
            doc = json.loads(body)
        except ValueError:
            # Unparsed, it could not be restored or checked: refuse rather than pass it on.
            raise StepError("the AI service's answer is not valid JSON", status=502,
                            reason="upstream_invalid_answer") from None
        await self._note_response_id(doc)
        body = _dumps(await self._offload(self.rewrite_document, doc))
        headers = MutableHeaders(raw=list(self._start["headers"]))
        headers["content-length"] = str(len(body))
        await self._complete()
        await self._send({**self._start, "headers": headers.raw})
        self.started = True
        self.finished = True
        await self._send({"type": "http.response.body", "body": body, "more_body": False})

    async def _complete(self) -> None:
        """The closing audit entry is written before the answer's last byte leaves."""
        if self._on_complete is not None:
            hook, self._on_complete = self._on_complete, None
            await hook()

    async def _note_response_id(self, doc: Any) -> None:
        """Tell the conversation index the answer's id, once, before the answer completes."""
        if self._on_response_id is not None and (rid := self.exchange.format.response_id(doc)):
            hook, self._on_response_id = self._on_response_id, None
            await hook(rid)

    def rewrite_document(self, doc: Any) -> Any:
        fmt = self.exchange.format
        preamble = self._preamble
        for slot in fmt.response_texts(doc):
            text = self.rewriter.text(slot.text, slot.kind)
            if preamble and slot.kind == "message":
                text, preamble = f"{preamble}\n\n{text}", None
            if text != slot.text:
                pointer.set_value(doc, slot.pointer, text)
        extra = self.steps.disclosure.body_field(self.exchange)
        if extra is not None and fmt.body_field and isinstance(doc, dict):
            doc["ai_disclosure"] = extra
        return doc

    async def _offload(self, func: Any, *args: Any) -> Any:
        """Run CPU-heavy rewriting in a worker thread when a rewriter asks for it."""
        if self._limiter is None:
            return func(*args)
        return await anyio.to_thread.run_sync(func, *args, limiter=self._limiter)

    # SSE ----------------------------------------------------------------------------------
    def _rewrite_events(self, events: list[sse.SSEEvent], last: bool) -> bytes:
        out = b"".join([self._rewrite_event(event) for event in events])
        if last:
            out += self._flush() + self._parser.close()
        return out

    def _rewrite_event(self, event: sse.SSEEvent) -> bytes:
        data = event.json()
        if data is None:
            return self._flush() + event.raw
        fmt = self.exchange.format
        slots = fmt.stream_texts(data)
        prefix = self._flush() if not any(s.delta for s in slots) else b""
        disclosed = False
        if self._stream_disclosure is not None and isinstance(data, dict):
            data["ai_disclosure"], self._stream_disclosure = self._stream_disclosure, None
            disclosed = True
        if not slots:
            return prefix + (sse.encode(event.event, data) if disclosed else event.raw)
        for slot in slots:
            if slot.delta:
                text = self.rewriter.feed(slot.channel, slot.text, slot.kind)
                self._pending[slot.channel] = (event.event, data)
                if self._preamble and slot.kind == "message":
                    text, self._preamble = f"{self._preamble}\n\n{text}", None
            else:
                text = self.rewriter.text(slot.text, slot.kind)
            if text != slot.text:
                pointer.set_value(data, slot.pointer, text)
        return prefix + sse.encode(event.event, data)

    def _flush(self) -> bytes:
        """Release what the rewriters hold back on every open channel."""
        out = b""
        for channel, (name, template) in list(self._pending.items()):
            text = self.rewriter.finish(channel)
            if text:
                event = self.exchange.format.text_event(template, channel, text)
                if isinstance(event, dict):
                    event.pop("ai_disclosure", None)  # carried by the first event only
                out += sse.encode(name, event)
        self._pending.clear()
        return out
