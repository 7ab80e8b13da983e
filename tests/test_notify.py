"""Telling the user that drafts wait: desktop notification and the digest mail."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime

import pytest

from assistant.adapters import notify
from assistant.adapters.config import load_settings
from assistant.adapters.store import Store
from assistant.app import service
from assistant.daemon import CycleResult

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def waiting_store() -> Store:
    store = Store.memory()
    store.add_draft(
        NOW,
        plan_key="1:email:1",
        channel="email",
        status="pending",
        to_email="jane@acme.example",
        subject="Following up on my application",
    )
    store.add_draft(
        NOW,
        plan_key="2:email:1",
        channel="email",
        status="needs_recipient",
        subject="Following up: Data Analyst\r\nBcc: evil@example.com",
    )
    return store


def test_summary_lists_each_waiting_draft():
    text = notify.waiting_summary(waiting_store().drafts())
    assert text.splitlines()[0] == "2 follow-ups wait for your approval."
    assert "#1 [email] Following up on my application -> jane@acme.example" in text
    assert "(no recipient yet)" in text
    assert "#2 [email] Following up: Data Analyst Bcc: evil@example.com ->" in text
    assert len(text.splitlines()) == 3


def test_desktop_notification_uses_notify_send_when_present(tmp_path, monkeypatch):
    script = tmp_path / "notify-send"
    log = tmp_path / "calls"
    script.write_text(f'#!/bin/sh\nprintf "%s|" "$@" > {log}\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr("sys.platform", "linux")
    assert notify.desktop("followup", "2 follow-ups wait") is True
    assert log.read_text() == "--app-name=followup|followup|2 follow-ups wait|"


def test_no_desktop_notifier_is_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr("sys.platform", "linux")
    assert notify.desktop("followup", "x") is False


def digest_config(smtp_server, tmp_path, display_name: str = "Alex Morgan"):
    keys = smtp_server.config_keys()
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[accounts.main]
email = "alex@example.org"
display_name = "{display_name}"

[accounts.main.imap]
host = "127.0.0.1"
tls = "none"
password_command = "true"

[accounts.main.smtp]
host = "{keys["host"]}"
port = {keys["port"]}
tls = "{keys["tls"]}"
login = "{keys["login"]}"
password_command = "{keys["password_command"]}"
ca_file = "{keys["ca_file"]}"

[notify]
desktop = false
digest_email = true
"""
    )
    return load_settings(config)


def test_digest_goes_to_the_users_own_address_over_real_smtp(smtp_server, tmp_path):
    settings = digest_config(smtp_server, tmp_path)
    notifier = service.make_notifier(waiting_store(), settings, account="main")
    notifier(CycleResult(new_drafts=2))
    [received] = smtp_server.messages
    assert list(received.rcpt_tos) == ["alex@example.org"]
    message = received.parsed()
    assert message["Subject"] == "followup: 2 draft(s) wait for your approval"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Bcc"] is None  # a subject with CR/LF cannot add a header
    assert "followup review" in message.get_content()


@pytest.mark.parametrize("name", ["Morgan, Alex", 'Alex \\"AM\\" Morgan', "Zoë Morgan-Ødegård"])
def test_digest_addresses_survive_a_display_name_with_a_comma_quotes_or_accents(
    smtp_server, tmp_path, name
):
    settings = digest_config(smtp_server, tmp_path, display_name=name)
    expected = settings.account("main").display_name
    notifier = service.make_notifier(waiting_store(), settings, account="main")
    notifier(CycleResult(new_drafts=2))
    [received] = smtp_server.messages
    assert list(received.rcpt_tos) == ["alex@example.org"]
    assert received.mail_from == "alex@example.org"
    message = received.parsed()
    for header in ("From", "To"):
        [address] = message[header].addresses
        assert address.addr_spec == "alex@example.org"
        assert address.display_name == expected


def test_digest_message_builds_one_address_from_a_name_with_a_comma():
    message = notify.digest_message([], address="alex@example.org", display_name="Morgan, Alex")
    assert [a.addr_spec for a in message["To"].addresses] == ["alex@example.org"]
    assert message["From"].addresses[0].display_name == "Morgan, Alex"
