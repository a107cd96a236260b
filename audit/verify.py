"""Full verification of a log: every leaf and root recomputed, streaming, O(log n) memory.

Checks, reporting the smallest index where the log cannot be trusted:
- contiguity (indices 0..n-1, no gap);
- each entry's bytes against its stored leaf hash;
- every stored checkpoint: signature by the log key, origin, and root at its size;
- saved checkpoints kept by an officer (``against``): root at their size, and not truncated;
- the stored tree nodes (used for proofs) against the recomputed frontier.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Engine

from audit import merkle, store
from audit.errors import AuditError
from audit.note import Checkpoint, Verifier, open_checkpoint

Progress = Callable[[int], None]
CHUNK = 20_000


@dataclass(frozen=True, slots=True)
class VerifyReport:
    ok: bool
    size: int
    first_bad_index: int | None
    message: str
    checkpoints: int
    root: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Target:
    size: int
    root: bytes
    label: str
    after: int  # the largest size known good before this one: the first index it vouches for


def _problem(problems: list[tuple[int, str]], index: int, message: str) -> None:
    problems.append((index, message))


def _targets(rows: Sequence[Any], origin: str, verifiers: Sequence[Verifier],
             against: Sequence[Checkpoint], problems: list[tuple[int, str]]) -> list[_Target]:
    targets: list[_Target] = []
    good = 0
    for row in rows:
        size = int(row.size)
        try:
            cp = open_checkpoint(row.note, verifiers, origin=origin)
        except AuditError as exc:
            _problem(problems, good, f"checkpoint at size {size} does not verify "
                                     f"({exc}); entries from index {good} are not vouched for")
            continue
        if cp.size != size or cp.root != bytes(row.root):
            _problem(problems, good, f"checkpoint row at size {size} disagrees with its note")
            continue
        targets.append(_Target(size, cp.root, f"checkpoint at size {size}", good))
        good = size
    saved = sorted(against, key=lambda c: c.size)
    good = 0
    for cp in saved:
        if cp.origin != origin:
            _problem(problems, 0, f"saved checkpoint is for log {cp.origin!r}, not {origin!r}")
            continue
        targets.append(_Target(cp.size, cp.root, f"saved checkpoint at size {cp.size}", good))
        good = cp.size
    return sorted(targets, key=lambda t: t.size)


def verify_log(engine: Engine, origin: str, verifier: Verifier | Sequence[Verifier], *,
               against: Sequence[Checkpoint] = (), progress: Progress | None = None
               ) -> VerifyReport:
    """Verify the whole log ``origin``; ``against`` are checkpoints saved outside the database.

    ``verifier`` may list the current and earlier (rotated) checkpoint keys. ``against``
    notes must already be signature-checked by the caller (``Checkpoint.open``).
    """
    verifiers = [verifier] if isinstance(verifier, Verifier) else list(verifier)
    problems: list[tuple[int, str]] = []
    with engine.connect() as conn:
        rows = store.checkpoint_rows(conn, origin)
    targets = _targets(rows, origin, verifiers, against, problems)
    front: list[bytes] = []
    expected = 0
    pos = 0
    while pos < len(targets) and targets[pos].size == 0:
        _check_target(targets[pos], front, problems)
        pos += 1
    expected, broken = _scan(engine, origin, front, targets, pos, problems, progress)
    size = expected
    for target in targets:
        if target.size > size and not broken:
            _problem(problems, size, f"log has {size} entries but the {target.label} was "
                                     f"signed: entries from index {size} are missing")
    if not broken:
        _check_stored_frontier(engine, origin, size, front, problems)
    root = merkle.fold(front)
    encoded = base64.b64encode(root).decode()
    if problems:
        index, message = min(problems, key=lambda p: p[0])
        return VerifyReport(False, size, index, message, len(rows), encoded)
    return VerifyReport(True, size, None,
                        f"log {origin}: {size} entries verified, {len(rows)} checkpoints",
                        len(rows), encoded)


def _check_target(target: _Target, front: list[bytes], problems: list[tuple[int, str]]) -> None:
    if merkle.fold(front) != target.root:
        _problem(problems, target.after,
                 f"root at size {target.size} does not match the {target.label}: an entry "
                 f"between index {target.after} and {target.size - 1} was altered")


def _check_stored_frontier(engine: Engine, origin: str, size: int, front: list[bytes],
                           problems: list[tuple[int, str]]) -> None:
    plan = merkle.range_nodes(0, size)
    with engine.connect() as conn:
        found = store.fetch_nodes(conn, origin, plan)
    for (level, index), recomputed in zip(plan, front, strict=True):
        if found.get((level, index)) != recomputed:
            first = index << level
            _problem(problems, first, f"stored tree node covering entries {first}.."
                                      f"{((index + 1) << level) - 1} is wrong")
            return


_ENTRIES = "SELECT idx, body FROM audit_entries WHERE log_id = ? ORDER BY idx"
BLOCK_LEVEL = 6
BLOCK = 1 << BLOCK_LEVEL
_BLOCKS = "SELECT idx, hash FROM audit_nodes WHERE log_id = ? AND level = 6 ORDER BY idx"


def _rows(cursor: Any) -> Iterator[Any]:
    while batch := cursor.fetchmany(CHUNK):
        yield from batch


def _padded(rows: Iterator[Any]) -> Iterator[Any]:
    yield from rows
    while True:
        yield (-1, b"")


@contextmanager
def _streams(engine: Engine, origin: str) -> Iterator[tuple[Iterator[Any], Iterator[Any]]]:
    """Entries, and stored 64-leaf block hashes, both in primary-key order: two sequential
    scans, no join. Driver cursors (server-side on PostgreSQL) keep memory flat."""
    raw = engine.raw_connection()
    cursors: list[Any] = []
    try:
        if engine.dialect.name == "postgresql":
            driver: Any = raw.driver_connection
            cursors = [driver.cursor(name="audit_entries"), driver.cursor(name="audit_blocks")]
            mark = "%s"
        else:
            cursors, mark = [raw.cursor(), raw.cursor()], "?"
        cursors[0].execute(_ENTRIES.replace("?", mark), (origin,))
        cursors[1].execute(_BLOCKS.replace("?", mark), (origin,))
        yield _rows(cursors[0]), _padded(_rows(cursors[1]))
    finally:
        for cursor in cursors:
            cursor.close()
        raw.rollback()
        raw.close()


def _compare_leaves(engine: Engine, origin: str, start: int, leaves: list[bytes],
                    problems: list[tuple[int, str]]) -> bool:
    """Find the first entry in ``[start, start + len(leaves))`` whose stored leaf differs."""
    plan = [(0, i) for i in range(start, start + len(leaves))]
    with engine.connect() as conn:
        stored = store.fetch_nodes(conn, origin, plan)
    for i, leaf in enumerate(leaves):
        if stored.get((0, start + i)) != leaf:
            _problem(problems, start + i, f"entry {start + i} does not match its logged leaf hash")
            return False
    return True


def _scan(engine: Engine, origin: str, front: list[bytes], targets: list[_Target], pos: int,
          problems: list[tuple[int, str]], progress: Progress | None) -> tuple[int, bool]:
    """Recompute every leaf and the frontier; returns (entries verified, stopped early).

    Each completed 64-leaf block is compared with its stored node (one row per 64 entries
    instead of one per entry); on a mismatch its leaves are compared to name the entry.
    """
    sha256 = hashlib.sha256
    push, pop = front.append, front.pop
    next_size = targets[pos].size if pos < len(targets) else -1
    n = 0
    block: list[bytes] = []
    with _streams(engine, origin) as (stored_entries, stored_blocks):
        for idx, body in stored_entries:
            if idx != n:
                _problem(problems, n, f"entry {n} is missing (next stored index is {idx})")
                return n, True
            acc = sha256(b"\x00" + body).digest()
            block.append(acc)
            k, level = n, 0  # merkle.push_leaf, inlined: this loop runs a million times
            while k & 1:
                acc = sha256(b"\x01" + pop() + acc).digest()
                k, level = k >> 1, level + 1
                if level == BLOCK_LEVEL:  # this leaf completed a block: acc is its node
                    start = n + 1 - BLOCK
                    if next(stored_blocks) != (start >> BLOCK_LEVEL, acc):
                        if _compare_leaves(engine, origin, start, block, problems):
                            _problem(problems, start, f"stored tree node covering entries "
                                                      f"{start}..{n} is wrong")
                        return start, True
                    block = []
            push(acc)
            n += 1
            while n == next_size:
                if merkle.fold(front) != targets[pos].root:
                    # name the entry if it is in the block not yet checked against its node
                    if not _compare_leaves(engine, origin, n - len(block), block, problems):
                        return n - len(block), True
                    _check_target(targets[pos], front, problems)
                pos += 1
                next_size = targets[pos].size if pos < len(targets) else -1
            if progress is not None and n % CHUNK == 0:
                progress(CHUNK)
    if progress is not None:
        progress(n % CHUNK)
    if block and not _compare_leaves(engine, origin, n - len(block), block, problems):
        return n - len(block), True
    return n, False
