"""Benchmark: a period export of 100,000 consent events streams in bounded memory.

Each phase runs in a fresh process (spawn) so heaps do not mix. For each we record the RSS
just before the export and the process's peak RSS (``ru_maxrss``) after it:

- ``stream``: ``ConsentService.iter_events`` (keyset pages) -> ``csv_chunks`` -> file;
- ``list`` (baseline): every row loaded into a list first, then the same CSV written.

Both must produce byte-identical files. Figures are printed and written to
bench/results/consent.json, as ratios of the streaming phase against the baseline.

    .venv/bin/python -m bench.bench_consent [--events 100000] [--url sqlite:///...]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from bench.common import write  # noqa: E402
from consent import ConsentService, ConsentSettings, PurposeSpec  # noqa: E402
from consent.exports import csv_chunks, write_chunks  # noqa: E402
from consent.tables import EVENTS  # noqa: E402
from governance.storage import create_engine  # noqa: E402

PURPOSES = ("assistant", "history", "analytics")
MB = 1024 * 1024


def purposes() -> list[PurposeSpec]:
    return [PurposeSpec.model_validate({
        "id": p, "legal_basis": "eu-gdpr:A6-1-a", "purpose_category": ["dpv:ServiceProvision"],
        "retention": "P30D", "data_categories": ["pd:Communication"],
        "notice": {"en": f"{p} notice", "fr": f"avis {p}"}}) for p in PURPOSES]


def service_for(url: str) -> ConsentService:
    return ConsentService(create_engine(url), purposes(), ConsentSettings(),
                          Ed25519PrivateKey.generate())


def populate(url: str, count: int) -> None:
    service = service_for(url)
    service.create_schema()
    rng = random.Random(7)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    batch: list[dict[str, Any]] = []
    with service.engine.begin() as conn:
        for index in range(count):
            batch.append({
                "event_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "subject": f"pseud:{rng.getrandbits(128):032x}",
                "purpose": rng.choice(PURPOSES),
                "event": rng.choice(("grant", "refuse", "withdraw")),
                "notice_version": "sha256:" + "ab" * 32,
                "language": rng.choice(("en", "fr")),
                "collection_method": "chat-ui:explicit-button",
                "created_at": start + timedelta(seconds=index * 30),
            })
            if len(batch) == 5000:
                conn.execute(sa.insert(EVENTS), batch)
                batch.clear()
        if batch:
            conn.execute(sa.insert(EVENTS), batch)
    service.engine.dispose()


def phase(mode: str, url: str, out: str, queue: Any) -> None:
    """Runs in a fresh process: export every event to ``out`` and report memory."""
    service = service_for(url)
    rss_before = psutil.Process().memory_info().rss
    started = time.perf_counter()
    records: Any = service.iter_events()
    if mode == "list":
        records = list(records)
    with open(out, "wb") as fh:
        digest, size = write_chunks(csv_chunks(records), fh)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    queue.put({"rss_before_mb": rss_before / MB, "peak_rss_mb": peak / MB,
               "growth_mb": max(peak - rss_before, 0) / MB, "seconds": seconds,
               "sha256": digest, "bytes": size})


def run_phase(mode: str, url: str, out: Path) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=phase, args=(mode, url, str(out), queue))
    process.start()
    result: dict[str, Any] = queue.get(timeout=900)
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--url", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        started = time.perf_counter()
        populate(url, args.events)
        print(f"populated {args.events} events in {time.perf_counter() - started:.1f}s")
        stream = run_phase("stream", url, Path(tmp) / "stream.csv")
        baseline = run_phase("list", url, Path(tmp) / "list.csv")
    assert stream["sha256"] == baseline["sha256"], "streaming and list exports differ"
    result = {
        "events": args.events,
        "database": "postgresql" if url.startswith("postgresql") else "sqlite",
        "stream": stream,
        "list_baseline": baseline,
        "ratios": {
            "peak_rss_stream_over_list": stream["peak_rss_mb"] / baseline["peak_rss_mb"],
            "rss_growth_stream_over_list": stream["growth_mb"] / max(baseline["growth_mb"], 1e-9),
            "seconds_stream_over_list": stream["seconds"] / baseline["seconds"],
            "peak_over_rss_before_stream": stream["peak_rss_mb"] / stream["rss_before_mb"],
            "peak_over_rss_before_list": baseline["peak_rss_mb"] / baseline["rss_before_mb"],
        },
    }
    for name, figures in (("stream", stream), ("list (baseline)", baseline)):
        print(f"{name:>16}: before {figures['rss_before_mb']:.1f} MB, peak "
              f"{figures['peak_rss_mb']:.1f} MB (+{figures['growth_mb']:.1f} MB), "
              f"{figures['seconds']:.2f}s, {figures['bytes'] / MB:.1f} MB of CSV")
    for key, value in result["ratios"].items():
        print(f"{key:>32}: {value:.3f}")
    print(f"wrote {write('consent', result)}")


if __name__ == "__main__":
    main()
