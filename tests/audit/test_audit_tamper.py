"""The tamper matrix: each alteration is detected and the report names the first bad index.

The attacker here has full database access: they drop the append-only triggers first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from audit import (
    AuditLog,
    Checkpoint,
    Checkpointer,
    FileSink,
    Signer,
    merkle,
    read_checkpoints,
    verify_log,
)
from audit.schema import APPEND_ONLY
from tests.audit.audit_factories import ORIGIN, opened


def _tamper(log: AuditLog, *statements: tuple[str, dict[str, object]]) -> None:
    with log.engine.begin() as conn:
        for table in APPEND_ONLY:
            for op in ("update", "delete"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_no_{op}")
        for sql, params in statements:
            conn.execute(sa.text(sql), params)


@pytest.fixture
def filled(sqlite_log: AuditLog, tmp_path: Path) -> tuple[AuditLog, Path]:
    """20 entries; checkpoints at 10 and 20 saved by the officer in a file."""
    saved = tmp_path / "officer.checkpoints"
    cp = Checkpointer(sqlite_log, sinks=[FileSink(saved)])
    sqlite_log.append_many([opened(i) for i in range(10)])
    cp.checkpoint()
    sqlite_log.append_many([opened(i) for i in range(10, 20)])
    cp.checkpoint()
    return sqlite_log, saved


def _flip(log: AuditLog, index: int) -> tuple[str, dict[str, object]]:
    body = bytearray(log.entry_bytes(index))
    body[len(body) // 2] ^= 0x01
    return "UPDATE audit_entries SET body = :b WHERE idx = :i", {"b": bytes(body), "i": index}


def _swap(log: AuditLog, a: int, b: int) -> list[tuple[str, dict[str, object]]]:
    sql = "UPDATE audit_entries SET body = :b WHERE idx = :i"
    return [(sql, {"b": log.entry_bytes(b), "i": a}), (sql, {"b": log.entry_bytes(a), "i": b})]


def _foreign_checkpoint(log: AuditLog) -> tuple[str, dict[str, object]]:
    other = Signer(ORIGIN, Ed25519PrivateKey.generate())
    cp = Checkpoint(ORIGIN, 15, log.root(15)).signed(other)
    return ("INSERT INTO audit_checkpoints (log_id, size, root, note, created_us) "
            "VALUES (:o, 15, :r, :n, 0)", {"o": ORIGIN, "r": cp.root, "n": cp.note})


Attack = Callable[[AuditLog], list[tuple[str, dict[str, object]]]]

MATRIX: list[tuple[str, Attack, int, str]] = [
    ("flipped-byte", lambda log: [_flip(log, 7)], 7, "entry 7 does not match"),
    ("deleted-entry", lambda log: [("DELETE FROM audit_entries WHERE idx = 5", {})], 5,
     "entry 5 is missing"),
    ("swapped-entries", lambda log: _swap(log, 3, 12), 3, "entry 3 does not match"),
    ("truncated-tail", lambda log: [("DELETE FROM audit_entries WHERE idx >= 15", {}),
                                    ("DELETE FROM audit_nodes WHERE level = 0 AND idx >= 15", {})],
     15, "entries from index 15 are missing"),
    ("foreign-checkpoint", lambda log: [_foreign_checkpoint(log)], 10,
     "checkpoint at size 15 does not verify"),
]


@pytest.mark.parametrize(("attack", "expected_index", "expected_message"),
                         [pytest.param(a, i, m, id=name) for name, a, i, m in MATRIX])
def test_tampering_is_detected_at_the_first_bad_index(
        filled: tuple[AuditLog, Path], attack: Attack, expected_index: int,
        expected_message: str) -> None:
    log, _ = filled
    assert verify_log(log.engine, ORIGIN, log.verifier).ok
    _tamper(log, *attack(log))
    report = verify_log(log.engine, ORIGIN, log.verifier)
    assert not report.ok
    assert report.first_bad_index == expected_index
    assert expected_message in report.message


def test_rewritten_tail_with_a_fresh_valid_checkpoint_is_caught_by_the_saved_one(
        filled: tuple[AuditLog, Path]) -> None:
    log, saved = filled
    _tamper(log,
            ("DELETE FROM audit_entries WHERE idx >= 12", {}),
            ("DELETE FROM audit_nodes WHERE ((idx + 1) << level) > 12", {}),
            ("DELETE FROM audit_checkpoints", {}))
    log.append_many([opened(100 + i) for i in range(10)])
    Checkpointer(log).checkpoint()
    assert verify_log(log.engine, ORIGIN, log.verifier).ok  # self-consistent forgery
    officer = [Checkpoint.open(c.note, log.verifier)
               for c in read_checkpoints(saved.read_text())]
    report = verify_log(log.engine, ORIGIN, log.verifier, against=officer)
    assert not report.ok
    assert report.first_bad_index == 10
    assert "saved checkpoint at size 20" in report.message
    assert "between index 10 and 19" in report.message


def test_stored_tree_nodes_that_disagree_with_entries_are_reported(
        filled: tuple[AuditLog, Path]) -> None:
    log, _ = filled
    _tamper(log, ("UPDATE audit_nodes SET hash = :h WHERE level = 2 AND idx = 4",
                  {"h": b"\0" * 32}))
    report = verify_log(log.engine, ORIGIN, log.verifier)
    assert not report.ok
    assert report.first_bad_index == 16


@pytest.mark.parametrize(("rewrite_leaf", "expected_index", "expected_message"), [
    (False, 70, "entry 70 does not match its logged leaf hash"),
    (True, 64, "stored tree node covering entries 64..127 is wrong"),
])
def test_tampering_inside_a_complete_block_is_located(
        sqlite_log: AuditLog, rewrite_leaf: bool, expected_index: int,
        expected_message: str) -> None:
    sqlite_log.append_many([opened(i) for i in range(150)])
    Checkpointer(sqlite_log).checkpoint()
    statements = [_flip(sqlite_log, 70)]
    if rewrite_leaf:  # the attacker also fixes the leaf hash, but not the nodes above it
        body = statements[0][1]["b"]
        assert isinstance(body, bytes)
        statements.append(("UPDATE audit_nodes SET hash = :h WHERE level = 0 AND idx = 70",
                           {"h": merkle.hash_leaf(body)}))
    _tamper(sqlite_log, *statements)
    report = verify_log(sqlite_log.engine, ORIGIN, sqlite_log.verifier)
    assert not report.ok
    assert report.first_bad_index == expected_index
    assert expected_message in report.message
