"""Erasure by key destruction: the subject's details vanish from the database files, the log
still verifies and records the erasure. Retention prunes old details the same way."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from audit import AuditLog, erase_subject, from_bytes, prune_details, verify_log
from audit.schema import details, subject_keys
from tests.audit.audit_factories import ORIGIN, opened

ALICE, BOB = "hmac-sha256:alice", "hmac-sha256:bob"


def _secrets_of(log: AuditLog, subject: str) -> list[bytes]:
    with log.engine.connect() as conn:
        sealed = conn.execute(sa.select(details.c.sealed)
                              .where(details.c.subject == subject)).scalars().all()
        wrapped = conn.execute(sa.select(subject_keys.c.wrapped)
                               .where(subject_keys.c.subject == subject)).scalars().all()
    return [bytes(b) for b in [*sealed, *wrapped]]


def _files(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())


def test_erased_subject_leaves_no_trace_in_the_sqlite_files_and_the_log_verifies(
        sqlite_log: AuditLog, sqlite_url: str) -> None:
    db = Path(sqlite_url.removeprefix("sqlite:///"))
    canary = "CANARY-5d1e-alice@example.org"
    for i in range(30):
        sqlite_log.append(opened(i, subject=ALICE), subject_details={"said": f"{canary} #{i}"})
        sqlite_log.append(opened(i, subject=BOB), subject_details={"said": "bob's words"})
    leaked = _secrets_of(sqlite_log, ALICE)
    assert len(leaked) == 31
    assert all(secret in _files(db) for secret in leaked)  # the check below can fail

    receipt = erase_subject(sqlite_log, ALICE)

    files = _files(db)
    assert canary.encode() not in files
    assert not any(secret[:16] in files for secret in leaked)
    assert sqlite_log.subject_details(ALICE) == []
    assert len(sqlite_log.subject_details(BOB)) == 30
    erasure = from_bytes(sqlite_log.entry_bytes(receipt.index))
    assert erasure.kind == "erasure"
    assert dataclasses.asdict(erasure)["details_erased"] == 30
    report = verify_log(sqlite_log.engine, ORIGIN, sqlite_log.verifier)
    assert report.ok, report.message
    assert report.size == 61


def test_erasure_keeps_the_log_verifiable_on_every_backend(log: AuditLog) -> None:
    log.append(opened(1, subject=ALICE), subject_details={"said": "x"})
    log.append(opened(2, subject=BOB), subject_details={"said": "y"})
    erase_subject(log, ALICE)
    assert _secrets_of(log, ALICE) == []
    assert log.subject_details(BOB) == [(1, {"said": "y"})]
    assert verify_log(log.engine, ORIGIN, log.verifier).ok


def test_retention_prunes_only_details_older_than_the_period(log: AuditLog) -> None:
    old = datetime.now(UTC) - timedelta(days=400)
    log.append(dataclasses.replace(opened(1, subject=ALICE), time=old),
               subject_details={"said": "old"})
    log.append(opened(2, subject=BOB), subject_details={"said": "recent"})
    prune_details(log, datetime.now(UTC) - timedelta(days=365))
    assert log.subject_details(ALICE) == []
    assert _secrets_of(log, ALICE) == []
    assert log.subject_details(BOB) == [(1, {"said": "recent"})]
    assert log.size() == 3
    assert verify_log(log.engine, ORIGIN, log.verifier).ok
