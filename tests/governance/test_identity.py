"""Who is talking: JWT, trusted header, callable; 401 with a JSON error otherwise."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from governance import Policy
from governance.errors import ConfigError
from governance.identity import HeaderResolver, JwtResolver, Pseudonymiser
from governance.testing import call_asgi

pytestmark = pytest.mark.anyio

BODY = json.dumps({"model": "m", "messages": [{"role": "user", "content": "leave?"}]}).encode()


def _unsigned(claims: dict[str, Any]) -> str:
    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."


@pytest.mark.parametrize(("make_header", "status", "error_type"), [
    (lambda tok: None, 401, "unauthenticated"),
    (lambda tok: f"Bearer {tok()}", 200, None),
    (lambda tok: f"Bearer {tok(exp=int(time.time()) - 3600)}", 401, "invalid_credentials"),
    (lambda tok: f"Bearer {tok(aud='someone-else')}", 401, "invalid_credentials"),
    (lambda tok: f"Bearer {tok(iss='evil')}", 401, "invalid_credentials"),
    (lambda tok: f"Bearer {tok(key=b'x' * 32)}", 401, "invalid_credentials"),
    (lambda tok: f"Bearer {tok(exp=None)}", 401, "invalid_credentials"),
    (lambda tok: "Bearer " + _unsigned({"sub": "alice", "iss": "test-issuer", "aud": "test-aud",
                                        "exp": int(time.time()) + 60}), 401,
     "invalid_credentials"),
    (lambda tok: f"Basic {tok()}", 401, "invalid_credentials"),
    (lambda tok: "Bearer ", 401, "invalid_credentials"),
    (lambda tok: "Bearer not.a.jwt", 401, "invalid_credentials"),
], ids=["none", "valid", "expired", "wrong-audience", "wrong-issuer", "wrong-key", "no-exp",
        "alg-none", "basic-scheme", "empty", "garbage"])
async def test_jwt_identity(make_app: Callable[..., Any], token: Callable[..., str],
                            make_header: Callable[..., str | None], status: int,
                            error_type: str | None) -> None:
    app = make_app()
    headers = {"content-type": "application/json"}
    if (value := make_header(token)) is not None:
        headers["authorization"] = value
    result = await call_asgi(app, "POST", "/v1/chat/completions", body=BODY, headers=headers)
    assert result.status == status
    if error_type:
        assert result.json()["error"]["type"] == error_type
        assert "www-authenticate" in result.headers
        assert list(app.received) == []


async def test_eddsa_tokens_verify_with_the_public_key_file(tmp_path: Any) -> None:
    private = Ed25519PrivateKey.generate()
    pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
    resolver = JwtResolver(key=pem.decode(), algorithms=("EdDSA",), issuer=None, audience=None)
    good = jwt.encode({"sub": "bob", "exp": int(time.time()) + 60}, private, algorithm="EdDSA")
    from starlette.datastructures import Headers

    assert await resolver({}, Headers({"authorization": f"Bearer {good}"})) == "bob"


@pytest.mark.parametrize(("client", "expected"), [
    (("10.0.0.5", 1234), "carol"), (("203.0.113.9", 1234), None)])
async def test_trusted_header_is_honoured_only_from_the_proxy(
        client: tuple[str, int], expected: str | None) -> None:
    from starlette.datastructures import Headers

    resolver = HeaderResolver(header="X-Authenticated-Subject", trusted_proxies=("10.0.0.5",))
    headers = Headers({"x-authenticated-subject": "carol"})
    assert await resolver({"client": client}, headers) == expected


async def test_header_identity_from_an_untrusted_peer_is_401(
        make_app: Callable[..., Any], make_policy: Callable[..., Any]) -> None:
    policy = make_policy(identity={"mode": "header", "trusted_proxies": ["10.0.0.5"]})
    app = make_app(app_policy=policy)
    headers = {"content-type": "application/json", "x-authenticated-subject": "carol"}
    refused = await call_asgi(app, "POST", "/v1/chat/completions", body=BODY, headers=headers)
    assert refused.status == 401
    allowed = await call_asgi(app, "POST", "/v1/chat/completions", body=BODY, headers=headers,
                              client=("10.0.0.5", 4000))
    assert allowed.status == 200


def test_header_mode_without_trusted_proxies_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"identity: .*trusted_proxies"):
        Policy.from_dict({"identity": {"mode": "header"}})


def test_pseudonyms_are_keyed_and_stable() -> None:
    one, other = Pseudonymiser(b"k" * 32), Pseudonymiser(b"j" * 32)
    assert one("alice") == one("alice")
    assert one("alice") != other("alice")
    assert "alice" not in one("alice")
