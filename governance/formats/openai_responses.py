"""OpenAI Responses API: ``input`` (a string or items) in, ``output`` items or typed events out."""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from typing import Any

from governance.formats.base import (
    JSON,
    ConversationHints,
    FormatError,
    Role,
    TextSlot,
    require_object,
    stream_flag,
)
from governance.formats.pointer import join

NAME = "openai-responses"
_ROLES: dict[str, Role] = {"user": "user", "assistant": "assistant", "system": "system",
                           "developer": "system"}
# Stream events that carry a growing text, and the field holding the delta.
_DELTAS = {"response.output_text.delta": "text", "response.function_call_arguments.delta": "args",
           "response.refusal.delta": "refusal"}


# Items and content parts with no text to pseudonymise; other unknown ones in a request are
# refused (422) rather than forwarded unseen.
NON_TEXT_ITEMS = frozenset({"item_reference", "web_search_call", "file_search_call",
                            "computer_call", "image_generation_call", "code_interpreter_call"})
NON_TEXT_PARTS = frozenset({"input_image", "input_file", "input_audio"})


def _item_slots(item: Any, base: tuple[str | int, ...], *, strict: bool = False
                ) -> list[TextSlot]:
    if not isinstance(item, dict):
        return []
    kind = item.get("type", "message")
    if kind == "reasoning":
        return [TextSlot(join(*base, "summary", i, "text"), part["text"], "assistant")
                for i, part in enumerate(item.get("summary") or [])
                if isinstance(part, dict) and isinstance(part.get("text"), str)]
    if kind == "function_call" and isinstance(item.get("arguments"), str):
        return [TextSlot(join(*base, "arguments"), item["arguments"], "assistant", "tool_arguments")]
    if kind == "function_call_output" and isinstance(item.get("output"), str):
        return [TextSlot(join(*base, "output"), item["output"], "tool", "tool_result")]
    if kind != "message":
        if strict and kind not in NON_TEXT_ITEMS:
            raise FormatError(NAME, f"{join(*base)[1:]} has an unknown item type "
                                    f"{str(kind)[:40]!r}")
        return []
    role = _ROLES.get(str(item.get("role", "user")), "user")
    text_kind = "system" if role == "system" else "message"
    content = item.get("content")
    if isinstance(content, str):
        return [TextSlot(join(*base, "content"), content, role, text_kind)]  # type: ignore[arg-type]
    if strict and content is not None and not isinstance(content, list):
        raise FormatError(NAME, f"{join(*base, 'content')[1:]} must be a string or an array")
    slots = []
    for i, part in enumerate(content if isinstance(content, list) else []):
        if isinstance(part, dict) and isinstance(part.get("text"), str):
            slots.append(TextSlot(join(*base, "content", i, "text"), part["text"], role,
                                  text_kind))  # type: ignore[arg-type]
        elif isinstance(part, dict) and isinstance(part.get("refusal"), str):
            slots.append(TextSlot(join(*base, "content", i, "refusal"), part["refusal"], role,
                                  text_kind))  # type: ignore[arg-type]
        elif strict and not (isinstance(part, dict) and part.get("type") in NON_TEXT_PARTS):
            raise FormatError(NAME, f"{join(*base, 'content', i)[1:]} is not a known content "
                                    "part")
    return slots


