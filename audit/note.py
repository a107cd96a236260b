"""C2SP ``signed-note`` (Ed25519) and ``tlog-checkpoint``.

A checkpoint is the note text ``<origin>\\n<size>\\n<base64 root>\\n``, a blank line, and one
signature line per signer: ``\\u2014 <name> base64(key id || signature)\\n``. The key id is
the first four bytes of SHA-256(name || 0x0A || 0x01 || public key); the verifier key string
is ``<name>+<hex key id>+<base64(0x01 || public key)>``, as Go's ``golang.org/x/mod/sumdb/note``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from audit.errors import AuditError, FormatError, ProofError

ALG_ED25519 = b"\x01"
DASH = "\u2014 "
MAX_SIGNATURES = 100


def _check_name(name: str) -> None:
    if not name or "+" in name or any(c.isspace() for c in name):
        raise FormatError("a signed-note key name must be non-empty, without spaces or '+'")


def key_id(name: str, public: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + ALG_ED25519 + public).digest()[:4]


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True, slots=True)
class Verifier:
    """A signed-note verifier: a key name and an Ed25519 public key."""

    name: str
    public: bytes

    @property
    def key_id(self) -> bytes:
        return key_id(self.name, self.public)

    def __str__(self) -> str:
        encoded = base64.b64encode(ALG_ED25519 + self.public).decode()
        return f"{self.name}+{self.key_id.hex()}+{encoded}"

    @classmethod
    def parse(cls, vkey: str) -> Verifier:
        """Parse ``<name>+<hex key id>+<base64(0x01 || key)>`` and check the key id."""
        parts = vkey.strip().split("+", 2)  # the base64 key may itself contain "+"
        if len(parts) != 3 or len(parts[1]) != 8:
            raise FormatError("verifier key must be <name>+<8 hex digits>+<base64 key>")
        name, hex_id, b64 = parts
        _check_name(name)
        try:
            raw = base64.b64decode(b64, validate=True)
            wanted = bytes.fromhex(hex_id)
        except (binascii.Error, ValueError) as exc:
            raise FormatError("verifier key has a bad key id or key encoding") from exc
        if len(raw) != 33 or raw[:1] != ALG_ED25519:
            raise FormatError("verifier key is not an Ed25519 (type 0x01) key")
        verifier = cls(name, raw[1:])
        if verifier.key_id != wanted:
            raise FormatError("verifier key id does not match its name and key")
        return verifier

    def verify(self, text: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public).verify(signature, text)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True, slots=True)
class Signer:
    name: str
    key: Ed25519PrivateKey

    def __post_init__(self) -> None:
        _check_name(self.name)

    @property
    def verifier(self) -> Verifier:
        return Verifier(self.name, _raw_public(self.key.public_key()))

    def sign(self, text: str) -> str:
        """The signed note: ``text`` (ending in newline), a blank line, our signature line."""
        _check_text(text)
        sig = self.key.sign(text.encode())
        encoded = base64.b64encode(self.verifier.key_id + sig).decode()
        return f"{text}\n{DASH}{self.name} {encoded}\n"


def _check_text(text: str) -> None:
    if not text.endswith("\n") or "\n\n" in text or text.startswith("\n"):
        raise FormatError("note text must be non-empty lines ending in a newline")
    if any(ord(c) < 0x20 and c != "\n" for c in text):
        raise FormatError("note text must not contain control characters")


def open_note(note: str, verifier: Verifier) -> str:
    """Return the note text if ``verifier`` signed it; raise ``ProofError`` otherwise.

    As sumdb/note: signatures by unknown keys are ignored; a bad signature by the known key
    rejects the note; at least one good signature by the known key is required.
    """
    if any(ord(c) < 0x20 and c != "\n" for c in note):
        raise FormatError("signed note contains control characters")
    split = note.rfind("\n\n")
    if split < 0 or not note.endswith("\n"):
        raise FormatError("signed note has no blank line before its signatures")
    text, lines = note[: split + 1], note[split + 2 : -1].split("\n")
    _check_text(text)
    if len(lines) > MAX_SIGNATURES:
        raise FormatError("signed note has too many signatures")
    verified = False
    for line in lines:
        if not line.startswith(DASH):
            raise FormatError("malformed signature line in signed note")
        name, _, b64 = line[len(DASH):].rpartition(" ")
        try:
            raw = base64.b64decode(b64, validate=True)
        except binascii.Error as exc:
            raise FormatError("signature line is not base64") from exc
        if len(raw) < 5:
            raise FormatError("signature line is too short")
        if name != verifier.name or raw[:4] != verifier.key_id:
            continue
        if not verifier.verify(text.encode(), raw[4:]):
            raise ProofError(f"bad signature by {verifier.name} on the note")
        verified = True
    if not verified:
        raise ProofError(f"note is not signed by {verifier.name}+{verifier.key_id.hex()}")
    return text


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A tree head: origin, size, root. ``note`` is the signed text, when signed."""

    origin: str
    size: int
    root: bytes
    note: str = ""

    @property
    def text(self) -> str:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"

    def signed(self, signer: Signer) -> Checkpoint:
        return Checkpoint(self.origin, self.size, self.root, signer.sign(self.text))

    @classmethod
    def parse_text(cls, text: str, note: str = "") -> Checkpoint:
        lines = text.split("\n")
        if len(lines) < 4 or lines[-1] != "" or not lines[0]:
            raise FormatError("checkpoint needs origin, size and root lines")
        origin, size_s, root_s = lines[0], lines[1], lines[2]
        if not size_s.isdigit() or (size_s.startswith("0") and size_s != "0"):
            raise FormatError("checkpoint size is not a decimal without leading zeroes")
        try:
            root = base64.b64decode(root_s, validate=True)
        except binascii.Error as exc:
            raise FormatError("checkpoint root is not base64") from exc
        if len(root) != 32:
            raise FormatError("checkpoint root is not a SHA-256 hash")
        return cls(origin, int(size_s), root, note)

    @classmethod
    def open(cls, note: str, verifier: Verifier, *, origin: str | None = None) -> Checkpoint:
        """Verify the signature, then parse; the origin must be the expected one."""
        checkpoint = cls.parse_text(open_note(note, verifier), note)
        if checkpoint.origin != (origin or verifier.name):
            raise ProofError("checkpoint origin is not the log's origin")
        return checkpoint

    @classmethod
    def parse_unverified(cls, note: str) -> Checkpoint:
        split = note.rfind("\n\n")
        if split < 0:
            raise FormatError("signed note has no blank line before its signatures")
        return cls.parse_text(note[: split + 1], note)


def open_checkpoint(note: str, verifiers: Sequence[Verifier], *, origin: str) -> Checkpoint:
    """Open with the first of ``verifiers`` that signed it: after a key rotation, checkpoints
    signed by the earlier key stay valid when that key is listed."""
    error: AuditError | None = None
    for verifier in verifiers:
        try:
            return Checkpoint.open(note, verifier, origin=origin)
        except AuditError as exc:
            error = exc
    raise error or ProofError("no verifier key given")


def origin_for(service_name: str) -> str:
    """A log origin / key name from a display name: ``"AI assistant"`` -> ``ai-assistant/audit``.

    Origins must not contain spaces or '+'; keep the service name stable, since it names the
    log in the database and in every checkpoint an officer has saved.
    """
    slug = re.sub(r"[^a-z0-9.]+", "-", service_name.lower()).strip("-.")
    return f"{slug or 'governance'}/audit"
