"""The redaction step: Presidio pseudonymisation of the request, restoration of the answer.

All analysis runs in worker threads under ONE capacity limiter per process (spaCy's string
store must not be shared by concurrent threads, and two analysis threads are slower than one
here); scale with worker processes. Tool arguments are JSON: their string values are
pseudonymised one by one and restored values are JSON-escaped, so the JSON stays valid.
An analyzer or vault failure, or an analysis slower than the timeout, refuses the request
(503): nothing unredacted is forwarded.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any, Literal

import anyio
import structlog

from governance.errors import StepError
from governance.exchange import Exchange
from governance.formats.base import TextSlot
from redaction.errors import RedactionError
from redaction.language import detect_language
from redaction.pseudonymise import Analyzer, Pseudonymiser
from redaction.restore import Restorer, check_answer, json_string_escape
from redaction.stream import AnswerStream, StreamRestorer
from redaction.vault import Vault

log = structlog.get_logger("governance.redaction")
MAPPING = "redaction.mapping"
ANSWER_FOUND = "redaction.answer_found"


def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)


def _replace_leaves(value: Any, replacements: Iterator[str]) -> Any:
    if isinstance(value, str):
        return next(replacements)
    if isinstance(value, dict):
        return {k: _replace_leaves(v, replacements) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_leaves(v, replacements) for v in value]
    return value


class PresidioRedaction:
    def __init__(self, pseudonymiser: Pseudonymiser, vault: Vault, analyzer: Analyzer, *,
                 answer_pii: Literal["mask", "keep"] = "mask", timeout: float = 10.0) -> None:
        self._pseudonymiser = pseudonymiser
        self._vault = vault
        self._analyzer = analyzer
        self._answer_pii: Literal["mask", "keep"] = answer_pii
        self._timeout = timeout
        self._limiter: anyio.CapacityLimiter | None = None

    @property
    def limiter(self) -> anyio.CapacityLimiter:
        if self._limiter is None:  # created in the event loop, on first use
            self._limiter = anyio.CapacityLimiter(1)
        return self._limiter

    async def redact(self, exchange: Exchange, slots: Sequence[TextSlot]) -> list[str]:
        try:
            with anyio.fail_after(self._timeout):
                return await anyio.to_thread.run_sync(self._redact, exchange, slots,
                                                      limiter=self.limiter,
                                                      abandon_on_cancel=True)
        except TimeoutError:
            log.error("redaction_timeout", timeout_s=self._timeout)
            raise StepError("personal-data analysis timed out; nothing was forwarded",
                            status=503, reason="redaction-timeout") from None
        except RedactionError as exc:
            log.error("redaction_failed", error_type=type(exc).__name__)
            raise StepError("personal-data analysis failed; nothing was forwarded",
                            status=503, reason="redaction-unavailable") from None

    def _redact(self, exchange: Exchange, slots: Sequence[TextSlot]) -> list[str]:
        language = exchange.message_language()
        # One item per text to analyse; JSON tool arguments contribute each string value.
        items: list[tuple[str, str]] = []
        shapes: list[tuple[str, Any, int]] = []  # ("text" | "json", parsed, number of items)
        for slot in slots:
            parsed = _json_or_none(slot.text) if slot.kind == "tool_arguments" else None
            texts = list(_leaves(parsed)) if parsed is not None else [slot.text]
            shapes.append(("json" if parsed is not None else "text", parsed, len(texts)))
            items += [(t, self._language_of(t, slot, exchange, language)) for t in texts]
        result = self._pseudonymiser.pseudonymise(exchange.conversation_id,
                                                  exchange.subject_pseudonym or "anonymous",
                                                  items)
        exchange.entities.update(result.counts)
        exchange.special_categories.update(result.special_categories)
        exchange.notes[MAPPING] = self._vault.mapping(exchange.conversation_id)
        out: list[str] = []
        rewritten = iter(result.texts)
        for kind, parsed, count in shapes:
            if kind == "json":
                values = iter([next(rewritten) for _ in range(count)])
                out.append(json.dumps(_replace_leaves(parsed, values), ensure_ascii=False))
            else:
                out.append(next(rewritten))
        return out

    def _language_of(self, text: str, slot: TextSlot, exchange: Exchange, latest: str) -> str:
        if slot.kind != "message" or len(text) < 20:
            return latest
        return detect_language(text, fallback=exchange.language)  # type: ignore[arg-type]

    def answer(self, exchange: Exchange) -> AnswerRestorer | RestoreOnly:
        mapping = exchange.notes.get(MAPPING, {})
        language = exchange.message_language()
        found: Counter[str] = exchange.notes.setdefault(ANSWER_FOUND, Counter())
        if self._answer_pii == "keep":
            return RestoreOnly(mapping)
        return AnswerRestorer(mapping, self._analyzer, self._pseudonymiser, language,
                              self._answer_pii, found, self.limiter)


class RestoreOnly:
    """Placeholders restored, nothing analysed (``answer_pii = "keep"``): no thread hop."""

    def __init__(self, mapping: dict[str, str]) -> None:
        self._restorer = Restorer(mapping)
        self._json_restorer = Restorer(mapping, escape=json_string_escape)
        self._streams: dict[str, StreamRestorer] = {}

    def text(self, text: str, kind: str = "message") -> str:
        restorer = self._json_restorer if kind == "tool_arguments" else self._restorer
        return restorer.restore(text)

    def feed(self, channel: str, chunk: str, kind: str = "message") -> str:
        stream = self._streams.get(channel)
        if stream is None:
            stream = self._streams[channel] = StreamRestorer(
                self._json_restorer if kind == "tool_arguments" else self._restorer)
        return stream.feed(chunk)

    def finish(self, channel: str) -> str:
        stream = self._streams.pop(channel, None)
        return stream.finish() if stream is not None else ""


class AnswerRestorer:
    """Restores placeholders in one answer and checks it for data the model produced."""

    def __init__(self, mapping: dict[str, str], analyzer: Analyzer, pseudonymiser: Pseudonymiser,
                 language: str, policy: Literal["mask", "keep"], found: Counter[str],
                 limiter: anyio.CapacityLimiter) -> None:
        self._restorer = Restorer(mapping)
        self._json_restorer = Restorer(mapping, escape=json_string_escape)
        self._analyzer = analyzer
        self._pseudonymiser = pseudonymiser
        self._language = language
        self._policy = policy
        self._found = found
        self._streams: dict[str, AnswerStream | StreamRestorer] = {}
        self._emitted: dict[str, list[str]] = {}
        self.limiter = limiter

    def text(self, text: str, kind: str = "message") -> str:
        if kind == "tool_arguments":
            return self._json_restorer.restore(text)
        checked = check_answer(self._restorer.restore_regions(text), self._analyzer,
                               self._language, policy=self._policy)
        self._found.update(checked.found)
        self._pseudonymiser.remember(checked.text, self._language, checked.spans)
        return checked.text

    def feed(self, channel: str, chunk: str, kind: str = "message") -> str:
        stream = self._streams.get(channel)
        if stream is None:
            stream = self._streams[channel] = (
                StreamRestorer(self._json_restorer) if kind == "tool_arguments" else
                AnswerStream(self._restorer, self._analyzer, self._language,
                             policy=self._policy))
        out = stream.feed(chunk)
        self._emitted.setdefault(channel, []).append(out)
        return out

    def finish(self, channel: str) -> str:
        stream = self._streams.pop(channel, None)
        if stream is None:
            return ""
        out = stream.finish()
        emitted = "".join(self._emitted.pop(channel, [])) + out
        if isinstance(stream, AnswerStream):
            self._found.update(stream.counts())
            self._pseudonymiser.remember(emitted, self._language, stream.spans)
        return out


def _json_or_none(text: str) -> Any:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict | list) else None
