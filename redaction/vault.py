"""The pseudonymisation vault: per-conversation ``placeholder <-> value`` mappings in SQL.

Each value is encrypted with AES-256-GCM under a random 96-bit nonce; the associated data binds
the conversation id and the placeholder, so a row copied into another conversation or slot fails
authentication instead of restoring the wrong person. The value -> placeholder index is a keyed
HMAC of the normalised value (never the value, never an unkeyed hash that a dictionary attack
could invert), scoped to the conversation so two conversations cannot be linked through it.
Both keys are derived (HKDF) from the one vault key the caller passes in.

Several instances share the table: a unique constraint on ``(conversation, placeholder)`` and
``(conversation, value index)`` makes concurrent assignment safe, and a conflict is retried.
Rows expire ``ttl`` after the conversation's last use (sliding); expired rows are invisible at
once and deleted by :meth:`Vault.purge_expired`. Rows carry the caller's subject pseudonym, for
erasure (GDPR Art. 17).

Errors (messages never contain a value, a conversation id or a subject)::

    RedactionError                  (redaction.errors)
    └── VaultError                  the vault's database failed, or a conflict never settled
        └── VaultIntegrityError     a row failed authentication: tampered, moved or wrong key
"""

from __future__ import annotations

import hashlib
import hmac
import os
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from redaction.errors import RedactionError
from redaction.placeholders import check_entity_type, format_placeholder, normalise_value

MAX_ID_LENGTH = 200
ATTEMPTS = 8
_FORMAT = b"\x01"  # ciphertext layout version: 0x01 || nonce(12) || AES-GCM(value) || tag(16)

_METADATA = sa.MetaData()
VAULT_TABLE = sa.Table(
    "redaction_vault",
    _METADATA,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
              autoincrement=True),
    sa.Column("conversation_id", sa.String(MAX_ID_LENGTH), nullable=False),
    sa.Column("subject", sa.String(MAX_ID_LENGTH), nullable=False),
    sa.Column("entity_type", sa.String(64), nullable=False),
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("placeholder", sa.String(96), nullable=False),
    sa.Column("value_index", sa.LargeBinary(32), nullable=False),
    sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
    sa.Column("created_ms", sa.BigInteger(), nullable=False),
    sa.Column("expires_ms", sa.BigInteger(), nullable=False),
    sa.UniqueConstraint("conversation_id", "placeholder", name="uq_redaction_vault_placeholder"),
    sa.UniqueConstraint("conversation_id", "value_index", name="uq_redaction_vault_value"),
    sa.Index("ix_redaction_vault_subject", "subject"),
    sa.Index("ix_redaction_vault_expires", "expires_ms"),
)

T = TypeVar("T")


class VaultError(RedactionError):
    """The vault could not read or write its mapping; the request must be refused."""


class VaultIntegrityError(VaultError):
    """A vault row failed authentication (tampered, moved to another slot, or another key)."""


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _check_id(kind: str, value: str) -> str:
    if not value or len(value) > MAX_ID_LENGTH:
        raise ValueError(f"{kind} must be 1..{MAX_ID_LENGTH} characters, got {len(value)}")
    return value


