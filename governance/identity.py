"""Who is talking: a verified JWT, a header set by a trusted proxy, or a callable.

A resolver returns the subject id, ``None`` when the request carries no identity, and raises
``IdentityError`` when it carries a bad one (expired, wrong audience, unsigned...). The id is
never logged in clear: ``Pseudonymiser`` turns it into a keyed HMAC for logs and records.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import jwt
from starlette.datastructures import Headers
from starlette.types import Scope

from governance.errors import GovernanceError
from governance.policy import Identity as IdentityConfig

_CACHE_SIZE = 10_000


class IdentityError(GovernanceError):
    """The request carries credentials that do not verify (-> 401)."""


class SubjectResolver(Protocol):
    async def __call__(self, scope: Scope, headers: Headers) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Pseudonymiser:
    """Keyed HMAC-SHA256 pseudonyms: stable per key, unlinkable without it."""

    key: bytes

    def __call__(self, value: str, *, domain: str = "subject") -> str:
        mac = hmac.new(self.key, f"{domain}\x00{value}".encode(), hashlib.sha256)
        return "pseud:" + mac.hexdigest()[:32]


class JwtResolver:
    """Verifies bearer JWTs; verified tokens are remembered (by hash) until they expire.

    Signature checks cost more than the rest of a pass-through request, and clients resend
    the same token on every turn. The cache holds SHA-256(token) -> (subject, exp), bounded.
    """

    def __init__(self, *, key: bytes | str, algorithms: tuple[str, ...], issuer: str | None,
                 audience: str | None, subject_claim: str = "sub", leeway: int = 30) -> None:
        self._key = key
        self._algorithms = list(algorithms)
        self._issuer = issuer
        self._audience = audience
        self._claim = subject_claim
        self._leeway = leeway
        self._verified: OrderedDict[bytes, tuple[str, float, str | None]] = OrderedDict()

    async def __call__(self, scope: Scope, headers: Headers) -> str | None:
        found = self._identify(headers)
        return None if found is None else found[0]

    async def role(self, scope: Scope, headers: Headers) -> str | None:
        """The token's ``role`` claim (``dpo``, ``admin``...), for the governance API."""
        found = self._identify(headers)
        return None if found is None else found[2]

    def _identify(self, headers: Headers) -> tuple[str, float, str | None] | None:
        value = headers.get("authorization")
        if value is None:
            return None
        scheme, _, token = value.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise IdentityError("the Authorization header must be 'Bearer <token>'")
        digest = hashlib.sha256(token.strip().encode()).digest()
        cached = self._verified.get(digest)
        if cached is not None and time.time() < cached[1]:
            return cached
        found = self._verify(token.strip())
        self._verified[digest] = found
        if len(self._verified) > _CACHE_SIZE:
            self._verified.popitem(last=False)
        return found

    def _verify(self, token: str) -> tuple[str, float, str | None]:
        required = ["exp", self._claim]
        if self._issuer:
            required.append("iss")
        if self._audience:
            required.append("aud")
        try:
            claims = jwt.decode(
                token, self._key, algorithms=self._algorithms, issuer=self._issuer,
                audience=self._audience, leeway=self._leeway, options={"require": required},
            )
        except jwt.ExpiredSignatureError:
            raise IdentityError("the bearer token has expired") from None
        except jwt.InvalidAudienceError:
            raise IdentityError("the bearer token is for another audience") from None
        except jwt.InvalidIssuerError:
            raise IdentityError("the bearer token is from another issuer") from None
        except jwt.InvalidTokenError as exc:
            raise IdentityError(f"the bearer token is invalid ({type(exc).__name__})") from None
        subject = claims.get(self._claim)
        if not isinstance(subject, str) or not subject:
            raise IdentityError(f"the bearer token has no '{self._claim}' claim")
        role = claims.get("role")
        return subject, float(claims["exp"]), role if isinstance(role, str) else None


class HeaderResolver:
    """A header set by a reverse proxy; ignored unless the peer is one of ``trusted_proxies``."""

    def __init__(self, *, header: str, trusted_proxies: tuple[str, ...]) -> None:
        self._header = header.lower()
        self._trusted = frozenset(trusted_proxies)

    async def __call__(self, scope: Scope, headers: Headers) -> str | None:
        client = scope.get("client")
        if not client or client[0] not in self._trusted:
            return None
        value = headers.get(self._header)
        return value.strip() or None if value is not None else None


class CallableResolver:
    def __init__(self, func: Callable[[Scope], Awaitable[str | None]]) -> None:
        self._func = func

    async def __call__(self, scope: Scope, headers: Headers) -> str | None:
        return await self._func(scope)


class NoResolver:
    async def __call__(self, scope: Scope, headers: Headers) -> str | None:
        return None


def resolver_from_policy(config: IdentityConfig, *, token_secret: bytes | None,
                         resolve: Callable[[Path], Path]) -> SubjectResolver:
    if config.mode == "none":
        return NoResolver()
    if config.mode == "header":
        return HeaderResolver(header=config.header, trusted_proxies=config.trusted_proxies)
    key: bytes | str
    if config.public_key_file is not None:
        key = resolve(config.public_key_file).read_text()
    elif token_secret is not None:
        key = token_secret
    else:
        raise GovernanceError("identity mode 'jwt' needs the key store's token secret")
    return JwtResolver(key=key, algorithms=config.algorithms, issuer=config.issuer,
                       audience=config.audience, subject_claim=config.subject_claim,
                       leeway=config.leeway_seconds)
