"""The ``governance`` command.

Every command finds the policy from ``--policy FILE``, else ``GOVERNANCE_POLICY``, else
``./governance.toml``. Command groups live in sibling modules, one per area.
"""

from __future__ import annotations

from pathlib import Path

import click

from governance.cli._context import CliContext


@click.group()
@click.option("--policy", "policy_path", envvar="GOVERNANCE_POLICY", default="governance.toml",
              show_default=True, type=click.Path(path_type=Path),
              help="Policy file (env: GOVERNANCE_POLICY).")
@click.pass_context
def main(ctx: click.Context, policy_path: Path) -> None:
    """Consent and transparency governance for AI assistants."""
    ctx.obj = CliContext(policy_path=policy_path)


# Each module lists its click commands in ``COMMANDS``; add a module here to register it.
MODULES = ("core", "audit", "consent", "erase", "oversight", "users")


def _register() -> None:
    import importlib

    for name in MODULES:
        module = importlib.import_module(f"governance.cli.{name}")
        for command in module.COMMANDS:
            main.add_command(command)


_register()
