"""`governance users ...` and `governance tokens ...`: accounts for the console, tokens shown
once and hashed at rest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from click.testing import CliRunner, Result

from governance.cli import main
from governance.console import Accounts
from governance.storage import create_engine

POLICY = """
[service]
name = "AI assistant"
[storage]
url = "sqlite:///var/governance.db"
keys_dir = "var/keys"
"""
PASSWORD = "a-long-enough-password"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "governance.toml").write_text(POLICY)
    return tmp_path


def _run(project: Path, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["--policy", str(project / "governance.toml"), *args],
                              input=stdin)


def _accounts(project: Path) -> Accounts:
    """Accounts on the CLI's database; a cheap hasher for the users the test adds itself."""
    return Accounts(create_engine(f"sqlite:///{project / 'var' / 'governance.db'}"),
                    hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def test_users_add_list_unlock_remove(project: Path) -> None:
    added = _run(project, "users", "add", "carla", "--role", "compliance", "--password-stdin",
                 stdin=PASSWORD + "\n")
    assert added.exit_code == 0, added.output
    prompted = _run(project, "users", "add", "dan", "--role", "dpo",
                    stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert prompted.exit_code == 0, prompted.output
    assert PASSWORD not in prompted.output
    listed = _run(project, "users", "list")
    assert listed.output.splitlines() == ["carla\tcompliance\tactive", "dan\tdpo\tactive"]
    accounts = _accounts(project)
    assert accounts.login("carla", PASSWORD)[0] == "ok"  # the CLI's argon2 hash
    accounts.add_user("erin", "admin", PASSWORD)
    for _ in range(10):
        accounts.login("erin", "wrong-wrong-wrong")
    assert "erin\tadmin\tlocked" in _run(project, "users", "list").output
    assert _run(project, "users", "unlock", "erin").exit_code == 0
    assert accounts.login("erin", PASSWORD)[0] == "ok"
    assert _run(project, "users", "remove", "dan").exit_code == 0
    assert _run(project, "users", "remove", "dan").exit_code == 1
    accounts.engine.dispose()


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["users", "add", "x", "--role", "root", "--password-stdin"], PASSWORD, "Invalid value"),
    (["users", "add", "x", "--role", "dpo", "--password-stdin"], "short\n", "12 characters"),
    (["users", "unlock", "ghost"], None, "no such user"),
    (["tokens", "revoke", "nope"], None, "no such token"),
])
def test_bad_user_commands_fail_with_a_message(project: Path, args: list[str],
                                               stdin: str | None, message: str) -> None:
    result = _run(project, *args, stdin=stdin)
    assert result.exit_code != 0
    assert message in result.output


def test_a_token_is_printed_once_and_works_until_revoked(project: Path) -> None:
    created = _run(project, "tokens", "create", "--name", "nightly", "--role", "compliance",
                   "--expires-in", "7")
    assert created.exit_code == 0, created.output
    secret = created.stdout.strip().splitlines()[-1]
    assert secret.startswith("gct_")
    accounts = _accounts(project)
    token = accounts.check_token(secret)
    assert token is not None
    assert token.role == "compliance"
    assert _run(project, "tokens", "revoke", token.token_id).exit_code == 0
    assert accounts.check_token(secret) is None
    accounts.engine.dispose()
