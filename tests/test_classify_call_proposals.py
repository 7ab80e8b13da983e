"""A call proposed for a day or a time, in the recruiter's own words (twentieth round).

A battery of 26 mails written for it found five shapes read as a receipt, other job mail
or no job mail: "Could we have a quick call tomorrow at 5pm?", "Te propongo que hablemos
por teléfono mañana a las 17:00, ¿te viene bien?", "Je vous propose qu'on s'appelle
demain à 17h", "Proponho falarmos por telefone na segunda às 14h, pode ser?". They are
invitations now. A call about the offer, the contract or the start date is not one, nor a
receipt's question about an event.

Each text is written for these tests (none from the corpus); kinds on the rules alone.
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

JOB = {
    "en": (
        "Sam Lee <sam.lee@adatum.example>",
        "Your application - Data Analyst",
        "Hi Alex,\n\n{}\n\nBest,\nSam Lee\nTalent Acquisition, Adatum",
    ),
    "es": (
        "Sam Lee <sam.lee@adatum.example>",
        "Proceso de selección - Analista de datos",
        "Hola Alex,\n\nGracias por tu candidatura.\n\n{}\n\nUn saludo,\nSam Lee\nSelección, Adatum",
    ),
    "fr": (
        "Sam Lee <sam.lee@adatum.example>",
        "Votre candidature - Analyste de données",
        "Bonjour Alex,\n\n{}\n\nBien à vous,\nSam Lee\nRecrutement, Adatum",
    ),
    "pt": (
        "Sam Lee <sam.lee@adatum.example>",
        "Processo seletivo - Analista de dados",
        "Olá Alex,\n\n{}\n\nAbraço,\nSam Lee\nRecrutamento, Adatum",
    ),
}

PROPOSED = [
    ("en", "Could we have a quick call tomorrow at 5pm? Does that work for you?"),
    ("en", "Can we set up a short video call on Thursday at 10:00?"),
    ("es", "Te propongo que hablemos por teléfono mañana a las 17:00, ¿te viene bien?"),
    ("es", "Le propongo que tengamos una llamada el jueves a las 10, ¿le parece bien?"),
    ("fr", "Je vous propose qu'on s'appelle demain à 17h, cela vous convient-il ?"),
    ("fr", "Je te propose qu'on échange jeudi à 10h au téléphone."),
    ("pt", "Proponho falarmos por telefone na segunda às 14h, pode ser?"),
    ("pt", "Sugiro que conversemos amanhã às 10h por videochamada, tudo bem?"),
]


@pytest.mark.parametrize(("lang", "sentence"), PROPOSED)
def test_a_call_proposed_for_a_day_is_an_invitation(lang: str, sentence: str) -> None:
    sender, subject, body = JOB[lang]
    assert rules_kind(sender, subject, body.format(sentence)) is Kind.INTERVIEW_INVITATION


# a call about the offer, the contract or the start; a proposal for an event
NOT_INVITATIONS = [
    ("en", "Congratulations! Could we have a quick call tomorrow at 5pm to go through the offer?"),
    ("es", "¡Enhorabuena! Te propongo que hablemos mañana a las 17:00 sobre la oferta, ¿te viene bien?"),
    ("fr", "Félicitations ! Je vous propose qu'on s'appelle demain à 17h pour parler du contrat."),
    ("fr", "Je vous propose qu'on échange jeudi à 18h lors de notre salon de l'emploi."),
    ("pt", "Parabéns! Proponho falarmos amanhã às 17h sobre a proposta e o contrato, pode ser?"),
    ("pt", "Sugerimos conversarmos na quinta às 18h no nosso evento de carreiras."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_INVITATIONS)
def test_a_call_about_the_offer_or_an_event_is_no_invitation(lang: str, sentence: str) -> None:
    sender, subject, body = JOB[lang]
    assert rules_kind(sender, subject, body.format(sentence)) is not Kind.INTERVIEW_INVITATION
