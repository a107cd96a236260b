"""Audit fixtures: a signing key, a details secret and a factory of logs on a database URL."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine

from audit import AuditLog, create_schema
from governance.storage import create_engine
from tests.audit.audit_factories import ORIGIN


@pytest.fixture
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def make_engine() -> Iterator[Callable[[str], Engine]]:
    """Engines disposed at teardown (pooled connections closed, no ResourceWarning)."""
    engines: list[Engine] = []

    def make(url: str) -> Engine:
        engines.append(create_engine(url))
        return engines[-1]

    yield make
    for engine in engines:
        engine.dispose()


@pytest.fixture
def make_log(signing_key: Ed25519PrivateKey,
             make_engine: Callable[[str], Engine]) -> Callable[[str], AuditLog]:
    secret = os.urandom(32)

    def make(url: str) -> AuditLog:
        engine = make_engine(url)
        create_schema(engine)
        return AuditLog(engine, origin=ORIGIN, signing_key=signing_key, details_secret=secret)

    return make


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'audit.db'}"


@pytest.fixture
def log(make_log: Callable[[str], AuditLog], database_url: str) -> AuditLog:
    """A log on SQLite and on PostgreSQL."""
    return make_log(database_url)


@pytest.fixture
def sqlite_log(make_log: Callable[[str], AuditLog], sqlite_url: str) -> AuditLog:
    return make_log(sqlite_url)

