"""The operator's kill switch (R14): stop AI answers for one route or everywhere, at once.

State lives in the shared database as an append-only list of events; the current state of a
scope is its latest event. Every instance reads the table at most every ``refresh_seconds``
(one small query), so a flip made on one instance (or by the CLI) is seen by all of them
within that period. Flips are reported to ``on_change`` so the caller can audit them.

If the database cannot be read, the last known state is kept and the read is retried on the
next call: a database outage already fails requests closed through the audit step.
"""

from __future__ import annotations

import fnmatch
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa
import structlog
from sqlalchemy import Engine

from governance.oversight.settings import KillSwitchSettings, fill, language

GLOBAL = "global"
_log = structlog.get_logger(__name__)

_metadata = sa.MetaData()
events = sa.Table(
    "governance_killswitch_events",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("scope", sa.String(512), nullable=False, index=True),
    sa.Column("on", sa.Boolean, nullable=False),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("reason", sa.String(1000), nullable=False),
    sa.Column("at", sa.Float, nullable=False),
)


@dataclass(frozen=True, slots=True)
class KillSwitchEvent:
    """One flip: who switched which scope on or off, when (epoch seconds) and why."""

    scope: str
    on: bool
    actor: str
    reason: str
    at: float


class KillSwitch:
    """Shared on/off state per scope (``"global"`` or a route path), cached per instance."""

    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.time,
                 refresh_seconds: float = 1.0,
                 on_change: Callable[[KillSwitchEvent], None] | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._refresh = refresh_seconds
        self.on_change = on_change
        self._lock = threading.Lock()
        self._state: dict[str, KillSwitchEvent] = {}
        self._read_at: float | None = None

    def create_schema(self) -> None:
        _metadata.create_all(self._engine, tables=[events])

    def set(self, scope: Literal["global"] | str, on: bool, actor: str, reason: str) -> \
            KillSwitchEvent:
        """Append a flip; it takes effect here at once and elsewhere within the refresh."""
        if scope != GLOBAL and not scope.startswith("/"):
            raise ValueError("scope must be 'global' or a route path starting with '/'")
        if not actor:
            raise ValueError("actor is required: every flip names who made it")
        event = KillSwitchEvent(scope, on, actor, reason, self._clock())
        with self._engine.begin() as conn:
            conn.execute(events.insert().values(scope=event.scope, on=event.on,
                                                actor=event.actor, reason=event.reason,
                                                at=event.at))
        with self._lock:
            self._read_at = None  # the next ``is_on`` reads the table again
        if self.on_change is not None:
            self.on_change(event)
        return event

    def is_on(self, route_path: str) -> bool:
        """Whether AI answers are stopped for this route (or everywhere).

        ``route_path`` is the request path or the policy route's path; a scope written as a
        glob (``/v1/*``) covers every path it matches.
        """
        state = self.state()
        for scope, event in state.items():
            if event.on and (scope in (GLOBAL, route_path)
                             or fnmatch.fnmatchcase(route_path, scope)):
                return True
        return False

    def state(self) -> dict[str, KillSwitchEvent]:
        """The latest event of every scope, read from the database at most every refresh."""
        now = self._clock()
        with self._lock:
            if self._read_at is not None and now - self._read_at < self._refresh:
                return self._state
            try:
                self._state = self._read()
            except sa.exc.SQLAlchemyError as exc:
                _log.warning("killswitch.read_failed", error=type(exc).__name__)
            self._read_at = now
            return self._state

    def history(self, limit: int = 50) -> list[KillSwitchEvent]:
        """The latest flips, newest first (for the CLI and the console)."""
        query = sa.select(events).order_by(events.c.id.desc()).limit(limit)
        with self._engine.connect() as conn:
            return [_event(row) for row in conn.execute(query)]

    def _read(self) -> dict[str, KillSwitchEvent]:
        latest = (sa.select(sa.func.max(events.c.id).label("id"))
                  .group_by(events.c.scope).subquery())
        query = sa.select(events).join(latest, events.c.id == latest.c.id)
        with self._engine.connect() as conn:
            return {row.scope: _event(row) for row in conn.execute(query)}


def _event(row: sa.Row[object]) -> KillSwitchEvent:
    mapping = row._mapping
    return KillSwitchEvent(str(mapping["scope"]), bool(mapping["on"]), str(mapping["actor"]),
                           str(mapping["reason"]), float(mapping["at"]))


def killswitch_reply(settings: KillSwitchSettings, lang: str) -> str:
    """The static fallback a user gets while AI answers are stopped."""
    return fill(settings.reply.get(language(lang)), contact=settings.contact)
