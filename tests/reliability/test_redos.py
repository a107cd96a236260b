"""Inputs built to make regular expressions backtrack finish within a bound (ReDoS).

Each call runs in a child process (see ``redos_worker``) and must answer within
``BOUND_SECONDS``; a call that does not is killed and the test fails. That is a bound on a
stalled worker, not a speed target: healthy calls take milliseconds to a second or two.
"""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BOUND_SECONDS = 10.0
MODEL_LOAD_SECONDS = 180.0

# Long runs and nested separators: the shapes that make (x+)+-style patterns explode. About
# 10 000 characters each: enough for a super-linear pattern to blow through the bound, small
# enough that the whole matrix stays within the suite's time budget.
N = 5_000
HOSTILE: dict[str, str] = {
    "letters-then-bang": "a" * 2 * N + "!",
    "digits": "0" * 2 * N + "x",
    "spaced-digits": "1 " * N,
    "dashed-digits": "1-" * N + "-",
    "dotted-digits": "1." * N + "a",
    "slashed-dates": "12/" * N,
    "spaces": " " * 2 * N + "x",
    "newlines": "\n" * N + "x",
    "email-dots": "a@" + "a." * N,
    "email-ats": "a@" * N,
    "phone-groups": "+33 " + "6 " * N,
    "iban-groups": "FR76 " + "1234 " * (N // 2) + "!",
    "nir-like": "1 85 " * (N // 2),
    "street": "12 rue " * (N // 3),
    "french-dates": "le 1er janvier " * (N // 7),
    "hyphen-names": "Jean-" * (N // 2),
    "capitalised": "Marie " * (N // 3) + "dupont",
    "accents": "\u00e9" * 2 * N,
    "url": "http://" + "a." * N,
    "decision-words": "your leave is " * (N // 7) + "approved",
    "handoff-words": "je suis en arr\u00eat " * (N // 8),
    "apostrophes": "l'" * N,
    "sse-fields": "data:" * (N // 2),
}
# Known to exceed the bound: see test_email_recognizer_is_bounded_on_dotted_local_parts.
EMAIL_LOCALS = "a." * 4_000 + "@"
LANGS = ("en", "fr")


class BoundedWorker:
    """One child process; ``call`` answers or fails the test after ``timeout`` seconds."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        return subprocess.Popen(
            [sys.executable, str(HERE / "redos_worker.py")], cwd=ROOT, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def call(self, target: str, text: str, lang: str = "en",
             timeout: float = BOUND_SECONDS) -> int:
        if self.process is None or self.process.poll() is not None:
            self.process = self._start()
        process = self.process
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write(json.dumps({"target": target, "text": text, "lang": lang}) + "\n")
        process.stdin.flush()
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            ready = selector.select(timeout)
        if not ready:
            self.stop()
            pytest.fail(f"{target}({lang}) did not finish within {timeout:.0f} s")
        answer: dict[str, Any] = json.loads(process.stdout.readline() or '{"ok": false, '
                                                                          '"error": "died"}')
        if not answer["ok"]:
            pytest.fail(f"{target}({lang}) raised {answer['error']}")
        return int(answer["found"])

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            for pipe in (self.process.stdin, self.process.stdout):
                if pipe is not None:
                    pipe.close()
            self.process = None


@pytest.fixture(scope="module")
def worker() -> Iterator[BoundedWorker]:
    """A worker whose scanners are built (imports, compiled patterns) before any bound runs."""
    bounded = BoundedWorker()
    for target in ("handoff", "guard", "recognizers"):
        for lang in LANGS:
            bounded.call(target, "x", lang, timeout=MODEL_LOAD_SECONDS)
    yield bounded
    bounded.stop()


@pytest.fixture(scope="session")
def model_worker() -> Iterator[BoundedWorker]:
    """A worker with the Presidio engine loaded once (about ten seconds)."""
    bounded = BoundedWorker()
    bounded.call("warm", "", timeout=MODEL_LOAD_SECONDS)
    yield bounded
    bounded.stop()


def test_the_bound_kills_a_call_that_backtracks_and_fails_the_test() -> None:
    """The harness itself: a stuck child is killed and the test fails, instead of hanging."""
    bounded = BoundedWorker()
    try:
        with pytest.raises(pytest.fail.Exception, match="did not finish within 2 s"):
            bounded.call("stall", "a" * 64 + "!", timeout=2)
        assert bounded.process is None
        assert bounded.call("stall", "aaa", timeout=BOUND_SECONDS) == 1  # a fresh child
    finally:
        bounded.stop()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("target", ["handoff", "recognizers"])
def test_text_scanners_finish_on_backtracking_bait(worker: BoundedWorker, target: str,
                                                    name: str, lang: str) -> None:
    assert worker.call(target, HOSTILE[name], lang) >= 0


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_decision_guard_finishes_on_backtracking_bait(worker: BoundedWorker, name: str) -> None:
    """One language is enough: the guard checks the answer against both rule sets."""
    assert worker.call("guard", HOSTILE[name], "fr") >= 0


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_sse_parser_finishes_on_backtracking_bait(worker: BoundedWorker, name: str) -> None:
    framed = "data: " + HOSTILE[name].replace("\n", "\ndata: ") + "\n\n"
    assert worker.call("sse", HOSTILE[name]) >= 0
    assert worker.call("sse", framed) >= 1


@pytest.mark.parametrize("body", [
    "[" * 30_000 + "]" * 30_000,
    '{"a":' * 20_000 + "1" + "}" * 20_000,
    '"' + "\\\\" * 30_000 + '"',
    '"' + "\\ud800" * 10_000 + '"',
    "9" * 4_000,
], ids=["arrays", "objects", "escapes", "surrogates", "digits"])
def test_strict_json_parser_finishes_on_pathological_bodies(worker: BoundedWorker,
                                                            body: str) -> None:
    assert worker.call("json", body) in (0, 1)


class _CountingPattern:
    """Wraps the SSE line pattern and counts the bytes each search may examine."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.scanned = pattern, 0

    def search(self, data: bytes, pos: int = 0) -> Any:
        self.scanned += len(data) - pos
        return self.pattern.search(data, pos)


def _scanned_per_byte(stream: bytes, chunk: int, monkeypatch: pytest.MonkeyPatch) -> float:
    from governance import sse

    counting = _CountingPattern(sse._LINE)
    monkeypatch.setattr(sse, "_LINE", counting)
    parser = sse.SSEParser()
    for start in range(0, len(stream), chunk):
        parser.feed(stream[start:start + chunk])
    parser.close()
    return counting.scanned / len(stream)


def test_sse_parser_scans_ordinary_streams_a_bounded_number_of_times_per_byte(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Work, not time: many small events trickling in are each scanned a few times at most."""
    stream = b'data: {"choices":[{"delta":{"content":"abc"}}]}\n\n' * 2_000
    assert _scanned_per_byte(stream, 16, monkeypatch) < 4


def test_sse_parser_scans_a_trickled_large_event_a_bounded_number_of_times_per_byte(
        monkeypatch: pytest.MonkeyPatch) -> None:
    stream = b"data: " + b"x" * 40_000 + b"\n\n"
    assert _scanned_per_byte(stream, 16, monkeypatch) < 4


@pytest.mark.models
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["spaced-digits", "email-dots", "phone-groups",
                                  "french-dates"])
def test_presidio_engine_finishes_on_backtracking_bait(model_worker: BoundedWorker, name: str,
                                                       lang: str) -> None:
    assert model_worker.call("find_pii", HOSTILE[name], lang) >= 0


# Last in the module on purpose: hitting the bound kills the shared worker.
def test_email_recognizer_is_bounded_on_dotted_local_parts(worker: BoundedWorker) -> None:
    assert worker.call("email", "x", "en", timeout=MODEL_LOAD_SECONDS) == 0
    assert worker.call("email", EMAIL_LOCALS, "en", timeout=5) >= 0
