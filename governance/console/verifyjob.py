""""Verify now": a full log verification in a background thread, with progress to poll.

Verification of a large log takes seconds to minutes, so it never runs in a request: the
page starts it and then polls a small JSON endpoint (or refreshes, without JavaScript). One
run at a time per console; a second "verify now" while one runs just shows the running one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from audit import Verifier, VerifyReport, verify_log


@dataclass(frozen=True, slots=True)
class JobState:
    state: str  # "idle" | "running" | "done" | "failed"
    checked: int
    total: int
    started_at: float | None
    finished_at: float | None
    report: VerifyReport | None

    @property
    def percent(self) -> int:
        if self.state == "done":
            return 100
        return min(99, int(100 * self.checked / self.total)) if self.total else 0

    def to_json(self) -> dict[str, Any]:
        return {"state": self.state, "checked": self.checked, "total": self.total,
                "percent": self.percent, "started_at": self.started_at,
                "finished_at": self.finished_at,
                "report": None if self.report is None else self.report.to_json()}


class VerifyJob:
    """Owns at most one verification thread and its progress."""

    def __init__(self, engine: Engine, origin: str, verifier: Verifier, *,
                 size: Callable[[], int], clock: Callable[[], float] = time.time) -> None:
        self._engine = engine
        self._origin = origin
        self._verifier = verifier
        self._size = size
        self._clock = clock
        self._lock = threading.Lock()
        self._state = JobState("idle", 0, 0, None, None, None)
        self._thread: threading.Thread | None = None

    def state(self) -> JobState:
        with self._lock:
            return self._state

    def start(self) -> bool:
        """Start a run unless one is running; True when this call started it."""
        with self._lock:
            if self._state.state == "running":
                return False
            total = self._size()
            self._state = JobState("running", 0, total, self._clock(), None, None)
            self._thread = threading.Thread(target=self._run, name="console-verify",
                                            daemon=True)
            self._thread.start()
            return True

    def join(self, timeout: float | None = None) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _progress(self, count: int) -> None:
        with self._lock:
            s = self._state
            self._state = JobState(s.state, s.checked + count, max(s.total, s.checked + count),
                                   s.started_at, None, None)

    def _run(self) -> None:
        try:
            report = verify_log(self._engine, self._origin, self._verifier,
                                progress=self._progress)
        except Exception as exc:  # reported on the page; never kills the server
            report = VerifyReport(False, 0, None, f"verification stopped: "
                                  f"{type(exc).__name__}", 0, "")
            final = "failed"
        else:
            final = "done"
        with self._lock:
            s = self._state
            self._state = JobState(final, s.checked, max(s.total, s.checked), s.started_at,
                                   self._clock(), report)
