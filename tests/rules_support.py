"""The kind (and the employer) the rules alone give a mail written in a test
(``use_model=False``): the model is retrained on the rules' cues, so tests of a cue family
pin the cues themselves."""

from __future__ import annotations

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse


def rules_kind(sender: str, subject: str, body: str, *, reply: bool = False) -> Kind:
    """``reply``: the mail answers one of the candidate's (an In-Reply-To header)."""
    threading = "In-Reply-To: <robin-1@example.net>\n" if reply else ""
    raw = f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n{threading}\n{body}\n"
    return classify(parse(raw.encode()), use_model=False).kind


def rules_company(sender: str, subject: str, body: str) -> str | None:
    """The employer the rules find in a mail written in a test."""
    raw = (
        f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n"
        f"Date: Tue, 11 Mar 2025 09:30:00 +0000\n\n{body}\n"
    )
    return classify(parse(raw.encode()), use_model=False).company


#: a mail from the employer in each language that first thanks for the application, as most
#: refusals and invitations begin; ``thanked_kind`` puts a sentence after the thanks
THANKED_SHELLS = {
    "en": (
        "Talent Team <careers@harrowgate.example>",
        "Your application - Data Analyst",
        "Hi Sam,\n\nThank you for your interest in the Data Analyst role at Harrowgate and "
        "for the time you put into your application.\n\n{}\n\nBest regards,\nHarrowgate",
    ),
    "de": (
        "Recruiting <karriere@weidenbach.example>",
        "Ihre Bewerbung als Data Analyst",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Data Analyst bei Weidenbach.\n\n{}"
        "\n\nMit freundlichen Grüßen\nWeidenbach",
    ),
    "fr": (
        "Recrutement <recrutement@pellegrue.example>",
        "Votre candidature - Analyste",
        "Bonjour Sam,\n\nNous vous remercions pour votre candidature au poste d'analyste chez "
        "Pellegrue.\n\n{}\n\nCordialement,\nPellegrue",
    ),
    "es": (
        "Selección <seleccion@alcornoque.example>",
        "Tu candidatura - Analista",
        "Hola Sam:\n\nGracias por tu interés en el puesto de analista en Alcornoque.\n\n{}"
        "\n\nUn saludo,\nAlcornoque",
    ),
    "it": (
        "Selezione <selezione@corbezzolo.example>",
        "La tua candidatura - Analista",
        "Ciao Sam,\n\ngrazie per l'interesse per la posizione di analista in Corbezzolo.\n\n{}"
        "\n\nCordiali saluti,\nCorbezzolo",
    ),
    "pt": (
        "Recrutamento <recrutamento@aroeira.example>",
        "Processo seletivo - Analista",
        "Olá Sam,\n\nAgradecemos o seu interesse na vaga de analista na Aroeira.\n\n{}"
        "\n\nAtenciosamente,\nAroeira",
    ),
    "nl": (
        "Recruitment <werkenbij@kreekrug.example>",
        "Je sollicitatie - Analist",
        "Beste Sam,\n\nBedankt voor je sollicitatie op de functie analist bij Kreekrug.\n\n{}"
        "\n\nMet vriendelijke groet,\nKreekrug",
    ),
}


def thanked_kind(language: str, text: str) -> Kind:
    """The rules' kind of ``text`` in ``language``'s thanking mail (``THANKED_SHELLS``)."""
    sender, subject, body = THANKED_SHELLS[language]
    return rules_kind(sender, subject, body.format(text))
