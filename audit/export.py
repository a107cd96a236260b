"""Streaming export of entries for a period, as JSON Lines or CSV (for compliance review)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from typing import Literal, TextIO

import sqlalchemy as sa
from sqlalchemy import Engine

from audit.schema import entries

ExportFormat = Literal["jsonl", "csv"]
CSV_COLUMNS = ("index", "kind", "time", "entry")


def iter_entries(engine: Engine, origin: str, *, since: datetime | None = None,
                 until: datetime | None = None, chunk: int = 5000
                 ) -> Iterator[tuple[int, bytes]]:
    """``(index, canonical bytes)`` in index order, ``since <= time < until``, streamed."""
    query = sa.select(entries.c.idx, entries.c.body).where(entries.c.log_id == origin)
    if since is not None:
        query = query.where(entries.c.at_us >= int(since.timestamp() * 1_000_000))
    if until is not None:
        query = query.where(entries.c.at_us < int(until.timestamp() * 1_000_000))
    with engine.connect().execution_options(stream_results=True, yield_per=chunk) as conn:
        for idx, body in conn.execute(query.order_by(entries.c.idx)):
            yield int(idx), bytes(body)


def write_export(rows: Iterator[tuple[int, bytes]], out: TextIO, fmt: ExportFormat) -> int:
    """Write rows to ``out``; returns how many. CSV keeps the canonical JSON in one column."""
    count = 0
    writer = csv.writer(out) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(CSV_COLUMNS)
    for index, body in rows:
        doc = json.loads(body)
        if writer is not None:
            writer.writerow((index, doc.get("kind"), doc.get("time"), body.decode()))
        else:
            out.write(json.dumps({"index": index, **doc}, ensure_ascii=False,
                                 separators=(",", ":")) + "\n")
        count += 1
    return count
