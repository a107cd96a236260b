"""Faults the layer must survive: a full disk under SQLite, and clocks that jump.

A full disk refuses exchanges with 503 (nothing reaches the model) and the service recovers by
itself once space is back; a clock jumping backwards or forwards never reorders the log, whose
order comes from the head under a lock, not from time.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from audit import AuditLog, ExchangeOpened, create_schema, iter_entries, verify_log
from examples.hr_assistant.app import create_app
from governance import GovernanceMiddleware, Policy, Runtime
from governance.keys import KeyStore
from governance.storage import create_engine
from governance.testing import call_asgi
from governance.tokens import issue_token

pytestmark = pytest.mark.anyio


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs (root only, as in CI); skipped with the reason elsewhere, failed in CI."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        reason = "cannot mount a small tmpfs to fill (needs root)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def _fill(mount: Path) -> Path:
    filler = mount / "filler"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    return filler


async def test_a_full_disk_refuses_with_503_and_recovers(
        tiny_disk: Path, make_policy: Callable[..., Policy], keys: KeyStore) -> None:
    policy = make_policy(storage={"url": f"sqlite:///{tiny_disk / 'gov.db'}",
                                  "keys_dir": str(keys.directory)},
                         routes=[{"path": "/v1/chat/completions", "steps": ["audit"]}])
    runtime = Runtime.build(policy, keys=keys)
    inner = create_app()
    app = GovernanceMiddleware(inner, policy=policy, runtime=runtime)
    headers = {"authorization": f"Bearer {issue_token(policy, keys, 'alice')}",
               "content-type": "application/json"}
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "leave?"}]})
    try:
        assert (await call_asgi(app, "POST", "/v1/chat/completions", body=body.encode(),
                                headers=headers)).status == 200
        filler = _fill(tiny_disk)
        refused = 0
        for i in range(20):  # WAL frames already allocated may absorb a few appends first
            text = json.dumps({"model": "m", "messages": [{"role": "user", "content": "x" * 4000
                                                           + str(i)}]})
            result = await call_asgi(app, "POST", "/v1/chat/completions", body=text.encode(),
                                     headers=headers)
            if result.status == 503:
                assert result.json()["error"]["type"] == "audit-unavailable"
                refused += 1
                break
            assert result.status == 200
        assert refused == 1
        forwarded_before = len(inner.state.received)
        filler.unlink()
        again = await call_asgi(app, "POST", "/v1/chat/completions", body=body.encode(),
                                headers=headers)
        assert again.status == 200
        assert len(inner.state.received) == forwarded_before + 1
    finally:
        for resource in runtime.resources:
            resource.dispose()


def test_clock_jumps_never_reorder_the_log(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'audit.db'}")
    create_schema(engine)
    log = AuditLog(engine, origin="clock-test/audit", signing_key=Ed25519PrivateKey.generate())
    now = datetime.now(UTC)
    jumps = [timedelta(0), timedelta(hours=-1), timedelta(days=3), timedelta(days=-2),
             timedelta(seconds=1)]
    indices = [log.append(ExchangeOpened(
        exchange_id=f"x{i}", route="/chat", subject=None, policy_version="v", decision="forwarded",
        time=now + jump)).index for i, jump in enumerate(jumps)]
    assert indices == list(range(len(jumps)))
    exported = [json.loads(body)["exchange_id"] for _, body in iter_entries(engine, log.origin)]
    assert exported == [f"x{i}" for i in range(len(jumps))]
    report: Any = verify_log(engine, log.origin, log.verifier)
    assert report.ok
    engine.dispose()
