"""The audit log: a thread-safe, group-committed RFC 6962 Merkle log in SQL.

``append`` is synchronous and returns only once the entry is committed; it raises
``AppendError`` otherwise, and the caller refuses the exchange (fail closed). Concurrent
callers in one process share one transaction (group commit): the first waiting caller writes
everything queued so far while the others wait, each on its own event. Canonical bytes and
leaf hashes are computed by each caller before it queues, outside the log's lock.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Engine

from audit import merkle, store
from audit.details import DetailsCipher
from audit.entries import Entry, canonical_bytes
from audit.errors import AppendError, AuditError, ProofError
from audit.note import Signer, Verifier
from audit.schema import details, subject_keys

Details = Mapping[str, object]


@dataclass(frozen=True, slots=True)
class Receipt:
    """Where an entry landed: its index and leaf hash (SHA-256(0x00 || canonical bytes))."""

    index: int
    leaf_hash: bytes


@dataclass(slots=True)
class _Pending:
    # entry, details, canonical bytes and leaf hash (None when details must be sealed first)
    items: list[tuple[Entry, Details | None, bytes | None, bytes | None]]
    receipts: list[Receipt] | None = None
    error: BaseException | None = None
    done: threading.Event = dataclasses.field(default_factory=threading.Event)


class AuditLog:
    """One named log (``origin``) in a database. Share one instance per process."""

    def __init__(self, engine: Engine, *, origin: str, signing_key: Ed25519PrivateKey,
                 details_secret: bytes | None = None,
                 previous_verifiers: Sequence[Verifier] = ()) -> None:
        self.engine = engine
        self.origin = origin
        self.signer = Signer(origin, signing_key)
        self.verifier: Verifier = self.signer.verifier
        #: the current key first, then keys rotated out (their checkpoints stay valid)
        self.verifiers: tuple[Verifier, ...] = (self.verifier, *previous_verifiers)
        self._cipher = DetailsCipher(details_secret) if details_secret is not None else None
        self._lock = threading.Lock()
        self._queue: list[_Pending] = []
        self._writing = False
        self._cache: tuple[int, list[bytes]] | None = None

    # -- appending ---------------------------------------------------------------------------

    def append(self, entry: Entry, *, subject_details: Details | None = None) -> Receipt:
        """Commit one entry; ``subject_details`` are sealed outside the hashed entry."""
        return self.append_many([(entry, subject_details)])[0]

    def append_many(self, items: Sequence[Entry | tuple[Entry, Details | None]]
                    ) -> list[Receipt]:
        """Commit several entries atomically, in order, with consecutive indices."""
        pending = _Pending([])
        try:  # refuse a bad entry here, alone, rather than failing a whole group commit
            for item in items:
                entry, subject_details = item if isinstance(item, tuple) else (item, None)
                if subject_details is not None:
                    self._check_details(entry)
                    pending.items.append((entry, subject_details, None, None))
                else:
                    body = canonical_bytes(entry)
                    pending.items.append((entry, None, body, merkle.hash_leaf(body)))
        except AuditError as exc:
            raise AppendError(f"audit entry refused: {exc}") from exc
        if not pending.items:
            return []
        with self._lock:
            self._queue.append(pending)
            lead = not self._writing
            self._writing = True
        if not lead:
            pending.done.wait()  # woken when committed, or when made the next leader
        if pending.receipts is None and pending.error is None:
            self._lead()
        if pending.error is not None:
            raise AppendError(
                f"audit entry not committed ({type(pending.error).__name__})"
            ) from pending.error
        assert pending.receipts is not None
        return pending.receipts

    def _lead(self) -> None:
        """Commit everything queued, then hand the lead to the first caller queued since.

        The group is taken once the head lock is held, not before: while another process
        holds the lock, callers keep joining the group. Only the callers whose entries were
        committed, and the next leader, are woken: a broadcast would wake every queued caller
        (each wanting the GIL while the next group commits) to send most back to sleep.
        """
        batch: list[_Pending] = []
        try:
            self._commit(batch)
        finally:
            if not batch:  # failed before taking the group: it fails with it
                batch += self._take()
            for waiting in batch:  # interrupted (e.g. KeyboardInterrupt): fail them
                if waiting.receipts is None and waiting.error is None:
                    waiting.error = AppendError("audit append interrupted")
            with self._lock:
                successor = self._queue[0] if self._queue else None
                self._writing = successor is not None
            for waiting in batch:
                waiting.done.set()
            if successor is not None:
                successor.done.set()

    def _take(self) -> list[_Pending]:
        with self._lock:
            batch, self._queue = self._queue, []
        return batch

    def _commit(self, batch: list[_Pending]) -> None:
        """Write the queued group into ``batch`` under the head lock; set receipts or errors."""
        try:
            with store.locked(self.engine, self.origin) as conn:
                batch += self._take()
                size = store.head_size(conn, self.origin)
                cached = self._cache
                front = (list(cached[1]) if cached and cached[0] == size
                         else store.frontier(conn, self.origin, size))
                entry_rows: list[dict[str, Any]] = []
                node_rows: list[tuple[int, int, bytes]] = []
                detail_rows: list[dict[str, Any]] = []
                results: list[list[Receipt]] = []
                for pending in batch:
                    receipts = []
                    for entry, subject_details, body, leaf in pending.items:
                        if subject_details is not None:
                            entry = self._seal(conn, entry, size, subject_details, detail_rows)
                            body = canonical_bytes(entry)
                            leaf = merkle.hash_leaf(body)
                        assert body is not None
                        assert leaf is not None
                        node_rows += merkle.push_leaf(front, size, leaf)
                        entry_rows.append({"idx": size, "kind": entry.kind, "body": body,
                                           "at_us": _micros(entry)})
                        receipts.append(Receipt(size, leaf))
                        size += 1
                    results.append(receipts)
                store.insert(conn, self.origin, entry_rows, node_rows)
                if detail_rows:
                    conn.execute(details.insert(), detail_rows)
        except Exception as exc:  # every failure must reach the waiting callers
            self._cache = None
            if not batch:
                batch += self._take()
            for pending in batch:
                pending.error = exc
            return
        self._cache = (size, front)
        for pending, receipts in zip(batch, results, strict=True):
            pending.receipts = receipts

    def _check_details(self, entry: Entry) -> None:
        if self._cipher is None:
            raise AuditError("subject details need the audit-details secret")
        subject = getattr(entry, "subject", None)
        if not isinstance(subject, str) or not hasattr(entry, "details_commitment"):
            raise AuditError(f"{entry.kind} entries without a subject cannot carry details")

    def _seal(self, conn: Connection, entry: Entry, index: int, values: Details,
              rows: list[dict[str, Any]]) -> Entry:
        assert self._cipher is not None
        subject: str = getattr(entry, "subject")  # noqa: B009 - checked by _check_details
        key = self._subject_key(conn, subject)
        sealed = self._cipher.seal(key, subject, values)
        rows.append({"log_id": self.origin, "idx": index, "subject": subject,
                     "sealed": sealed.sealed, "at_us": _micros(entry)})
        replaced: Entry = dataclasses.replace(cast(Any, entry),
                                              details_commitment=sealed.commitment)
        return replaced

    def _subject_key(self, conn: Connection, subject: str) -> bytes:
        assert self._cipher is not None
        wrapped = conn.execute(sa.select(subject_keys.c.wrapped)
                               .where(subject_keys.c.subject == subject)).scalar()
        if wrapped is not None:
            return self._cipher.unwrap(subject, bytes(wrapped))
        key, wrapped = self._cipher.new_key(subject)
        conn.execute(subject_keys.insert().values(subject=subject, wrapped=wrapped,
                                                  created_us=int(time.time() * 1_000_000)))
        return key

    # -- reading the tree --------------------------------------------------------------------

    def size(self) -> int:
        with self.engine.connect() as conn:
            return store.head_size(conn, self.origin)

    def root(self, size: int | None = None) -> bytes:
        with self.engine.connect() as conn:
            size = store.head_size(conn, self.origin) if size is None else size
            return merkle.fold(store.frontier(conn, self.origin, size))

    def inclusion_proof(self, index: int, size: int) -> list[bytes]:
        """RFC 9162 inclusion proof of ``index`` in the tree of ``size`` (O(log n) nodes)."""
        return self._proof(merkle.inclusion_ranges(index, size), size)

    def consistency_proof(self, size1: int, size2: int) -> list[bytes]:
        """RFC 9162 consistency proof from ``size1`` to ``size2``."""
        if size1 == size2:
            return []
        return self._proof(merkle.consistency_ranges(size1, size2), size2)

    def _proof(self, ranges: list[merkle.Range], size: int) -> list[bytes]:
        with self.engine.connect() as conn:
            if size > store.head_size(conn, self.origin):
                raise ProofError(f"the log is smaller than {size} entries")
            return store.range_hashes(conn, self.origin, ranges)

    def entry_bytes(self, index: int) -> bytes:
        from audit.schema import entries

        with self.engine.connect() as conn:
            body = conn.execute(sa.select(entries.c.body).where(
                entries.c.log_id == self.origin, entries.c.idx == index)).scalar()
        if body is None:
            raise ProofError(f"entry {index} is not in the log")
        return bytes(body)

    def subject_details(self, subject: str) -> list[tuple[int, dict[str, object]]]:
        """Decrypt a subject's details (for access requests): ``(entry index, values)``."""
        if self._cipher is None:
            raise AuditError("subject details need the audit-details secret")
        with self.engine.connect() as conn:
            wrapped = conn.execute(sa.select(subject_keys.c.wrapped)
                                   .where(subject_keys.c.subject == subject)).scalar()
            if wrapped is None:
                return []
            key = self._cipher.unwrap(subject, bytes(wrapped))
            rows = conn.execute(sa.select(details.c.idx, details.c.sealed)
                                .where(details.c.subject == subject).order_by(details.c.idx))
            return [(int(r.idx), self._cipher.open(key, subject, bytes(r.sealed))[0])
                    for r in rows]


def _micros(entry: Entry) -> int:
    return int(entry.time.timestamp() * 1_000_000)
