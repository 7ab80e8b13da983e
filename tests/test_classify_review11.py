"""What the read-only review of the eleventh round found wrong in its new rules, mended.
Mails written for these tests; kinds on the rules alone.

- Dutch hedges: "mogelijk", "wellicht" and "misschien" make an invitation the process
  explained only right before it ("Mogelijk nodigen we je daarna uit"), not in "zo snel
  mogelijk", "Zoals je wellicht al hoorde, ..." or "Wellicht verrassend snel, maar ...".
- A job title that is also a word of the reader's name ("Koch", To: Anna Koch) stays the
  role; only the whole name is dropped.
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse
from tests.rules_support import rules_kind

VAN_DIJK = "Van Dijk Installatie <werken@vandijk.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Bedankt voor je sollicitatie. Zo snel mogelijk willen we je uitnodigen voor een "
        "kennismakingsgesprek. Laat je weten wanneer je kunt?",
        "Zoals je wellicht al hoorde van Eva, nodigen we je uit voor een sollicitatiegesprek "
        "op dinsdag 14:00.",
        "Leuk dat je gesolliciteerd hebt! Wellicht verrassend snel, maar we nodigen je uit voor "
        "een sollicitatiegesprek op maandag om 9:00.",
    ],
)
def test_a_dutch_invitation_beside_a_hedge_word_is_one(body: str) -> None:
    kind = rules_kind(VAN_DIJK, "Uitnodiging gesprek", f"Beste Sam,\n\n{body}\n\nHR Van Dijk")
    assert kind == Kind.INTERVIEW_INVITATION


@pytest.mark.parametrize("hedge", ["Mogelijk", "Wellicht", "Misschien"])
def test_a_dutch_hedge_right_before_the_invitation_explains_the_process(hedge: str) -> None:
    body = (
        "Beste Sam,\n\nBedankt voor je sollicitatie. We bekijken je cv. "
        f"{hedge} nodigen we je daarna uit voor een gesprek.\n\nHR Van Dijk"
    )
    assert rules_kind(VAN_DIJK, "Je sollicitatie", body) == Kind.APPLICATION_CONFIRMATION


def test_a_title_that_is_a_word_of_the_readers_name_stays_the_role() -> None:
    raw = (
        "From: Bäckerei Sonnenkorn <jobs@sonnenkorn.example>\nTo: Anna Koch <anna@example.net>\n"
        "Subject: Ihre Bewerbung als Koch\n\nHallo Anna,\n\nvielen Dank für Ihre Bewerbung als "
        "Koch. Wir haben Ihre Unterlagen erhalten und melden uns bald.\n"
    )
    assert classify(parse(raw.encode()), use_model=False).role == "Koch"
