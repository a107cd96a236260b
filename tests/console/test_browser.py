"""The console in headless Debian Chromium (Playwright): each role's pages, 403 by URL, the
audit trail filter, an entry and its proof download, "verify now", the DPO's bundle export and
erasure after confirmation. Screenshots land in test-artifacts/console/.

One browser for the module, one console server; skipped without /usr/bin/chromium unless
``CI`` is set (then it fails: .ci/run installs chromium).
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from audit import TlogProof
from governance.testing import live_server
from tests.console.conftest import ALICE, PASSWORD, PREFIX, USERS, ConsoleEnv, build_env

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "console"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("/usr/bin/chromium is missing; CI must run the browser tests "
                        "(.ci/run installs chromium)")
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ConsoleEnv, str]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'console.db'}"
    env = build_env(url, PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    with live_server(env.app) as base:
        yield env, base + PREFIX
    env.engine.dispose()


@pytest.fixture
def page_for(browser: Any, served: tuple[ConsoleEnv, str]) -> Iterator[Any]:
    contexts: list[Any] = []

    def open_as(role: str) -> Any:
        context = browser.new_context(accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
        page.goto(f"{served[1]}/login")
        page.get_by_label("User name").fill(USERS[role])
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        return page

    yield open_as
    for context in contexts:
        context.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


UNLABELLED = ("() => [...document.querySelectorAll('input:not([type=hidden]), select')]"
              ".filter(e => !e.labels || e.labels.length === 0).length")
ALLOWED = {
    "compliance": ["/audit", "/audit/status", "/charts"],
    "dpo": ["/dpo", "/dpo/requests", "/charts"],
    "admin": ["/audit", "/dpo", "/admin/users", "/admin/killswitch"],
}
REFUSED = {
    "compliance": ["/dpo", "/dpo/requests", "/admin/users", "/admin/killswitch"],
    "dpo": ["/audit", "/audit/status", "/audit/entries/0", "/admin/users"],
    "admin": [],
}
NAV = {
    "compliance": {"Audit trail", "Log status", "Charts"},
    "dpo": {"Subjects", "Subject requests", "Charts"},
    "admin": {"Audit trail", "Log status", "Subjects", "Subject requests", "Charts", "Users",
              "Kill switch"},
}


@pytest.mark.parametrize("role", ["compliance", "dpo", "admin"])
def test_each_role_sees_exactly_its_pages(page_for: Any, served: tuple[ConsoleEnv, str],
                                          role: str) -> None:
    page = page_for(role)
    base = served[1]
    links = {t.strip() for t in page.locator("nav[aria-label=Main] a").all_inner_texts()}
    assert links == NAV[role]
    for path in ALLOWED[role]:
        response = page.goto(base + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.locator("main h1").count() == 1
        assert page.evaluate(UNLABELLED) == 0, path  # every control has a <label>
        shot(page, f"{role}{path.replace('/', '-')}")
    page.keyboard.press("Tab")  # keyboard users land on the skip link first
    assert page.evaluate("() => document.activeElement.className") == "skip"
    assert page.errors == []  # no CSP violation, no missing asset
    for path in REFUSED[role]:
        response = page.goto(base + path)
        assert response.status == 403, path
        assert page.locator("h1").inner_text() == "Not allowed"
        shot(page, f"{role}-forbidden")
    assert ALICE not in page.content()


def test_compliance_filters_opens_an_entry_downloads_its_proof_and_verifies(
        page_for: Any, served: tuple[ConsoleEnv, str]) -> None:
    env, base = served
    page = page_for("compliance")
    page.goto(base + "/audit")
    page.get_by_label("Decision").select_option("handoff")
    page.get_by_label("Handoff category").select_option("harassment")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_load_state()
    rows = page.locator("#trail tbody tr")
    assert rows.count() == 5
    assert set(page.locator("#trail tbody td:nth-child(6)").all_inner_texts()) == {"harassment"}
    shot(page, "compliance-audit-filtered")
    rows.first.locator("a").click()
    page.wait_for_load_state()
    assert page.get_by_text("(hidden for this role)").count() == 1
    assert "pseud:" not in page.content()
    shot(page, "compliance-entry")
    with page.expect_download() as download:
        page.locator("#download-proof").click()
    proof = TlogProof.decode(Path(download.value.path()).read_text())
    assert proof.verify(env.log.verifier).size == env.log.size()
    page.goto(base + "/audit/status")
    page.get_by_role("button", name="Verify now").click()
    page.get_by_text("entries verified").wait_for(timeout=20_000)
    assert page.locator("#verify-progress").get_attribute("value") == "100"
    shot(page, "compliance-status-verified")
    assert page.errors == []


def test_dpo_exports_a_bundle_and_erases_after_confirmation(
        page_for: Any, served: tuple[ConsoleEnv, str]) -> None:
    env, base = served
    page = page_for("dpo")
    page.get_by_label("Subject id").fill(ALICE)
    page.get_by_role("button", name="Look up").click()
    page.wait_for_load_state()
    assert page.locator("#history tbody tr").count() == 4
    shot(page, "dpo-subject")
    with page.expect_download() as download:
        page.locator("#export").click()
    archive = zipfile.ZipFile(io.BytesIO(Path(download.value.path()).read_bytes()))
    assert "manifest.json" in archive.namelist()
    page.locator("#erase").click()
    page.wait_for_load_state()
    shot(page, "dpo-erase-confirm")
    page.get_by_label("I confirm the erasure of this subject").check()
    page.get_by_role("button", name="Erase now").click()
    page.locator("#erased").wait_for()
    shot(page, "dpo-erased")
    assert env.log.subject_details(env.service.requests()[0].subject) == []
    page.goto(base + "/dpo/requests")
    assert page.locator("#requests tbody tr").count() >= 2
    shot(page, "dpo-requests")
    assert page.errors == []


def test_charts_draw_with_the_vendored_library_and_keep_their_tables(
        page_for: Any, served: tuple[ConsoleEnv, str]) -> None:
    page = page_for("admin")
    page.goto(served[1] + "/charts")
    page.wait_for_function("() => typeof window.Chart !== 'undefined'")
    drawn = page.evaluate("() => Object.keys(window.Chart.instances).length")
    assert drawn == 4
    assert page.locator("table#handoffs-table tbody tr").count() == 2
    shot(page, "admin-charts")
    page.goto(served[1] + "/login")
    shot(page, "login")
    assert page.errors == []
