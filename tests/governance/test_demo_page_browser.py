"""The demo chat page in headless Chromium: unticked consent boxes, grant, chat, restored data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.governance.test_examples import BIN, _port, _start

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "demo"


@pytest.fixture
def browser_path() -> Path:
    if not CHROMIUM.exists():
        reason = "Debian Chromium (/usr/bin/chromium) is not installed"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; .ci/run installs it")
        pytest.skip(reason)
    return CHROMIUM


def test_a_new_user_meets_the_notice_ticks_it_and_chats(tmp_path: Path, browser_path: Path,
                                                         ) -> None:
    from playwright.sync_api import sync_playwright

    shutil.copy(Path(__file__).resolve().parents[2] / "governance.toml", tmp_path)
    port = _port()
    proc = _start([sys.executable, "-m", "examples.hr_assistant"], tmp_path, {"PORT": str(port)},
                  f"http://127.0.0.1:{port}/healthz")
    try:
        token = subprocess.run([str(BIN / "governance"), "token", "--subject", "pat"],
                               cwd=tmp_path, capture_output=True, text=True,
                               check=True).stdout.strip()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(browser_path), args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"])
            page = browser.new_page(locale="fr-FR")
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(f"http://127.0.0.1:{port}/?token={token}")
            page.wait_for_selector("#consent-form input[type=checkbox]", timeout=30000)
            boxes = page.locator("#consent-form input[type=checkbox]")
            assert [boxes.nth(i).is_checked() for i in range(boxes.count())] == [False, False]
            page.locator("#consent-form input[name=assistant]").check()
            page.get_by_text("Save my choices").click()
            page.wait_for_function("document.querySelector('#consent-form input[name=assistant]')"
                                   " && document.querySelector("
                                   "'#consent-form input[name=assistant]').checked")
            page.fill("#msg", "Je suis Marie Dupont (marie.dupont@exemple.fr), la paie ?")
            page.click("#send")
            page.wait_for_function("document.querySelector('#log').innerText.includes('25')",
                                   timeout=30000)
            log = page.inner_text("#log")
            assert "Vous échangez avec un assistant d'intelligence artificielle" in log
            assert "marie.dupont@exemple.fr" in log
            assert "<EMAIL_ADDRESS" not in log
            assert page.inner_text("#decision") == "Governance-Decision: forwarded"
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)
            assert errors == []
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
