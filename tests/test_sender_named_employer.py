"""A refusal whose text names no employer, from a firm whose name looks like a person's
("Morgan Stanley" <no-reply@us.greenhouse-mail.io>, signed "Morgan Stanley") or that
signs as a team ("Zalando Talent Acquisition"): the user's application at that firm
closes, through the real CLI on a real Dovecot mailbox.

Extraction cannot tell the firm from a recruiter writing as herself, and leaves the
company out; before, the refusal matched nothing, opened a record of its own, and the
application stayed "applied" with a follow-up to draft.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests import cli_support
from tests.test_scanning import mail

PLAN_AT = "2025-03-24T10:00:00+00:00"
START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
ATS = "no-reply@us.greenhouse-mail.io"


def run_json(capsys, *argv: str):
    return cli_support.run_json(["--now", PLAN_AT, *argv], capsys)


@pytest.fixture
def mailbox(tmp_path: Path, imap_account, monkeypatch) -> Path:
    receipt = mail(
        f"Morgan Stanley <{ATS}>",
        "Thank you for applying to Morgan Stanley",
        "Dear Alex,\n\nThank you for applying to Morgan Stanley. We have received your "
        "application for the Credit Analyst position and will review it.\n\nMorgan Stanley",
        msgid="receipt-1@us.greenhouse-mail.io",
        when=START,
    )
    refusal = mail(
        f"Morgan Stanley <{ATS}>",
        "Update on your application",
        "Dear Alex,\n\nThank you for your interest. Unfortunately, we have decided to move "
        "forward with other candidates.\n\nBest regards,\nMorgan Stanley",
        msgid="refusal-1@us.greenhouse-mail.io",
        when=START + timedelta(days=8),
    )
    # "Recruiting" signed "Zalando Talent Acquisition": a firm or a department
    receipt_2 = mail(
        f"Zalando <{ATS}>",
        "Thank you for applying to Zalando",
        "Dear Alex,\n\nThank you for applying to Zalando. We have received your application "
        "for the Buyer position and will review it.\n\nZalando",
        msgid="receipt-2@us.greenhouse-mail.io",
        when=START,
    )
    refusal_2 = mail(
        f"Recruiting <{ATS}>",
        "Update on your application",
        "Dear Alex,\n\nThank you for your interest. Unfortunately, we have decided to move "
        "forward with other candidates.\n\nBest regards,\nZalando Talent Acquisition",
        msgid="refusal-2@us.greenhouse-mail.io",
        when=START + timedelta(days=9),
    )
    mails = (
        (receipt, START),
        (refusal, START + timedelta(days=8)),
        (receipt_2, START),
        (refusal_2, START + timedelta(days=9)),
    )
    return cli_support.use_mailbox(tmp_path, imap_account, monkeypatch, mails)


def test_a_refusal_naming_no_employer_closes_the_application_at_the_senders_firm(mailbox, capsys):
    run_json(capsys, "scan", "--json")
    apps = run_json(capsys, "apps", "list", "--all", "--json")
    assert sorted((a["company"], a["role"], a["status"]) for a in apps) == [
        ("Morgan Stanley", "Credit Analyst", "rejected"),
        ("Zalando", "Buyer", "rejected"),
    ]
    shown = [run_json(capsys, "apps", "show", str(a["id"]), "--json") for a in apps]
    reasons = [e["reason"] for detail in shown for e in detail["evidence"]]
    for key in ("morgan stanley", "zalando"):
        said = f"the sender's name or signature is an employer's ({key})"
        assert any(said in r for r in reasons), reasons
    assert [d for d in run_json(capsys, "plan", "--json") if d["action"] == "email"] == []
