"""What every chat format offers the pipeline: where the texts are, and how to answer in kind.

A format never rewrites texts itself: it names text *slots* (a JSON Pointer into the document,
the speaker's role, what kind of text it is) and the middleware writes replacements back with
``pointer.set_value``. Stream events are handled one by one; ``channel`` ties together the
deltas of one growing text (a choice's content, a tool call's arguments) across events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from governance.errors import GovernanceError

Role = Literal["user", "assistant", "system", "tool"]
Kind = Literal["message", "system", "tool_arguments", "tool_result"]
JSON = Any


class FormatError(GovernanceError):
    """The body does not have the shape of the route's chat format (-> 422)."""

    def __init__(self, format_name: str, message: str) -> None:
        super().__init__(f"{format_name}: {message}")
        self.format_name = format_name


@dataclass(frozen=True, slots=True)
class TextSlot:
    pointer: str
    text: str
    role: Role
    kind: Kind = "message"
    channel: str = ""
    delta: bool = False


@dataclass(frozen=True, slots=True)
class ConversationHints:
    """What the request says about the conversation it belongs to."""

    first_user_text: str | None
    has_assistant_turn: bool
    previous_response_id: str | None = None
    model: str | None = None


class ChatFormat(Protocol):
    name: str
    # Whether a JSON answer can carry an extra top-level ``ai_disclosure`` field.
    body_field: bool

    def request_texts(self, doc: JSON) -> list[TextSlot]: ...
    def hints(self, doc: JSON) -> ConversationHints: ...
    def is_stream(self, doc: JSON) -> bool: ...
    def response_texts(self, doc: JSON) -> list[TextSlot]: ...
    def stream_texts(self, event: JSON) -> list[TextSlot]: ...
    def response_id(self, doc: JSON) -> str | None: ...

    def text_event(self, template: JSON | None, channel: str, text: str) -> JSON:
        """A stream event that carries ``text`` on ``channel`` (cloned from ``template``)."""
        ...

    def reply(self, text: str, *, model: str | None) -> JSON:
        """A complete JSON answer holding ``text``, for answers the model never wrote."""
        ...

    def reply_events(self, text: str, *, model: str | None) -> Sequence[tuple[str | None, JSON]]:
        """The same answer as (event name, data) stream events, terminator included."""
        ...

    def error(self, status: int, type_: str, message: str) -> JSON: ...


def require_object(format_name: str, doc: JSON) -> dict[str, Any]:
    if not isinstance(doc, dict):
        raise FormatError(format_name, "the body must be a JSON object")
    return doc


def require_list(format_name: str, doc: dict[str, Any], key: str) -> list[Any]:
    value = doc.get(key)
    if not isinstance(value, list) or not value:
        raise FormatError(format_name, f"'{key}' must be a non-empty array")
    return value


def stream_flag(doc: JSON) -> bool:
    return isinstance(doc, dict) and doc.get("stream") is True
