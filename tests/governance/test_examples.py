"""Every example runs: the demo, the FastAPI one-liner, and the proxy in front of upstreams."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import anthropic
import httpx
import openai
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    """A copy of the demo policy whose var/ lives in tmp_path."""
    shutil.copy(ROOT / "governance.toml", tmp_path / "governance.toml")
    return tmp_path


def _start(args: list[str], cwd: Path, env: dict[str, str], url: str) -> subprocess.Popen[bytes]:
    log = cwd / f"{Path(args[-1]).name}-{time.monotonic_ns()}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(args, cwd=cwd, env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
                                stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 240  # loading the spaCy models takes a while on 2 cores
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"{args} exited: {log.read_text()}")
        try:
            httpx.get(url, timeout=1)
            return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    proc.wait(timeout=10)
    raise AssertionError(f"{args} did not start: {log.read_text()[-2000:]}")


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        proc.terminate()
        proc.wait(timeout=10)


def _token(cwd: Path, subject: str = "alice") -> str:
    out = subprocess.run([str(BIN / "governance"), "token", "--subject", subject], cwd=cwd,
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def _grant(base: str, token: str) -> None:
    """Tick the assistant's consent box, as a new user of the demo does first."""
    headers = {"authorization": f"Bearer {token}"}
    state = httpx.get(f"{base}/governance/consent", headers=headers).json()
    decisions = [{"purpose": p["id"], "decision": "grant" if p["required"] else "refuse",
                  "notice_version": p["notice"]["version"]}
                 for p in state["purposes"] if p.get("notice")]
    granted = httpx.post(f"{base}/governance/consent", headers=headers,
                         json={"decisions": decisions})
    assert granted.status_code == 200, granted.text


def test_demo_serves_the_page_and_governed_answers(
        demo_dir: Path, processes: list[subprocess.Popen[bytes]]) -> None:
    port = _port()
    processes.append(_start([sys.executable, "-m", "examples.hr_assistant"], demo_dir,
                            {"PORT": str(port)}, f"http://127.0.0.1:{port}/healthz"))
    page = httpx.get(f"http://127.0.0.1:{port}/")
    assert page.status_code == 200
    assert "<html lang=\"en\">" in page.text
    token = _token(demo_dir)
    refused = httpx.post(f"http://127.0.0.1:{port}/v1/chat/completions",
                         headers={"authorization": f"Bearer {token}"},
                         json={"model": "m", "messages": [{"role": "user", "content": "hi"}]})
    assert refused.status_code == 403
    assert refused.json()["consent_required"]["purposes"][0]["id"] == "assistant"
    _grant(f"http://127.0.0.1:{port}", token)
    client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=token,
                           max_retries=0)
    reply = client.chat.completions.with_raw_response.create(
        model="hr-faq", messages=[{"role": "user", "content": "When is payday?"}])
    assert reply.headers["governance-decision"] == "forwarded"
    assert "25th" in (reply.parse().choices[0].message.content or "")
    client.close()
    assert (demo_dir / "var" / "keys").is_dir()


def test_fastapi_app_is_governed_by_one_line(demo_dir: Path,
                                             processes: list[subprocess.Popen[bytes]]) -> None:
    subprocess.run([str(BIN / "governance"), "keys", "init"], cwd=demo_dir, check=True,
                   capture_output=True)
    port = _port()
    processes.append(_start([str(BIN / "uvicorn"), "examples.fastapi_app:app", "--port",
                             str(port)], demo_dir, {}, f"http://127.0.0.1:{port}/healthz"))
    url = f"http://127.0.0.1:{port}/v1/chat/completions"
    body = {"model": "m", "messages": [{"role": "user", "content": "leave?"}]}
    assert httpx.post(url, json=body).status_code == 401
    token = _token(demo_dir)
    _grant(f"http://127.0.0.1:{port}", token)
    ok = httpx.post(url, json=body, headers={"authorization": f"Bearer {token}"})
    assert ok.status_code == 200
    assert ok.headers["governance-decision"] == "forwarded"


def test_proxy_governs_openai_and_anthropic_style_upstreams(
        demo_dir: Path, processes: list[subprocess.Popen[bytes]]) -> None:
    subprocess.run([str(BIN / "governance"), "keys", "init"], cwd=demo_dir, check=True,
                   capture_output=True)
    up, gov = _port(), _port()
    processes.append(_start([sys.executable, "-m", "examples.proxy_upstreams", "--port", str(up)],
                            demo_dir, {}, f"http://127.0.0.1:{up}/healthz"))
    processes.append(_start([str(BIN / "governance"), "serve", "--upstream",
                             f"http://127.0.0.1:{up}", "--port", str(gov)], demo_dir, {},
                            f"http://127.0.0.1:{gov}/healthz"))
    token = _token(demo_dir)
    _grant(f"http://127.0.0.1:{gov}", token)
    oa = openai.OpenAI(base_url=f"http://127.0.0.1:{gov}/v1", api_key=token, max_retries=0)
    text = oa.chat.completions.create(model="m", messages=[
        {"role": "user", "content": "training?"}]).choices[0].message.content
    assert "training" in (text or "").lower()
    an = anthropic.Anthropic(base_url=f"http://127.0.0.1:{gov}", auth_token=token, api_key=None,
                             max_retries=0)
    with an.messages.stream(model="m", max_tokens=100,
                            messages=[{"role": "user", "content": "remote work?"}]) as stream:
        assert "remote" in stream.get_final_text().lower()
    oa.close()
    an.close()
