"""The consent step: the purposes a route serves are checked before the AI is called.

The ledger is read on every request (no cache), so a withdrawal takes effect on the very next
request on every instance sharing the database. A lookup failure refuses the request (503).
"""

from __future__ import annotations

from typing import Any

import anyio
import structlog

from consent import ConsentService
from governance.errors import StepError
from governance.exchange import Exchange
from governance.steps import Refusal

log = structlog.get_logger("governance.consent")
RECEIPTS = "consent.receipts"
WITHHELD = "consent.withheld"
NOTICES = "consent.notices"


class LedgerConsent:
    def __init__(self, service: ConsentService) -> None:
        self.service = service

    async def check(self, exchange: Exchange) -> Refusal | None:
        purposes = exchange.route.purposes
        if not purposes:
            return None
        if exchange.subject_pseudonym is None:
            return Refusal(403, "consent-required", exchange.format.error(
                403, "consent_required", "consent can only be checked for an identified user"))
        language = exchange.accept_language or exchange.language
        try:
            result = await anyio.to_thread.run_sync(
                self.service.check, exchange.subject_pseudonym, list(purposes), language)
        except Exception as exc:
            log.error("consent_lookup_failed", error_type=type(exc).__name__)
            raise StepError("the consent records cannot be read; nothing was forwarded",
                            status=503, reason="consent-unavailable") from None
        exchange.notes[RECEIPTS] = list(result.receipt_ids)
        exchange.notes[WITHHELD] = list(result.withheld)
        exchange.notes[NOTICES] = [s.notice.version for s in result.states]
        if result.allowed:
            return None
        body: dict[str, Any] = result.refusal_body()
        error = body.pop("error")
        refusal = exchange.format.error(403, error["type"], error["message"])
        refusal.update(body)
        return Refusal(403, "consent-required", refusal)
