"""A big scan reads its mail in a worker process: the same records, Ctrl-C, no process left.

The worker (app/understanding.py) parses and classifies while the scan records;
with it, a batch's likely candidates are read while the batch before is written
(app/reading.py). None of that may change what a scan records.
"""

from __future__ import annotations

import imaplib
import json
import multiprocessing
import os
import signal
from datetime import timedelta
from functools import partial
from pathlib import Path

import pytest

from assistant.adapters.sources.imap import ImapSource
from assistant.adapters.sources.local import MaildirSource
from assistant.adapters.store import Store
from assistant.app.scanning import Scanner
from assistant.app.understanding import _WARM_UP_MAIL, Worker, read
from assistant.cli import main
from assistant.cli.context import AppContext
from assistant.cli.scan import _first_scan_worker
from assistant.core.language import guess
from tests.test_fail_fast import config_for
from tests.test_scanning import (
    ME,
    NOW,
    ats_confirmation,
    imap_source,
    mail,
    newsletter,
    write_maildir,
)

ATS_EMPLOYERS = [
    "Juniper Works",
    "Alderbank Foods",
    "Copperline Media",
    "Meadowgate Travel",
    "Stonebridge Dental",
    "Windrose Marine",
]


def mailbox_traffic() -> list[tuple[str, bytes]]:
    """Job mail whose handling depends on what earlier batches recorded, among noise."""
    applied = NOW - timedelta(days=30)
    traffic: list[tuple[str, bytes]] = []
    for n in range(6):
        company = f"Quarrystone {n} Systems"
        domain = f"quarrystone{n}.example"
        traffic.append(
            (
                "Sent",
                mail(
                    ME,
                    f"Application for Platform Engineer at {company}",
                    "Dear hiring team,\n\nplease find my CV attached.\n\nAlex",
                    msgid=f"app-{n}@example.org",
                    to=f"Robin Vale <robin.vale@{domain}>",
                    when=applied + timedelta(hours=n),
                    attachment="Alex_Morgan_CV.pdf",
                ),
            )
        )
    inbox: list[bytes] = []
    for n in range(6):
        domain = f"quarrystone{n}.example"
        inbox.append(newsletter(n))
        employer = ATS_EMPLOYERS[n]
        inbox.append(ats_confirmation(n, employer, "Data Analyst", when=applied))
        # known only from the Sent folder: fetched for its thread, not for its headers
        inbox.append(
            mail(
                f"Robin Vale <robin.vale@{domain}>",
                "Re: our call",
                "Hi Alex,\n\ncould we talk on Thursday at ten?\n\nRobin",
                msgid=f"reply-{n}@{domain}",
                in_reply_to=f"app-{n}@example.org",
                when=applied + timedelta(days=3),
            )
        )
        # from a known employer's domain, about nothing the screen knows
        inbox.append(
            mail(
                f"Office <office@{domain}>",
                "Parking this week",
                "The car park is closed on Friday.",
                msgid=f"office-{n}@{domain}",
                when=applied + timedelta(days=4),
            )
        )
        inbox.append(
            mail(
                f"{employer} Hiring Team <no-reply@us.greenhouse-mail.io>",
                f"Your application to {employer}",
                f"Hi Alex,\n\nthank you for your interest in the Data Analyst role at {employer}. "
                "After "
                "careful consideration we have decided to move forward with other "
                "candidates.\n\nJuniper Recruiting",
                msgid=f"no-{n}@greenhouse.example",
                when=applied + timedelta(days=9),
            )
        )
    inbox.append(b"\xff\xfe not a message at all \x00\x01")
    inbox.append(ats_confirmation(0, ATS_EMPLOYERS[0], "Data Analyst", when=applied))  # a copy
    return traffic + [("", raw) for raw in inbox]


def recorded(store: Store) -> str:
    """What a scan left in the store, without row ids and times."""
    tables = {
        "applications": "SELECT company, role, status, applied_at, ats, contact_email, "
        "thread_message_id FROM applications ORDER BY company",
        "messages": "SELECT message_key, folder, uid, direction, subject, kind, reasons, "
        "analysis, confidence, hex(features), defects FROM messages ORDER BY message_key",
        "evidence": "SELECT message_id, kind, reason FROM evidence ORDER BY message_id, kind",
        "failures": "SELECT uid, defect FROM scan_failures ORDER BY folder, uid",
        "follow_ups": "SELECT message_id, source FROM follow_ups ORDER BY message_id",
    }
    db = store._db  # noqa: SLF001 - a test reads the rows as they are stored
    return json.dumps({name: [list(r) for r in db.execute(q)] for name, q in tables.items()})


