"""Sending, pushing and dry runs against the real aiosmtpd and Dovecot test servers."""

from __future__ import annotations

import asyncio
import email
import email.policy
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from assistant.adapters import smtp as smtp_adapter
from assistant.adapters.config import load_settings
from assistant.adapters.connections import open_imap, open_smtp
from assistant.adapters.settings import Settings
from assistant.adapters.store import Store
from assistant.app import approval, outbox, push, retry, sent_folder
from assistant.app.message import build_message
from assistant.core import drafts
from tests.servers.smtp import SmtpServer, _Recorder

T0 = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
SENDER = "sam.rivers@example.test"
RECIPIENT = "dana.fields@harbor-labs.example"
BODY = (
    "Hello Dana,\n\n"
    "I applied for the Data Analyst role on 12 October and wanted to check that my\n"
    "application arrived. I am still very keen on the team's work on tide models.\n"
    ".a line that starts with a dot, to test dot-stuffing\n\n"
    "Best regards,\nSam Rivers\n"
)


# -- helpers shared with the CLI tests -------------------------------------------------------


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def write_config(
    path: Path,
    imap_account: Any,
    smtp_server: SmtpServer | None,
    *,
    smtp_extra: dict[str, Any] | None = None,
    imap_extra: dict[str, Any] | None = None,
) -> Path:
    """A config file for one account on the test servers (spacing 0 so tests run at once)."""
    lines = [
        "[accounts.personal]",
        "default = true",
        f"email = {toml_value(SENDER)}",
        'display_name = "Sam Rivers"',
        "",
        "[accounts.personal.imap]",
    ]
    imap = {**imap_account.config_keys("tls"), **(imap_extra or {})}
    lines += [f"{k} = {toml_value(v)}" for k, v in imap.items()]
    if smtp_server is not None:
        smtp = {
            **smtp_server.config_keys(),
            "min_spacing_seconds": 0,
            "timeout": 10,
            **(smtp_extra or {}),
        }
        lines += ["", "[accounts.personal.smtp]"]
        lines += [f"{k} = {toml_value(v)}" for k, v in smtp.items()]
    path.write_text("\n".join(lines) + "\n")
    return path


def make_settings(tmp_path: Path, imap_account: Any, smtp_server: Any, **extra: Any) -> Settings:
    return load_settings(write_config(tmp_path / "config.toml", imap_account, smtp_server, **extra))


def add_draft(store: Store, *, approve: bool = True, at: datetime = T0, **fields: Any) -> int:
    n = len(store.drafts()) + 1
    values: dict[str, Any] = {
        "channel": "email",
        "status": "pending",
        "account": "personal",
        "to_email": RECIPIENT,
        "to_name": "Dana Fields",
        "subject": f"Following up on my application ({n})",
        "body": BODY,
        "in_reply_to": "<confirm-77@harbor-labs.example>",
        "references": ["<apply-1@example.test>", "<confirm-77@harbor-labs.example>"],
        "message_id": f"<followup-{n}-a1b2@example.test>",
        "template": "followup_body.txt.j2",
        "reason": "7 business days since the application",
    }
    values.update(fields)
    draft_id = store.add_draft(at, **values)
    assert draft_id is not None
    if approve:
        approval.approve(store, draft_id, at)
    return draft_id


class Counter:
    """Wraps a real opener and counts the connections it makes."""

    def __init__(self, opener: Callable[..., Any]) -> None:
        self.opener = opener
        self.calls = 0

    def __call__(self, account: Any) -> Any:
        self.calls += 1
        return self.opener(account)


def sent_folder_messages(imap_account: Any, folder: str = "Sent") -> list[tuple[set[str], Any]]:
    with imap_account.client() as client:
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        if not uids:
            return []
        fetched = client.fetch(uids, ["FLAGS", "BODY.PEEK[]"])
    result = []
    for uid in sorted(fetched):
        flags = {f.decode() if isinstance(f, bytes) else str(f) for f in fetched[uid][b"FLAGS"]}
        msg = email.message_from_bytes(fetched[uid][b"BODY[]"], policy=email.policy.default)
        result.append((flags, msg))
    return result


#: the send policy (three attempts) with short pauses
QUICK = retry.Policy("test", attempts=3, first_delay=0.01, cap=0.01)


@pytest.fixture
def store() -> Store:
    return Store.memory()


