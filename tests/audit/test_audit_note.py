"""C2SP signed-note / tlog-checkpoint: byte-exact against Go's sumdb/note and the spec."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from audit import Checkpoint, FormatError, ProofError, Signer, Verifier, origin_for
from audit.checkpoints import read_checkpoints
from audit.note import open_note

# golang.org/x/mod/sumdb/note, note_test.go / example_test.go
GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_TEXT = ("If you think cryptography is the answer to your problem,\n"
           "then you don't know what your problem is.\n")
GO_NOTE = (GO_TEXT + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN"
           "1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n")
# C2SP signed-note.md example
SPEC_VKEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
SPEC_NOTE = ("This is an example message.\n\n\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YE"
             "q6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n")


def _go_signer() -> Signer:
    seed = base64.b64decode(GO_SKEY.split("+", 4)[4])[1:]
    return Signer("PeterNeumann", Ed25519PrivateKey.from_private_bytes(seed))


def test_signing_reproduces_go_sumdb_note_byte_for_byte() -> None:
    signer = _go_signer()
    assert str(signer.verifier) == GO_VKEY
    assert signer.sign(GO_TEXT) == GO_NOTE


@pytest.mark.parametrize(("vkey", "note", "text"), [
    (GO_VKEY, GO_NOTE, GO_TEXT),
    (SPEC_VKEY, SPEC_NOTE, "This is an example message.\n"),
])
def test_reference_notes_open_with_their_verifier_key(vkey: str, note: str, text: str) -> None:
    assert open_note(note, Verifier.parse(vkey)) == text


@pytest.mark.parametrize("tamper", [
    lambda n: n.replace("problem,", "problem;"),
    lambda n: n.replace("x08go", "x08gp"),
])
def test_altered_note_is_rejected(tamper: object) -> None:
    with pytest.raises((ProofError, FormatError)):
        open_note(tamper(GO_NOTE), Verifier.parse(GO_VKEY))  # type: ignore[operator]


def test_note_signed_by_another_key_is_rejected() -> None:
    with pytest.raises(ProofError, match="not signed by PeterNeumann"):
        open_note(SPEC_NOTE, Verifier.parse(GO_VKEY))


def test_verifier_key_whose_base64_contains_a_plus_parses() -> None:
    # transparency-dev/formats note tests: the base64 part of this key contains '+'
    vkey = "TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6"
    assert str(Verifier.parse(vkey)) == vkey


@pytest.mark.parametrize("bad", [
    GO_VKEY.replace("c74f20a3", "c74f20a4"),      # key id does not match
    GO_VKEY.replace("+ARpc", "+AhpC"),            # wrong algorithm byte
    "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    GO_VKEY[:-4],
    "no-plus-signs",
])
def test_malformed_verifier_keys_are_refused(bad: str) -> None:
    with pytest.raises(FormatError):
        Verifier.parse(bad)


def test_checkpoint_is_the_c2sp_three_line_body_and_opens() -> None:
    signer = Signer("example.com/log", Ed25519PrivateKey.generate())
    root = bytes(range(32))
    cp = Checkpoint("example.com/log", 42, root).signed(signer)
    text, _, sig = cp.note.partition("\n\n")
    assert text == f"example.com/log\n42\n{base64.b64encode(root).decode()}"
    assert sig.startswith("\u2014 example.com/log ")
    assert len(base64.b64decode(sig.split(" ")[2])) == 4 + 64
    assert Checkpoint.open(cp.note, signer.verifier) == cp


def test_checkpoint_from_another_origin_is_refused() -> None:
    signer = Signer("other.example/log", Ed25519PrivateKey.generate())
    note = Checkpoint("other.example/log", 1, bytes(32)).signed(signer).note
    with pytest.raises(ProofError, match="origin"):
        Checkpoint.open(note, signer.verifier, origin="example.com/log")


@pytest.mark.parametrize("text", ["o\n01\nAAAA\n", "o\n1\n", "o\n1\nnot base64!\n", "o\nx\nAA==\n"])
def test_malformed_checkpoint_bodies_are_refused(text: str) -> None:
    with pytest.raises(FormatError):
        Checkpoint.parse_text(text)


def test_a_file_of_saved_checkpoints_splits_into_each_note() -> None:
    signer = Signer("example.com/log", Ed25519PrivateKey.generate())
    notes = [Checkpoint("example.com/log", n, bytes([n]) * 32).signed(signer) for n in (1, 5)]
    assert read_checkpoints("".join(c.note + "\n" for c in notes)) == notes


@pytest.mark.parametrize(("name", "origin"), [
    ("AI assistant", "ai-assistant/audit"),
    ("Helpdesk+ (FR)", "helpdesk-fr/audit"),
    ("   ", "governance/audit"),
])
def test_origin_is_derived_from_the_service_name_without_spaces_or_plus(name: str,
                                                                        origin: str) -> None:
    assert origin_for(name) == origin
