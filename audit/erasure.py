"""Crypto-shredding: erase a subject's details (or expired ones) without touching the tree.

The hashed entries stay (pseudonyms, versions and counts only), so ``verify`` still passes;
the per-subject key, the sealed details and thus the meaning of each salted commitment are
destroyed, and an ``Erasure`` entry records that it happened. On SQLite the deleted bytes
are overwritten (``secure_delete``) and the WAL is checkpointed and truncated so that no
copy survives in the database files; on PostgreSQL the tables are vacuumed.

Retention keeps the hashed entries themselves (they are the evidence and hold no personal
data); only the erasable details older than the period are destroyed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import Connection, Engine

from audit.entries import Erasure, utc_now
from audit.errors import AuditError
from audit.log import AuditLog, Receipt
from audit.schema import details, subject_keys


def _shred(engine: Engine, work: Callable[[Connection], int]) -> int:
    if engine.dialect.name == "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                count = work(conn)
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
        return count
    with engine.begin() as conn:
        return work(conn)


def scrub(engine: Engine) -> None:
    """Make deleted rows unrecoverable from the database files (best effort on PostgreSQL)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
            for _ in range(50):  # a reader holding an old snapshot blocks the truncation
                row = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if row is None or row[0] == 0:
                    return
                time.sleep(0.1)
            raise AuditError("details erased, but the SQLite WAL is still held by a reader: "
                             "old copies remain until `scrub` succeeds")
        elif engine.dialect.name == "postgresql":
            conn.exec_driver_sql("VACUUM audit_details, audit_subject_keys")


def erase_subject(log: AuditLog, subject: str) -> Receipt:
    """Destroy ``subject``'s key and details, then log an ``Erasure`` entry."""

    def work(conn: Connection) -> int:
        count = conn.execute(sa.delete(details).where(details.c.subject == subject)).rowcount
        conn.execute(sa.delete(subject_keys).where(subject_keys.c.subject == subject))
        return int(count)

    count = _shred(log.engine, work)
    receipt = log.append(Erasure(scope="subject", subject=subject, details_erased=count))
    scrub(log.engine)
    return receipt


def prune_details(log: AuditLog, before: datetime) -> Receipt:
    """Retention: destroy details older than ``before`` and keys left without details."""
    cutoff = int(before.timestamp() * 1_000_000)

    def work(conn: Connection) -> int:
        count = conn.execute(sa.delete(details).where(details.c.at_us < cutoff)).rowcount
        still_used = sa.select(details.c.subject).distinct().scalar_subquery()
        conn.execute(sa.delete(subject_keys).where(
            subject_keys.c.subject.not_in(still_used),
            subject_keys.c.created_us < int(time.time() * 1_000_000)))
        return int(count)

    count = _shred(log.engine, work)
    receipt = log.append(Erasure(scope="retention", before=before, details_erased=count,
                                 time=utc_now()))
    scrub(log.engine)
    return receipt
