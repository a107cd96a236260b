"""Plain values the service returns and the hook receives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from consent.purposes import Language, LegalBasis

EventKind = Literal["grant", "refuse", "withdraw", "expire", "object"]
StateName = Literal["granted", "refused", "withdrawn", "expired", "objected", "none",
                    "not-applicable"]
DecisionKind = Literal["grant", "refuse"]
RequestKind = Literal["access", "erasure", "portability", "rectification", "restriction",
                      "objection"]
RequestStatus = Literal["open", "closed"]
EVENT_KINDS: tuple[EventKind, ...] = ("grant", "refuse", "withdraw", "expire", "object")
REQUEST_KINDS: tuple[RequestKind, ...] = (
    "access", "erasure", "portability", "rectification", "restriction", "objection",
)
RECEIPTED: frozenset[str] = frozenset({"grant", "refuse", "withdraw"})


@dataclass(frozen=True, slots=True)
class Decision:
    """One explicit choice on one purpose, on the notice version the subject was shown."""

    purpose: str
    decision: DecisionKind
    notice_version: str


@dataclass(frozen=True, slots=True)
class NoticeView:
    version: str
    language: Language
    text: str


@dataclass(frozen=True, slots=True)
class PurposeState:
    """Where a subject stands on one purpose, derived from its last ledger event.

    ``current`` is false when the last decision was made on an older notice version;
    ``permitted`` says whether processing for the purpose may go ahead now.
    """

    purpose: str
    name: str
    legal_basis: LegalBasis
    required: bool
    state: StateName
    current: bool
    permitted: bool
    notice: NoticeView
    decided_version: str | None = None
    event_id: str | None = None
    decided_at: datetime | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.purpose,
            "name": self.name,
            "legal_basis": self.legal_basis,
            "required": self.required,
            "state": self.state,
            "current": self.current,
            "notice": {"version": self.notice.version, "language": self.notice.language,
                       "text": self.notice.text},
        }


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """What the ``on_event`` hook receives for a ledger event: enumerated fields, no subject."""

    event_id: str
    event: EventKind
    purpose: str
    legal_basis: LegalBasis
    notice_version: str
    language: str
    collection_method: str
    at: datetime


@dataclass(frozen=True, slots=True)
class RequestEvent:
    """What the ``on_event`` hook receives when a subject request opens or closes."""

    request_id: str
    kind: RequestKind
    status: RequestStatus
    at: datetime


@dataclass(frozen=True, slots=True)
class IssuedReceipt:
    """A receipt as returned to the caller: its id and the signed JSON document."""

    receipt_id: str
    purpose: str
    event: EventKind
    document: str


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One ledger row as exported (the documented CSV columns, in order)."""

    seq: int
    event_id: str
    event_time: str
    subject: str
    purpose: str
    event: str
    notice_version: str
    language: str
    collection_method: str
    receipt_id: str


@dataclass(frozen=True, slots=True)
class SubjectRequest:
    request_id: str
    subject: str
    kind: RequestKind
    purpose: str | None
    status: RequestStatus
    received_at: datetime
    due_at: datetime
    closed_at: datetime | None

    def overdue(self, now: datetime) -> bool:
        return self.status == "open" and now > self.due_at

    def as_json(self, now: datetime) -> dict[str, object]:
        return {
            "id": self.request_id, "kind": self.kind, "purpose": self.purpose,
            "status": self.status, "received_at": _iso(self.received_at),
            "due_at": _iso(self.due_at),
            "closed_at": _iso(self.closed_at) if self.closed_at else None,
            "overdue": self.overdue(now),
        }


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