@pytest.fixture
def env(tmp_path, imap_account, smtp_server, store):
    """(settings, outbox, smtp counter, imap counter) for the default test account."""
    settings = make_settings(tmp_path, imap_account, smtp_server)
    smtp_counter, imap_counter = Counter(open_smtp), Counter(open_imap)
    box = outbox.Outbox(
        store,
        settings,
        home=tmp_path / "home",
        open_smtp=smtp_counter,
        open_imap=imap_counter,
        clock=lambda: T0,
        policy=QUICK,
    )
    return settings, box, smtp_counter, imap_counter


# -- sending ---------------------------------------------------------------------------------


def test_approved_draft_arrives_once_with_headers_and_a_copy_in_sent(
    env, store, smtp_server, imap_account
):
    _settings, box, smtp_counter, _imap = env
    draft_id = add_draft(store)

    report = box.send()

    assert report.ok and [r.status for r in report.results] == ["sent"]
    assert len(smtp_server.messages) == 1
    received = smtp_server.messages[0]
    assert received.mail_from == SENDER
    assert received.rcpt_tos == (RECIPIENT,)
    msg = received.parsed()
    assert msg["From"] == "Sam Rivers <sam.rivers@example.test>"
    assert msg["To"] == "Dana Fields <dana.fields@harbor-labs.example>"
    assert msg["Subject"] == "Following up on my application (1)"
    assert msg["Message-ID"] == "<followup-1-a1b2@example.test>"
    assert msg["In-Reply-To"] == "<confirm-77@harbor-labs.example>"
    assert msg["References"] == "<apply-1@example.test> <confirm-77@harbor-labs.example>"
    assert msg["Date"]
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert msg.get_content().replace("\r\n", "\n") == BODY  # dot-stuffing undone too

    row = store.draft(draft_id)
    assert row.status == "sent" and row.sent_at == T0
    sent = [a for a in store.audit(draft_id) if a["action"] == "sent"]
    assert len(sent) == 1
    assert sent[0]["account"] == "personal"
    assert sent[0]["message_id"] == "<followup-1-a1b2@example.test>"
    assert sent[0]["recipients"] == [RECIPIENT]
    assert sent[0]["template"] == "followup_body.txt.j2"
    assert f"approved at {T0.isoformat()}" in sent[0]["detail"]

    copies = sent_folder_messages(imap_account)
    assert len(copies) == 1
    flags, copy = copies[0]
    assert "\\Seen" in flags
    assert copy["Message-ID"] == "<followup-1-a1b2@example.test>"

    again = box.send()
    assert again.results == [] and again.ok
    assert len(smtp_server.messages) == 1
    assert smtp_counter.calls == 1  # the second run did not even connect
    assert len(sent_folder_messages(imap_account)) == 1


def test_several_drafts_share_one_smtp_connection(env, store, smtp_server):
    _settings, box, smtp_counter, _imap = env
    ids = [add_draft(store) for _ in range(3)]
    report = box.send()
    assert [r.status for r in report.results] == ["sent"] * 3
    assert {m.parsed()["Message-ID"] for m in smtp_server.messages} == {
        store.draft(i).message_id for i in ids
    }
    assert smtp_counter.calls == 1


def test_451_then_ok_is_sent_exactly_once(env, store, smtp_server):
    _settings, box, smtp_counter, _imap = env
    draft_id = add_draft(store)
    smtp_server.fail_next("451 4.3.0 Try again later")
    report = box.send()
    assert [(r.status, r.attempts) for r in report.results] == [("sent", 2)]
    assert smtp_server.attempts == 2
    assert len(smtp_server.messages) == 1
    assert store.draft(draft_id).status == "sent"
    assert smtp_counter.calls == 2  # a fresh connection for the retry


def test_550_fails_the_draft_with_the_servers_words(env, store, smtp_server):
    _settings, box, _smtp, _imap = env
    draft_id = add_draft(store)
    smtp_server.fail_next("550 5.1.1 No such mailbox here", at="RCPT")
    report = box.send()
    assert not report.ok
    assert report.results[0].status == "failed"
    row = store.draft(draft_id)
    assert row.status == "failed"
    assert "550 5.1.1 No such mailbox here" in row.error
    assert smtp_server.messages == []
    assert store.audit(draft_id)[-1]["action"] == "failed"
    assert box.send().results == []  # a failed draft is not retried on its own


