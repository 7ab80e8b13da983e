"""The user's own application mail, read as such (pure)."""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.core import sent
from assistant.core.models import Address, Message

WHEN = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ME = {"alex@example.org"}


def application(subject: str, *to: Address, text: str = "", name: str = "Alex Morgan"):
    return Message(
        subject=subject,
        sender=Address(name, "alex@example.org"),
        to=to,
        date=WHEN,
        text=text,
        attachments=("Alex_Morgan_CV.pdf",),
    )


def test_role_without_the_users_name_lead_words_or_reference_numbers():
    cases = {
        "Application: Junior Data Engineer - Alex Morgan": "Junior Data Engineer",
        "Bewerbung als Werkstudent Datenanalyse (Kennziffer 2026-114)": "Werkstudent Datenanalyse",
        "Application for the Product Manager position, Ref. PM-2231": "Product Manager",
        "Alex Morgan | Backend Engineer | Job ID: R-5521": "Backend Engineer",
        "Candidature pour le poste de Chargée de projet": "Chargée de projet",
    }
    for subject, role in cases.items():
        assert sent.role_and_company(subject, ["Alex Morgan"])[0] == role, subject


def test_company_after_at_in_the_subject():
    assert sent.role_and_company("Application for Data Analyst at Acme Robotics") == (
        "Data Analyst",
        "Acme Robotics",
    )


def test_employer_from_the_display_name_before_the_domain():
    [found] = sent.read_application(
        application(
            "Application: Junior Data Engineer - Alex Morgan",
            Address("Harbor Analytics Talent", "talent@harboranalytics.example"),
        ),
        own=ME,
    )
    assert found.company == "Harbor Analytics" and found.role == "Junior Data Engineer"


def test_employer_spelt_in_the_text_never_the_squashed_domain():
    [found] = sent.read_application(
        application(
            "Application: Editorial Assistant - Alex Morgan",
            Address("", "jobs@lucernepublishing.example"),
            text="Dear hiring team,\n\nI would love to join Lucerne Publishing as an editorial "
            "assistant.\n\nAlex Morgan",
        ),
        own=ME,
    )
    assert found.company == "Lucerne Publishing"


def test_a_person_as_recipient_does_not_name_the_employer():
    [found] = sent.read_application(
        application("My CV", Address("Dana Rivera", "dana@fabrikam-labs.example")), own=ME
    )
    assert found.company == "Fabrikam Labs"  # the domain, as a last resort
    known = {"fabrikam-labs.example": "Fabrikam Laboratories"}
    [again] = sent.read_application(
        application("My CV", Address("Dana Rivera", "dana@fabrikam-labs.example")),
        own=ME,
        known=known,
    )
    assert again.company == "Fabrikam Laboratories"


def test_one_application_per_employer_of_a_mass_mailing():
    found = sent.read_application(
        application(
            "Application for Data Analyst at Acme Robotics",
            Address("Acme Careers", "jobs@acme-robotics.example"),
            Address("", "hr@contoso.example"),
            Address("Contoso Recruiting", "recruiting@careers.contoso.example"),
            Address("", "alex@example.org"),
        ),
        own=ME,
    )
    assert [(f.domain, f.company) for f in found] == [
        ("acme-robotics.example", "Acme"),
        ("contoso.example", "Contoso"),
    ]
    assert all(f.role == "Data Analyst" for f in found)


def test_replies_forwards_and_mail_without_a_resume_are_no_application():
    to = Address("", "hr@contoso.example")
    assert not sent.read_application(application("Re: Application: Data Analyst", to), own=ME)
    plain = Message(subject="Lunch?", to=(to,), attachments=("photo.jpg",))
    assert not sent.read_application(plain, own=ME)
