"""The four pictures: aggregate counts only (no subject, no text), each also a data table.

- exchanges per day by decision (forwarded, refused, handed off);
- entity types redacted per week;
- consent rate per purpose and notice version (grants / (grants + refusals));
- handoffs per category.
Counts come from the console's daily counts (``rollup``) over a recent window, and from the
consent ledger's period iterator.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from consent import ConsentService
from governance.console.schema import daily

DAY_US = 86_400_000_000
DECISIONS = ("forwarded", "refused", "handoff")


@dataclass(frozen=True, slots=True)
class Chart:
    """One picture: ``labels`` on the x axis, one value list per series."""

    chart_id: str
    title: str
    kind: str  # a Chart.js type: "bar" or "line"
    labels: list[str]
    series: list[tuple[str, list[float]]]
    unit: str = "count"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, "labels": self.labels, "unit": self.unit,
                "series": [{"name": n, "values": v} for n, v in self.series]}

    @property
    def rows(self) -> list[tuple[str, list[float]]]:
        """The table fallback: one row per label, one cell per series."""
        return [(label, [values[i] for _, values in self.series])
                for i, label in enumerate(self.labels)]


def _day(day: int) -> str:
    return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(days=day)).strftime("%Y-%m-%d")


def _daily(engine: Engine, origin: str, metric: str, since: datetime
           ) -> list[tuple[int, str, int]]:
    first = int(since.timestamp() * 1_000_000) // DAY_US
    query = (sa.select(daily.c.day, daily.c.key, daily.c.count)
             .where(daily.c.log_id == origin, daily.c.metric == metric, daily.c.day >= first)
             .order_by(daily.c.day, daily.c.key))
    with engine.connect() as conn:
        return [(int(d), str(k), int(n)) for d, k, n in conn.execute(query)]


def exchanges_per_day(engine: Engine, origin: str, since: datetime) -> Chart:
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for day, decision, n in _daily(engine, origin, "decision", since):
        counts[day][decision] = n
    days = sorted(counts)
    return Chart("exchanges", "Exchanges per day by decision", "bar", [_day(d) for d in days],
                 [(name, [float(counts[d].get(name, 0)) for d in days]) for name in DECISIONS])


def entities_per_week(engine: Engine, origin: str, since: datetime) -> Chart:
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, entity, n in _daily(engine, origin, "entity", since):
        # Weeks start on Monday: 1970-01-01 was a Thursday, three days after one.
        counts[(day + 3) // 7][entity] += n
    weeks = sorted(counts)
    names = sorted({name for per in counts.values() for name in per})
    return Chart("entities", "Entity types redacted per week (week starting)", "bar",
                 [_day(w * 7 - 3) for w in weeks],
                 [(name, [float(counts[w].get(name, 0)) for w in weeks]) for name in names])


def handoffs_per_category(engine: Engine, origin: str, since: datetime) -> Chart:
    totals: dict[str, int] = defaultdict(int)
    for _, category, n in _daily(engine, origin, "handoff", since):
        totals[category] += n
    found = sorted(totals.items())
    return Chart("handoffs", "Handoffs to a human per category", "bar",
                 [h for h, _ in found], [("handoffs", [float(n) for _, n in found])])


def consent_rates(service: ConsentService, since: datetime) -> Chart:
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for record in service.iter_events(since, None):
        counts[(record.purpose, record.notice_version)][record.event] += 1
    keys = sorted(counts)
    rates = []
    for key in keys:
        grants, refusals = counts[key]["grant"], counts[key]["refuse"]
        rates.append(round(100.0 * grants / (grants + refusals), 1) if grants + refusals else 0.0)
    return Chart("consent", "Consent rate per purpose and notice version (%)", "bar",
                 [f"{purpose} @ {version[:19]}" for purpose, version in keys],
                 [("consent rate %", rates),
                  ("grants", [float(counts[k]["grant"]) for k in keys]),
                  ("refusals", [float(counts[k]["refuse"]) for k in keys]),
                  ("withdrawals", [float(counts[k]["withdraw"]) for k in keys])], unit="%")


def all_charts(engine: Engine, origin: str, service: ConsentService, now: datetime,
               days: int = 56) -> list[Chart]:
    since = now - timedelta(days=days)
    return [exchanges_per_day(engine, origin, since), entities_per_week(engine, origin, since),
            consent_rates(service, since), handoffs_per_category(engine, origin, since)]
