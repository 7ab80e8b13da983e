"""What the application was for, said between "your application" and its outcome
(eighteenth round), and a promise to arrange the interview.

"Your application for the position of Accountant was not successful" was read as a
status notice, and surely (0.77-0.87): the refusal patterns wanted the verb right after
"your application". English puts what it was for there ("for the Data Analyst role",
"to Adatum"), an adjective before it ("your recent application") or a clause ("which we
read with care"); the other languages' patterns already allowed it. The same for "the
position of Data Analyst has now been filled" and for an interview promised to this
candidate with no condition ("A recruiter will reach out to arrange an interview", "nous
vous contacterons afin de fixer un entretien", "We nemen contact met je op om een gesprek
in te plannen"). No corpus message changed its kind.

Each text is written for these tests. Kinds are asserted on the rules alone
(``use_model=False``), and on the shipped classifier for the refusals it misread.
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse
from tests.rules_support import thanked_kind

REFUSALS = [
    "Your application for the position of Accountant was not successful on this occasion.",
    "Your application for the Accountant role has not been successful.",
    "Your application for the role of Accountant at Adatum has not been shortlisted.",
    "Your recent application for the Accountant role was unsuccessful.",
    "Your application, which we reviewed carefully, was not successful.",
    "Your online application to Adatum hasn't been selected for the next stage.",
    "Your application for the Accountant post has been declined.",
    "The position of Accountant has now been filled.",
    "The vacancy for a junior accountant has already been filled.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_with_what_the_application_was_for_is_a_rejection(text: str) -> None:
    assert thanked_kind("en", text) == Kind.REJECTION


@pytest.mark.parametrize("text", REFUSALS[:3])
def test_the_shipped_classifier_reads_them_as_refusals(text: str) -> None:
    raw = (
        "From: Adatum HR <careers@adatum.example>\nTo: robin@example.net\n"
        f"Subject: Application update\n\nDear Robin,\n\n{text}\n\nKind regards,\nAdatum HR\n"
    )
    analysis = classify(parse(raw.encode()))
    assert analysis.kind is Kind.REJECTION
    assert any(reason.startswith("rejection: 'Your application for") for reason in analysis.reasons)


INVITATIONS = [
    ("en", "Your application for the Accountant role has been shortlisted for an interview."),
    (
        "en",
        "Your application has moved to the next stage. "
        "A recruiter will reach out to arrange an interview.",
    ),
    (
        "en",
        "You have passed the first screening. "
        "We will be in touch to set up an interview with the hiring manager.",
    ),
    (
        "fr",
        "Votre candidature a été retenue. "
        "Nous vous contacterons prochainement afin de fixer un entretien.",
    ),
    (
        "nl",
        "Je bent door naar de volgende ronde. "
        "We nemen binnenkort contact met je op om een gesprek in te plannen.",
    ),
]


@pytest.mark.parametrize(("language", "text"), INVITATIONS)
def test_an_interview_promised_to_this_candidate_is_an_invitation(language: str, text: str) -> None:
    assert thanked_kind(language, text) == Kind.INTERVIEW_INVITATION


NOT_REFUSALS = [
    # found by review: across a comma into another subject's verb, a past application,
    # a post closed to new applicants, an offer
    "We received your application to Holloway, applicants who are not selected for an "
    "interview will be informed by email.",
    "Although your application for the Junior Analyst role last year was not successful, we "
    "would like to invite you to an interview.",
    "The vacancy for Data Analyst is closed to new applicants and shortlisting starts Monday.",
    "I'm delighted to let you know that the position has been offered to you.",
]


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_no_refusal_across_a_clause_or_about_another_application(text: str) -> None:
    assert thanked_kind("en", text) != Kind.REJECTION


NOT_INVITATIONS = [
    # a plan with another way out, or a condition (found by review)
    ("en", "We'll be in touch to arrange an interview or to let you know the outcome."),
    (
        "en",
        "Our team will contact you to arrange an interview in the event that your profile matches.",
    ),
    (
        "fr",
        "Nous vous contacterons pour convenir d'un entretien ou pour vous informer de notre "
        "décision.",
    ),
    ("nl", "Bij interesse nemen wij contact met je op om een gesprek in te plannen."),
    (
        "nl",
        "We nemen contact met u op om een gesprek in te plannen of u de uitslag te melden.",
    ),
    # a condition, before or after, or a class of candidates
    ("en", "If you are shortlisted, we will contact you to arrange an interview."),
    ("en", "We will be in touch to arrange an interview if your profile matches the role."),
    (
        "en",
        "We will review every application and contact suitable candidates to arrange an interview.",
    ),
    (
        "en",
        "Our team will read it and, where there is a match, get in touch to set up an interview.",
    ),
    (
        "en",
        "A recruiter will reach out to arrange an interview with the candidates who match best.",
    ),
    ("fr", "Si votre profil correspond, nous vous contacterons afin de fixer un entretien."),
    (
        "fr",
        "Nous vous contacterons pour convenir d'un entretien si votre profil nous intéresse.",
    ),
    ("nl", "Als je profiel past, nemen we contact met je op om een gesprek in te plannen."),
    ("nl", "We nemen contact met je op om een gesprek in te plannen als je profiel aansluit."),
    # a refusal's words about another application
    ("en", "Your application for the Accountant role has been received and will be reviewed."),
]


@pytest.mark.parametrize(("language", "text"), NOT_INVITATIONS)
def test_a_conditional_promise_is_no_invitation(language: str, text: str) -> None:
    assert thanked_kind(language, text) not in (Kind.INTERVIEW_INVITATION, Kind.REJECTION)