class Vault:
    """Encrypted, expiring placeholder mappings shared by every instance of the app."""

    def __init__(
        self,
        engine: Engine,
        key: bytes,
        *,
        ttl: timedelta,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        if len(key) != 32:
            raise ValueError(f"vault key must be 32 bytes (AES-256), got {len(key)}")
        if ttl <= timedelta(0):
            raise ValueError(f"vault ttl must be positive, got {ttl}")
        self._engine = engine
        self._aead = AESGCM(self._derive(key, b"asgi-governance/vault/encrypt/v1"))
        self._index_key = self._derive(key, b"asgi-governance/vault/index/v1")
        self._ttl_ms = int(ttl.total_seconds() * 1000)
        self._clock = clock

    @staticmethod
    def _derive(key: bytes, info: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)

    # -- schema and housekeeping -------------------------------------------------------------

    def create_schema(self) -> None:
        """Create the table and its indexes if missing (idempotent)."""
        self._db("create-schema", lambda: _METADATA.create_all(self._engine, checkfirst=True))

    def purge_expired(self) -> int:
        """Delete every expired row; returns how many were deleted."""
        stmt = sa.delete(VAULT_TABLE).where(VAULT_TABLE.c.expires_ms <= self._now_ms())
        return self._delete("purge", stmt)

    def erase_subject(self, subject: str) -> int:
        """Erase every mapping row created for ``subject`` (GDPR Art. 17)."""
        stmt = sa.delete(VAULT_TABLE).where(VAULT_TABLE.c.subject == subject)
        return self._delete("erase-subject", stmt)

    def erase_conversation(self, conversation_id: str) -> int:
        """Erase one conversation's whole mapping."""
        stmt = sa.delete(VAULT_TABLE).where(VAULT_TABLE.c.conversation_id == conversation_id)
        return self._delete("erase-conversation", stmt)

    # -- assignment and lookups --------------------------------------------------------------

    def assign(
        self, conversation_id: str, subject: str, entities: Sequence[tuple[str, str]]
    ) -> list[str]:
        """The placeholder of each ``(entity_type, value)``, creating the missing ones.

        The same value (after normalisation) always gets the same placeholder within the
        conversation; a new one gets the next number of its type. Using a conversation extends
        its expiry by ``ttl``.
        """
        _check_id("conversation id", conversation_id)
        _check_id("subject", subject)
        for entity_type, _ in entities:
            check_entity_type(entity_type)
        if not entities:
            return []
        indexes = [self._index(conversation_id, t, v) for t, v in entities]
        for attempt in range(ATTEMPTS):
            try:
                with self._engine.begin() as conn:
                    return self._assign(conn, conversation_id, subject, entities, indexes)
            except (IntegrityError, OperationalError) as exc:
                # Another instance assigned the same number or value first: read again.
                if attempt == ATTEMPTS - 1:
                    raise VaultError(
                        f"vault assignment kept conflicting ({type(exc).__name__})"
                    ) from exc
                time.sleep(random.uniform(0.001, 0.01) * (attempt + 1))  # noqa: S311
            except SQLAlchemyError as exc:
                raise VaultError(f"vault assignment failed ({type(exc).__name__})") from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def find(self, conversation_id: str, entity_type: str, value: str) -> str | None:
        """The placeholder already given to ``value`` in the conversation, if any."""
        index = self._index(conversation_id, entity_type, value)
        stmt = sa.select(VAULT_TABLE.c.placeholder).where(
            VAULT_TABLE.c.conversation_id == conversation_id,
            VAULT_TABLE.c.value_index == index,
            VAULT_TABLE.c.expires_ms > self._now_ms(),
        )
        return self._db("find", lambda: self._scalar(stmt))

    def lookup(self, conversation_id: str, placeholder: str) -> str | None:
        """The value behind one placeholder of the conversation, if it is known."""
        stmt = sa.select(VAULT_TABLE.c.placeholder, VAULT_TABLE.c.ciphertext).where(
            VAULT_TABLE.c.conversation_id == conversation_id,
            VAULT_TABLE.c.placeholder == placeholder,
            VAULT_TABLE.c.expires_ms > self._now_ms(),
        )
        rows = self._db("lookup", lambda: self._rows(stmt))
        return self._decrypt(conversation_id, rows[0][0], rows[0][1]) if rows else None

    def mapping(self, conversation_id: str) -> dict[str, str]:
        """The conversation's whole ``placeholder -> value`` mapping, decrypted (for restoring)."""
        stmt = sa.select(VAULT_TABLE.c.placeholder, VAULT_TABLE.c.ciphertext).where(
            VAULT_TABLE.c.conversation_id == conversation_id,
            VAULT_TABLE.c.expires_ms > self._now_ms(),
        )
        rows = self._db("mapping", lambda: self._rows(stmt))
        return {ph: self._decrypt(conversation_id, ph, ct) for ph, ct in rows}

    # -- internals ---------------------------------------------------------------------------

    def _assign(
        self,
        conn: sa.Connection,
        conversation_id: str,
        subject: str,
        entities: Sequence[tuple[str, str]],
        indexes: Sequence[bytes],
    ) -> list[str]:
        now = self._now_ms()
        table = VAULT_TABLE
        rows = conn.execute(
            sa.select(table.c.entity_type, table.c.number, table.c.placeholder,
                      table.c.value_index, table.c.expires_ms)
            .where(table.c.conversation_id == conversation_id)
        ).all()
        if any(row.expires_ms <= now for row in rows):  # expired rows must free their slots
            conn.execute(sa.delete(table).where(table.c.conversation_id == conversation_id,
                                                table.c.expires_ms <= now))
            rows = [row for row in rows if row.expires_ms > now]
        known = {bytes(row.value_index): row.placeholder for row in rows}
        last: Counter[str] = Counter()
        for row in rows:
            last[row.entity_type] = max(last[row.entity_type], row.number)
        expires = now + self._ttl_ms
        placeholders: list[str] = []
        new_rows: list[dict[str, object]] = []
        for (entity_type, value), index in zip(entities, indexes, strict=True):
            placeholder = known.get(index)
            if placeholder is None:
                last[entity_type] += 1
                placeholder = format_placeholder(entity_type, last[entity_type])
                known[index] = placeholder
                new_rows.append({
                    "conversation_id": conversation_id, "subject": subject,
                    "entity_type": entity_type, "number": last[entity_type],
                    "placeholder": placeholder, "value_index": index,
                    "ciphertext": self._encrypt(conversation_id, placeholder, value),
                    "created_ms": now, "expires_ms": expires,
                })
            placeholders.append(placeholder)
        if new_rows:
            conn.execute(sa.insert(table), new_rows)
        # Sliding expiry, refreshed at most every ttl/20 to keep most turns read-only.
        stale = expires - max(self._ttl_ms // 20, 1)
        if any(row.expires_ms < stale for row in rows):
            conn.execute(sa.update(table)
                         .where(table.c.conversation_id == conversation_id,
                                table.c.expires_ms < stale)
                         .values(expires_ms=expires))
        return placeholders

    def _index(self, conversation_id: str, entity_type: str, value: str) -> bytes:
        message = conversation_id.encode() + b"\x00" + normalise_value(entity_type, value).encode()
        return hmac.new(self._index_key, message, hashlib.sha256).digest()

    @staticmethod
    def _aad(conversation_id: str, placeholder: str) -> bytes:
        return b"v1\x00" + conversation_id.encode() + b"\x00" + placeholder.encode()

    def _encrypt(self, conversation_id: str, placeholder: str, value: str) -> bytes:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, value.encode(), self._aad(conversation_id, placeholder))
        return _FORMAT + nonce + sealed

    def _decrypt(self, conversation_id: str, placeholder: str, blob: bytes) -> str:
        blob = bytes(blob)
        if blob[:1] != _FORMAT or len(blob) < 1 + 12 + 16:
            raise VaultIntegrityError("a vault row has an unknown ciphertext format")
        try:
            aad = self._aad(conversation_id, placeholder)
            plain = self._aead.decrypt(blob[1:13], blob[13:], aad)
        except InvalidTag as exc:
            raise VaultIntegrityError("a vault row failed authentication") from exc
        return plain.decode()

    def _now_ms(self) -> int:
        return int(self._clock().timestamp() * 1000)

    def _scalar(self, stmt: sa.Select[str]) -> str | None:
        with self._engine.connect() as conn:
            return conn.execute(stmt).scalar_one_or_none()

    def _rows(self, stmt: sa.Select[str, bytes]) -> list[tuple[str, bytes]]:
        with self._engine.connect() as conn:
            return [(row[0], row[1]) for row in conn.execute(stmt)]

    def _delete(self, operation: str, stmt: sa.Delete) -> int:
        def run() -> int:
            with self._engine.begin() as conn:
                return conn.execute(stmt).rowcount
        return self._db(operation, run)

    @staticmethod
    def _db(operation: str, action: Callable[[], T]) -> T:
        try:
            return action()
        except SQLAlchemyError as exc:
            raise VaultError(f"vault {operation} failed ({type(exc).__name__})") from exc
