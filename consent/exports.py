"""DPO exports: one subject's history (JSON, CSV, HTML) and period exports (CSV, JSON Lines).

Every format is a pure function of its records, so the same data gives the same bytes; a
manifest lists each file's SHA-256 (and is signed by the service). Period exports are
generators of text chunks: the CLI writes them to a file, the HTTP API streams them.

CSV columns (also the JSON Lines keys), in order: ``seq, event_id, event_time, subject,
purpose, event, notice_version, language, collection_method, receipt_id``. ``event`` is one of
grant, refuse, withdraw, expire, object; ``receipt_id`` is empty for expire and object.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import html
import io
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO, Literal

from consent.values import EventRecord, SubjectRequest

CSV_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(EventRecord))
PeriodFormat = Literal["csv", "jsonl"]
SubjectFormat = Literal["json", "csv", "html"]
MEDIA_TYPES: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/jsonl; charset=utf-8",
    "json": "application/json",
    "html": "text/html; charset=utf-8",
}


def _row(record: EventRecord) -> dict[str, Any]:
    return dataclasses.asdict(record)


def csv_chunks(records: Iterable[EventRecord]) -> Iterator[str]:
    """The header, then one CSV line per record (RFC 4180 quoting, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    yield buffer.getvalue()
    for record in records:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(dataclasses.astuple(record))
        yield buffer.getvalue()


def jsonl_chunks(records: Iterable[EventRecord]) -> Iterator[str]:
    for record in records:
        yield json.dumps(_row(record), ensure_ascii=False, separators=(",", ":")) + "\n"


def period_chunks(records: Iterable[EventRecord], fmt: PeriodFormat) -> Iterator[str]:
    return csv_chunks(records) if fmt == "csv" else jsonl_chunks(records)


def write_chunks(chunks: Iterable[str], out: BinaryIO) -> tuple[str, int]:
    """Write text chunks as UTF-8; return (SHA-256 hex, byte count) of what was written."""
    digest = hashlib.sha256()
    size = 0
    for chunk in chunks:
        data = chunk.encode("utf-8")
        digest.update(data)
        size += len(data)
        out.write(data)
    return digest.hexdigest(), size


def _request(request: SubjectRequest) -> dict[str, Any]:
    data = request.as_json(request.received_at)
    data.pop("overdue")  # depends on when the export runs: keep exports deterministic
    return data


def subject_document(subject: str, events: list[EventRecord], receipts: list[str],
                     requests: list[SubjectRequest], processing: list[dict[str, Any]]
                     ) -> dict[str, Any]:
    """Arts. 15 and 20: the consent records as issued, the events, requests and processing."""
    return {
        "subject": subject,
        "consent_records": [json.loads(r) for r in receipts],
        "events": [_row(e) for e in events],
        "requests": [_request(r) for r in requests],
        "processing": processing,
    }


def subject_export(document: dict[str, Any], fmt: SubjectFormat) -> bytes:
    if fmt == "json":
        text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    elif fmt == "csv":
        records = [EventRecord(**row) for row in document["events"]]
        text = "".join(csv_chunks(records))
    else:
        text = _html(document)
    return text.encode("utf-8")


def _html(document: dict[str, Any]) -> str:
    e = html.escape
    head = "".join(f"<th scope=\"col\">{e(c)}</th>" for c in CSV_COLUMNS)
    rows = "".join(
        "<tr>" + "".join(f"<td>{e(str(row[c]))}</td>" for c in CSV_COLUMNS) + "</tr>"
        for row in document["events"]
    )
    purposes = "".join(
        f"<li><strong>{e(p['name'])}</strong>: {e(p['dpv:hasLegalBasis'])}; retention "
        f"{e(p['dpv:hasStorageCondition']['dpv:hasDuration'])}; recipients "
        f"{e(', '.join(p['dpv:hasRecipient']) or 'none')}</li>"
        for p in document["processing"]
    )
    requests = "".join(
        f"<li>{e(r['kind'])} ({e(r['status'])}), received {e(r['received_at'])}, "
        f"due {e(r['due_at'])}</li>" for r in document["requests"]
    ) or "<li>none</li>"
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Consent history</title></head><body>\n"
        f"<h1>Consent history of {e(document['subject'])}</h1>\n"
        f"<h2>Processing</h2><ul>{purposes}</ul>\n"
        f"<h2>Consent events ({len(document['events'])})</h2>\n"
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>\n"
        f"<h2>Requests</h2><ul>{requests}</ul>\n"
        f"<p>{len(document['consent_records'])} signed receipts are in the JSON export.</p>\n"
        "</body></html>\n"
    )


def parse_instant(text: str) -> datetime:
    """An ISO 8601 date or date-time; a naive value is taken as UTC."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError("expected an ISO 8601 date or date-time such as 2026-01-31 or "
                         "2026-01-31T12:00:00Z") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def manifest(files: Iterable[tuple[str, str, int]], *, scope: dict[str, str],
             records: int, fmt: str) -> dict[str, Any]:
    """What an export contains: (name, sha256 hex, bytes) per file, and how it was selected."""
    return {
        "generator": "asgi-governance consent export",
        "format": fmt,
        "scope": scope,
        "records": records,
        "files": [{"name": n, "sha256": h, "bytes": b} for n, h, b in files],
    }
