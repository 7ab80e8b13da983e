"""Receipts in a person's words (fifteenth round).

A probe of 23 short receipts from small employers, written for this round as replies in
the candidate's thread, found these read as status notices or no job mail: "Your
application has landed safely with us", "Danke, Ihre Unterlagen sind angekommen", "Merci
pour l'envoi de votre CV", "Bij deze bevestigen we de ontvangst van je sollicitatie",
"¡Recibido tu currículum, gracias!", "Ya tenemos tu CV", "Ricevuto il tuo curriculum".
("I've passed your CV to the manager" stays a status notice, as before.)

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``).
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

RECEIPTS = [
    (
        "Maria Lopez <maria@cornerkitchen.example>",
        "Re: Job application - kitchen porter",
        "Hi Alex,\n\nYour application has landed safely with us. I'll be in touch next week."
        "\n\nMaria",
    ),
    (
        "Jana Berg <jana@baeckerei-berg.example>",
        "AW: Bewerbung Verkäuferin",
        "Hallo Alex,\n\ndanke, Ihre Unterlagen sind angekommen. Wir melden uns nächste Woche."
        "\n\nJana Berg",
    ),
    (
        "Paul Martin <paul@bistrot-martin.example>",
        "RE: Candidature au poste de serveur",
        "Bonjour Alex,\n\nMerci pour l'envoi de votre CV, je reviens vers vous rapidement.\n\nPaul",
    ),
    (
        "Sanne de Vries <sanne@devries.example>",
        "Re: Sollicitatie bediening",
        "Hoi Alex,\n\nBij deze bevestigen we de ontvangst van je sollicitatie.\n\nSanne",
    ),
    (
        "Lucía Gómez <lucia@cafeteria-sol.example>",
        "RE: Candidatura para el puesto de camarero",
        "Hola Alex:\n\n¡Recibido tu currículum, gracias! Lo miro con calma.\n\nLucía",
    ),
    (
        "Lucía Gómez <lucia@cafeteria-sol.example>",
        "RE: Candidatura para el puesto de camarero",
        "Hola Alex:\n\nYa tenemos tu CV, te escribo la semana que viene.\n\nLucía",
    ),
    (
        "Marco Rossi <marco@gelateria-rossi.example>",
        "Re: Candidatura per il posto di banconista",
        "Ciao Alex,\n\nricevuto il tuo curriculum, grazie! Ti faccio sapere.\n\nMarco",
    ),
]


RECEIPTS += [
    # second batch, the families of review15 (our own sentences)
    (
        "Trattoria Da Lina <info@dalina.example>",
        "Re: Candidatura per il posto di aiuto cuoco",
        "Ciao Alex,\n\nricevuto il curriculum, grazie! Ti faccio sapere entro aprile.\n\nLina",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), RECEIPTS)
def test_a_persons_receipt_is_a_confirmation(sender: str, subject: str, body: str) -> None:
    assert rules_kind(sender, subject, body, reply=True) == Kind.APPLICATION_CONFIRMATION


NOT_JOB = [
    (
        "Kanzlei Weber <info@steuer-weber.example>",
        "Ihre Steuererklärung 2025",
        "Guten Tag,\n\nIhre Unterlagen sind angekommen. Wir erstellen die Steuererklärung bis "
        "Ende des Monats.\n\nKanzlei Weber",
    ),
    (
        "Parcel Point <hello@parcelpoint.example>",
        "Delivered",
        "Hi Alex,\n\nThe parcel has landed safely at your pickup point.\n\nParcel Point",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), NOT_JOB)
def test_receipts_outside_work_stay_not_job(sender: str, subject: str, body: str) -> None:
    assert rules_kind(sender, subject, body) == Kind.NOT_JOB
