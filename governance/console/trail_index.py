"""The console's side index of the audit log, kept current from the logged entries.

``sync_index`` copies the filterable fields of new audit entries (route, decision, handoff
category, entity types) into ``console_trail`` / ``console_trail_entities``; it reads only
entries past the last indexed index, so calling it before each page costs two small queries
once caught up. ``Indexer`` bounds the work a page does and catches up a large backlog (a
first start over an existing log) in a background thread.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from audit.schema import entries
from governance.console import rollup
from governance.console.schema import trail, trail_entities, trail_values

SYNC_CHUNK = 20_000
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()
_backfilled: set[tuple[str, str]] = set()


def _lock(origin: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(origin, threading.Lock())


def sync_index(engine: Engine, origin: str, *, chunk: int = SYNC_CHUNK,
               max_rows: int | None = None, blocking: bool = True) -> int:
    """Index entries appended since the last call (at most ``max_rows``); returns how many.

    With ``blocking=False`` it returns 0 at once when another thread is indexing.
    """
    return _sync(engine, origin, chunk, max_rows, blocking)[0]


def _sync(engine: Engine, origin: str, chunk: int, max_rows: int | None,
          blocking: bool) -> tuple[int, bool | None]:
    """(entries added, caught up?); None when another thread held the lock."""
    added = 0
    caught_up = False
    lock = _lock(origin)
    if not lock.acquire(blocking=blocking):
        return 0, None
    try:
        if (str(engine.url), origin) not in _backfilled:
            with engine.begin() as conn:
                rollup.backfill(conn, origin)
            _backfilled.add((str(engine.url), origin))
        while max_rows is None or added < max_rows:
            size = chunk if max_rows is None else min(chunk, max_rows - added)
            with engine.connect() as conn:
                start = _next_index(conn, origin)
                rows = conn.execute(
                    sa.select(entries.c.idx, entries.c.kind, entries.c.at_us, entries.c.body)
                    .where(entries.c.log_id == origin, entries.c.idx >= start)
                    .order_by(entries.c.idx).limit(size)).all()
            if not rows:
                caught_up = True
                break
            trail_rows, entity_rows = extract(origin, rows)
            try:
                with engine.begin() as conn:
                    conn.execute(trail.insert(), trail_rows)
                    if entity_rows:
                        conn.execute(trail_entities.insert(), entity_rows)
                    _add_values(conn, origin, trail_rows, entity_rows)
                    rollup.add(conn, origin, trail_rows, entity_rows)
            except sa.exc.IntegrityError:
                break  # another instance indexed the same entries first
            added += len(trail_rows)
            if len(rows) < size:
                caught_up = True
                break
    finally:
        lock.release()
    return added, caught_up


def _next_index(conn: sa.Connection, origin: str) -> int:
    last = conn.execute(sa.select(sa.func.max(trail.c.idx))
                        .where(trail.c.log_id == origin)).scalar()
    return 0 if last is None else int(last) + 1


def backlog(engine: Engine, origin: str) -> int:
    """How many logged entries the side index does not hold yet."""
    with engine.connect() as conn:
        head = conn.execute(sa.select(sa.func.max(entries.c.idx))
                            .where(entries.c.log_id == origin)).scalar()
        return (0 if head is None else int(head) + 1) - _next_index(conn, origin)


class Indexer:
    """Keeps the side index current without making a page wait for a large backlog.

    Each page indexes up to ``page_rows`` new entries itself (so what was just logged shows at
    once); a larger backlog, as on the first start over an existing log, is caught up by one
    background thread while pages show what is indexed so far.
    """

    def __init__(self, engine: Engine, origin: str, *, page_rows: int = 2000) -> None:
        self.engine = engine
        self.origin = origin
        self.page_rows = page_rows
        self._thread: threading.Thread | None = None
        self._guard = threading.Lock()

    def refresh(self) -> int:
        """Index what a page may; returns the backlog still to index."""
        _, caught_up = _sync(self.engine, self.origin, SYNC_CHUNK, self.page_rows, False)
        left = 0 if caught_up else backlog(self.engine, self.origin)
        if left > 0:
            with self._guard:
                if self._thread is None or not self._thread.is_alive():
                    self._thread = threading.Thread(
                        target=sync_index, args=(self.engine, self.origin),
                        name="console-index", daemon=True)
                    self._thread.start()
        return left

    def join(self, timeout: float | None = None) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)


def extract(origin: str, rows: Sequence[Any]) -> tuple[list[dict[str, Any]],
                                                       list[dict[str, Any]]]:
    """The side-index rows of entry rows ``(idx, kind, at_us, body)``."""
    trail_rows: list[dict[str, Any]] = []
    entity_rows: list[dict[str, Any]] = []
    for idx, kind, at_us, body in rows:
        doc = json.loads(bytes(body)) if kind == "exchange-opened" else {}
        trail_rows.append({"log_id": origin, "idx": int(idx), "at_us": int(at_us),
                           "kind": str(kind)[:32], "route": _cut(doc.get("route"), 300),
                           "decision": _cut(doc.get("decision"), 16),
                           "handoff": _cut(doc.get("handoff"), 64)})
        redactions = doc.get("redactions") or {}
        if isinstance(redactions, dict):
            for entity, count in redactions.items():
                if isinstance(count, int) and count > 0:
                    entity_rows.append({"log_id": origin, "entity": str(entity)[:64],
                                        "at_us": int(at_us), "idx": int(idx), "count": count})
    return trail_rows, entity_rows


def _add_values(conn: sa.Connection, origin: str, trail_rows: list[dict[str, Any]],
                entity_rows: list[dict[str, Any]]) -> None:
    seen = {(name, row[name]) for row in trail_rows for name in ("route", "handoff", "kind")
            if row[name]}
    seen |= {("entity", row["entity"]) for row in entity_rows}
    if not seen:
        return
    known = {(str(f), str(v)) for f, v in conn.execute(
        sa.select(trail_values.c.field, trail_values.c.value)
        .where(trail_values.c.log_id == origin))}
    new = seen - known
    if new:
        conn.execute(trail_values.insert(), [{"log_id": origin, "field": f, "value": v}
                                             for f, v in sorted(new)])


def _cut(value: object, size: int) -> str | None:
    return value[:size] if isinstance(value, str) and value else None