class OpenAIResponses:
    name = NAME
    body_field = True

    def _input(self, doc: JSON) -> str | list[Any]:
        body = require_object(NAME, doc)
        value = body.get("input")
        if isinstance(value, str) and value:
            return value
        if isinstance(value, list) and value:
            for i, item in enumerate(value):
                if not isinstance(item, dict):
                    raise FormatError(NAME, f"input[{i}] must be an object")
            return value
        raise FormatError(NAME, "'input' must be a non-empty string or array of items")

    def request_texts(self, doc: JSON) -> list[TextSlot]:
        value = self._input(doc)
        slots: list[TextSlot] = []
        if isinstance(doc.get("instructions"), str):
            slots.append(TextSlot("/instructions", doc["instructions"], "system", "system"))
        if isinstance(value, str):
            return [*slots, TextSlot("/input", value, "user")]
        for i, item in enumerate(value):
            slots += _item_slots(item, ("input", i), strict=True)
        return slots

    def hints(self, doc: JSON) -> ConversationHints:
        value = self._input(doc)
        previous = doc.get("previous_response_id")
        previous = previous if isinstance(previous, str) and previous else None
        first: str | None
        if isinstance(value, str):
            first, assistant = value, False
        else:
            users = [s for i, it in enumerate(value) for s in _item_slots(it, ("input", i))
                     if s.role == "user"]
            first = users[0].text if users else None
            assistant = any(isinstance(it, dict) and it.get("role") == "assistant" for it in value)
        return ConversationHints(first, assistant or previous is not None, previous,
                                 doc.get("model") if isinstance(doc.get("model"), str) else None)

    def is_stream(self, doc: JSON) -> bool:
        return stream_flag(doc)

    def response_texts(self, doc: JSON) -> list[TextSlot]:
        output = doc.get("output") if isinstance(doc, dict) else None
        slots: list[TextSlot] = []
        for i, item in enumerate(output if isinstance(output, list) else []):
            slots += [TextSlot(s.pointer, s.text, "assistant", s.kind)
                      for s in _item_slots(item, ("output", i))]
        return slots

    def stream_texts(self, event: JSON) -> list[TextSlot]:
        if not isinstance(event, dict):
            return []
        kind = event.get("type")
        channel = f"{event.get('output_index', 0)}/{event.get('content_index', 0)}"
        if kind in _DELTAS and isinstance(event.get("delta"), str):
            text_kind = "tool_arguments" if _DELTAS[kind] == "args" else "message"
            return [TextSlot("/delta", event["delta"], "assistant", text_kind,  # type: ignore[arg-type]
                             f"{channel}/{_DELTAS[kind]}", True)]
        # Completed texts repeat the whole answer: restore them as a whole.
        for key in ("text", "arguments"):
            if kind and kind.endswith(".done") and isinstance(event.get(key), str):
                return [TextSlot("/" + key, event[key], "assistant")]
        for key in ("part", "item"):
            if isinstance(event.get(key), dict):
                part = event[key]
                if isinstance(part.get("text"), str):
                    return [TextSlot(join(key, "text"), part["text"], "assistant")]
                return [TextSlot(f"/{key}{s.pointer}", s.text, "assistant", s.kind)
                        for s in _item_slots(part, ())]
        if isinstance(event.get("response"), dict):
            return [TextSlot("/response" + s.pointer, s.text, "assistant", s.kind)
                    for s in self.response_texts(event["response"])]
        return []

    def response_id(self, doc: JSON) -> str | None:
        if isinstance(doc, dict) and isinstance(doc.get("response"), dict):
            doc = doc["response"]
        value = doc.get("id") if isinstance(doc, dict) else None
        return value if isinstance(value, str) else None

    def text_event(self, template: JSON | None, channel: str, text: str) -> JSON:
        output_index, content_index, what = ([*channel.split("/"), "0", "0", "text"])[:3]
        kind = ("response.function_call_arguments.delta" if what == "args"
                else "response.output_text.delta")
        event = {k: v for k, v in (template or {}).items() if k in ("item_id", "sequence_number")}
        return {**event, "type": kind, "output_index": int(output_index),
                "content_index": int(content_index), "delta": text}

    def _response(self, text: str, model: str | None) -> dict[str, Any]:
        return {
            "id": f"resp_{uuid.uuid4().hex}", "object": "response", "created_at": int(time.time()),
            "status": "completed", "model": model or "governance",
            "output": [{"type": "message", "id": f"msg_{uuid.uuid4().hex}", "status": "completed",
                        "role": "assistant",
                        "content": [{"type": "output_text", "text": text, "annotations": []}]}],
        }

    def reply(self, text: str, *, model: str | None) -> JSON:
        return self._response(text, model)

    def reply_events(self, text: str, *, model: str | None) -> Sequence[tuple[str | None, JSON]]:
        response = self._response(text, model)
        item = response["output"][0]
        started = {**response, "status": "in_progress", "output": []}
        return [
            ("response.created", {"type": "response.created", "response": started}),
            ("response.output_item.added", {"type": "response.output_item.added",
                                            "output_index": 0,
                                            "item": {**item, "content": []}}),
            ("response.output_text.delta", {"type": "response.output_text.delta",
                                            "item_id": item["id"], "output_index": 0,
                                            "content_index": 0, "delta": text}),
            ("response.output_text.done", {"type": "response.output_text.done",
                                           "item_id": item["id"], "output_index": 0,
                                           "content_index": 0, "text": text}),
            ("response.output_item.done", {"type": "response.output_item.done",
                                           "output_index": 0, "item": item}),
            ("response.completed", {"type": "response.completed", "response": response}),
        ]

    def error(self, status: int, type_: str, message: str) -> JSON:
        return {"error": {"type": type_, "message": message, "code": status}}
