"""A person's short refusal or casual invitation in the thread of the application
(eighteenth round).

"We've found someone for the barista spot" (without "already"), "the role's been filled"
(a contraction), "we're not able to offer you the shift manager job" and "we picked
another candidate" were read as private mail or a status notice. One held-out refusal
that nobody here read (review21) reads right with these. In French, "nous avons choisi
quelqu'un qui ..." took only a few verbs after "qui", and Québec's "combler le poste"
(for filling it) was unknown. Each text is written for these tests.
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

#: a person's answer in the thread of the application, in English and in French
SHELLS = {
    "en": ("Jen Marsh <jen@marshbakery.example>", "Re: Application", "Hi Alex,\n\n{}\n\nJen"),
    "fr": (
        "Agnès Morel <agnes@librairie-morel.example>",
        "Re: Candidature libraire",
        "Bonjour Alex,\n\nMerci pour votre candidature.\n\n{}\n\nCordialement,\nAgnès",
    ),
}


def kind(language: str, text: str) -> Kind:
    sender, subject, body = SHELLS[language]
    return rules_kind(sender, subject, body.format(text), reply=True)


REFUSALS = [
    ("en", "Just a quick note: we've found someone for the barista spot. Best of luck!"),
    ("en", "I'm afraid the role's been filled already. Sorry about that."),
    ("en", "Sorry, we're not able to offer you the shift manager job."),
    ("en", "Honestly you were a close second, but we picked another candidate."),
    # someone else chosen, whatever the reason after "qui" (two review24 refusals were read
    # for this), and Québec's "combler un poste"
    ("fr", "Nous avons finalement choisi quelqu'un qui parle aussi allemand."),
    ("fr", "On a comblé le poste avec une employée de l'été dernier."),
    ("fr", "Le poste a finalement été comblé, désolée."),
]


@pytest.mark.parametrize(("language", "text"), REFUSALS)
def test_a_short_refusal_is_a_rejection(language: str, text: str) -> None:
    assert kind(language, text) is Kind.REJECTION


LOOK_ALIKES = [
    (
        "en",
        "I've found someone on the team who can tell you more about the role. Could you do a "
        "call on Thursday at 3pm?",
    ),
    ("en", "The role's been updated to include remote work; the salary stays the same."),
    ("fr", "Nous avons choisi quelqu'un qui vous accompagnera pendant votre intégration lundi."),
    ("fr", "Dès que le poste est comblé, nous informerons toutes les personnes candidates."),
]


@pytest.mark.parametrize(("language", "text"), LOOK_ALIKES)
def test_a_look_alike_is_no_rejection(language: str, text: str) -> None:
    assert kind(language, text) is not Kind.REJECTION


CASUAL_INVITATIONS = [
    "Thanks for your CV! Any chance you could pop in on Saturday around 11 for a quick chat?",
    "Loved your application. Are you around next week for a coffee and a chat about the role?",
    "Give me a ring when you get this, I'd like to talk about the kitchen porter job.",
    # nineteenth round: three words between "a" and the chat
    "Your application stood out to us. Are you free for a quick 20 minute chat this week?",
]


@pytest.mark.parametrize("text", CASUAL_INVITATIONS)
def test_a_casual_invitation_is_an_invitation(text: str) -> None:
    assert kind("en", text) is Kind.INTERVIEW_INVITATION


def test_talking_about_the_role_with_shortlisted_candidates_is_no_invitation() -> None:
    text = "We'd love to talk about the role with shortlisted candidates next month."
    assert kind("en", text) is not Kind.INTERVIEW_INVITATION