def test_persistent_4xx_gives_up_after_the_last_retry(env, store, smtp_server):
    _settings, box, _smtp, _imap = env
    draft_id = add_draft(store)
    smtp_server.fail_next("421 4.7.0 Too busy, come back later", times=5)
    report = box.send()
    assert report.results[0].status == "failed"
    assert report.results[0].attempts == 3
    assert "gave up after 3 attempts" in store.draft(draft_id).error
    assert smtp_server.messages == []


class _HangUpAfterData(_Recorder):
    """Records the message, then drops the connection before the final reply."""

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        reply = await super().handle_DATA(server, session, envelope)
        server.transport.abort()
        await asyncio.sleep(0.05)
        return reply


def test_lost_reply_after_data_is_outcome_unknown_and_never_resent(
    tmp_path, imap_account, test_cert, store
):
    server = SmtpServer(test_cert, mode="starttls")
    server._recorder = _HangUpAfterData()
    server.start()
    try:
        settings = make_settings(tmp_path, imap_account, server)
        box = outbox.Outbox(store, settings, home=tmp_path / "h", clock=lambda: T0, policy=QUICK)
        draft_id = add_draft(store)
        report = box.send()
        assert [r.status for r in report.results] == ["unknown"]
        assert not report.ok
        assert store.draft(draft_id).status == "unknown"
        assert len(server.messages) == 1
        again = box.send()
        assert again.results == [] and again.unknown == [draft_id]
        assert len(server.messages) == 1
    finally:
        server.stop()


def test_a_draft_left_in_sending_becomes_unknown_and_reconcile_settles_it_from_sent(
    env, store, smtp_server, imap_account
):
    _settings, box, _smtp, _imap = env
    lost = add_draft(store)
    found = add_draft(store)
    for draft_id in (lost, found):  # a send that died after marking them `sending`
        store.apply(drafts.start_sending(approval.get_draft(store, draft_id), T0))
    # the user's mail client (or the provider) filed one of them in Sent
    raw = (
        "From: Sam Rivers <sam.rivers@example.test>\r\nTo: dana.fields@harbor-labs.example\r\n"
        f"Subject: x\r\nMessage-ID: {store.draft(found).message_id}\r\n\r\nhello\r\n"
    ).encode()
    imap_account.deliver(raw, folder="Sent", flags="S")

    report = box.send()

    assert sorted(report.recovered) == [lost, found]
    assert report.settled == [found]
    assert report.unknown == [lost]
    assert store.draft(found).status == "sent"
    assert store.draft(lost).status == "unknown"
    assert smtp_server.attempts == 0  # nothing was sent again
    actions = [a["action"] for a in store.audit(found)]
    assert actions[-2:] == ["outcome_unknown", "seen_in_sent"]


def test_no_reply_and_header_injection_are_refused_at_send_time(env, store, smtp_server):
    _settings, box, _smtp, _imap = env
    noreply = add_draft(store)
    store.update_draft(noreply, T0, to_email="no-reply@harbor-labs.example")
    injected = add_draft(store)
    store.update_draft(injected, T0, subject="Hello\r\nBcc: everyone@example.org")
    report = box.send()
    statuses = {r.draft_id: r.status for r in report.results}
    assert statuses == {noreply: "failed", injected: "failed"}
    assert "no-reply" in store.draft(noreply).error
    assert "line break" in store.draft(injected).error
    assert smtp_server.attempts == 0 and smtp_server.messages == []


def test_build_message_refuses_header_injection():
    settings = Settings(
        accounts={"p": {"email": SENDER, "imap": {"host": "127.0.0.1", "tls": "none"}}}
    )
    draft = drafts.Draft(
        id=1,
        channel=drafts.Channel.EMAIL,
        status=drafts.DraftStatus.APPROVED,
        created_at=T0,
        updated_at=T0,
        to_email=RECIPIENT,
        subject="Hi",
        body="x",
        message_id="<a@b>",
        in_reply_to="<c@d>\nBcc: x@example.org",
    )
    with pytest.raises(Exception, match="line break"):
        build_message(draft, settings.default_account(), when=T0)


