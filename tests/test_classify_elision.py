"""French and Italian elision: "l'emploi", "d'embauche", "l'alternance", "l'assunzione"
hold a word the word lists know. The lists saw "l'emploi" as one token and missed
"emploi", so a confirmation whose only job word stood after an apostrophe read as no job
mail. Texts written for these tests; kinds on the rules alone."""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from assistant.core.words import lexicon_tokens
from tests.rules_support import rules_kind

STUDIO = "Studio Lumen <bonjour@studiolumen.example>"


def test_elided_words_stand_alone_too() -> None:
    tokens = lexicon_tokens("votre dossier pour l'emploi d’embauche, dell'azienda qu'il don't")
    assert {"l'emploi", "emploi", "embauche", "azienda", "il", "don't"} <= set(tokens)
    assert "t" not in tokens  # an English contraction is no elision
    assert lexicon_tokens("no apostrophe here") == ["no", "apostrophe", "here"]
    # the reader's own job search names no employer's job (boards' surveys, newsletters)
    assert "emploi" not in lexicon_tokens("bonne chance dans votre recherche d'emploi")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Candidature",
            "Bonjour Robin,\n\nNous avons bien reçu votre candidature à l'offre d'alternance. "
            "Nous l'étudierons avec attention.\n\nStudio Lumen",
        ),
        (
            "Votre candidature",
            "Bonjour Robin,\n\nNous avons bien reçu votre dossier pour l'emploi de graphiste. "
            "Nous l'étudierons avec attention.\n\nStudio Lumen",
        ),
        (
            "Candidatura",
            "Ciao Robin,\n\nabbiamo ricevuto la tua candidatura per l'assunzione come grafico. "
            "La valuteremo con attenzione.\n\nStudio Lumen",
        ),
    ],
)
def test_a_job_word_after_an_apostrophe_makes_job_mail(subject: str, body: str) -> None:
    assert rules_kind(STUDIO, subject, body) == Kind.APPLICATION_CONFIRMATION


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
