"""Several processes append to one log (SQLite and PostgreSQL): no gap, duplicate or fork;
a writer killed with SIGKILL mid-append leaves a log that verifies and holds every entry
whose append had returned.

Short runs (4 x 3 s); set AUDIT_WRITERS_SECONDS=30 for the acceptance-length run.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection

from audit import AuditLog, iter_entries, merkle, verify_log
from tests.audit.audit_factories import ORIGIN, opened
from tests.audit.writer import fork_writer

SECONDS = float(os.environ.get("AUDIT_WRITERS_SECONDS", "3"))


def _drain(conn: Connection) -> list[tuple[int, str]]:
    """Every receipt sent until the writer said it was done (None) or died (EOF)."""
    out: list[tuple[int, str]] = []
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return out
        if item is None:
            return out
        out.append(item)


def _leaves(log: AuditLog) -> dict[int, str]:
    return {i: merkle.hash_leaf(body).hex() for i, body in iter_entries(log.engine, ORIGIN)}


def test_four_processes_append_without_gap_duplicate_or_fork(
        make_log: Callable[[str], AuditLog], database_url: str) -> None:
    log = make_log(database_url)
    log.engine.dispose()  # no pooled connection is shared with the forked writers
    writers = [fork_writer(database_url, ORIGIN, SECONDS) for _ in range(4)]
    per_writer = [_drain(conn) for _, conn in writers]
    for proc, conn in writers:
        proc.join(60)
        conn.close()
    assert [proc.exitcode for proc, _ in writers] == [0, 0, 0, 0]
    assert all(per_writer)
    receipts = [r for out in per_writer for r in out]
    assert sorted(i for i, _ in receipts) == list(range(len(receipts)))
    assert _leaves(log) == dict(receipts)
    report = verify_log(log.engine, ORIGIN, log.verifier)
    assert report.ok, report.message


def test_sigkill_mid_append_leaves_a_verifiable_log_with_every_answered_entry(
        make_log: Callable[[str], AuditLog], database_url: str) -> None:
    log = make_log(database_url)
    log.engine.dispose()
    proc, conn = fork_writer(database_url, ORIGIN, 60)
    answered = [conn.recv() for _ in range(200)]
    assert proc.pid is not None
    os.kill(proc.pid, signal.SIGKILL)
    answered += _drain(conn)
    proc.join(30)
    conn.close()
    assert proc.exitcode == -signal.SIGKILL
    report = verify_log(log.engine, ORIGIN, log.verifier)
    assert report.ok, report.message
    logged = _leaves(log)
    assert all(logged[index] == leaf for index, leaf in answered)
    assert log.append(opened()).index == report.size
