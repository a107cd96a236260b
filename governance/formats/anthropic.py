"""Anthropic Messages: ``system`` and ``messages[].content`` blocks in, ``content`` blocks or
``content_block_delta`` events out. Tool inputs are JSON objects: every string leaf is a slot."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

from governance.formats.base import (
    JSON,
    ConversationHints,
    FormatError,
    Role,
    TextSlot,
    require_list,
    require_object,
    stream_flag,
)
from governance.formats.pointer import join

NAME = "anthropic-messages"


def _leaves(value: Any, base: tuple[str | int, ...]) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield join(*base), value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*base, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, (*base, i))


# Blocks with no text to pseudonymise; anything else unknown in a request is refused (422).
NON_TEXT_BLOCKS = frozenset({"image", "document", "redacted_thinking"})


def _blocks(content: Any, base: tuple[str | int, ...], role: Role, *,
            strict: bool = False) -> list[TextSlot]:
    kind = "system" if role == "system" else "message"
    if isinstance(content, str):
        return [TextSlot(join(*base), content, role, kind)]  # type: ignore[arg-type]
    slots: list[TextSlot] = []
    if content is not None and not isinstance(content, list) and strict:
        raise FormatError(NAME, f"{join(*base)[1:]} must be a string or an array of blocks")
    for i, block in enumerate(content if isinstance(content, list) else []):
        if not isinstance(block, dict):
            if strict:
                raise FormatError(NAME, f"{join(*base, i)[1:]} must be a content block object")
            continue
        btype = block.get("type")
        if btype in ("text", "thinking") and isinstance(block.get(btype), str):
            slots.append(TextSlot(join(*base, i, btype), block[btype], role, kind))  # type: ignore[arg-type]
        elif btype == "tool_use":
            slots += [TextSlot(p, v, "assistant", "tool_arguments")
                      for p, v in _leaves(block.get("input"), (*base, i, "input"))]
        elif btype == "tool_result":
            inner = block.get("content")
            if isinstance(inner, str):
                slots.append(TextSlot(join(*base, i, "content"), inner, "tool", "tool_result"))
            else:
                slots += [TextSlot(s.pointer, s.text, "tool", "tool_result")
                          for s in _blocks(inner, (*base, i, "content"), "tool", strict=strict)]
        elif strict and btype not in NON_TEXT_BLOCKS:
            raise FormatError(NAME, f"{join(*base, i)[1:]} has an unknown block type "
                                    f"{str(btype)[:40]!r}")
    return slots


class AnthropicMessages:
    name = NAME
    body_field = True

    def _messages(self, doc: JSON) -> list[Any]:
        messages = require_list(NAME, require_object(NAME, doc), "messages")
        for i, message in enumerate(messages):
            if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
                raise FormatError(NAME, f"messages[{i}].role must be 'user' or 'assistant'")
            if not isinstance(message.get("content"), str | list):
                raise FormatError(NAME, f"messages[{i}].content must be a string or an array")
        return messages

    def request_texts(self, doc: JSON) -> list[TextSlot]:
        slots = (_blocks(doc.get("system"), ("system",), "system", strict=True)
                 if isinstance(doc, dict) else [])
        for i, message in enumerate(self._messages(doc)):
            slots += _blocks(message["content"], ("messages", i, "content"), message["role"],
                             strict=True)
        return slots

    def hints(self, doc: JSON) -> ConversationHints:
        messages = self._messages(doc)
        first = next((m for m in messages if m["role"] == "user"), None)
        first_text = None
        if first is not None:
            first_text = "\n".join(s.text for s in _blocks(first["content"], (), "user")
                                   if s.kind == "message")
        return ConversationHints(first_text, any(m["role"] == "assistant" for m in messages),
                                 model=doc.get("model") if isinstance(doc.get("model"), str)
                                 else None)

    def is_stream(self, doc: JSON) -> bool:
        return stream_flag(doc)

    def response_texts(self, doc: JSON) -> list[TextSlot]:
        if not isinstance(doc, dict):
            return []
        return [TextSlot(s.pointer, s.text, "assistant", s.kind)
                for s in _blocks(doc.get("content"), ("content",), "assistant")]

    def stream_texts(self, event: JSON) -> list[TextSlot]:
        if not isinstance(event, dict):
            return []
        kind, index = event.get("type"), event.get("index", 0)
        delta = event.get("delta")
        if kind == "content_block_delta" and isinstance(delta, dict):
            if delta.get("type") == "text_delta" and isinstance(delta.get("text"), str):
                return [TextSlot("/delta/text", delta["text"], "assistant", "message",
                                 f"{index}/text", True)]
            if delta.get("type") == "input_json_delta" and isinstance(delta.get("partial_json"),
                                                                      str):
                return [TextSlot("/delta/partial_json", delta["partial_json"], "assistant",
                                 "tool_arguments", f"{index}/json", True)]
        if kind == "content_block_start" and isinstance(event.get("content_block"), dict):
            return [TextSlot("/content_block" + s.pointer[len("/x/0"):], s.text, "assistant",
                             s.kind)
                    for s in _blocks([event["content_block"]], ("x",), "assistant")]
        return []

    def response_id(self, doc: JSON) -> str | None:
        value = doc.get("id") if isinstance(doc, dict) else None
        return value if isinstance(value, str) else None

    def text_event(self, template: JSON | None, channel: str, text: str) -> JSON:
        index, _, what = channel.partition("/")
        if isinstance(template, dict) and template.get("type") == "content_block_delta":
            event = copy.deepcopy(template)
        else:
            event = {"type": "content_block_delta", "index": int(index or 0)}
        event["delta"] = ({"type": "input_json_delta", "partial_json": text} if what == "json"
                          else {"type": "text_delta", "text": text})
        return event

    def _message(self, text: str, model: str | None) -> dict[str, Any]:
        return {"id": f"msg_{uuid.uuid4().hex}", "type": "message", "role": "assistant",
                "model": model or "governance", "content": [{"type": "text", "text": text}],
                "stop_reason": "end_turn", "stop_sequence": None,
                "usage": {"input_tokens": 0, "output_tokens": 0}}

    def reply(self, text: str, *, model: str | None) -> JSON:
        return self._message(text, model)

    def reply_events(self, text: str, *, model: str | None) -> Sequence[tuple[str | None, JSON]]:
        message = self._message(text, model)
        start = {**message, "content": [], "stop_reason": None}
        return [
            ("message_start", {"type": "message_start", "message": start}),
            ("content_block_start", {"type": "content_block_start", "index": 0,
                                     "content_block": {"type": "text", "text": ""}}),
            ("content_block_delta", {"type": "content_block_delta", "index": 0,
                                     "delta": {"type": "text_delta", "text": text}}),
            ("content_block_stop", {"type": "content_block_stop", "index": 0}),
            ("message_delta", {"type": "message_delta",
                               "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                               "usage": {"output_tokens": 0}}),
            ("message_stop", {"type": "message_stop"}),
        ]

    def error(self, status: int, type_: str, message: str) -> JSON:
        return {"type": "error", "error": {"type": type_, "message": message}}
