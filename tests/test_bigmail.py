"""Big mail is read by its text parts: attachments never hide the words that matter.

Real Dovecot for IMAP (BODYSTRUCTURE, BODY.PEEK[part]), real mbox and Maildir files
for the local sources. The mail is written here, in the project's own words.
"""

from __future__ import annotations

import json
import mailbox
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.adapters.sources.imap import ImapSource
from assistant.adapters.sources.local import MaildirSource, MboxSource
from assistant.adapters.sources.structure import text_leaves
from assistant.adapters.store import Store
from assistant.app.scanning import Scanner
from assistant.core.bigmail import Slimmed, slim
from assistant.core.parse import parse
from tests.test_outbox import write_config
from tests.test_send_cli import run

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
ME = "alex@example.org"
NO_CONTACT = "Please do not contact us about the status of your application."
BROCHURE = bytes(range(256)) * (5 * 1024 * 1024 // 256)  # 5 MB, base64 makes it 6.8


def big_confirmation(*, text_after: str = NO_CONTACT, msgid: str = "big-1@larkspur.example"):
    """Intro text, a 5 MB brochure, then a second text part with the sentence that matters."""
    message = EmailMessage()
    message["From"] = "Larkspur Energy Careers <careers@larkspur-energy.example>"
    message["To"] = ME
    message["Subject"] = "Your application for Site Reliability Engineer"
    message["Date"] = "Tue, 10 Nov 2026 09:00:00 +0000"
    message["Message-ID"] = f"<{msgid}>"
    message.set_content(
        "Dear Alex,\n\nThank you for applying for the Site Reliability Engineer position at"
        " Larkspur Energy. We have received your application and will review it carefully."
        " Our brochure about life at Larkspur is attached.\n"
    )
    message.add_attachment(
        BROCHURE, maintype="application", subtype="pdf", filename="Life at Larkspur.pdf"
    )
    footer = EmailMessage()
    footer.set_content(f"{text_after}\n\nLarkspur Energy Talent Team\n")
    message.attach(footer)
    return message.as_bytes()


def check_no_contact_was_read(store: Store) -> None:
    [app] = store.applications()
    assert app.company == "Larkspur Energy"
    assert app.no_follow_up and app.no_follow_up_phrase
    assert "do not contact us" in app.no_follow_up_phrase
    assert app.unread == ()


def test_a_no_contact_sentence_after_a_5_mb_attachment_is_read_over_imap(imap_account):
    imap_account.deliver(big_confirmation())
    before = imap_account.flags_snapshot("INBOX")
    source = ImapSource("test", lambda: imap_account.client("starttls"), folders=["INBOX"])
    store = Store.memory()
    report = Scanner(store, own_addresses=[ME], now=NOW).scan(source)
    assert report.failures == 0 and report.created == 1
    check_no_contact_was_read(store)
    assert imap_account.flags_snapshot("INBOX") == before  # still unread, nothing changed


def test_only_the_text_parts_of_a_big_message_are_fetched(imap_account):
    imap_account.deliver(big_confirmation())
    source = ImapSource("test", lambda: imap_account.client("starttls"), folders=["INBOX"])
    folder = source.select(source.folders()[0])
    [uid] = source.uids(folder, 0, None)
    fetched = source.fetch_messages(folder, [uid])[uid]
    assert isinstance(fetched, Slimmed) and fetched.problem == ""
    assert len(fetched.raw) < 10_000  # the 6.8 MB attachment stayed on the server
    message = parse(fetched.raw)
    assert message.attachments == ("Life at Larkspur.pdf",)
    assert NO_CONTACT in message.text and "Thank you for applying" in message.text
    assert message.subject == "Your application for Site Reliability Engineer"
    assert b"size=" in fetched.raw  # the stand-in part says how big the attachment was


def test_a_no_contact_sentence_after_a_5_mb_attachment_is_read_from_mbox_and_maildir(tmp_path):
    box = mailbox.mbox(str(tmp_path / "export.mbox"))
    box.add(big_confirmation())
    box.close()
    store = Store.memory()
    Scanner(store, own_addresses=[ME], now=NOW).scan(MboxSource(tmp_path / "export.mbox"))
    check_no_contact_was_read(store)

    root = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    (root / "cur" / "1.big:2,S").write_bytes(big_confirmation())
    store = Store.memory()
    Scanner(store, own_addresses=[ME], now=NOW).scan(MaildirSource(root))
    check_no_contact_was_read(store)


def test_text_beyond_the_part_cap_is_listed_and_holds_the_follow_up(
    tmp_path: Path, imap_account, capsys: pytest.CaptureFixture[str]
) -> None:
    """A text part over 1 MB is read in part: the application waits until the user has
    read the message and dismissed it."""
    long_text = "Our values, in detail. " * 80_000 + NO_CONTACT  # 1.8 MB of text
    imap_account.deliver(big_confirmation(text_after=long_text))
    config = write_config(tmp_path / "config.toml", imap_account, None)
    base = ["--config", str(config), "--now", NOW.isoformat()]

    code, out, err = run([*base, "scan"], capsys)
    assert code == 0, err
    assert "1 could not be read (`followup scan --failures` lists them)" in out

    code, out, _ = run([*base, "scan", "--failures"], capsys)
    assert code == 0
    assert "#1  INBOX UID 1" in out and "Larkspur Energy — Site Reliability Engineer" in out
    assert "text cut at 1000000 bytes" in out
    listed = json.loads(run([*base, "scan", "--failures", "--json"], capsys)[1])
    assert [(f["id"], f["company"], f["uid"]) for f in listed] == [(1, "Larkspur Energy", 1)]

    code, out, _ = run([*base, "plan", "--json"], capsys)
    decisions = json.loads(out)
    assert code == 0 and "on hold" in json.dumps(decisions)
    code, out, _ = run([*base, "apps", "show", "1"], capsys)
    assert "Unread message #1 INBOX UID 1" in out
    code, out, _ = run([*base, "doctor"], capsys)
    assert "note: 1 message could not be read" in out and "followup scan --failures" in out
    code, out, _ = run([*base, "drafts", "list", "--json"], capsys)
    assert json.loads(out) == []  # nothing drafted while the message is unread

    code, out, _ = run([*base, "scan", "--dismiss", "1"], capsys)
    assert code == 0 and "dismissed (Larkspur Energy — Site Reliability Engineer)" in out
    assert run([*base, "scan", "--dismiss", "1"], capsys)[0] == 1  # once only
    assert "could not be read" not in run([*base, "doctor"], capsys)[1]
    run([*base, "plan"], capsys)
    drafts = json.loads(run([*base, "drafts", "list", "--json"], capsys)[1])
    assert len(drafts) == 1  # the user has looked: the follow-up is planned again


def test_bodystructure_of_any_shape_never_raises() -> None:
    shapes = [
        (b"text", b"plain", None, None, None, b"7bit", 10, 1),
        ([], b"mixed"),
        ([(b"text",), (None, None, None)], b"mixed"),
        ([(b"text", b"plain", (b"charset",), None, None, b"7bit", b"x", 1, None, 7)], b"mixed"),
        ([([([(b"a", b"b", None, None, None, None, 1)], b"x")], b"y")], b"z"),
        (
            [
                (
                    b"application",
                    b"pdf",
                    None,
                    None,
                    None,
                    b"base64",
                    5,
                    None,
                    (b"attachment", (b"filename*", b"x-bogus''cv%20v2.pdf")),
                )
            ],
            b"mixed",
        ),  # fmt: skip
    ]
    results = [text_leaves(shape) for shape in shapes]
    assert results[0] is None
    assert results[1] == []
    assert [leaf.is_text for leaf in results[2]] == [False, False]
    assert results[5][0].filename == "cv v2.pdf" and results[5][0].attachment


def test_slim_keeps_the_text_and_names_the_rest() -> None:
    slimmed = slim(big_confirmation(), part_cap=1_000_000)
    assert slimmed.problem == "" and len(slimmed.raw) < 10_000
    message = parse(slimmed.raw)
    assert NO_CONTACT in message.text
    assert message.attachments == ("Life at Larkspur.pdf",)
    single = b"From: a@b.example\nSubject: long\n\n" + b"x" * 3000
    cut = slim(single, part_cap=1000)
    assert cut.problem == "text cut at 1000 bytes (of 3000)"
    assert parse(cut.raw).subject == "long"


def test_a_run_cycle_says_when_a_message_could_not_be_read(tmp_path: Path, imap_account, caplog):
    import logging

    from assistant.adapters.config import load_settings
    from assistant.app.service import make_cycle

    imap_account.deliver(big_confirmation(text_after="Our values. " * 100_000 + NO_CONTACT))
    settings = load_settings(write_config(tmp_path / "config.toml", imap_account, None))
    store = Store.open(tmp_path / "state.sqlite3")
    with caplog.at_level(logging.INFO, logger="assistant"):
        make_cycle(store, settings, account="personal", now=lambda: NOW)()
    logged = [record.getMessage() for record in caplog.records]
    assert "New: Larkspur Energy — Site Reliability Engineer" in logged
    assert "1 message(s) could not be read: `followup scan --failures` lists them" in logged
    assert store.drafts() == []  # on hold until the user has read it
