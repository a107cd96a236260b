"""Reading and appending ledger rows, and deriving a subject's state from its last event.

State is never stored: it is the last event (highest ``seq``) of each (subject, purpose), read
fresh on every call, so a withdrawal recorded by any instance applies to the next request on
every instance. Exports page through the ledger by ``seq`` (keyset pagination), holding one
batch in memory at a time, whatever the database driver does with cursors.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Engine

from consent.durations import parse_duration
from consent.purposes import CONSENT, LEGITIMATE_INTEREST, PurposeSpec
from consent.receipts import iso
from consent.tables import EVENTS, RECEIPTS, utc
from consent.values import (
    RECEIPTED,
    EventKind,
    EventRecord,
    NoticeView,
    PurposeState,
    StateName,
)

_STATES: dict[str, StateName] = {
    "grant": "granted", "refuse": "refused", "withdraw": "withdrawn", "expire": "expired",
    "object": "objected",
}


def last_events(conn: Connection, subject: str, purposes: Iterable[str]
                ) -> dict[str, sa.Row[Any]]:
    """The most recent event of ``subject`` for each of ``purposes`` that has one."""
    ids = sorted(set(purposes))
    if not ids:
        return {}
    latest = (sa.select(sa.func.max(EVENTS.c.seq))
              .where(EVENTS.c.subject == subject, EVENTS.c.purpose.in_(ids))
              .group_by(EVENTS.c.purpose))
    rows = conn.execute(sa.select(EVENTS).where(EVENTS.c.seq.in_(latest))).all()
    return {row.purpose: row for row in rows}


def derive(purpose: PurposeSpec, version: str, notice: NoticeView, last: sa.Row[Any] | None,
           now: datetime) -> PurposeState:
    """The subject's state for one purpose, from its last event and the current notice."""
    state, current = _judge(purpose, version, last, now)
    permitted = state == "not-applicable" or (state == "granted" and current)
    return PurposeState(
        purpose=purpose.id, name=purpose.title, legal_basis=purpose.legal_basis,
        required=purpose.required, state=state, current=current, permitted=permitted,
        notice=notice,
        decided_version=None if last is None else last.notice_version,
        event_id=None if last is None else last.event_id,
        decided_at=None if last is None else utc(last.created_at),
    )


def _judge(purpose: PurposeSpec, version: str, last: sa.Row[Any] | None, now: datetime
           ) -> tuple[StateName, bool]:
    if purpose.legal_basis != CONSENT:
        # Only an objection (Art. 21) stops a legitimate-interest purpose.
        objected = (purpose.legal_basis == LEGITIMATE_INTEREST and last is not None
                    and last.event == "object")
        return ("objected" if objected else "not-applicable"), True
    if last is None:
        return "none", False
    state = _STATES[last.event]
    validity = purpose.validity
    if state == "granted" and validity and parse_duration(validity).after(
            utc(last.created_at)) <= now:
        state = "expired"
    return state, last.notice_version == version


def expired_grants(conn: Connection, purpose: PurposeSpec, now: datetime) -> list[sa.Row[Any]]:
    """Subjects whose last event for ``purpose`` is a grant older than its validity."""
    if not purpose.validity:
        return []
    validity = parse_duration(purpose.validity)
    latest = (sa.select(sa.func.max(EVENTS.c.seq)).where(EVENTS.c.purpose == purpose.id)
              .group_by(EVENTS.c.subject))
    rows = conn.execute(sa.select(EVENTS).where(EVENTS.c.seq.in_(latest),
                                                EVENTS.c.event == "grant")).all()
    return [row for row in rows if validity.after(utc(row.created_at)) <= now]


def new_event(*, subject: str, purpose: str, event: EventKind, notice_version: str,
              language: str, collection_method: str, at: datetime,
              event_id: str | None = None) -> dict[str, Any]:
    """A row for ``append``: exactly the columns R4 allows, nothing more."""
    return {"event_id": event_id or str(uuid.uuid4()), "subject": subject, "purpose": purpose,
            "event": event, "notice_version": notice_version, "language": language,
            "collection_method": collection_method, "created_at": at}


def append(conn: Connection, events: list[dict[str, Any]], receipts: list[dict[str, Any]]
           ) -> None:
    """Insert events and their receipts in the caller's transaction."""
    if events:
        conn.execute(sa.insert(EVENTS), events)
    if receipts:
        conn.execute(sa.insert(RECEIPTS), receipts)


def receipt_document(conn: Connection, receipt_id: str) -> tuple[str, str] | None:
    """(subject, signed document) of a receipt, or None."""
    row = conn.execute(sa.select(RECEIPTS.c.subject, RECEIPTS.c.document)
                       .where(RECEIPTS.c.receipt_id == receipt_id)).first()
    return None if row is None else (row.subject, row.document)


def subject_rows(conn: Connection, subject: str) -> tuple[list[EventRecord], list[str]]:
    """A subject's whole history in ledger order, with its receipts in the same order."""
    events = conn.execute(sa.select(EVENTS).where(EVENTS.c.subject == subject)
                          .order_by(EVENTS.c.seq)).all()
    documents = {row.receipt_id: row.document for row in conn.execute(
        sa.select(RECEIPTS.c.receipt_id, RECEIPTS.c.document)
        .where(RECEIPTS.c.subject == subject)).all()}
    ordered = [documents[row.event_id] for row in events if row.event_id in documents]
    return [to_record(row) for row in events], ordered


def _period(since: datetime | None, until: datetime | None) -> list[sa.ColumnElement[bool]]:
    clauses: list[sa.ColumnElement[bool]] = []
    if since is not None:
        clauses.append(EVENTS.c.created_at >= since)
    if until is not None:
        clauses.append(EVENTS.c.created_at < until)
    return clauses


def count_period(engine: Engine, since: datetime | None, until: datetime | None) -> int:
    with engine.connect() as conn:
        query = sa.select(sa.func.count()).select_from(EVENTS).where(*_period(since, until))
        return int(conn.execute(query).scalar_one())


def iter_period(engine: Engine, since: datetime | None, until: datetime | None, *,
                batch: int = 2000) -> Iterator[EventRecord]:
    """Every event in [since, until) in ledger order, one short transaction per batch."""
    after = 0
    while True:
        with engine.connect() as conn:
            rows = conn.execute(sa.select(EVENTS)
                                .where(EVENTS.c.seq > after, *_period(since, until))
                                .order_by(EVENTS.c.seq).limit(batch)).all()
        if not rows:
            return
        for row in rows:
            yield to_record(row)
        after = rows[-1].seq


def to_record(row: sa.Row[Any]) -> EventRecord:
    return EventRecord(
        seq=row.seq, event_id=row.event_id, event_time=iso(utc(row.created_at)),
        subject=row.subject, purpose=row.purpose, event=row.event,
        notice_version=row.notice_version, language=row.language,
        collection_method=row.collection_method,
        receipt_id=row.event_id if row.event in RECEIPTED else "",
    )
