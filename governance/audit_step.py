"""The audit step: an opening entry committed before the exchange is forwarded (503 if it
cannot be written: fail closed) and a closing entry linked to it before the answer completes.

Entries carry pseudonyms, versions, entity types and counts only. Appends run in worker
threads; the log groups concurrent appends into one transaction.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import anyio
import structlog

from audit import AuditLog, ExchangeClosed, ExchangeOpened
from governance.consent_step import NOTICES, RECEIPTS
from governance.errors import StepError
from governance.exchange import Exchange
from governance.oversight_steps import DISCLOSURE_SHOWN, GUARD_FINDINGS
from governance.redaction_step import ANSWER_FOUND

log = structlog.get_logger("governance.audit")


class LogAudit:
    def __init__(self, audit_log: AuditLog, *, policy_version: str) -> None:
        self.log = audit_log
        self._policy_version = policy_version

    async def opened(self, exchange: Exchange) -> None:
        decision = exchange.decision
        notices = exchange.notes.get(NOTICES, [])
        entry = ExchangeOpened(
            exchange_id=exchange.id,
            route=exchange.route.path,
            subject=exchange.subject_pseudonym,
            purposes=tuple(exchange.route.purposes),
            consent_receipts=tuple(exchange.notes.get(RECEIPTS, ())),
            notice_version=notices[0] if notices else None,
            disclosure_version=exchange.notes.get(DISCLOSURE_SHOWN),
            redactions=dict(exchange.entities),
            handoff=decision.params.get("category") if decision.kind == "handoff" else None,
            policy_version=self._policy_version,
            decision="handoff" if decision.kind == "handoff" else (
                "refused" if decision.kind == "refused" else "forwarded"),
            reason=decision.params.get("reason"),
        )
        await self._append(entry)

    async def closed(self, exchange: Exchange, outcome: dict[str, Any]) -> None:
        checks: Counter[str] = Counter()
        checks.update({f"pii.{k}": v for k, v in exchange.notes.get(ANSWER_FOUND, {}).items()})
        checks.update({f"decision.{k}": v
                       for k, v in exchange.notes.get(GUARD_FINDINGS, {}).items()})
        status = outcome.get("status")
        entry = ExchangeClosed(exchange_id=exchange.id,
                               upstream_status=int(status) if status is not None else None,
                               latency_ms=int(outcome.get("latency_ms", 0)),
                               answer_check=dict(checks))
        await self._append(entry)

    async def _append(self, entry: Any) -> None:
        try:
            await anyio.to_thread.run_sync(self.log.append, entry)
        except Exception as exc:
            log.error("audit_append_failed", error_type=type(exc).__name__)
            raise StepError("the audit log cannot be written; the exchange was not forwarded",
                            status=503, reason="audit-unavailable") from None


_CONSENT_ACTIONS = {"grant": "given", "withdraw": "withdrawn", "refuse": "refused",
                    "expire": "expired"}
_RIGHTS = {"portability": "export"}


def consent_hook(audit_log: AuditLog) -> Any:
    """Forwards consent-ledger and subject-request events to the audit log.

    The hook carries no subject; the entry links to the ledger by the receipt or request id
    (the ledger holds the pseudonym), so erasing a subject never touches the hashed log.
    """
    from audit import ConsentEvent as AuditConsent
    from audit import DsrAction
    from consent import ConsentEvent, RequestEvent

    def forward(event: Any) -> None:
        if isinstance(event, ConsentEvent):
            audit_log.append(AuditConsent(
                subject="ledger", action=_CONSENT_ACTIONS[event.event],  # type: ignore[arg-type]
                purposes=(event.purpose,), receipt_id=event.event_id,
                notice_version=event.notice_version))
        elif isinstance(event, RequestEvent):
            audit_log.append(DsrAction(
                subject="ledger", request_id=event.request_id,
                right=_RIGHTS.get(event.kind, event.kind),  # type: ignore[arg-type]
                step="received" if event.status == "open" else "completed"))

    return forward


class CheckpointLoop:
    """Signs checkpoints in a background thread (every N entries or T seconds)."""

    def __init__(self, checkpointer: Any, *, interval: float = 5.0) -> None:
        import threading

        self._checkpointer = checkpointer
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="audit-checkpoints", daemon=True)

    def start(self) -> CheckpointLoop:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self._checkpointer.maybe_checkpoint()
            except Exception as exc:
                log.error("checkpoint_failed", error_type=type(exc).__name__)

    def dispose(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def killswitch_hook(audit_log: AuditLog) -> Any:
    """Every kill-switch flip becomes a signed audit entry (R14)."""
    from audit import KillSwitchFlip

    def forward(event: Any) -> None:
        audit_log.append(KillSwitchFlip(scope=event.scope, on=event.on, actor=event.actor))

    return forward


def console_hook(audit_log: AuditLog) -> Any:
    """Console logins, views of personal data, exports and admin actions become audit
    entries; ``scope`` holds the enumerated detail (view name, role), never a subject id."""
    from audit import ConsoleEvent

    def forward(kind: str, fields: dict[str, Any]) -> None:
        scope = fields.get("view") or fields.get("scope") or fields.get("role")
        audit_log.append(ConsoleEvent(actor=str(fields.get("actor") or "anonymous"),
                                      action=kind,  # type: ignore[arg-type]
                                      scope=str(scope) if scope else None))

    return forward
