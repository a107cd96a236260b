"""Signed receipts: they verify offline, and any flipped byte breaks them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from consent import ConsentService, Decision, NotFound, ReceiptInvalid, public_pem, verify
from consent.signing import sign
from governance.cli import main
from governance.keys import KeyStore
from tests.consent.conftest import MakeService
from tests.consent.factories import ASSISTANT, HISTORY

SUBJECT = "pseud:0123456789abcdef"


def issue(service: ConsentService) -> str:
    receipts = service.decide(SUBJECT, [Decision(ASSISTANT, "grant",
                                                 service.versions[ASSISTANT])], "fr")
    return receipts[0].document


def flipped(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]


def test_receipt_carries_the_kantara_and_27560_fields(sqlite_url: str,
                                                      make_service: MakeService,
                                                      signing_key: Ed25519PrivateKey) -> None:
    service = make_service(sqlite_url)
    receipt = verify(issue(service), signing_key.public_key())
    assert receipt["version"] == "KI-CR-v1.1.0"
    assert receipt["piiPrincipalId"] == SUBJECT
    assert receipt["language"] == "fr"
    purpose = receipt["services"][0]["purposes"][0]
    assert purpose["consentType"] == "EXPLICIT"
    assert purpose["termination"] == "/governance/consent/withdraw"
    ext = receipt["x-ext"]
    assert ext["lawfulBasis"] == "eu-gdpr:A6-1-a"
    assert ext["noticeHash"] == service.versions[ASSISTANT]
    assert ext["eventState"] == "dpv:ConsentGiven"
    assert ext["eventTime"] == "2026-03-02T09:00:00.000000Z"
    assert receipt["consentTimestamp"] == 1772442000


def test_withdrawal_receipt_states_the_withdrawal(sqlite_url: str, make_service: MakeService,
                                                  signing_key: Ed25519PrivateKey) -> None:
    service = make_service(sqlite_url)
    issue(service)
    [withdrawal] = service.withdraw(SUBJECT)
    payload = verify(withdrawal.document, signing_key.public_key())
    assert payload["x-ext"]["eventState"] == "dpv:ConsentWithdrawn"
    assert service.receipt(withdrawal.receipt_id, SUBJECT) == withdrawal.document


def test_flipping_any_byte_of_a_receipt_breaks_it(sqlite_url: str, make_service: MakeService,
                                                  signing_key: Ed25519PrivateKey) -> None:
    data = issue(make_service(sqlite_url)).encode("utf-8")
    public = signing_key.public_key()
    verify(data, public)
    # Every position: the payload, the proof's names, the key id and the signature itself.
    survivors = []
    for index in range(len(data)):
        try:
            verify(flipped(data, index), public)
        except ReceiptInvalid:
            continue
        survivors.append(index)
    assert survivors == []


@pytest.mark.parametrize("position", [0, 1, 42, 84, 85])
def test_flipping_a_byte_of_the_signature_fails(position: int,
                                                signing_key: Ed25519PrivateKey) -> None:
    document = json.loads(sign("receipt", {"a": 1}, signing_key))
    signature = document["proof"]["signature"].encode("ascii")
    assert len(signature) == 86
    document["proof"]["signature"] = flipped(signature, position).decode("ascii")
    with pytest.raises(ReceiptInvalid):
        verify(json.dumps(document), signing_key.public_key())


def test_receipt_from_another_key_is_refused(signing_key: Ed25519PrivateKey) -> None:
    document = sign("receipt", {"a": 1}, Ed25519PrivateKey.generate())
    with pytest.raises(ReceiptInvalid, match="another key"):
        verify(document, signing_key.public_key())


def test_receipts_are_only_shown_to_their_subject(sqlite_url: str,
                                                  make_service: MakeService) -> None:
    service = make_service(sqlite_url)
    [receipt] = service.decide(SUBJECT, [Decision(HISTORY, "grant", service.versions[HISTORY])])
    assert service.receipt(receipt.receipt_id) == receipt.document
    with pytest.raises(NotFound, match="no such receipt"):
        service.receipt(receipt.receipt_id, "pseud:someone-else")


@pytest.fixture
def cli_project(tmp_path: Path) -> tuple[Path, KeyStore]:
    """A policy file and an initialised key store, as `governance keys init` leaves them."""
    policy = tmp_path / "governance.toml"
    policy.write_text('[storage]\nurl = "sqlite:///var/governance.db"\nkeys_dir = "keys"\n')
    keys = KeyStore(tmp_path / "keys")
    keys.init()
    return policy, keys


@pytest.mark.parametrize("with_key_file", [False, True])
def test_verify_receipt_command_accepts_a_receipt_and_rejects_a_flipped_one(
        tmp_path: Path, make_service: MakeService, cli_project: tuple[Path, KeyStore],
        with_key_file: bool) -> None:
    policy, keys = cli_project
    service = make_service(f"sqlite:///{tmp_path / 'other.db'}")
    receipt = sign("receipt", json.loads(issue(service))["receipt"],
                   keys.signing_key("receipt"))
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(receipt)
    data = receipt.encode()
    bad.write_bytes(flipped(data, data.index(b'"signature"') + 20))
    extra: list[str] = []
    if with_key_file:
        pem = tmp_path / "receipt.pub.pem"
        pem.write_bytes(public_pem(keys.signing_key("receipt")))
        extra = ["--key", str(pem)]
    runner = CliRunner()
    ok = runner.invoke(main, ["--policy", str(policy), "consent", "verify-receipt",
                              str(good), *extra])
    assert ok.exit_code == 0, ok.output
    assert "valid receipt" in ok.output
    assert "dpv:ConsentGiven" in ok.output
    broken = runner.invoke(main, ["--policy", str(policy), "consent", "verify-receipt",
                                  str(bad), *extra])
    assert broken.exit_code == 1
    assert "INVALID" in broken.output


def test_public_key_command_prints_the_receipt_key(cli_project: tuple[Path, KeyStore]) -> None:
    policy, keys = cli_project
    result = CliRunner().invoke(main, ["--policy", str(policy), "consent", "public-key"])
    assert result.exit_code == 0, result.output
    assert result.output.encode() == public_pem(keys.signing_key("receipt"))
