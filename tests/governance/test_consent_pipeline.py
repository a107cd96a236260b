"""Consent enforced at the AI boundary, through the full middleware and the governance API."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from examples.hr_assistant.app import create_app
from governance import GovernanceMiddleware, Policy, Runtime
from governance.decision import Decision
from governance.keys import KeyStore
from governance.testing import call_asgi

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).resolve().parents[2]
DEMO = tomllib.loads((ROOT / "governance.toml").read_text())
CHAT = json.dumps({"model": "m", "messages": [{"role": "user", "content": "leave?"}]}).encode()


def _policy(make_policy: Callable[..., Policy], url: str, **purpose_overrides: Any) -> Policy:
    purposes = [dict(p) for p in DEMO["purposes"]]
    for purpose in purposes:
        purpose.update(purpose_overrides.get(purpose["id"], {}))
    return make_policy(
        service={"workers_informed_at": "2026-09-01", "dpia_reference": "DPIA-1"},
        storage={"url": url, "keys_dir": DEMO_KEYS[0]},
        purposes=purposes,
        routes=[{"path": "/v1/chat/completions", "purposes": ["assistant"],
                 "steps": ["consent", "audit"]}])


DEMO_KEYS: list[str] = []


@pytest.fixture
def instance(make_policy: Callable[..., Policy], keys: KeyStore) -> Iterator[Callable[..., Any]]:
    """An app instance (its own runtime and engine) on the given database."""
    DEMO_KEYS[:] = [str(keys.directory)]
    runtimes: list[Runtime] = []

    def build(url: str, **purpose_overrides: Any) -> Any:
        policy = _policy(make_policy, url, **purpose_overrides)
        inner = create_app()
        runtime = Runtime.build(policy, keys=keys)
        runtimes.append(runtime)
        app = GovernanceMiddleware(inner, policy=policy, runtime=runtime)
        app.received = inner.state.received  # type: ignore[attr-defined]
        return app

    yield build
    for runtime in runtimes:
        for resource in runtime.resources:
            resource.dispose()


async def _api(app: Any, method: str, path: str, headers: dict[str, str],
               body: Any = None) -> Any:
    raw = json.dumps(body).encode() if body is not None else b""
    return await call_asgi(app, method, f"/governance{path}", body=raw,
                           headers={**headers, "content-type": "application/json"})


async def _decide(app: Any, headers: dict[str, str], **decisions: str) -> Any:
    state = (await _api(app, "GET", "/consent", headers)).json()
    versions = {p["id"]: p["notice"]["version"] for p in state["purposes"]}
    return await _api(app, "POST", "/consent", headers, {"decisions": [
        {"purpose": p, "decision": d, "notice_version": versions[p]}
        for p, d in decisions.items()]})


async def test_grant_then_chat_then_withdraw_blocks_next_request_on_every_instance(
        instance: Callable[..., Any], database_url: str, auth: dict[str, str]) -> None:
    first, second = instance(database_url), instance(database_url)
    refused = await call_asgi(first, "POST", "/v1/chat/completions", body=CHAT, headers=auth)
    assert refused.status == 403
    assert Decision.parse(refused.headers["governance-decision"]).params == {
        "reason": "consent-required"}
    assert refused.json()["consent_required"]["grant_url"] == "/governance/consent"

    granted = await _decide(first, auth, assistant="grant")
    assert granted.status == 200, granted.body
    for app in (first, second):
        ok = await call_asgi(app, "POST", "/v1/chat/completions", body=CHAT, headers=auth)
        assert ok.status == 200

    withdrawn = await _api(second, "POST", "/consent/withdraw", auth, {"purposes": ["assistant"]})
    assert withdrawn.status == 200
    for app in (first, second):
        blocked = await call_asgi(app, "POST", "/v1/chat/completions", body=CHAT, headers=auth)
        assert blocked.status == 403
    assert len(first.received) + len(second.received) == 2


async def test_refusing_every_optional_purpose_keeps_the_core_chat_working(
        instance: Callable[..., Any], tmp_path: Path, auth: dict[str, str]) -> None:
    app = instance(f"sqlite:///{tmp_path / 'c.db'}")
    assert (await _decide(app, auth, assistant="grant", history="refuse")).status == 200
    ok = await call_asgi(app, "POST", "/v1/chat/completions", body=CHAT, headers=auth)
    assert ok.status == 200


async def test_changed_notice_text_requires_consent_again(
        instance: Callable[..., Any], tmp_path: Path, auth: dict[str, str]) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    before = instance(url)
    assert (await _decide(before, auth, assistant="grant")).status == 200
    assert (await call_asgi(before, "POST", "/v1/chat/completions", body=CHAT,
                            headers=auth)).status == 200
    after = instance(url, assistant={"notice": {"en": "New terms.", "fr": "Nouvelles règles."}})
    blocked = await call_asgi(after, "POST", "/v1/chat/completions", body=CHAT, headers=auth)
    assert blocked.status == 403
    notice = blocked.json()["consent_required"]["purposes"][0]["notice"]
    assert notice["text"] == "New terms."


async def test_notice_comes_in_the_users_language(instance: Callable[..., Any], tmp_path: Path,
                                                  auth: dict[str, str]) -> None:
    app = instance(f"sqlite:///{tmp_path / 'c.db'}")
    refused = await call_asgi(app, "POST", "/v1/chat/completions", body=CHAT,
                              headers={**auth, "accept-language": "fr-FR,fr;q=0.9"})
    notice = refused.json()["consent_required"]["purposes"][0]["notice"]
    assert notice["language"] == "fr"
    assert notice["text"].startswith("L'assistant RH est une IA")


async def test_a_decision_for_another_subject_cannot_be_made(
        instance: Callable[..., Any], tmp_path: Path, auth: dict[str, str],
        token: Callable[..., str]) -> None:
    app = instance(f"sqlite:///{tmp_path / 'c.db'}")
    assert (await _decide(app, auth, assistant="grant")).status == 200
    bob = {"authorization": f"Bearer {token('bob')}"}
    assert (await call_asgi(app, "POST", "/v1/chat/completions", body=CHAT,
                            headers={**bob, "content-type": "application/json"})).status == 403
    anonymous = await _api(app, "GET", "/consent", {})
    assert anonymous.status == 401


async def test_consent_store_failure_refuses_with_503(
        instance: Callable[..., Any], tmp_path: Path, auth: dict[str, str]) -> None:
    app = instance(f"sqlite:///{tmp_path / 'c.db'}")
    runtime = await app.runtime()
    runtime.resources[0].dispose()
    (tmp_path / "c.db").unlink()
    (tmp_path / "c.db").mkdir()  # the database file is gone and cannot be recreated
    result = await call_asgi(app, "POST", "/v1/chat/completions", body=CHAT, headers=auth)
    assert result.status == 503
    assert result.json()["error"]["type"] == "consent-unavailable"
    assert list(app.received) == []


async def test_unknown_api_paths_get_json_errors(instance: Callable[..., Any], tmp_path: Path,
                                                 auth: dict[str, str]) -> None:
    app = instance(f"sqlite:///{tmp_path / 'c.db'}")
    missing = await _api(app, "GET", "/nope", auth)
    assert missing.status == 404
    assert missing.json()["error"]["type"] == "not_found"


def test_startup_is_refused_until_the_employer_attests(make_policy: Callable[..., Policy],
                                                       keys: KeyStore, tmp_path: Path) -> None:
    from governance.errors import ConfigError

    policy = make_policy(purposes=DEMO["purposes"], storage={
        "url": f"sqlite:///{tmp_path / 'c.db'}", "keys_dir": str(keys.directory)})
    with pytest.raises(ConfigError, match=r"workers_informed_at.*dpia_reference"):
        Runtime.build(policy, keys=keys)
