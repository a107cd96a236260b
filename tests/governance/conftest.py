from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jwt
import pytest

from examples.hr_assistant.app import create_app
from governance import GovernanceMiddleware, Policy, Runtime, Steps
from governance.keys import KeyStore

ROUTES = [
    {"path": "/v1/chat/completions", "format": "openai-chat"},
    {"path": "/v1/responses", "format": "openai-responses"},
    {"path": "/v1/messages", "format": "anthropic-messages"},
    {"path": "/api/ask", "format": "generic",
     "generic": {"request_texts": ["/question"], "response_texts": ["/answer"]}},
]


@pytest.fixture
def keys(tmp_path: Path) -> KeyStore:
    store = KeyStore(tmp_path / "keys")
    store.init()
    return store


@pytest.fixture
def make_policy(tmp_path: Path) -> Callable[..., Policy]:
    def factory(**sections: Any) -> Policy:
        data: dict[str, Any] = {
            "storage": {"url": f"sqlite:///{tmp_path / 'gov.db'}", "keys_dir": str(tmp_path / "keys")},
            "identity": {"mode": "jwt", "issuer": "test-issuer", "audience": "test-aud"},
            "routes": ROUTES,
        }
        data.update(sections)
        return Policy.from_dict(data, version="test")

    return factory


@pytest.fixture
def policy(make_policy: Callable[..., Policy]) -> Policy:
    return make_policy()


@pytest.fixture
def token(keys: KeyStore) -> Callable[..., str]:
    def factory(subject: str = "alice", *, key: bytes | None = None, **claims: Any) -> str:
        now = int(time.time())
        payload = {"sub": subject, "iss": "test-issuer", "aud": "test-aud", "iat": now,
                   "exp": now + 600, **claims}
        return jwt.encode({k: v for k, v in payload.items() if v is not None},
                          key or keys.secret("token"), algorithm="HS256")

    return factory


@pytest.fixture
def make_app(policy: Policy, keys: KeyStore) -> Callable[..., Any]:
    """The example HR assistant behind the middleware, with the given steps."""

    def factory(steps: Steps | None = None, *, app_policy: Policy | None = None) -> Any:
        inner = create_app()
        used = app_policy or policy
        runtime = Runtime.build(used, steps=steps or Steps(), keys=keys)
        wrapped = GovernanceMiddleware(inner, policy=used, runtime=runtime)
        wrapped.received = inner.state.received  # type: ignore[attr-defined]
        return wrapped

    return factory


@pytest.fixture
def auth(token: Callable[..., str]) -> dict[str, str]:
    return {"authorization": f"Bearer {token()}", "content-type": "application/json"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
