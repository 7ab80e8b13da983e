"""A calendar program's invitation to an interview (Google Calendar, Outlook / Teams,
Zoom): "Invitation: Interview Robin Lee / Tessellate @ Thu 12 Mar 10am". Such mail has
almost no words of its own, so it read as no job mail; an interview in the event's
title, with the program's invitation wording or an .ics file, makes it an invitation.
Interviews that hire no one (user research, the press, an exit interview, practice)
and other events stay other business. Texts written for these tests; rules alone."""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Analysis, Kind
from assistant.core.parse import parse

GOOGLE = "Google Calendar <calendar-notification@google.com>"
GOOGLE_BODY = (
    "Priya Nair has invited you to an event.\n\n{title}\nThursday 12 Mar 2026 10am - 11am "
    "(Central European Time)\nJoining info: meet.google.com/abc-defg-hij\n\n"
    "Going (robin@example.net)? Yes - Maybe - No"
)


def analyse(
    sender: str,
    subject: str,
    body: str,
    *,
    ics: bool = False,
    to: str = "Robin Lee <robin@example.net>",
) -> Analysis:
    head = f"From: {sender}\nTo: {to}\nSubject: {subject}\nMIME-Version: 1.0\n"
    if ics:
        raw = (
            head + 'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\n'
            "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n--b1\n"
            'Content-Type: text/calendar; method=REQUEST; name="invite.ics"\n'
            'Content-Disposition: attachment; filename="invite.ics"\n\n'
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Interview\nEND:VEVENT\nEND:VCALENDAR\n"
            "--b1--\n"
        )
    else:
        raw = head + "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n"
    return classify(parse(raw.encode()), use_model=False)


def kind_of(sender: str, subject: str, body: str, *, ics: bool = False) -> Kind:
    return analyse(sender, subject, body, ics=ics).kind


@pytest.mark.parametrize(
    ("subject", "opening"),
    [
        ("Invitación: Entrevista Robin Lee / Tessellate", "Priya Nair te ha invitado a un evento."),
        ("Invito: Colloquio Robin Lee / Tessellate", "Priya Nair ti ha invitato a un evento."),
        ("Convite: Entrevista Robin Lee / Tessellate", "Priya Nair convidou você para um evento."),
        (
            "Uitnodiging: Sollicitatiegesprek Tessellate",
            "Priya Nair heeft je uitgenodigd voor een afspraak.",
        ),
    ],
)
def test_the_programs_wording_in_the_other_languages(subject: str, opening: str) -> None:
    body = GOOGLE_BODY.replace("Priya Nair has invited you to an event.", opening)
    assert kind_of(GOOGLE, subject + " @ 12/03/2026 10:00", body.format(title=subject)) == (
        Kind.INTERVIEW_INVITATION
    )


@pytest.mark.parametrize(
    ("sender", "subject", "body", "ics"),
    [
        (
            GOOGLE,
            "Invitation: Interview Robin Lee / Tessellate @ Thu 12 Mar 2026 10am - 11am (CET)",
            GOOGLE_BODY.format(title="Interview Robin Lee / Tessellate"),
            False,
        ),
        (
            "Priya Nair <priya.nair@tessellate.example>",
            "Vorstellungsgespräch Robin Lee – Tessellate GmbH",
            "Priya Nair hat Sie zu einer Besprechung eingeladen.\n\nVorstellungsgespräch Robin "
            "Lee – Tessellate GmbH\nDonnerstag, 12. März 2026 10:00-11:00\n\nMicrosoft "
            "Teams-Besprechung\nJetzt an der Besprechung teilnehmen",
            False,
        ),
        (
            "Outlook <no-reply@calendar.example>",
            "Invitation : Entretien – Robin Lee @ jeu. 12 mars 2026 10:00",
            "Claire Morel vous a invité à une réunion.\n\nEntretien – Robin Lee\njeudi 12 mars "
            "2026 10:00-11:00\n\nRejoindre la réunion Microsoft Teams",
            False,
        ),
        (
            "Priya Nair <priya.nair@tessellate.example>",
            "Technical interview - Robin Lee",
            "Thursday 12 March, 10:00-11:00 CET\nZoom: https://zoom.us/j/123456789",
            True,
        ),
    ],
)
def test_a_calendar_invitation_to_an_interview_is_one(
    sender: str, subject: str, body: str, ics: bool
) -> None:
    assert kind_of(sender, subject, body, ics=ics) == Kind.INTERVIEW_INVITATION


@pytest.mark.parametrize(
    "title",
    [
        "User interview - checkout study",
        "Exit interview",
        "Mock interview practice",
        "Press interview with the Daily Courier",
        "Team lunch",
        # the reader's name or hiring must stand in the title beside "interview"
        "Interview with the Riverside Gazette about the bike lanes",
        "Bewerbungsgespräch üben (Workshop)",
        "Prep for Lindenholz interview (mock questions) - Robin Lee",
        "Aufnahmeinterview Robin Lee – Gymnasium Nord",
        "Entrevista con el gestor hipotecario",
        "Informational interview - coffee chat",
        "Abgesagter Termin: Vorstellungsgespräch Robin Lee",
        "Accepted: Interview Robin Lee / Tessellate",
    ],
)
def test_interviews_that_hire_no_one_and_other_events_are_no_job_mail(title: str) -> None:
    for subject in (f"Invitation: {title} @ Thu 12 Mar 2026 10am - 11am (CET)", title):
        for ics in (False, True):
            body = GOOGLE_BODY.format(title=title)
            assert kind_of(GOOGLE, subject, body, ics=ics) != Kind.INTERVIEW_INVITATION


def test_a_cancelled_interview_is_no_invitation() -> None:
    subject = "Canceled event: Interview Robin Lee / Tessellate @ Thu 12 Mar 2026 10am (CET)"
    body = GOOGLE_BODY.format(title="Interview Robin Lee / Tessellate")
    assert kind_of(GOOGLE, subject, body) != Kind.INTERVIEW_INVITATION


def test_the_readers_name_in_the_event_title_is_no_role() -> None:
    analysis = analyse(
        "Priya Nair <priya.nair@tessellate.example>",
        "Technical interview - Robin Lee",
        "Thursday 12 March, 10:00-11:00 CET\nZoom: https://zoom.us/j/123456789",
        ics=True,
        to="Robin Lee <robin@example.net>",
    )
    assert analysis.kind == Kind.INTERVIEW_INVITATION
    assert analysis.role is None
    assert analysis.company == "Tessellate"


@pytest.mark.parametrize(
    "sender", ["Calendly <no-reply@calendly.com>", "Zoom <no-reply@zoom.us>", GOOGLE]
)
def test_the_meeting_tool_is_not_the_employer(sender: str) -> None:
    analysis = analyse(
        sender,
        "Confirmed: Interview - Backend Engineer with Priya Nair",
        "Hi Robin,\n\nYour event has been scheduled.\n\nInterview - Backend Engineer\n"
        "10:00 - 10:45, Thursday\n\nCancel | Reschedule",
    )
    assert analysis.kind == Kind.INTERVIEW_INVITATION
    assert analysis.company not in {"Calendly", "Zoom", "Google Calendar", "Google"}
