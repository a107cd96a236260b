"""Core commands: check-config, keys init, token."""

from __future__ import annotations

import time
from pathlib import Path

import click

from governance.cli._context import CliContext, pass_cli
from governance.errors import GovernanceError
from governance.policy import Policy


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
    import jwt

    policy = cli.policy
    if "HS256" not in policy.identity.algorithms:
        raise click.ClickException("identity.algorithms does not include HS256; "
                                   "issue tokens with your identity provider")
    now = int(time.time())
    claims: dict[str, object] = {"sub": subject, "iat": now, "exp": now + ttl}
    if policy.identity.issuer:
        claims["iss"] = policy.identity.issuer
    if policy.identity.audience:
        claims["aud"] = policy.identity.audience
    try:
        secret = cli.keys.secret("token")
    except GovernanceError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(jwt.encode(claims, secret, algorithm="HS256"))


COMMANDS: list[click.Command] = [check_config, keys, token]
