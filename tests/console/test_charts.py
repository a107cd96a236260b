"""Chart figures equal counts over the entries themselves, on SQLite and PostgreSQL, whether
the daily counts were kept chunk by chunk or backfilled from an older index."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from audit.schema import entries
from governance.console import charts, sync_index, trail_index
from governance.console.schema import daily
from tests.console.conftest import ORIGIN, ConsoleEnv


def _expected(env: ConsoleEnv) -> tuple[Counter[str], Counter[str], Counter[str]]:
    decisions: Counter[str] = Counter()
    entities: Counter[str] = Counter()
    handoffs: Counter[str] = Counter()
    with env.engine.connect() as conn:
        for (body,) in conn.execute(sa.select(entries.c.body)):
            doc = json.loads(body)
            if doc["kind"] != "exchange-opened":
                continue
            decisions[doc["decision"]] += 1
            entities.update(doc["redactions"])
            if doc["decision"] == "handoff":
                handoffs[doc["handoff"]] += 1
    return decisions, entities, handoffs


def _figures(env: ConsoleEnv) -> tuple[Counter[str], Counter[str], Counter[str]]:
    since = datetime.now(UTC) - timedelta(days=56)
    per_day = charts.exchanges_per_day(env.engine, ORIGIN, since)
    per_week = charts.entities_per_week(env.engine, ORIGIN, since)
    handoffs = charts.handoffs_per_category(env.engine, ORIGIN, since)

    def totals(chart: charts.Chart) -> Counter[str]:
        return Counter({name: int(sum(values)) for name, values in chart.series if sum(values)})

    return totals(per_day), totals(per_week), Counter(
        dict(zip(handoffs.labels, (int(v) for v in handoffs.series[0][1]), strict=True)))


def test_chart_figures_are_the_counts_of_the_entries(make_env: Callable[..., ConsoleEnv],
                                                     database_url: str) -> None:
    env = make_env(database_url)
    sync_index(env.engine, ORIGIN, chunk=7)  # several chunks add to the same days
    assert _figures(env) == _expected(env)
    decisions, _, handoffs = _figures(env)
    assert decisions == Counter({"forwarded": 10, "refused": 10, "handoff": 10})
    assert handoffs == Counter({"harassment": 5, "sick-leave": 5})


def test_daily_counts_are_backfilled_for_an_index_built_without_them(env: ConsoleEnv) -> None:
    sync_index(env.engine, ORIGIN)
    with env.engine.begin() as conn:
        conn.execute(sa.delete(daily))
    trail_index._backfilled.clear()
    sync_index(env.engine, ORIGIN)
    assert _figures(env) == _expected(env)
