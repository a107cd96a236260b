"""A bounded in-memory cache of analysis results, so history resent every turn is analysed once.

Chat clients resend the whole conversation at each turn; without a cache turn 20 would cost
twenty times turn 1. The key is a keyed HMAC of the language and the message text (never the
text, never an unkeyed hash that could confirm a guessed message); the value is the spans'
offsets, types and scores (never the text they cover). Least recently used entries are evicted.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence

from redaction.spans import PiiSpan


class SpanCache:
    """LRU map ``HMAC(language, text) -> spans``, safe to call from several threads."""

    __slots__ = ("_entries", "_key", "_lock", "hits", "max_entries", "misses")

    def __init__(self, *, max_entries: int = 4096, key: bytes | None = None) -> None:
        if max_entries < 1:
            raise ValueError(f"max_entries must be at least 1, got {max_entries}")
        self.max_entries = max_entries
        # A per-process random key is enough: the cache lives and dies with the process.
        self._key = key if key is not None else os.urandom(32)
        self._entries: OrderedDict[bytes, tuple[PiiSpan, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def key_for(self, text: str, language: str) -> bytes:
        message = language.encode() + b"\x00" + text.encode("utf-8", "surrogatepass")
        return hmac.new(self._key, message, hashlib.sha256).digest()

    def get(self, text: str, language: str) -> tuple[PiiSpan, ...] | None:
        key = self.key_for(text, language)
        with self._lock:
            spans = self._entries.get(key)
            if spans is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return spans

    def put(self, text: str, language: str, spans: Sequence[PiiSpan]) -> None:
        key = self.key_for(text, language)
        with self._lock:
            self._entries[key] = tuple(spans)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        """Forget everything (e.g. after an erasure request, to be thorough)."""
        with self._lock:
            self._entries.clear()
