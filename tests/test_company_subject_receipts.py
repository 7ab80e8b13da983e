"""Where a subject names the employer in words not read before: a receipt's own title
("Accusé de réception - Acme") and the Spanish and Portuguese verbs of applying to a
firm ("Gracias por postularte a Acme", "Obrigado por se candidatar à Acme"); a post's
title in the same place stays no employer."""

from __future__ import annotations

import pytest

from tests.rules_support import rules_company

SENDER = "Recruiting <no-reply@us.greenhouse-mail.io>"
BODIES = {
    "fr": "Bonjour Alex,\n\nnous avons bien reçu votre candidature.\n\nCordialement,\n"
    "L'équipe recrutement",
    "es": "Hola Alex,\n\nhemos recibido tu candidatura.\n\nSaludos,\nEl equipo de selección",
    "pt": "Olá Alex,\n\nrecebemos a sua candidatura.\n\nCumprimentos,\nA equipa de recrutamento",
}


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("fr", "Accusé de réception - {}"),
        ("es", "Acuse de recibo | {}"),
        ("es", "Gracias por postularte a {}"),
        ("es", "Te has postulado a {}"),
        ("pt", "Obrigado por se candidatar à {}"),
        ("pt", "Confirmação de receção - {}"),
    ],
)
def test_the_subject_names_the_employer(language: str, subject: str) -> None:
    for employer in ("Brightwater Analytics", "Banco Meridional", "Kade Verhuur"):
        found = rules_company(SENDER, subject.format(employer), BODIES[language])
        assert found == employer, subject.format(employer)


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("fr", "Accusé de réception - Chargé de mission"),
        ("fr", "Accusé de réception - Paris"),
        ("es", "Gracias por postularte a Analista de Datos"),
        ("es", "Gracias por postularte a la vacante Analista de Datos"),
        ("pt", "Obrigado por se candidatar à vaga de Analista de Dados"),
        ("pt", "Obrigado por se candidatar a Analista de Dados"),
    ],
)
def test_a_posts_title_or_a_place_there_is_no_employer(language: str, subject: str) -> None:
    assert rules_company(SENDER, subject, BODIES[language]) is None
