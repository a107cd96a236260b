"""Daily counts for the charts, kept with the side index (``console_trail_daily``).

Each indexed chunk adds its counts per (day, metric, key) with an upsert; a database indexed
before this table existed is filled once from the side index (``backfill``). Metrics:
``decision`` (exchanges opened, per decision), ``entity`` (entities redacted, per type) and
``handoff`` (handoffs, per category). Counts only: no subject, no text.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite

from governance.console.schema import daily, trail, trail_entities

DAY_US = 86_400_000_000


def add(conn: Connection, origin: str, trail_rows: list[dict[str, Any]],
        entity_rows: list[dict[str, Any]]) -> None:
    """Add one indexed chunk's counts."""
    counts: Counter[tuple[int, str, str]] = Counter()
    for row in trail_rows:
        if row["kind"] == "exchange-opened" and row["decision"]:
            day = row["at_us"] // DAY_US
            counts[(day, "decision", row["decision"])] += 1
            if row["decision"] == "handoff":
                counts[(day, "handoff", row["handoff"] or "unspecified")] += 1
    for row in entity_rows:
        counts[(row["at_us"] // DAY_US, "entity", row["entity"])] += row["count"]
    if counts:
        _upsert(conn, [{"log_id": origin, "day": d, "metric": m, "key": k[:64], "count": n}
                       for (d, m, k), n in sorted(counts.items())])


def _upsert(conn: Connection, rows: list[dict[str, Any]]) -> None:
    module: Any = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = module.insert(daily)
    conn.execute(statement.on_conflict_do_update(
        index_elements=[daily.c.log_id, daily.c.day, daily.c.metric, daily.c.key],
        set_={"count": daily.c.count + statement.excluded.count}), rows)


def backfill(conn: Connection, origin: str) -> None:
    """Fill the daily counts from an index built before they existed (once)."""
    if conn.execute(sa.select(daily.c.day).where(daily.c.log_id == origin).limit(1)).first():
        return
    if not conn.execute(sa.select(trail.c.idx).where(trail.c.log_id == origin).limit(1)).first():
        return
    day = (trail.c.at_us // DAY_US).label("day")
    queries = [
        sa.select(day, sa.literal("decision"), trail.c.decision, sa.func.count())
        .where(trail.c.log_id == origin, trail.c.kind == "exchange-opened",
               trail.c.decision.is_not(None)).group_by(day, trail.c.decision),
        sa.select(day, sa.literal("handoff"), sa.func.coalesce(trail.c.handoff, "unspecified"),
                  sa.func.count())
        .where(trail.c.log_id == origin, trail.c.kind == "exchange-opened",
               trail.c.decision == "handoff")
        .group_by(day, sa.func.coalesce(trail.c.handoff, "unspecified")),
    ]
    e = trail_entities
    eday = (e.c.at_us // DAY_US).label("day")
    queries.append(sa.select(eday, sa.literal("entity"), e.c.entity, sa.func.sum(e.c.count))
                   .where(e.c.log_id == origin).group_by(eday, e.c.entity))
    rows = [{"log_id": origin, "day": int(d), "metric": str(m), "key": str(k)[:64],
             "count": int(n)} for query in queries for d, m, k, n in conn.execute(query)]
    if rows:
        _upsert(conn, rows)
