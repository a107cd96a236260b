"""The short soak-and-fault run (`python -m bench.soak --short`) as part of the suite.

Two proxy workers on a real PostgreSQL, users with consent chatting with canary personal data,
PostgreSQL stopped and restarted mid-run, then a step to saturation. It passes when the audit
log verifies, every answered exchange has exactly one opening and one closing entry, no canary
reached the upstream and no request got a 500. `make soak` runs the 10-minute version.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.postgres
def test_short_soak_with_a_postgresql_restart_loses_nothing(postgres_server: object) -> None:
    run = subprocess.run([sys.executable, "-m", "bench.soak", "--short"], cwd=ROOT,
                         capture_output=True, text=True, timeout=1500, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    result = json.loads((ROOT / "bench" / "results" / "soak-short.json").read_text())
    assert result["answered"] > 0
    assert result["answered_without_exactly_one_open_and_close"] == 0
    assert result["canaries_forwarded"] == 0
    assert result["audit_verify_ok"] is True
    assert "500" not in result["statuses"]
    assert result["faults"] == ["postgresql stopped", "postgresql started again"]
