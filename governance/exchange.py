"""One governed request and its answer: every piece of per-request state lives here.

The middleware object is shared and stateless; an ``Exchange`` is created per request and
handed to each step, which reads what earlier steps found and records what it did.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from governance.decision import FORWARDED, Decision
from governance.formats.base import ChatFormat, ConversationHints, TextSlot
from governance.policy import Route


@dataclass(slots=True, eq=False)
class Exchange:
    route: Route
    format: ChatFormat
    path: str
    method: str
    request_id: str
    accept_language: str | None
    language: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started: float = field(default_factory=time.perf_counter)
    subject: str | None = None
    subject_pseudonym: str | None = None
    conversation_id: str = ""
    hints: ConversationHints | None = None
    stream: bool = False
    request: Any = None
    slots: list[TextSlot] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    special_categories: set[str] = field(default_factory=set)
    decision: Decision = FORWARDED
    status: int | None = None
    # Free-form, step-owned notes (receipt ids, notice versions shown...): never raw text.
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def first_turn(self) -> bool:
        return self.hints is None or not self.hints.has_assistant_turn

    @property
    def latest_user_text(self) -> str | None:
        for slot in reversed(self.slots):
            if slot.role == "user" and slot.kind == "message":
                return slot.text
        return None

    def message_language(self) -> str:
        """The latest user message's language, detected offline once per exchange (short
        messages and no message fall back to the request's language)."""
        found = self.notes.get("language.message")
        if found is None:
            from redaction.language import detect_language

            text = self.latest_user_text
            found = self.language
            if text and len(text.strip()) >= 12:
                found = detect_language(text, fallback=self.language)  # type: ignore[arg-type]
            self.notes["language.message"] = found
        return str(found)

    def elapsed_ms(self) -> float:
        return (time.perf_counter() - self.started) * 1000
