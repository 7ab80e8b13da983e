"""`followup init` on a machine with no keyring, against the real Dovecot and aiosmtpd.

keyring's ``fail`` backend stands for SSH sessions, WSL and containers (no D-Bus,
no Secret Service). The password manager offered is a real program on PATH: a
``pass`` script the test writes, printing the account's password.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from click.testing import CliRunner

from assistant.adapters.config import load_settings
from assistant.app import setup
from assistant.cli import main_group
from tests.servers import ImapAccount, SmtpServer


@pytest.fixture
def no_keyring() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())


@pytest.fixture
def servers(
    imap_account: ImapAccount, make_smtp_server: Callable[..., SmtpServer]
) -> tuple[ImapAccount, SmtpServer]:
    smtp = make_smtp_server("starttls", user=imap_account.user, password=imap_account.password)
    return imap_account, smtp


@pytest.fixture
def fake_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, imap_account: ImapAccount) -> Path:
    """A `pass` on PATH (and nothing else of the managers) that prints the password."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "pass"
    script.write_text(f"#!/bin/sh\n[ \"$1\" = show ] && echo '{imap_account.password}'\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin")
    return script


def answers(*lines: str) -> str:
    return "".join(f"{line}\n" for line in lines)


def account_answers(imap: ImapAccount, smtp: SmtpServer) -> list[str]:
    """Address, name, a login that differs from it; IMAP and SMTP server, TLS, port."""
    return [
        *("alex@example.test", "Alex Morgan", imap.user),
        *(imap.host, "tls", str(imap.port_tls), smtp.host, "starttls", str(smtp.port)),
    ]


def invoke(config: Path, given: str, *flags: str) -> Any:
    runner = CliRunner()
    return runner.invoke(main_group, ["--config", str(config), "init", *flags], input=given)


def test_no_keyring_offers_the_installed_password_manager_and_tests_both_logins(
    tmp_path: Path, no_keyring: None, servers: Any, fake_pass: Path
) -> None:
    imap, smtp = servers
    config = tmp_path / "config.toml"
    given = answers(
        *account_answers(imap, smtp),
        "1",  # pass
        "",  # its command, as offered
    )
    result = invoke(config, given, "--ca-file", str(imap.ca_file))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "No safe keyring here" in out
    assert "1. pass" in out and "Bitwarden" not in out  # only what is installed
    assert "Chose pass; store the password with: pass insert mail/alex@example.test" in out
    assert f"IMAP login to 127.0.0.1:{imap.port_tls} (tls) as {imap.user}: ok" in out
    assert f"SMTP login to 127.0.0.1:{smtp.port} (starttls) as {imap.user}: ok" in out
    assert "The password will come from: pass show mail/alex@example.test" in out
    text = config.read_text()
    assert imap.password not in text
    account = tomllib.loads(text)["accounts"]["personal"]
    assert account["imap"]["login"] == imap.user and account["smtp"]["port"] == smtp.port
    assert account["imap"]["password_command"] == "pass show mail/alex@example.test"
    assert load_settings(config).default_account().smtp.tls == "starttls"  # type: ignore[union-attr]


def test_no_keyring_and_the_environment_variable(
    tmp_path: Path, no_keyring: None, servers: Any, fake_pass: Path
) -> None:
    imap, smtp = servers
    config = tmp_path / "config.toml"
    given = answers(
        *account_answers(imap, smtp),
        "3",  # pass, another command, the environment
        imap.password,  # only to test the logins
    )
    result = invoke(config, given, "--ca-file", str(imap.ca_file))
    assert result.exit_code == 0, result.output
    assert "Chose the environment variable FOLLOWUP_PASSWORD_PERSONAL." in result.output
    assert "only to test the login now; not stored" in result.output
    assert "from the environment variable FOLLOWUP_PASSWORD_PERSONAL" in result.output
    assert imap.password not in result.output
    imap_table = tomllib.loads(config.read_text())["accounts"]["personal"]["imap"]
    assert "password_command" not in imap_table
    assert "FOLLOWUP_PASSWORD_PERSONAL" in config.read_text()


