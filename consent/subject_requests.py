"""The register of data-subject requests (GDPR Arts. 15-22) and their Art. 12(3) deadline.

A request is due one calendar month after receipt. Rows change status in place (this is a
work register; the consent ledger is the proof); each change is reported to ``on_event``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from consent.durations import parse_duration
from consent.tables import REQUESTS, utc
from consent.values import RequestKind, RequestStatus, SubjectRequest

DEADLINE = "P1M"


def due_date(received: datetime) -> datetime:
    return parse_duration(DEADLINE).after(received)


def insert(conn: Connection, request: SubjectRequest) -> None:
    conn.execute(sa.insert(REQUESTS).values(
        request_id=request.request_id, subject=request.subject, kind=request.kind,
        purpose=request.purpose, status=request.status, received_at=request.received_at,
        due_at=request.due_at, closed_at=request.closed_at,
    ))


def select(conn: Connection, *, subject: str | None = None, request_id: str | None = None,
           open_before: datetime | None = None) -> list[SubjectRequest]:
    """Requests, oldest first; ``open_before`` keeps open ones due before that moment."""
    query = sa.select(REQUESTS).order_by(REQUESTS.c.received_at, REQUESTS.c.request_id)
    if subject is not None:
        query = query.where(REQUESTS.c.subject == subject)
    if request_id is not None:
        query = query.where(REQUESTS.c.request_id == request_id)
    if open_before is not None:
        query = query.where(REQUESTS.c.status == "open", REQUESTS.c.due_at < open_before)
    return [_value(row) for row in conn.execute(query).all()]


def close(conn: Connection, request_id: str, at: datetime) -> bool:
    """Mark an open request closed; False when there is no such open request."""
    result = conn.execute(sa.update(REQUESTS)
                          .where(REQUESTS.c.request_id == request_id,
                                 REQUESTS.c.status == "open")
                          .values(status="closed", closed_at=at))
    return bool(result.rowcount)


def _value(row: sa.Row[Any]) -> SubjectRequest:
    kind: RequestKind = row.kind
    status: RequestStatus = row.status
    return SubjectRequest(
        request_id=row.request_id, subject=row.subject, kind=kind, purpose=row.purpose,
        status=status, received_at=utc(row.received_at), due_at=utc(row.due_at),
        closed_at=None if row.closed_at is None else utc(row.closed_at),
    )
