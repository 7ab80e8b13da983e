"""French and Italian elision: "l'appartement", "d'hôtel", "dell'affitto" hold a word
the lists of other business know. The lists saw "l'appartement" as one token and missed
"appartement". On the job side the elided words do more harm than good (a boiler's
"l'entretien", a manual's "mode d'emploi", a medicine's "l'assunzione"), so they count
for other business only. Texts written for these tests; kinds on the rules alone."""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from assistant.core.words import elided
from tests.rules_support import rules_kind


def test_elided_words_stand_alone_too() -> None:
    text = "dossier pour l'appartement d’hôtel, dell'affitto qu'il don't"
    assert {"appartement", "hôtel", "affitto", "il"} == elided(text)
    assert elided("no apostrophe here, don't") == set()  # no elision


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Rappel : l'entretien de votre chaudière",
            "Bonjour,\n\nNous vous rappelons que l'entretien annuel de votre chaudière est "
            "prévu le 12 mars entre 8h et 12h. Merci de confirmer votre présence.",
        ),
        (
            "Votre commande est expédiée",
            "Bonjour,\n\nVotre commande est en route. Vous trouverez le mode d'emploi en pièce "
            "jointe.",
        ),
        (
            "Promemoria",
            "Buongiorno,\n\nle ricordiamo l'orario dell'assunzione del farmaco: alle 8 e alle 20.",
        ),
    ],
)
def test_an_elided_word_is_no_job_word(subject: str, body: str) -> None:
    assert rules_kind("Maison Rive <contact@maisonrive.example>", subject, body) == Kind.NOT_JOB


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Agence Immo Centre <contact@immocentre.example>",
            "Votre candidature",
            "Bonjour,\n\nNous avons bien reçu votre candidature pour l'appartement de la rue "
            "Verte. Le propriétaire l'étudiera cette semaine.\n\nCordialement",
        ),
        (
            "Hôtel du Lac <reservation@hoteldulac.example>",
            "Votre réservation",
            "Bonjour,\n\nNous confirmons votre réservation à l'hôtel du 3 au 5 mai.\n\nÀ bientôt",
        ),
        (
            "Forum Emploi Vienne <contact@forum-emploi-vienne.example>",
            "Rencontrons-nous au forum !",
            "Bonjour,\n\nNous serions ravis de vous voir au forum de l'emploi de Poitiers, le "
            "2 avril : 40 entreprises recrutent sur leur stand.\n\nRéservez votre place.",
        ),
    ],
)
def test_other_business_after_an_apostrophe_stays_other_business(
    sender: str, subject: str, body: str
) -> None:
    assert rules_kind(sender, subject, body) == Kind.NOT_JOB
