"""The audit trail as a filterable, keyset-paged list over the console's side index.

Pages are ordered newest first by ``(at_us, idx)`` and continue from a cursor (keyset), never
with OFFSET: page 20,000 costs what page 1 costs. Every filter is an equality on a column
with an index ending in ``(at_us, idx)`` (entity types: their own table, keyed the same way),
so a page is one index range scan. The index itself is kept by ``trail_index``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from governance.console.schema import trail, trail_entities, trail_values

PAGE_SIZE = 50
DECISIONS = ("forwarded", "refused", "handoff")
_TOKEN = re.compile(r"[A-Za-z0-9_.:/\-]{1,300}")


@dataclass(frozen=True, slots=True)
class TrailFilter:
    """What the officer asked for; every field is validated text or None."""

    since: datetime | None = None
    until: datetime | None = None
    route: str | None = None
    decision: str | None = None
    handoff: str | None = None
    entity: str | None = None
    kind: str | None = None

    @classmethod
    def parse(cls, params: Any) -> tuple[TrailFilter, list[str]]:
        """From query parameters; bad values are dropped and named in the error list."""
        errors: list[str] = []

        def text(name: str) -> str | None:
            value = str(params.get(name) or "").strip()
            if not value:
                return None
            if not _TOKEN.fullmatch(value):
                errors.append(name)
                return None
            return value

        def moment(name: str) -> datetime | None:
            value = str(params.get(name) or "").strip()
            if not value:
                return None
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                errors.append(name)
                return None
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed

        decision = text("decision")
        if decision is not None and decision not in DECISIONS:
            errors.append("decision")
            decision = None
        found = cls(moment("since"), moment("until"), text("route"), decision, text("handoff"),
                    text("entity"), text("kind"))
        return found, errors

    def query(self) -> dict[str, str]:
        out = {k: getattr(self, k) for k in ("route", "decision", "handoff", "entity", "kind")}
        for k in ("since", "until"):
            value = getattr(self, k)
            if value is not None:
                out[k] = value.isoformat()
        return {k: v for k, v in out.items() if v}


@dataclass(frozen=True, slots=True)
class TrailRow:
    index: int
    time: datetime
    kind: str
    route: str | None
    decision: str | None
    handoff: str | None
    entities: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TrailPage:
    rows: list[TrailRow]
    next_cursor: str | None


def encode_cursor(at_us: int, idx: int) -> str:
    return f"{at_us}.{idx}"


def decode_cursor(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    at, _, idx = text.partition(".")
    if not (at.isdigit() and idx.isdigit()) or len(text) > 40:
        return None
    return int(at), int(idx)


def _micros(moment: datetime) -> int:
    return int(moment.timestamp() * 1_000_000)


def page(engine: Engine, origin: str, filters: TrailFilter, cursor: str | None = None,
         size: int = PAGE_SIZE) -> TrailPage:
    """One page, newest first, continuing after ``cursor``."""
    t = trail
    query = sa.select(t.c.idx, t.c.at_us, t.c.kind, t.c.route, t.c.decision, t.c.handoff)
    if filters.entity is not None:
        # Drive the scan from the entity index: (log_id, entity, at_us, idx) is the page order.
        e = trail_entities
        query = (query.select_from(e.join(t, sa.and_(t.c.log_id == e.c.log_id,
                                                     t.c.idx == e.c.idx)))
                 .where(e.c.log_id == origin, e.c.entity == filters.entity))
        order_at, order_idx = e.c.at_us, e.c.idx
    else:
        query = query.where(t.c.log_id == origin)
        order_at, order_idx = t.c.at_us, t.c.idx
    for column, value in ((t.c.route, filters.route), (t.c.decision, filters.decision),
                          (t.c.handoff, filters.handoff), (t.c.kind, filters.kind)):
        if value is not None:
            query = query.where(column == value)
    if filters.since is not None:
        query = query.where(order_at >= _micros(filters.since))
    if filters.until is not None:
        query = query.where(order_at < _micros(filters.until))
    after = decode_cursor(cursor)
    if after is not None:
        query = query.where(sa.tuple_(order_at, order_idx) < sa.tuple_(*after))
    query = query.order_by(order_at.desc(), order_idx.desc()).limit(size + 1)
    with engine.connect() as conn:
        found = conn.execute(query).all()
        more = len(found) > size
        found = found[:size]
        counts: dict[int, dict[str, int]] = {}
        if found:
            e = trail_entities
            for idx, entity, count in conn.execute(
                    sa.select(e.c.idx, e.c.entity, e.c.count).where(
                        e.c.log_id == origin, e.c.idx.in_([int(r.idx) for r in found]))):
                counts.setdefault(int(idx), {})[str(entity)] = int(count)
    rows = [TrailRow(int(r.idx), datetime.fromtimestamp(r.at_us / 1_000_000, UTC), str(r.kind),
                     r.route, r.decision, r.handoff, counts.get(int(r.idx), {}))
            for r in found]
    last = found[-1] if found and more else None
    return TrailPage(rows, encode_cursor(int(last.at_us), int(last.idx)) if last else None)


def choices(engine: Engine, origin: str) -> dict[str, list[str]]:
    """Known values for the filter drop-downs (kept by ``sync_index``; a small table)."""
    out: dict[str, list[str]] = {"route": [], "handoff": [], "kind": [], "entity": []}
    with engine.connect() as conn:
        for name, value in conn.execute(
                sa.select(trail_values.c.field, trail_values.c.value)
                .where(trail_values.c.log_id == origin)
                .order_by(trail_values.c.field, trail_values.c.value)):
            out.setdefault(str(name), []).append(str(value))
    return out
