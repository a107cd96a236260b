"""The compliance console is served by the middleware under /governance/console."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from examples.hr_assistant.app import create_app
from governance import GovernanceMiddleware, Policy, Runtime
from governance.keys import KeyStore
from governance.testing import call_asgi

pytestmark = pytest.mark.anyio


async def test_console_is_mounted_and_closed_by_default(
        make_policy: Callable[..., Policy], keys: KeyStore, tmp_path: Path) -> None:
    policy = make_policy(storage={"url": f"sqlite:///{tmp_path / 'c.db'}",
                                  "keys_dir": str(keys.directory)},
                         routes=[{"path": "/v1/chat/completions", "steps": ["audit"]}])
    runtime = Runtime.build(policy, keys=keys)
    try:
        app = GovernanceMiddleware(create_app(), policy=policy, runtime=runtime)
        login = await call_asgi(app, "GET", "/governance/console/login")
        assert login.status == 200
        assert b"<form" in login.body
        trail = await call_asgi(app, "GET", "/governance/console/api/trail")
        assert trail.status in (401, 403)
    finally:
        for resource in runtime.resources:
            resource.dispose()
