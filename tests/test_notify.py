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
from assistant.app.cycle import CycleResult

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


def test_a_held_draft_is_listed_and_says_why_it_waits_again():
    store = waiting_store()
    store.add_draft(
        NOW,
        plan_key="3:email:1",
        channel="email",
        status="held",
        to_email="sam@harbor.example",
        subject="Checking in",
        error="application 3: the latest message is unsure",
    )
    text = notify.waiting_summary(store.drafts())
    assert (
        "#3 [email] Checking in -> sam@harbor.example (held: mail came after your approval)" in text
    )
    assert "held" not in text.splitlines()[1]


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


@pytest.fixture
def push_server():
    """A local HTTP server on 127.0.0.1 that records what is POSTed to it."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    received: list[tuple[str, dict[str, str], bytes]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server spelling
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            received.append((self.path, dict(self.headers), body))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()


def push_config(tmp_path, url: str):
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[accounts.main]
email = "alex@example.org"

[accounts.main.imap]
host = "127.0.0.1"
tls = "none"
password_command = "true"

[notify]
desktop = false
url = "{url}"
"""
    )
    return load_settings(config)


def test_the_push_url_gets_counts_and_never_the_mail_text(tmp_path, push_server):
    base, received = push_server
    settings = push_config(tmp_path, f"{base}/followup-alex-7f3a")
    notifier = service.make_notifier(waiting_store(), settings, account="main")
    notifier(CycleResult(new_drafts=2))
    [(path, headers, body)] = received
    assert path == "/followup-alex-7f3a"
    assert headers["Title"] == "followup"
    text = body.decode()
    assert text == (
        "2 follow-ups wait for your approval (1 without a recipient). "
        "Review them with `followup review`."
    )
    for secret in ("jane@acme.example", "Following up", "Data Analyst", "evil"):
        assert secret not in text


def test_an_unreachable_push_url_is_one_log_line_not_a_crash(tmp_path, caplog):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = push_config(tmp_path, f"http://127.0.0.1:{port}/topic")
    notifier = service.make_notifier(waiting_store(), settings, account="main")
    notifier(CycleResult(new_drafts=2))
    assert any("could not post to notify.url" in r.getMessage() for r in caplog.records)


def test_a_notify_url_must_be_http(tmp_path):
    from assistant.errors import ConfigError

    with pytest.raises(ConfigError, match="notify.url"):
        push_config(tmp_path, "file:///etc/passwd")


def test_a_desktop_notification_that_cannot_be_shown_is_logged_once(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setattr(notify, "_told", set())
    assert notify.desktop("followup", "x") is False
    assert notify.desktop("followup", "x") is False
    lines = [r.getMessage() for r in caplog.records if "not shown" in r.getMessage()]
    assert len(lines) == 1
    assert "no notify-send here" in lines[0] and "notify.url" in lines[0]