def scan(maildir: Path, worker_from: int) -> tuple[str, dict]:
    store = Store.memory()
    source = MaildirSource(maildir)
    source.header_batch = 4  # type: ignore[attr-defined]  # many batches, each read ahead
    source.body_batch = 2  # type: ignore[attr-defined]
    report = Scanner(store, own_addresses=[ME], now=NOW, worker_from=worker_from).scan(source)
    return recorded(store), report.as_dict()


def test_a_scan_with_a_worker_records_exactly_what_one_without_it_does(tmp_path):
    maildir = tmp_path / "Mail"
    write_maildir(maildir, mailbox_traffic())
    alone, alone_report = scan(maildir, worker_from=10**9)
    with_worker, worker_report = scan(maildir, worker_from=1)
    assert with_worker == alone
    assert worker_report == alone_report
    # the scan did what the traffic asks for, so the comparison means something
    stored = json.loads(alone)
    statuses = {company: status for company, _r, status, *_ in stored["applications"]}
    assert statuses == {
        # "could we talk on Thursday at ten?" in the application's thread invites to a call
        **{f"Quarrystone {n} Systems": "interviewing" for n in range(6)},
        **dict.fromkeys(ATS_EMPLOYERS, "rejected"),
    }
    assert len(stored["failures"]) == 1
    # the employers' office mail was fetched for its domain alone, once they were known
    assert alone_report["fetched"] == 31 and alone_report["duplicates"] == 1


def test_a_rescan_with_a_worker_never_fetches_stored_mail_whole(tmp_path):
    """Mail already stored (a rescan, a Gmail label beside INBOX) is a duplicate: the
    worker's read-ahead leaves it alone, as the scan itself does."""
    maildir = tmp_path / "Mail"
    write_maildir(maildir, mailbox_traffic())
    store = Store.memory()
    fetched: list[int] = []

    def scan_again() -> dict:
        source = MaildirSource(maildir)
        source.header_batch = 4  # type: ignore[attr-defined]
        source.body_batch = 2  # type: ignore[attr-defined]
        whole = source.fetch_messages

        def counted(folder, uids):  # type: ignore[no-untyped-def]
            fetched.extend(uids)
            return whole(folder, uids)

        source.fetch_messages = counted  # type: ignore[method-assign]
        return Scanner(store, own_addresses=[ME], now=NOW, worker_from=1).scan(source).as_dict()

    first = scan_again()
    assert first["duplicates"] == 1  # the copy of a confirmation, not fetched whole either
    assert first["fetched"] == len(fetched) > 0
    fetched.clear()
    again = scan_again()
    assert again["duplicates"] >= 25  # the job mail of the first scan
    assert len(fetched) == again["fetched"]  # what the scan asked for, nothing stored


def test_an_imap_scan_with_a_worker_records_what_one_without_it_does(imap_account):
    """The user's applications in Sent, the rest in INBOX: a first scan starts its worker
    before Sent (which it reads in line) as on a big account (docs/scanning.md)."""
    for folder, raw in mailbox_traffic():
        imap_account.deliver(raw, folder=folder or "INBOX")
    results, sent_with_worker = [], []
    for worker_from in (10**9, 1):
        store = Store.memory()
        source = imap_source(imap_account)
        source.header_batch = 5
        source.body_batch = 3
        scanner = Scanner(store, own_addresses=[ME], now=NOW, worker_from=worker_from)
        running: list[bool] = []
        scanner.progress = partial(_note_worker, scanner, running)
        scanner.scan(source)
        results.append(recorded(store))
        sent_with_worker.append(set(running))
    assert results[0] == results[1]
    assert sent_with_worker == [{False}, {True}]  # the worker ran while Sent was read
    stored = json.loads(results[0])
    statuses = {company: status for company, _r, status, *_ in stored["applications"]}
    assert statuses == {
        # "could we talk on Thursday at ten?" in the application's thread invites to a call
        **{f"Quarrystone {n} Systems": "interviewing" for n in range(6)},
        **dict.fromkeys(ATS_EMPLOYERS, "rejected"),
    }


def _note_worker(scanner: Scanner, noted: list[bool], folder: str, *_counts: int) -> None:
    """A scan's progress seam: whether the worker runs as each batch of Sent is read."""
    if folder == "Sent":
        noted.append(scanner._worker is not None)  # noqa: SLF001 - is it running?


