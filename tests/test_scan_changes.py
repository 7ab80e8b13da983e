"""What a scan changed, named by company and role: in the terminal, in --json, in the log."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.adapters import paths
from assistant.adapters.config import load_settings
from assistant.adapters.store import Store
from assistant.app.progress import ProgressLines
from assistant.app.service import make_cycle
from tests.test_outbox import write_config
from tests.test_scanning import ats_confirmation, mail
from tests.test_send_cli import run

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
ME = "sam.rivers@example.test"


def rejection() -> bytes:
    return mail(
        "Brightforge Labs Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Your application to Brightforge Labs",
        "Hi Sam,\n\nThank you for your interest in the Backend Engineer role at Brightforge Labs."
        " Unfortunately, we have decided not to move forward with your application at this"
        " time. We wish you the best in your search.\n\nBrightforge Labs Recruiting\n",
        msgid="reject-1@greenhouse.example",
        to=ME,
        when=NOW - timedelta(days=2),
    )


def invitation() -> bytes:
    return mail(
        "Priya Natarajan <priya@cobaltorchard.example>",
        "Interview invitation: Product Designer at Cobalt Orchard",
        "Hi Sam,\n\nThank you for applying for the Product Designer position at Cobalt Orchard."
        " We would like to invite you to an interview. Are you available for a 30-minute video"
        " call next Tuesday or Wednesday? Please let me know which time suits you.\n\n"
        "Best regards,\nPriya Natarajan\nRecruiter, Cobalt Orchard\n",
        msgid="invite-1@cobaltorchard.example",
        to=ME,
        when=NOW - timedelta(days=1),
    )


def confirmations(account) -> None:
    account.deliver(ats_confirmation(1, "Brightforge Labs", "Backend Engineer", to=ME))
    account.deliver(ats_confirmation(2, "Cobalt Orchard", "Product Designer", to=ME))


def test_scan_names_what_is_new_by_company_and_role(
    tmp_path: Path, imap_account, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path / "config.toml", imap_account, None)
    base = ["--config", str(config), "--now", NOW.isoformat()]
    confirmations(imap_account)
    code, out, err = run([*base, "scan"], capsys)
    assert code == 0, err
    assert "New: Brightforge Labs — Backend Engineer" in out
    assert "New: Cobalt Orchard — Product Designer" in out

    imap_account.deliver(rejection())
    imap_account.deliver(invitation())
    imap_account.deliver(
        mail(
            "Larkspur Energy Careers <careers@larkspur-energy.example>",
            "Your application for Site Reliability Engineer",
            "Dear Sam,\n\nThank you for applying for the Site Reliability Engineer position at"
            " Larkspur Energy. We have received your application. Please do not contact us"
            " about the status of your application.\n",
            msgid="nfu-1@larkspur-energy.example",
            to=ME,
        )
    )
    code, out, err = run([*base, "scan", "--json"], capsys)
    assert code == 0, err
    report = json.loads(out)
    lines = [change["line"] for change in report["changes"]]
    assert "Rejected: Brightforge Labs — Backend Engineer" in lines
    assert "Interview: Cobalt Orchard — Product Designer" in lines
    assert "New: Larkspur Energy — Site Reliability Engineer" in lines
    assert (
        'No follow-up wanted: Larkspur Energy — Site Reliability Engineer ("Please do not'
        ' contact us about the status of your application.")'
    ) in lines
    assert len(lines) == 4
    rejected = next(c for c in report["changes"] if c["kind"] == "rejected")
    assert rejected["company"] == "Brightforge Labs" and rejected["application_id"] >= 1

    code, out, _ = run([*base, "scan"], capsys)  # nothing new: nothing named
    assert code == 0 and "New:" not in out and "Rejected:" not in out


def test_each_run_cycle_logs_what_changed(tmp_path: Path, imap_account, caplog) -> None:
    settings = load_settings(write_config(tmp_path / "config.toml", imap_account, None))
    store = Store.open(paths.database_path(tmp_path / "home"))
    confirmations(imap_account)
    imap_account.deliver(rejection())
    with caplog.at_level(logging.INFO, logger="assistant"):
        result = make_cycle(store, settings, account="personal", now=lambda: NOW)()
    logged = [record.getMessage() for record in caplog.records]
    assert "New: Brightforge Labs — Backend Engineer" in logged
    assert "Rejected: Brightforge Labs — Backend Engineer" in logged
    assert "New: Cobalt Orchard — Product Designer" in logged
    assert result.new_messages == 3


def test_progress_is_a_line_every_few_seconds() -> None:
    moments = iter([0.0, 1.0, 4.0, 5.5, 6.0, 12.0])
    lines: list[str] = []
    progress = ProgressLines(lines.append, every=5.0, clock=lambda: next(moments))
    for done in (1000, 2000, 3000, 4000, 5000):
        progress("INBOX", done, 5000)
    assert lines == [
        "scanning INBOX: 3000 of 5000 messages",
        "scanning INBOX: 5000 of 5000 messages",
    ]
