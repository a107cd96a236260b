"""``governance users`` and ``governance tokens``: console operators and API tokens.

Nobody can sign in to the console until an account is created here. Passwords come from a
hidden prompt (asked twice) or, for scripts, from standard input (``--password-stdin``), never
from the command line where ``ps`` and shell history would keep them. A token is printed once.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import click

from governance.cli._context import CliContext, pass_cli
from governance.console.accounts import ROLES, AccountError, Accounts
from governance.console.schema import create_console_schema


def _accounts(cli: CliContext) -> Accounts:
    create_console_schema(cli.engine)
    return Accounts(cli.engine)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    value: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return value


@click.group("users")
def users() -> None:
    """Manage console operators (compliance, dpo, admin)."""


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@pass_cli
def add(cli: CliContext, name: str, role: str, password_stdin: bool) -> None:
    """Create an operator NAME with a role; the password is asked for."""
    accounts = _accounts(cli)
    try:
        user = accounts.add_user(name, role, _password(password_stdin))
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"added {user.name} ({user.role})")


@users.command("list")
@pass_cli
def list_users(cli: CliContext) -> None:
    """List operators, their role and whether they are locked out."""
    accounts = _accounts(cli)
    now = accounts.clock()
    for user in accounts.list_users():
        locked = user.locked_until is not None and user.locked_until > now
        click.echo(f"{user.name}\t{user.role}\t{'locked' if locked else 'active'}")


@users.command("remove")
@click.argument("name")
@pass_cli
def remove(cli: CliContext, name: str) -> None:
    """Delete an operator; their sessions end at once."""
    if not _accounts(cli).remove_user(name):
        raise click.ClickException("no such user")
    click.echo(f"removed {name}")


@users.command("unlock")
@click.argument("name")
@pass_cli
def unlock(cli: CliContext, name: str) -> None:
    """Lift a lockout after too many wrong passwords."""
    if not _accounts(cli).unlock(name):
        raise click.ClickException("no such user")
    click.echo(f"unlocked {name}")


@click.group("tokens")
def tokens() -> None:
    """Manage API tokens for scripts (Authorization: Bearer)."""


@tokens.command("create")
@click.option("--name", required=True, help="What the token is for.")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--expires-in", "days", type=click.FloatRange(min=0, min_open=True), default=90,
              show_default=True, help="Days until the token expires.")
@pass_cli
def create(cli: CliContext, name: str, role: str, days: float) -> None:
    """Create a token and print it once: only its hash is kept."""
    try:
        token, secret = _accounts(cli).create_token(name, role, days)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    expires = datetime.fromtimestamp(token.expires_at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    click.echo(f"token {token.token_id} ({token.role}) expires {expires}", err=True)
    click.echo(secret)


@tokens.command("revoke")
@click.argument("token_id")
@pass_cli
def revoke(cli: CliContext, token_id: str) -> None:
    """Revoke a token by its id (the part after ``gct_`` and before the next ``_``)."""
    if not _accounts(cli).revoke_token(token_id):
        raise click.ClickException("no such token")
    click.echo(f"revoked {token_id}")


COMMANDS = [users, tokens]
