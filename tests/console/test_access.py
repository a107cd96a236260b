"""Who may open what: no page or API without a session or token, roles, CSRF, tokens,
session expiry and logout."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from starlette.testclient import TestClient

from tests.console.conftest import PREFIX, USERS, ConsoleEnv, login

GET_PAGES = ["/audit", "/audit/entries/1", "/audit/entries/1/proof", "/audit/status",
             "/audit/checkpoint", "/charts", "/dpo", "/dpo/requests", "/admin/users",
             "/admin/killswitch"]
GET_APIS = ["/api/trail", "/api/entries/1", "/api/entries/1/proof", "/api/status",
            "/api/verify", "/api/checkpoint", "/api/requests"]
POSTS = ["/logout", "/audit/verify", "/dpo/subject", "/dpo/export", "/dpo/erase",
         "/dpo/erase/confirm", "/dpo/requests/x/close", "/admin/users/add",
         "/admin/users/change", "/admin/killswitch", "/api/verify"]

# (role, path, status): every area for every role; 403 is the only other answer.
MATRIX = [
    ("compliance", "/audit", 200), ("compliance", "/audit/entries/1", 200),
    ("compliance", "/audit/status", 200), ("compliance", "/charts", 200),
    ("compliance", "/dpo", 403), ("compliance", "/dpo/requests", 403),
    ("compliance", "/admin/users", 403), ("compliance", "/admin/killswitch", 403),
    ("compliance", "/api/requests", 403), ("compliance", "/api/trail", 200),
    ("dpo", "/audit", 403), ("dpo", "/audit/entries/1", 403), ("dpo", "/audit/status", 403),
    ("dpo", "/audit/entries/1/proof", 403), ("dpo", "/api/trail", 403),
    ("dpo", "/charts", 200), ("dpo", "/dpo", 200), ("dpo", "/dpo/requests", 200),
    ("dpo", "/admin/users", 403), ("dpo", "/admin/killswitch", 403),
    ("dpo", "/api/requests", 200),
    ("admin", "/audit", 200), ("admin", "/dpo", 200), ("admin", "/admin/users", 200),
    ("admin", "/admin/killswitch", 200), ("admin", "/charts", 200),
]


@pytest.mark.parametrize("path", GET_PAGES)
def test_pages_without_a_session_redirect_to_login_and_show_nothing(shared_env: ConsoleEnv,
                                                                    path: str) -> None:
    response = shared_env.client().get(PREFIX + path)
    assert response.status_code == 303
    assert response.headers["location"].endswith(f"{PREFIX}/login")
    assert "pseud:" not in response.text
    assert "exchange" not in response.text


@pytest.mark.parametrize("path", GET_APIS)
def test_apis_without_a_session_or_token_answer_401(shared_env: ConsoleEnv, path: str) -> None:
    response = shared_env.client().get(PREFIX + path)
    assert response.status_code == 401
    assert response.json() == {"error": "authentication required"}


@pytest.mark.parametrize("path", POSTS)
def test_posts_without_a_session_answer_401(shared_env: ConsoleEnv, path: str) -> None:
    assert shared_env.client().post(PREFIX + path, data={"subject": "x"}).status_code == 401


@pytest.mark.parametrize("path", POSTS)
def test_posts_without_the_csrf_token_are_refused(
        shared_as_role: Callable[[str], TestClient], shared_env: ConsoleEnv, path: str) -> None:
    client = shared_as_role("admin")
    events = len(shared_env.events)
    for data in ({"subject": "someone"}, {"subject": "someone", "csrf": "forged"}):
        response = client.post(PREFIX + path, data=data)
        assert response.status_code == 403
        assert "CSRF" in response.text
    assert shared_env.events[events:] == []  # nothing happened, nothing was viewed


def test_login_post_without_its_csrf_token_is_refused(env: ConsoleEnv) -> None:
    response = env.client().post(f"{PREFIX}/login", data={"name": "ada", "password": "x" * 20})
    assert response.status_code == 403
    assert env.events == []


@pytest.mark.parametrize(("role", "path", "status"), MATRIX)
def test_each_role_sees_exactly_its_pages(shared_as_role: Callable[[str], TestClient],
                                          role: str, path: str, status: int) -> None:
    response = shared_as_role(role).get(PREFIX + path)
    assert response.status_code == status, response.text[:300]


def test_a_cookie_from_one_role_does_not_open_another_roles_pages(
        as_role: Callable[[str], TestClient], env: ConsoleEnv) -> None:
    compliance = as_role("compliance")
    cookie = compliance.cookies.get("gov_console")
    assert cookie
    stranger = env.client()
    stranger.cookies.set("gov_console", cookie)
    assert stranger.get(f"{PREFIX}/audit").status_code == 200
    assert stranger.get(f"{PREFIX}/dpo").status_code == 403
    assert stranger.get(f"{PREFIX}/admin/users").status_code == 403
    tampered = cookie[:-3] + ("AAA" if not cookie.endswith("AAA") else "BBB")
    stranger.cookies.set("gov_console", tampered)
    assert stranger.get(f"{PREFIX}/audit").status_code == 303


def test_nobody_gets_in_by_default(make_env: Callable[..., ConsoleEnv], tmp_path: object
                                   ) -> None:
    env = make_env(f"sqlite:///{tmp_path}/empty.db", with_users=False, seeded=False)
    client = env.client()
    for name, password in (("admin", "admin"), ("admin", ""), ("root", "password")):
        assert login(client, name, password).status_code == 401
    assert env.accounts.list_users() == []


def test_session_cookie_is_httponly_samesite_strict_secure(
        make_env: Callable[..., ConsoleEnv], tmp_path: object) -> None:
    env = make_env(f"sqlite:///{tmp_path}/secure.db", seeded=False, secure_cookies=True)
    client = TestClient(env.app, base_url="https://testserver", follow_redirects=False)
    response = login(client, USERS["dpo"])
    cookie = response.headers["set-cookie"]
    assert response.status_code == 303
    for flag in ("HttpOnly", "Secure", "SameSite=strict", f"Path={PREFIX}/", "Max-Age="):
        assert flag.lower() in cookie.lower()


def test_a_session_expires(as_role: Callable[[str], TestClient], env: ConsoleEnv) -> None:
    client = as_role("compliance")
    assert client.get(f"{PREFIX}/audit").status_code == 200
    env.clock.advance(8 * 3600 + 1)
    assert client.get(f"{PREFIX}/audit").status_code == 303


def test_logout_ends_the_session_even_for_a_copied_cookie(
        as_role: Callable[[str], TestClient], env: ConsoleEnv) -> None:
    client = as_role("dpo")
    copied = env.client()
    copied.cookies.set("gov_console", client.cookies["gov_console"])
    response = client.post(f"{PREFIX}/logout", data={"csrf": client.csrf})  # type: ignore[attr-defined]
    assert response.status_code == 303
    assert copied.get(f"{PREFIX}/dpo").status_code == 303
    dora = next(u for u in env.accounts.list_users() if u.name == USERS["dpo"])
    assert ("logout", {"actor": dora.user_id, "role": "dpo"}) \
        in env.events


def test_removing_a_user_ends_their_sessions(as_role: Callable[[str], TestClient],
                                             env: ConsoleEnv) -> None:
    client = as_role("compliance")
    env.accounts.remove_user(USERS["compliance"])
    assert client.get(f"{PREFIX}/audit").status_code == 303


@pytest.mark.parametrize(("role", "path", "status"), [
    ("compliance", "/api/trail", 200), ("compliance", "/api/status", 200),
    ("compliance", "/api/requests", 403), ("dpo", "/api/requests", 200),
    ("dpo", "/api/trail", 403), ("admin", "/api/requests", 200),
])
def test_bearer_tokens_carry_their_role(shared_env: ConsoleEnv, role: str, path: str,
                                        status: int) -> None:
    _, secret = shared_env.accounts.create_token("script", role, 30)
    response = shared_env.client().get(PREFIX + path, headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == status


def test_bearer_tokens_open_no_html_page(env: ConsoleEnv) -> None:
    _, secret = env.accounts.create_token("script", "admin", 30)
    response = env.client().get(f"{PREFIX}/audit", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 403


def test_revoked_expired_and_forged_tokens_are_refused(env: ConsoleEnv) -> None:
    client = env.client()
    revoked, revoked_secret = env.accounts.create_token("old", "compliance", 30)
    env.accounts.revoke_token(revoked.token_id)
    _, expiring = env.accounts.create_token("short", "compliance", 1)
    _, good = env.accounts.create_token("good", "compliance", 30)
    forged = good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB")

    def status(token: str) -> int:
        return client.get(f"{PREFIX}/api/status",
                          headers={"Authorization": f"Bearer {token}"}).status_code

    assert status(good) == 200
    assert status(revoked_secret) == 401
    assert status(forged) == 401
    assert status("gct_nothing") == 401
    assert status(expiring) == 200
    env.clock.advance(86400 + 1)
    assert status(expiring) == 401


def test_tokens_are_hashed_at_rest(env: ConsoleEnv) -> None:
    import sqlalchemy as sa

    _, secret = env.accounts.create_token("script", "dpo", 30)
    with env.engine.connect() as conn:
        stored = [tuple(r) for r in conn.execute(sa.text("SELECT * FROM console_tokens"))]
    assert secret.split("_", 2)[2] not in repr(stored)


def test_passwords_are_argon2_hashes(env: ConsoleEnv) -> None:
    import sqlalchemy as sa

    with env.engine.connect() as conn:
        hashes = list(conn.execute(sa.text("SELECT password_hash FROM console_users")).scalars())
    assert len(hashes) == 3
    assert all(h.startswith("$argon2id$") for h in hashes)


def test_security_headers_on_every_page(as_role: Callable[[str], TestClient]) -> None:
    response = as_role("compliance").get(f"{PREFIX}/audit")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-frame-options"] == "DENY"
