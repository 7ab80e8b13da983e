"""Tracking through real scans: which application each message belongs to.

The mail is written here, in the project's own words; employers are fictitious
except for the domain names whose structure the Public Suffix List decides.
"""

from __future__ import annotations

from datetime import timedelta

from assistant.adapters.store import Store
from assistant.app.scanning import Scanner
from assistant.core.models import Status
from tests.test_scanning import ME, NOW, imap_source, mail


def test_careers_subdomain_and_a_person_at_the_domain_are_one_application(imap_account):
    """careers.sap.de and sap.de are one employer: the registrable domain says so.

    The confirmation names the brand and the invitation names nothing, so only the
    domain can tie them together (the hand-written rule kept careers.sap.de whole).
    """
    applied = NOW - timedelta(days=12)
    imap_account.deliver(
        mail(
            "Walldorf Software Careers <recruiting@careers.sap.de>",
            "Your application: Working Student Data Engineering",
            "Dear Alex,\n\nthank you for applying to Walldorf Software for the Working Student "
            "Data Engineering position. We have received your application and will review it.\n\n"
            "Kind regards\nYour Recruiting Team\n",
            msgid="conf-1@careers.sap.de",
            when=applied,
        )
    )
    imap_account.deliver(
        mail(
            "Lena Vogt <lena.vogt@sap.de>",
            "Interview invitation",
            "Hello Alex,\n\nwe would like to invite you to an interview next week. "
            "Could you let me know which of these times suits you: Tuesday 10:00 or "
            "Wednesday 14:00?\n\nBest regards\nLena Vogt\n",
            msgid="invite-1@sap.de",
            when=applied + timedelta(days=5),
        )
    )
    store = Store.memory()
    Scanner(store, own_addresses=[ME], now=NOW).scan(imap_source(imap_account))
    [application] = store.applications()
    assert application.status is Status.INTERVIEWING
    kinds = sorted(e["kind"] for e in store.evidence(application.id))
    assert kinds == ["application_confirmation", "interview_invitation"]
    reasons = [e["reason"] for e in store.evidence(application.id)]
    assert "employer's domain sap.de" in reasons[1]
