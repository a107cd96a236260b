"""Bearer JWTs for the demo and for tests: HS256, signed with the key store's token secret."""

from __future__ import annotations

import time

import jwt

from governance.errors import ConfigError
from governance.keys import KeyStore
from governance.policy import Policy


def issue_token(policy: Policy, keys: KeyStore, subject: str, *, ttl: int = 8 * 3600,
                role: str | None = None) -> str:
    if "HS256" not in policy.identity.algorithms:
        raise ConfigError("identity.algorithms does not include HS256; "
                          "issue tokens with your identity provider")
    now = int(time.time())
    claims: dict[str, object] = {"sub": subject, "iat": now, "exp": now + ttl}
    if policy.identity.issuer:
        claims["iss"] = policy.identity.issuer
    if policy.identity.audience:
        claims["aud"] = policy.identity.audience
    if role:
        claims["role"] = role
    return jwt.encode(claims, keys.secret("token"), algorithm="HS256")
