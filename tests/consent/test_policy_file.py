"""The consent sections of governance.toml, through the policy loader and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from governance.cli import main
from governance.errors import ConfigError
from governance.keys import KeyStore
from governance.policy import Policy

POLICY = '''
[storage]
url = "sqlite:///var/governance.db"
keys_dir = "keys"

[consent]
controller = "Banque X"
email = "dpo@banque-x.example"

[[purposes]]
id = "assistant"
legal_basis = "eu-gdpr:A6-1-a"
required = true
{justification}
purpose_category = ["dpv:HumanResourceManagement"]
data_categories = ["pd:Communication"]
recipients = ["LLM provider (processor)"]
retention = "P30D"
notice = {{ en = "Use the AI assistant.", fr = "Utiliser l'assistant." }}

[[purposes]]
id = "security"
legal_basis = "eu-gdpr:A6-1-f"
purpose_category = ["dpv:EnforceSecurity"]
data_categories = ["pd:Communication"]
retention = "P6M"
notice = {{ en = "We keep security logs.", fr = "Journaux de sécurité." }}
'''
JUSTIFIED = 'consent_justification = "HR staff answer the same questions."'


def write_policy(folder: Path, justification: str = JUSTIFIED) -> Path:
    path = folder / "governance.toml"
    path.write_text(POLICY.format(justification=justification), encoding="utf-8")
    return path


def test_required_consent_purpose_without_justification_fails_config_load(
        tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        Policy.from_file(write_policy(tmp_path, justification=""))
    message = str(info.value)
    assert "purposes.0" in message
    assert "consent_justification" in message
    assert "EDPB Guidelines 05/2020" in message


def test_declared_purposes_feed_the_ropa_and_objections(tmp_path: Path) -> None:
    policy = write_policy(tmp_path)
    KeyStore(tmp_path / "keys").init()
    runner = CliRunner()
    ropa = runner.invoke(main, ["--policy", str(policy), "consent", "ropa"])
    assert ropa.exit_code == 0, ropa.output
    record = json.loads(ropa.output)
    assert record["dpv:hasDataController"]["dpv:hasName"] == "Banque X"
    assert [(p["name"], p["dpv:hasLegalBasis"]) for p in record["processing"]] == [
        ("assistant", "eu-gdpr:A6-1-a"), ("security", "eu-gdpr:A6-1-f")]

    objection = runner.invoke(main, ["--policy", str(policy), "dsr", "request", "--subject",
                                     "alice", "--kind", "objection", "--purpose", "security"])
    assert objection.exit_code == 0, objection.output
    assert " objection closed " in objection.output
    wrong = runner.invoke(main, ["--policy", str(policy), "dsr", "request", "--subject",
                                 "alice", "--kind", "objection", "--purpose", "assistant"])
    assert wrong.exit_code == 1
    assert "withdraw consent instead" in wrong.output