def test_daily_cap_leaves_the_rest_for_later(tmp_path, imap_account, smtp_server, store):
    settings = make_settings(tmp_path, imap_account, smtp_server, smtp_extra={"daily_cap": 2})
    box = outbox.Outbox(store, settings, home=tmp_path / "h", clock=lambda: T0)
    ids = [add_draft(store) for _ in range(3)]
    report = box.send()
    assert [r.status for r in report.results] == ["sent", "sent", "skipped"]
    assert report.ok
    assert any("daily cap of 2" in note for note in report.notes)
    assert store.draft(ids[2]).status == "approved"
    later = outbox.Outbox(
        store, settings, home=tmp_path / "h", clock=lambda: T0 + timedelta(hours=25)
    )
    assert [r.status for r in later.send().results] == ["sent"]
    assert len(smtp_server.messages) == 3


def test_daily_cap_zero_pauses_sending(tmp_path, imap_account, smtp_server, store):
    settings = make_settings(tmp_path, imap_account, smtp_server, smtp_extra={"daily_cap": 0})
    box = outbox.Outbox(store, settings, home=tmp_path / "h", clock=lambda: T0)
    draft_id = add_draft(store)
    report = box.send()
    assert [r.status for r in report.results] == ["skipped"]
    assert any("pauses sending" in note for note in report.notes)
    assert store.draft(draft_id).status == "approved"
    assert smtp_server.attempts == 0


def test_minimum_spacing_skips_or_waits(tmp_path, imap_account, smtp_server, store):
    settings = make_settings(
        tmp_path, imap_account, smtp_server, smtp_extra={"min_spacing_seconds": 90}
    )
    slept: list[float] = []
    box = outbox.Outbox(store, settings, home=tmp_path / "h", clock=lambda: T0, sleep=slept.append)
    add_draft(store)
    add_draft(store)
    report = box.send()
    assert [r.status for r in report.results] == ["sent", "skipped"]
    assert any("minimum spacing of 90s" in note for note in report.notes)
    report = box.send(wait=True)
    assert [r.status for r in report.results] == ["sent"]
    assert slept == [90.0]
    assert len(smtp_server.messages) == 2


def test_save_sent_never_and_gmail_auto_append_nothing(tmp_path, imap_account, smtp_server, store):
    add_draft(store)
    settings = make_settings(tmp_path, imap_account, smtp_server, smtp_extra={"save_sent": "never"})
    imap_counter = Counter(open_imap)
    outbox.Outbox(
        store, settings, home=tmp_path / "h", clock=lambda: T0, open_imap=imap_counter
    ).send()
    assert len(smtp_server.messages) == 1
    assert imap_counter.calls == 0
    assert sent_folder_messages(imap_account) == []

    gmail = make_settings(
        tmp_path, imap_account, smtp_server, imap_extra={"host": "imap.gmail.com"}
    )
    assert sent_folder.saves_sent_copy(gmail.default_account()) is False
    always = make_settings(
        tmp_path,
        imap_account,
        smtp_server,
        imap_extra={"host": "imap.gmail.com"},
        smtp_extra={"save_sent": "always"},
    )
    assert sent_folder.saves_sent_copy(always.default_account()) is True


def test_dry_run_sends_nothing_changes_nothing_and_writes_eml(env, store, smtp_server, tmp_path):
    _settings, box, smtp_counter, imap_counter = env
    draft_id = add_draft(store)
    before = (store.draft(draft_id), store.audit())
    report = box.send(dry_run=True)
    assert [r.status for r in report.results] == ["would_send"]
    path = report.results[0].path
    assert path is not None and path.parent == report.dry_run_dir
    assert report.dry_run_dir.is_relative_to(tmp_path / "home" / "outbox-dry-run")
    written = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert written["Message-ID"] == store.draft(draft_id).message_id
    assert written["To"] == "Dana Fields <dana.fields@harbor-labs.example>"
    assert (store.draft(draft_id), store.audit()) == before
    assert smtp_counter.calls == 0 and imap_counter.calls == 0
    assert smtp_server.attempts == 0


def test_wrong_smtp_password_leaves_drafts_approved(
    tmp_path, imap_account, make_smtp_server, store
):
    server = make_smtp_server("tls")
    settings = make_settings(
        tmp_path, imap_account, server, smtp_extra={"password_command": "echo wrong"}
    )
    box = outbox.Outbox(store, settings, home=tmp_path / "h", clock=lambda: T0)
    draft_id = add_draft(store)
    report = box.send()
    assert not report.ok
    assert "refused the login" in report.errors[0]
    assert store.draft(draft_id).status == "approved"
    assert server.messages == []


