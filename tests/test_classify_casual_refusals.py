"""A person's short refusal in the thread of the application (eighteenth round).

"We've found someone for the barista spot" (without "already"), "the role's been filled"
(a contraction), "we're not able to offer you the shift manager job" and "we picked
another candidate" were read as private mail or a status notice. One held-out refusal
that nobody here read (review21) reads right with these. Each text is written for
these tests.
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
