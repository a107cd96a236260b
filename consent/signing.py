"""Detached Ed25519 signatures over RFC 8785 (JCS) canonical JSON.

A signed document is ``{"<name>": payload, "proof": {"alg": "EdDSA", "kid": ..., "signature":
...}}``. The signature covers the JCS bytes of ``{"alg", "kid", "<name>": payload}``, so the
payload, the algorithm and the key id are all bound: changing any byte of the file breaks it.
Receipts (``name="receipt"``) and export manifests (``name="manifest"``) use the same format.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from consent.errors import ReceiptInvalid

ALG = "EdDSA"


def key_id(public_key: Ed25519PublicKey) -> str:
    """``sha256:`` + 32 hex digits of the raw public key: names the key without revealing it."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "sha256:" + hashlib.sha256(raw).hexdigest()[:32]


def public_pem(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.PEM,
                               serialization.PublicFormat.SubjectPublicKeyInfo)


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise ReceiptInvalid("the public key file is not a PEM public key") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise ReceiptInvalid("the public key is not an Ed25519 key")
    return key


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _signing_input(name: str, payload: Any, kid: str) -> bytes:
    return bytes(rfc8785.dumps({"alg": ALG, "kid": kid, name: payload}))


def sign(name: str, payload: dict[str, Any], key: Ed25519PrivateKey) -> str:
    """The signed document as indented JSON text (the form stored and handed out)."""
    kid = key_id(key.public_key())
    signature = key.sign(_signing_input(name, payload, kid))
    document = {name: payload, "proof": {"alg": ALG, "kid": kid, "signature": _b64(signature)}}
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def verify(data: bytes | str, public_key: Ed25519PublicKey, *, name: str = "receipt"
           ) -> dict[str, Any]:
    """Check a signed document and return its payload; ``ReceiptInvalid`` says what failed."""
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReceiptInvalid("not a JSON document (damaged or truncated)") from exc
    if not isinstance(document, dict) or set(document) != {name, "proof"}:
        raise ReceiptInvalid(f"expected exactly the keys {name!r} and 'proof'")
    proof, payload = document["proof"], document[name]
    if not isinstance(proof, dict) or set(proof) != {"alg", "kid", "signature"}:
        raise ReceiptInvalid("the proof must hold exactly 'alg', 'kid' and 'signature'")
    if proof["alg"] != ALG:
        raise ReceiptInvalid(f"unsupported signature algorithm {proof['alg']!r}")
    if proof["kid"] != key_id(public_key):
        raise ReceiptInvalid("signed with another key (key id does not match the public key)")
    text = proof["signature"]
    try:
        signature = base64.urlsafe_b64decode(str(text) + "=" * (-len(str(text)) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ReceiptInvalid("the signature is not base64url") from exc
    if _b64(signature) != text:  # refuse non-canonical encodings (spare bits flipped)
        raise ReceiptInvalid("the signature is not canonical base64url")
    try:
        public_key.verify(signature, _signing_input(name, payload, str(proof["kid"])))
    except InvalidSignature as exc:
        raise ReceiptInvalid("the signature does not match the document") from exc
    except ValueError as exc:  # JCS refuses numbers beyond IEEE 754 doubles
        raise ReceiptInvalid(f"the document cannot be canonicalised: {exc}") from exc
    if not isinstance(payload, dict):
        raise ReceiptInvalid(f"{name!r} must be a JSON object")
    return payload
