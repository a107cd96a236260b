"""Fixtures for the reliability suite: keys, policies, tokens and apps built once per module.

Hypothesis reruns a test body many times; the apps it drives are built here at module scope
(building a runtime per example would dominate the run), and each example runs on one event
loop held by ``runner``.
"""

from __future__ import annotations

import asyncio
import time
import tomllib
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import jwt
import pytest

from examples.hr_assistant.app import create_app
from governance import GovernanceMiddleware, Policy, Runtime, Steps
from governance.keys import KeyStore

ROOT = Path(__file__).resolve().parents[2]
DEMO = tomllib.loads((ROOT / "governance.toml").read_text())
ISSUER, AUDIENCE = "test-issuer", "test-aud"
CHAT_ROUTES: list[dict[str, Any]] = [
    {"path": "/v1/chat/completions", "format": "openai-chat"},
    {"path": "/v1/responses", "format": "openai-responses"},
    {"path": "/v1/messages", "format": "anthropic-messages"},
    {"path": "/api/ask", "format": "generic",
     "generic": {"request_texts": ["/question"], "response_texts": ["/answer"]}},
]



@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> KeyStore:
    store = KeyStore(tmp_path_factory.mktemp("keys") / "keys")
    store.init()
    return store


@pytest.fixture(scope="module")
def make_policy(tmp_path_factory: pytest.TempPathFactory,
                keys: KeyStore) -> Callable[..., Policy]:
    """A policy on a fresh SQLite file, the test issuer/audience, the four chat routes."""

    def factory(**sections: Any) -> Policy:
        folder = tmp_path_factory.mktemp("db")
        data: dict[str, Any] = {
            "storage": {"url": f"sqlite:///{folder / 'gov.db'}", "keys_dir": str(keys.directory)},
            "identity": {"mode": "jwt", "issuer": ISSUER, "audience": AUDIENCE},
            "routes": CHAT_ROUTES,
        }
        data.update(sections)
        return Policy.from_dict(data, version="test")

    return factory


@pytest.fixture(scope="module")
def token(keys: KeyStore) -> Callable[..., str]:
    """A signed HS256 bearer token; claims given as None are left out."""

    def factory(subject: str = "alice", *, key: bytes | None = None,
                algorithm: str = "HS256", **claims: Any) -> str:
        now = int(time.time())
        payload = {"sub": subject, "iss": ISSUER, "aud": AUDIENCE, "iat": now,
                   "exp": now + 600, **claims}
        secret: Any = key or keys.secret("token")
        return jwt.encode({k: v for k, v in payload.items() if v is not None},
                          None if algorithm == "none" else secret, algorithm=algorithm)

    return factory


@pytest.fixture(scope="module")
def chat_app(make_policy: Callable[..., Policy], keys: KeyStore) -> Callable[..., Any]:
    """The demo assistant behind the middleware with the given (fake) steps; no database."""

    def factory(steps: Steps | None = None, **sections: Any) -> Any:
        policy = make_policy(**sections)
        inner = create_app()
        runtime = Runtime.build(policy, steps=steps or Steps(), keys=keys)
        app = GovernanceMiddleware(inner, policy=policy, runtime=runtime)
        app.received = inner.state.received  # type: ignore[attr-defined]
        return app

    return factory


def demo_policy_sections(**overrides: Any) -> dict[str, Any]:
    """The demo's purposes and attestations, chat routes running consent (no spaCy model)."""
    routes = [{**route, "purposes": ["assistant"], "steps": ["consent", "audit"]}
              for route in CHAT_ROUTES]
    sections: dict[str, Any] = {
        "service": {"workers_informed_at": "2026-09-01", "dpia_reference": "DPIA-1"},
        "purposes": DEMO["purposes"], "consent": DEMO["consent"], "routes": routes,
    }
    sections.update(overrides)
    return sections


@pytest.fixture(scope="module")
def full_app(make_policy: Callable[..., Policy], keys: KeyStore) -> Iterator[Callable[..., Any]]:
    """The demo behind the middleware with the real runtime (consent ledger, API) on SQLite."""
    runtimes: list[Runtime] = []

    def factory(**overrides: Any) -> Any:
        policy = make_policy(**demo_policy_sections(**overrides))
        inner = create_app()
        runtime = Runtime.build(policy, keys=keys)
        runtimes.append(runtime)
        app = GovernanceMiddleware(inner, policy=policy, runtime=runtime)
        app.received = inner.state.received  # type: ignore[attr-defined]
        return app

    yield factory
    for runtime in runtimes:
        asyncio.run(runtime.close())


@pytest.fixture
def runner() -> Iterator[Callable[[Coroutine[Any, Any, Any]], Any]]:
    """Run coroutines on one event loop for the whole test (hypothesis calls it per example)."""
    with asyncio.Runner() as loop:
        yield loop.run
