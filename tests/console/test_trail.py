"""The audit trail's side index, filters and keyset paging, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.testclient import TestClient

from audit.schema import entries
from governance.console import TrailFilter, create_console_schema, sync_index
from governance.console import trail_index as trail_module
from governance.console.trail import page
from governance.console.trail_index import Indexer, backlog
from tests.console.conftest import ORIGIN, PREFIX, ConsoleEnv, exchange

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _all_entries(env: ConsoleEnv) -> list[dict[str, Any]]:
    with env.engine.connect() as conn:
        rows = conn.execute(entries.select().order_by(entries.c.idx)).all()
    return [{"idx": int(r.idx), "at_us": int(r.at_us), **json.loads(r.body)} for r in rows]


def _walk(env: ConsoleEnv, filters: TrailFilter, size: int) -> list[int]:
    seen: list[int] = []
    cursor = None
    while True:
        found = page(env.engine, ORIGIN, filters, cursor, size)
        seen += [r.index for r in found.rows]
        if found.next_cursor is None:
            return seen
        cursor = found.next_cursor


def _expected(env: ConsoleEnv, keep: Callable[[dict[str, Any]], bool]) -> list[int]:
    chosen = [e for e in _all_entries(env) if keep(e)]
    return [e["idx"] for e in sorted(chosen, key=lambda e: (e["at_us"], e["idx"]), reverse=True)]


CASES: list[tuple[dict[str, Any], Callable[[dict[str, Any]], bool]]] = [
    ({}, lambda e: True),
    ({"decision": "refused"}, lambda e: e.get("decision") == "refused"),
    ({"route": "/v1/responses"}, lambda e: e.get("route") == "/v1/responses"),
    ({"handoff": "harassment"}, lambda e: e.get("handoff") == "harassment"),
    ({"entity": "PERSON"}, lambda e: "PERSON" in (e.get("redactions") or {})),
    ({"kind": "consent"}, lambda e: e["kind"] == "consent"),
    ({"entity": "EMAIL_ADDRESS", "decision": "handoff", "route": "/v1/chat/completions"},
     lambda e: "EMAIL_ADDRESS" in (e.get("redactions") or {}) and e.get("decision") == "handoff"
     and e.get("route") == "/v1/chat/completions"),
]


def test_filters_and_paging_return_exactly_the_matching_entries_newest_first(
        make_env: Callable[..., ConsoleEnv], database_url: str) -> None:
    env = make_env(database_url)
    sync_index(env.engine, ORIGIN)
    for fields, keep in CASES:
        expected = _expected(env, keep)
        assert expected, fields  # the seed covers every case
        assert _walk(env, TrailFilter(**fields), size=4) == expected, fields


def test_time_filters_use_the_entry_time(env: ConsoleEnv) -> None:
    sync_index(env.engine, ORIGIN)
    everything = _all_entries(env)
    middle = sorted(e["at_us"] for e in everything)[len(everything) // 2]
    since = datetime.fromtimestamp(middle / 1_000_000, UTC)
    until = since + timedelta(days=2)
    got = _walk(env, TrailFilter(since=since, until=until), size=5)
    assert got == _expected(env, lambda e: since.timestamp() * 1e6 <= e["at_us"]
                            < until.timestamp() * 1e6)


def test_the_index_follows_new_entries_and_a_second_sync_adds_nothing(env: ConsoleEnv) -> None:
    first = sync_index(env.engine, ORIGIN)
    assert first == env.log.size()
    assert sync_index(env.engine, ORIGIN) == 0

    env.log.append(exchange(500, T0, decision="handoff", handoff="conflict"))
    assert sync_index(env.engine, ORIGIN, chunk=2) == 1
    assert _walk(env, TrailFilter(handoff="conflict"), 10) == [env.log.size() - 1]


def test_schema_creation_is_idempotent(make_env: Callable[..., ConsoleEnv],
                                       database_url: str) -> None:
    env = make_env(database_url, seeded=False)
    create_console_schema(env.engine)
    create_console_schema(env.engine)
    assert len(env.accounts.list_users()) == 3


def test_the_page_filters_and_pages_through_links(as_role: Callable[[str], TestClient]) -> None:
    client = as_role("compliance")
    response = client.get(f"{PREFIX}/audit", params={"decision": "handoff"})
    assert response.status_code == 200
    assert response.text.count('<span class="tag tag-handoff">') == 10
    assert 'tag-refused' not in response.text
    first = client.get(f"{PREFIX}/audit")
    assert first.text.count("<tr><td><a href=") == 31  # under one page
    assert "Older entries" not in first.text


def test_the_api_pages_with_a_cursor(as_role: Callable[[str], TestClient],
                                     env: ConsoleEnv) -> None:
    client = as_role("compliance")
    for i in range(60):
        env.log.append(exchange(1000 + i, T0 + timedelta(minutes=i)))
    first = client.get(f"{PREFIX}/api/trail").json()
    assert len(first["entries"]) == 50
    assert first["next"]
    second = client.get(f"{PREFIX}/api/trail", params={"after": first["next"]}).json()
    indices = [e["index"] for e in first["entries"] + second["entries"]]
    assert len(indices) == len(set(indices)) == env.log.size()
    assert second["next"] is None


def test_a_large_backlog_is_indexed_in_the_background_not_by_the_page(env: ConsoleEnv) -> None:
    indexer = Indexer(env.engine, ORIGIN, page_rows=5)
    left = indexer.refresh()
    assert left == env.log.size() - 5  # the page indexed five, the thread does the rest
    indexer.join(30)
    assert backlog(env.engine, ORIGIN) == 0
    assert _walk(env, TrailFilter(), size=50) == _expected(env, lambda e: True)


def test_the_page_says_when_the_index_is_catching_up(as_role: Callable[[str], TestClient],
                                                     env: ConsoleEnv) -> None:
    client = as_role("compliance")
    console = env.app.routes[0].app.state.console  # type: ignore[attr-defined]
    client.get(f"{PREFIX}/audit")
    for i in range(3):
        env.log.append(exchange(700 + i, T0))
    with trail_module._lock(ORIGIN):  # another thread is indexing: the page must not wait
        page = client.get(f"{PREFIX}/audit")
    assert "The filter index is catching up: 3 recent entries" in page.text
    console.indexer.join(30)
    assert "catching up" not in client.get(f"{PREFIX}/audit").text
