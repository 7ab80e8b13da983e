"""Scanning real mailboxes: Dovecot over IMAP, and local Maildir/mbox files.

The mail here is written for these tests: fictitious companies on example
domains, in the project's own words.
"""

from __future__ import annotations

import imaplib
import mailbox
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from assistant.adapters.sources.imap import ImapSource
from assistant.adapters.sources.local import MaildirSource, MboxSource
from assistant.adapters.store import Store
from assistant.app.scanning import Scanner
from assistant.core.models import Status
from tests.servers import new_account

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
ME = "alex@example.org"


def mail(
    sender: str,
    subject: str,
    body: str,
    *,
    msgid: str,
    to: str = ME,
    when: datetime | None = None,
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    attachment: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(when or NOW - timedelta(days=10))
    message["Message-ID"] = f"<{msgid}>"
    if in_reply_to:
        message["In-Reply-To"] = f"<{in_reply_to}>"
        message["References"] = f"<{in_reply_to}>"
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    if attachment:
        message.add_attachment(
            b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename=attachment
        )
    return message.as_bytes()


def ats_confirmation(n: int, company: str, role: str, **kw) -> bytes:
    slug = company.lower().replace(" ", "")
    return mail(
        f"{company} Hiring Team <no-reply@us.greenhouse-mail.io>",
        f"Thank you for applying to {company}",
        f"Hi Alex,\n\nThanks for applying to the {role} role at {company}. We have received "
        f"your application and our team will review it carefully. If your background is a "
        f"match, someone from our team will reach out.\n\nBest,\n{company} Recruiting\n",
        msgid=f"ats-{n}-{slug}@greenhouse.example",
        **kw,
    )


def newsletter(n: int) -> bytes:
    return mail(
        "Garden Weekly <news@garden-weekly.example>",
        f"Ten bulbs to plant this autumn (#{n})",
        "Our favourite autumn bulbs, and how deep to plant them.\n" * 20,
        msgid=f"news-{n}@garden-weekly.example",
        headers={"List-Id": "<weekly.garden-weekly.example>", "Precedence": "bulk"},
    )


# -- IMAP, against the real server --------------------------------------------------------


@pytest.fixture(params=["extensions", "no extensions"])
def imap_account(request, imap_server, plain_imap_server, test_cert):
    """Every IMAP test here runs twice: on Dovecot as it is, and with SPECIAL-USE,
    CONDSTORE and MOVE switched off (folders by name, incremental scans by UID)."""
    server = imap_server if request.param == "extensions" else plain_imap_server
    return new_account(server, test_cert)


def imap_source(account) -> ImapSource:
    return ImapSource("test", lambda: account.client("starttls"), folders=["INBOX"])


def test_scan_finds_applications_and_changes_no_flag(imap_account):
    for n in range(300):
        imap_account.deliver(newsletter(n), flags="S" if n % 3 else "")
    imap_account.deliver(ats_confirmation(1, "Brightforge Labs", "Backend Engineer"))
    imap_account.deliver(ats_confirmation(2, "Cobalt Orchard", "Product Designer"), flags="F")
    before = {f: imap_account.flags_snapshot(f) for f in ("INBOX", "Sent", "Junk")}

    store = Store.memory()
    report = Scanner(store, own_addresses=[ME], now=NOW).scan(imap_source(imap_account))

    companies = sorted(a.company or "" for a in store.applications())
    assert companies == ["Brightforge Labs", "Cobalt Orchard"]
    assert report.seen == 302
    assert report.fetched < 20  # newsletters were screened out from their headers
    assert {f: imap_account.flags_snapshot(f) for f in ("INBOX", "Sent", "Junk")} == before


def test_incremental_scan_fetches_only_new_mail_and_is_idempotent(imap_account):
    for n in range(50):
        imap_account.deliver(newsletter(n))
    store = Store.memory()
    scanner = Scanner(store, own_addresses=[ME], now=NOW)
    first = scanner.scan(imap_source(imap_account))
    assert first.seen == 50 and store.applications() == []

    again = scanner.scan(imap_source(imap_account))
    assert again.seen == 0  # nothing new, nothing fetched (the `UID n:*` trap is handled)

    imap_account.deliver(ats_confirmation(3, "Larkspur Energy", "Site Reliability Engineer"))
    third = scanner.scan(imap_source(imap_account))
    assert third.seen == 1 and third.created == 1
    assert [a.company for a in store.applications()] == ["Larkspur Energy"]


def test_confirmation_in_junk_is_found(imap_account):
    imap_account.deliver(ats_confirmation(4, "Mosswood Studios", "QA Engineer"), folder="Junk")
    store = Store.memory()
    Scanner(store, own_addresses=[ME], now=NOW).scan(imap_source(imap_account))
    assert [a.company for a in store.applications()] == ["Mosswood Studios"]


class DroppingSource(ImapSource):
    """Loses the connection once, in the middle of the scan."""

    header_batch = 100
    dropped = False

    def fetch_headers(self, folder, uids):
        if not self.dropped and uids[0] > 100:
            self.dropped = True
            self.client.shutdown()
            raise imaplib.IMAP4.abort("socket error: connection reset by peer")
        return super().fetch_headers(folder, uids)


def test_dropped_connection_resumes_without_gap_or_duplicate(imap_account):
    for n in range(250):
        if n in (50, 150, 240):
            imap_account.deliver(ats_confirmation(n, f"Company {n}", "Analyst"))
        else:
            imap_account.deliver(newsletter(n))
    store = Store.memory()
    slept = []
    source = DroppingSource("test", lambda: imap_account.client("starttls"), folders=["INBOX"])
    report = Scanner(store, own_addresses=[ME], now=NOW, sleep=slept.append).scan(source)
    assert source.dropped and report.reconnects == 1 and slept == [0.5]
    assert report.seen == 250  # each message handled once
    assert sorted(a.company for a in store.applications()) == [
        "Company 150",
        "Company 240",
        "Company 50",
    ]
    assert store.message_count() == 3


def test_uidvalidity_change_rescans_without_duplicates(imap_account):
    imap_account.deliver(ats_confirmation(5, "Tidewater Logistics", "Operations Planner"))
    store = Store.memory()
    scanner = Scanner(store, own_addresses=[ME], now=NOW)
    scanner.scan(imap_source(imap_account))
    state = store.folder_state("test", "INBOX")
    assert state is not None
    store.save_folder_state("test", "INBOX", state.uidvalidity + 1, state.last_uid, NOW)
    report = scanner.scan(imap_source(imap_account))
    assert report.seen == 1 and report.duplicates == 1 and report.created == 0
    assert len(store.applications()) == 1


def test_a_message_that_breaks_the_pipeline_is_recorded_and_skipped(imap_account):
    imap_account.deliver(ats_confirmation(6, "Quillfeather Press", "Production Editor"))
    imap_account.deliver(ats_confirmation(7, "Harborlight Health", "Clinical Coordinator"))
    from assistant.core.classify import classify

    def fragile(message):
        if "Quillfeather" in message.subject:
            raise ValueError("simulated bug")
        return classify(message)

    store = Store.memory()
    report = Scanner(store, own_addresses=[ME], now=NOW, classify=fragile).scan(
        imap_source(imap_account)
    )
    assert report.failures == 1
    assert [a.company for a in store.applications()] == ["Harborlight Health"]
    failures = store.scan_failures()
    assert len(failures) == 1 and "simulated bug" in failures[0]["defect"]


# -- the life of an application, through a Maildir --------------------------------------


def write_maildir(root, messages):
    """messages: (folder, raw) pairs; folder '' is INBOX, 'Sent' a Maildir++ folder.

    Each file is named after the ones already in its folder, so a scan (which reads a
    Maildir in file-name order) reads the messages in the order given, in every run.
    mailbox.Maildir's own names (the time, with unpadded microseconds) do not always
    sort in the order they were written."""
    top = mailbox.Maildir(str(root), create=True)
    for folder, raw in messages:
        box = Path(root, f".{folder}") if folder else Path(root)
        if folder and not box.is_dir():
            top.add_folder(folder)
        written = sum(1 for sub in ("new", "cur") for _ in (box / sub).iterdir())
        (box / "new" / f"{written:06d}.followup-test").write_bytes(raw)


def test_application_lifecycle_from_a_maildir(tmp_path):
    applied = NOW - timedelta(days=20)
    sent_application = mail(
        ME,
        "Application for Data Analyst at Northbeam Analytics",
        "Dear Ms Rivera,\n\nPlease find my CV attached for the Data Analyst role.\n\nAlex",
        msgid="app-1@example.org",
        to="Dana Rivera <dana.rivera@northbeam-analytics.example>",
        when=applied,
        attachment="Alex_Morgan_CV.pdf",
    )
    out_of_office = mail(
        "Dana Rivera <dana.rivera@northbeam-analytics.example>",
        "Automatic reply: Application for Data Analyst at Northbeam Analytics",
        "I am out of the office until Monday with limited access to email.",
        msgid="ooo-1@northbeam-analytics.example",
        in_reply_to="app-1@example.org",
        when=applied + timedelta(minutes=2),
        headers={"Auto-Submitted": "auto-replied"},
    )
    human_reply = mail(
        "Dana Rivera <dana.rivera@northbeam-analytics.example>",
        "Re: Application for Data Analyst at Northbeam Analytics",
        "Hi Alex,\n\nThanks for sending this over. Could you tell me when you would be free "
        "for a chat next week?\n\nDana",
        msgid="reply-1@northbeam-analytics.example",
        in_reply_to="app-1@example.org",
        when=applied + timedelta(days=6),
    )
    maildir = tmp_path / "Mail"
    write_maildir(
        maildir,
        [("Sent", sent_application), ("", out_of_office), ("", newsletter(1))],
    )
    store = Store.memory()
    scanner = Scanner(store, own_addresses=[ME], now=NOW)
    scanner.scan(MaildirSource(maildir))
    [application] = store.applications()
    assert application.company == "Northbeam Analytics"
    assert application.role == "Data Analyst"
    assert application.contact is not None
    assert application.contact.email == "dana.rivera@northbeam-analytics.example"
    assert application.status is Status.APPLIED  # an out-of-office is not a reply

    write_maildir(maildir, [("", human_reply)])
    second = scanner.scan(MaildirSource(maildir))
    assert second.duplicates == 2  # the stored messages are recognised, not added again
    application = store.application(application.id)
    assert application.status is Status.REPLIED
    kinds = [e["kind"] for e in store.evidence(application.id)]
    assert kinds[0] == "application_sent" and "auto_reply" in kinds
    assert store.message_count() == 3


def test_mbox_export_is_scanned_like_a_mailbox(tmp_path):
    path = tmp_path / "takeout.mbox"
    box = mailbox.mbox(str(path))
    box.add(ats_confirmation(8, "Cobalt Orchard", "Product Designer"))
    box.add(newsletter(2))
    box.flush()
    box.close()
    store = Store.memory()
    report = Scanner(store, own_addresses=[ME], now=NOW).scan(MboxSource(path))
    assert report.seen == 2
    assert [a.company for a in store.applications()] == ["Cobalt Orchard"]
    assert Scanner(store, own_addresses=[ME], now=NOW).scan(MboxSource(path)).created == 0


def test_not_a_maildir_is_a_clear_error(tmp_path):
    from assistant.errors import FollowupError

    with pytest.raises(FollowupError, match="is not a Maildir"):
        MaildirSource(tmp_path)


def test_a_follow_up_in_sent_counts_even_when_its_application_is_found_later(imap_account):
    applied = NOW - timedelta(days=15)
    confirmation = mail(
        "Priya Shah <priya.shah@harborlight-health.example>",
        "Your application for Clinical Data Coordinator",
        "Hi Alex,\n\nThank you for applying for the Clinical Data Coordinator position at "
        "Harborlight Health. We have received your application and will review it.\n\nPriya",
        msgid="confirm-hh@harborlight-health.example",
        when=applied,
    )
    follow_up = mail(
        ME,
        "Re: Your application for Clinical Data Coordinator",
        "Hi Priya,\n\nI wanted to check that my application arrived.\n\nAlex",
        msgid="followup-hh@example.org",
        to="Priya Shah <priya.shah@harborlight-health.example>",
        when=applied + timedelta(days=9),
        in_reply_to="confirm-hh@harborlight-health.example",
    )
    imap_account.deliver(confirmation, internaldate=applied)
    imap_account.deliver(follow_up, folder="Sent", internaldate=applied + timedelta(days=9))
    store = Store.memory()
    Scanner(store, own_addresses=[ME], now=NOW).scan(imap_source(imap_account))
    [application] = store.applications()
    assert application.company == "Harborlight Health"
    assert application.follow_ups == (applied + timedelta(days=9),)
    assert "follow_up" in [e["kind"] for e in store.evidence(application.id)]


def test_a_draft_sent_from_another_mail_client_is_marked_sent_by_the_scan(imap_account):
    store = Store.memory()
    app_id = store.add_application(NOW - timedelta(days=12), company="Cobalt Orchard")
    draft_id = store.add_draft(
        NOW,
        plan_key=f"{app_id}:email:1",
        application_id=app_id,
        channel="email",
        status="pending",
        to_email="lee@cobalt-orchard.example",
        subject="Following up",
        body="Hello",
        message_id="<draft-1@example.org>",
    )
    sent_copy = mail(
        ME,
        "Following up",
        "Hello",
        msgid="draft-1@example.org",
        to="lee@cobalt-orchard.example",
    )
    imap_account.deliver(sent_copy, folder="Sent")
    report = Scanner(store, own_addresses=[ME], now=NOW).scan(imap_source(imap_account))
    assert report.drafts_settled == 1
    assert store.draft(draft_id).status == "sent"
    assert store.application(app_id).follow_ups  # it counts as the follow-up
    assert [a["action"] for a in store.audit(draft_id)] == ["seen_in_sent"]


def test_a_pushed_draft_deleted_from_drafts_is_discarded(imap_account):
    store = Store.memory()
    app_id = store.add_application(NOW - timedelta(days=12), company="Cobalt Orchard")
    kept, deleted = (
        store.add_draft(
            NOW,
            plan_key=f"{app_id}:email:{n}",
            application_id=app_id,
            channel="email",
            status="pending",
            to_email="lee@cobalt-orchard.example",
            subject="Following up",
            body="Hello",
            message_id=f"<pushed-{n}@example.org>",
            pushed_at=NOW,
        )
        for n in (1, 2)
    )
    for n in (1, 2):
        raw = mail(ME, "Following up", "Hello", msgid=f"pushed-{n}@example.org")
        imap_account.append(raw, folder="Drafts", flags=["\\Draft"])
    scanner = Scanner(store, own_addresses=[ME], now=NOW)
    assert scanner.scan(imap_source(imap_account)).drafts_discarded == 0

    client = imap_account.client("starttls")
    client.select_folder("Drafts")
    uid = client.search(["HEADER", "Message-ID", "<pushed-2@example.org>"])
    client.delete_messages(uid)
    client.expunge()
    client.logout()

    report = scanner.scan(imap_source(imap_account))
    assert report.drafts_discarded == 1
    assert store.draft(kept).status == "pending"
    assert store.draft(deleted).status == "discarded"
    assert "deleted from the Drafts folder" in store.audit(deleted)[0]["detail"]


def test_an_explicit_since_reads_back_past_an_earlier_narrower_first_scan(imap_account):
    old = NOW - timedelta(days=200)
    imap_account.deliver(
        ats_confirmation(20, "Oldfield Systems", "Analyst", when=old), internaldate=old
    )
    imap_account.deliver(ats_confirmation(21, "Newco Labs", "Analyst"))
    store = Store.memory()
    scanner = Scanner(store, own_addresses=[ME], now=NOW)
    scanner.scan(imap_source(imap_account), since=(NOW - timedelta(days=90)).date())
    assert [a.company for a in store.applications()] == ["Newco Labs"]
    scanner.scan(imap_source(imap_account), since=None)  # plain incremental: nothing older
    assert len(store.applications()) == 1
    report = scanner.scan(imap_source(imap_account), since=None, backfill=True)  # --since all
    assert report.created == 1
    assert sorted(a.company for a in store.applications()) == ["Newco Labs", "Oldfield Systems"]


def test_a_first_scan_with_nothing_in_its_window_does_not_reread_everything_later(imap_account):
    old = NOW - timedelta(days=200)
    for n in range(5):
        imap_account.deliver(newsletter(n), internaldate=old)
    store = Store.memory()
    scanner = Scanner(store, own_addresses=[ME], now=NOW)
    assert scanner.scan(imap_source(imap_account), since=NOW.date()).seen == 0
    assert scanner.scan(imap_source(imap_account)).seen == 0


def test_a_missing_folder_is_one_clear_config_error(imap_account):
    from assistant.errors import ConfigError

    source = ImapSource("test", lambda: imap_account.client("starttls"), folders=["Nope"])
    with pytest.raises(ConfigError, match="cannot open the folder 'Nope'"):
        Scanner(Store.memory(), own_addresses=[ME], now=NOW).scan(source)


def test_consumer_mail_contacts_match_by_address_not_by_domain(tmp_path):
    maildir = tmp_path / "Mail"
    confirmation = mail(
        "Jo Lee <jo.lee@gmx.de>",
        "Your application for Data Analyst",
        "Hi Alex,\n\nThank you for applying for the Data Analyst position at Kleinwerk "
        "Studio. I have received your application.\n\nJo Lee",
        msgid="conf-kw@gmx.example",
        when=NOW - timedelta(days=14),
    )
    to_mum = mail(
        ME,
        "Sunday lunch",
        "See you at one!",
        msgid="lunch@example.org",
        to="Mum <mum@gmx.de>",
        when=NOW - timedelta(days=5),
    )
    to_jo = mail(
        ME,
        "Checking in",
        "Hi Jo, did my application arrive?",
        msgid="chk@example.org",
        to="Jo Lee <jo.lee@gmx.de>",
        when=NOW - timedelta(days=4),
    )
    write_maildir(maildir, [("", confirmation), ("Sent", to_mum), ("Sent", to_jo)])
    store = Store.memory()
    Scanner(store, own_addresses=[ME], now=NOW).scan(MaildirSource(maildir))
    [application] = store.applications()
    assert application.follow_ups == (NOW - timedelta(days=4),)  # only the mail to Jo
    assert store.find_message_by_id("<lunch@example.org>") is None  # private mail not kept


def test_takeout_mbox_own_mail_is_sent_and_never_the_contact(tmp_path):
    path = tmp_path / "takeout.mbox"
    box = mailbox.mbox(str(path))
    box.add(
        mail(
            "Maria Lopez <maria.lopez@northbeam-analytics.example>",
            "Your application: Data Analyst",
            "Dear Alex,\n\nThank you for applying for the Data Analyst position at Northbeam "
            "Analytics. I have received your application.\n\nMaria",
            msgid="conf-nb@northbeam-analytics.example",
            when=NOW - timedelta(days=15),
        )
    )
    box.add(
        mail(
            ME,
            "Re: Your application: Data Analyst",
            "Hi Maria, just checking that my application arrived.",
            msgid="fu-nb@example.org",
            to="maria.lopez@northbeam-analytics.example",
            in_reply_to="conf-nb@northbeam-analytics.example",
            when=NOW - timedelta(days=5),
            headers={"X-Gmail-Labels": "Sent,Opened"},
        )
    )
    box.flush()
    box.close()
    store = Store.memory()
    Scanner(store, own_addresses=[], now=NOW).scan(MboxSource(path))  # no config: no own address
    [application] = store.applications()
    assert application.contact is not None
    assert application.contact.email == "maria.lopez@northbeam-analytics.example"
    assert application.follow_ups == (NOW - timedelta(days=5),)
    assert application.status is Status.APPLIED


def test_spam_forging_the_users_address_is_not_their_mail(imap_account):
    forged = mail(
        ME, "Your application is approved!!", "Click here to claim.", msgid="spam@x.example"
    )
    imap_account.deliver(forged, folder="Junk")
    store = Store.memory()
    Scanner(store, own_addresses=[ME], now=NOW).scan(imap_source(imap_account))
    row = store.find_message_by_id("<spam@x.example>")
    assert row is None or row["direction"] == "in"


def test_a_rejection_after_drafting_discards_the_open_draft(tmp_path):
    maildir = tmp_path / "Mail"
    confirmation = mail(
        "Maria Lopez <maria.lopez@northbeam-analytics.example>",
        "Your application: Data Analyst",
        "Dear Alex,\n\nThank you for applying for the Data Analyst position at Northbeam "
        "Analytics. I have received your application.\n\nMaria",
        msgid="conf-rj@northbeam-analytics.example",
        when=NOW - timedelta(days=15),
    )
    write_maildir(maildir, [("", confirmation)])
    store = Store.memory()
    scanner = Scanner(store, own_addresses=[ME], now=NOW)
    scanner.scan(MaildirSource(maildir))
    [application] = store.applications()
    draft_id = store.add_draft(
        NOW,
        plan_key=f"{application.id}:email:1",
        application_id=application.id,
        channel="email",
        status="approved",
        to_email="maria.lopez@northbeam-analytics.example",
        subject="Re: Your application: Data Analyst",
        body="Hello Maria",
        message_id="<d-rj@example.org>",
    )
    rejection = mail(
        "Maria Lopez <maria.lopez@northbeam-analytics.example>",
        "Re: Your application: Data Analyst",
        "Dear Alex,\n\nThank you for your interest in the Data Analyst position. After careful "
        "consideration we have decided not to move forward with your application.\n\nMaria",
        msgid="rej-rj@northbeam-analytics.example",
        in_reply_to="conf-rj@northbeam-analytics.example",
        when=NOW - timedelta(days=1),
    )
    write_maildir(maildir, [("", rejection)])
    report = scanner.scan(MaildirSource(maildir))
    assert store.application(application.id).status is Status.REJECTED
    assert report.drafts_discarded == 1
    assert store.draft(draft_id).status == "discarded"
