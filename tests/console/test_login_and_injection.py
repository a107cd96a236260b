"""Lockout after 10 wrong passwords, the per-client rate limit, audited events without
personal data, and SQL/script injection strings rendered inert in filters and stored values."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
import sqlalchemy as sa
from starlette.testclient import TestClient

from governance.console.accounts import LOCKOUT_SECONDS, MAX_FAILURES
from tests.console.conftest import (
    ALICE,
    PASSWORD,
    PREFIX,
    USERS,
    ConsoleEnv,
    exchange,
    login,
    pseudonymise,
)

INJECTIONS = [
    "' OR '1'='1",
    "1; DROP TABLE console_users; --",
    "\" onmouseover=\"alert(1)",
    "<script>alert('x')</script>",
    "</title><img src=x onerror=alert(1)>",
    "{{ 7*7 }}",
]
FILTERS = ["since", "until", "route", "decision", "handoff", "entity", "kind", "after"]


def test_ten_wrong_passwords_lock_the_account_for_a_while(env: ConsoleEnv) -> None:
    client = env.client()
    for _ in range(MAX_FAILURES - 1):
        assert login(client, USERS["compliance"], "wrong password!").status_code == 401
    assert login(client, USERS["compliance"]).status_code == 303  # 9 then right: resets
    for _ in range(MAX_FAILURES):
        assert login(client, USERS["compliance"], "wrong password!").status_code == 401
    assert [k for k, _ in env.events].count("lockout") == 1
    assert login(client, USERS["compliance"]).status_code == 401  # right password, locked
    env.clock.advance(LOCKOUT_SECONDS + 1)
    assert login(client, USERS["compliance"]).status_code == 303


def test_unlock_lifts_a_lockout_at_once(env: ConsoleEnv) -> None:
    client = env.client()
    for _ in range(MAX_FAILURES):
        login(client, USERS["dpo"], "not the password")
    assert login(client, USERS["dpo"]).status_code == 401
    assert env.accounts.unlock(USERS["dpo"])
    assert login(client, USERS["dpo"]).status_code == 303


def test_a_locked_account_loses_its_open_sessions(as_role: Callable[[str], TestClient],
                                                  env: ConsoleEnv) -> None:
    signed_in = as_role("compliance")
    other = env.client()
    for _ in range(MAX_FAILURES):
        login(other, USERS["compliance"], "guessing again")
    assert signed_in.get(f"{PREFIX}/audit").status_code == 303


def test_one_client_guessing_many_names_is_rate_limited(env: ConsoleEnv) -> None:
    client = env.client()
    statuses = [login(client, f"nobody-{i}", "guess-guess-guess").status_code
                for i in range(31)]
    assert statuses[:30] == [401] * 30
    assert statuses[30] == 429
    assert login(client, USERS["admin"]).status_code == 429  # even the right one, for now
    env.clock.advance(301)
    assert login(client, USERS["admin"]).status_code == 303


def test_login_events_carry_pseudonyms_and_no_names_or_passwords(env: ConsoleEnv) -> None:
    client = env.client()
    login(client, USERS["dpo"], "wrong-password-here")
    login(client, "mallory", "wrong-password-here")
    login(client, USERS["dpo"])
    kinds = [k for k, _ in env.events]
    assert kinds == ["login-failed", "login-failed", "login"]
    text = repr(env.events)
    for secret in (USERS["dpo"], "mallory", PASSWORD, "wrong-password-here"):
        assert secret not in text
    assert env.events[1][1] == {"reason": "wrong-password"}


@pytest.mark.parametrize("name", FILTERS)
def test_injection_strings_in_filters_are_inert(shared_as_role: Callable[[str], TestClient],
                                                shared_env: ConsoleEnv, name: str) -> None:
    client = shared_as_role("compliance")
    for value in INJECTIONS:
        response = client.get(f"{PREFIX}/audit", params={name: value})
        assert response.status_code == 200
        assert "<script>alert" not in response.text
        assert "<img src=x" not in response.text
        assert "onmouseover=\"alert" not in response.text
        assert "49" not in response.text.split("<main", 1)[1].split("Entries", 1)[0]
        api = client.get(f"{PREFIX}/api/trail", params={name: value})
        assert api.status_code == (200 if name == "after" else 422)
    with shared_env.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM console_users")).scalar() == 3


def test_stored_injection_strings_are_rendered_escaped(as_role: Callable[[str], TestClient],
                                                       env: ConsoleEnv) -> None:
    now = env.consent_clock.now
    hostile = "/v1/<script>alert(1)</script>"
    env.log.append(exchange(99, now, route=hostile, decision="handoff",
                            handoff="x'); DROP TABLE console_users;--",
                            redactions={"<img src=x onerror=alert(1)>": 1}))
    client = as_role("admin")
    page = client.get(f"{PREFIX}/audit")
    assert page.status_code == 200
    assert "<script>alert(1)" not in page.text
    assert "<img src=x" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    index = env.log.size() - 1
    detail = client.get(f"{PREFIX}/audit/entries/{index}")
    assert "<script>alert(1)" not in detail.text
    assert "&lt;script&gt;" in detail.text
    with env.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM console_users")).scalar() == 3


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_as_subject_ids_are_inert(
        shared_as_role: Callable[[str], TestClient], value: str) -> None:
    client = shared_as_role("dpo")
    response = client.post(f"{PREFIX}/dpo/subject", data={"subject": value,
                                                          "csrf": client.csrf})  # type: ignore[attr-defined]
    assert response.status_code == 200
    assert "<script>alert" not in response.text
    assert "<img src=x" not in response.text
    assert "No consent events" in response.text


def test_views_of_personal_data_are_reported_with_the_pseudonym_only(
        as_role: Callable[[str], TestClient], env: ConsoleEnv) -> None:
    client = as_role("dpo")
    client.post(f"{PREFIX}/dpo/subject", data={"subject": ALICE, "csrf": client.csrf})  # type: ignore[attr-defined]
    client.post(f"{PREFIX}/dpo/export", data={"subject": ALICE, "csrf": client.csrf})  # type: ignore[attr-defined]
    views = [(k, f) for k, f in env.events if k in ("view", "export")]
    assert [k for k, _ in views] == ["view", "export"]
    assert all(f["subject"] == pseudonymise(ALICE) for _, f in views)
    assert ALICE not in repr(env.events)


def test_overdue_requests_are_highlighted(as_role: Callable[[str], TestClient],
                                          env: ConsoleEnv) -> None:
    client = as_role("dpo")
    page = client.get(f"{PREFIX}/dpo/requests")
    assert "overdue" not in page.text.split("<table", 1)[1]
    env.consent_clock.now += timedelta(days=40)
    page = client.get(f"{PREFIX}/dpo/requests")
    assert 'class="overdue"' in page.text
    assert ALICE not in page.text
