"""The console's own tables: operators, API tokens, login attempts and the audit side index.

The audit tables hold each entry as canonical bytes; filtering 1,000,000 of them by route,
decision, handoff category or entity type needs pre-extracted, indexed columns. The audit
package does not keep them, so the console keeps a small side index of its own
(``console_trail`` and ``console_trail_entities``), filled from the entries by
``governance.console.trail.sync_index``. It holds no personal data: route, decision, handoff
category, entity types and counts, all of which are already in the hashed entries.
``console_trail_values`` lists the distinct values seen, for the filter drop-downs;
``console_trail_daily`` holds daily counts (decisions, entity types, handoff categories) for
the charts, so a chart reads a few hundred rows rather than a million.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Engine

metadata = sa.MetaData()

users = sa.Table(
    "console_users", metadata,
    sa.Column("user_id", sa.String(40), primary_key=True),
    sa.Column("name", sa.String(120), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("failed", sa.Integer, nullable=False, default=0),
    sa.Column("locked_until", sa.Float, nullable=True),
    sa.Column("generation", sa.Integer, nullable=False, default=0),
    sa.Column("created_at", sa.Float, nullable=False),
)

tokens = sa.Table(
    "console_tokens", metadata,
    sa.Column("token_id", sa.String(40), primary_key=True),
    sa.Column("name", sa.String(120), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("secret_hash", sa.String(128), nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("revoked", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.Float, nullable=False),
)

attempts = sa.Table(
    "console_login_attempts", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("client", sa.String(64), nullable=False),
    sa.Column("at", sa.Float, nullable=False),
    sa.Column("ok", sa.Boolean, nullable=False),
    sa.Index("ix_console_login_attempts_client", "client", "at"),
)

trail = sa.Table(
    "console_trail", metadata,
    sa.Column("log_id", sa.String(200), primary_key=True),
    sa.Column("idx", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("at_us", sa.BigInteger, nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("route", sa.String(300), nullable=True),
    sa.Column("decision", sa.String(16), nullable=True),
    sa.Column("handoff", sa.String(64), nullable=True),
    # One composite index per filter, each ending in the page order (at_us, idx): a keyset
    # page is then one index range scan whatever the depth.
    sa.Index("ix_console_trail_time", "log_id", "at_us", "idx"),
    sa.Index("ix_console_trail_kind", "log_id", "kind", "at_us", "idx"),
    sa.Index("ix_console_trail_route", "log_id", "route", "at_us", "idx"),
    sa.Index("ix_console_trail_decision", "log_id", "decision", "at_us", "idx"),
    sa.Index("ix_console_trail_handoff", "log_id", "handoff", "at_us", "idx"),
)

trail_entities = sa.Table(
    "console_trail_entities", metadata,
    sa.Column("log_id", sa.String(200), primary_key=True),
    sa.Column("entity", sa.String(64), primary_key=True),
    sa.Column("at_us", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("idx", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("count", sa.Integer, nullable=False),
    sa.Index("ix_console_trail_entities_time", "log_id", "at_us"),
    sa.Index("ix_console_trail_entities_idx", "log_id", "idx"),
)

trail_values = sa.Table(
    "console_trail_values", metadata,
    sa.Column("log_id", sa.String(200), primary_key=True),
    sa.Column("field", sa.String(16), primary_key=True),
    sa.Column("value", sa.String(300), primary_key=True),
)

daily = sa.Table(
    "console_trail_daily", metadata,
    sa.Column("log_id", sa.String(200), primary_key=True),
    sa.Column("day", sa.Integer, primary_key=True, autoincrement=False),  # days since epoch
    sa.Column("metric", sa.String(16), primary_key=True),  # decision | entity | handoff
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("count", sa.BigInteger, nullable=False),
)

TABLES = (users, tokens, attempts, trail, trail_entities, trail_values, daily)


def create_console_schema(engine: Engine) -> None:
    """Create the console tables on SQLite or PostgreSQL; safe to call again."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # Serialise concurrent first starts: CREATE TABLE IF NOT EXISTS races on the catalog.
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x636F6E73_6F6C65})
        metadata.create_all(conn, checkfirst=True)
