"""What the last round's reviewers found and nobody fixed (issue look14), probed with the
project's own mail: 96 short mails in the seven languages, written for the probe (invented
job sites, schools, charities, clubs, studies and employers), a third of them genuine job
mail of the nearest shape. Families found:

- short refusals with no formal opening were not read as refusals: a language's markers
  counted only between spaces, so "Lo sentimos, ..." or "Hoi, de vacature ..." (a marker
  before a comma) left Spanish, Portuguese or Dutch undetected and their cues unrun; and
  a few plain ways of saying no had no cue ("nos quedamos con otra persona", "no estás
  seleccionada", "abbiamo deciso diversamente", "we hebben iemand anders gekozen", "de
  plek al ingevuld", "nous avons trouvé quelqu'un d'autre");
- a job site's own mail about the user's account (a profile to complete, a survey, a
  subscription paid, its blog's digest, a careers day it holds, a welcome) was job mail by
  its job words ("CV", "recruiters"): account mail, a receipt, a newsletter or an event is
  not_job by the labels; employers' views of the profile stay other_job (the project's
  own label for "Ihr Profil wurde von 4 Arbeitgebern angesehen"). Left: such mail with
  one topic and several job words ("careers day ... employers ... CV ... hiring teams")
  still reads other_job;
- interviews for a master's degree, a scholarship, a food bank or a volunteer post were
  invitations: the rules had no topic for the degree's committee or the food bank, and a
  scholarship's "shortlisted" added the shortlist's point to the interview's; where other
  business outweighs the job evidence, the model may not make the mail an invitation
  either (it read a study's, a club's and a volunteer's interview as one, 0.77-0.87),
  nor job mail of any other kind (a job site's password, survey or payment receipt);
- one topic of a site's service stood against three job words of its trade and lost:
  such a topic (a password, a survey, a profile to finish, a plan paid for) counts twice
  (``core/account_mail.py``);
- a second batch of 30 found a refusal read as an offer ("no has sido seleccionado para
  el puesto"), "hemos cogido a otra persona" without "ya", "abbiamo già trovato un
  cameriere", and a course's placement interview, a study's "entretien", a password, a
  survey and a payment in the other languages.
- counted before tuning on it, a fresh batch of 40 (the same families) had 6 mails wrong
  by the rules, 9 with the model (10 at the start) and 2 employers wrong (8 at the start):
  other wordings of a new password, a survey and a profile to finish, a doctorate's
  "concorso", a study ("nosso estudo"), a choir's audition, "ya hemos completado el
  equipo" (the model read it as a receipt).

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``) but for the model's guard; the look-alikes below must
keep their kind.
"""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from assistant.core.account_mail import ACCOUNT_TOPICS
from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.nofollowup import languages, lowered
from assistant.core.parse import parse
from tests.rules_support import rules_kind

SHORT_REFUSALS = [
    ("es", "Lo sentimos, ya hemos elegido a otro candidato. Suerte!"),
    ("es", "Robin: al final nos quedamos con otra persona para el puesto. Un abrazo."),
    ("es", "Hola Robin, no estás seleccionada esta vez, pero guardamos tu CV."),
    ("es", "Hola, ya encontramos a alguien para el puesto. Gracias!"),
    ("es", "Muchas gracias por tu tiempo. Finalmente no seguiremos adelante."),
    ("pt", "Lamentamos, mas escolhemos outro candidato. Boa sorte!"),
    ("it", "Grazie mille, ma abbiamo deciso diversamente."),
    ("nl", "Sorry, we hebben iemand anders gekozen. Succes!"),
    ("nl", "Helaas hebben we de plek al ingevuld."),
    ("nl", "Hoi, de vacature is al vergeven. Succes verder."),
    ("fr", "Bonjour, nous avons trouvé quelqu'un d'autre. Merci quand même."),
    # the second batch: a refusal read as an offer for its words "seleccionado para el
    # puesto", and two more plain ways of saying no
    ("es", "Robin, muchas gracias. Esta vez no has sido seleccionado para el puesto de camarero."),
    ("es", "Hola Robin. Lo sentimos, hemos cogido a otra persona para el puesto. Suerte!"),
    ("it", "Ciao Robin, grazie per il curriculum. Purtroppo abbiamo già trovato un cameriere."),
    # the fresh batch: a team complete for the season (the model read it as a receipt)
    ("es", "Hola Robin, lo siento, ya hemos completado el equipo para este verano. Suerte!"),
]


@pytest.mark.parametrize(("language", "body"), SHORT_REFUSALS)
def test_a_short_refusal_is_a_refusal(language: str, body: str) -> None:
    assert language in languages(lowered(body))
    sender = "Taller Brisa <empleo@tallerbrisa.example>"
    assert rules_kind(sender, "Re: your application", body) is Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Hola Robin, gracias por tu candidatura. La hemos recibido y te contestaremos pronto.",
        "Hola Robin, cuando encontramos a alguien para el puesto te avisamos.",
        "Hoi Robin, je cv is binnen. We laten volgende week iets weten.",
    ],
)
def test_short_mail_that_refuses_nothing_is_no_refusal(body: str) -> None:
    sender = "Taller Brisa <empleo@tallerbrisa.example>"
    assert rules_kind(sender, "Tu candidatura", body) is not Kind.REJECTION


