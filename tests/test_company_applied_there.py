"""A firm whose two-word name looks like a person's, sending through a tracking system
under its own name: the subject that says where the application went names it."""

from __future__ import annotations

import pytest

from assistant.core.company_subject import applied_there
from tests.rules_support import rules_company

CASES = [
    (
        "Beaconridge Mobility <no-reply@us.greenhouse-mail.io>",
        "Ihre Bewerbung bei Beaconridge Mobility",
        "Sehr geehrte Frau Morgan,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für "
        "andere Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\nBeaconridge Mobility",
        "Beaconridge Mobility",
    ),
    (
        "Heronfield Mobility <no-reply@hire.lever.co>",
        "Your application at Heronfield Mobility",
        "Hi Sam,\n\nthank you for applying. We have received your application.\n\n"
        "Best,\nHeronfield Mobility",
        "Heronfield Mobility",
    ),
    (
        "Kadewijk Mobiliteit <noreply@candidates.workablemail.com>",
        "Je sollicitatie bij Kadewijk Mobiliteit",
        "Beste Sam,\n\nbedankt voor je sollicitatie, we hebben hem goed ontvangen.\n\n"
        "Met vriendelijke groet,\nKadewijk Mobiliteit",
        "Kadewijk Mobiliteit",
    ),
    (
        "Lumière Rivage <no-reply@smartrecruiters.com>",
        "Votre candidature chez Lumière Rivage",
        "Bonjour Sam,\n\nnous avons bien reçu votre candidature.\n\nCordialement,\nLumière Rivage",
        "Lumière Rivage",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "employer"), CASES)
def test_the_place_the_application_went_is_the_employer(
    sender: str, subject: str, body: str, employer: str
) -> None:
    assert rules_company(sender, subject, body) == employer


def test_a_person_met_is_still_not_the_employer() -> None:
    # "with Priya Nair" from Priya Nair: the sender, a person, not where one applied
    assert applied_there("Interview: Data Engineer with Priya Nair") is None
    company = rules_company(
        "Priya Nair <no-reply@us.greenhouse-mail.io>",
        "Interview: Data Engineer with Priya Nair",
        "Hi Sam,\n\nI would like to invite you to an interview.\n\nBest,\nPriya Nair",
    )
    assert company != "Priya Nair"


def test_applied_there_reads_the_seven_languages_wordings() -> None:
    assert applied_there("Ihre Bewerbung bei der Nordwind Mobilität") == "Nordwind Mobilität"
    assert applied_there("Tu candidatura en Rivera Soto") == "Rivera Soto"
    assert applied_there("La tua candidatura presso Conti Ferri") == "Conti Ferri"
    assert applied_there("A sua candidatura na Costa Pinto") == "Costa Pinto"
    assert applied_there("Thank you for applying to Marlow Keane") == "Marlow Keane"
    assert applied_there("Your application - Data Analyst") is None


@pytest.mark.parametrize(
    "display",
    [
        "Morgan Stanley (via Workday)",
        "Morgan Stanley via Greenhouse",
        "Morgan Stanley Hiring Team",
        "Talent Acquisition at Morgan Stanley",
        "Das Morgan Stanley Recruiting-Team",
    ],
)
def test_the_display_names_wordings_of_a_firm_through_a_platform(display: str) -> None:
    # "(via Workday)" names the platform: it used to be taken for the employer
    body = (
        "Dear Alex,\n\nUnfortunately, we have decided to move forward with other "
        "candidates.\n\nBest regards,\nThe Recruiting Team"
    )
    sender = f"{display} <no-reply@us.greenhouse-mail.io>"
    assert rules_company(sender, "Update on your application", body) == "Morgan Stanley"


def test_an_hr_teams_mobility_name_is_no_firm() -> None:
    # "Internal Mobility", "Global Mobility": HR's teams, not the employer the text names
    body = (
        "Dear Alex,\n\nThank you for applying for the Data Analyst role at Contoso. We "
        "have received your application.\n\nBest regards,\nThe Recruiting Team"
    )
    for team in ("Internal Mobility", "Global Mobility", "Mobilité Interne"):
        sender = f"{team} <no-reply@us.greenhouse-mail.io>"
        assert rules_company(sender, "Your application", body) == "Contoso"
