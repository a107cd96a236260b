"""The oversight steps wired into the pipeline: kill switch and human handoff before the
model, disclosure on every answer, the decision guard on the answer's text.

The logic lives in ``governance.oversight`` (pure, no ASGI); these adapters give it the
pipeline's shape. A handoff or kill-switch answer is written by the layer, not by a model, so
its ``AI-Disclosure`` mode is ``none``.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from typing import Any

import anyio
import structlog

from governance.errors import StepError
from governance.exchange import Exchange
from governance.oversight import (
    AnswerGuardSettings,
    DecisionGuard,
    DisclosureSettings,
    HandoffClassifier,
    HandoffSettings,
    HandoffWebhook,
    KillSwitch,
    KillSwitchSettings,
    ai_disclosure_header,
    ai_disclosure_object,
    first_turn_notice,
    handoff_reply,
    killswitch_reply,
    link_header,
    special_category_warning,
)
from governance.oversight import apply as apply_guard
from governance.steps import Handoff

log = structlog.get_logger("governance.oversight")
DISCLOSURE_SHOWN = "disclosure.version"
GUARD_FINDINGS = "guard.findings"
_SENTENCE_END = re.compile(r"[.!?\n]")


def _human(exchange: Exchange) -> bool:
    """A handoff or kill-switch answer is the layer's text, not a model's."""
    return exchange.decision.kind == "handoff"


class OversightHandoff:
    """Kill switch first (R14), then the topic classifier (R11); the model is not called."""

    def __init__(self, classifier: HandoffClassifier, settings: HandoffSettings, *,
                 killswitch: KillSwitch | None, killswitch_settings: KillSwitchSettings,
                 webhook: HandoffWebhook | None) -> None:
        self._classifier = classifier
        self._settings = settings
        self._killswitch = killswitch
        self._killswitch_settings = killswitch_settings
        self._webhook = webhook

    async def route(self, exchange: Exchange) -> Handoff | None:
        lang = exchange.message_language()
        if self._killswitch is not None:
            try:
                stopped = await anyio.to_thread.run_sync(self._killswitch.is_on,
                                                         exchange.route.path)
            except Exception as exc:
                log.error("killswitch_unreadable", error_type=type(exc).__name__)
                raise StepError("the kill switch state cannot be read; nothing was forwarded",
                                status=503, reason="killswitch-unavailable") from None
            if stopped:
                return Handoff("killswitch", killswitch_reply(self._killswitch_settings, lang))
        text = exchange.latest_user_text
        if not text:
            return None
        match = self._classifier.classify(text, lang)
        if match is None:
            return None
        if self._webhook is not None:
            self._webhook.schedule(match, lang, exchange.id,
                                   text if self._webhook.include_text else None)
        log.info("handoff", category=match.category, rule=match.rule)
        return Handoff(match.category, handoff_reply(self._settings, match, lang,
                                                     ticket=self._webhook is not None))


class OversightDisclosure:
    """``AI-Disclosure`` + ``Link`` on every answer, ``ai_disclosure`` in JSON bodies, and the
    first-turn notice (R7, R8) or the special-category warning (R6) before the answer."""

    def __init__(self, settings: DisclosureSettings) -> None:
        self._settings = settings

    def headers(self, exchange: Exchange) -> list[tuple[str, str]]:
        mode = "none" if _human(exchange) else None
        return [("ai-disclosure", ai_disclosure_header(self._settings, mode=mode,  # type: ignore[arg-type]
                                                       date=int(time.time()))),
                ("link", link_header(self._settings))]

    def body_field(self, exchange: Exchange) -> dict[str, Any] | None:
        if not self._settings.body_field.enabled(exchange.format.name):
            return None
        body = ai_disclosure_object(self._settings, exchange.message_language())
        if _human(exchange):
            body["mode"] = "none"
        return body

    def preamble(self, exchange: Exchange) -> str | None:
        if _human(exchange):
            return None
        lang = exchange.message_language()
        parts = []
        if exchange.first_turn:
            parts.append(first_turn_notice(self._settings, lang))
            exchange.notes[DISCLOSURE_SHOWN] = self._settings.notice_version
        if exchange.special_categories:
            parts.append(special_category_warning(lang))
        return "\n\n".join(parts) or None


class OversightGuard:
    """The decision guard (R12) on every answer text, sentence by sentence in streams."""

    def __init__(self, guard: DecisionGuard, settings: AnswerGuardSettings) -> None:
        self._guard = guard
        self._settings = settings

    def rewriter(self, exchange: Exchange) -> GuardRewriter:
        findings: Counter[str] = exchange.notes.setdefault(GUARD_FINDINGS, Counter())
        return GuardRewriter(self._guard, self._settings, exchange.message_language(), findings)


class GuardRewriter:
    def __init__(self, guard: DecisionGuard, settings: AnswerGuardSettings, lang: str,
                 findings: Counter[str]) -> None:
        self._guard = guard
        self._settings = settings
        self._lang = lang
        self._findings = findings
        self._pending: dict[str, str] = {}
        self._replaced: set[str] = set()

    def text(self, text: str, kind: str = "message") -> str:
        if kind != "message":
            return text
        finding = self._guard.check(text, self._lang)
        if finding is None:
            return text
        self._findings[finding.kind] += 1
        log.info("decision_guard", kind=finding.kind, rule=finding.rule)
        return apply_guard(text, finding, self._settings, self._lang)

    def feed(self, channel: str, chunk: str, kind: str = "message") -> str:
        if kind != "message" or channel in self._replaced:
            return "" if channel in self._replaced else chunk
        pending = self._pending.get(channel, "") + chunk
        cut = max((m.end() for m in _SENTENCE_END.finditer(pending)), default=0)
        self._pending[channel] = pending[cut:]
        return self._check(channel, pending[:cut]) if cut else ""

    def finish(self, channel: str) -> str:
        if channel in self._replaced:
            self._replaced.discard(channel)
            return ""
        return self._check(channel, self._pending.pop(channel, ""))

    def _check(self, channel: str, sentences: str) -> str:
        if not sentences:
            return ""
        checked = self.text(sentences)
        if checked != sentences and self._settings.action == "replace":
            self._replaced.add(channel)  # the rest of this answer is not shown either
        return checked