def test_the_worker_ignores_ctrl_c_and_ends_with_the_scan():
    worker = Worker()
    pid = worker._pool.submit(os.getpid).result()  # noqa: SLF001 - the process to signal
    os.kill(pid, signal.SIGINT)  # what Ctrl-C sends the whole process group
    raw = ats_confirmation(1, "Brightforge Labs", "Backend Engineer")
    answer = worker.submit([(7, raw)], "inbox", frozenset({ME})).reads()
    assert answer[7].analysis is not None and answer[7].analysis.company == "Brightforge Labs"
    assert answer[7] == read(raw, "inbox", frozenset({ME}))  # the same as in this process
    worker.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_ctrl_c_in_a_scan_with_a_worker_leaves_no_process_behind(tmp_path):
    maildir = tmp_path / "Mail"
    write_maildir(maildir, mailbox_traffic())

    def interrupted(folder: str, done: int, total: int) -> None:
        raise KeyboardInterrupt

    store = Store.memory()
    source = MaildirSource(maildir)
    source.header_batch = 4  # type: ignore[attr-defined]
    scanner = Scanner(store, own_addresses=[ME], now=NOW, worker_from=1, progress=interrupted)
    with pytest.raises(KeyboardInterrupt):
        scanner.scan(source)
    assert multiprocessing.active_children() == []
    assert store.message_count() > 0  # the first batch was committed before the interrupt


def test_a_first_scan_of_a_big_account_starts_its_worker_before_the_first_folder(imap_account):
    """Sent is read first and is small here; the account as a whole is big enough."""
    for n in range(3):
        imap_account.deliver(newsletter(n))
        imap_account.deliver(
            mail(ME, f"Notes {n}", "for myself", msgid=f"own-{n}@example.org"), folder="Sent"
        )
    store = Store.memory()
    seen: list[tuple[str, bool]] = []

    def progress(folder: str, done: int, total: int) -> None:
        seen.append((folder, scanner._worker is not None))  # noqa: SLF001 - is it running?

    scanner = Scanner(store, own_addresses=[ME], now=NOW, worker_from=5, progress=progress)
    source = ImapSource("test", lambda: imap_account.client("starttls"), folders=["INBOX"])
    scanner.scan(source)
    assert seen[0] == ("Sent", True)  # 3 messages there, 6 in the account
    seen.clear()
    imap_account.deliver(newsletter(9))
    scanner.scan(source)  # the next scan: one new message, no worker
    assert seen == [("INBOX", False)]
    assert multiprocessing.active_children() == []


def test_a_first_scan_counts_only_the_mail_of_its_window_to_start_its_worker_early(
    imap_account,
):
    """Six messages from last year and two from this month: a first scan of this month
    is small (no worker, in any folder), a first scan of everything is big."""
    for n in range(3):
        old = NOW - timedelta(days=400 + n)
        imap_account.deliver(newsletter(n), internaldate=old)
        own = mail(ME, f"Notes {n}", "for myself", msgid=f"own-{n}@example.org", when=old)
        imap_account.deliver(own, folder="Sent", internaldate=old)
    imap_account.deliver(newsletter(7), internaldate=NOW - timedelta(days=2))
    imap_account.deliver(newsletter(8), internaldate=NOW - timedelta(days=1))
    for since, expected in ((NOW.date() - timedelta(days=30), False), (None, True)):
        store = Store.memory()
        running: list[bool] = []
        scanner = Scanner(store, own_addresses=[ME], now=NOW, worker_from=5)
        scanner.progress = partial(_note_any_worker, scanner, running)
        source = ImapSource("test", lambda: imap_account.client("starttls"), folders=["INBOX"])
        report = scanner.scan(source, since=since)
        assert report.seen == (2 if since else 8)
        assert set(running) == {expected}
    assert multiprocessing.active_children() == []


class DropsWhileCounting(ImapSource):
    """Loses the connection the first time a folder's UIDs are asked for: the count."""

    dropped = False

    def uids(self, folder, after, since=None):  # type: ignore[no-untyped-def]
        if not self.dropped:
            self.dropped = True
            self.client.shutdown()
            raise imaplib.IMAP4.abort("socket error: connection reset by peer")
        return super().uids(folder, after, since)


