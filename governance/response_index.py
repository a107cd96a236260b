"""The Responses API chain (answer id -> conversation id) in SQL, shared by every instance."""

from __future__ import annotations

import time
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

metadata = sa.MetaData()
responses = sa.Table(
    "governance_response_index", metadata,
    sa.Column("response_id", sa.String(200), primary_key=True),
    sa.Column("conversation_id", sa.String(200), nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False, index=True),
)


class SqlResponseIndex:
    def __init__(self, engine: Engine, *, ttl_seconds: float = 7 * 24 * 3600,
                 clock: Callable[[], float] = time.time) -> None:
        self._engine = engine
        self._ttl = ttl_seconds
        self._clock = clock

    def create_schema(self) -> None:
        metadata.create_all(self._engine)

    def remember(self, response_id: str, conversation_id: str) -> None:
        row = {"response_id": response_id[:200], "conversation_id": conversation_id,
               "expires_at": self._clock() + self._ttl}
        try:
            with self._engine.begin() as conn:
                conn.execute(responses.insert().values(**row))
        except IntegrityError:
            pass  # the same answer id seen twice (its stream's events repeat it)

    def lookup(self, response_id: str) -> str | None:
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(responses.c.conversation_id).where(
                responses.c.response_id == response_id,
                responses.c.expires_at > self._clock())).first()
        return None if row is None else str(row[0])

    def purge_expired(self) -> int:
        with self._engine.begin() as conn:
            return conn.execute(responses.delete().where(
                responses.c.expires_at <= self._clock())).rowcount
