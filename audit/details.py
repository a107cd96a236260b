"""Subject details kept outside the hashed log, erasable by destroying a per-subject key.

Each subject pseudonym gets a random AES-256-GCM key, stored wrapped (AES-GCM) by a key
derived from the ``audit-details`` master secret. A details record is sealed as
``nonce || AES-GCM(salt || canonical JSON)``; the hashed entry holds only the commitment
``HMAC-SHA256(salt, canonical JSON)``. Once the key and the sealed rows are deleted, the
commitment reveals nothing (the salt is gone with them) and the Merkle tree is unchanged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from audit.errors import AuditError

_SALT = 16
_NONCE = 12


@dataclass(frozen=True, slots=True)
class Sealed:
    sealed: bytes
    commitment: str


class DetailsCipher:
    """Wraps per-subject keys and seals details; holds no state beyond the wrapping key."""

    __slots__ = ("_wrap",)

    def __init__(self, master_secret: bytes) -> None:
        if len(master_secret) != 32:
            raise ValueError("the audit-details master secret must be 32 bytes")
        self._wrap = AESGCM(HKDF(hashes.SHA256(), 32, None, b"audit-details key-wrap v1")
                            .derive(master_secret))

    def new_key(self, subject: str) -> tuple[bytes, bytes]:
        """A fresh subject key and its wrapped form (bound to the pseudonym)."""
        key = AESGCM.generate_key(256)
        nonce = secrets.token_bytes(_NONCE)
        return key, nonce + self._wrap.encrypt(nonce, key, subject.encode())

    def unwrap(self, subject: str, wrapped: bytes) -> bytes:
        try:
            return self._wrap.decrypt(wrapped[:_NONCE], wrapped[_NONCE:], subject.encode())
        except InvalidTag as exc:
            raise AuditError("a subject key does not unwrap with the audit-details secret") from exc

    @staticmethod
    def seal(key: bytes, subject: str, values: Mapping[str, object]) -> Sealed:
        doc: Any = dict(values)
        canonical = rfc8785.dumps(doc)
        salt = secrets.token_bytes(_SALT)
        nonce = secrets.token_bytes(_NONCE)
        sealed = nonce + AESGCM(key).encrypt(nonce, salt + canonical, subject.encode())
        return Sealed(sealed, commitment(salt, canonical))

    @staticmethod
    def open(key: bytes, subject: str, sealed: bytes) -> tuple[dict[str, object], str]:
        """The details and their commitment (to compare with the logged entry)."""
        try:
            plain = AESGCM(key).decrypt(sealed[:_NONCE], sealed[_NONCE:], subject.encode())
        except InvalidTag as exc:
            raise AuditError("sealed details do not open with the subject key") from exc
        salt, canonical = plain[:_SALT], plain[_SALT:]
        values: dict[str, object] = json.loads(canonical)
        return values, commitment(salt, canonical)


def commitment(salt: bytes, canonical: bytes) -> str:
    return "hmac-sha256:" + hmac.new(salt, canonical, hashlib.sha256).hexdigest()
