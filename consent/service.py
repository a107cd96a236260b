"""``ConsentService``: the ledger's one entry point for the middleware, the HTTP API and the CLI.

Synchronous and thread-safe: it holds only immutable configuration and an engine, opens a
connection per call and caches nothing, so every call sees every instance's latest events.
The caller passes subject *pseudonyms*; raw subject ids never reach this package.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine

from consent import ledger, subject_requests
from consent.check import ConsentCheck
from consent.errors import InvalidDecision, NotFound, StaleNotice, UnknownPurpose
from consent.language import negotiate_language
from consent.purposes import (
    LEGITIMATE_INTEREST,
    PURPOSE_ID,
    ConsentSettings,
    Language,
    PurposeSpec,
    check_unique,
    notice_version,
)
from consent.receipts import build_receipt
from consent.ropa import build_ropa
from consent.signing import public_pem, sign
from consent.tables import create_schema
from consent.values import (
    ConsentEvent,
    Decision,
    EventKind,
    EventRecord,
    IssuedReceipt,
    NoticeView,
    PurposeState,
    RequestEvent,
    RequestKind,
    SubjectRequest,
)

EventHook = Callable[[ConsentEvent | RequestEvent], None]


def utcnow() -> datetime:
    return datetime.now(UTC)


class ConsentService:
    """Purposes, notices, the consent ledger, receipts, exports and subject requests."""

    def __init__(self, engine: Engine, purposes: Sequence[PurposeSpec],
                 settings: ConsentSettings, signing_key: Ed25519PrivateKey, *,
                 clock: Callable[[], datetime] = utcnow, api_prefix: str = "/governance",
                 on_event: EventHook | None = None) -> None:
        self.engine = engine
        self.purposes = {p.id: p for p in check_unique(tuple(purposes))}
        self.settings = settings
        self.versions = {p.id: notice_version(p) for p in purposes}
        self.api_prefix = api_prefix.rstrip("/")
        self._key = signing_key
        self._clock = clock
        self._on_event = on_event

    def create_schema(self) -> None:
        create_schema(self.engine)

    def now(self) -> datetime:
        return self._clock().astimezone(UTC)

    def language(self, value: str | None) -> Language:
        """``en``/``fr`` or an ``Accept-Language`` header, to a supported language."""
        return negotiate_language(value, self.settings.default_language)

    def notice(self, purpose: str, language: str | None) -> NoticeView:
        spec = self._purpose(purpose)
        lang = self.language(language)
        return NoticeView(self.versions[spec.id], lang, spec.notice.text(lang))

    # -- reading state -------------------------------------------------------------------
    def state(self, subject: str, language: str | None = None,
              purposes: Sequence[str] | None = None) -> tuple[PurposeState, ...]:
        """The subject's state for ``purposes`` (default: every declared purpose)."""
        ids = list(self.purposes) if purposes is None else list(dict.fromkeys(purposes))
        for purpose in ids:
            self._purpose(purpose)
        with self.engine.connect() as conn:
            last = ledger.last_events(conn, subject, ids)
        now = self.now()
        return tuple(ledger.derive(self.purposes[p], self.versions[p],
                                   self.notice(p, language), last.get(p), now) for p in ids)

    def check(self, subject: str, purposes: Sequence[str], language: str | None = None
              ) -> ConsentCheck:
        """May a request serving ``purposes`` go ahead for ``subject``? Reads the ledger now."""
        states = self.state(subject, language, purposes)
        allowed = all(s.permitted for s in states if s.required)
        return ConsentCheck(allowed=allowed, language=self.language(language), states=states,
                            api_prefix=self.api_prefix)

    # -- writing events ------------------------------------------------------------------
    def decide(self, subject: str, decisions: Sequence[Decision], language: str | None = None,
               *, collection_method: str | None = None) -> tuple[IssuedReceipt, ...]:
        """Record explicit grants and refusals, all or nothing, and return their receipts."""
        if not decisions:
            raise InvalidDecision("no decisions given")
        seen: set[str] = set()
        for decision in decisions:
            spec = self._consent_purpose(decision.purpose)
            if decision.purpose in seen:
                raise InvalidDecision(f"purpose {decision.purpose!r} appears twice")
            seen.add(decision.purpose)
            if decision.decision not in ("grant", "refuse"):
                raise InvalidDecision("decision must be 'grant' or 'refuse'")
            if decision.notice_version != self.versions[spec.id]:
                raise StaleNotice(f"the notice of purpose {spec.id!r} has changed: decide on "
                                  f"version {self.versions[spec.id]}")
        planned: list[tuple[str, EventKind, str]] = [
            (d.purpose, d.decision, d.notice_version) for d in decisions
        ]
        return self._record(subject, planned, self.language(language), collection_method)

    def withdraw(self, subject: str, purposes: Sequence[str] | None = None,
                 language: str | None = None, *, collection_method: str | None = None
                 ) -> tuple[IssuedReceipt, ...]:
        """Withdraw consent for ``purposes`` (default: all) where it is currently given."""
        if purposes is None:
            ids = [p for p, spec in self.purposes.items() if spec.consent_based]
        else:
            ids = list(dict.fromkeys(purposes))
            for purpose in ids:
                self._consent_purpose(purpose)
        return self._record(subject, [(p, "withdraw", "") for p in ids],
                            self.language(language), collection_method)

    def _record(self, subject: str, planned: list[tuple[str, EventKind, str]],
                language: Language, method: str | None) -> tuple[IssuedReceipt, ...]:
        method = method or self.settings.collection_method
        now = self.now()
        events: list[dict[str, Any]] = []
        receipts: list[dict[str, Any]] = []
        issued: list[IssuedReceipt] = []
        withdrawn = [p for p, kind, _ in planned if kind == "withdraw"]
        # Read before the write transaction: its first statement is then an INSERT, which on
        # SQLite takes the write lock (waiting on busy_timeout) instead of failing to upgrade
        # a read snapshot. A grant landing in between simply orders before the withdrawal.
        with self.engine.connect() as conn:
            last = ledger.last_events(conn, subject, withdrawn)
        for purpose, kind, version in planned:
            if kind == "withdraw":
                previous = last.get(purpose)
                if previous is None or previous.event != "grant":
                    continue  # nothing given, nothing to withdraw
                version = previous.notice_version
            event = ledger.new_event(subject=subject, purpose=purpose, event=kind,
                                     notice_version=version, language=language,
                                     collection_method=method, at=now)
            events.append(event)
            event_id = event["event_id"]
            receipt = build_receipt(
                receipt_id=event_id, event=kind, at=now, subject=subject,
                purpose=self.purposes[purpose], notice_version=version, language=language,
                collection_method=method, settings=self.settings,
                withdraw_url=f"{self.api_prefix}/consent/withdraw")
            document = sign("receipt", receipt, self._key)
            receipts.append({"receipt_id": event_id, "subject": subject,
                             "document": document})
            issued.append(IssuedReceipt(event_id, purpose, kind, document))
        if events:
            with self.engine.begin() as conn:
                ledger.append(conn, events, receipts)
        self._emit_events(events)
        return tuple(issued)

    def expire_due(self) -> int:
        """Append an ``expire`` event for every grant older than its purpose's validity."""
        now = self.now()
        count = 0
        for spec in self.purposes.values():
            if not spec.validity:
                continue
            with self.engine.connect() as conn:  # read first, then write (see _record)
                due = ledger.expired_grants(conn, spec, now)
            events = [ledger.new_event(
                subject=row.subject, purpose=spec.id, event="expire",
                notice_version=row.notice_version, language=row.language,
                collection_method="system:validity-expired", at=now) for row in due]
            with self.engine.begin() as conn:
                ledger.append(conn, events, [])
            count += len(events)
            self._emit_events(events)
        return count

    def _emit_events(self, events: list[dict[str, Any]]) -> None:
        if self._on_event is None:
            return
        for event in events:
            self._on_event(ConsentEvent(
                event_id=event["event_id"], event=event["event"], purpose=event["purpose"],
                legal_basis=self.purposes[event["purpose"]].legal_basis,
                notice_version=event["notice_version"], language=event["language"],
                collection_method=event["collection_method"], at=event["created_at"]))

    # -- receipts ------------------------------------------------------------------------
    def receipt(self, receipt_id: str, subject: str | None = None) -> str:
        """A signed receipt; with ``subject``, only one of that subject's (else ``NotFound``)."""
        with self.engine.connect() as conn:
            found = ledger.receipt_document(conn, receipt_id)
        if found is None or (subject is not None and found[0] != subject):
            raise NotFound("no such receipt")
        return found[1]

    def public_key_pem(self) -> bytes:
        return public_pem(self._key)

    def sign_manifest(self, manifest: dict[str, Any]) -> str:
        return sign("manifest", manifest, self._key)

    # -- exports -------------------------------------------------------------------------
    def history(self, subject: str) -> tuple[list[EventRecord], list[str],
                                             list[SubjectRequest]]:
        """A subject's events, signed receipts and requests, in order (for Arts. 15 and 20)."""
        with self.engine.connect() as conn:
            events, receipts = ledger.subject_rows(conn, subject)
            requests = subject_requests.select(conn, subject=subject)
        return events, receipts, requests

    def count_events(self, since: datetime | None = None, until: datetime | None = None) -> int:
        return ledger.count_period(self.engine, since, until)

    def iter_events(self, since: datetime | None = None, until: datetime | None = None, *,
                    batch: int = 2000) -> Iterator[EventRecord]:
        return ledger.iter_period(self.engine, since, until, batch=batch)

    def ropa(self) -> dict[str, Any]:
        return build_ropa(tuple(self.purposes.values()), self.settings)

    # -- subject requests ----------------------------------------------------------------
    def open_request(self, subject: str, kind: RequestKind, purpose: str | None = None
                     ) -> SubjectRequest:
        """Register a request with its one-month deadline; an objection also stops the purpose."""
        if kind == "objection":
            if purpose is None:
                raise InvalidDecision("an objection names the purpose it objects to")
            spec = self._purpose(purpose)
            if spec.legal_basis != LEGITIMATE_INTEREST:
                raise InvalidDecision(
                    f"purpose {purpose!r} is based on {spec.legal_basis}; objection (Art. 21) "
                    f"applies to legitimate interest ({LEGITIMATE_INTEREST})"
                    + ("; withdraw consent instead" if spec.consent_based else ""))
        elif purpose is not None:
            self._purpose(purpose)
        now = self.now()
        stops = kind == "objection"
        request = SubjectRequest(
            request_id=str(uuid.uuid4()), subject=subject, kind=kind, purpose=purpose,
            status="closed" if stops else "open", received_at=now,
            due_at=subject_requests.due_date(now), closed_at=now if stops else None)
        events: list[dict[str, Any]] = []
        with self.engine.begin() as conn:
            subject_requests.insert(conn, request)
            if stops and purpose is not None:
                events = [ledger.new_event(
                    subject=subject, purpose=purpose, event="object",
                    notice_version=self.versions[purpose],
                    language=self.settings.default_language,
                    collection_method="dsr:objection", at=now, event_id=request.request_id)]
                ledger.append(conn, events, [])
        self._emit_events(events)
        self._emit_request(request)
        return request

    def requests(self, subject: str | None = None, *, overdue: bool = False
                 ) -> list[SubjectRequest]:
        with self.engine.connect() as conn:
            return subject_requests.select(conn, subject=subject,
                                           open_before=self.now() if overdue else None)

    def close_request(self, request_id: str) -> SubjectRequest:
        with self.engine.begin() as conn:
            if not subject_requests.close(conn, request_id, self.now()):
                raise NotFound("no open request with this id")
            request = subject_requests.select(conn, request_id=request_id)[0]
        self._emit_request(request)
        return request

    def _emit_request(self, request: SubjectRequest) -> None:
        if self._on_event is not None:
            self._on_event(RequestEvent(request.request_id, request.kind, request.status,
                                        request.closed_at or request.received_at))

    # -- validation ----------------------------------------------------------------------
    def _purpose(self, purpose: str) -> PurposeSpec:
        try:
            return self.purposes[purpose]
        except KeyError:
            raise UnknownPurpose(f"unknown purpose {_shown(purpose)}") from None

    def _consent_purpose(self, purpose: str) -> PurposeSpec:
        spec = self._purpose(purpose)
        if not spec.consent_based:
            raise InvalidDecision(f"purpose {purpose!r} is based on {spec.legal_basis}, "
                                  "not consent: there is nothing to grant or withdraw")
        return spec



def _shown(purpose: str) -> str:
    """A purpose id for a message; anything else the caller typed is not echoed."""
    return repr(purpose) if PURPOSE_ID.fullmatch(purpose) else "(not a purpose id)"
