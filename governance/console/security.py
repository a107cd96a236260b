"""Who is asking, and may they: signed session cookies, CSRF tokens, bearer tokens, roles.

A session is a signed (itsdangerous, HMAC-SHA256) cookie holding the user id, the user's
session generation, a CSRF token and an expiry; it is HttpOnly, SameSite=Strict and Secure
(unless turned off for tests over plain http). Each request re-reads the user row, so removing
a user, locking them out or logging out (generation bump) ends every cookie at once.
CSRF: forms carry the session's token (session-bound); the login form, which has no session
yet, uses a signed double-submit cookie.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from itsdangerous import BadSignature, URLSafeSerializer
from starlette.requests import Request
from starlette.responses import Response

from governance.console.accounts import Accounts, Role

SESSION_COOKIE = "gov_console"
LOGIN_CSRF_COOKIE = "gov_console_login"
SESSION_SECONDS = 8 * 3600
Area = Literal["audit", "dpo", "admin", "charts"]

# What each role may open; everything else answers 403.
PERMISSIONS: dict[Role, frozenset[Area]] = {
    "compliance": frozenset({"audit", "charts"}),
    "dpo": frozenset({"dpo", "charts"}),
    "admin": frozenset({"audit", "dpo", "admin", "charts"}),
}


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated operator (session) or script (bearer token)."""

    actor: str  # the user id or "token:<id>": a pseudonym of the operator, never a name
    name: str
    role: Role
    csrf: str
    via: Literal["session", "token"]

    def may(self, area: Area) -> bool:
        return area in PERMISSIONS[self.role]

    @property
    def sees_subjects(self) -> bool:
        """Compliance officers never see subject pseudonyms or consent history."""
        return self.role != "compliance"


class Sessions:
    """Encode, decode and check session and login-CSRF cookies."""

    def __init__(self, secret: bytes, accounts: Accounts, *, clock: Callable[[], float],
                 secure: bool, ttl: float = SESSION_SECONDS) -> None:
        if len(secret) < 32:
            raise ValueError("session_secret must be at least 32 bytes")
        self._session = URLSafeSerializer(secret, salt="governance-console-session")
        self._login = URLSafeSerializer(secret, salt="governance-console-login-csrf")
        self.accounts = accounts
        self.clock = clock
        self.secure = secure
        self.ttl = ttl

    # -- sessions ------------------------------------------------------------------------
    def start(self, response: Response, request: Request, user_id: str, generation: int) -> None:
        value = self._session.dumps({"u": user_id, "g": generation,
                                     "c": secrets.token_urlsafe(24),
                                     "e": self.clock() + self.ttl})
        self._set(response, request, SESSION_COOKIE, value, int(self.ttl))

    def end(self, response: Response, request: Request) -> None:
        response.delete_cookie(SESSION_COOKIE, path=cookie_path(request), secure=self.secure,
                               httponly=True, samesite="strict")

    def principal(self, request: Request) -> Principal | None:
        """The session's operator, the bearer token's script, or None."""
        header = request.headers.get("authorization", "")
        if header[:7].lower() == "bearer ":
            token = self.accounts.check_token(header[7:].strip())
            if token is None:
                return None
            return Principal(f"token:{token.token_id}", token.name, token.role, "", "token")
        raw = request.cookies.get(SESSION_COOKIE)
        if not raw:
            return None
        try:
            data: Any = self._session.loads(raw)
        except BadSignature:
            return None
        if not isinstance(data, dict) or float(data.get("e", 0)) <= self.clock():
            return None
        user = self.accounts.user(str(data.get("u")))
        if user is None or user.generation != data.get("g"):
            return None
        if user.locked_until is not None and user.locked_until > self.clock():
            return None
        return Principal(user.user_id, user.name, user.role, str(data.get("c")), "session")

    # -- login CSRF (double submit) ------------------------------------------------------
    def login_token(self, request: Request) -> tuple[str, str | None]:
        """The token for the login form, and a cookie value to set when there is none yet."""
        raw = request.cookies.get(LOGIN_CSRF_COOKIE)
        if raw:
            try:
                return str(self._login.loads(raw)), None
            except BadSignature:
                pass
        token = secrets.token_urlsafe(24)
        return token, self._login.dumps(token)

    def set_login_cookie(self, response: Response, request: Request, value: str) -> None:
        self._set(response, request, LOGIN_CSRF_COOKIE, value, 3600)

    def login_csrf_ok(self, request: Request, submitted: str) -> bool:
        raw = request.cookies.get(LOGIN_CSRF_COOKIE)
        if not raw or not submitted:
            return False
        try:
            expected = str(self._login.loads(raw))
        except BadSignature:
            return False
        return hmac.compare_digest(expected, submitted)

    def _set(self, response: Response, request: Request, name: str, value: str,
             max_age: int) -> None:
        response.set_cookie(name, value, max_age=max_age, path=cookie_path(request),
                            secure=self.secure, httponly=True, samesite="strict")


def csrf_ok(principal: Principal, submitted: str | None) -> bool:
    """A session's form or JSON POST must echo its token; bearer scripts have no cookie."""
    if principal.via == "token":
        return True
    return bool(submitted) and hmac.compare_digest(principal.csrf, str(submitted))


def cookie_path(request: Request) -> str:
    """The console's mount path, so the cookie is sent to the console and nowhere else."""
    root = str(request.scope.get("root_path", "")).rstrip("/")
    return root + "/" if root else "/"


def client_key(request: Request) -> str:
    return request.client.host if request.client else "unknown"
