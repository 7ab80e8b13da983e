"""A portal's status line that archives the application, in seven languages, and two
German refusals (eighteenth round).

Five refusals of the held-out sets, in the thread of the candidate's application, were
read as status notices with confidence (0.43-1.00), so the application stayed "applied"
and a follow-up would have been drafted: a status line whose value archives the
application ("Stato della candidatura: archiviata", "Nouveau statut : Archivée"), one
whose label says more than "Status" ("O status da sua candidatura mudou: Não
selecionado"), a German refusal that names the application as "sie" ("uns entschieden,
sie ... nicht zu berücksichtigen"), and a job board's "Das Unternehmen hat den
Bewerbungsprozess ... beendet". An archived application is a refusal as "your
application has been archived" already was in English. Those five mails were read for
this (corp25 and review24 are held out no longer for them); the sentences here are our
own. No corpus message changed.
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

SHELLS = {
    "en": ("Careers <careers@holloway.example>", "Application update", "Hi Sam,\n\n{}\n\nHolloway"),
    "de": (
        "Recruiting <karriere@weidenbach.example>",
        "Neuigkeiten zu Ihrer Bewerbung",
        "Hallo Sam,\n\n{}\n\nMit freundlichen Grüßen\nWeidenbach",
    ),
    "fr": (
        "Recrutement <recrutement@pellegrue.example>",
        "Votre candidature a changé de statut",
        "Bonjour Sam,\n\n{}\n\nCordialement,\nPellegrue",
    ),
    "es": (
        "Selección <seleccion@alcornoque.example>",
        "Actualización de tu candidatura",
        "Hola Sam:\n\n{}\n\nUn saludo,\nAlcornoque",
    ),
    "it": (
        "Selezione <selezione@corbezzolo.example>",
        "Aggiornamento della tua candidatura",
        "Ciao Sam,\n\n{}\n\nCordiali saluti,\nCorbezzolo",
    ),
    "pt": (
        "Recrutamento <recrutamento@aroeira.example>",
        "Atualização da sua candidatura",
        "Olá Sam,\n\n{}\n\nAtenciosamente,\nAroeira",
    ),
    "nl": (
        "Recruitment <werkenbij@kreekrug.example>",
        "Update over je sollicitatie",
        "Beste Sam,\n\n{}\n\nMet vriendelijke groet,\nKreekrug",
    ),
}


def kind(language: str, text: str) -> Kind:
    sender, subject, body = SHELLS[language]
    return rules_kind(sender, subject, body.format(text))


REFUSALS = [
    ("en", "Role: Junior Analyst\nStatus: Archived"),
    ("de", "Stelle: Junior Analyst\nStatus Ihrer Bewerbung: Archiviert"),
    ("fr", "Offre : Analyste junior\nNouveau statut : Archivée"),
    ("es", "Puesto: Analista junior\nEstado de tu candidatura: Archivada"),
    ("it", "Posizione: Analista junior\nStato della candidatura: archiviata"),
    ("pt", "Vaga: Analista júnior\nO status da sua candidatura foi alterado para: Arquivada"),
    ("pt", "Vaga: Analista júnior\nO status da sua candidatura mudou: Não selecionada"),
    ("nl", "Functie: Junior analist\nStatus van je sollicitatie: Gearchiveerd"),
    (
        "de",
        "Wir haben Ihre Unterlagen für die Stelle als Analyst gelesen und uns entschieden, "
        "sie nicht weiter zu berücksichtigen.",
    ),
    (
        "de",
        "Stelle: Junior Analyst\nDer Arbeitgeber hat das Auswahlverfahren für diese Stelle "
        "beendet.",
    ),
]


@pytest.mark.parametrize(("language", "text"), REFUSALS)
def test_an_archived_application_is_a_rejection(language: str, text: str) -> None:
    assert kind(language, text) == Kind.REJECTION


STILL_OPEN = [
    ("en", "Role: Junior Analyst\nStatus: In review"),
    ("de", "Stelle: Junior Analyst\nStatus Ihrer Bewerbung: In Bearbeitung"),
    ("fr", "Offre : Analyste junior\nNouveau statut : En cours d'examen"),
    ("es", "Puesto: Analista junior\nEstado de tu candidatura: En revisión"),
    ("it", "Posizione: Analista junior\nStato della candidatura: in valutazione"),
    ("pt", "Vaga: Analista júnior\nO status da sua candidatura mudou: Em análise"),
    ("nl", "Functie: Junior analist\nStatus van je sollicitatie: In behandeling"),
    # a previous status, a duplicate archived, a process not yet ended (found by review)
    ("en", "Role: Junior Analyst\nPrevious status: Archived\nNew status: Interview"),
    (
        "en",
        "Role: Junior Analyst\nStatus: Archived (duplicate)\nYour latest application is in review.",
    ),
    ("fr", "Offre : Analyste junior\nAncien statut : Archivée\nNouveau statut : Entretien"),
    (
        "de",
        "Das Unternehmen hat den Bewerbungsprozess noch nicht beendet. Wir informieren Sie, "
        "sobald es Neuigkeiten gibt.",
    ),
    # the candidate's own documents, not the application
    (
        "de",
        "Vielen Dank für Ihre Unterlagen. Wir haben uns entschieden, sie zunächst an die "
        "Fachabteilung weiterzugeben.",
    ),
]


@pytest.mark.parametrize(("language", "text"), STILL_OPEN)
def test_a_status_still_open_is_no_rejection(language: str, text: str) -> None:
    assert kind(language, text) != Kind.REJECTION
