"""DPO exports through the CLI: files, manifests, determinism, the request register."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from consent import CSV_COLUMNS, ConsentService, Decision, verify
from governance.cli import main
from governance.identity import Pseudonymiser
from governance.keys import KeyStore
from tests.consent.conftest import MakeService
from tests.consent.factories import ASSISTANT, HISTORY, Clock

SUBJECTS = ("alice", "bob", "chloé")


@pytest.fixture
def project(tmp_path: Path, make_service: MakeService, clock: Clock
            ) -> tuple[Path, KeyStore, ConsentService]:
    """A policy, its key store and a ledger with a few events, as the CLI will find them."""
    policy = tmp_path / "governance.toml"
    policy.write_text('[storage]\nurl = "sqlite:///var/governance.db"\nkeys_dir = "keys"\n')
    keys = KeyStore(tmp_path / "keys")
    keys.init()
    service = make_service(f"sqlite:///{tmp_path / 'var' / 'governance.db'}")
    pseudonymise = Pseudonymiser(keys.secret("pseudonym"))
    for subject in SUBJECTS:
        pseudonym = pseudonymise(subject)
        service.decide(pseudonym, [Decision(p, "grant", service.versions[p])
                                   for p in (ASSISTANT, HISTORY)])
        clock.advance(days=1)
        service.withdraw(pseudonym, [HISTORY])
        clock.advance(days=1)
    return policy, keys, service


def run(policy: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--policy", str(policy), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_period_csv_opens_in_a_csv_reader_with_the_documented_columns(
        project: tuple[Path, KeyStore, ConsentService], tmp_path: Path) -> None:
    policy, _, _ = project
    out = tmp_path / "period.csv"
    run(policy, "consent", "export", "--since", "2026-03-03", "--until", "2026-03-07",
        "--format", "csv", "-o", str(out))
    with out.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        rows = list(reader)
    # [3 March, 7 March): alice's withdrawal, bob's two grants and withdrawal, chloé's grants.
    assert [(r["event_time"][:10], r["event"]) for r in rows] == [
        ("2026-03-03", "withdraw"), ("2026-03-04", "grant"), ("2026-03-04", "grant"),
        ("2026-03-05", "withdraw"), ("2026-03-06", "grant"), ("2026-03-06", "grant")]
    assert all(r["receipt_id"] == r["event_id"] for r in rows)


def test_exports_and_their_manifests_are_deterministic_and_signed(
        project: tuple[Path, KeyStore, ConsentService], tmp_path: Path) -> None:
    policy, keys, _ = project
    outputs = []
    for attempt in ("a", "b"):
        out = tmp_path / attempt / "all.jsonl"
        out.parent.mkdir()
        run(policy, "consent", "export", "--format", "jsonl", "-o", str(out))
        outputs.append(out)
    first, second = outputs
    assert first.read_bytes() == second.read_bytes()
    manifest_a = (first.parent / "all.jsonl.manifest.json").read_bytes()
    assert manifest_a == (second.parent / "all.jsonl.manifest.json").read_bytes()
    manifest = verify(manifest_a, keys.signing_key("receipt").public_key(), name="manifest")
    [entry] = manifest["files"]
    assert entry == {"name": "all.jsonl", "bytes": len(first.read_bytes()),
                     "sha256": hashlib.sha256(first.read_bytes()).hexdigest()}
    assert manifest["records"] == 9
    lines = [json.loads(line) for line in first.read_text().splitlines()]
    assert [line["seq"] for line in lines] == list(range(1, 10))
    output = run(policy, "consent", "verify-receipt", str(first.parent / "all.jsonl.manifest.json"))
    assert "valid manifest (9 records)" in output


@pytest.mark.parametrize("fmt", ["json", "csv", "html"])
def test_subject_export_covers_only_that_subject(
        project: tuple[Path, KeyStore, ConsentService], tmp_path: Path, fmt: str) -> None:
    policy, keys, _ = project
    out = tmp_path / f"chloe.{fmt}"
    output = run(policy, "consent", "export", "--subject", "chloé", "--format", fmt,
                 "-o", str(out))
    assert "wrote 3 records" in output
    assert "chloé" not in output  # the raw id is never printed back
    pseudonym = Pseudonymiser(keys.secret("pseudonym"))("chloé")
    text = out.read_text(encoding="utf-8")
    assert pseudonym in text
    assert Pseudonymiser(keys.secret("pseudonym"))("alice") not in text
    if fmt == "json":
        document = json.loads(text)
        assert [e["event"] for e in document["events"]] == ["grant", "grant", "withdraw"]
        assert len(document["consent_records"]) == 3


@pytest.mark.parametrize(("args", "message"), [
    (["--subject", "alice", "--since", "2026-01-01"], "not both"),
    (["--subject", "alice", "--format", "jsonl"], "--subject exports are"),
    (["--format", "html"], "period exports are"),
    (["--since", "last week"], "ISO 8601"),
])
def test_bad_export_options_are_refused(project: tuple[Path, KeyStore, ConsentService],
                                        tmp_path: Path, args: list[str], message: str) -> None:
    policy, _, _ = project
    result = CliRunner().invoke(main, ["--policy", str(policy), "consent", "export", *args,
                                       "-o", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "x").exists()


def test_dsr_commands_register_list_and_close_requests(
        project: tuple[Path, KeyStore, ConsentService], clock: Clock) -> None:
    policy, _, service = project
    line = run(policy, "dsr", "request", "--subject", "alice", "--kind", "portability")
    request_id, kind, status, _, due = line.split()
    assert (kind, status) == ("portability", "open")
    assert "alice" not in line
    assert run(policy, "dsr", "list", "--overdue") == ""
    assert request_id in run(policy, "dsr", "list")
    assert run(policy, "dsr", "close", request_id).strip() == f"{request_id} closed"
    assert "closed" in run(policy, "dsr", "list")
    result = CliRunner().invoke(main, ["--policy", str(policy), "dsr", "close", request_id])
    assert result.exit_code == 1
    assert "no open request" in result.output
    assert due == service.requests()[0].due_at.date().isoformat()


def test_ropa_command_prints_the_record_of_processing(
        project: tuple[Path, KeyStore, ConsentService]) -> None:
    policy, _, _ = project
    ropa = json.loads(run(policy, "consent", "ropa"))
    assert ropa["dct:conformsTo"] == "eu-gdpr:A30-1"
    assert ropa["dpv:hasDataController"]["@type"] == "dpv:DataController"
