"""A tracking system's mail writes the employer's legal name ("Banco Meridional S.A.",
"Lar & Cia Comércio Varejista S.A.") where its first mail did not: one application all
the same, through the real CLI on a real Dovecot mailbox.

Mail from a tracking system comes from the platform's domain, so the company is the
only key it shares with the application. Before, a legal form or a longer writing of
the name opened a second record, and the first stayed "applied": a follow-up was
drafted to an employer that had said no.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests import cli_support
from tests.test_scanning import mail

PLAN_AT = "2025-03-24T10:00:00+00:00"
START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def run_json(capsys, *argv: str):
    return cli_support.run_json(["--now", PLAN_AT, *argv], capsys)


def receipt(display: str, tenant: str, employer: str, role: str, n: int) -> bytes:
    return mail(
        f"{display} <{tenant}@myworkday.com>",
        f"Your application: {role}",
        f"Dear Alex,\n\nThank you for applying to {employer}. We have received your "
        f"application for the {role} position and our team will review it.\n\n"
        f"{employer} Talent Acquisition",
        msgid=f"receipt-{n}@myworkday.com",
        when=START,
    )


def refusal(tenant: str, signed: str, role: str, n: int) -> bytes:
    return mail(
        f"Recruiting <{tenant}@myworkday.com>",
        f"Update on your application: {role}",
        f"Dear Alex,\n\nThank you for your interest in the {role} position. Unfortunately, "
        f"we have decided to move forward with other candidates.\n\nKind regards,\n{signed}",
        msgid=f"refusal-{n}@myworkday.com",
        when=START + timedelta(days=8),
    )


@pytest.fixture
def mailbox(tmp_path: Path, imap_account, monkeypatch) -> Path:
    mails = (
        (
            receipt(
                "Banco Meridional Careers",
                "bancomeridional",
                "Banco Meridional",
                "Credit Risk Analyst",
                1,
            ),
            START,
        ),
        (
            refusal("bancomeridional", "Banco Meridional S.A.", "Credit Risk Analyst", 1),
            START + timedelta(days=8),
        ),
        (receipt("Lar & Cia Careers", "larecia", "Lar & Cia", "Store Manager", 2), START),
        (
            refusal("larecia", "Lar & Cia Comércio Varejista S.A.", "Store Manager", 2),
            START + timedelta(days=8),
        ),
    )
    return cli_support.use_mailbox(tmp_path, imap_account, monkeypatch, mails)


def test_a_legal_or_longer_name_from_a_tracking_system_is_the_same_application(mailbox, capsys):
    run_json(capsys, "scan", "--json")
    apps = run_json(capsys, "apps", "list", "--json")
    assert sorted((a["company"], a["role"], a["status"]) for a in apps) == [
        ("Banco Meridional", "Credit Risk Analyst", "rejected"),
        ("Lar & Cia", "Store Manager", "rejected"),
    ]
    shown = [run_json(capsys, "apps", "show", str(a["id"]), "--json") for a in apps]
    reasons = [e["reason"] for detail in shown for e in detail["evidence"]]
    assert any("same company and role (Banco Meridional S.A. / " in r for r in reasons), reasons
    assert any(
        "same employer (Lar & Cia Comércio Varejista S.A. / Lar & Cia)" in r for r in reasons
    )
    # the cost the old records had: a follow-up to an employer that has said no
    assert [d for d in run_json(capsys, "plan", "--json") if d["action"] == "email"] == []
