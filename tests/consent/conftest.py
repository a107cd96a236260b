"""Factories for consent tests: purposes, a controllable clock, services on any database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine

from consent import ConsentService, ConsentSettings, PurposeSpec
from governance.storage import create_engine
from tests.consent.factories import Clock, demo_purposes


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def sqlite_url(tmp_path: Any) -> str:
    return f"sqlite:///{tmp_path / 'consent.db'}"


MakeService = Callable[..., ConsentService]


@pytest.fixture
def make_service(clock: Clock, signing_key: Ed25519PrivateKey) -> Iterator[MakeService]:
    """Build a service on its own engine (so two calls model two app instances)."""
    engines: list[Engine] = []

    def make(url: str, purposes: tuple[PurposeSpec, ...] | None = None,
             **kwargs: Any) -> ConsentService:
        engine = create_engine(url)
        engines.append(engine)
        kwargs.setdefault("clock", clock)
        service = ConsentService(engine, purposes or demo_purposes(), ConsentSettings(),
                                 signing_key, **kwargs)
        service.create_schema()
        return service

    yield make
    for engine in engines:
        engine.dispose()
