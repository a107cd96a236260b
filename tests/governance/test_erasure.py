"""Erasure end to end: a subject's data leaves every store; the audit log still verifies."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from examples.hr_assistant.app import create_app
from governance import GovernanceMiddleware, Policy, Runtime
from governance.cli import main
from governance.keys import KeyStore
from governance.testing import call_asgi
from governance.tokens import issue_token

pytestmark = [pytest.mark.anyio, pytest.mark.models]
ROOT = Path(__file__).resolve().parents[2]
CANARY_EMAIL = "zelda.quinterro@exemple.fr"
CANARY_PHONE = "06 98 76 54 32"


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "governance.toml", tmp_path / "governance.toml")
    KeyStore(tmp_path / "var" / "keys").init()
    return tmp_path / "governance.toml"


async def test_erase_leaves_no_canary_in_the_database_and_the_log_verifies(
        demo_copy: Path) -> None:
    policy = Policy.from_file(demo_copy)
    keys = KeyStore(policy.resolve(policy.storage.keys_dir))
    runtime = Runtime.build(policy, keys=keys)
    app = GovernanceMiddleware(create_app(), policy=policy, runtime=runtime)
    token = issue_token(policy, keys, "zelda")
    headers = {"authorization": f"Bearer {token}", "content-type": "application/json"}
    state = (await call_asgi(app, "GET", "/governance/consent", headers=headers)).json()
    version = state["purposes"][0]["notice"]["version"]
    grant = {"decisions": [{"purpose": "assistant", "decision": "grant",
                            "notice_version": version}]}
    assert (await call_asgi(app, "POST", "/governance/consent", headers=headers,
                            body=json.dumps(grant).encode())).status == 200
    body = {"model": "m", "messages": [{"role": "user", "content":
            f"Mon e-mail est {CANARY_EMAIL} et mon numéro {CANARY_PHONE}, la paie ?"}]}
    answer = await call_asgi(app, "POST", "/v1/chat/completions", headers=headers,
                             body=json.dumps(body).encode())
    assert answer.status == 200
    assert CANARY_EMAIL in answer.json()["choices"][0]["message"]["content"]
    await runtime.close()

    runner = CliRunner()
    erased = runner.invoke(main, ["--policy", str(demo_copy), "dsr", "erase", "--subject",
                                  "zelda", "--yes"])
    assert erased.exit_code == 0, erased.output
    report = json.loads(erased.output)
    assert report["vault_rows_erased"] >= 2
    verified = runner.invoke(main, ["--policy", str(demo_copy), "audit", "verify", "--json"])
    assert verified.exit_code == 0, verified.output

    database = demo_copy.parent / "var" / "governance.db"
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    files: list[Any] = [p for p in database.parent.iterdir() if p.name.startswith("governance.db")]
    assert files
    for path in files:
        data = path.read_bytes()
        for canary in (CANARY_EMAIL, CANARY_PHONE, "zelda"):
            assert canary.encode() not in data, (path.name, canary)
