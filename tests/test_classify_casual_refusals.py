"""A person's short refusal in the thread of the application (eighteenth round).

"We've found someone for the barista spot" (without "already"), "the role's been filled"
(a contraction), "we're not able to offer you the shift manager job" and "we picked
another candidate" were read as private mail or a status notice. One held-out refusal
that nobody here read (review21) reads right with these. In French, "nous avons choisi
quelqu'un qui ..." took only a few verbs after "qui", and Québec's "combler le poste"
(for filling it) was unknown. Each text is written for these tests.
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse


def kind(text: str) -> Kind:
    raw = (
        "From: Jen Marsh <jen@marshbakery.example>\nTo: alex@example.org\n"
        "Subject: Re: Application\nIn-Reply-To: <app-1@example.org>\n\n"
        f"Hi Alex,\n\n{text}\n\nJen\n"
    )
    return classify(parse(raw.encode()), use_model=False).kind


@pytest.mark.parametrize(
    "text",
    [
        "Just a quick note: we've found someone for the barista spot. Best of luck!",
        "I'm afraid the role's been filled already. Sorry about that.",
        "Sorry, we're not able to offer you the shift manager job.",
        "Honestly you were a close second, but we picked another candidate.",
    ],
)
def test_a_short_refusal_is_a_rejection(text: str) -> None:
    assert kind(text) is Kind.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        "I've found someone on the team who can tell you more about the role. Could you do a "
        "call on Thursday at 3pm?",
        "The role's been updated to include remote work; the salary stays the same.",
    ],
)
def test_a_look_alike_is_no_rejection(text: str) -> None:
    assert kind(text) is not Kind.REJECTION


def french_kind(text: str) -> Kind:
    raw = (
        "From: Agnès Morel <agnes@librairie-morel.example>\nTo: alex@example.org\n"
        "Subject: Re: Candidature libraire\nIn-Reply-To: <app-1@example.org>\n\n"
        f"Bonjour Alex,\n\nMerci pour votre candidature.\n\n{text}\n\nCordialement,\nAgnès\n"
    )
    return classify(parse(raw.encode()), use_model=False).kind


@pytest.mark.parametrize(
    "text",
    [
        # someone else chosen, whatever the reason after "qui" (two review24 refusals were
        # read for this)
        "Nous avons finalement choisi quelqu'un qui parle aussi allemand.",
        # Québec's "combler un poste"
        "On a comblé le poste avec une employée de l'été dernier.",
        "Le poste a finalement été comblé, désolée.",
    ],
)
def test_a_french_refusal_in_few_words(text: str) -> None:
    assert french_kind(text) is Kind.REJECTION


@pytest.mark.parametrize(
    "text",
    [
        "Nous avons choisi quelqu'un qui vous accompagnera pendant votre intégration lundi.",
        "Dès que le poste est comblé, nous informerons toutes les personnes candidates.",
    ],
)
def test_a_french_look_alike_is_no_rejection(text: str) -> None:
    assert french_kind(text) is not Kind.REJECTION
