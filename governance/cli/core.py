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
@click.option("--role", type=click.Choice(["dpo", "admin"]), default=None,
              help="A role claim for the governance API's DPO endpoints.")
@pass_cli
def token(cli: CliContext, subject: str, ttl: int, role: str | None) -> None:
    """Print a bearer JWT (HS256, signed with the key store's token secret)."""
    try:
        click.echo(issue_token(cli.policy, cli.keys, subject, ttl=ttl, role=role))
    except GovernanceError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("serve")
@click.option("--upstream", help="URL of the AI service to govern (default: proxy.upstream).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes; several need a shared PostgreSQL storage.url.")
@pass_cli
def serve(cli: CliContext, upstream: str | None, host: str, port: int, workers: int) -> None:
    """Run the governance reverse proxy in front of an AI service."""
    import os

    import uvicorn

    from governance.logs import configure_logging

    policy = cli.policy
    target = upstream or policy.proxy.upstream
    if not target:
        raise click.ClickException("no upstream: pass --upstream URL or set proxy.upstream")
    from governance.upstream import UpstreamClient

    try:
        UpstreamClient(target)  # refuses what it could not honour, before any worker starts
    except ValueError as exc:
        raise click.ClickException(f"--upstream: {exc}") from None
    if not cli.keys.exists():
        raise click.ClickException(
            f"no keys in {cli.keys.directory}; run `governance keys init` first")
    if workers > 1 and policy.database_url.startswith("sqlite"):
        click.echo("warning: several workers share state through storage.url; SQLite works on "
                   "one host only, use PostgreSQL for several hosts", err=True)
    os.environ["GOVERNANCE_POLICY"] = str(cli.policy_path.resolve())
    os.environ["GOVERNANCE_UPSTREAM"] = target
    configure_logging(policy.logging.format, policy.logging.level)
    click.echo(f"governing {target} on http://{host}:{port} with {workers} worker(s)", err=True)
    # Workers load the Presidio models at startup (seconds, holding the GIL): give the
    # supervisor's health check room, or a busy machine restarts them in a loop.
    uvicorn.run("governance.proxy:create_proxy_app", factory=True, host=host, port=port,
                workers=workers, log_level="warning", timeout_worker_healthcheck=120)


COMMANDS: list[click.Command] = [check_config, keys, token, serve]
