"""Signed checkpoints: produced every N entries or T seconds, each proven consistent with the
previous one before it is signed, then handed to sinks the operator does not control.

A sink is any ``Callable[[Checkpoint], None]``: ``FileSink`` appends each signed note to a file
a compliance officer keeps (``audit verify --against`` reads it back), ``WebhookSink`` POSTs it.
"""

from __future__ import annotations

import os
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from audit import merkle, store
from audit.errors import AuditError, FormatError
from audit.log import AuditLog
from audit.note import DASH, Checkpoint, open_checkpoint
from audit.schema import checkpoints
from audit.tlogproof import TlogProof

CheckpointSink = Callable[[Checkpoint], None]


def latest_checkpoint(log: AuditLog) -> Checkpoint | None:
    """The newest stored checkpoint, signature checked with the log's keys."""
    with log.engine.connect() as conn:
        row = store.latest_checkpoint_row(conn, log.origin)
    return None if row is None else open_checkpoint(row.note, log.verifiers, origin=log.origin)


def sign_checkpoint(log: AuditLog) -> Checkpoint:
    """Sign the current tree head, after proving it consistent with the previous checkpoint."""
    previous = latest_checkpoint(log)
    size = log.size()
    root = log.root(size)
    if previous is not None:
        if previous.size == size:
            if previous.root != root:
                raise AuditError(f"the tree at size {size} no longer has its checkpointed root")
            return previous
        if previous.size > 0:  # every tree extends the empty one
            proof = log.consistency_proof(previous.size, size)
            merkle.verify_consistency(previous.size, size, proof, previous.root, root)
    signed = Checkpoint(log.origin, size, root).signed(log.signer)
    try:
        with log.engine.begin() as conn:
            conn.execute(checkpoints.insert().values(
                log_id=log.origin, size=size, root=root, note=signed.note,
                created_us=int(time.time() * 1_000_000)))
    except sa.exc.IntegrityError:
        pass  # another instance signed the same head: the note is identical (Ed25519)
    return signed


@dataclass
class Checkpointer:
    """Decides when to sign (``every_entries`` new entries or ``every_seconds`` elapsed)."""

    log: AuditLog
    every_entries: int = 1000
    every_seconds: float = 300.0
    sinks: Sequence[CheckpointSink] = ()
    clock: Callable[[], float] = time.time

    def maybe_checkpoint(self) -> Checkpoint | None:
        """Sign and export a checkpoint if one is due; call it from a background task."""
        with self.log.engine.connect() as conn:
            row = store.latest_checkpoint_row(conn, self.log.origin)
            size = store.head_size(conn, self.log.origin)
        if row is not None:
            grown = size - int(row.size)
            age = self.clock() - int(row.created_us) / 1_000_000
            if grown <= 0 or (grown < self.every_entries and age < self.every_seconds):
                return None
        elif size == 0:
            return None
        return self.checkpoint()

    def checkpoint(self) -> Checkpoint:
        """Sign one now and export it to every sink (all are tried; the first error raised)."""
        signed = sign_checkpoint(self.log)
        failures: list[Exception] = []
        for sink in self.sinks:
            try:
                sink(signed)
            except Exception as exc:  # one sink down must not stop the others
                failures.append(exc)
        if failures:
            raise AuditError(f"checkpoint export failed for {len(failures)} sink(s)") \
                from failures[0]
        return signed


@dataclass(frozen=True, slots=True)
class FileSink:
    """Append each signed checkpoint to ``path`` (fsynced): the officer's saved copy."""

    path: Path

    def __call__(self, checkpoint: Checkpoint) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(checkpoint.note + "\n")
            fh.flush()
            os.fsync(fh.fileno())


@dataclass(frozen=True, slots=True)
class WebhookSink:
    """POST each signed checkpoint (text/plain) to an HTTPS endpoint outside our control."""

    url: str
    timeout: float = 5.0

    def __post_init__(self) -> None:
        if not self.url.startswith(("https://", "http://")):
            raise ValueError(f"webhook url must be http(s), got {self.url!r}")

    def __call__(self, checkpoint: Checkpoint) -> None:
        request = urllib.request.Request(  # noqa: S310 - scheme checked in __post_init__
            self.url, data=checkpoint.note.encode(), method="POST",
            headers={"Content-Type": "text/plain; charset=utf-8"})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
            if response.status >= 300:
                raise AuditError(f"checkpoint webhook answered {response.status}")


def read_checkpoints(text: str) -> list[Checkpoint]:
    """Split a file of signed notes (as written by ``FileSink``) into unverified checkpoints."""
    out = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not lines[i]:
            i += 1
            continue
        body: list[str] = []
        while i < len(lines) and lines[i]:
            body.append(lines[i])
            i += 1
        i += 1
        sigs: list[str] = []
        while i < len(lines) and lines[i].startswith(DASH):
            sigs.append(lines[i])
            i += 1
        if not sigs:
            raise FormatError("checkpoint file holds a note without signature lines")
        out.append(Checkpoint.parse_unverified("\n".join(body) + "\n\n" + "\n".join(sigs) + "\n"))
    return out


def prove_entry(log: AuditLog, index: int) -> TlogProof:
    """A ``tlog-proof@v1`` for entry ``index`` against the latest checkpoint covering it.

    Signs a new checkpoint when none covers the entry yet. The proof is checked before it is
    returned, so a corrupt node table cannot produce a proof that fails later, offline.
    """
    checkpoint = latest_checkpoint(log)
    if checkpoint is None or checkpoint.size <= index:
        checkpoint = sign_checkpoint(log)
    proof = TlogProof(log.entry_bytes(index), index,
                      tuple(log.inclusion_proof(index, checkpoint.size)), checkpoint.note)
    proof.verify(log.verifier)
    return proof
