"""`followup send` and `followup drafts push` through the real CLI, aiosmtpd and Dovecot.

The crash test runs `send` in a child process, lets the SMTP server accept the
message and then kills the child with SIGKILL before the server's reply reaches
it: the next `send` must not produce a second copy.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.adapters import paths
from assistant.adapters.store import Store
from tests.cli_support import run
from tests.servers.smtp import SmtpServer, _Recorder
from tests.test_outbox import RECIPIENT, T0, add_draft, sent_folder_messages, write_config

NOW = T0.isoformat()
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def home(isolated_env) -> Path:
    return isolated_env.followup_home


@pytest.fixture
def config(tmp_path, imap_account, smtp_server) -> Path:
    return write_config(tmp_path / "config.toml", imap_account, smtp_server)


def open_store(home: Path) -> Store:
    return Store.open(paths.database_path(home))


def test_send_sends_once_then_nothing(config, home, smtp_server, imap_account, capsys):
    store = open_store(home)
    draft_id = add_draft(store)
    store.close()

    code, out, err = run(["--config", str(config), "--now", NOW, "send"], capsys)
    assert code == 0, err
    assert f"Sent draft {draft_id} to Dana Fields <{RECIPIENT}>" in out
    assert len(smtp_server.messages) == 1
    assert len(sent_folder_messages(imap_account)) == 1

    code, out, err = run(["--config", str(config), "--now", NOW, "send"], capsys)
    assert code == 0
    assert "Nothing to send" in out
    assert len(smtp_server.messages) == 1

    code, out, _err = run(
        ["--config", str(config), "drafts", "show", str(draft_id), "--json"], capsys
    )
    shown = json.loads(out)
    assert shown["status"] == "sent"
    assert [a["action"] for a in shown["audit"]] == ["approved", "sent", "copied_to_sent"]
    assert shown["audit"][1]["recipients"] == [RECIPIENT]


def test_send_json_report_and_exit_1_on_a_550(config, home, smtp_server, capsys):
    store = open_store(home)
    draft_id = add_draft(store)
    store.close()
    smtp_server.fail_next("550 5.7.1 Relaying denied for this sender", at="MAIL")
    code, out, _err = run(["--config", str(config), "--now", NOW, "send", "--json"], capsys)
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False
    assert report["results"][0]["status"] == "failed"
    assert "550 5.7.1 Relaying denied for this sender" in report["results"][0]["detail"]
    store = open_store(home)
    assert "Relaying denied" in store.draft(draft_id).error


def test_dry_run_writes_eml_and_sends_nothing(config, home, smtp_server, tmp_path, capsys):
    store = open_store(home)
    draft_id = add_draft(store)
    store.close()
    out_dir = tmp_path / "preview"
    code, out, err = run(
        ["--config", str(config), "--now", NOW, "send", "--dry-run", "--out", str(out_dir)], capsys
    )
    assert code == 0, err
    written = out_dir / f"draft-{draft_id}.eml"
    assert written.is_file()
    assert b"Message-ID: <followup-1-a1b2@example.test>" in written.read_bytes()
    assert str(out_dir) in out and "nothing was sent" in out
    assert smtp_server.attempts == 0
    store = open_store(home)
    assert store.draft(draft_id).status == "approved"

    code, out, _err = run(["--config", str(config), "--now", NOW, "send", "--dry-run"], capsys)
    assert code == 0
    default_dir = home / "outbox-dry-run"
    assert list(default_dir.glob("*/draft-*.eml"))


def test_send_discards_a_draft_for_an_employer_who_asked_not_to_be_contacted(
    config, home, smtp_server, capsys
):
    store = open_store(home)
    app_id = store.add_application(T0, company="Harbor Labs", role="Data Analyst")
    draft_id = add_draft(store, application_id=app_id)
    store.update_application(
        app_id, T0, no_follow_up=True, no_follow_up_phrase="kindly refrain from follow-ups"
    )
    store.close()

    code, out, err = run(["--config", str(config), "--now", NOW, "send", "--dry-run"], capsys)
    assert code == 0, err
    assert f"Draft {draft_id} to Dana Fields <{RECIPIENT}>: would not send, would discard" in err

    code, out, err = run(["--config", str(config), "--now", NOW, "send"], capsys)
    assert code == 0, err
    assert f"Draft {draft_id} to Dana Fields <{RECIPIENT}>: not sent, discarded" in err
    assert "kindly refrain from follow-ups" in err
    assert smtp_server.attempts == 0 and smtp_server.messages == []
    code, out, _err = run(
        ["--config", str(config), "drafts", "show", str(draft_id), "--json"], capsys
    )
    shown = json.loads(out)
    assert shown["status"] == "discarded"
    assert shown["audit"][-1]["action"] == "discarded"


def test_out_without_dry_run_is_misuse(config, capsys):
    code, _out, err = run(["--config", str(config), "send", "--out", "x"], capsys)
    assert code == 2
    assert "--out only goes with --dry-run" in err


def test_push_puts_the_draft_in_drafts(config, home, imap_account, capsys):
    store = open_store(home)
    draft_id = add_draft(store, approve=False)
    store.close()
    code, out, err = run(["--config", str(config), "--now", NOW, "drafts", "push"], capsys)
    assert code == 0, err
    assert f"Draft {draft_id} pushed to Drafts." in out
    copies = sent_folder_messages(imap_account, "Drafts")
    assert len(copies) == 1 and "\\Draft" in copies[0][0]
    store = open_store(home)
    assert store.draft(draft_id).pushed_at == T0


# -- the crash test ------------------------------------------------------------------------


class _SlowAccept(_Recorder):
    """Records the message at once, then waits before replying 250."""

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        reply = await super().handle_DATA(server, session, envelope)
        await asyncio.sleep(5)
        return reply


@pytest.fixture
def slow_smtp(test_cert):
    server = SmtpServer(test_cert, mode="starttls")
    server._recorder = _SlowAccept()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_send_killed_after_the_server_accepted_never_sends_twice(
    tmp_path, home, imap_account, slow_smtp, capsys
):
    config = write_config(tmp_path / "config.toml", imap_account, slow_smtp)
    store = open_store(home)
    draft_id = add_draft(store)
    store.close()

    env = {**os.environ, "FOLLOWUP_HOME": str(home), "FOLLOWUP_CONFIG": str(config)}
    child = subprocess.Popen(
        [sys.executable, "-c", "from assistant.cli import main; main(['send'])"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not slow_smtp.messages and time.monotonic() < deadline:
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            time.sleep(0.02)
        assert len(slow_smtp.messages) == 1, "the server never got the message"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    store = open_store(home)
    assert store.draft(draft_id).status == "sending"  # died between the two commits
    store.close()

    # The next send: the draft becomes "outcome unknown" and is NOT sent again. The
    # copy is not in Sent (the child died before saving it), so reconcile leaves it.
    code, out, err = run(["--config", str(config), "send"], capsys)
    assert code == 1
    assert "outcome unknown" in err and "NOT resent" in err
    assert len(slow_smtp.messages) == 1
    assert slow_smtp.attempts == 1
    store = open_store(home)
    assert store.draft(draft_id).status == "unknown"
    store.close()

    code, out, err = run(["--config", str(config), "send"], capsys)
    assert len(slow_smtp.messages) == 1  # still one copy
    assert "Outcome unknown for draft(s)" in err

    code, out, _err = run(["--config", str(config), "drafts", "list"], capsys)
    assert "outcome unknown" in out

    # The user's provider filed the message in Sent after all: the next send settles it.
    imap_account.deliver(slow_smtp.messages[0].content, folder="Sent", flags="S")
    code, out, err = run(["--config", str(config), "send"], capsys)
    assert code == 0, err
    assert f"Draft {draft_id}: found in the Sent folder, marked sent." in out
    store = open_store(home)
    assert store.draft(draft_id).status == "sent"
    assert len(slow_smtp.messages) == 1