# -- the Drafts folder -------------------------------------------------------------------------


def test_push_puts_the_message_in_drafts_with_the_draft_flag(env, store, imap_account):
    _settings, box, smtp_counter, _imap = env
    draft_id = add_draft(store, approve=False)
    results = box.push()
    assert [(r.draft_id, r.status, r.folder) for r in results] == [(draft_id, "pushed", "Drafts")]
    copies = sent_folder_messages(imap_account, "Drafts")
    assert len(copies) == 1
    flags, msg = copies[0]
    assert "\\Draft" in flags
    assert msg["Message-ID"] == store.draft(draft_id).message_id
    assert msg["In-Reply-To"] == "<confirm-77@harbor-labs.example>"
    row = store.draft(draft_id)
    assert row.pushed_at == T0 and row.status == "pending"
    assert store.audit(draft_id)[-1]["action"] == "pushed"
    assert smtp_counter.calls == 0

    assert box.push() == []  # already pushed: a bulk push skips it
    approval.edit(store, draft_id, T0, subject="A better subject")
    again = box.push([draft_id])
    assert again[0].status == "replaced"
    copies = sent_folder_messages(imap_account, "Drafts")
    assert [m["Subject"] for _flags, m in copies] == ["A better subject"]


def test_push_refuses_approved_and_non_email_drafts(env, store):
    _settings, box, _smtp, _imap = env
    approved = add_draft(store)
    call = add_draft(store, approve=False, channel="call")
    results = {r.draft_id: r for r in box.push([approved, call])}
    assert results[approved].status == "skipped" and "approved" in results[approved].detail
    assert results[call].status == "skipped" and "not an email" in results[call].detail


def test_settle_from_sent_marks_pushed_drafts_sent(store):
    draft_id = add_draft(store, approve=False, pushed_at=T0)
    other = add_draft(store, approve=False)
    settled = approval.settle_from_sent(store, [store.draft(draft_id).message_id, "<x@y>"], T0)
    assert settled == [draft_id]
    assert store.draft(draft_id).status == "sent"
    assert store.draft(other).status == "pending"
    assert store.audit(draft_id)[-1]["action"] == "seen_in_sent"


# -- applications that forbid an email -----------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"no_follow_up": True, "no_follow_up_phrase": "please do not follow up"}, "not to be"),
        ({"status": "rejected"}, "rejected"),
        ({"status": "interviewing"}, "interview"),
    ],
)
def test_an_approved_draft_is_discarded_not_sent_when_its_application_is_blocked(
    env, store, smtp_server, change, words
):
    _settings, box, _smtp, _imap = env
    blocked_app = store.add_application(T0, company="Harbor Labs", role="Data Analyst")
    open_app = store.add_application(T0, company="Tidewater", role="Analyst")
    blocked = add_draft(store, application_id=blocked_app)
    fine = add_draft(store, application_id=open_app)
    # the scanner learns of it after the approval
    store.update_application(blocked_app, T0, **change)

    report = box.send()

    results = {r.draft_id: r for r in report.results}
    assert results[blocked].status == "discarded"
    assert words in results[blocked].detail
    assert results[fine].status == "sent"
    assert [m.rcpt_tos for m in smtp_server.messages] == [(RECIPIENT,)]
    assert smtp_server.messages[0].parsed()["Message-ID"] == store.draft(fine).message_id
    assert store.draft(blocked).status == "discarded"
    entry = store.audit(blocked)[-1]
    assert entry["action"] == "discarded" and words in entry["detail"]
    assert "sent" not in [a["action"] for a in store.audit(blocked)]
    assert box.send().results == []


def test_dry_run_says_a_blocked_draft_would_be_discarded_and_changes_nothing(env, store):
    _settings, box, _smtp, _imap = env
    app_id = store.add_application(T0, company="Harbor Labs", role="Data Analyst")
    draft_id = add_draft(store, application_id=app_id)
    store.update_application(app_id, T0, no_follow_up=True)
    report = box.send(dry_run=True)
    assert [(r.status, r.path) for r in report.results] == [("would_discard", None)]
    assert "asked not to be contacted" in report.results[0].detail
    assert store.draft(draft_id).status == "approved"


