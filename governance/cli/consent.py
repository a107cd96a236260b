"""``governance consent ...`` and ``governance dsr ...``: receipts, DPO exports, the ROPA and
the register of data-subject requests.

Subject ids typed here are pseudonymised with the key store's ``pseudonym`` key before they
reach the ledger; they are never printed back.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, cast, get_args

import click

from consent import ConsentError, ConsentService, load_public_key, verify
from consent.exports import (
    PeriodFormat,
    SubjectFormat,
    parse_instant,
    period_chunks,
    subject_document,
    subject_export,
    write_chunks,
)
from consent.exports import manifest as build_manifest
from consent.values import EventRecord, RequestKind
from governance.cli._context import CliContext, pass_cli
from governance.errors import GovernanceError

SUBJECT_FORMATS = ("json", "csv", "html")
PERIOD_FORMATS = ("csv", "jsonl")


def build_service(cli: CliContext) -> ConsentService:
    """The service for the current policy, with its tables created."""
    policy = cli.policy
    try:
        key = cli.keys.signing_key("receipt")
    except GovernanceError as exc:
        raise click.ClickException(str(exc)) from None
    service = ConsentService(cli.engine, policy.purposes, policy.consent, key,
                             api_prefix=policy.service.api_prefix)
    service.create_schema()
    return service


def _pseudonymise(cli: CliContext, subject: str) -> str:
    from governance.identity import Pseudonymiser

    try:
        return Pseudonymiser(cli.keys.secret("pseudonym"))(subject)
    except GovernanceError as exc:
        raise click.ClickException(str(exc)) from None


@click.group("consent")
def consent_group() -> None:
    """Consent receipts, DPO exports and the record of processing."""


@consent_group.command("verify-receipt")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--key", "key_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Public key PEM (default: the key store's receipt key).")
@pass_cli
def verify_receipt(cli: CliContext, file: Path, key_file: Path | None) -> None:
    """Check a signed consent receipt (or export manifest) offline."""
    try:
        if key_file is not None:
            public = load_public_key(key_file.read_bytes())
        else:
            public = cli.keys.signing_key("receipt").public_key()
        data = file.read_bytes()
        name = _document_kind(data)
        payload = verify(data, public, name=name)
    except (ConsentError, GovernanceError) as exc:
        raise click.ClickException(f"{file}: INVALID: {exc}") from None
    if name == "manifest":
        click.echo(f"{file}: valid manifest ({payload.get('records')} records)")
        return
    ext = payload.get("x-ext", {})
    click.echo(f"{file}: valid receipt {payload.get('consentReceiptID')} "
               f"({ext.get('eventState')}, purpose {ext.get('purposeId')}, "
               f"{ext.get('eventTime')})")


def _document_kind(data: bytes) -> str:
    """``manifest`` for an export manifest, else ``receipt`` (also for unreadable files)."""
    try:
        document = json.loads(data)
    except ValueError:
        return "receipt"
    return "manifest" if isinstance(document, dict) and "manifest" in document else "receipt"


@consent_group.command("export")
@click.option("--subject", help="Export one subject's history (Arts. 15 and 20).")
@click.option("--since", help="Period start, ISO 8601 (inclusive).")
@click.option("--until", help="Period end, ISO 8601 (exclusive).")
@click.option("--format", "fmt", type=click.Choice(("json", "csv", "jsonl", "html")),
              default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@pass_cli
def export(cli: CliContext, subject: str | None, since: str | None, until: str | None,
           fmt: str, output: Path) -> None:
    """Write an export and its signed SHA-256 manifest (OUTPUT.manifest.json)."""
    if subject is not None and (since or until):
        raise click.UsageError("give either --subject or --since/--until, not both")
    service = build_service(cli)
    if subject is not None:
        if fmt not in SUBJECT_FORMATS:
            raise click.UsageError(f"--subject exports are {', '.join(SUBJECT_FORMATS)}")
        pseudonym = _pseudonymise(cli, subject)
        events, receipts, requests = service.history(pseudonym)
        document = subject_document(pseudonym, events, receipts, requests,
                                    service.ropa()["processing"])
        data = subject_export(document, cast(SubjectFormat, fmt))
        with output.open("wb") as fh:
            digest, size = write_chunks([data.decode("utf-8")], fh)
        count, scope = len(events), {"subject": pseudonym}
    else:
        if fmt not in PERIOD_FORMATS:
            raise click.UsageError(f"period exports are {', '.join(PERIOD_FORMATS)}")
        start, end = _instant(since, "--since"), _instant(until, "--until")
        total = service.count_events(start, end)
        period_fmt = cast(PeriodFormat, fmt)
        bar: Any = click.progressbar(length=total, label="exporting consent events",
                                     file=sys.stderr)
        with bar, output.open("wb") as fh:
            counted = _Counted(service.iter_events(start, end), bar)
            digest, size = write_chunks(period_chunks(counted, period_fmt), fh)
        count = counted.count
        scope = {k: v for k, v in (("since", since), ("until", until)) if v}
    manifest = build_manifest([(output.name, digest, size)], scope=scope, records=count, fmt=fmt)
    manifest_path = output.with_name(output.name + ".manifest.json")
    manifest_path.write_text(service.sign_manifest(manifest), encoding="utf-8")
    click.echo(f"wrote {count} records to {output} (sha256 {digest}); manifest {manifest_path}")


class _Counted:
    """Counts records as they stream by and moves the progress bar every thousand."""

    def __init__(self, records: Iterator[EventRecord], bar: Any) -> None:
        self.records, self.bar, self.count = records, bar, 0

    def __iter__(self) -> Iterator[EventRecord]:
        for record in self.records:
            self.count += 1
            if self.count % 1000 == 0:
                self.bar.update(1000)
            yield record
        self.bar.update(self.count % 1000)


def _instant(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        return parse_instant(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=option) from None


@consent_group.command("ropa")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@pass_cli
def ropa(cli: CliContext, output: Path | None) -> None:
    """Print the GDPR Article 30 record-of-processing fragment (JSON, DPV terms)."""
    text = json.dumps(build_service(cli).ropa(), ensure_ascii=False, indent=2,
                      sort_keys=True) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@consent_group.command("public-key")
@pass_cli
def public_key(cli: CliContext) -> None:
    """Print the receipt signing public key (PEM) for offline verification."""
    from consent import public_pem

    try:
        click.echo(public_pem(cli.keys.signing_key("receipt")).decode("ascii"), nl=False)
    except GovernanceError as exc:
        raise click.ClickException(str(exc)) from None


@click.group("dsr")
def dsr() -> None:
    """Data-subject requests and their one-month deadline (GDPR Art. 12(3))."""


@dsr.command("request")
@click.option("--subject", required=True)
@click.option("--kind", type=click.Choice(get_args(RequestKind)), required=True)
@click.option("--purpose", help="The purpose objected to (required for objection).")
@pass_cli
def dsr_request(cli: CliContext, subject: str, kind: str, purpose: str | None) -> None:
    """Register a request received from a subject."""
    service = build_service(cli)
    try:
        request = service.open_request(_pseudonymise(cli, subject), cast(RequestKind, kind),
                                       purpose)
    except ConsentError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{request.request_id} {request.kind} {request.status} due "
               f"{request.due_at.date().isoformat()}")


@dsr.command("list")
@click.option("--overdue", is_flag=True, help="Only open requests past their deadline.")
@pass_cli
def dsr_list(cli: CliContext, overdue: bool) -> None:
    """List requests, oldest first."""
    service = build_service(cli)
    now = service.now()
    for r in service.requests(overdue=overdue):
        late = " OVERDUE" if r.overdue(now) else ""
        click.echo(f"{r.request_id} {r.kind:<13} {r.status:<6} received "
                   f"{r.received_at.date().isoformat()} due {r.due_at.date().isoformat()}"
                   f"{late}")


@dsr.command("close")
@click.argument("request_id")
@pass_cli
def dsr_close(cli: CliContext, request_id: str) -> None:
    """Mark a request as answered."""
    try:
        closed = build_service(cli).close_request(request_id)
    except ConsentError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{closed.request_id} closed")


COMMANDS: list[click.Command] = [consent_group, dsr]
