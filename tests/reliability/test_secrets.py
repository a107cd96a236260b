"""Secrets stay secret: owner-only key files, nothing secret in logs, no client-chosen paths.

Logs are captured from structlog (the project's JSON renderer and its ``drop_raw_text``
processor) and from the standard library while requests, refusals and CLI commands run;
then every form a secret could take (raw base64, hex, URL-safe base64, PEM body, bearer
tokens, API tokens) and the raw subject id and chat text are searched for.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import structlog
from click.testing import CliRunner

from governance.keys import SECRETS, SIGNING, KeyStore
from governance.logs import processors
from governance.testing import call_asgi

ROOT = Path(__file__).resolve().parents[2]

SUBJECT = "alice.secret-subject@example.com"
CANARY = "Canary-7f3a: my manager Jeanne Dupont"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
def test_key_store_files_are_owner_only_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    previous = os.umask(umask)
    try:
        store = KeyStore(tmp_path / "keys")
        created = store.init()
    finally:
        os.umask(previous)
    assert _mode(store.directory) == 0o700
    assert sorted(created) == sorted([f"{s}.key" for s in SECRETS]
                                     + [f"{s}-ed25519.pem" for s in SIGNING])
    assert {p.name: _mode(p) for p in store.directory.iterdir()} == {
        name: 0o600 for name in created}


def test_key_store_tightens_an_existing_open_directory(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    KeyStore(folder).init()
    assert _mode(folder) == 0o700


def test_keys_init_keeps_existing_keys(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "keys")
    store.init()
    before = {name: store.secret(name) for name in SECRETS}
    assert store.init() == []
    assert {name: store.secret(name) for name in SECRETS} == before


def secret_forms(keys: KeyStore) -> dict[str, str]:
    """Every textual form in which a key could leak into a log line."""
    forms: dict[str, str] = {}
    for name in SECRETS:
        raw = keys.secret(name)
        forms[f"{name}.b64"] = base64.b64encode(raw).decode()
        forms[f"{name}.b64url"] = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        forms[f"{name}.hex"] = raw.hex()
    for name in SIGNING:
        pem = (keys.directory / f"{name}-ed25519.pem").read_text().splitlines()
        forms[f"{name}.pem"] = next(line for line in pem if not line.startswith("-----"))
    return forms


@pytest.fixture
def captured(caplog: pytest.LogCaptureFixture) -> Iterator[Callable[[], str]]:
    """Everything logged through structlog and the standard library, as one string."""
    buffer = io.StringIO()
    saved = structlog.get_config()
    structlog.configure(processors=processors("json"),
                        logger_factory=structlog.PrintLoggerFactory(file=buffer),
                        wrapper_class=structlog.make_filtering_bound_logger(logging.DEBUG),
                        cache_logger_on_first_use=False)
    caplog.set_level(logging.INFO)
    try:
        yield lambda: buffer.getvalue() + "\n" + caplog.text
    finally:
        structlog.configure(**saved)


def _leaks(text: str, secrets_: dict[str, str]) -> list[str]:
    return sorted(name for name, value in secrets_.items() if value in text)


def test_requests_refusals_and_api_calls_log_no_secret_and_no_raw_text(
        captured: Callable[[], str], full_app: Callable[..., Any], keys: KeyStore,
        token: Callable[..., str], runner: Callable[..., Any]) -> None:
    app = full_app()
    good = token(SUBJECT)
    dpo = token("dpo-person", role="dpo")
    bad = {"wrong-key": token(SUBJECT, key=b"k" * 32), "expired": token(SUBJECT, exp=1)}
    chat = json.dumps({"model": "m", "messages": [{"role": "user", "content": CANARY}]}).encode()

    async def traffic() -> None:
        headers = {"authorization": f"Bearer {good}", "content-type": "application/json"}
        state = (await call_asgi(app, "GET", "/governance/consent", headers=headers)).json()
        version = {p["id"]: p["notice"]["version"] for p in state["purposes"]}["assistant"]
        await call_asgi(app, "POST", "/v1/chat/completions", body=chat, headers=headers)
        await call_asgi(app, "POST", "/governance/consent", headers=headers, body=json.dumps(
            {"decisions": [{"purpose": "assistant", "decision": "grant",
                            "notice_version": version}]}).encode())
        ok = await call_asgi(app, "POST", "/v1/chat/completions", body=chat, headers=headers)
        assert ok.status == 200
        for value in bad.values():
            refused = await call_asgi(app, "POST", "/v1/chat/completions", body=chat,
                                      headers={**headers, "authorization": f"Bearer {value}"})
            assert refused.status == 401
        await call_asgi(app, "POST", "/v1/chat/completions", body=b"{" + CANARY.encode(),
                        headers=headers)
        exported = await call_asgi(app, "POST", "/governance/consent/export",
                                   body=json.dumps({"subject": SUBJECT}).encode(),
                                   headers={"authorization": f"Bearer {dpo}",
                                            "content-type": "application/json"})
        assert exported.status == 200

    runner(traffic())
    logged = captured()
    assert "exchange" in logged  # the capture works: the middleware's line is there
    forbidden = {**secret_forms(keys), "token": good, "dpo-token": dpo, **bad,
                 "subject": SUBJECT, "canary": "Canary-7f3a", "named-person": "Jeanne Dupont"}
    assert _leaks(logged, forbidden) == []


@pytest.fixture
def cli_folder(tmp_path: Path) -> Path:
    """A copy of the demo policy in its own folder: its database and keys land there."""
    (tmp_path / "governance.toml").write_text((ROOT / "governance.toml").read_text())
    (tmp_path / "var").mkdir()
    return tmp_path


def test_cli_commands_log_no_secret(captured: Callable[[], str], cli_folder: Path) -> None:
    from governance.cli import main

    policy = str(cli_folder / "governance.toml")
    cli = CliRunner()

    def run(*args: str) -> Any:
        return cli.invoke(main, ["--policy", policy, *args], catch_exceptions=False)

    assert run("keys", "init").exit_code == 0
    keys = KeyStore(cli_folder / "var" / "keys")
    issued = run("token", "--subject", SUBJECT, "--role", "dpo")
    assert issued.exit_code == 0
    bearer = issued.stdout.strip().splitlines()[-1]
    created = run("tokens", "create", "--name", "ci", "--role", "dpo")
    assert created.exit_code == 0
    api_token = created.stdout.strip().splitlines()[-1]
    others = [run("consent", "export", "--subject", SUBJECT, "--format", "json",
                  "-o", str(cli_folder / "export.json")),
              run("consent", "ropa"), run("audit", "verify"), run("check-config")]

    forbidden = {**secret_forms(keys), "bearer": bearer, "api-token": api_token,
                 "subject": SUBJECT}
    printed = "\n".join(r.output for r in others) + issued.stderr + created.stderr
    assert _leaks(captured() + printed, forbidden) == []
    database = (cli_folder / "var" / "governance.db").read_bytes()
    assert api_token.encode() not in database  # only its hash is stored


def test_cli_export_manifest_names_the_file_not_the_path(cli_folder: Path) -> None:
    from governance.cli import main

    policy = str(cli_folder / "governance.toml")
    cli = CliRunner()
    assert cli.invoke(main, ["--policy", policy, "keys", "init"]).exit_code == 0
    (cli_folder / "out").mkdir()
    target = cli_folder / "out" / ".." / "out" / "records.csv"
    result = cli.invoke(main, ["--policy", policy, "consent", "export", "-o", str(target)])
    assert result.exit_code == 0, result.output
    manifest = (cli_folder / "out" / "records.csv.manifest.json").read_text()
    assert "records.csv" in manifest
    assert str(cli_folder) not in manifest
    assert ".." not in manifest


@pytest.mark.parametrize("body", [
    {"subject": "alice", "path": "../../etc/x"},
    {"subject": "alice", "output": "/tmp/x.json"},
    {"subject": "alice", "filename": "../x.json"},
    {"subject": "alice", "format": "../../x"},
], ids=["path", "output", "filename", "format"])
def test_http_export_takes_no_path_from_the_client(full_app: Callable[..., Any],
                                                   token: Callable[..., str],
                                                   runner: Callable[..., Any], body: Any,
                                                   tmp_path: Path) -> None:
    app = full_app()
    before = set(Path.cwd().iterdir())
    result = runner(call_asgi(app, "POST", "/governance/consent/export",
                              body=json.dumps(body).encode(),
                              headers={"authorization": f"Bearer {token('d', role='dpo')}",
                                       "content-type": "application/json"}))
    assert result.status == 422
    assert set(Path.cwd().iterdir()) == before


def test_http_records_export_names_its_own_file(full_app: Callable[..., Any],
                                                token: Callable[..., str],
                                                runner: Callable[..., Any]) -> None:
    app = full_app()

    async def records() -> Any:
        scope_app = app

        async def with_query(scope: Any, receive: Any, send: Any) -> None:
            await scope_app({**scope, "query_string": b"format=jsonl&filename=../../x"},
                            receive, send)

        return await call_asgi(with_query, "GET", "/governance/consent/records",
                               headers={"authorization": f"Bearer {token('d', role='dpo')}"})

    result = runner(records())
    assert result.status == 200
    assert result.headers["content-disposition"] == (
        'attachment; filename="consent-records.jsonl"')


def test_sqlite_database_file_is_owner_only(tmp_path: Path) -> None:
    import sqlalchemy as sa

    from governance.storage import create_engine

    previous = os.umask(0o022)
    try:
        engine = create_engine(f"sqlite:///{tmp_path / 'gov.db'}")
        with engine.begin() as conn:
            conn.execute(sa.text("create table t (x int)"))
        engine.dispose()
    finally:
        os.umask(previous)
    assert _mode(tmp_path / "gov.db") == 0o600
