"""Core commands: check-config, keys init, token."""

from __future__ import annotations

from pathlib import Path

import click

from governance.cli._context import CliContext, pass_cli
from governance.errors import GovernanceError
from governance.policy import Policy
from governance.tokens import issue_token


@click.command("check-config")
@click.argument("file", required=False, type=click.Path(path_type=Path))
@pass_cli
def check_config(cli: CliContext, file: Path | None) -> None:
    """Validate a policy file (default: the current policy)."""
    path = file or cli.policy_path
    try:
        policy = Policy.from_file(path)
    except GovernanceError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{path}: ok ({len(policy.routes)} routes, version {policy.version})")


@click.group()
def keys() -> None:
    """Manage the key store."""


@keys.command("init")
@pass_cli
def keys_init(cli: CliContext) -> None:
    """Generate every missing key (existing keys are kept)."""
    created = cli.keys.init()
    where = cli.keys.directory
    if created:
        click.echo(f"created {', '.join(created)} in {where} (owner-only)")
    else:
        click.echo(f"all keys already present in {where}")


@click.command("token")
@click.option("--subject", required=True, help="The subject (user id) the token is for.")
@click.option("--ttl", default=3600 * 8, show_default=True, help="Lifetime in seconds.")
@pass_cli
def token(cli: CliContext, subject: str, ttl: int) -> None:
    """Print a bearer JWT (HS256, signed with the key store's token secret)."""
    try:
        click.echo(issue_token(cli.policy, cli.keys, subject, ttl=ttl))
    except GovernanceError as exc:
        raise click.ClickException(str(exc)) from None


COMMANDS: list[click.Command] = [check_config, keys, token]
