"""Console operators and API tokens: argon2 passwords, lockout, hashed bearer tokens.

Nobody gets in by default: there is no built-in account, users are added with
``governance users add``. After ``MAX_FAILURES`` wrong passwords in a row an account is locked
for ``LOCKOUT_SECONDS``; ``unlock`` lifts it. A bearer token is ``gct_<id>_<secret>``: the
secret has 256 bits of entropy, so a SHA-256 of it is enough at rest (no slow hash needed).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, cast, get_args

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine

from governance.console.schema import attempts, tokens, users

Role = Literal["compliance", "dpo", "admin"]
ROLES: tuple[Role, ...] = get_args(Role)
MAX_FAILURES = 10
LOCKOUT_SECONDS = 15 * 60
TOKEN_PREFIX = "gct_"


class AccountError(ValueError):
    """A refused account operation; the message names no password and no token."""


@dataclass(frozen=True, slots=True)
class User:
    user_id: str
    name: str
    role: Role
    generation: int
    locked_until: float | None


@dataclass(frozen=True, slots=True)
class Token:
    token_id: str
    name: str
    role: Role
    expires_at: float
    revoked: bool


LoginResult = Literal["ok", "wrong", "locked", "lockout"]


def check_role(role: str) -> Role:
    for known in ROLES:
        if role == known:
            return known
    raise AccountError(f"role must be one of {', '.join(ROLES)}")


class Accounts:
    """Users and tokens in the console tables; every call opens its own connection."""

    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.time,
                 hasher: PasswordHasher | None = None) -> None:
        self.engine = engine
        self.clock = clock
        self.hasher = hasher or PasswordHasher()
        self._dummy: str | None = None

    # -- users ---------------------------------------------------------------------------
    def add_user(self, name: str, role: str, password: str) -> User:
        if not name or len(name) > 120 or not name.isprintable():
            raise AccountError("a user name is 1 to 120 printable characters")
        if len(password) < 12:
            raise AccountError("a password has at least 12 characters")
        checked = check_role(role)
        user_id = "u-" + secrets.token_hex(8)
        try:
            with self.engine.begin() as conn:
                conn.execute(users.insert().values(
                    user_id=user_id, name=name, role=checked,
                    password_hash=self.hasher.hash(password), failed=0, locked_until=None,
                    generation=0, created_at=self.clock()))
        except sa.exc.IntegrityError:
            raise AccountError("a user with this name exists") from None
        return User(user_id, name, checked, 0, None)

    def list_users(self) -> list[User]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(users).order_by(users.c.name)).all()
        return [_user(r) for r in rows]

    def user(self, user_id: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(users).where(users.c.user_id == user_id)).first()
        return None if row is None else _user(row)

    def remove_user(self, name: str) -> bool:
        with self.engine.begin() as conn:
            return bool(conn.execute(sa.delete(users).where(users.c.name == name)).rowcount)

    def unlock(self, name: str) -> bool:
        with self.engine.begin() as conn:
            return bool(conn.execute(sa.update(users).where(users.c.name == name)
                                     .values(failed=0, locked_until=None)).rowcount)

    def end_sessions(self, user_id: str) -> None:
        """Invalidate every session cookie of a user (logout, role change)."""
        with self.engine.begin() as conn:
            conn.execute(sa.update(users).where(users.c.user_id == user_id)
                         .values(generation=users.c.generation + 1))

    def login(self, name: str, password: str) -> tuple[LoginResult, User | None]:
        """Check a password; count failures and lock after ``MAX_FAILURES`` in a row."""
        now = self.clock()
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(users).where(users.c.name == name)).first()
        if row is None:
            if self._dummy is None:
                self._dummy = self.hasher.hash(secrets.token_hex(16))
            _verify(self.hasher, self._dummy, password)  # same time whether the name exists
            return "wrong", None
        user = _user(row)
        if user.locked_until is not None and user.locked_until > now:
            return "locked", user
        if _verify(self.hasher, row.password_hash, password):
            with self.engine.begin() as conn:
                conn.execute(sa.update(users).where(users.c.user_id == user.user_id)
                             .values(failed=0, locked_until=None))
            return "ok", user
        failed = (0 if user.locked_until is not None else int(row.failed)) + 1
        locked = now + LOCKOUT_SECONDS if failed >= MAX_FAILURES else None
        with self.engine.begin() as conn:
            conn.execute(sa.update(users).where(users.c.user_id == user.user_id)
                         .values(failed=0 if locked else failed, locked_until=locked))
        return ("lockout" if locked else "wrong"), user

    # -- rate limit ----------------------------------------------------------------------
    def record_attempt(self, client: str, ok: bool) -> None:
        with self.engine.begin() as conn:
            conn.execute(attempts.insert().values(client=client, at=self.clock(), ok=ok))
            conn.execute(sa.delete(attempts).where(attempts.c.at < self.clock() - 3600))

    def recent_failures(self, client: str, window: float) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(attempts).where(
                attempts.c.client == client, attempts.c.ok.is_(False),
                attempts.c.at >= self.clock() - window)).scalar() or 0)

    # -- tokens --------------------------------------------------------------------------
    def create_token(self, name: str, role: str, expires_in_days: float) -> tuple[Token, str]:
        """A new token and its secret text, shown once; only a hash of it is kept."""
        if expires_in_days <= 0 or expires_in_days > 366:
            raise AccountError("a token expires in 1 to 366 days")
        checked = check_role(role)
        token_id = secrets.token_hex(6)
        secret = secrets.token_urlsafe(32)
        token = Token(token_id, name, checked, self.clock() + expires_in_days * 86400, False)
        with self.engine.begin() as conn:
            conn.execute(tokens.insert().values(
                token_id=token_id, name=name, role=checked, secret_hash=_digest(secret),
                expires_at=token.expires_at, revoked=False, created_at=self.clock()))
        return token, f"{TOKEN_PREFIX}{token_id}_{secret}"

    def revoke_token(self, token_id: str) -> bool:
        with self.engine.begin() as conn:
            return bool(conn.execute(sa.update(tokens).where(tokens.c.token_id == token_id)
                                     .values(revoked=True)).rowcount)

    def list_tokens(self) -> list[Token]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(tokens).order_by(tokens.c.created_at)).all()
        return [_token(r) for r in rows]

    def check_token(self, text: str) -> Token | None:
        """The live token ``text`` stands for, or None (unknown, wrong, revoked, expired)."""
        if not text.startswith(TOKEN_PREFIX):
            return None
        token_id, _, secret = text[len(TOKEN_PREFIX):].partition("_")
        if not token_id or not secret:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(tokens).where(tokens.c.token_id == token_id)).first()
        if row is None or not hmac.compare_digest(row.secret_hash, _digest(secret)):
            return None
        token = _token(row)
        if token.revoked or token.expires_at <= self.clock():
            return None
        return token


def _verify(hasher: PasswordHasher, hashed: str, password: str) -> bool:
    try:
        return hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _digest(secret: str) -> str:
    return "sha256:" + hashlib.sha256(secret.encode()).hexdigest()


def _user(row: sa.Row[object]) -> User:
    m = row._mapping
    locked = m["locked_until"]
    return User(str(m["user_id"]), str(m["name"]), check_role(str(m["role"])),
                int(cast(int, m["generation"])), None if locked is None else float(cast(float, locked)))


def _token(row: sa.Row[object]) -> Token:
    m = row._mapping
    return Token(str(m["token_id"]), str(m["name"]), check_role(str(m["role"])),
                 float(cast(float, m["expires_at"])), bool(m["revoked"]))
