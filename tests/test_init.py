"""`followup init`: flags and prompts, atomic 0600 file, secret in the keyring only."""

from __future__ import annotations

import io
import stat
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from click.testing import CliRunner

from assistant.adapters.config import load_settings
from assistant.cli import main, main_group
from tests.servers import ImapAccount, SmtpServer

PASSWORD = "Init-pass-5150"


def run(
    args: list[str], capsys: pytest.CaptureFixture[str], stdin: str | None = None
) -> tuple[int, str, str]:
    if stdin is not None:
        import sys

        old, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        code = main(args)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        if stdin is not None:
            sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


def scripted(config: Path, *extra: str) -> list[str]:
    return [
        "--config",
        str(config),
        "init",
        "--email",
        "alex@example.org",
        "--name",
        "Alex Morgan",
        "--imap-host",
        "imap.example.org",
        "--smtp-host",
        "smtp.example.org",
        "--no-check",  # no server there: the login test has its own tests below
        *extra,
    ]


def test_scripted_init_writes_a_private_valid_file_and_stores_the_password(
    tmp_path: Path, memory_keyring: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "sub" / "config.toml"
    code, out, err = run(scripted(config, "--password-stdin"), capsys, stdin=PASSWORD + "\n")
    assert code == 0, err
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    text = config.read_text(encoding="utf-8")
    assert PASSWORD not in text
    assert memory_keyring.passwords == {("followup", "alex@example.org"): PASSWORD}
    settings = load_settings(config)
    account = settings.default_account()
    assert (account.name, account.email, account.display_name) == (
        "personal",
        "alex@example.org",
        "Alex Morgan",
    )
    assert (account.imap.host, account.imap.port, account.imap.tls) == (
        "imap.example.org",
        993,
        "tls",
    )
    assert account.smtp is not None and account.smtp.port == 465
    assert settings.profile.name == "Alex Morgan"
    assert f"followup --config {config} doctor" in out
    assert PASSWORD not in out + err
    assert [p.name for p in config.parent.iterdir()] == ["config.toml"]  # no temp file left


def test_existing_file_is_kept_unless_force(
    tmp_path: Path, memory_keyring: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("# mine\n", encoding="utf-8")
    code, out, err = run(scripted(config, "--password-command", "pass show mail"), capsys)
    assert code == 1
    assert err.strip() == f"followup: error: {config} already exists (use --force to overwrite it)"
    assert config.read_text(encoding="utf-8") == "# mine\n"
    code, _, err = run(scripted(config, "--password-command", "pass show mail", "--force"), capsys)
    assert code == 0, err
    assert load_settings(config).default_account().imap.password_command == "pass show mail"
    assert memory_keyring.passwords == {}  # a password command stores nothing


def test_unsafe_keyring_is_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    config = tmp_path / "config.toml"
    code, out, err = run(scripted(config, "--password-stdin"), capsys, stdin=PASSWORD + "\n")
    assert code == 1
    assert "cannot store the password" in err
    assert "--password-command" in err
    assert "gnome-keyring" in err
    assert len(err.strip().splitlines()) == 1
    assert not config.exists()
    assert list(tmp_path.iterdir()) == []


def test_invalid_answers_write_nothing_and_store_nothing(
    tmp_path: Path, memory_keyring: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    code, _, err = run(
        scripted(config, "--imap-tls", "none", "--password-stdin"), capsys, stdin=PASSWORD
    )
    assert code == 1
    assert "loopback" in err
    assert "accounts.personal.imap" in err
    assert not config.exists()
    assert memory_keyring.passwords == {}


def test_missing_values_without_prompts_are_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["--config", str(tmp_path / "c.toml"), "init", "--no-input"], capsys)
    assert code == 2
    assert "--email is required" in err


def test_oauth2_needs_no_password(
    tmp_path: Path, memory_keyring: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    code, out, err = run(
        scripted(config, "--auth", "oauth2", "--token-command", "oama access alex", "--no-input"),
        capsys,
    )
    assert code == 0, err
    imap = load_settings(config).default_account().imap
    assert (imap.auth, imap.token_command) == ("oauth2", "oama access alex")
    assert memory_keyring.passwords == {}
    assert "oama access alex" in out


@pytest.mark.parametrize(
    ("email", "imap", "smtp"),
    [
        ("a@gmail.com", ("imap.gmail.com", 993, "tls"), ("smtp.gmail.com", 465, "tls")),
        ("a@icloud.com", ("imap.mail.me.com", 993, "tls"), ("smtp.mail.me.com", 587, "starttls")),
        ("a@proton.me", ("127.0.0.1", 1143, "starttls"), ("127.0.0.1", 1025, "starttls")),
        ("a@mydomain.dev", ("imap.mydomain.dev", 993, "tls"), ("smtp.mydomain.dev", 465, "tls")),
    ],
)
def test_interactive_prompts_guess_the_provider(
    tmp_path: Path,
    memory_keyring: Any,
    email: str,
    imap: tuple[str, int, str],
    smtp: tuple[str, int, str],
) -> None:
    config = tmp_path / "config.toml"
    # email, name, login, IMAP server, TLS, port, SMTP server, TLS, port (defaults), password
    answers = f"{email}\nAlex Morgan\n" + "\n" * 7 + f"{PASSWORD}\n"
    result = CliRunner().invoke(
        main_group, ["--config", str(config), "init", "--no-check"], input=answers
    )
    assert result.exit_code == 0, result.output
    assert "Password (stored in the keyring)" in result.output
    assert PASSWORD not in result.output  # hidden input is not echoed
    account = load_settings(config).default_account()
    assert (account.imap.host, account.imap.port, account.imap.tls) == imap
    assert account.smtp is not None
    assert (account.smtp.host, account.smtp.port, account.smtp.tls) == smtp
    assert memory_keyring.passwords == {("followup", email): PASSWORD}


def test_init_then_doctor_against_the_real_servers(
    tmp_path: Path,
    imap_account: ImapAccount,
    make_smtp_server: Callable[..., SmtpServer],
    memory_keyring: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The newcomer's path: init stores the password, doctor finds it and logs in."""
    smtp = make_smtp_server("starttls", user=imap_account.user, password=imap_account.password)
    config = tmp_path / "config.toml"
    args = [
        "--config", str(config), "init",
        "--email", "alex@example.test", "--name", "Alex Morgan",
        "--login", imap_account.user,
        "--imap-host", "127.0.0.1", "--imap-port", str(imap_account.port_tls),
        "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp.port), "--smtp-tls", "starttls",
        "--ca-file", str(imap_account.ca_file),
        "--password-stdin",
    ]  # fmt: skip
    code, out, err = run(args, capsys, stdin=imap_account.password + "\n")
    assert code == 0, err
    assert tomllib.loads(config.read_text())["accounts"]["personal"]["imap"]["login"] == (
        imap_account.user
    )
    code, out, err = run(["--config", str(config), "doctor"], capsys)
    assert code == 0, out + err
    assert "PASS  imap login" in out and "PASS  smtp login" in out
    assert imap_account.password not in out + err
