"""What every CLI command shares: the policy path and lazily built runtime objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import click
from sqlalchemy import Engine

from governance.errors import GovernanceError
from governance.keys import KeyStore
from governance.policy import Policy


@dataclass
class CliContext:
    policy_path: Path
    _engine: Engine | None = field(default=None, init=False)

    @cached_property
    def policy(self) -> Policy:
        try:
            return Policy.from_file(self.policy_path)
        except GovernanceError as exc:
            raise click.ClickException(str(exc)) from None

    @cached_property
    def keys(self) -> KeyStore:
        return KeyStore(self.policy.resolve(self.policy.storage.keys_dir))

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from governance.storage import create_engine

            self._engine = create_engine(self.policy.database_url)
        return self._engine


pass_cli = click.make_pass_decorator(CliContext)
