"""``governance killswitch`` and ``governance disclosure``: operator oversight commands.

``killswitch on|off`` appends a flip to the shared database; every running instance sees it
within ``killswitch.refresh_seconds``. ``disclosure show`` prints what users are told.
"""

from __future__ import annotations

import getpass
import json
import time
from typing import Any

import click

from governance.cli._context import CliContext, pass_cli
from governance.oversight import (
    DisclosureSettings,
    KillSwitch,
    KillSwitchSettings,
    ai_disclosure_header,
    ai_disclosure_object,
    first_turn_notice,
    link_header,
)


def _settings(cli: CliContext, name: str, default: Any) -> Any:
    """A policy section (``disclosure``, ``killswitch``), or its defaults when absent."""
    return getattr(cli.policy, name, None) or default


def _killswitch(cli: CliContext) -> KillSwitch:
    settings: KillSwitchSettings = _settings(cli, "killswitch", KillSwitchSettings())
    from audit import AuditLog, create_schema, origin_for
    from governance.audit_step import killswitch_hook

    create_schema(cli.engine)
    log = AuditLog(cli.engine, origin=origin_for(cli.policy.service.name),
                   signing_key=cli.keys.signing_key("audit"))
    switch = KillSwitch(cli.engine, refresh_seconds=settings.refresh_seconds,
                        on_change=killswitch_hook(log))
    switch.create_schema()
    return switch


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


@click.command("killswitch")
@click.argument("action", type=click.Choice(["on", "off", "status"]))
@click.option("--route", "route", default=None, metavar="PATH",
              help="A route path (glob allowed); default: every route.")
@click.option("--reason", default="", help="Why (recorded with the flip).")
@click.option("--actor", default=None, help="Who flips it (default: cli:<login name>).")
@pass_cli
def killswitch(cli: CliContext, action: str, route: str | None, reason: str,
               actor: str | None) -> None:
    """Stop (on) or resume (off) AI answers for a route or everywhere; or show the state."""
    switch = _killswitch(cli)
    if action == "status":
        state = switch.state()
        if not state:
            click.echo("AI answers: running everywhere (the switch was never used)")
            return
        for scope, event in sorted(state.items()):
            when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(event.at))
            label = "STOPPED" if event.on else "running"
            click.echo(f"{scope}: {label} since {when} by {event.actor}"
                       + (f" ({event.reason})" if event.reason else ""))
        return
    scope = route or "global"
    if scope != "global" and not scope.startswith("/"):
        raise click.BadParameter("must start with '/'", param_hint="--route")
    event = switch.set(scope, action == "on", actor or _actor(), reason)
    settings: KillSwitchSettings = _settings(cli, "killswitch", KillSwitchSettings())
    verb = "stopped" if event.on else "resumed"
    click.echo(f"AI answers {verb} for {scope}; every instance follows within "
               f"{settings.refresh_seconds:g} s")


@click.group("disclosure")
def disclosure() -> None:
    """What users are told about the AI assistant."""


@disclosure.command("show")
@click.option("--lang", type=click.Choice(["en", "fr"]), default=None,
              help="Language (default: the service's default language).")
@pass_cli
def show(cli: CliContext, lang: str | None) -> None:
    """Print the first-turn notice, the headers and the JSON object users get."""
    settings: DisclosureSettings = _settings(cli, "disclosure", DisclosureSettings())
    chosen = lang or cli.policy.service.default_language
    click.echo(first_turn_notice(settings, chosen))
    click.echo("")
    click.echo(f"AI-Disclosure: {ai_disclosure_header(settings, date=int(time.time()))}")
    click.echo(f"Link: {link_header(settings)}")
    click.echo(json.dumps({"ai_disclosure": ai_disclosure_object(settings, chosen)},
                          ensure_ascii=False, indent=2))


COMMANDS: list[click.Command] = [killswitch, disclosure]
