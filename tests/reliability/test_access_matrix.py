"""Who gets in: every governance endpoint x every kind of credential, with the exact status.

Credentials: none; the employee (alice, who granted the assistant purpose); another employee;
the employee with a role that is not DPO/admin; DPO; admin; and forgeries (expired, ``alg:
none``, wrong key, wrong audience, wrong issuer, a DPO role signed with the wrong key, a bare
"trusted" identity header, garbage). The app runs the real runtime: consent ledger on SQLite
and the governance API. A cell that grants access it should not is a failure.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable
from typing import Any

import pytest
from starlette.types import ASGIApp, Receive, Scope, Send

from governance.testing import ASGIResult, call_asgi

SUBJECTS = ("employee", "other-employee", "wrong-role", "dpo", "admin")
ADMINS = ("dpo", "admin")
FORGED = ("expired", "alg-none", "wrong-key", "wrong-audience", "wrong-issuer", "forged-dpo",
          "garbage")
ANONYMOUS = ("none", "trusted-header")
CREDENTIALS = SUBJECTS + FORGED + ANONYMOUS
CHAT = {
    "/v1/chat/completions": {"model": "m", "messages": [{"role": "user", "content": "leave?"}]},
    "/v1/responses": {"model": "m", "input": "leave?"},
    "/v1/messages": {"model": "m", "max_tokens": 5,
                     "messages": [{"role": "user", "content": "leave?"}]},
    "/api/ask": {"question": "leave?"},
}


def headers_for(kind: str, token: Callable[..., str]) -> dict[str, str]:
    now = int(time.time())
    bearer: dict[str, Callable[[], str]] = {
        "employee": lambda: token("alice"),
        "other-employee": lambda: token("bob"),
        "wrong-role": lambda: token("alice", role="hr"),
        "dpo": lambda: token("carol", role="dpo"),
        "admin": lambda: token("dave", role="admin"),
        "expired": lambda: token("alice", iat=now - 7200, exp=now - 3600),
        "alg-none": lambda: token("carol", role="dpo", algorithm="none"),
        "wrong-key": lambda: token("alice", key=secrets.token_bytes(32)),
        "wrong-audience": lambda: token("alice", aud="another-service"),
        "wrong-issuer": lambda: token("alice", iss="someone-else"),
        "forged-dpo": lambda: token("carol", role="dpo", key=secrets.token_bytes(32)),
        "garbage": lambda: "not.a.jwt",
    }
    if kind in bearer:
        return {"authorization": f"Bearer {bearer[kind]()}"}
    if kind == "trusted-header":
        return {"x-authenticated-subject": "alice", "x-forwarded-for": "10.0.0.1"}
    return {}


def expect(ok: int, *, who: tuple[str, ...] = SUBJECTS, others: int = 403,
           unauthenticated: int = 401) -> dict[str, int]:
    """``ok`` for ``who``; ``others`` for other signed-in callers; else ``unauthenticated``."""
    return {kind: ok if kind in who else others if kind in SUBJECTS else unauthenticated
            for kind in CREDENTIALS}


EVERYONE = {kind: 200 for kind in CREDENTIALS}
# DPO endpoints: 401 without a valid identity, 403 for a signed-in caller without the role.
ADMIN_ONLY = expect(200, who=ADMINS, others=403, unauthenticated=401)

# (method, path, body, expected status per credential)
API: list[tuple[str, str, Any, dict[str, int]]] = [
    ("GET", "/consent", None, expect(200)),
    ("POST", "/consent", "DECISIONS", expect(200)),
    ("POST", "/consent/withdraw", {"purposes": ["history"]}, expect(200)),
    ("GET", "/consent/receipts/{receipt}", None,
     {**expect(200, who=("employee", "wrong-role", *ADMINS)), "other-employee": 404}),
    ("GET", "/consent/public-key", None, EVERYONE),
    ("POST", "/consent/export", {"subject": "alice"}, ADMIN_ONLY),
    ("GET", "/consent/records", None, ADMIN_ONLY),
    ("GET", "/ropa", None, EVERYONE),
    ("GET", "/requests", None, expect(200)),
    ("GET", "/requests?all=1", None, ADMIN_ONLY),
    ("POST", "/requests", {"kind": "access"}, expect(201)),
    ("POST", "/requests/{request}/close", {}, ADMIN_ONLY),
    ("GET", "/disclosure", None, EVERYONE),
]
# Only alice granted the assistant purpose: other signed-in callers are refused for consent.
CHAT_EXPECTED = expect(200, who=("employee", "wrong-role"), others=403)


def with_query(app: ASGIApp) -> ASGIApp:
    """Lets tests write ``/path?x=1``: ``call_asgi`` sends no query string of its own."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        path, _, query = scope["path"].partition("?")
        await app({**scope, "path": path, "raw_path": path.encode(),
                   "query_string": query.encode()}, receive, send)

    return wrapped


