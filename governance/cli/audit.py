"""``governance audit``: verify the tamper-evident log, prove entries, export, checkpoints.

The log is named by ``audit.origin_for(policy.service.name)`` (e.g. ``ai-assistant/audit``);
keys come from the key store: ``audit`` (Ed25519, checkpoints) and ``audit-details``.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from audit import (
    AuditError,
    AuditLog,
    Checkpoint,
    Checkpointer,
    FileSink,
    TlogProof,
    Verifier,
    create_schema,
    from_bytes,
    iter_entries,
    origin_for,
    prove_entry,
    read_checkpoints,
    verify_log,
    write_export,
)
from audit.entries import to_json
from audit.export import ExportFormat
from audit.note import open_checkpoint
from governance.cli._context import CliContext, pass_cli
from governance.errors import GovernanceError


def _log(cli: CliContext) -> AuditLog:
    try:
        key = cli.keys.signing_key("audit")
        secret = cli.keys.secret("audit-details")
    except GovernanceError as exc:
        raise click.ClickException(str(exc)) from None
    engine = cli.engine
    create_schema(engine)
    return AuditLog(engine, origin=origin_for(cli.policy.service.name), signing_key=key,
                    details_secret=secret)


def _when(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date or time") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@click.group("audit")
def audit() -> None:
    """Verify and export the tamper-evident audit log."""


@audit.command("verify")
@click.option("--against", "against", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="Signed checkpoint(s) saved earlier, outside the database.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--previous-key", "previous", multiple=True,
              help="Verifier key of an earlier (rotated) audit key; repeatable.")
@pass_cli
def verify(cli: CliContext, against: Path | None, as_json: bool,
           previous: tuple[str, ...]) -> None:
    """Recompute every leaf and root, check checkpoints; exit 1 on any problem."""
    log = _log(cli)
    saved: list[Checkpoint] = []
    try:
        verifiers = [log.verifier, *(Verifier.parse(v) for v in previous)]
        if against is not None:
            saved = [open_checkpoint(c.note, verifiers, origin=log.origin)
                     for c in read_checkpoints(against.read_text(encoding="utf-8"))]
    except AuditError as exc:
        raise click.ClickException(f"{against or 'previous key'}: {exc}") from None
    with click.progressbar(length=log.size(), label="verifying", file=sys.stderr) as bar:
        report = verify_log(log.engine, log.origin, verifiers, against=saved,
                            progress=bar.update)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        click.echo(("ok: " if report.ok else "FAILED: ") + report.message)
    sys.exit(0 if report.ok else 1)


@audit.command("prove")
@click.option("--entry", "index", type=click.IntRange(min=0), required=True,
              help="Index of the entry to prove.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the .tlog-proof (default: audit-INDEX.tlog-proof).")
@pass_cli
def prove(cli: CliContext, index: int, output: Path | None) -> None:
    """Write a C2SP tlog-proof@v1 file for one entry, checkable offline."""
    log = _log(cli)
    try:
        proof = prove_entry(log, index)
    except AuditError as exc:
        raise click.ClickException(str(exc)) from None
    path = output or Path(f"audit-{index}.tlog-proof")
    path.write_text(proof.encode(), encoding="utf-8")
    click.echo(f"wrote {path} (entry {index}, {len(proof.proof)} proof hashes)")


@audit.command("verify-proof")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--key", "vkey", required=True,
              help="Verifier key <name>+<id>+<key> (`audit public-key`) or a file with it.")
def verify_proof(file: Path, vkey: str) -> None:
    """Check a .tlog-proof offline with only the log's verifier key."""
    try:
        if Path(vkey).is_file():
            vkey = Path(vkey).read_text(encoding="utf-8")
        verifier = Verifier.parse(vkey)
        proof = TlogProof.decode(file.read_text(encoding="utf-8"))
        checkpoint = proof.verify(verifier)
        entry = to_json(from_bytes(proof.extra))
    except AuditError as exc:
        click.echo(f"FAILED: {exc}", err=True)
        sys.exit(1)
    click.echo(f"ok: entry {proof.index} is in {checkpoint.origin} at size {checkpoint.size}")
    click.echo(json.dumps(entry, indent=2, ensure_ascii=False))


@audit.command("public-key")
@pass_cli
def public_key(cli: CliContext) -> None:
    """Print the signed-note verifier key of the checkpoints."""
    click.echo(str(_log(cli).verifier))


@audit.command("checkpoint")
@click.option("--export", "export_to", type=click.Path(dir_okay=False, path_type=Path),
              help="Also append the signed checkpoint to this file.")
@pass_cli
def checkpoint(cli: CliContext, export_to: Path | None) -> None:
    """Sign a checkpoint of the current tree now and print it."""
    sinks = [FileSink(export_to)] if export_to else []
    try:
        signed = Checkpointer(_log(cli), sinks=sinks).checkpoint()
    except AuditError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(signed.note, nl=False)


@audit.command("export")
@click.option("--since", help="ISO 8601 start (inclusive, UTC if no offset).")
@click.option("--until", help="ISO 8601 end (exclusive).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@pass_cli
def export(cli: CliContext, since: str | None, until: str | None, fmt: str,
           output: Path | None) -> None:
    """Stream entries of a period as JSON Lines or CSV."""
    log = _log(cli)
    rows = iter_entries(log.engine, log.origin, since=_when(since), until=_when(until))
    kind: ExportFormat = "csv" if fmt == "csv" else "jsonl"
    if output is None:
        count = write_export(rows, sys.stdout, kind)
    else:
        with output.open("w", encoding="utf-8", newline="") as fh:
            count = write_export(rows, fh, kind)
    click.echo(f"exported {count} entries", err=True)


COMMANDS: list[click.Command] = [audit]