ACCOUNT_MAIL = [
    # the fresh batch's wordings: a new password, a one-question survey, a profile to finish
    (
        "Nieuw wachtwoord aangevraagd",
        "Hoi Robin,\n\nJe hebt een nieuw wachtwoord aangevraagd voor je account. Klik op de "
        "link om het in te stellen. Daarna kun je weer vacatures bekijken.",
    ),
    (
        "Quick question about your job search",
        "Hi Robin,\n\nHow likely are you to recommend Quillboard to a friend? Answer this "
        "one-question survey about finding jobs with us.",
    ),
    (
        "Finish setting up your profile",
        "Hi Robin,\n\nYou're almost there! Add your skills so employers can discover you. "
        "Finish my profile",
    ),
    (
        "Responda ao nosso inquérito",
        "Olá Robin,\n\nResponda a um inquérito de dois minutos sobre a sua procura de "
        "emprego e ajude-nos a melhorar.",
    ),
    (
        "Completa tu perfil",
        "Hola Robin:\n\nTu perfil está incompleto. Añade tu experiencia para que las empresas "
        "te encuentren antes.\n\nCompletar perfil",
    ),
    (
        "Complete your profile to get noticed",
        "Hi Robin,\n\nYour profile is 40% complete. Add your work experience and upload your "
        "CV so that recruiters can find you.\n\nComplete my profile",
    ),
    (
        "Tell us how we did",
        "Hi Robin,\n\nYou recently used Quillboard to look for jobs. Would you take two "
        "minutes to answer a short survey about your experience?\n\nStart the survey",
    ),
    (
        "Recibo de tu suscripción",
        "Hola Robin:\n\nHemos cobrado 9,99 € por tu suscripción Premium. Tu plan se renovará "
        "el 10 de diciembre. Premium pone tu currículum arriba.",
    ),
    (
        "Maak je profiel compleet",
        "Hoi Robin,\n\nJe profiel is nog niet af. Voeg je werkervaring en je cv toe, dan "
        "vinden werkgevers je sneller.\n\nProfiel aanvullen",
    ),
]


@pytest.mark.parametrize(("subject", "body"), ACCOUNT_MAIL)
def test_a_job_sites_account_mail_is_not_job_mail(subject: str, body: str) -> None:
    sender = "Quillboard <no-reply@quillboard.example>"
    assert rules_kind(sender, subject, body) is Kind.NOT_JOB


BOARD_KEEP = [
    (
        "Your profile was viewed 5 times this week",
        "Hi Robin,\n\nYour profile was viewed 5 times this week. Recruiters from 3 companies "
        "looked at your CV.",
        Kind.OTHER_JOB,
    ),
    (
        "12 new jobs for Data Analyst",
        "Hi Robin,\n\nHere are new jobs matching your alert:\n\nData Analyst - Corvin Bank\n"
        "BI Analyst - Halden Care\n\nView all jobs",
        Kind.OTHER_JOB,
    ),
    (
        "Application sent",
        "Hi Robin,\n\nYour application for Warehouse Supervisor at Pellow Logistics was "
        "sent. The employer will contact you directly.",
        Kind.APPLICATION_CONFIRMATION,
    ),
]


@pytest.mark.parametrize(("subject", "body", "kind"), BOARD_KEEP)
def test_a_job_sites_job_mail_keeps_its_kind(subject: str, body: str, kind: Kind) -> None:
    assert rules_kind("Quillboard <no-reply@quillboard.example>", subject, body) is kind


OTHER_INTERVIEWS = [
    (
        "Università di Pietralta <dottorato@pietralta.example>",
        "Colloquio",
        "Gentile Robin,\n\nsei stata ammessa alla prova orale del concorso di dottorato in "
        "Storia. Il colloquio si terrà il 20 gennaio alle 9:30.",
    ),
    (
        "Northgate Rowing Club <captain@northgate.example>",
        "Trial session",
        "Hi Robin,\n\nThanks for your interest in joining the club. Come to a trial session "
        "on Sunday at 8am and we'll have a quick interview afterwards.",
    ),
    (
        "Larchfield Trust <awards@larchfield.example>",
        "Scholarship interview",
        "Dear Robin,\n\nCongratulations, you have been shortlisted for the Larchfield "
        "scholarship. The panel would like to interview you on 2 December at 14:30.",
    ),
    (
        "Université de Lorvanne <masters@lorvanne.example>",
        "Convocation à l'entretien",
        "Bonjour Robin,\n\nVotre dossier de candidature au Master Droit des affaires a "
        "retenu l'attention de la commission pédagogique. Nous vous convoquons à un "
        "entretien le 9 décembre à 14 h.",
    ),
    (
        "Universidad de Valcorta <posgrado@valcorta.example>",
        "Entrevista",
        "Hola Robin:\n\nTras revisar tu solicitud al Máster en Psicología, te invitamos a "
        "una entrevista con la comisión académica el 11 de diciembre a las 10:00.",
    ),
    (
        "Voedselbank Oost <vrijwilligers@voedselbankoost.example>",
        "Kennismakingsgesprek",
        "Hoi Robin,\n\nLeuk dat je wilt helpen bij de voedselbank! Kun je zaterdag om 10 "
        "uur langskomen voor een kort gesprek?",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), OTHER_INTERVIEWS)