def test_a_connection_lost_while_counting_the_window_does_not_fail_the_scan(imap_account):
    for n in range(3):
        imap_account.deliver(newsletter(n), internaldate=NOW - timedelta(days=2))
    imap_account.deliver(ats_confirmation(4, "Harborlight Health", "Clinical Coordinator"))
    store = Store.memory()
    source = DropsWhileCounting("test", lambda: imap_account.client("starttls"), folders=["INBOX"])
    scanner = Scanner(store, own_addresses=[ME], now=NOW, worker_from=2, sleep=lambda _s: None)
    report = scanner.scan(source, since=NOW.date() - timedelta(days=30))
    assert source.dropped and report.seen == 4
    assert [a.company for a in store.applications()] == ["Harborlight Health"]
    assert multiprocessing.active_children() == []


def _note_any_worker(scanner: Scanner, noted: list[bool], *_progress: object) -> None:
    noted.append(scanner._worker is not None)  # noqa: SLF001 - is it running?


def test_a_worker_that_dies_is_replaced_by_reading_in_the_scan(caplog):
    worker = Worker()
    pid = worker._pool.submit(os.getpid).result()  # noqa: SLF001 - the process to kill
    os.kill(pid, signal.SIGKILL)
    raw = ats_confirmation(2, "Harborlight Health", "Clinical Coordinator")
    answer = worker.submit([(3, raw)], "inbox", frozenset({ME})).reads()
    assert answer[3] == read(raw, "inbox", frozenset({ME}))
    assert "reading in this one" in caplog.text
    worker.close()
    assert multiprocessing.active_children() == []


def test_a_big_first_scan_takes_the_worker_started_before_it_and_closes_it(imap_account):
    for n in range(6):
        imap_account.deliver(newsletter(n))
    early = Worker()
    store = Store.memory()
    taken: list[bool] = []
    scanner = Scanner(store, own_addresses=[ME], now=NOW, worker_from=5, worker=early)
    scanner.progress = lambda *_progress: taken.append(scanner._worker is early)  # noqa: SLF001
    scanner.scan(ImapSource("test", lambda: imap_account.client("starttls"), folders=["INBOX"]))
    assert taken and set(taken) == {True}
    assert multiprocessing.active_children() == []  # the scan closed it


def test_a_worker_started_before_a_small_scan_is_left_to_whoever_started_it(imap_account):
    imap_account.deliver(newsletter(1))
    early = Worker()
    scanner = Scanner(Store.memory(), own_addresses=[ME], now=NOW, worker_from=5, worker=early)
    running: list[bool] = []
    scanner.progress = partial(_note_any_worker, scanner, running)
    scanner.scan(ImapSource("test", lambda: imap_account.client("starttls"), folders=["INBOX"]))
    assert running == [False]  # read in line
    pid = early._pool.submit(os.getpid).result()  # noqa: SLF001 - still running, not closed
    assert pid != os.getpid()
    early.close()
    assert multiprocessing.active_children() == []


def test_the_cli_starts_a_worker_early_only_before_the_account_was_scanned(tmp_path):
    app = AppContext(config_path=config_for(tmp_path / "config.toml", 1143, 1144))
    early = _first_scan_worker(app, "main")  # no state database yet
    assert early is not None
    early.close()
    app.store.save_folder_state("main", "INBOX", 7, 120, NOW)
    assert _first_scan_worker(app, "main") is None
    other = _first_scan_worker(app, "other")  # another account's first scan
    assert other is not None
    other.close()
    app.close()
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    "args",
    [["--since", "yesterday"], ["--account", "nosuch"], ["--config", "missing.toml"]],
)
def test_a_first_scan_that_cannot_start_starts_no_worker(tmp_path, monkeypatch, capsys, args):
    """A usage, account or config error is reported before a worker is started: it would
    only make the one-line error wait for the classifier to load."""
    started: list[Worker] = []
    real_start = Worker.start

    def start() -> Worker:
        started.append(real_start())
        return started[-1]

    monkeypatch.setattr(Worker, "start", staticmethod(start))
    config = config_for(tmp_path / "config.toml", 1143, 1144)
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "home"))
    if args[0] == "--config":
        args = ["--config", str(tmp_path / args[1])]
        command = [*args, "scan"]
    else:
        command = ["--config", str(config), "scan", *args]
    try:
        code = main(command)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    _out, err = capsys.readouterr()
    assert code in (1, 2)
    assert len(err.strip().splitlines()) == 1, err
    assert started == []
    assert multiprocessing.active_children() == []


def test_the_warm_up_reads_job_mail_in_every_language_the_scan_reads():
    languages = [guess(f"{subject}\n{text}", minimum=3) for subject, text in _WARM_UP_MAIL]
    assert sorted(languages) == sorted(["en", "de", "fr", "nl", "es", "it", "pt"])
