"""The SQL log on SQLite and PostgreSQL: appends, group commit, proofs, append-only guard."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable
from datetime import datetime

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine

from audit import (
    AppendError,
    AuditLog,
    Checkpointer,
    ConsoleEvent,
    Entry,
    ExchangeClosed,
    ProofError,
    TlogProof,
    WebhookSink,
    canonical_bytes,
    create_schema,
    merkle,
    prove_entry,
    verify_log,
)
from audit.details import commitment
from tests.audit.audit_factories import ORIGIN, opened


def test_appends_get_consecutive_indices_and_their_leaf_hash(log: AuditLog) -> None:
    receipts = [log.append(opened(i)) for i in range(5)]
    receipts += log.append_many([opened(5), opened(6)])
    assert [r.index for r in receipts] == list(range(7))
    assert receipts[3].leaf_hash == merkle.hash_leaf(log.entry_bytes(3))
    assert log.entry_bytes(3) == canonical_bytes(opened(3)) or b'"ex-3"' in log.entry_bytes(3)
    assert log.size() == 7


def test_concurrent_callers_share_transactions_without_gap_or_duplicate(log: AuditLog) -> None:
    got: list[int] = []
    lock = threading.Lock()

    def work(t: int) -> None:
        for n in range(25):
            r = log.append(ExchangeClosed(exchange_id=f"{t}-{n}", upstream_status=200,
                                          latency_ms=n))
            with lock:
                got.append(r.index)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == list(range(150))
    assert verify_log(log.engine, ORIGIN, log.verifier).ok


def test_root_and_proofs_from_stored_subtrees_verify(log: AuditLog) -> None:
    log.append_many([opened(i) for i in range(37)])
    leaves = [merkle.hash_leaf(log.entry_bytes(i)) for i in range(37)]
    for size in (1, 2, 13, 32, 37):
        frontier: list[bytes] = []
        for i, leaf in enumerate(leaves[:size]):
            merkle.push_leaf(frontier, i, leaf)
        root = log.root(size)
        assert root == merkle.fold(frontier)
        for index in {0, size // 2, size - 1}:
            proof = log.inclusion_proof(index, size)
            merkle.verify_inclusion(index, size, leaves[index], proof, root)
        for size1 in {1, size // 3 or 1, size - 1 or 1}:
            merkle.verify_consistency(size1, size, log.consistency_proof(size1, size),
                                      log.root(size1), root)
    with pytest.raises(ProofError):
        log.inclusion_proof(3, 38)


def test_prove_entry_writes_a_tlog_proof_that_checks_offline(log: AuditLog) -> None:
    log.append_many([opened(i) for i in range(9)])
    text = prove_entry(log, 4).encode()
    assert text.startswith("c2sp.org/tlog-proof@v1\nextra ")
    assert "\nindex 4\n" in text
    proof = TlogProof.decode(text)
    assert proof.verify(log.verifier).size == 9
    forged = TlogProof(proof.extra.replace(b"ex-4", b"ex-5"), 4, proof.proof, proof.checkpoint)
    with pytest.raises(ProofError):
        forged.verify(log.verifier)


def test_checkpoints_are_signed_every_n_entries_and_each_extends_the_last(log: AuditLog) -> None:
    now = [time.time()]
    cp = Checkpointer(log, every_entries=5, every_seconds=600, clock=lambda: now[0])
    log.append_many([opened(i) for i in range(3)])
    first = cp.maybe_checkpoint()
    assert first is not None
    assert first.size == 3
    log.append_many([opened(i) for i in range(2)])
    assert cp.maybe_checkpoint() is None          # 2 new entries, 0 s
    log.append_many([opened(i) for i in range(3)])
    second = cp.maybe_checkpoint()                  # 5 new entries
    assert second is not None
    assert second.size == 8
    assert cp.maybe_checkpoint() is None            # nothing new
    log.append(opened(9))
    assert cp.maybe_checkpoint() is None            # 1 new entry, period not elapsed
    now[0] += 601
    third = cp.maybe_checkpoint()                   # 1 new entry but the period elapsed
    assert third is not None
    assert third.size == 9
    merkle.verify_consistency(3, 9, log.consistency_proof(3, 9), first.root, third.root)


def test_checkpoint_sinks_receive_every_signed_note(log: AuditLog) -> None:
    seen: list[str] = []
    log.append(opened())
    Checkpointer(log, sinks=[lambda c: seen.append(c.note)]).checkpoint()
    assert len(seen) == 1
    assert seen[0].startswith(f"{ORIGIN}\n1\n")


def test_subject_details_are_sealed_outside_the_entry_behind_a_commitment(log: AuditLog) -> None:
    r = log.append(opened(), subject_details={"reason": "free text CANARY-7731"})
    body = log.entry_bytes(r.index)
    assert b"CANARY" not in body
    assert b'"details_commitment":"hmac-sha256:' in body
    assert log.subject_details("hmac-sha256:5f2a") == [(0, {"reason": "free text CANARY-7731"})]
    assert commitment(b"\0" * 16, b"x").startswith("hmac-sha256:")


@pytest.mark.parametrize(("entry", "details"), [
    (ConsoleEvent(actor="op", action="login"), {"a": 1}),       # details need a subject
    (ConsoleEvent(actor="op", action="login", time=datetime(2026, 1, 1)), None),  # naive time
])
def test_an_invalid_entry_is_refused_alone_with_append_error(
        log: AuditLog, entry: Entry, details: dict[str, object] | None) -> None:
    with pytest.raises(AppendError, match="refused"):
        log.append(entry, subject_details=details)
    assert log.size() == 0
    assert log.append(opened()).index == 0


def test_a_failed_write_raises_append_error_so_the_exchange_fails_closed(
        sqlite_url: str, signing_key: Ed25519PrivateKey,
        make_engine: Callable[[str], Engine]) -> None:
    engine = make_engine(sqlite_url)  # no schema: every write fails
    log = AuditLog(engine, origin=ORIGIN, signing_key=signing_key)
    with pytest.raises(AppendError, match="not committed"):
        log.append(opened())
    create_schema(engine)
    assert log.append(opened()).index == 0


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entries SET body = body",
    "DELETE FROM audit_entries",
    "UPDATE audit_nodes SET hash = hash",
    "DELETE FROM audit_nodes",
    "DELETE FROM audit_checkpoints",
    "UPDATE audit_checkpoints SET note = note",
])
def test_database_refuses_update_and_delete_on_hashed_tables(log: AuditLog,
                                                              statement: str) -> None:
    log.append(opened())
    Checkpointer(log).checkpoint()
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), log.engine.begin() as conn:
        conn.exec_driver_sql(statement)
    assert verify_log(log.engine, ORIGIN, log.verifier).ok


def test_truncate_is_refused_on_postgresql(make_log: Callable[[str], AuditLog],
                                           postgres_url: str) -> None:
    log = make_log(postgres_url)
    log.append(opened())
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), log.engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE audit_entries")


def test_create_schema_is_idempotent(log: AuditLog) -> None:
    create_schema(log.engine)
    create_schema(log.engine)
    log.append(opened())
    assert log.size() == 1


def test_checkpoints_signed_before_a_key_rotation_verify_with_the_old_key_listed(
        log: AuditLog) -> None:
    log.append(opened(1))
    Checkpointer(log).checkpoint()
    rotated = AuditLog(log.engine, origin=ORIGIN, signing_key=Ed25519PrivateKey.generate(),
                       previous_verifiers=[log.verifier])
    rotated.append(opened(2))
    Checkpointer(rotated).checkpoint()
    assert verify_log(log.engine, ORIGIN, rotated.verifiers).ok
    report = verify_log(log.engine, ORIGIN, rotated.verifier)
    assert not report.ok
    assert "checkpoint at size 1 does not verify" in report.message


def test_webhook_sink_posts_the_signed_note(log: AuditLog) -> None:
    received: list[bytes] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        log.append(opened())
        url = f"http://127.0.0.1:{server.server_address[1]}/checkpoints"
        signed = Checkpointer(log, sinks=[WebhookSink(url)]).checkpoint()
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert received == [signed.note.encode()]
