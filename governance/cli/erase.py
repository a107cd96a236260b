"""``governance dsr erase --subject S``: erasure across the vault, the audit details and caches."""

from __future__ import annotations

import json

import click

from governance.cli._context import CliContext, pass_cli
from governance.cli.consent import dsr
from governance.errors import GovernanceError


@dsr.command("erase")
@click.option("--subject", required=True, help="The subject's id (pseudonymised for the query).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_cli
def erase(cli: CliContext, subject: str, yes: bool) -> None:
    """Erase a subject: vault mappings and audit details destroyed; the log still verifies."""
    from governance.erasure import erase_subject

    if not yes:
        click.confirm("Erase this subject's personal data? This cannot be undone", abort=True)
    try:
        report = erase_subject(cli.policy, cli.keys, cli.engine, subject)
    except GovernanceError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(report.as_json()))


COMMANDS: list[click.Command] = []  # ``erase`` joins the ``dsr`` group registered by consent
