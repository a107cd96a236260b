"""The kill switch (R14): an operator stops AI answers; every instance follows within seconds."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine
from structlog.testing import capture_logs

from governance.oversight import (
    KillSwitch,
    KillSwitchEvent,
    KillSwitchSettings,
    killswitch_reply,
)
from governance.storage import create_engine


class Clock:
    """A hand-driven clock: time moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def make_engine(database_url: str) -> Iterator[Callable[[], Engine]]:
    engines: list[Engine] = []

    def factory() -> Engine:
        engine = create_engine(database_url)
        engines.append(engine)
        return engine

    yield factory
    for engine in engines:
        engine.dispose()


def test_a_flip_on_one_instance_is_seen_by_another_within_the_refresh_period(
        make_engine: Callable[[], Engine]) -> None:
    clock = Clock()
    first = KillSwitch(make_engine(), clock=clock, refresh_seconds=1.0)
    second = KillSwitch(make_engine(), clock=clock, refresh_seconds=1.0)
    first.create_schema()
    second.create_schema()
    route = "/v1/chat/completions"
    assert not second.is_on(route)  # second has now cached "off"

    first.set("global", True, actor="ops:alice", reason="incident 42")
    assert first.is_on(route)  # the instance that flipped sees it at once
    clock.advance(0.5)
    assert not second.is_on(route)  # cached: at most one read per refresh period
    clock.advance(0.6)
    assert second.is_on(route)  # 1.1 s after its last read: the flip is visible

    second.set("global", False, actor="ops:bob", reason="resolved")
    assert not second.is_on(route)
    clock.advance(1.0)
    assert not first.is_on(route)


def test_a_route_scope_stops_that_route_only(make_engine: Callable[[], Engine]) -> None:
    switch = KillSwitch(make_engine(), clock=Clock())
    switch.create_schema()
    switch.set("/v1/messages", True, actor="ops", reason="")
    assert switch.is_on("/v1/messages")
    assert not switch.is_on("/v1/chat/completions")
    switch.set("/api/*", True, actor="ops", reason="")
    assert switch.is_on("/api/ask")


def test_state_is_the_latest_event_per_scope_and_history_keeps_every_flip(
        make_engine: Callable[[], Engine]) -> None:
    clock = Clock()
    switch = KillSwitch(make_engine(), clock=clock)
    switch.create_schema()
    switch.set("global", True, actor="a", reason="one")
    clock.advance(1)
    switch.set("/v1/messages", True, actor="b", reason="two")
    clock.advance(1)
    switch.set("global", False, actor="c", reason="three")
    state = switch.state()
    assert {scope: event.on for scope, event in state.items()} == {
        "global": False, "/v1/messages": True}
    assert [event.reason for event in switch.history()] == ["three", "two", "one"]
    assert state["global"] == KillSwitchEvent("global", False, "c", "three", clock.now)


def test_every_flip_is_reported_to_the_audit_hook(make_engine: Callable[[], Engine]) -> None:
    seen: list[KillSwitchEvent] = []
    switch = KillSwitch(make_engine(), clock=Clock(), on_change=seen.append)
    switch.create_schema()
    switch.set("global", True, actor="ops:alice", reason="incident")
    switch.set("global", False, actor="ops:alice", reason="done")
    assert [(e.scope, e.on, e.actor, e.reason) for e in seen] == [
        ("global", True, "ops:alice", "incident"), ("global", False, "ops:alice", "done")]


@pytest.mark.parametrize(("scope", "actor", "message"), [
    ("v1/chat", "ops", "scope"), ("global", "", "actor"),
])
def test_invalid_flips_are_refused(make_engine: Callable[[], Engine], scope: str, actor: str,
                                   message: str) -> None:
    switch = KillSwitch(make_engine(), clock=Clock())
    switch.create_schema()
    with pytest.raises(ValueError, match=message):
        switch.set(scope, True, actor=actor, reason="")
    assert switch.history() == []


def test_an_unreadable_database_keeps_the_last_known_state() -> None:
    engine = create_engine("sqlite://")
    clock = Clock()
    switch = KillSwitch(engine, clock=clock)
    switch.create_schema()
    switch.set("global", True, actor="ops", reason="")
    assert switch.is_on("/x")
    engine.dispose()
    with engine.begin() as conn:  # a fresh in-memory database: the table is gone
        conn.exec_driver_sql("SELECT 1")
    clock.advance(5)
    with capture_logs() as logs:
        assert switch.is_on("/x")
    assert [entry["event"] for entry in logs] == ["killswitch.read_failed"]


@pytest.mark.parametrize(("lang", "phrase"), [("en", "switched off"), ("fr", "désactivé")])
def test_the_fallback_reply_points_to_a_person(lang: str, phrase: str) -> None:
    settings = KillSwitchSettings.model_validate(
        {"contact": {"channel": "https://hr.example/rh", "hours": "9-17"}})
    reply = killswitch_reply(settings, lang)
    assert phrase in reply
    assert "https://hr.example/rh" in reply
    assert "9-17" in reply
