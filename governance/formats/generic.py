"""Any JSON API, described by JSON Pointers to its request, response and stream texts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from governance.formats import pointer
from governance.formats.base import JSON, ConversationHints, FormatError, TextSlot, stream_flag

NAME = "generic"


def _build(path: str, text: str) -> dict[str, Any]:
    """A minimal document holding ``text`` at ``path`` (``*`` becomes the first element)."""
    tokens = pointer.split(path) or ["text"]
    node: Any = text
    for token in reversed(tokens):
        node = [node] if token == "*" else {token: node}
    return node if isinstance(node, dict) else {"text": text}


class GenericFormat:
    name = NAME
    body_field = True

    def __init__(self, *, request_texts: Sequence[str], response_texts: Sequence[str] = (),
                 stream_texts: Sequence[str] = ()) -> None:
        self._request = tuple(request_texts)
        self._response = tuple(response_texts)
        self._stream = tuple(stream_texts)

    def _slots(self, doc: JSON, patterns: Sequence[str], *, role: str,
               delta: bool = False) -> list[TextSlot]:
        slots = []
        for pattern in patterns:
            for concrete, value in pointer.expand(doc, pattern):
                if isinstance(value, str):
                    slots.append(TextSlot(concrete, value, role,  # type: ignore[arg-type]
                                          channel=concrete if delta else "", delta=delta))
        return slots

    def request_texts(self, doc: JSON) -> list[TextSlot]:
        if not isinstance(doc, dict):
            raise FormatError(NAME, "the body must be a JSON object")
        slots = self._slots(doc, self._request, role="user")
        if not slots:
            raise FormatError(NAME, f"no text at {', '.join(self._request)}")
        return slots

    def hints(self, doc: JSON) -> ConversationHints:
        texts = self.request_texts(doc)
        return ConversationHints(texts[0].text, has_assistant_turn=False)

    def is_stream(self, doc: JSON) -> bool:
        return stream_flag(doc)

    def response_texts(self, doc: JSON) -> list[TextSlot]:
        return self._slots(doc, self._response, role="assistant")

    def stream_texts(self, event: JSON) -> list[TextSlot]:
        return self._slots(event, self._stream, role="assistant", delta=True)

    def response_id(self, doc: JSON) -> str | None:
        return None

    def text_event(self, template: JSON | None, channel: str, text: str) -> JSON:
        if isinstance(template, dict) and channel:
            import copy

            event = copy.deepcopy(template)
            try:
                pointer.set_value(event, channel, text)
                return event
            except (KeyError, ValueError, IndexError):
                pass
        return _build(self._stream[0] if self._stream else "/text", text)

    def reply(self, text: str, *, model: str | None) -> JSON:
        return _build(self._response[0] if self._response else "/text", text)

    def reply_events(self, text: str, *, model: str | None) -> Sequence[tuple[str | None, JSON]]:
        return [(None, _build(self._stream[0] if self._stream else "/text", text))]

    def error(self, status: int, type_: str, message: str) -> JSON:
        return {"error": {"type": type_, "message": message}}