def test_a_wrong_password_writes_nothing_in_one_line(
    tmp_path: Path, memory_keyring: Any, servers: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    imap, smtp = servers
    config = tmp_path / "config.toml"
    given = answers(*account_answers(imap, smtp), "wrong-pw")
    result = invoke(config, given, "--ca-file", str(imap.ca_file))
    assert result.exit_code == 1
    assert isinstance(result.exception, Exception)
    message = str(result.exception)
    assert message.startswith("IMAP test failed, nothing was written: ")
    assert f"refused the login for {imap.user}" in message
    assert not config.exists() and memory_keyring.passwords == {}


def test_flags_alone_with_a_password_command_against_the_real_servers(
    tmp_path: Path, no_keyring: None, servers: Any
) -> None:
    imap, smtp = servers
    config = tmp_path / "config.toml"
    result = invoke(
        config,
        "",
        *("--email", "alex@example.test", "--name", "Alex Morgan", "--login", imap.user),
        *("--imap-host", "127.0.0.1", "--imap-port", str(imap.port_tls)),
        *("--smtp-host", "127.0.0.1", "--smtp-port", str(smtp.port), "--smtp-tls", "starttls"),
        *("--ca-file", str(imap.ca_file), "--password-command", f"echo {imap.password}"),
        "--no-input",
    )
    assert result.exit_code == 0, result.output
    assert "IMAP login" in result.output and "SMTP login" in result.output
    assert load_settings(config).default_account().imap.password_command is not None


def test_no_keyring_without_prompts_names_every_way_out(tmp_path: Path, no_keyring: None) -> None:
    result = invoke(
        tmp_path / "c.toml",
        "pw\n",
        *("--email", "a@example.org", "--name", "A", "--password-stdin"),
    )
    assert result.exit_code == 1
    message = str(result.exception)
    assert "--password-command" in message and "--password-env" in message
    assert not (tmp_path / "c.toml").exists()


@pytest.mark.parametrize(
    ("email", "imap", "smtp"),
    [
        ("a@gmx.de", ("imap.gmx.net", 993, "tls"), ("mail.gmx.net", 465, "tls")),
        ("a@web.de", ("imap.web.de", 993, "tls"), ("smtp.web.de", 587, "starttls")),
        ("a@posteo.de", ("posteo.de", 993, "tls"), ("posteo.de", 465, "tls")),
        ("a@mailbox.org", ("imap.mailbox.org", 993, "tls"), ("smtp.mailbox.org", 465, "tls")),
        ("a@hotmail.com", ("outlook.office365.com", 993, "tls"), None),
        ("a@yahoo.com", ("imap.mail.yahoo.com", 993, "tls"), ("smtp.mail.yahoo.com", 465, "tls")),
    ],
)
def test_the_bundled_provider_table(email: str, imap: tuple, smtp: tuple | None) -> None:
    provider = setup.guess_provider(email)
    assert (provider.imap.host, provider.imap.port, provider.imap.tls) == imap
    if smtp is not None:
        assert (provider.smtp.host, provider.smtp.port, provider.smtp.tls) == smtp
    else:
        assert provider.auth == "oauth2"


def test_ports_follow_the_tls_the_user_picks() -> None:
    gmail = setup.guess_provider("a@gmail.com")
    assert setup.default_port(gmail, "smtp", "smtp.gmail.com", "tls") == 465
    assert setup.default_port(gmail, "smtp", "smtp.gmail.com", "starttls") == 587
    assert setup.default_port(gmail, "imap", "mail.example.net", "starttls") == 143
    assert setup.default_tls(setup.guess_provider("a@icloud.com"), "smtp", "smtp.mail.me.com") == (
        "starttls"
    )


def test_a_wrong_password_in_a_real_process_prints_one_line_and_no_library_log(
    tmp_path: Path, memory_keyring: Any, servers: Any
) -> None:
    import subprocess
    import sys

    imap, smtp = servers
    config = tmp_path / "config.toml"
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "--config", str(config), "init"]
        + ["--email", "alex@example.test", "--name", "Alex Morgan", "--login", imap.user]
        + ["--imap-host", "127.0.0.1", "--imap-port", str(imap.port_tls)]
        + ["--smtp-host", "127.0.0.1", "--smtp-port", str(smtp.port), "--smtp-tls", "starttls"]
        + ["--ca-file", str(imap.ca_file), "--password-env"],
        env=dict(os.environ, FOLLOWUP_PASSWORD_PERSONAL="not-the-password"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr  # imapclient logs the refusal at INFO: not shown
    assert lines[0].startswith("followup: error: IMAP test failed, nothing was written:")
    assert "not-the-password" not in done.stderr + done.stdout
    assert not config.exists()
