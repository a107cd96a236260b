"""OpenAI Chat Completions: ``messages`` in, ``choices[].message`` or ``chat.completion.chunk`` out."""

from __future__ import annotations

import copy
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
    require_list,
    require_object,
    stream_flag,
)
from governance.formats.pointer import join

NAME = "openai-chat"
_ROLES: dict[str, Role] = {
    "user": "user", "assistant": "assistant", "system": "system", "developer": "system",
    "tool": "tool", "function": "tool",
}


# Content parts that carry no text the layer could pseudonymise; anything else unknown is
# refused (422) rather than forwarded unseen.
NON_TEXT_PARTS = frozenset({"image_url", "input_audio", "file", "image"})


def _content_slots(content: Any, base: tuple[str | int, ...], role: Role,
                   kind: str, *, strict: bool = False) -> list[TextSlot]:
    if isinstance(content, str):
        return [TextSlot(join(*base), content, role, kind)]  # type: ignore[arg-type]
    if content is None:
        return []
    if not isinstance(content, list):
        if strict:
            raise FormatError(NAME, f"{join(*base)[1:]} must be a string or an array of parts")
        return []
    slots = []
    for i, part in enumerate(content):
        if isinstance(part, dict) and isinstance(part.get("text"), str):
            slots.append(TextSlot(join(*base, i, "text"), part["text"], role, kind))  # type: ignore[arg-type]
        elif isinstance(part, dict) and isinstance(part.get("refusal"), str):
            slots.append(TextSlot(join(*base, i, "refusal"), part["refusal"], role, kind))  # type: ignore[arg-type]
        elif strict and not (isinstance(part, dict) and part.get("type") in NON_TEXT_PARTS):
            raise FormatError(NAME, f"{join(*base, i)[1:]} is not a known content part "
                                    "(text, image_url, input_audio, file)")
    return slots


def _tool_call_slots(calls: Any, base: tuple[str | int, ...]) -> list[TextSlot]:
    slots = []
    if isinstance(calls, list):
        for i, call in enumerate(calls):
            fn = call.get("function") if isinstance(call, dict) else None
            if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                slots.append(TextSlot(join(*base, i, "function", "arguments"), fn["arguments"],
                                      "assistant", "tool_arguments"))
    return slots


class OpenAIChat:
    name = NAME
    body_field = True

    def _messages(self, doc: JSON) -> list[Any]:
        messages = require_list(NAME, require_object(NAME, doc), "messages")
        for i, message in enumerate(messages):
            if not isinstance(message, dict) or not isinstance(message.get("role"), str):
                raise FormatError(NAME, f"messages[{i}] must be an object with a string 'role'")
            if message["role"] not in _ROLES:
                raise FormatError(NAME, f"messages[{i}].role {message['role']!r} is not a known role")
        return messages

    def request_texts(self, doc: JSON) -> list[TextSlot]:
        slots: list[TextSlot] = []
        for i, message in enumerate(self._messages(doc)):
            role = _ROLES[message["role"]]
            kind = {"system": "system", "tool": "tool_result"}.get(role, "message")
            slots += _content_slots(message.get("content"), ("messages", i, "content"), role, kind,
                                    strict=True)
            slots += _tool_call_slots(message.get("tool_calls"), ("messages", i, "tool_calls"))
        return slots

    def hints(self, doc: JSON) -> ConversationHints:
        messages = self._messages(doc)
        first = next((m for m in messages if m["role"] == "user"), None)
        first_text = None
        if first is not None:
            first_text = "\n".join(s.text for s in _content_slots(first.get("content"), (), "user",
                                                                   "message"))
        return ConversationHints(
            first_user_text=first_text,
            has_assistant_turn=any(m["role"] == "assistant" for m in messages),
            model=doc.get("model") if isinstance(doc.get("model"), str) else None,
        )

    def is_stream(self, doc: JSON) -> bool:
        return stream_flag(doc)

    def response_texts(self, doc: JSON) -> list[TextSlot]:
        slots: list[TextSlot] = []
        choices = doc.get("choices") if isinstance(doc, dict) else None
        for i, choice in enumerate(choices if isinstance(choices, list) else []):
            message = choice.get("message") if isinstance(choice, dict) else None
            if isinstance(message, dict):
                slots += _content_slots(message.get("content"), ("choices", i, "message", "content"),
                                        "assistant", "message")
                slots += _tool_call_slots(message.get("tool_calls"),
                                          ("choices", i, "message", "tool_calls"))
        return slots

    def stream_texts(self, event: JSON) -> list[TextSlot]:
        slots: list[TextSlot] = []
        choices = event.get("choices") if isinstance(event, dict) else None
        for i, choice in enumerate(choices if isinstance(choices, list) else []):
            delta = choice.get("delta") if isinstance(choice, dict) else None
            if not isinstance(delta, dict):
                continue
            index = choice.get("index", i)
            if isinstance(delta.get("content"), str):
                slots.append(TextSlot(join("choices", i, "delta", "content"), delta["content"],
                                      "assistant", "message", f"{index}/content", True))
            for j, call in enumerate(delta.get("tool_calls") or []):
                fn = call.get("function") if isinstance(call, dict) else None
                if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                    slots.append(TextSlot(
                        join("choices", i, "delta", "tool_calls", j, "function", "arguments"),
                        fn["arguments"], "assistant", "tool_arguments",
                        f"{index}/tool/{call.get('index', j)}", True))
        return slots

    def response_id(self, doc: JSON) -> str | None:
        value = doc.get("id") if isinstance(doc, dict) else None
        return value if isinstance(value, str) else None

    def text_event(self, template: JSON | None, channel: str, text: str) -> JSON:
        choice_index, _, rest = channel.partition("/")
        base: dict[str, Any] = copy.deepcopy(template) if isinstance(template, dict) else {
            "id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion.chunk",
            "created": int(time.time()), "model": "governance",
        }
        index = int(choice_index) if choice_index.isdigit() else 0
        if rest.startswith("tool/"):
            delta: dict[str, Any] = {"tool_calls": [{"index": int(rest[5:]),
                                                     "function": {"arguments": text}}]}
        else:
            delta = {"content": text}
        base["choices"] = [{"index": index, "delta": delta, "finish_reason": None}]
        return base

    def reply(self, text: str, *, model: str | None) -> JSON:
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion",
            "created": int(time.time()), "model": model or "governance",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }

    def reply_events(self, text: str, *, model: str | None) -> Sequence[tuple[str | None, JSON]]:
        head = {"id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion.chunk",
                "created": int(time.time()), "model": model or "governance"}
        return [
            (None, {**head, "choices": [{"index": 0, "delta": {"role": "assistant",
                                                               "content": text},
                                         "finish_reason": None}]}),
            (None, {**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}),
            (None, "[DONE]"),
        ]

    def error(self, status: int, type_: str, message: str) -> JSON:
        return {"error": {"type": type_, "message": message, "code": status}}
