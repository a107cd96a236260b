"""``governance killswitch`` and ``governance disclosure show``."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from governance.cli import main
from governance.oversight import KillSwitch
from governance.storage import create_engine


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "governance.toml"
    path.write_text(f'[storage]\nurl = "sqlite:///{tmp_path / "gov.db"}"\n'
                    f'keys_dir = "{tmp_path / "keys"}"\n')
    assert CliRunner().invoke(main, ["--policy", str(path), "keys", "init"]).exit_code == 0
    return path


def _run(policy_file: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--policy", str(policy_file), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_killswitch_on_is_stored_where_running_instances_read_it(
        policy_file: Path, tmp_path: Path) -> None:
    assert "never used" in _run(policy_file, "killswitch", "status")
    out = _run(policy_file, "killswitch", "on", "--route", "/v1/messages",
               "--reason", "incident 7", "--actor", "ops:alice")
    assert "stopped for /v1/messages" in out
    engine = create_engine(f"sqlite:///{tmp_path / 'gov.db'}")
    instance = KillSwitch(engine)
    assert instance.is_on("/v1/messages")
    assert not instance.is_on("/v1/chat/completions")
    status = _run(policy_file, "killswitch", "status")
    assert "/v1/messages: STOPPED" in status
    exported = _run(policy_file, "audit", "export", "--format", "jsonl")
    flips = [line for line in exported.splitlines() if '"killswitch"' in line]
    assert len(flips) == 1
    assert '"scope":"/v1/messages"' in flips[0]
    assert "incident 7" not in exported
    assert "ops:alice" in status
    assert "incident 7" in status
    _run(policy_file, "killswitch", "off", "--route", "/v1/messages")
    assert not KillSwitch(engine).is_on("/v1/messages")
    engine.dispose()


def test_killswitch_without_route_stops_every_route(policy_file: Path, tmp_path: Path) -> None:
    assert "stopped for global" in _run(policy_file, "killswitch", "on")
    engine = create_engine(f"sqlite:///{tmp_path / 'gov.db'}")
    assert KillSwitch(engine).is_on("/anything")
    engine.dispose()


def test_killswitch_refuses_a_route_that_is_not_a_path(policy_file: Path) -> None:
    result = CliRunner().invoke(main, ["--policy", str(policy_file), "killswitch", "on",
                                       "--route", "v1/chat"])
    assert result.exit_code == 2
    assert "must start with '/'" in result.output


@pytest.mark.parametrize(("lang", "start"), [
    ("en", "You are chatting with an AI assistant"),
    ("fr", "Vous échangez avec un assistant d'intelligence artificielle"),
])
def test_disclosure_show_prints_notice_headers_and_json(
        policy_file: Path, lang: str, start: str) -> None:
    out = _run(policy_file, "disclosure", "show", "--lang", lang)
    assert out.startswith(start)
    assert "AI-Disclosure: mode=machine-generated, provider=" in out
    assert 'rel="privacy-policy"' in out
    assert f'"lang": "{lang}"' in out
