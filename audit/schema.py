"""The audit tables and the database-level append-only guard.

Hashed, insert-only tables (UPDATE/DELETE/TRUNCATE refused by triggers):
    audit_entries      (log_id, idx) -> kind, time, canonical entry bytes
    audit_nodes        (log_id, level, idx) -> hash of a perfect subtree; level 0 = leaf hashes
    audit_checkpoints  (log_id, size) -> root, signed note
Erasable tables (crypto-shredding needs DELETE there; they are not hashed):
    audit_subject_keys subject pseudonym -> per-subject key wrapped by the master secret
    audit_details      encrypted subject details, linked to an entry index
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Engine

metadata = sa.MetaData()

entries = sa.Table(
    "audit_entries", metadata,
    sa.Column("log_id", sa.String(200), primary_key=True),
    sa.Column("idx", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("at_us", sa.BigInteger, nullable=False),
    sa.Column("body", sa.LargeBinary, nullable=False),
    sa.Index("ix_audit_entries_time", "log_id", "at_us"),
)

nodes = sa.Table(
    "audit_nodes", metadata,
    sa.Column("log_id", sa.String(200), primary_key=True),
    sa.Column("level", sa.SmallInteger, primary_key=True, autoincrement=False),
    sa.Column("idx", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("hash", sa.LargeBinary, nullable=False),
)

checkpoints = sa.Table(
    "audit_checkpoints", metadata,
    sa.Column("log_id", sa.String(200), primary_key=True),
    sa.Column("size", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("root", sa.LargeBinary, nullable=False),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("created_us", sa.BigInteger, nullable=False),
)

subject_keys = sa.Table(
    "audit_subject_keys", metadata,
    sa.Column("subject", sa.String(200), primary_key=True),
    sa.Column("wrapped", sa.LargeBinary, nullable=False),
    sa.Column("created_us", sa.BigInteger, nullable=False),
)

details = sa.Table(
    "audit_details", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("log_id", sa.String(200), nullable=False),
    sa.Column("idx", sa.BigInteger, nullable=False),
    sa.Column("subject", sa.String(200), nullable=False, index=True),
    sa.Column("sealed", sa.LargeBinary, nullable=False),
    sa.Column("at_us", sa.BigInteger, nullable=False),
)

APPEND_ONLY = ("audit_entries", "audit_nodes", "audit_checkpoints")

_PG_FUNCTION = """  -- %% because the driver formats parameters
CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'table %% is append-only', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql
"""


def _sqlite_statements() -> list[str]:
    out = []
    for table in APPEND_ONLY:
        for op in ("UPDATE", "DELETE"):
            out.append(
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    return out


def _postgres_statements() -> list[str]:
    out = [_PG_FUNCTION]
    for table in APPEND_ONLY:
        out.append(
            f"CREATE OR REPLACE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()"
        )
        out.append(
            f"CREATE OR REPLACE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()"
        )
    return out


def create_schema(engine: Engine) -> None:
    """Create the tables and the append-only triggers; safe to call again."""
    metadata.create_all(engine, checkfirst=True)
    statements = (_postgres_statements() if engine.dialect.name == "postgresql"
                  else _sqlite_statements())
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # Serialise concurrent first starts: CREATE OR REPLACE races on the catalog.
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(6962)")
        for statement in statements:
            conn.exec_driver_sql(statement)
