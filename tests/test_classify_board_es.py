"""A Spanish job board's receipt says "te has inscrito en la oferta" for "you applied"
(eighteenth round): the rules now give it as a confirmation's evidence, not only the
model. Written for this test."""

from __future__ import annotations

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse

RECEIPT = (
    "From: InfoJobs <noreply@infojobs.net>\nTo: alex@example.org\n"
    "Subject: Te has inscrito en la oferta Analista de Datos\n\n"
    "Hola Alex,\n\nTe has inscrito correctamente en la oferta Analista de Datos de la empresa "
    "Litware. La empresa ya puede ver tu currículum y se pondrá en contacto contigo si tu "
    "perfil encaja con lo que busca.\n\nTe deseamos mucha suerte en el proceso de selección."
    "\n\nEl equipo de InfoJobs\n"
)


def test_inscribirse_en_la_oferta_is_a_receipt_with_its_evidence() -> None:
    analysis = classify(parse(RECEIPT.encode()), use_model=False)
    assert analysis.kind is Kind.APPLICATION_CONFIRMATION
    assert "confirmation: 'Te has inscrito correctamente en la oferta'" in analysis.reasons
