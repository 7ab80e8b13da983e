"""A title in quotes after the post's noun, and a card's labels that follow a button
(twentieth round: a tracking system's translated receipts gave "Seu contato", "Contatto",
"Você" and "„Data Analyst" as the role). The texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.test_role import found


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            (
                "Recebemos a sua candidatura para a vaga “Técnico de Redes” na Kestrel Works.\n\n"
                "Descrição da vaga\nSeu contato:\nAna Lima"
            ),
            "Técnico de Redes",
        ),
        (
            (
                "wir bestätigen den Eingang Ihrer Bewerbung für die Stelle „Technischer Redakteur“ "
                "bei Kestrel Works."
            ),
            "Technischer Redakteur",
        ),
        (
            (
                'abbiamo ricevuto la candidatura per la posizione di "Tecnico di rete" presso '
                "Kestrel Works.\n\nDescrizione posizione\nContatto:\nAna Lima"
            ),
            "Tecnico di rete",
        ),
        (
            "Bedankt voor je sollicitatie voor de functie «Netwerkbeheerder» bij Kestrel Works.",
            "Netwerkbeheerder",
        ),
    ],
)
def test_a_quoted_title(body: str, role: str) -> None:
    assert found("Thank you", body) == role


@pytest.mark.parametrize(
    "body",
    [
        (
            "Gostamos do seu perfil.\n\nDescrição do cargo\nVocê será contatado em breve por:\nAna "
            "Lima"
        ),
        (
            "Il tuo profilo ci interessa.\n\nDescrizione posizione\nVerrai contattato a breve da:\n"
            "Ana Lima"
        ),
    ],
)
def test_a_label_after_a_button_is_no_title(body: str) -> None:
    assert found("Sua candidatura: Técnico de Redes", body) == "Técnico de Redes"
