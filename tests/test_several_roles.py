"""Several applications at one employer, and mail that cannot fool the tracking.

Real Dovecot mailboxes with mail written here in the project's own words; the
employers are fictitious.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.adapters.store import Store
from assistant.app import applications
from assistant.app.scanning import Scanner
from assistant.core.models import Status
from tests.test_scanning import ME, NOW, imap_source, mail

FEB_24 = NOW.replace(month=2, day=24)
MAR_1 = NOW.replace(month=3, day=1)


@pytest.fixture(params=["imap_account", "plain_imap_account"])
def mailbox(request: pytest.FixtureRequest):
    """Each test runs on Dovecot as it is and on Dovecot without SPECIAL-USE, CONDSTORE
    and MOVE (folders found by name, incremental scans by UID)."""
    return request.getfixturevalue(request.param)


def scan(mailbox) -> Store:
    store = Store.memory()
    Scanner(store, own_addresses=[ME], now=NOW).scan(imap_source(mailbox))
    return store


def by_role(store: Store) -> dict[str | None, object]:
    return {a.role: a for a in store.applications()}


def test_two_roles_at_one_employer_keep_their_own_mail_dates_and_no_follow_up(mailbox):
    mailbox.deliver(
        mail(
            "Priya Shah <priya.shah@quillfeather.example>",
            "Thank you for applying: Product Manager",
            "Dear Alex,\n\nthank you for applying for the Product Manager position at "
            "Quillfeather Analytics. We have received your application and our team will "
            "review it. Only shortlisted candidates will be contacted. Please do not call or "
            "email us about the status of your application.\n\nPriya Shah\n"
            "Quillfeather Analytics\n",
            msgid="pm-conf@quillfeather.example",
            when=FEB_24,
        )
    )
    mailbox.deliver(
        mail(
            ME,
            "Application: Junior Data Engineer - Alex Morgan",
            "Hello,\n\nplease find attached my application for the Junior Data Engineer "
            "opening at Quillfeather Analytics.\n\nBest regards\nAlex Morgan\n",
            msgid="jde-app@example.org",
            to="Quillfeather Analytics Talent <talent@quillfeather.example>",
            when=MAR_1,
            attachment="Alex_Morgan_CV.pdf",
        ),
        folder="Sent",
    )
    mailbox.deliver(
        mail(
            "Quillfeather Analytics <no-reply@quillfeather.example>",
            "Application received: Junior Data Engineer",
            "Hi Alex,\n\nthanks for applying for the Junior Data Engineer position at "
            "Quillfeather Analytics. We have received your application.\n\nThe Recruiting Team\n",
            msgid="jde-conf@quillfeather.example",
            when=MAR_1 + timedelta(days=1),
        )
    )
    store = scan(mailbox)
    roles = by_role(store)
    assert set(roles) == {"Product Manager", "Junior Data Engineer"}
    pm, jde = roles["Product Manager"], roles["Junior Data Engineer"]
    assert pm.no_follow_up and not jde.no_follow_up  # the request stays with its application
    assert jde.applied_at == MAR_1  # the day the user sent it, not the confirmation's
    assert pm.applied_at.date() == FEB_24.date()
    assert jde.company == "Quillfeather Analytics"
    assert jde.contact is not None and jde.contact.email == "talent@quillfeather.example"
    pm_mail = {m["message_id"] for m in store.application_messages(pm.id)}
    jde_mail = {m["message_id"] for m in store.application_messages(jde.id)}
    assert pm_mail == {"<pm-conf@quillfeather.example>"}
    assert jde_mail == {"<jde-app@example.org>", "<jde-conf@quillfeather.example>"}


def test_the_users_application_names_role_and_employer_and_an_earlier_confirmation_stays_apart(
    mailbox,
):
    mailbox.deliver(
        mail(
            ME,
            "Application: Editorial Assistant - Alex Morgan",
            "Dear hiring team,\n\nI would love to join Lucerne Publishing as an editorial "
            "assistant; my CV is attached.\n\nAlex Morgan\n",
            msgid="ea-app@example.org",
            to="jobs@lucernepublishing.example",
            when=MAR_1,
            attachment="Alex_Morgan_CV.pdf",
        ),
        folder="Sent",
    )
    mailbox.deliver(
        mail(
            "Marta Keller <marta.keller@lucernepublishing.example>",
            "Thank you for applying: Rights Coordinator",
            "Dear Alex,\n\nthank you for applying for the Rights Coordinator position at "
            "Lucerne Publishing. We have received your application and our team will review "
            "it. Only shortlisted candidates will be contacted.\n\nMarta Keller\n",
            msgid="rc-conf@lucernepublishing.example",
            when=MAR_1 - timedelta(days=14),
        )
    )
    store = scan(mailbox)
    roles = by_role(store)
    assert set(roles) == {"Editorial Assistant", "Rights Coordinator"}
    editorial = roles["Editorial Assistant"]
    assert editorial.company == "Lucerne Publishing"  # never "Lucernepublishing"
    assert editorial.applied_at == MAR_1
    assert not editorial.no_follow_up and roles["Rights Coordinator"].no_follow_up


def test_four_confirmations_naming_no_role_are_four_applications(mailbox):
    for n in range(4):
        mailbox.deliver(
            mail(
                "Nimbus Orchard Careers <careers@nimbusorchard.example>",
                "Thank you for applying to Nimbus Orchard",
                "Hi Alex,\n\nthank you for applying to Nimbus Orchard. We have received your "
                "application and our team will review it.\n\nNimbus Orchard Careers\n",
                msgid=f"conf-{n}@nimbusorchard.example",
                when=FEB_24 + timedelta(days=3 * n),
            )
        )
    store = scan(mailbox)
    found = store.applications()
    assert len(found) == 4
    assert {a.role for a in found} == {None}
    assert sorted(a.applied_at.date() for a in found) == [
        (FEB_24 + timedelta(days=3 * n)).date() for n in range(4)
    ]


def test_a_message_naming_no_role_at_an_employer_with_two_is_unsure(mailbox):
    for n, role in enumerate(("Data Analyst", "Backend Engineer")):
        mailbox.deliver(
            mail(
                "Kestrel Works Recruiting <recruiting@kestrelworks.example>",
                f"Application received: {role}",
                f"Hi Alex,\n\nthanks for applying for the {role} position at Kestrel Works. "
                "We have received your application.\n\nKestrel Works Recruiting\n",
                msgid=f"kw-{n}@kestrelworks.example",
                when=FEB_24 + timedelta(days=n),
            )
        )
    mailbox.deliver(
        mail(
            "Ola Berg <ola.berg@kestrelworks.example>",
            "Your application",
            "Dear Alex,\n\nthank you for your interest in Kestrel Works. Unfortunately we have "
            "decided not to move forward with your application.\n\nOla Berg\n",
            msgid="kw-reject@kestrelworks.example",
            when=MAR_1,
        )
    )
    store = scan(mailbox)
    assert len(store.applications()) == 2
    assert all(a.status is Status.APPLIED for a in store.applications())  # no guess
    for application in store.applications():
        kinds = [e["kind"] for e in store.evidence(application.id)]
        assert "unsure" in kinds


def test_a_forged_own_address_in_the_inbox_is_evidence_of_nothing(mailbox):
    mailbox.deliver(
        mail(
            ME,
            "Application for Data Analyst at Vantor Labs",
            "Please find my CV attached.",
            msgid="forged@attacker.example",
            to="Vantor Labs Talent <talent@vantor-labs.example>",
            attachment="Alex_Morgan_CV.pdf",
        )
    )
    store = scan(mailbox)
    assert store.applications() == []


def test_uidvalidity_change_lists_each_message_once(mailbox):
    mailbox.deliver(
        mail(
            "Brook Hale <brook.hale@tidewater.example>",
            "Application received: Operations Planner",
            "Dear Alex,\n\nthank you for applying for the Operations Planner position at "
            "Tidewater Logistics. We have received your application.\n\nBrook Hale\n",
            msgid="tw-1@tidewater.example",
        )
    )
    store = Store.memory()
    scanner = Scanner(store, own_addresses=[ME], now=NOW)
    scanner.scan(imap_source(mailbox))
    state = store.folder_state("test", "INBOX")
    assert state is not None
    store.save_folder_state("test", "INBOX", state.uidvalidity + 1, state.last_uid, NOW)
    scanner.scan(imap_source(mailbox))
    [application] = store.applications()
    detail = applications.get_detail(store, application.id)
    assert len(detail["messages"]) == 1
    assert len(detail["messages"][0]["locations"]) == 1


def test_without_the_extensions_folders_are_found_by_name_and_scans_go_by_uid(mailbox):
    if mailbox.backend == "dovecot" and mailbox._server.extensions is False:
        client = mailbox.client("starttls")
        capabilities = set(client.capabilities())
        assert not capabilities & {b"SPECIAL-USE", b"CONDSTORE", b"QRESYNC", b"MOVE"}
        flags = {f for entry in client.list_folders() for f in entry[0]}
        assert b"\\Sent" not in flags
        client.logout()
    store = Store.memory()
    scanner = Scanner(store, own_addresses=[ME], now=NOW)
    mailbox.deliver(
        mail(
            ME,
            "Application: Data Analyst - Alex Morgan",
            "Hello,\n\nmy application for the Data Analyst role is attached.\n\nAlex Morgan\n",
            msgid="da-app@example.org",
            to="Corvid Labs Careers <careers@corvidlabs.example>",
            attachment="Alex_Morgan_CV.pdf",
        ),
        folder="Sent",
    )
    first = scanner.scan(imap_source(mailbox))
    assert first.created == 1
    [application] = store.applications()
    assert (application.company, application.role) == ("Corvid Labs", "Data Analyst")
    again = scanner.scan(imap_source(mailbox))
    assert again.seen == 0  # nothing new: the next scan starts after the last UID
    mailbox.deliver(
        mail(
            "Corvid Labs Careers <careers@corvidlabs.example>",
            "Re: Application: Data Analyst - Alex Morgan",
            "Hi Alex,\n\nthanks, could you tell us when you are free for a call?\n\nSam\n",
            msgid="da-reply@corvidlabs.example",
            in_reply_to="da-app@example.org",
        )
    )
    third = scanner.scan(imap_source(mailbox))
    assert third.seen == 1
    assert store.application(application.id).status is Status.REPLIED
