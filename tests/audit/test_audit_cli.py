"""`governance audit ...`: verify (JSON, exit codes, --against), prove / verify-proof,
public-key, checkpoint --export and export (JSON Lines, CSV)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from audit import AuditLog, Verifier, create_schema, origin_for
from governance.cli import main
from governance.keys import KeyStore
from governance.storage import create_engine
from tests.audit.audit_factories import opened

POLICY = """
[service]
name = "AI assistant"
[storage]
url = "sqlite:///var/governance.db"
keys_dir = "var/keys"
"""


@pytest.fixture
def project(tmp_path: Path) -> Iterator[tuple[Path, AuditLog]]:
    """A policy, a key store and a log with 12 entries (Jan 2026, one per day)."""
    (tmp_path / "governance.toml").write_text(POLICY)
    keys = KeyStore(tmp_path / "var" / "keys")
    keys.init()
    engine = create_engine(f"sqlite:///{tmp_path / 'var' / 'governance.db'}")
    create_schema(engine)
    log = AuditLog(engine, origin=origin_for("AI assistant"),
                   signing_key=keys.signing_key("audit"),
                   details_secret=keys.secret("audit-details"))
    log.append_many([dataclasses.replace(opened(i), time=datetime(2026, 1, i + 1, tzinfo=UTC))
                     for i in range(12)])
    yield tmp_path, log
    engine.dispose()


def _run(project: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--policy", str(project / "governance.toml"), *args])


def test_public_key_is_the_signed_note_verifier_key_of_the_log(
        project: tuple[Path, AuditLog]) -> None:
    path, log = project
    result = _run(path, "audit", "public-key")
    assert result.exit_code == 0, result.output
    assert Verifier.parse(result.output) == log.verifier
    assert result.output.startswith("ai-assistant/audit+")


def test_verify_prints_a_json_report_and_exits_zero(project: tuple[Path, AuditLog]) -> None:
    path, _ = project
    assert _run(path, "audit", "checkpoint").exit_code == 0
    result = _run(path, "audit", "verify", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout[result.stdout.index("{"):])
    assert report["ok"] is True
    assert report["size"] == 12
    assert report["checkpoints"] == 1


def test_verify_against_the_officers_copy_fails_after_a_rewrite(
        project: tuple[Path, AuditLog]) -> None:
    path, log = project
    saved = path / "officer.checkpoints"
    assert _run(path, "audit", "checkpoint", "--export", str(saved)).exit_code == 0
    with log.engine.begin() as conn:
        for table in ("audit_entries", "audit_nodes", "audit_checkpoints"):
            conn.exec_driver_sql(f"DROP TRIGGER {table}_no_delete")
        conn.exec_driver_sql("DELETE FROM audit_entries WHERE idx >= 6")
        conn.exec_driver_sql("DELETE FROM audit_nodes WHERE ((idx + 1) << level) > 6")
        conn.exec_driver_sql("DELETE FROM audit_checkpoints")
    log.append_many([opened(50 + i) for i in range(6)])
    assert _run(path, "audit", "checkpoint").exit_code == 0
    assert _run(path, "audit", "verify").exit_code == 0
    result = _run(path, "audit", "verify", "--json", "--against", str(saved))
    assert result.exit_code == 1
    report = json.loads(result.stdout[result.stdout.index("{"):])
    assert report["ok"] is False
    assert report["first_bad_index"] == 0
    assert "saved checkpoint at size 12" in report["message"]


def test_prove_writes_a_tlog_proof_that_verify_proof_accepts_offline(
        project: tuple[Path, AuditLog]) -> None:
    path, _ = project
    proof = path / "e5.tlog-proof"
    result = _run(path, "audit", "prove", "--entry", "5", "-o", str(proof))
    assert result.exit_code == 0, result.output
    vkey = _run(path, "audit", "public-key").output.strip()
    ok = CliRunner().invoke(main, ["audit", "verify-proof", str(proof), "--key", vkey])
    assert ok.exit_code == 0, ok.output
    assert "entry 5 is in ai-assistant/audit at size 12" in ok.output
    proof.write_text(proof.read_text().replace("index 5", "index 6"))
    bad = CliRunner().invoke(main, ["audit", "verify-proof", str(proof), "--key", vkey])
    assert bad.exit_code == 1


def test_verify_proof_refuses_another_logs_key(project: tuple[Path, AuditLog]) -> None:
    path, _ = project
    proof = path / "e1.tlog-proof"
    assert _run(path, "audit", "prove", "--entry", "1", "-o", str(proof)).exit_code == 0
    other = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    result = CliRunner().invoke(main, ["audit", "verify-proof", str(proof), "--key", other])
    assert result.exit_code == 1


@pytest.mark.parametrize(("fmt", "since", "until", "expected"), [
    ("jsonl", "2026-01-03", "2026-01-06", [2, 3, 4]),
    ("csv", "2026-01-11T00:00:00+00:00", None, [10, 11]),
    ("jsonl", None, "2026-01-02", [0]),
])
def test_export_streams_the_entries_of_a_period(project: tuple[Path, AuditLog], fmt: str,
                                                since: str | None, until: str | None,
                                                expected: list[int]) -> None:
    path, _ = project
    args = ["audit", "export", "--format", fmt]
    args += ["--since", since] if since else []
    args += ["--until", until] if until else []
    result = _run(path, *args)
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
        assert [r["index"] for r in rows] == expected
        assert all(r["kind"] == "exchange-opened" for r in rows)
    else:
        body = result.stdout[result.stdout.index("index,"):]
        rows = list(csv.DictReader(io.StringIO(body)))
        assert [int(r["index"]) for r in rows] == expected
        assert json.loads(rows[0]["entry"])["exchange_id"] == f"ex-{expected[0]}"
