"""Refusals that probing the rules with the project's own mail showed were missed
(ninth round of issue 11): 115 refusals written for the probe in five languages, each
inside a polite shell that thanks for the application; these families were missed:

- "it is not a match for our current needs", "we don't think you're a fit";
- "we've filled this role internally";
- "marked as not selected", "Application status: Closed - not selected";
- "it is not good news, I'm afraid";
- "your application did not progress past the initial screening";
- "we will not be considering / continuing with your application";
- "we have decided to close the requisition", "decided not to fill the role";
- German's gender-neutral "mit anderen Bewerbenden fortzusetzen";
- Portuguese "candidatos com perfil mais aderente", "a empresa optou por outro candidato";
- a search stopped: "we have cancelled the recruitment for this role", "el proceso de
  selección ha sido cancelado", "das Besetzungsverfahren abgebrochen"; a search paused
  ("das Auswahlverfahren wurde vorerst ausgesetzt") was read as one too, until kinds12
  decided by the label rules that a hold is a status notice (below), a refusal only
  beside closing words that take leave ("o processo seletivo está temporariamente suspenso
  ... Desejamos sucesso na sua carreira");
- and, not a refusal, a Portuguese case study sent to solve (a next step).

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``); the look-alikes below must keep their kind.
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

SHELLS = {
    "fr": (
        "Recrutement <rh@maison-lavande.example>",
        "Votre candidature - Chargé de projet",
        "Bonjour Robin,\n\nNous vous remercions de votre candidature au poste de Chargé de "
        "projet chez Maison Lavande.\n\n{}\n\nCordialement,\nL'équipe Recrutement",
    ),
    "es": (
        "Selección <empleo@solmar.example>",
        "Tu candidatura - Analista de datos",
        "Hola Robin,\n\nGracias por tu interés en Solmar y por presentar tu candidatura al "
        "puesto de Analista de datos.\n\n{}\n\nUn saludo,\nEquipo de Selección",
    ),
    "en": (
        "Hiring Team <jobs@brightwater-labs.example>",
        "Your application for Data Analyst",
        "Dear Robin,\n\nThank you for your interest in Brightwater Labs and for taking the "
        "time to apply for the Data Analyst position.\n\n{}\n\nWe wish you every success "
        "in your job search.\n\nKind regards,\nThe Brightwater Labs Talent Team",
    ),
    "de": (
        "Recruiting <karriere@nordlicht-werke.example>",
        "Ihre Bewerbung als Projektleiter",
        "Hallo Robin,\n\nvielen Dank für Ihre Bewerbung als Projektleiter und Ihr Interesse "
        "an der Nordlicht Werke GmbH.\n\n{}\n\nWir wünschen Ihnen alles Gute.\n\nIhr "
        "Recruiting-Team",
    ),
    "pt": (
        "Recrutamento <vagas@rioclaro-tech.example>",
        "Processo seletivo - Analista de Dados",
        "Olá Robin,\n\nAgradecemos o seu interesse na Rio Claro Tech e a sua candidatura "
        "para a vaga de Analista de Dados.\n\n{}\n\nDesejamos sucesso na sua carreira."
        "\n\nAtenciosamente,\nEquipe de Recrutamento",
    ),
}


def _kind(language: str, sentence: str) -> Kind:
    sender, subject, body = SHELLS[language]
    return rules_kind(sender, subject, body.format(sentence))


REFUSALS = [
    (
        "en",
        "The team has reviewed your profile and unfortunately it is not a match for our needs.",
    ),
    ("en", "Your background is not a fit for this particular role."),
    ("en", "We don't think you're a fit for this role right now."),
    ("en", "We've filled this role internally."),
    ("en", "The position was filled from within."),
    ("en", "Your application has been marked as not selected by the employer."),
    ("en", "Application status: Closed - not selected."),
    ("en", "We have made a decision on this role and it is not good news, I'm afraid."),
    ("en", "Your application did not progress past the initial screening."),
    ("en", "We will not be considering your application further."),
    (
        "en",
        "After reviewing your assessment results, we will not be continuing with your application.",
    ),
    ("en", "We have decided to close the requisition without filling it."),
    ("en", "The hiring manager has decided not to fill the analyst position this year."),
    ("de", "Wir haben uns entschieden, den Prozess mit anderen Bewerbenden fortzusetzen."),
    ("de", "Leider haben wir uns für eine andere Bewerbende entschieden."),
    ("pt", "Optamos por seguir com candidatos com perfil mais aderente à vaga."),
    ("pt", "A empresa optou por outro candidato."),
    ("pt", "Os gestores decidiram seguir com outros profissionais."),
    ("en", "We have cancelled the recruitment for this role."),
    ("de", "Wir haben das Besetzungsverfahren abgebrochen."),
    ("es", "El proceso de selección ha sido cancelado."),
    ("es", "La vacante ha quedado desierta y cerramos el proceso."),
    ("pt", "Informamos que o processo seletivo está temporariamente suspenso."),
]


@pytest.mark.parametrize(("language", "sentence"), REFUSALS)
def test_refusal_families_found_by_probing(language: str, sentence: str) -> None:
    assert _kind(language, sentence) is Kind.REJECTION


#: the same words where they state no refusal: a condition, a process, a wait
LOOK_ALIKES = [
    "If it is not a match for our current needs, we will keep your CV on file.",
    "Roles are often filled internally first, so the process can take a few weeks.",
    "Candidates who did not progress past the first stage will be notified by email.",
    "We are not considering your application until we receive your portfolio.",
    "No news is good news: we will be in touch within two weeks.",
    "Even if you are not a perfect match for this role, we may contact you about others.",
    "Your application status: Received - under review.",
    "We will not be continuing with the second round until January.",
    # a posting's closing date, not a search closed
    "Please note we will close this role on 30 June and review all applications afterwards.",
    "We are closing the position on Friday; until then, applications stay open.",
    "We'll close this vacancy at the end of the month.",
]


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_look_alikes_stay_receipts(sentence: str) -> None:
    sender = "Hiring Team <jobs@brightwater-labs.example>"
    body = (
        "Dear Robin,\n\nThank you for applying for the Data Analyst position at Brightwater "
        "Labs. We have received your application and our team will review it carefully."
        f"\n\n{sentence}\n\nKind regards,\nThe Brightwater Labs Talent Team"
    )
    assert (
        rules_kind(sender, "Your application for Data Analyst", body)
        is Kind.APPLICATION_CONFIRMATION
    )


#: a stop that is only for a while, or a condition
PAUSES_THAT_ARE_NO_REFUSAL = [
    ("en", "We have paused the search over the holidays and will resume it in January."),
    ("pt", "Se o processo seletivo for suspenso, avisaremos todos os candidatos."),
    ("es", "Si el proceso de selección es cancelado, te avisaremos."),
]


#: a search paused: a status notice (kinds12), in shells that close with no goodbye
PAUSES_THAT_ARE_STATUS_NOTICES = [
    ("de", "Das Auswahlverfahren wurde vorerst ausgesetzt."),
    ("fr", "Nous avons décidé de mettre ce recrutement en pause."),
    ("es", "Hemos suspendido temporalmente el proceso de selección para este puesto."),
]


@pytest.mark.parametrize(("language", "sentence"), PAUSES_THAT_ARE_STATUS_NOTICES)
def test_a_pause_is_a_status_notice(language: str, sentence: str) -> None:
    assert _kind(language, sentence) is Kind.OTHER_JOB


@pytest.mark.parametrize(("language", "sentence"), PAUSES_THAT_ARE_NO_REFUSAL)
def test_a_pause_or_a_condition_is_no_refusal(language: str, sentence: str) -> None:
    assert _kind(language, sentence) is not Kind.REJECTION


def test_a_case_study_to_solve_is_a_next_step() -> None:
    kind = _kind("pt", "Enviamos um case para você resolver. O prazo de entrega é de cinco dias.")
    assert kind is Kind.OTHER_JOB


#: automatic answers that probing found missed: a mailbox no longer read, a bare "Bin im
#: Urlaub." under an "Abwesend:" subject
RETIRED_MAILBOXES = [
    ("Autoreply", "This mailbox is no longer monitored."),
    (
        "Re: Application",
        "I am no longer checking this inbox. Please write to jobs@nordlicht.example.",
    ),
    (
        "Autoreply",
        "Dieses Postfach wird nicht mehr genutzt. Bitte schreiben Sie an jobs@nordlicht.example.",
    ),
    ("Abwesend: Bewerbung", "Bin im Urlaub."),
    ("Re: Candidature", "Cette adresse n'est plus consultée."),
    ("Re: Sollicitatie", "Deze mailbox wordt niet meer gelezen."),
    ("Re: Candidatura", "Este buzón ya no se utiliza."),
    ("Re: Candidatura", "Questa casella non è più attiva."),
    ("Re: Candidatura", "Esta caixa de correio não é mais monitorada."),
]


@pytest.mark.parametrize(("subject", "body"), RETIRED_MAILBOXES)
def test_a_retired_mailbox_answers_automatically(subject: str, body: str) -> None:
    sender = "Lena Kraus <lena.kraus@nordlicht.example>"
    assert rules_kind(sender, subject, body, reply=True) is Kind.AUTO_REPLY


def test_a_person_who_mentions_an_old_mailbox_still_invites() -> None:
    body = (
        "Hi Robin,\n\nThanks for your message. I'd like to invite you to an interview on "
        "Monday at 10:00. Please note my old mailbox is no longer monitored, so reply to "
        "this address.\n\nJordan"
    )
    kind = rules_kind(
        "Jordan Price <jordan.price@nordlicht.example>", "Re: Application", body, reply=True
    )
    assert kind is Kind.INTERVIEW_INVITATION


def test_an_application_withdrawn_by_the_employer_is_a_refusal() -> None:
    sentence = (
        "Your application has been withdrawn from consideration as the position is now closed."
    )
    assert _kind("en", sentence) is Kind.REJECTION


def test_a_test_below_the_threshold_is_a_refusal() -> None:
    sentence = "Unfortunately, your results did not meet the threshold required to progress."
    assert _kind("en", sentence) is Kind.REJECTION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the candidate asked: a withdrawal confirmed, even beside refusal-like words
        (
            "Your application",
            "As requested, we have withdrawn your application for the Data Analyst position.",
        ),
        (
            "Your application",
            "We confirm that your application has been withdrawn. We will not be moving "
            "forward with it, as you asked.",
        ),
        ("Your application", "Your application has been withdrawn at your request."),
        # the subject says whose withdrawal it is: "you will not be proceeding" is the candidate
        (
            "Withdrawal",
            "We are sorry to learn that you will not be proceeding with your application.",
        ),
    ],
)
def test_a_withdrawal_the_candidate_asked_for_stays_one(subject: str, body: str) -> None:
    sender = "Hiring Team <jobs@brightwater-labs.example>"
    assert rules_kind(sender, subject, f"Dear Robin,\n\n{body}\n\nKind regards") is Kind.OTHER_JOB


#: the review's look-alikes: a pause for a while, a past application, news not yet
#: given, a posting's closing date, other applications, a panel, another role
REVIEW_LOOK_ALIKES = [
    (
        "Interview rescheduled",
        "The hiring manager has paused the hiring process for a week due to travel, so we need "
        "to move your interview to Thursday at 11:00.",
    ),
    (
        "Your assessment day",
        "Unfortunately we had to cancel the role-play exercise at the assessment centre; your "
        "interview on Monday at 10:00 goes ahead as planned.",
    ),
    (
        "Update on your application",
        "We have paused the role advert because of the high volume of applications. We are "
        "reviewing all applications, including yours.",
    ),
    (
        "Interview invitation",
        "Although your earlier application did not progress to interview last year, we would "
        "like to invite you to an interview for our new Data Engineer role on Thursday at 14:00.",
    ),
    (
        "Update",
        "We don't have good news or bad news yet. The hiring manager is still reviewing "
        "applications.",
    ),
    (
        "Your application",
        "Thank you for applying. We will close this job posting on 30 June and review all "
        "applications after that date.",
    ),
    (
        "Your application",
        "Thank you for applying. Applications that are marked as not selected are removed after "
        "6 months.",
    ),
    (
        "Interview invitation",
        "We have decided not to fill the Senior role this year, but we would like to invite you "
        "to an interview for the Data Analyst role. Are you free on Monday at 10:00?",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REVIEW_LOOK_ALIKES)
def test_the_reviews_look_alikes_are_no_refusal(subject: str, body: str) -> None:
    sender = "Brightwater Labs <careers@brightwaterlabs.example>"
    assert rules_kind(sender, subject, f"Hi Robin,\n\n{body}\n\nMaya") is not Kind.REJECTION


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Keine Sorge: das Auswahlverfahren wurde nicht abgebrochen, es verzögert sich nur."),
        ("de", "Leider dauert die Prüfung wegen der vielen anderen Bewerbenden etwas länger."),
        ("fr", "Nous avons mis le recrutement en pause jusqu'au 6 janvier en raison des fêtes."),
        ("es", "El proceso está temporalmente suspendido hasta el 8 de enero por las fiestas."),
        ("pt", "O processo seletivo está temporariamente suspenso até 8 de janeiro."),
        ("pt", "O gestor escolheu outros profissionais da equipe para participar da conversa."),
    ],
)
def test_a_pause_until_a_date_or_a_delay_is_no_refusal(language: str, sentence: str) -> None:
    assert _kind(language, sentence) is not Kind.REJECTION


def test_the_candidates_decision_to_withdraw_stays_a_withdrawal() -> None:
    body = (
        "Hi Robin,\n\nThanks for letting us know you've decided to withdraw from the "
        "process. We've updated our records and will not progress your application further."
    )
    sender = "Brightwater Labs <careers@brightwaterlabs.example>"
    assert rules_kind(sender, "Your application", body, reply=True) is Kind.OTHER_JOB
