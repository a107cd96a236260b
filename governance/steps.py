"""The pipeline's pluggable steps, as Protocols, with the no-op versions used when a step
is switched off for a route or not configured.

Order (DESIGN.md): identity -> consent -> handoff -> redaction -> audit (opened) -> the app
-> answer rewriting (restore, checks, disclosure) -> audit (closed).
Every step may raise ``StepError`` to refuse the exchange (fail closed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from governance.exchange import Exchange
from governance.formats.base import TextSlot


@dataclass(frozen=True, slots=True)
class Refusal:
    """An early answer instead of the model's: an HTTP error (JSON) with its decision reason."""

    status: int
    reason: str
    body: dict[str, Any]
    headers: Sequence[tuple[str, str]] = ()


@dataclass(frozen=True, slots=True)
class Handoff:
    """The message goes to a person: ``text`` is the answer the user gets in the chat format."""

    category: str
    text: str


class ConsentGate(Protocol):
    async def check(self, exchange: Exchange) -> Refusal | None: ...


class HandoffRouter(Protocol):
    async def route(self, exchange: Exchange) -> Handoff | None: ...


class AnswerRewriter(Protocol):
    """Rewrites the answer's texts for one response: whole texts, or deltas per channel.

    ``kind`` is the slot's kind (``message``, ``tool_arguments``...): tool arguments are JSON
    text, where restored values must be escaped. A rewriter with a ``limiter`` attribute (an
    ``anyio.CapacityLimiter``) does CPU-heavy work: the responder runs it in a worker thread
    under that limiter, never on the event loop.
    """

    def text(self, text: str, kind: str = "message") -> str: ...
    def feed(self, channel: str, chunk: str, kind: str = "message") -> str: ...
    def finish(self, channel: str) -> str: ...


class Redactor(Protocol):
    async def redact(self, exchange: Exchange, slots: Sequence[TextSlot]) -> list[str]:
        """The replacement texts, one per slot, in order (pseudonymised)."""
        ...

    def answer(self, exchange: Exchange) -> AnswerRewriter: ...


class AuditTrail(Protocol):
    async def opened(self, exchange: Exchange) -> None: ...
    async def closed(self, exchange: Exchange, outcome: dict[str, Any]) -> None: ...


class Discloser(Protocol):
    def headers(self, exchange: Exchange) -> list[tuple[str, str]]: ...
    def body_field(self, exchange: Exchange) -> dict[str, Any] | None: ...
    def preamble(self, exchange: Exchange) -> str | None:
        """Text shown before the model's answer (first-turn notice, warnings), or None."""
        ...


class AnswerCheck(Protocol):
    def rewriter(self, exchange: Exchange) -> AnswerRewriter | None: ...


class Identity(AnswerRewriter):
    """The rewriter that changes nothing."""

    def text(self, text: str, kind: str = "message") -> str:
        return text

    def feed(self, channel: str, chunk: str, kind: str = "message") -> str:
        return chunk

    def finish(self, channel: str) -> str:
        return ""


@dataclass(frozen=True, slots=True)
class Chain(AnswerRewriter):
    """Rewriters applied in order; what one holds back the next sees only when released."""

    parts: tuple[AnswerRewriter, ...]

    def text(self, text: str, kind: str = "message") -> str:
        for part in self.parts:
            text = part.text(text, kind)
        return text

    def feed(self, channel: str, chunk: str, kind: str = "message") -> str:
        for part in self.parts:
            chunk = part.feed(channel, chunk, kind)
        return chunk

    def finish(self, channel: str) -> str:
        out = ""
        for part in self.parts:
            out = part.feed(channel, out) + part.finish(channel) if out else part.finish(channel)
        return out


class NoConsent:
    async def check(self, exchange: Exchange) -> Refusal | None:
        return None


class NoHandoff:
    async def route(self, exchange: Exchange) -> Handoff | None:
        return None


class NoRedaction:
    async def redact(self, exchange: Exchange, slots: Sequence[TextSlot]) -> list[str]:
        return [slot.text for slot in slots]

    def answer(self, exchange: Exchange) -> AnswerRewriter:
        return Identity()


class NoAudit:
    async def opened(self, exchange: Exchange) -> None:
        return None

    async def closed(self, exchange: Exchange, outcome: dict[str, Any]) -> None:
        return None


class NoDisclosure:
    def headers(self, exchange: Exchange) -> list[tuple[str, str]]:
        return []

    def body_field(self, exchange: Exchange) -> dict[str, Any] | None:
        return None

    def preamble(self, exchange: Exchange) -> str | None:
        return None


@dataclass(frozen=True, slots=True)
class Steps:
    """The step implementations a middleware runs; each defaults to doing nothing."""

    consent: ConsentGate = field(default_factory=NoConsent)
    handoff: HandoffRouter = field(default_factory=NoHandoff)
    redaction: Redactor = field(default_factory=NoRedaction)
    audit: AuditTrail = field(default_factory=NoAudit)
    disclosure: Discloser = field(default_factory=NoDisclosure)
    checks: tuple[AnswerCheck, ...] = ()
