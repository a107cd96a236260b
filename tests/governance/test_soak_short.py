"""The short soak-and-fault run (`python -m bench.soak --short`) as part of the suite.

Two proxy workers on a real PostgreSQL, users with consent chatting with canary personal data,
PostgreSQL stopped and restarted mid-run, one worker killed with SIGKILL with requests in
flight (the supervisor replaces it), then a step to saturation. It passes when the audit log
verifies, every answered exchange has exactly one opening and one closing entry, no canary
reached the upstream, no request got a 500 and answers went on after each fault. `make soak`
runs the 10-minute version.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.postgres
def test_short_soak_with_a_postgresql_restart_and_a_killed_worker_loses_nothing(
        postgres_server: object, tmp_path: Path) -> None:
    out = tmp_path / "soak-short.json"
    run = subprocess.run([sys.executable, "-m", "bench.soak", "--short", "--result", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=1500, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    result = json.loads(out.read_text())
    assert result["answered"] > 0
    assert result["answered_without_exactly_one_open_and_close"] == 0
    assert result["canaries_forwarded"] == 0
    assert result["audit_verify_ok"] is True
    assert "500" not in result["statuses"]
    assert sorted(result["faults"]) == ["postgresql started again", "postgresql stopped",
                                        "worker killed with SIGKILL",
                                        "worker replaced by the supervisor"]