class World:
    """The app plus what the cells refer to: alice's receipt, the current notice versions."""

    def __init__(self, app: Any, token: Callable[..., str], runner: Callable[..., Any]) -> None:
        self.app, self.token, self.run = app, token, runner
        alice = headers_for("employee", token)
        state = self.call("GET", "/governance/consent", alice).json()
        self.versions = {p["id"]: p["notice"]["version"] for p in state["purposes"]}
        granted = self.call("POST", "/governance/consent", alice, self.decisions("grant"))
        assert granted.status == 200, granted.body
        self.receipt = granted.json()["receipts"][0]["id"]

    def decisions(self, decision: str, purpose: str = "assistant") -> dict[str, Any]:
        return {"decisions": [{"purpose": purpose, "decision": decision,
                               "notice_version": self.versions[purpose]}]}

    def call(self, method: str, path: str, headers: dict[str, str],
             body: Any = None, *, client: str = "127.0.0.1") -> ASGIResult:
        raw = b"" if body is None else json.dumps(body).encode()
        sent = {**headers, "content-type": "application/json"} if body is not None else headers
        result: ASGIResult = self.run(call_asgi(with_query(self.app), method, path, body=raw,
                                                headers=sent, client=(client, 40000)))
        return result

    def open_request(self) -> str:
        opened = self.call("POST", "/governance/requests", headers_for("employee", self.token),
                           {"kind": "access"})
        assert opened.status == 201, opened.body
        return str(opened.json()["id"])


@pytest.fixture(scope="module")
def world(full_app: Callable[..., Any], token: Callable[..., str]) -> Any:
    import asyncio

    with asyncio.Runner() as loop:
        yield World(full_app(), token, loop.run)


@pytest.mark.parametrize("credential", CREDENTIALS)
@pytest.mark.parametrize(("method", "path", "body", "expected"), API,
                         ids=[f"{m} {p}" for m, p, _, _ in API])
def test_governance_api_access(world: World, method: str, path: str, body: Any,
                               expected: dict[str, int], credential: str) -> None:
    if "{request}" in path:
        path = path.replace("{request}", world.open_request())
    path = "/governance" + path.replace("{receipt}", world.receipt)
    if body == "DECISIONS":  # the optional purpose: the chat cells rely on who holds the other
        body = world.decisions("grant", "history")
    result = world.call(method, path, headers_for(credential, world.token), body)
    assert result.status == expected[credential], result.body[:300]
    if result.status >= 400:
        assert result.json()["error"]["type"]


@pytest.mark.parametrize("credential", CREDENTIALS)
@pytest.mark.parametrize("path", list(CHAT))
def test_governed_chat_access(world: World, path: str, credential: str) -> None:
    before = len(world.app.received)
    result = world.call("POST", path, headers_for(credential, world.token), CHAT[path])
    assert result.status == CHAT_EXPECTED[credential], result.body[:300]
    if result.status == 401:
        assert result.headers["www-authenticate"].startswith("Bearer")
    assert len(world.app.received) == before + (1 if result.status == 200 else 0)


def test_no_cell_of_the_matrix_grants_a_forged_or_missing_credential() -> None:
    """The tables themselves: forgeries and anonymous callers only ever reach public routes."""
    public = {path for _, path, _, expected in API if expected is EVERYONE}
    for _, path, _, expected in API:
        for kind in FORGED + ANONYMOUS:
            assert expected[kind] >= 400 or path in public, (path, kind)
    assert all(CHAT_EXPECTED[kind] == 401 for kind in FORGED + ANONYMOUS)


# -- identity from a header set by a trusted proxy ------------------------------------------

@pytest.fixture(scope="module")
def header_world(full_app: Callable[..., Any], token: Callable[..., str]) -> Any:
    import asyncio

    app = full_app(identity={"mode": "header", "header": "x-authenticated-subject",
                             "trusted_proxies": ["10.0.0.1"]})
    with asyncio.Runner() as loop:
        world = World.__new__(World)
        world.app, world.token, world.run = app, token, loop.run
        yield world


@pytest.mark.parametrize(("client", "status"), [("127.0.0.1", 401), ("10.0.0.2", 401),
                                                ("10.0.0.1", 200)])
def test_identity_header_counts_only_from_the_trusted_proxy(header_world: World, client: str,
                                                            status: int) -> None:
    result = header_world.call("GET", "/governance/consent",
                               {"x-authenticated-subject": "alice"}, client=client)
    assert result.status == status


@pytest.mark.parametrize("client", ["127.0.0.1", "10.0.0.2"])
def test_identity_header_from_elsewhere_never_reaches_the_chat(header_world: World,
                                                               client: str) -> None:
    result = header_world.call("POST", "/v1/chat/completions", {
        "x-authenticated-subject": "alice", "x-forwarded-for": "10.0.0.1"},
        CHAT["/v1/chat/completions"], client=client)
    assert result.status == 401
    assert list(header_world.app.received) == []


def test_a_proxy_identity_is_never_an_admin(header_world: World) -> None:
    result = header_world.call("POST", "/governance/consent/export",
                               {"x-authenticated-subject": "dpo"}, {"subject": "alice"},
                               client="10.0.0.1")
    assert result.status == 403


@pytest.mark.parametrize("credential", ["none", "expired", "garbage"])
def test_admin_endpoints_answer_401_to_missing_or_invalid_credentials(
        world: World, credential: str) -> None:
    result = world.call("POST", "/governance/consent/export",
                        headers_for(credential, world.token), {"subject": "alice"})
    assert result.status == 401
