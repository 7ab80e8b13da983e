"""Personal mail that names a day and a time is no interview invitation.

The kind model learnt that "Thursday at 10" goes with invitations, and read "Are you free
for dinner on Thursday at 7?" as one (0.90-0.97), which would have opened an application
for a friend. Where the rules find no job evidence at all (no job word, strong or weak, no
tracking system, hiring mailbox or team, no calendar interview), the model's invitation is
held back; in the thread of the user's own application the same words are still read as
an invitation (tests/test_replies.py). These tests run the shipped model.
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse


def personal(subject: str, body: str, *, reply_to: str | None = None) -> bytes:
    threading = f"In-Reply-To: <{reply_to}>\nReferences: <{reply_to}>\n" if reply_to else ""
    return (
        "From: Dana Holt <dana.holt@mailbox.example>\nTo: Sam Reed <sam@mailbox.example>\n"
        f"Subject: {subject}\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n"
        f"Message-ID: <p1@mailbox.example>\n{threading}"
        "Content-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("dinner", "Hey Sam, are you free for dinner on Thursday at 7? Mia is coming too."),
        ("Friday", "Hi Sam, thanks, see you at the party on Friday!"),
        ("lunch", "Hi Sam! Let's grab lunch on Friday at 12?"),
        ("Samstag", "Hallo Sam, hast du Samstag um 15 Uhr Zeit für einen Kaffee?"),
        ("samedi", "Salut Sam, on se voit samedi à 15 h pour le marché ?"),
        ("sábado", "Hola Sam, ¿quedamos el sábado a las 18 para el cine?"),
    ],
)
def test_a_friends_plan_for_a_day_and_time_is_no_invitation(subject, body):
    analysis = classify(parse(personal(subject, body)))
    assert analysis.kind is not Kind.INTERVIEW_INVITATION
    if analysis.kind is Kind.NOT_JOB and any(
        r.startswith("model: interview") for r in analysis.reasons
    ):
        assert "the model's kind is not taken: no job word or sender" in analysis.reasons


def test_a_call_with_a_job_word_is_still_an_invitation():
    analysis = classify(
        parse(
            personal(
                "Your application",
                "Hi Sam, thanks for your application for the analyst role. "
                "Could we talk on Thursday at 10?",
            )
        )
    )
    assert analysis.kind is Kind.INTERVIEW_INVITATION


def test_in_a_thread_the_held_back_invitation_is_kept_for_the_tracker():
    analysis = classify(
        parse(
            personal(
                "Re: our call",
                "Hi Sam,\n\ncould we talk on Thursday at ten?",
                reply_to="app-1@x.example",
            )
        )
    )
    assert analysis.kind is Kind.NOT_JOB and analysis.in_thread == "interview_invitation"