def test_an_interview_for_other_business_is_not_job_mail(
    sender: str, subject: str, body: str
) -> None:
    assert rules_kind(sender, subject, body) is Kind.NOT_JOB


JOB_INTERVIEWS = [
    (
        "Corvin Bank Talent <talent@corvinbank.example>",
        "Interview invitation - Data Analyst",
        "Dear Robin,\n\nThank you for your application for the Data Analyst role. We would "
        "like to invite you to an interview on 14 December at 11:00.",
    ),
    (
        "Harbour Hotels <jobs@harbourhotels.example>",
        "Your application",
        "Hi Robin,\n\nThanks for applying to Harbour Hotels. We'd like to invite you to an "
        "interview on Friday at 10am.",
    ),
    (
        "Halden Care <careers@haldencare.example>",
        "Volunteer Coordinator interview",
        "Hi Robin,\n\nThanks for applying for our paid Volunteer Coordinator position. We'd "
        "like to invite you to an interview on Friday at 10am.",
    ),
    (
        "Dijkstra Transport <hr@dijkstra.example>",
        "Uitnodiging sollicitatiegesprek",
        "Beste Robin,\n\nBedankt voor je sollicitatie als planner. We nodigen je uit voor een "
        "gesprek op 8 december om 13.00 uur.",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), JOB_INTERVIEWS)
def test_a_job_interview_stays_an_invitation(sender: str, subject: str, body: str) -> None:
    assert rules_kind(sender, subject, body) is Kind.INTERVIEW_INVITATION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Riverbank Food Bank <hello@riverbank.example>",
            "Your volunteer interview",
            "Hi Robin,\n\nThanks for wanting to help out! We'd like to have a short chat with "
            "you on Saturday at 10am about the shifts you could do as a volunteer.",
        ),
        (
            "Mindlab Study Team <study@mindlab.example>",
            "Interview for our study",
            "Hi Robin,\n\nThank you for signing up for our research study on sleep. We would "
            "like to invite you to a 45-minute interview next Tuesday at 3pm.",
        ),
        (
            "Fundación Alba <becas@fundacionalba.example>",
            "Entrevista para la beca",
            "Hola Robin:\n\nHas pasado a la fase final de la beca Alba. Te esperamos para una "
            "entrevista el jueves 3 a las 12:00 en nuestra sede.",
        ),
        # a job site's account mail, which the model read as other_job or a receipt
        (
            "VagaCerta <noreply@vagacerta.example>",
            "Recuperar palavra-passe",
            "Olá Robin,\n\nPediu para alterar a palavra-passe da sua conta VagaCerta. Clique "
            "no botão abaixo para escolher uma nova.",
        ),
        (
            "TrabajoYa <encuestas@trabajoya.example>",
            "¿Nos ayudas a mejorar?",
            "Hola Robin:\n\nResponde a una breve encuesta sobre tu búsqueda de empleo en "
            "TrabajoYa. Solo te llevará dos minutos.",
        ),
        (
            "EmploiPlus <facturation@emploiplus.example>",
            "Votre reçu EmploiPlus Premium",
            "Bonjour Robin,\n\nMerci pour votre paiement de 11,90 €. Votre abonnement Premium "
            "est actif jusqu'au 10 décembre. Vos candidatures seront mises en avant auprès des "
            "recruteurs.",
        ),
    ],
)
def test_the_model_makes_no_job_mail_of_other_business(
    sender: str, subject: str, body: str
) -> None:
    raw = f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n\n{body}\n"
    analysis = classify(parse(raw.encode()))
    assert analysis.kind is Kind.NOT_JOB


def test_every_account_topic_is_a_topic() -> None:
    topics = tomllib.loads(files("assistant.core.data").joinpath("cues.toml").read_text())
    assert set(ACCOUNT_TOPICS) <= set(topics["not_job"]["topics"])


@pytest.mark.parametrize(
    ("sender", "subject", "body", "kind"),
    [
        (
            "Pellow Logistics Careers <careers@pellow.example>",
            "Your application",
            "Dear Robin,\n\nThank you for applying for the Warehouse Supervisor role. "
            "Unfortunately we will not be moving forward with your application. We would "
            "value your views in a short survey about our hiring process.",
            Kind.REJECTION,
        ),
        (
            "Corvin Bank Talent <talent@corvinbank.example>",
            "Application received",
            "Dear Robin,\n\nWe have received your application for the Data Analyst position. "
            "To follow it, sign in to the candidate portal and set a new password.",
            Kind.APPLICATION_CONFIRMATION,
        ),
    ],
)
def test_job_mail_that_mentions_a_survey_or_a_password_keeps_its_kind(
    sender: str, subject: str, body: str, kind: Kind
) -> None:
    assert rules_kind(sender, subject, body) is kind
