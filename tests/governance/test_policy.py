"""The policy file: validated on load, errors name the key, the value and what is expected."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from governance import Policy
from governance.cli import main
from governance.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_policy_is_valid() -> None:
    policy = Policy.from_file(ROOT / "governance.toml")
    assert policy.rule_for("/v1/chat/completions", "POST") is not None
    assert policy.rule_for("/v1/chat/completions", "GET") is None
    assert policy.database_url == f"sqlite:///{ROOT / 'var' / 'governance.db'}"


@pytest.mark.parametrize(("toml", "message"), [
    ('[limits]\nmax_body_bytes = "big"',
     "limits.max_body_bytes = 'big': Input should be a valid integer"),
    ("[limits]\nmax_body_bytes = -1", "limits.max_body_bytes = -1: Input should be greater than 0"),
    ('[[routes]]\npath = "/x"\nformat = "soap"',
     "routes.0.format = 'soap': Input should be 'openai-chat', 'openai-responses', "
     "'anthropic-messages' or 'generic'"),
    ('[[routes]]\npath = "/x"\nformat = "generic"',
     "routes.0: format 'generic' needs a [routes.generic] table"),
    ('[[routes]]\npath = "/x"\nsteps = ["consent", "magic"]', "routes.0.steps.1 = 'magic'"),
    ('[service]\napi_prefix = "governance/"', "service.api_prefix = 'governance/': must start"),
    ("[service]\nunknown = 1", "service.unknown = 1: Extra inputs are not permitted"),
    ('[identity]\nalgorithms = ["RS256"]', "identity: algorithms ['RS256'] need identity."
                                            "public_key_file"),
    ("[limits\n", "not valid TOML"),
])
def test_bad_files_fail_with_a_precise_message(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "governance.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as info:
        Policy.from_file(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        Policy.from_file(tmp_path / "nope.toml")


def test_check_config_reports_ok_and_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["check-config", str(ROOT / "governance.toml")])
    assert ok.exit_code == 0, ok.output
    assert "ok" in ok.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[limits]\nmax_body_bytes = 0\n")
    failed = runner.invoke(main, ["check-config", str(bad)])
    assert failed.exit_code == 1
    assert "limits.max_body_bytes = 0" in failed.output


def test_commands_find_the_policy_from_option_then_environment_then_cwd(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    (tmp_path / "governance.toml").write_text('[service]\nname = "cwd"\n')
    env_file = tmp_path / "env.toml"
    env_file.write_text("[limits\n")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(main, ["check-config"]).exit_code == 0
    monkeypatch.setenv("GOVERNANCE_POLICY", str(env_file))
    assert "not valid TOML" in runner.invoke(main, ["check-config"]).output
    assert runner.invoke(main, ["--policy", str(tmp_path / "governance.toml"),
                                "check-config"]).exit_code == 0


def test_keys_init_creates_owner_only_files_and_token_uses_them(tmp_path: Path) -> None:
    import jwt

    policy = tmp_path / "governance.toml"
    policy.write_text('[storage]\nkeys_dir = "k"\n[identity]\nissuer = "i"\naudience = "a"\n')
    runner = CliRunner()
    first = runner.invoke(main, ["--policy", str(policy), "keys", "init"])
    assert first.exit_code == 0, first.output
    assert (tmp_path / "k").stat().st_mode & 0o777 == 0o700
    for key_file in (tmp_path / "k").iterdir():
        assert key_file.stat().st_mode & 0o777 == 0o600
    again = runner.invoke(main, ["--policy", str(policy), "keys", "init"])
    assert "already present" in again.output
    out = runner.invoke(main, ["--policy", str(policy), "token", "--subject", "bob"])
    secret = __import__("base64").b64decode((tmp_path / "k" / "token.key").read_bytes())
    claims = jwt.decode(out.output.strip(), secret, algorithms=["HS256"], audience="a",
                        issuer="i")
    assert claims["sub"] == "bob"


def test_token_without_keys_says_how_to_make_them(tmp_path: Path) -> None:
    policy = tmp_path / "governance.toml"
    policy.write_text('[storage]\nkeys_dir = "k"\n')
    out = CliRunner().invoke(main, ["--policy", str(policy), "token", "--subject", "bob"])
    assert out.exit_code == 1
    assert "governance keys init" in out.output


@pytest.mark.parametrize("upstream", [
    "ftp://llm.internal", "https://user:sk-canary-77@llm.internal", "http://llm.internal/v1?key=sk-canary-77",
])
def test_serve_refuses_an_upstream_it_could_not_honour_without_echoing_it(
        tmp_path: Path, upstream: str) -> None:
    policy = tmp_path / "governance.toml"
    policy.write_text('[storage]\nkeys_dir = "k"\n')
    assert CliRunner().invoke(main, ["--policy", str(policy), "keys", "init"]).exit_code == 0
    out = CliRunner().invoke(main, ["--policy", str(policy), "serve", "--upstream", upstream])
    assert out.exit_code == 1
    assert "--upstream: the upstream URL" in out.output
    assert "sk-canary-77" not in out.output
