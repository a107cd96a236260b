"""Audit entries: one frozen dataclass per kind, with enumerated minimal fields.

Entries hold pseudonyms (keyed HMACs computed by the caller), versions, identifiers, entity
*types and counts*, never raw text or personal data. Free-form details that may identify a
person go outside the hashed entry (see ``audit.details``); the entry keeps only a salted
commitment to them in ``details_commitment``.

The bytes that are hashed into the Merkle tree are the RFC 8785 (JCS) canonical JSON of
``{"kind": ..., "v": 1, <fields>}``, so any implementation can recompute a leaf.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, Literal

import rfc8785

from audit.errors import FormatError

FORMAT_VERSION = 1

Decision = Literal["forwarded", "refused", "handoff"]
ConsentAction = Literal["given", "withdrawn", "refused", "expired"]
DsrRight = Literal["access", "export", "erasure", "rectification", "restriction", "objection",
                   "withdrawal"]
DsrStep = Literal["received", "completed", "rejected", "extended"]
ConsoleAction = Literal["login", "logout", "login-failed", "lockout", "view", "export", "erasure",
                        "user-admin", "killswitch"]
ErasureScope = Literal["subject", "retention"]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExchangeOpened:
    """Written before a governed exchange is forwarded (or refused, or handed off)."""

    kind: ClassVar[str] = "exchange-opened"
    exchange_id: str
    route: str
    subject: str | None
    purposes: tuple[str, ...] = ()
    consent_receipts: tuple[str, ...] = ()
    notice_version: str | None = None
    disclosure_version: str | None = None
    redactions: Mapping[str, int] = field(default_factory=dict)
    handoff: str | None = None
    policy_version: str
    decision: Decision
    reason: str | None = None
    details_commitment: str | None = None
    time: datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExchangeClosed:
    """Completes an ``ExchangeOpened`` with the same ``exchange_id``."""

    kind: ClassVar[str] = "exchange-closed"
    exchange_id: str
    upstream_status: int | None
    latency_ms: int
    answer_check: Mapping[str, int] = field(default_factory=dict)
    time: datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentEvent:
    kind: ClassVar[str] = "consent"
    subject: str
    action: ConsentAction
    purposes: tuple[str, ...]
    receipt_id: str | None = None
    notice_version: str | None = None
    details_commitment: str | None = None
    time: datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True, kw_only=True)
class DsrAction:
    kind: ClassVar[str] = "dsr"
    subject: str
    request_id: str
    right: DsrRight
    step: DsrStep
    details_commitment: str | None = None
    time: datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyRotation:
    """``key_id`` is a public fingerprint (e.g. a signed-note key id), never key material."""

    kind: ClassVar[str] = "key-rotation"
    key_name: str
    key_id: str
    actor: str
    time: datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsoleEvent:
    """Console logins and exports; ``actor`` is a pseudonym of the operator."""

    kind: ClassVar[str] = "console"
    actor: str
    action: ConsoleAction
    scope: str | None = None
    time: datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True, kw_only=True)
class KillSwitchFlip:
    """An operator stopped or restarted AI answers (R14); ``actor`` is a pseudonym or a
    service account name, ``scope`` is ``global`` or a route path. No free-form reason."""

    kind: ClassVar[str] = "killswitch"
    scope: str
    on: bool
    actor: str
    time: datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True, kw_only=True)
class ConfigChange:
    kind: ClassVar[str] = "config-change"
    actor: str
    policy_version: str
    previous_version: str | None
    time: datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True, kw_only=True)
class Erasure:
    """Details and keys were destroyed: for one subject, or by retention before ``before``."""

    kind: ClassVar[str] = "erasure"
    scope: ErasureScope
    subject: str | None = None
    before: datetime | None = None
    details_erased: int
    time: datetime = field(default_factory=utc_now)


Entry = (ExchangeOpened | ExchangeClosed | ConsentEvent | DsrAction | KeyRotation | ConsoleEvent
         | KillSwitchFlip | ConfigChange | Erasure)

KINDS: dict[str, type[Entry]] = {
    cls.kind: cls
    for cls in (ExchangeOpened, ExchangeClosed, ConsentEvent, DsrAction, KeyRotation,
                ConsoleEvent, KillSwitchFlip, ConfigChange, Erasure)
}


def format_time(value: datetime) -> str:
    """UTC, microseconds, ``Z``: one spelling so the canonical bytes are stable."""
    if value.tzinfo is None:
        raise FormatError("audit times must be timezone-aware (UTC)")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def parse_time(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int) or value is None:
        return value
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


_FIELDS: dict[str, tuple[str, ...]] = {
    kind: tuple(f.name for f in dataclasses.fields(cls)) for kind, cls in KINDS.items()
}


def to_json(entry: Entry) -> dict[str, Any]:
    doc: dict[str, Any] = {"kind": entry.kind, "v": FORMAT_VERSION}
    for name in _FIELDS[entry.kind]:
        doc[name] = _jsonable(getattr(entry, name))
    return doc


def canonical_bytes(entry: Entry) -> bytes:
    """The RFC 8785 bytes that are logged; the leaf hash is SHA-256(0x00 || these).

    Entries hold only strings, integers, null, lists and string-keyed maps. For those,
    ``json.dumps`` with sorted keys, no spaces and raw UTF-8 *is* JCS as long as every key
    is ASCII (code-point order = UTF-16 order); that fast path is 20x quicker than the
    general ``rfc8785`` encoder, which remains the fallback and the reference in the tests.
    """
    doc = to_json(entry)
    if all(_ascii_keys(v) for v in doc.values()):
        return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False).encode()
    return rfc8785.dumps(doc)


def _ascii_keys(value: Any) -> bool:
    if isinstance(value, str | int) or value is None:
        return True
    if isinstance(value, dict):
        return all(k.isascii() and _ascii_keys(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_ascii_keys(v) for v in value)
    return not isinstance(value, float)


def from_bytes(data: bytes) -> Entry:
    """Parse logged bytes back into an entry (for export and proof display)."""
    try:
        doc = json.loads(data)
        cls = KINDS[doc.pop("kind")]
        doc.pop("v", None)
        values: dict[str, Any] = {}
        hints = {f.name: str(f.type) for f in dataclasses.fields(cls)}
        for name, value in doc.items():
            hint = hints[name]
            if value is not None and "datetime" in hint:
                value = parse_time(value)
            elif isinstance(value, list):
                value = tuple(value)
            values[name] = value
        return cls(**values)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise FormatError("logged bytes are not a known audit entry") from exc
