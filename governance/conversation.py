"""Which conversation a request belongs to.

In order: the client's ``Conversation-Id`` header; the Responses API's
``previous_response_id`` chain (each answer's id is remembered against its conversation);
else a keyed hash of the subject and the conversation's first user message, which every
turn of a chat resends. The id keys the pseudonym vault, so it must be stable across turns.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import threading
import time
from collections import OrderedDict
from typing import Protocol

from governance.bodies import BadRequest
from governance.formats.base import ConversationHints

HEADER = "conversation-id"
_VALID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


class ResponseIndex(Protocol):
    def remember(self, response_id: str, conversation_id: str) -> None: ...
    def lookup(self, response_id: str) -> str | None: ...


class MemoryResponseIndex:
    """A bounded, expiring in-process map of answer id -> conversation id."""

    def __init__(self, *, max_items: int = 100_000, ttl_seconds: float = 24 * 3600) -> None:
        self._items: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self._max = max_items
        self._ttl = ttl_seconds
        self._lock = threading.Lock()

    def remember(self, response_id: str, conversation_id: str) -> None:
        with self._lock:
            self._items[response_id] = (conversation_id, time.monotonic() + self._ttl)
            self._items.move_to_end(response_id)
            while len(self._items) > self._max:
                self._items.popitem(last=False)

    def lookup(self, response_id: str) -> str | None:
        with self._lock:
            found = self._items.get(response_id)
            if found is None or found[1] < time.monotonic():
                return None
            return found[0]


def conversation_id(*, header: str | None, hints: ConversationHints, subject: str | None,
                    key: bytes, previous: str | None = None) -> str:
    """``previous``: the conversation the index knows for ``hints.previous_response_id``."""
    if header is not None:
        if not _VALID.match(header):
            raise BadRequest(400, "invalid_conversation_id",
                             "Conversation-Id must be 1-128 characters of A-Z a-z 0-9 . _ : -")
        return header
    if hints.previous_response_id is not None:
        if previous is not None:
            return previous
        seed = "response\x00" + hints.previous_response_id
    else:
        seed = "first\x00" + (hints.first_user_text or "")
    mac = hmac.new(key, f"{subject or ''}\x00{seed}".encode(), hashlib.sha256)
    return "conv-" + mac.hexdigest()[:32]
