"""The config file: defaults, validation, one-line errors, environment overrides."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.adapters.config import load_settings
from assistant.adapters.settings import is_loopback
from assistant.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent

MINIMAL = """
[accounts.personal]
email = "alex@example.com"

[accounts.personal.imap]
host = "imap.example.com"

[accounts.personal.smtp]
host = "smtp.example.com"
"""


def write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, text: str, env: dict[str, str] | None = None):
    return load_settings(write(tmp_path, text), environ=env or {})


def error_of(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> str:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text, env)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_minimal_config_gets_the_documented_defaults(tmp_path: Path) -> None:
    settings = load(tmp_path, MINIMAL)
    account = settings.default_account()
    assert account.name == "personal"
    assert (account.imap.port, account.imap.tls, account.imap.folders) == (993, "tls", ["INBOX"])
    assert account.imap.login == "alex@example.com"
    assert account.imap.auth == "password"
    assert account.smtp is not None
    assert (account.smtp.port, account.smtp.save_sent) == (465, "auto")
    assert (account.smtp.daily_cap, account.smtp.min_spacing_seconds) == (20, 60)
    assert settings.policy.follow_up_after_days == 7
    assert settings.policy.max_follow_ups == 1
    assert settings.policy.timezone == "UTC"
    assert settings.policy.working_hours == (9, 17)
    assert settings.policy.calls is False
    assert (settings.notify.desktop, settings.notify.digest_email) == (True, False)
    assert settings.scan.since_days == 90
    assert settings.source == tmp_path / "config.toml"


@pytest.mark.parametrize(
    ("section", "tls", "port"),
    [("imap", "starttls", 143), ("imap", "tls", 993), ("smtp", "starttls", 587)],
)
def test_port_default_follows_tls(tmp_path: Path, section: str, tls: str, port: int) -> None:
    text = MINIMAL.replace(
        f'[accounts.personal.{section}]\nhost = "{section}.example.com"',
        f'[accounts.personal.{section}]\nhost = "{section}.example.com"\ntls = "{tls}"',
    )
    account = load(tmp_path, text).default_account()
    server = account.imap if section == "imap" else account.smtp
    assert server is not None
    assert server.port == port


def test_explicit_port_and_login_are_kept(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        'host = "imap.example.com"', 'host = "imap.example.com"\nport = 1993\nlogin = "alex"'
    )
    imap = load(tmp_path, text).default_account().imap
    assert (imap.port, imap.login) == (1993, "alex")


def test_wrong_type_is_one_line_naming_file_key_and_value(tmp_path: Path) -> None:
    text = MINIMAL.replace('host = "imap.example.com"', 'host = "imap.example.com"\nport = "abc"')
    message = error_of(tmp_path, text)
    assert message == (
        f"{tmp_path / 'config.toml'}: accounts.personal.imap.port: "
        "Input should be a valid integer (got 'abc')"
    )


def test_unknown_key_names_key_file_and_a_suggestion(tmp_path: Path) -> None:
    text = MINIMAL.replace('host = "smtp.example.com"', 'host = "smtp.example.com"\nprot = 25')
    message = error_of(tmp_path, text)
    assert str(tmp_path / "config.toml") in message
    assert "unknown key accounts.personal.smtp.prot" in message
    assert "'port'" in message


def test_unknown_section_is_an_error(tmp_path: Path) -> None:
    message = error_of(tmp_path, MINIMAL + "\n[polcy]\ncalls = true\n")
    assert "unknown key polcy" in message
    assert "'policy'" in message


def test_missing_required_key(tmp_path: Path) -> None:
    message = error_of(tmp_path, MINIMAL.replace('email = "alex@example.com"', ""))
    assert "accounts.personal.email: missing" in message


def test_several_problems_are_counted_on_one_line(tmp_path: Path) -> None:
    text = MINIMAL + '\n[policy]\nfollow_up_after_days = "x"\nmax_follow_ups = "y"\n'
    message = error_of(tmp_path, text)
    assert "policy.follow_up_after_days" in message
    assert "and 1 more problem" in message


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "localhost", "LOCALHOST."])
def test_loopback_addresses(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["imap.example.com", "10.0.0.1", "128.0.0.1", "localhost.evil"])
def test_non_loopback_addresses(host: str) -> None:
    assert not is_loopback(host)


def test_tls_none_refused_for_a_remote_host(tmp_path: Path) -> None:
    text = MINIMAL.replace('host = "imap.example.com"', 'host = "imap.example.com"\ntls = "none"')
    message = error_of(tmp_path, text)
    assert "accounts.personal.imap" in message
    assert "loopback" in message
    assert "imap.example.com" in message


def test_tls_none_allowed_on_loopback_with_plain_port(tmp_path: Path) -> None:
    text = MINIMAL.replace('host = "imap.example.com"', 'host = "127.0.0.1"\ntls = "none"')
    imap = load(tmp_path, text).default_account().imap
    assert (imap.tls, imap.port) == ("none", 143)


def test_invalid_tls_mode_is_reported_as_such(tmp_path: Path) -> None:
    text = MINIMAL.replace('host = "imap.example.com"', 'host = "imap.example.com"\ntls = "ssl"')
    message = error_of(tmp_path, text)
    assert "accounts.personal.imap.tls" in message
    assert "'ssl'" in message


def test_oauth2_needs_token_command(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        'host = "imap.example.com"', 'host = "imap.example.com"\nauth = "oauth2"'
    )
    assert "token_command" in error_of(tmp_path, text)
    ok = text.replace('auth = "oauth2"', 'auth = "oauth2"\ntoken_command = "oama access alex"')
    assert load(tmp_path, ok).default_account().imap.token_command == "oama access alex"


def test_ca_file_must_exist_and_is_relative_to_the_config(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        'host = "imap.example.com"', 'host = "imap.example.com"\nca_file = "certs/server.pem"'
    )
    assert "file not found" in error_of(tmp_path, text)
    (tmp_path / "certs").mkdir()
    (tmp_path / "certs" / "server.pem").write_text("pem", encoding="utf-8")
    imap = load(tmp_path, text).default_account().imap
    assert imap.ca_file == tmp_path / "certs" / "server.pem"


@pytest.mark.parametrize("key", ["password", "secret", "token", "app_password", "Password"])
def test_secret_keys_are_refused_without_echoing_the_value(tmp_path: Path, key: str) -> None:
    text = MINIMAL.replace(
        'host = "imap.example.com"', f'host = "imap.example.com"\n{key} = "hunter2-value"'
    )
    message = error_of(tmp_path, text)
    assert f"accounts.personal.imap.{key}" in message
    assert "password_command" in message
    assert "keyring" in message
    assert "hunter2-value" not in message


def test_bad_time_zone_and_working_hours(tmp_path: Path) -> None:
    assert "Mars/Olympus" in error_of(tmp_path, MINIMAL + '[policy]\ntimezone = "Mars/Olympus"\n')
    message = error_of(tmp_path, MINIMAL + "[policy]\nworking_hours = [17, 9]\n")
    assert "policy.working_hours" in message
    settings = load(tmp_path, MINIMAL + '[policy]\ntimezone = "Europe/Berlin"\n')
    assert settings.policy.zone.key == "Europe/Berlin"


def test_missing_file_points_to_init(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path / "nope.toml", environ={})
    assert "followup init" in str(caught.value)
    assert str(tmp_path / "nope.toml") in str(caught.value)


def test_malformed_toml_gives_line_and_column(tmp_path: Path) -> None:
    message = error_of(tmp_path, '[accounts.personal]\nemail = "a@b.c"\nport = = 3\n')
    assert "invalid TOML" in message
    assert "line 3" in message
    assert "column" in message


def test_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'[profile]\nname = "\xff"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_settings(path, environ={})


def test_environment_overrides_the_file_keeping_account_case(tmp_path: Path) -> None:
    text = MINIMAL.replace("accounts.personal", "accounts.Work")
    env = {
        "FOLLOWUP_ACCOUNTS__WORK__IMAP__PORT": "1143",
        "FOLLOWUP_ACCOUNTS__WORK__IMAP__FOLDERS": '["INBOX", "Jobs"]',
        "FOLLOWUP_POLICY__CALLS": "true",
        "FOLLOWUP_POLICY__WORKING_HOURS": "[8, 18]",
        "FOLLOWUP_HOME": "/somewhere",  # not a setting: ignored
        "FOLLOWUP_PASSWORD_WORK": "not-a-setting",
    }
    settings = load(tmp_path, text, env)
    assert list(settings.accounts) == ["Work"]
    imap = settings.account("Work").imap
    assert imap.port == 1143
    assert imap.folders == ["INBOX", "Jobs"]
    assert settings.policy.calls is True
    assert settings.policy.working_hours == (8, 18)


def test_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    message = error_of(tmp_path, MINIMAL, {"FOLLOWUP_SCAN__SINCE_DAYS": "soon"})
    assert message.startswith("environment FOLLOWUP_SCAN__SINCE_DAYS: scan.since_days")
    message = error_of(tmp_path, MINIMAL, {"FOLLOWUP_SCAN__SINCE_DAY": "3"})
    assert "unknown key scan.since_day" in message


def test_secret_in_environment_override_is_refused(tmp_path: Path) -> None:
    env = {"FOLLOWUP_ACCOUNTS__PERSONAL__IMAP__PASSWORD": "hunter2-value"}
    message = error_of(tmp_path, MINIMAL, env)
    assert "FOLLOWUP_ACCOUNTS__PERSONAL__IMAP__PASSWORD" in message
    assert "hunter2-value" not in message


def test_real_process_environment_is_used_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_SCAN__SINCE_DAYS", "12")
    assert load_settings(write(tmp_path, MINIMAL)).scan.since_days == 12
    assert os.environ["FOLLOWUP_SCAN__SINCE_DAYS"] == "12"


def test_default_account_rules(tmp_path: Path) -> None:
    two = MINIMAL + MINIMAL.replace("accounts.personal", "accounts.work")
    settings = load(tmp_path, two)
    with pytest.raises(ConfigError, match="none has default = true"):
        settings.default_account()
    assert settings.account("work").name == "work"
    assert settings.account_named("work")[0] == "work"
    with pytest.raises(ConfigError, match="no account named 'play'"):
        settings.account("play")
    chosen = load(tmp_path, two.replace("[accounts.work]", "[accounts.work]\ndefault = true"))
    assert chosen.default_account().name == "work"
    both = two.replace("[accounts.work]", "[accounts.work]\ndefault = true").replace(
        "[accounts.personal]", "[accounts.personal]\ndefault = true"
    )
    assert "more than one account" in error_of(tmp_path, both)


def test_no_account_is_allowed_until_one_is_needed(tmp_path: Path) -> None:
    settings = load(tmp_path, '[profile]\nname = "Alex"\n')
    assert settings.profile.name == "Alex"
    with pytest.raises(ConfigError, match="no account configured"):
        settings.default_account()


def test_the_shipped_example_config_loads(tmp_path: Path) -> None:
    """config.example.toml must stay valid (ca_file lines stay commented out)."""
    settings = load_settings(REPO / "config.example.toml", environ={})
    account = settings.default_account()
    assert account.email.endswith("@example.com")
    assert account.imap.port == 993
    assert account.smtp is not None
    assert settings.policy.follow_up_after_days == 7
