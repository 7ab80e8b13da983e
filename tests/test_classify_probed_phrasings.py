"""Phrasings that probing the rules with the project's own mail showed were missed
(seventh round of issue 11): a choice of candidates "whose profile fits better" without
the word "other" (pt, de), the Brazilian "perfil não está aderente à vaga", an informal
German first meeting ("Lust auf ein erstes Kennenlernen?") with a recruiter's "Dein
Profil hat uns überzeugt", an application that moved on to a stage that is no interview
(a status notice), and what else is applied to: a German degree programme, a Portuguese
accelerator or student residence. Then mail after an interview: thanks for one that took
place under an interview subject, a test to take next, a withdrawal confirmed. Each text
is written for these tests (none from the corpus); the look-alikes below must keep their
kind.

Kinds are asserted on the rules alone (``use_model=False``).
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

SENDER = "Talvegue <info@talvegue.example>"


def _kind(subject: str, body: str) -> Kind:
    return rules_kind(SENDER, subject, body)


MISSED_BEFORE = [
    (
        Kind.REJECTION,
        "Sua candidatura na Talvegue",
        "Olá Robin!\n\nRecebemos sua candidatura e agradecemos o interesse. Porém, decidimos "
        "seguir com candidatas que possuem mais experiência com vendas B2B.\n\nSucesso!",
    ),
    (
        Kind.REJECTION,
        "Candidatura",
        "Olá Robin, após avaliarmos seu currículo para a vaga, entendemos que seu perfil não "
        "está aderente à vaga neste momento.",
    ),
    (
        Kind.REJECTION,
        "Ihre Bewerbung als Datenanalystin",
        "Sehr geehrte Frau Lindqvist,\n\nwir haben uns Ihre Unterlagen genau angesehen und "
        "uns entschieden, den Prozess mit Bewerberinnen und Bewerbern fortzusetzen, deren "
        "Profil noch besser passt.",
    ),
    (
        Kind.INTERVIEW_INVITATION,
        "Kennenlernen",
        "Hallo Robin,\n\nDein Profil hat uns überzeugt! Hast du Lust auf ein erstes "
        "Kennenlernen per Video? Buche dir hier einen Termin: https://cal.example/x",
    ),
    (
        Kind.OTHER_JOB,
        "Sua candidatura avançou!",
        "Olá Robin,\n\nBoa notícia! Sua candidatura para a vaga de Analista de Dados avançou "
        "para a etapa de Avaliação Técnica. Fique de olho no seu e-mail.",
    ),
    (
        Kind.NOT_JOB,
        "Bewerbung um einen Studienplatz",
        "Sehr geehrte Frau Lindqvist,\n\nvielen Dank für Ihre Bewerbung um einen Studienplatz "
        "im Masterstudiengang Informatik. Wir prüfen Ihre Unterlagen und melden uns bis März.",
    ),
    (
        Kind.NOT_JOB,
        "Recebemos sua candidatura ao programa de aceleração",
        "Olá Robin, recebemos a candidatura da sua startup ao nosso programa de aceleração. "
        "O resultado sai em 30 dias.",
    ),
    (
        Kind.NOT_JOB,
        "Candidatura à residência",
        "Olá Robin, confirmamos a receção da sua candidatura à residência universitária para "
        "o próximo ano letivo.",
    ),
]

ENGLISH_REJECTIONS = [
    (
        Kind.REJECTION,
        "Your application to Talvegue",
        "Hi Robin,\n\nThanks for applying! While we were impressed with your background, "
        "we've decided that your experience isn't the right fit for this particular role.",
    ),
    (
        Kind.REJECTION,
        "Your application status has changed",
        "Hi Robin, your application for Data Analyst has been updated to: Not selected.",
    ),
    (
        Kind.REJECTION,
        "Application for Data Analyst",
        "Dear Robin, thank you for your application. We have reviewed it carefully but, on "
        "this occasion, we will not be proceeding.",
    ),
]

AFTER_THE_INTERVIEW = [
    # thanks for an interview held, under an interview subject: news after it, no invitation
    (
        Kind.OTHER_JOB,
        "Vorstellungsgespräch – nächste Schritte",
        "Hallo Robin, danke für das angenehme Gespräch gestern! Wir sprechen intern noch mit "
        "weiteren Kandidat:innen und melden uns bis Freitag.",
    ),
    (
        Kind.OTHER_JOB,
        "Entrevista - Analista de Dados",
        "Oi Robin, tudo bem? Obrigada pela conversa de ontem, foi ótimo te conhecer! Estamos "
        "finalizando as entrevistas e devemos ter um retorno até quarta.",
    ),
    (
        Kind.OTHER_JOB,
        "Interview - next steps",
        "Hi Robin,\n\nThank you for taking the time to meet with the team yesterday. We are "
        "finishing the remaining interviews this week and will update you by Friday.",
    ),
    # a test to take next, with only "applying" to say it is about a job
    (
        Kind.OTHER_JOB,
        "Thanks for applying",
        "Hi Robin,\n\nThanks for applying to Talvegue. Your next step: a coding challenge "
        "of about two hours, to be completed this week.",
    ),
    (
        Kind.OTHER_JOB,
        "Your next step with Talvegue",
        "Hi Robin,\n\nThanks for applying to Talvegue. The next step is a short online "
        "assessment of about 30 minutes. Please complete it within five days.",
    ),
    # the employer confirms the candidate's withdrawal
    (
        Kind.OTHER_JOB,
        "Ihre Bewerbung wurde zurückgezogen",
        "Sehr geehrte Frau Lindqvist, wie gewünscht haben wir Ihre Bewerbung zurückgezogen.",
    ),
]

LOOK_ALIKES = [
    # thanks for the first interview and an invitation to the second: an invitation
    (
        Kind.INTERVIEW_INVITATION,
        "Interview - second round",
        "Hi Robin,\n\nThank you for meeting with us on Monday. We'd like to invite you to a "
        "second interview with our head of data. Would Thursday at 2pm work for you?",
    ),
    # a refusal of something else than a job, and a journalist's interview
    (
        Kind.NOT_JOB,
        "Application unsuccessful - Community Garden Plot",
        "Dear Robin, unfortunately we were unable to offer you a plot this season. You remain "
        "on our waiting list.",
    ),
    (
        Kind.NOT_JOB,
        "Your interview with the Harbour Ledger",
        "Hi Robin, thank you for agreeing to be interviewed for our article on remote work. "
        "The reporter will call you on Monday at 11am.",
    ),
    # a fit asked about, and a delay, are no refusal
    (
        Kind.APPLICATION_CONFIRMATION,
        "Thank you for applying",
        "Hi Robin,\n\nThank you for applying for the Data Analyst role. We have received your "
        "application. If your experience is not the right fit for this role, we may suggest "
        "another opening.",
    ),
    (
        Kind.APPLICATION_CONFIRMATION,
        "Thank you for applying",
        "Hi Robin,\n\nThank you for applying for the Data Analyst role; we have received your "
        "application. Over the holidays we will not be proceeding with interviews until "
        "January.",
    ),
    # thanks for a meeting outside an interview subject stay other business
    (
        Kind.NOT_JOB,
        "Great speaking today",
        "Hi Robin,\n\nThanks for taking the time to speak with me today. As discussed, this "
        "is a real opportunity to cut your dashboard costs; the quote is attached.",
    ),
    (
        Kind.NOT_JOB,
        "PyData last night",
        "Hi Robin, it was great to meet you at the meetup last night! There may be an "
        "opportunity to co-present a talk at the next one.",
    ),
    # a course's next step is that business's
    (
        Kind.NOT_JOB,
        "Your German B2 evening course",
        "Hi Robin,\n\nThank you for applying for our German B2 evening course. Your next "
        "step is a short online placement test.",
    ),
    # "Zeit für ein Gespräch" promised if the profile fits: a receipt, not an invitation
    (
        Kind.APPLICATION_CONFIRMATION,
        "Eingangsbestätigung",
        "Sehr geehrte Frau Lindqvist,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen sind "
        "bei uns eingegangen. Passt Ihr Profil, nehmen wir uns gern Zeit für ein persönliches "
        "Gespräch mit Ihnen.",
    ),
    # a dual study programme is employment with the company
    (
        Kind.REJECTION,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Lindqvist,\n\nleider können wir Ihre Bewerbung für den dualen "
        "Studiengang Elektrotechnik bei uns nicht berücksichtigen.",
    ),
    # a sales meeting held yesterday is no job mail
    (
        Kind.NOT_JOB,
        "Our meeting",
        "Hi Robin,\n\nThank you for meeting with us yesterday about the new billing "
        "dashboard. I have attached the pricing sheet we discussed.",
    ),
    # going on with the candidate, not with others
    (
        Kind.INTERVIEW_INVITATION,
        "Próxima etapa",
        "Olá Robin! Decidimos seguir com a sua candidatura para a próxima etapa: uma "
        "entrevista com a gestora. Escolha um horário no link.",
    ),
    # the stage it moved on to is the interview
    (
        Kind.INTERVIEW_INVITATION,
        "Sua candidatura avançou",
        "Olá Robin, sua candidatura para a vaga de Analista avançou para a etapa de "
        "entrevista! Agende seu horário pelo link abaixo.",
    ),
    # a degree named as the post's requirement, in a job application's receipt
    (
        Kind.APPLICATION_CONFIRMATION,
        "Eingangsbestätigung",
        "Sehr geehrte Frau Lindqvist,\n\nvielen Dank für Ihre Bewerbung als Data Scientist. "
        "Voraussetzung für die Stelle ist ein abgeschlossener Masterstudiengang; Ihre "
        "Unterlagen werden nun geprüft.",
    ),
    # the recruiter's compliment in a receipt is no invitation
    (
        Kind.APPLICATION_CONFIRMATION,
        "Deine Bewerbung",
        "Hallo Robin,\n\ndanke für deine Bewerbung! Dein Profil hat uns überzeugt und wir "
        "prüfen gerade alle Unterlagen. Wir melden uns in den nächsten Tagen.",
    ),
]


@pytest.mark.parametrize(
    ("kind", "subject", "body"),
    MISSED_BEFORE + ENGLISH_REJECTIONS + AFTER_THE_INTERVIEW + LOOK_ALIKES,
)
def test_probed_phrasings(kind: Kind, subject: str, body: str) -> None:
    assert _kind(subject, body) == kind