def test_push_refuses_a_draft_whose_employer_asked_not_to_be_contacted(env, store, imap_account):
    _settings, box, _smtp, _imap = env
    app_id = store.add_application(T0, company="Harbor Labs", role="Data Analyst")
    draft_id = add_draft(store, approve=False, application_id=app_id)
    store.update_application(app_id, T0, no_follow_up=True)
    [result] = box.push([draft_id])
    assert result.status == "skipped" and "asked not to be contacted" in result.detail
    assert box.push() == [push.PushResult(draft_id, "skipped", detail=result.detail)]
    assert sent_folder_messages(imap_account, "Drafts") == []


# -- what is sent is what is approved at the moment of sending -----------------------------------


def test_send_sends_the_version_approved_last_not_the_one_read_first(
    tmp_path, imap_account, smtp_server, store
):
    """The user edits and re-approves while `send` is connecting: the new text goes out."""
    settings = make_settings(tmp_path, imap_account, smtp_server)
    draft_id = add_draft(store)

    def connect_while_the_user_edits(account: Any) -> Any:
        # between `send` reading the approved drafts and marking this one `sending`
        approval.edit(store, draft_id, T0, subject="Second version", body="Hello Dana,\n\nV2.\n")
        approval.approve(store, draft_id, T0 + timedelta(minutes=1))
        return open_smtp(account)

    box = outbox.Outbox(
        store,
        settings,
        home=tmp_path / "h",
        open_smtp=connect_while_the_user_edits,
        clock=lambda: T0 + timedelta(minutes=2),
    )
    report = box.send()

    assert [r.status for r in report.results] == ["sent"]
    [received] = smtp_server.messages
    msg = received.parsed()
    assert msg["Subject"] == "Second version"
    assert msg.get_content().replace("\r\n", "\n") == "Hello Dana,\n\nV2.\n"
    assert report.results[0].subject == "Second version"
    sent = [a for a in store.audit(draft_id) if a["action"] == "sent"]
    assert f"approved at {(T0 + timedelta(minutes=1)).isoformat()}" in sent[0]["detail"]


def test_a_draft_changed_into_an_invalid_one_before_sending_is_not_sent(
    tmp_path, imap_account, smtp_server, store
):
    """Validation runs again on the row as it is after the compare-and-set."""
    settings = make_settings(tmp_path, imap_account, smtp_server)
    draft_id = add_draft(store)

    def connect_while_the_row_changes(account: Any) -> Any:
        # e.g. an older release's scanner readdressing it without moving the status
        store.update_draft(draft_id, T0, to_email="no-reply@harbor-labs.example")
        return open_smtp(account)

    box = outbox.Outbox(
        store,
        settings,
        home=tmp_path / "h",
        open_smtp=connect_while_the_row_changes,
        clock=lambda: T0,
    )
    report = box.send()
    assert [r.status for r in report.results] == ["failed"]
    assert "no-reply" in store.draft(draft_id).error
    assert smtp_server.attempts == 0 and smtp_server.messages == []


# -- one bad draft never stops the run ------------------------------------------------------------


def test_a_draft_approved_with_a_non_ascii_address_fails_alone(env, store, smtp_server):
    _settings, box, _smtp, _imap = env
    bad = add_draft(store, approve=False, to_email="jö@acme.test", status="approved")
    good = add_draft(store)
    report = box.send()
    results = {r.draft_id: r for r in report.results}
    assert results[bad].status == "failed" and results[good].status == "sent"
    error = store.draft(bad).error
    assert "ASCII" in error and "\n" not in error
    assert [m.rcpt_tos for m in smtp_server.messages] == [(RECIPIENT,)]


def test_a_draft_that_cannot_be_encoded_fails_alone_and_the_others_go_out(env, store, smtp_server):
    _settings, box, _smtp, _imap = env
    bad = add_draft(store, message_id="<followup-ö@example.test>")  # approved as it is
    good = add_draft(store)
    report = box.send()
    results = {r.draft_id: r for r in report.results}
    assert results[bad].status == "failed"
    assert results[good].status == "sent"
    row = store.draft(bad)
    assert row.status == "failed"
    assert row.error and "\n" not in row.error
    assert store.audit(bad)[-1]["action"] == "failed"
    assert [m.parsed()["Message-ID"] for m in smtp_server.messages] == [
        store.draft(good).message_id
    ]


