"""Shared bench helpers: percentiles, result files, the machine's description."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(latencies_s: list[float], elapsed_s: float) -> dict[str, float]:
    ms = [v * 1000 for v in latencies_s]
    return {"requests": len(ms), "rps": round(len(ms) / elapsed_s, 1),
            "p50_ms": round(percentile(ms, 50), 3), "p99_ms": round(percentile(ms, 99), 3),
            "mean_ms": round(statistics.fmean(ms), 3) if ms else float("nan")}


def machine() -> dict[str, Any]:
    return {"date": time.strftime("%Y-%m-%d", time.gmtime()), "python": platform.python_version(),
            "cpu_count": os.cpu_count(), "machine": platform.machine(),
            "processor": _cpu_model()}


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def write(name: str, data: dict[str, Any], *, path: Path | None = None) -> Path:
    """bench/results/<name>.json, or ``path`` (tests write theirs outside the tree)."""
    if path is None:
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), **data}, indent=2) + "\n")
    return path
