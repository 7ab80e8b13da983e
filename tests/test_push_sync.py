"""`drafts push` keeps the Drafts folder in step with the drafts, on the real Dovecot.

An edited draft replaces its copy; a draft with no recipient stays here unless
asked; copies carry \\Draft and \\Seen; a missing Drafts or Sent folder is
created; long non-ASCII subjects are folded after the first word, never right
after ``Subject:``.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from assistant.adapters.connections import open_smtp
from assistant.adapters.store import Store
from assistant.app import approval, outbox
from assistant.app.message import message_bytes, mime
from assistant.core.models import Address
from tests.servers.dovecot import DovecotServer, find_dovecot
from tests.servers.imap import ImapAccount, new_account
from tests.test_outbox import T0, add_draft, make_settings, sent_folder_messages

LONG_SUBJECT = (
    "Nachfrage zu meiner Bewerbung als Datenanalystin (m/w/d) bei der Müller & Söhne "
    "Logistik GmbH in Düsseldorf"
)


@pytest.fixture
def store() -> Store:
    return Store.memory()


def box_for(tmp_path: Any, store: Store, account: ImapAccount, smtp_server: Any) -> outbox.Outbox:
    settings = make_settings(tmp_path, account, smtp_server)
    return outbox.Outbox(store, settings, home=tmp_path / "home", clock=lambda: T0)


def test_an_edited_pushed_draft_replaces_its_copy(tmp_path, store, imap_account, smtp_server):
    box = box_for(tmp_path, store, imap_account, smtp_server)
    draft_id = add_draft(store, approve=False)
    assert [r.status for r in box.push()] == ["pushed"]
    [(flags, first)] = sent_folder_messages(imap_account, "Drafts")
    assert {"\\Draft", "\\Seen"} <= flags  # not listed as new mail by the client

    later = T0 + timedelta(minutes=5)
    approval.edit(store, draft_id, later, to="Lee Park <lee.park@harbor-labs.example>", body="V2\n")
    results = box.push()  # no id: the edited draft is found and its copy replaced
    assert [(r.draft_id, r.status) for r in results] == [(draft_id, "replaced")]
    [(flags, copy)] = sent_folder_messages(imap_account, "Drafts")
    assert copy["Message-ID"] == first["Message-ID"]
    assert copy["To"] == "Lee Park <lee.park@harbor-labs.example>"
    assert copy.get_body(("plain",)).get_content().replace("\r\n", "\n") == "V2\n"
    assert box.push() == []  # in step now: nothing to do


def test_a_draft_with_no_recipient_is_pushed_only_when_asked(
    tmp_path, store, imap_account, smtp_server
):
    box = box_for(tmp_path, store, imap_account, smtp_server)
    draft_id = add_draft(store, approve=False, to_email=None, status="needs_recipient")
    assert box.push() == []
    [refused] = box.push([draft_id])
    assert refused.status == "skipped" and "no recipient" in refused.detail
    assert sent_folder_messages(imap_account, "Drafts") == []
    [pushed] = box.push(include_no_recipient=True)
    assert (pushed.draft_id, pushed.status) == (draft_id, "pushed")
    [(_flags, copy)] = sent_folder_messages(imap_account, "Drafts")
    assert copy["To"] is None


def test_a_long_non_ascii_subject_is_folded_after_its_first_word():
    for subject in (LONG_SUBJECT, "x" * 70 + " Müller", "A" * 100 + " tail"):
        message = mime(
            sender=Address("Sam Rivers", "sam@example.test"),
            to=Address("", "dana@harbor-labs.example"),
            subject=subject,
            body="Hello\n",
            message_id="<m@example.test>",
            in_reply_to=None,
            references=(),
            date=T0,
        )
        raw = message_bytes(message)
        header = raw.split(b"\r\n\r\n")[0]
        line = next(x for x in header.split(b"\r\n") if x.startswith(b"Subject:"))
        assert line.startswith(b"Subject: ") and len(line) > len(b"Subject: ")
        if not subject.isascii():  # encoded words: every line within 78 characters
            assert all(len(x) <= 78 for x in header.split(b"\r\n"))
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert parsed["Subject"] == subject


def test_a_long_subject_reaches_the_drafts_folder_intact(
    tmp_path, store, imap_account, smtp_server
):
    box = box_for(tmp_path, store, imap_account, smtp_server)
    add_draft(store, approve=False, subject=LONG_SUBJECT)
    box.push()
    [(_flags, copy)] = sent_folder_messages(imap_account, "Drafts")
    assert copy["Subject"] == LONG_SUBJECT


# -- a mailbox with no Drafts or Sent folder ---------------------------------------------------


@pytest.fixture(scope="module")
def bare_server(test_cert: Any) -> Iterator[DovecotServer]:
    """A second Dovecot that gives its users no Sent, Drafts, Junk or Trash."""
    if find_dovecot() is None:
        pytest.fail("dovecot is not installed (apt-get install dovecot-imapd)", pytrace=False)
    server = DovecotServer(test_cert, special_mailboxes=False).start()
    try:
        yield server
    finally:
        server.cleanup()


def folder_names(account: ImapAccount) -> dict[str, tuple[str, ...]]:
    with account.client() as client:
        return {
            name: tuple(f.decode() if isinstance(f, bytes) else str(f) for f in flags)
            for flags, _sep, name in client.list_folders()
        }


def test_push_and_send_create_the_missing_drafts_and_sent_folders(
    tmp_path, store, bare_server, test_cert, smtp_server
):
    account = new_account(bare_server, test_cert)
    assert set(folder_names(account)) == {"INBOX"}
    box = box_for(tmp_path, store, account, smtp_server)
    add_draft(store, approve=False)
    [pushed] = box.push()
    assert (pushed.status, pushed.folder) == ("pushed", "Drafts")
    assert len(sent_folder_messages(account, "Drafts")) == 1

    add_draft(store)  # approved
    box = outbox.Outbox(
        store,
        box.settings,
        home=tmp_path / "home",
        clock=lambda: T0,
        open_smtp=open_smtp,
    )
    report = box.send()
    assert [r.status for r in report.results] == ["sent"] and report.warnings == []
    assert len(sent_folder_messages(account, "Sent")) == 1
    folders = folder_names(account)
    assert {"Drafts", "Sent"} <= set(folders)
    if "CREATE-SPECIAL-USE" in account_capabilities(account):
        assert "\\Drafts" in folders["Drafts"] and "\\Sent" in folders["Sent"]


def account_capabilities(account: ImapAccount) -> set[str]:
    with account.client() as client:
        return {c.decode() for c in client.capabilities()}
