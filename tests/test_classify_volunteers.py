"""An application as a volunteer is not job mail, however it is said (eighteenth round).

"Candidatura di volontariato" was known, "grazie per esserti candidato come volontario"
was not: its receipt opened an application, and a follow-up would have been drafted to a
charity. The same "as a volunteer" in French, Spanish and Dutch; a paid post that
coordinates volunteers stays job mail. Each mail is written for these tests.
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse


def kind(sender: str, subject: str, body: str) -> Kind:
    raw = f"From: {sender}\nTo: alex@example.org\nSubject: {subject}\n\n{body}\n"
    return classify(parse(raw.encode())).kind


VOLUNTEERS = [
    (
        "Ufficio Volontariato <volontari@croceverde.example>",
        "Candidatura volontario ricevuta",
        "Ciao Alex,\n\ngrazie per esserti candidato come volontario per il servizio di "
        "assistenza. Ti contatteremo per il colloquio conoscitivo e il corso di formazione.",
    ),
    (
        "Banque alimentaire <benevoles@banquealimentaire.example>",
        "Votre candidature",
        "Bonjour Alex,\n\nMerci pour votre candidature comme bénévole. Nous vous contacterons "
        "pour un entretien d'accueil.",
    ),
    (
        "Voedselbank <info@voedselbank.example>",
        "Je aanmelding",
        "Beste Alex,\n\nBedankt voor je aanmelding als vrijwilliger. We nodigen je graag uit "
        "voor een kennismakingsgesprek.",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), VOLUNTEERS)
def test_an_application_as_a_volunteer_is_not_job_mail(
    sender: str, subject: str, body: str
) -> None:
    assert kind(sender, subject, body) is Kind.NOT_JOB


def test_a_paid_post_coordinating_volunteers_is_job_mail() -> None:
    assert (
        kind(
            "Croce Verde HR <lavora@croceverde.example>",
            "Candidatura Coordinatore dei volontari",
            "Ciao Alex,\n\ngrazie per la tua candidatura per la posizione di Coordinatore dei "
            "volontari. Abbiamo ricevuto il tuo CV.",
        )
        is Kind.APPLICATION_CONFIRMATION
    )
