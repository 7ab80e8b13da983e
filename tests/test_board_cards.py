"""A job board's "application sent" card in the seven languages: a receipt, the employer,
and the title without its gender marker ("Buyer (m/w/d)")."""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse

CARDS = {
    "en": ("Your application was sent to {c}", "{r}\n{c} · Berlin (Hybrid)\nApplied on 3 March"),
    "de": ("Ihre Bewerbung wurde an {c} gesendet", "{r}\n{c} · Berlin\nBeworben am 3. März"),
    "fr": (
        "Votre candidature a été envoyée à {c}",
        "{r}\n{c} · Paris (Hybride)\nCandidature envoyée le 3 mars",
    ),
    "es": (
        "Tu solicitud se ha enviado a {c}",
        "{r}\n{c} · Madrid (Híbrido)\nSolicitado el 3 de marzo de 2025",
    ),
    "pt": (
        "Sua candidatura foi enviada para {c}",
        "{r}\n{c} · São Paulo (Híbrido)\nCandidatura enviada em 3 de março de 2025",
    ),
}


@pytest.mark.parametrize("language", sorted(CARDS))
def test_a_boards_card_is_a_receipt_with_its_employer_and_bare_title(language: str) -> None:
    said, card = CARDS[language]
    sent = said.format(c="Zalando")
    raw = (
        "From: LinkedIn <jobs-noreply@linkedin.com>\nTo: alex@example.org\n"
        f"Subject: Alex, {sent[0].lower()}{sent[1:]}\nDate: Tue, 04 Mar 2025 09:30:00 +0000\n\n"
        f"{sent}\n\n{card.format(c='Zalando', r='Buyer (m/w/d)')}\n"
    )
    analysis = classify(parse(raw.encode()))
    assert analysis.kind is Kind.APPLICATION_CONFIRMATION, analysis.reasons
    assert (analysis.company, analysis.role) == ("Zalando", "Buyer"), analysis.reasons
