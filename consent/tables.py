"""The consent tables and their append-only protection.

``consent_events`` is the ledger: one row per grant, refusal, withdrawal, expiry or objection,
never updated or deleted. ``consent_receipts`` keeps each signed receipt as issued. Both are
guarded by triggers (SQLite and PostgreSQL alike) so that even raw SQL cannot rewrite history.
``subject_requests`` is a work register (status changes in place); its history is what the
``on_event`` hook forwards to the audit log.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlmodel import Field, SQLModel

APPEND_ONLY = ("consent_events", "consent_receipts")


class ConsentEventRow(SQLModel, table=True):
    """One ledger event: R4's minimum to demonstrate consent, nothing more."""

    __tablename__ = "consent_events"
    __table_args__ = (sa.Index("ix_consent_events_subject_purpose", "subject", "purpose", "seq"),)

    seq: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(max_length=36, unique=True)
    subject: str = Field(max_length=128)
    purpose: str = Field(max_length=64)
    event: str = Field(max_length=16)
    notice_version: str = Field(max_length=80)
    language: str = Field(max_length=8)
    collection_method: str = Field(max_length=128)
    created_at: datetime = Field(sa_type=sa.DateTime(timezone=True), index=True)


class ReceiptRow(SQLModel, table=True):
    """A signed receipt exactly as it was issued (the bytes the signature covers)."""

    __tablename__ = "consent_receipts"

    receipt_id: str = Field(primary_key=True, max_length=36)
    subject: str = Field(max_length=128, index=True)
    document: str


class SubjectRequestRow(SQLModel, table=True):
    """A data-subject request and its Art. 12(3) deadline."""

    __tablename__ = "subject_requests"

    request_id: str = Field(primary_key=True, max_length=36)
    subject: str = Field(max_length=128, index=True)
    kind: str = Field(max_length=16)
    purpose: str | None = Field(default=None, max_length=64)
    status: str = Field(max_length=16)
    received_at: datetime = Field(sa_type=sa.DateTime(timezone=True))
    due_at: datetime = Field(sa_type=sa.DateTime(timezone=True), index=True)
    closed_at: datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))


# SQLModel declares ``__table__`` dynamically; name the Core tables once, typed.
EVENTS = cast(sa.Table, ConsentEventRow.__table__)  # type: ignore[attr-defined]
RECEIPTS = cast(sa.Table, ReceiptRow.__table__)  # type: ignore[attr-defined]
REQUESTS = cast(sa.Table, SubjectRequestRow.__table__)  # type: ignore[attr-defined]
TABLES = (EVENTS, RECEIPTS, REQUESTS)

_SQLITE_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS {table}_no_{verb} BEFORE {op} ON {table}
BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END
"""
_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION consent_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$
"""
_PG_TRIGGERS = (
    "DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
    "CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
    "FOR EACH ROW EXECUTE FUNCTION consent_append_only()",
    "DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}",
    "CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
    "FOR EACH STATEMENT EXECUTE FUNCTION consent_append_only()",
)
_PG_LOCK = 0x636F6E73  # "cons": serialises concurrent create_schema calls


def create_schema(engine: Engine) -> None:
    """Create the tables and the append-only triggers; safe to call again and concurrently."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
        SQLModel.metadata.create_all(conn, tables=list(TABLES))
        if engine.dialect.name == "sqlite":
            for table in APPEND_ONLY:
                for verb, op in (("update", "UPDATE"), ("delete", "DELETE")):
                    conn.exec_driver_sql(_SQLITE_TRIGGER.format(table=table, verb=verb, op=op))
        elif engine.dialect.name == "postgresql":
            conn.execute(sa.text(_PG_FUNCTION))  # text(): escapes '%' for psycopg
            for table in APPEND_ONLY:
                for statement in _PG_TRIGGERS:
                    conn.execute(sa.text(statement.format(table=table)))
        else:
            raise ValueError(f"unsupported database {engine.dialect.name!r}: "
                             "the consent ledger needs SQLite or PostgreSQL")


def utc(moment: datetime) -> datetime:
    """SQLite returns naive datetimes: every stored time is UTC, so say so."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