def test_an_unexpected_error_after_the_server_took_the_message_is_outcome_unknown(
    env, store, smtp_server, monkeypatch
):
    """A crash after the 250 (here: recording it) must not stop the run, nor resend later."""
    _settings, box, _smtp, _imap = env
    first = add_draft(store)
    second = add_draft(store)
    real_mark_sent = outbox.Outbox._mark_sent

    def mark_sent(self, row, *args, **kwargs):
        if row.id == first:
            raise RuntimeError("disk I/O error while recording the send")
        return real_mark_sent(self, row, *args, **kwargs)

    monkeypatch.setattr(outbox.Outbox, "_mark_sent", mark_sent)
    report = box.send()

    results = {r.draft_id: r for r in report.results}
    assert results[first].status == "unknown"
    assert "RuntimeError: disk I/O error" in results[first].detail
    assert results[second].status == "sent"
    assert store.draft(first).status == "unknown"
    assert len(smtp_server.messages) == 2
    monkeypatch.undo()
    assert box.send().results == []  # never sent again on its own
    assert len(smtp_server.messages) == 2


def test_transact_refuses_an_address_smtp_cannot_carry_before_handing_anything_over(
    env, smtp_server
):
    settings, _box, _smtp, _imap = env
    smtp = open_smtp(settings.default_account())
    try:
        with pytest.raises(smtp_adapter.Permanent, match="RCPT TO"):
            smtp_adapter.transact(smtp, SENDER, ["jö@acme.test"], b"Subject: x\r\n\r\nhello\r\n")
        assert smtp_server.messages == [] and smtp_server.attempts == 0
        # the connection is still usable for the next draft
        smtp_adapter.transact(smtp, SENDER, [RECIPIENT], b"Subject: y\r\n\r\nhello\r\n")
    finally:
        smtp.quit()
    assert [m.rcpt_tos for m in smtp_server.messages] == [(RECIPIENT,)]


def test_dry_run_and_push_also_go_on_past_a_draft_that_cannot_be_encoded(env, store, imap_account):
    _settings, box, _smtp, _imap = env
    bad = add_draft(store, message_id="<followup-ö@example.test>")
    good = add_draft(store)
    report = box.send(dry_run=True)
    assert {r.draft_id: r.status for r in report.results} == {bad: "failed", good: "would_send"}
    assert store.draft(bad).status == "approved"  # a dry run changes nothing

    bad_pending = add_draft(store, approve=False, message_id="<followup-ü@example.test>")
    good_pending = add_draft(store, approve=False)
    results = {r.draft_id: r for r in box.push()}
    assert results[bad_pending].status == "skipped"
    assert "\n" not in results[bad_pending].detail
    assert results[good_pending].status == "pushed"
    [(_flags, copy)] = sent_folder_messages(imap_account, "Drafts")
    assert copy["Message-ID"] == store.draft(good_pending).message_id


def test_a_company_named_like_a_placeholder_is_sent_and_pushed(env, store, smtp_server):
    _settings, box, _smtp, _imap = env
    app_id = store.add_application(T0, company="TBD Media", role="Producer")
    fields = {
        "application_id": app_id,
        "subject": "Following up on my application to TBD Media",
        "body": "Hello Dana,\n\nI am still keen on the Producer role at TBD Media.\n",
    }
    sent = add_draft(store, **fields)
    pushed = add_draft(store, approve=False, **fields)
    assert [r.status for r in box.send().results] == ["sent"]
    assert store.draft(sent).status == "sent"
    assert [r.status for r in box.push([pushed])] == ["pushed"]


def test_send_reads_the_application_once_per_draft(env, store, smtp_server, monkeypatch):
    _settings, box, _smtp, _imap = env
    app_id = store.add_application(T0, company="Harbor Labs", role="Analyst")
    add_draft(store, application_id=app_id)
    reads: list[int] = []
    real = Store.application_row

    def counted(self: Store, application_id: int) -> Any:
        reads.append(application_id)
        return real(self, application_id)

    monkeypatch.setattr(Store, "application_row", counted)
    assert [r.status for r in box.send().results] == ["sent"]
    assert reads == [app_id]
