"""Details pulled out of job mail: sender platform, company, role, ids, dates, windows."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core import dates
from assistant.core.classify import classify
from assistant.core.company import company as find_company
from assistant.core.contacts import phone, portal_url
from assistant.core.dates import applied_on, response_window
from assistant.core.models import Message
from assistant.core.nofollowup import flatten
from assistant.core.parse import parse
from assistant.core.requisition import requisition_id
from assistant.core.role import role as find_role
from assistant.core.senders import sender_info


def message(sender: str, subject: str = "", body: str = "") -> Message:
    raw = f"From: {sender}\nSubject: {subject}\nDate: Mon, 10 Mar 2025 10:00:00 +0000\n\n{body}"
    return parse(raw.encode())


@pytest.mark.parametrize(
    ("sender", "ats", "tenant", "board"),
    [
        ("no-reply@us.greenhouse-mail.io", "greenhouse", None, False),
        ("harbourline@myworkday.com", "workday", "harbourline", False),
        ("noreply@harbourline.teamtailor-mail.com", "teamtailor", "harbourline", False),
        ("jobs-noreply@linkedin.com", "linkedin", None, True),
        ("talent@harbourline.example", None, None, False),
    ],
)
def test_sender_platform(sender: str, ats: str | None, tenant: str | None, board: bool) -> None:
    info = sender_info(message(sender))
    assert info.ats == ats
    assert info.tenant == tenant
    assert info.board is board


def test_hiring_and_other_mailboxes() -> None:
    assert sender_info(message("karriere@firma.example")).job_mailbox
    assert sender_info(message("orders@shop.example")).other_mailbox
    assert sender_info(message("no-reply@shop.example")).no_reply


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        (
            "Hiring Team <x@hire.lever.co>",
            "Hi",
            "Thanks for your interest in Bluefin Robotics!",
            "Bluefin Robotics",
        ),
        (
            "Bluefin Robotics Careers <careers@bluefin.example>",
            "Hi",
            "We got it.",
            "Bluefin Robotics",
        ),
        (
            "Dana Kerr (Bluefin Robotics) <bluefin@workablemail.com>",
            "Hi",
            "Hello.",
            "Bluefin Robotics",
        ),
        (
            "Dana Kerr <dana.kerr@bluefinrobotics.example>",
            "Out of office",
            "I am away.",
            "Bluefinrobotics",
        ),
        (
            "Dana Kerr <dana.kerr@blue-fin.example>",
            "x",
            "Welcome to the Blue Fin team.",
            "Blue Fin",
        ),
        ("x@y.example", "Thank you for applying to Ridgeway Partners", "", "Ridgeway Partners"),
        ("ErieJobs <noreply@eriejobs.example>", "Your application", "Submitted.", None),
    ],
)
def test_company(sender: str, subject: str, body: str, company: str | None) -> None:
    msg = message(sender, subject, body)
    found, why = find_company(msg, sender_info(msg), flatten(msg.text))
    assert found == company
    assert (why != "") is (company is not None)


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Hello",
            "Thank you for applying for the Junior Accountant position at Ridgeway.",
            "Junior Accountant",
        ),
        ("Your application: Site Reliability Engineer", "Thanks!", "Site Reliability Engineer"),
        ("Hi", "We reviewed your application for Head of Growth, and ...", "Head of Growth"),
        (
            "Hi",
            "Merci pour votre candidature au poste de technicien de maintenance.",
            "technicien de maintenance",
        ),
        (
            "Hi",
            "Vielen Dank für Ihre Bewerbung als Kfz-Mechatroniker bei uns.",
            "Kfz-Mechatroniker",
        ),
        ("Interview invitation - Store Manager", "See you soon.", "Store Manager"),
        ("Hello", "Thank you for your email.", None),
    ],
)
def test_role(subject: str, body: str, role: str | None) -> None:
    msg = message("x@ridgeway.example", subject, body)
    found, _ = find_role(msg, flatten(msg.text), "Ridgeway")
    assert found == role


def test_requisition_id_ignores_years() -> None:
    msg = message("x@y.example", "Application received (Job ID: 2025)", "Reference: JR-004512")
    assert requisition_id(msg, flatten(msg.text)) == "JR-004512"


@pytest.mark.parametrize(
    ("body", "days", "until"),
    [
        ("We will get back to you within 2 weeks.", 14, None),
        ("Expect to hear from us within 3-5 business days.", 7, None),
        ("Our team will review applications over the next two weeks.", 14, None),
        (
            "We will contact shortlisted candidates after the closing date of 15 March.",
            None,
            date(2025, 3, 15),
        ),
        ("Wir melden uns innerhalb von drei Wochen bei Ihnen.", 21, None),
        (
            "I am out of the office until 24 March and will reply when I return.",
            None,
            date(2025, 3, 24),
        ),
        ("We are a team of 12 people working in 3 countries.", None, None),
    ],
)
def test_response_window(body: str, days: int | None, until: date | None) -> None:
    msg = message("x@y.example", "s", body)
    window = response_window(msg, flatten(msg.text))
    if days is None and until is None:
        assert window is None
        return
    assert window is not None
    assert window.days == days
    assert window.until == until
    assert window.phrase in msg.text


@pytest.mark.parametrize(
    "unit",
    [
        "business days",
        "working day",
        "days",
        "weeks",
        "months",
        "tagen",
        "werktagen",
        "wochen",
        "woche",
        "monaten",
        "jours",
        "semaines",
        "mois",
        "dagen",
        "dag",
        "werkdagen",
        "weken",
        "week",
        "maanden",
        "dias habiles",
        "días",
        "semanas",
        "meses",
    ],
)
def test_every_window_unit_passes_the_cheap_search(unit: str) -> None:
    """The cheap search that gates the window pattern lets each of its units through."""
    for blank in (" ", "\t", "\n", "\xa0"):
        text = f"we will answer within 3{blank}{unit}."
        assert dates._WINDOW.search(text), text
        assert dates._UNIT_AFTER_BLANK.search(text), text
    msg = message("x@y.example", "s", f"We will get back to you within 3 {unit}.")
    assert response_window(msg, flatten(msg.text)) is not None


def test_applied_on_from_the_words_or_the_confirmation_date() -> None:
    msg = message("x@y.example", "s", "Your application, submitted on 3 March 2025, is in.")
    assert applied_on(msg, flatten(msg.text), True) == date(2025, 3, 3)
    plain = message("x@y.example", "s", "Thanks for applying.")
    assert applied_on(plain, flatten(plain.text), True) == date(2025, 3, 10)
    assert applied_on(plain, flatten(plain.text), False) is None


def test_phone_and_portal() -> None:
    flat = flatten(
        "Call me: +1 415 555 0199. Track it at https://acme.example/careers/status?id=3 or "
        "unsubscribe at https://acme.example/unsubscribe"
    )
    assert phone(flat) == "+1 415 555 0199"
    assert portal_url(flat) == "https://acme.example/careers/status?id=3"
    assert phone("Posted on 12.03.2025, ref 2025") is None


# ---------------------------------------------------------------------- real-mail shapes
# (issue 11; written for these tests in the shapes real mail has, not copied from it)

REAL_SHAPES = [
    # LinkedIn: "Your application to <title> at <company>"
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Platform Engineer at Halvard Systems",
        "Your application was sent to Halvard Systems.\n\nPlatform Engineer\n"
        "Halvard Systems · Leeds (Hybrid)\n",
        "Halvard Systems",
        "Platform Engineer",
    ),
    # a Workday tenant slug is not the company; the text names it
    (
        "Workday <acme@myworkday.com>",
        "Thank you for applying",
        "Dear Sam,\n\nThank you for applying to Acme Mutual Insurance for the Claims Analyst "
        "position. We have received your application.\n\nAcme Mutual Insurance Talent "
        "Acquisition",
        "Acme Mutual Insurance",
        "Claims Analyst",
    ),
    # gender markers and reference numbers are no part of a title
    (
        "Talent Team <jobs@kelpie.example>",
        "Ihre Bewerbung als Lagerist (m/w/d) - Ref. 4471",
        "Sehr geehrte Frau Kurz,\n\nvielen Dank für Ihre Bewerbung als Lagerist (m/w/d) bei "
        "der Kelpie Logistik GmbH. Wir haben Ihre Unterlagen erhalten.\n",
        "Kelpie Logistik GmbH",
        "Lagerist",
    ),
    (
        "Recrutement <rh@belvaux.example>",
        "Votre candidature - Comptable (H/F)",
        "Bonjour,\n\nNous avons bien reçu votre candidature au poste de Comptable (H/F) chez "
        "Belvaux Conseil.\n",
        "Belvaux Conseil",
        "Comptable",
    ),
    # a card's next label ("Location") does not run into the title
    (
        "Careers <careers@tidewell.example>",
        "Application received",
        "Thank you for applying to Tidewell Marine.\n\nPosition: Deck Officer\n"
        "Location: Bergen\nReference: TW-2291\n",
        "Tidewell Marine",
        "Deck Officer",
    ),
    # "<a step of the process> - <title>" in a subject, in Portuguese
    (
        "Equipe Larissa Têxtil <no-reply@larissatextil.example>",
        "Confirmação de Inscrição - Analista de Qualidade",
        "Olá Sam,\n\nRecebemos a sua candidatura. Obrigado pelo interesse na Larissa Têxtil!\n",
        "Larissa Têxtil",
        "Analista de Qualidade",
    ),
    # a team before a dash is not the company; "Hiring" inside a company's own name stays
    (
        "L'équipe RH - Maison Corbel <rh@maisoncorbel.example>",
        "Confirmation de réception de votre candidature",
        "Bonjour,\n\nNous accusons réception de votre candidature et vous en remercions.\n",
        "Maison Corbel",
        None,
    ),
    (
        "Bright Hiring <noreply@brighthiring.example>",
        "Sollicitatie ontvangen",
        "Beste Sam,\n\nWij hebben je sollicitatie goed ontvangen.\n",
        "Bright Hiring",
        None,
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company", "role"), REAL_SHAPES)
def test_company_and_role_in_real_mail_shapes(
    sender: str, subject: str, body: str, company: str, role: str | None
) -> None:
    raw = f"From: {sender}\nTo: sam@example.net\nSubject: {subject}\n\n{body}"
    analysis = classify(parse(raw.encode()))
    assert analysis.is_job, analysis.reasons
    assert analysis.company == company, analysis.reasons
    assert analysis.role == role, analysis.reasons
