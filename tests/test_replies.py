"""Replies in threads: a person answering the user's own mail is a reply (issue 11 item 5).

The unit tests call ``core.track.decide``; the end-to-end ones scan a real Dovecot
mailbox with the user's application and follow-up in Sent and the answers in INBOX.
The mail is the project's own (a fictitious employer on an example domain).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from assistant.adapters.sources.imap import ImapSource
from assistant.adapters.store import Store
from assistant.app.scanning import Scanner
from assistant.core import track
from assistant.core.models import Address, Analysis, Kind, Message, Status
from tests.test_scanning import mail

ME = "alex@example.org"
PRIYA = "Priya Natarajan <priya.natarajan@fernhill-analytics.example>"
APPLIED = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
NOW = datetime(2025, 3, 24, 10, 0, tzinfo=UTC)


def known(**kw) -> list[track.AppSummary]:
    return [
        track.AppSummary(
            1,
            "Fernhill Analytics",
            "Data Analyst",
            Status.APPLIED,
            message_ids=frozenset({"<app-1@example.org>", "<fu-1@example.org>", "<ats@x>"}),
            own_message_ids=frozenset({"<app-1@example.org>", "<fu-1@example.org>"}),
            **kw,
        )
    ]


def answer(kind: Kind, *, to: str = "<fu-1@example.org>", **kw) -> tuple[Message, Analysis]:
    message = Message(
        message_id="<r@fernhill-analytics.example>",
        sender=Address("Priya Natarajan", "priya.natarajan@fernhill-analytics.example"),
        in_reply_to=to,
        references=(to,),
        date=NOW,
    )
    return message, Analysis(kind=kind, company="Fernhill Analytics", **kw)


@pytest.mark.parametrize("kind", [Kind.APPLICATION_CONFIRMATION, Kind.OTHER_JOB, Kind.NOT_JOB])
def test_a_person_answering_your_mail_is_a_reply_whatever_it_sounds_like(kind):
    change = track.decide(*answer(kind), known(), is_automatic=False)
    assert change.status is Status.REPLIED
    assert change.reason.startswith("a person replied to your mail")


@pytest.mark.parametrize(
    ("kind", "status"),
    [(Kind.REJECTION, Status.REJECTED), (Kind.INTERVIEW_INVITATION, Status.INTERVIEWING)],
)
def test_a_clear_rejection_or_invitation_in_your_thread_is_that(kind, status):
    change = track.decide(*answer(kind), known(), is_automatic=False)
    assert change.status is status
    assert "(an answer to your mail)" in change.reason


def test_an_offer_in_your_thread_is_an_offer():
    message, analysis = answer(Kind.OTHER_JOB, is_offer=True)
    assert track.decide(message, analysis, known(), is_automatic=False).status is Status.OFFER


def test_automatic_mail_in_your_thread_is_never_a_reply():
    change = track.decide(*answer(Kind.AUTO_REPLY), known(), is_automatic=True)
    assert change.status is None and change.reason.startswith("automatic reply")
    # a confirmation that a machine sent, even into your thread
    change = track.decide(*answer(Kind.APPLICATION_CONFIRMATION), known(), is_automatic=True)
    assert change.status is None


def test_a_confirmation_in_a_thread_that_is_not_yours_stays_a_confirmation():
    change = track.decide(
        *answer(Kind.APPLICATION_CONFIRMATION, to="<ats@x>"), known(), is_automatic=False
    )
    assert change.action == "update" and change.status is None


@pytest.mark.parametrize(
    ("reading", "status"),
    [
        ("rejection", Status.REJECTED),
        ("interview_invitation", Status.INTERVIEWING),
        ("offer", Status.OFFER),
    ],
)
def test_a_reply_without_job_words_is_read_as_an_answer_to_your_mail(reading, status):
    """ "Sorry, we went with someone else" has no job word: not job mail on its own, a
    refusal as the answer to your application."""
    change = track.decide(*answer(Kind.NOT_JOB, in_thread=reading), known(), is_automatic=False)
    assert change.status is status and change.kind == reading
    assert "as an answer to your mail (no job word of its own)" in change.reason


def test_a_reply_without_job_words_in_a_thread_that_is_not_yours_is_only_a_reply():
    message, analysis = answer(Kind.NOT_JOB, to="<ats@x>", in_thread="rejection")
    change = track.decide(message, analysis, known(), is_automatic=False)
    assert change.status is Status.REPLIED and change.kind is None


def _reply(subject: str, body: str, *, threaded: bool = True) -> Analysis:
    from assistant.core.classify import classify
    from assistant.core.parse import parse

    raw = mail(
        PRIYA,
        subject,
        body,
        msgid="short@fernhill-analytics.example",
        in_reply_to="fu-1@example.org" if threaded else None,
        when=NOW,
    )
    return classify(parse(raw))


def test_the_classifier_records_what_a_short_reply_says_in_a_job_thread():
    refusal = _reply(
        "Re: Quick question", "Hi Alex,\n\nsorry, we went with someone else. Good luck!"
    )
    assert refusal.kind is Kind.NOT_JOB and refusal.in_thread == "rejection"
    assert any(r.startswith("as an answer in a job thread: rejection") for r in refusal.reasons)
    # the same words as a new message (no reply, no "Re:"), or no refusal at all: nothing
    assert (
        _reply("Quick note", "Hi Alex, sorry, we went with someone else.", threaded=False).in_thread
        is None
    )
    assert _reply("Re: Quick question", "Hi Alex, thanks, talk soon!\n\nPriya").in_thread is None


def test_job_mail_and_other_business_get_no_thread_reading():
    job = _reply(
        "Re: Following up on my application",
        "Dear Alex,\n\nwe have decided not to move forward with your application.\n\nPriya",
    )
    assert job.kind is Kind.REJECTION and job.in_thread is None
    flat = _reply(
        "Re: Viewing of the flat",
        "Hi Alex, sorry, we went with someone else for the apartment rental. Good luck!",
    )
    assert flat.kind is Kind.NOT_JOB and flat.in_thread is None


# -- end to end, on Dovecot ---------------------------------------------------------------


def application() -> bytes:
    return mail(
        ME,
        "Application for Data Analyst at Fernhill Analytics",
        "Dear Ms Natarajan,\n\nplease find my CV attached for the Data Analyst role.\n\nAlex",
        msgid="app-1@example.org",
        to=PRIYA,
        when=APPLIED,
        attachment="Alex_Morgan_CV.pdf",
    )


def follow_up() -> bytes:
    return mail(
        ME,
        "Following up on my application",
        "Dear Ms Natarajan,\n\nI am writing to follow up on my application for the Data "
        "Analyst role. I remain very interested.\n\nAlex",
        msgid="fu-1@example.org",
        to=PRIYA,
        when=APPLIED + timedelta(days=10),
        in_reply_to="app-1@example.org",
    )


def in_thread(
    subject: str, body: str, name: str, *, to: str = "fu-1@example.org", **extra: Any
) -> bytes:
    """Priya's message in the thread of the user's mail (the follow-up unless ``to``)."""
    return mail(
        PRIYA,
        subject,
        body,
        msgid=f"{name}@fernhill-analytics.example",
        in_reply_to=to,
        when=APPLIED + timedelta(days=11),
        **extra,
    )


def scan(imap_account, *answers: bytes) -> tuple[Store, int]:
    imap_account.deliver(application(), folder="Sent", internaldate=APPLIED)
    imap_account.deliver(follow_up(), folder="Sent", internaldate=APPLIED + timedelta(days=10))
    for raw in answers:
        imap_account.deliver(raw, internaldate=APPLIED + timedelta(days=11))
    store = Store.memory()
    source = ImapSource("test", lambda: imap_account.client("starttls"), folders=["INBOX"])
    Scanner(store, own_addresses=[ME], now=NOW).scan(source)
    [app] = store.applications()
    return store, app.id


def test_a_recruiters_answer_to_your_follow_up_is_a_reply(imap_account):
    checking_in = in_thread(
        "Re: Following up on my application",
        "Hi Alex,\n\nThanks for checking in, your application is complete and with the "
        "hiring manager. I'll let you know by Friday.\n\nBest,\nPriya",
        "reply-1",
    )
    store, app_id = scan(imap_account, checking_in)
    assert store.application(app_id).status is Status.REPLIED
    reasons = [e["reason"] for e in store.evidence(app_id)]
    assert any(r.startswith("a person replied to your mail") for r in reasons)
    # answered, and on the day of the answer (its confirmation-like kind notwithstanding)
    from assistant.app import stats

    figures = stats.figures(store)
    assert figures.overall.answered == 1 and figures.days_to_answer == (11.0,)


def test_an_out_of_office_in_the_same_thread_is_not_a_reply(imap_account):
    away = in_thread(
        "Automatic reply: Following up on my application",
        "I am out of the office until 24 March with limited access to email.",
        "ooo-1",
        headers={"Auto-Submitted": "auto-replied"},
    )
    store, app_id = scan(imap_account, away)
    assert store.application(app_id).status is Status.APPLIED
    kinds = [e["kind"] for e in store.evidence(app_id)]
    assert "auto_reply" in kinds and "follow_up" in kinds


def test_a_person_answering_the_application_itself_is_a_reply(imap_account):
    """No follow-up needed: an answer in the thread of the application mail counts too."""
    thanks = in_thread(
        "Re: Application for Data Analyst at Fernhill Analytics",
        "Hi Alex,\n\nthank you, we have received your application and I have passed it to "
        "the team. I will be in touch next week.\n\nPriya",
        "reply-2",
        to="app-1@example.org",
    )
    store, app_id = scan(imap_account, thanks)
    assert store.application(app_id).status is Status.REPLIED
    [evidence] = [
        e
        for e in store.evidence(app_id)
        if e["message_id"] == "<reply-2@fernhill-analytics.example>"
    ]
    assert evidence["reason"].startswith("a person replied to your mail")


def test_a_rejection_in_your_thread_is_a_rejection_and_an_answer(imap_account):
    from assistant.app import stats

    no = in_thread(
        "Re: Following up on my application",
        "Dear Alex,\n\nthank you for following up. I am sorry to tell you that we have decided "
        "not to move forward with your application for this role.\n\nKind regards,\nPriya",
        "reply-3",
    )
    store, app_id = scan(imap_account, no)
    assert store.application(app_id).status is Status.REJECTED
    reasons = [e["reason"] for e in store.evidence(app_id)]
    assert any(r.startswith("rejection (an answer to your mail)") for r in reasons)
    figures = stats.figures(store)
    assert (figures.overall.answered, figures.overall.total) == (1, 1)
    assert figures.days_to_answer == (11.0,)


def test_a_short_refusal_in_your_thread_is_a_rejection(imap_account):
    no = in_thread(
        "Re: Quick question",
        "Hi Alex,\n\nsorry, we went with someone else. Good luck!\n\nPriya",
        "reply-4",
    )
    store, app_id = scan(imap_account, no)
    assert store.application(app_id).status is Status.REJECTED
    [evidence] = [
        e
        for e in store.evidence(app_id)
        if e["message_id"] == "<reply-4@fernhill-analytics.example>"
    ]
    assert evidence["kind"] == "rejection"
    assert evidence["reason"].startswith("rejection, as an answer to your mail")


def test_an_out_of_office_without_auto_headers_is_not_a_reply(imap_account):
    """A vacation note sent by hand-set rules, with no Auto-Submitted header: its wording
    is enough (an automatic reply never counts)."""
    away = in_thread(
        "Re: Following up on my application",
        "Hello,\n\nI am currently on annual leave and will be back on 2 April. I will reply "
        "to your message on my return.\n\nPriya",
        "ooo-2",
    )
    store, app_id = scan(imap_account, away)
    assert store.application(app_id).status is Status.APPLIED
    [row] = [m for m in store.received_messages(app_id)]
    assert row["kind"] == "auto_reply"


@pytest.mark.parametrize(
    "subject",
    [
        "Abwesenheitsnotiz: Following up on my application",
        "Automatic reply: Following up on my application",
        "Réponse automatique : Following up on my application",
    ],
)
def test_a_mail_clients_auto_reply_prefix_is_never_a_reply(imap_account, subject):
    """An out-of-office note with no auto headers, in wording the classifier may not
    know (a date breaks the sentence): the mail client's subject prefix tells."""
    away = in_thread(
        subject,
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 31.03.2025 nicht im "
        "Büro. In dringenden Fällen schreiben Sie bitte an jobs@fernhill-analytics.example.",
        "ooo-3",
    )
    store, app_id = scan(imap_account, away)
    assert store.application(app_id).status is Status.APPLIED


def test_a_person_writing_about_an_absence_is_still_a_reply():
    from assistant.core.intake import automatic_reasons

    message, analysis = answer(Kind.OTHER_JOB)
    for subject in ("Re: Out of office until Monday?", "Re: Following up on my application"):
        assert automatic_reasons(replace(message, subject=subject), analysis) == []
    prefixed = replace(message, subject="Out of Office: Following up")
    assert automatic_reasons(prefixed, analysis) == [
        "subject: a mail client's automatic-reply prefix 'Out of Office:'"
    ]
