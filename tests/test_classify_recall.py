"""Rejections that say no once and indirectly, invitations given as a shortlist, a
reminder or a slot to pick, and the steps that are neither (a test to take, a status
change: other_job), in English, German, Dutch, Spanish and Italian, with the look-alikes
that must keep their kind. Every text is written for these tests (none from the corpus).

Kinds are asserted on the rules alone (``use_model=False``): the model is retrained on
the rules' cues, and these tests pin the cues themselves.
"""

from __future__ import annotations

import re
import time

import pytest

from assistant.core.classify import classify
from assistant.core.cues import cues
from assistant.core.models import Kind
from assistant.core.parse import parse
from assistant.core.statement_business import HIRING as _HIRING

HELLO = {
    "en": ("Dear Robin,", "Kind regards,\nThe Recruiting Team", "Your application - Data Analyst"),
    "de": (
        "Sehr geehrte Frau Vogel,",
        "Mit freundlichen Grüßen\nIhr Recruiting-Team",
        "Ihre Bewerbung als Datenanalystin",
    ),
    "nl": ("Beste Robin,", "Met vriendelijke groet,\nTeam Werving", "Je sollicitatie als analist"),
    "es": ("Hola Robin:", "Un saludo,\nEl equipo de Selección", "Tu candidatura - Analista"),
    "it": ("Gentile Robin,", "Cordiali saluti,\nUfficio Risorse Umane", "La tua candidatura"),
}


def _kind(language: str, body: str, sender: str = "Talent <jobs@fernwood.example>") -> Kind:
    hello, bye, subject = HELLO[language]
    head = f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n\n"
    raw = f"{head}{hello}\n\n{body}\n\n{bye}\n"
    analysis = classify(parse(raw.encode()), use_model=False)
    return analysis.kind


REJECTIONS = [
    ("en", "Thank you for your application. We have no suitable opening for you at this time."),
    (
        "en",
        "Thanks for applying. While your experience is strong, we don't feel it is the "
        "right match for this role.",
    ),
    ("en", "Thank you for applying. The hiring team has decided to move on with other candidates."),
    (
        "en",
        "Thank you for your application. We are not in a position to take your "
        "application further.",
    ),
    ("en", "Thank you for applying. Your profile does not match what we need at the moment."),
    ("en", "Thank you for applying. We have concluded our search for this position."),
    ("en", "Thank you for applying. Your application will not be considered further."),
    ("en", "Thank you for applying. We won't be able to offer you an interview this time."),
    ("en", "Thank you for applying. We've decided to focus on other candidates."),
    ("en", "Thank you for applying. We have selected a candidate for the role."),
    ("en", "Thank you for applying. Sadly, other candidates were a closer match."),
    (
        "de",
        "Vielen Dank für Ihre Bewerbung. Wir haben uns entschieden, Ihre Bewerbung "
        "nicht weiter zu verfolgen.",
    ),
    (
        "de",
        "Vielen Dank für Ihre Bewerbung. Wir können Ihnen derzeit keine passende Stelle anbieten.",
    ),
    (
        "de",
        "Vielen Dank für Ihre Bewerbung. Wir haben uns gegen eine weitere "
        "Berücksichtigung entschieden.",
    ),
    (
        "de",
        "Vielen Dank für Ihre Bewerbung. Eine Zusammenarbeit kommt für uns derzeit nicht in Frage.",
    ),
    (
        "de",
        "Vielen Dank für Ihre Bewerbung. Wir haben die Position mit einer internen "
        "Kandidatin besetzt.",
    ),
    (
        "de",
        "Vielen Dank. Wir haben uns entschlossen, den Prozess mit anderen Kandidaten fortzusetzen.",
    ),
    ("de", "Vielen Dank für Ihre Bewerbung. Wir haben uns für andere Bewerbungen entschieden."),
    (
        "nl",
        "Bedankt voor je sollicitatie. We hebben besloten om niet verder te gaan met je "
        "sollicitatie.",
    ),
    ("nl", "Bedankt voor je sollicitatie. Je wordt niet uitgenodigd voor een gesprek."),
    (
        "nl",
        "Bedankt voor je sollicitatie. Wij zien onvoldoende aanknopingspunten om je uit "
        "te nodigen.",
    ),
    ("nl", "Bedankt voor je sollicitatie. We hebben op dit moment geen passende functie voor je."),
    ("nl", "Bedankt voor je sollicitatie. Je sollicitatie is afgewezen."),
    ("nl", "Bedankt voor je sollicitatie. We zetten de procedure met andere kandidaten voort."),
    ("nl", "Bedankt voor je sollicitatie. Je komt helaas niet in aanmerking voor deze functie."),
    (
        "es",
        "Gracias por tu candidatura. En este momento no tenemos ninguna vacante que se "
        "ajuste a tu perfil.",
    ),
    ("es", "Gracias por tu candidatura. Hemos optado por un perfil que se ajusta mejor al puesto."),
    ("es", "Gracias por tu candidatura. No podemos ofrecerte el puesto."),
    ("es", "Gracias por tu candidatura. Te comunicamos que no has sido seleccionado."),
    ("es", "Gracias por su solicitud. Le informamos de que su candidatura ha sido descartada."),
    ("es", "Gracias por tu candidatura. Desafortunadamente, hemos seleccionado a otra persona."),
    (
        "it",
        "Grazie per la tua candidatura. Abbiamo scelto un candidato più in linea con il profilo.",
    ),
    (
        "it",
        "Grazie per la tua candidatura. Al momento non abbiamo posizioni aperte in "
        "linea con il tuo profilo.",
    ),
    ("it", "Grazie per la tua candidatura. Non possiamo offrirti la posizione."),
    ("it", "Grazie per la tua candidatura. Abbiamo deciso di orientarci verso altri profili."),
    ("en", "Thanks for your interest in the position. We are going to pass on your application."),
    (
        "en",
        "Thank you for your application for the post. We have now made an "
        "appointment to this post.",
    ),
    ("de", "Danke für deine Bewerbung. Diesmal hat es leider nicht geklappt."),
    ("de", "Vielen Dank für Ihr Interesse an der Stelle. Wir haben die Stelle intern besetzt."),
    ("es", "Gracias por tu candidatura. En esta ocasión no has resultado seleccionado."),
    ("it", "Grazie per la tua candidatura. Il tuo profilo non rispecchia quanto stiamo cercando."),
    ("it", "Grazie per la tua candidatura. La tua candidatura non verrà presa in considerazione."),
]


@pytest.mark.parametrize(("language", "body"), REJECTIONS)
def test_a_no_said_once_and_indirectly_is_a_rejection(language: str, body: str) -> None:
    assert _kind(language, body) is Kind.REJECTION


def test_italian_reflexive_si_opens_no_condition() -> None:
    """French / Spanish "si" is "if"; Italian "si è conclusa" is a statement."""
    body = "Grazie per la tua candidatura. La selezione si è conclusa con esito negativo."
    assert _kind("it", body) is Kind.REJECTION


INVITATIONS = [
    (
        "en",
        "You have been successfully shortlisted for the Data Analyst position. We will "
        "be in touch.",
    ),
    (
        "en",
        "This is a reminder of your upcoming interview.\nDate: 12 May\nTime: 10:00\nLocation: Zoom",
    ),
    ("en", "Good news! Your application has moved to the interview stage."),
    ("en", "You have been selected to attend an interview on 3 June at our Leeds office."),
    ("en", "Could you let us know which of the following slots works best for a video call?"),
    ("en", "We'd love to have a chat with you about the role. Are you free sometime this week?"),
    ("en", "Please confirm your attendance at the interview on Monday."),
    ("en", "Your interview has been rescheduled to Friday 10:30."),
    ("en", "Interview details:\nMonday 4 March, 11:00\nWith: Sam Ortiz, Team Lead"),
    ("de", "Sie sind in die engere Auswahl gekommen. Wir melden uns mit einem Terminvorschlag."),
    ("de", "Hiermit erinnern wir Sie an Ihr Vorstellungsgespräch am Dienstag um 10 Uhr."),
    ("de", "Wir würden gerne ein erstes Telefoninterview mit dir vereinbaren."),
    ("de", "Ihr Interviewtermin wurde bestätigt: Donnerstag, 14:00 Uhr, per Teams."),
    ("de", "Gerne laden wir Sie zu einem persönlichen Kennenlernen in unser Büro ein."),
    ("nl", "Bedankt voor je sollicitatie. We nodigen je graag uit voor een sollicitatiegesprek."),
    (
        "nl",
        "Via onderstaande link kun je zelf een moment kiezen voor een kort telefonisch gesprek.",
    ),
    ("nl", "Ter herinnering: je gesprek staat gepland op dinsdag om 10.00 uur."),
    ("es", "Te recordamos que tu entrevista está programada para mañana a las 10:00."),
    ("es", "Por favor, elige un horario que te venga bien para una llamada con nuestro equipo."),
    (
        "it",
        "Puoi scegliere l'orario che preferisci per la videochiamata tramite il link qui sotto.",
    ),
]


@pytest.mark.parametrize(("language", "body"), INVITATIONS)
def test_a_shortlist_a_reminder_or_a_slot_is_an_invitation(language: str, body: str) -> None:
    assert _kind(language, body) is Kind.INTERVIEW_INVITATION


STEPS = [
    (
        "en",
        "As the next step, we invite you to complete an online assessment. The link "
        "expires in 5 days.",
    ),
    ("en", "Please complete the coding challenge linked below within 72 hours."),
    ("en", "Congratulations, you have been moved to the next stage of our process."),
    ("en", "Your application status has changed to: In review."),
    ("en", "Your application for Data Analyst is still under review."),
    ("en", "We noticed that you have not yet completed your application."),
    ("de", "Im nächsten Schritt bitten wir Sie, den Online-Test bis Freitag zu absolvieren."),
    ("de", "Status Ihrer Bewerbung: In Bearbeitung."),
    ("nl", "Als volgende stap vragen we je om de online vragenlijst in te vullen."),
    ("es", "¡Enhorabuena! Has avanzado a la siguiente fase del proceso."),
    ("es", "El siguiente paso es realizar una prueba técnica en línea."),
    ("it", "Come prossimo passo ti chiediamo di completare un breve test online."),
]


@pytest.mark.parametrize(("language", "body"), STEPS)
def test_a_test_to_take_or_a_status_change_is_other_job(language: str, body: str) -> None:
    assert _kind(language, body) is Kind.OTHER_JOB


OFFERS = [
    ("en", "Congratulations! You have been hired for the Data Analyst role."),
    (
        "en",
        "We are delighted to say that you have been selected for the position. A contract follows.",
    ),
    ("en", "Congratulations, you got the job! HR will send the paperwork this week."),
    ("de", "Wir freuen uns, dass wir uns für Sie entschieden haben. Der Vertrag folgt in Kürze."),
    ("de", "Herzlichen Glückwunsch! Sie haben die Stelle bekommen."),
    ("de", "Gerne möchten wir Ihnen die Stelle als Datenanalystin anbieten."),
    ("nl", "Gefeliciteerd! We willen je graag de functie van data-analist aanbieden."),
    ("nl", "Goed nieuws: je bent aangenomen! Het contract volgt per mail."),
    (
        "es",
        "¡Enhorabuena! Has sido seleccionada para el puesto de Analista de datos en "
        "nuestro equipo.",
    ),
    ("it", "Congratulazioni! Sei stato selezionato per la posizione di Analista dati."),
    ("it", "Siamo lieti di offrirti il ruolo di Analista dati nel nostro gruppo."),
]


@pytest.mark.parametrize(("language", "body"), OFFERS)
def test_an_offer_or_a_hire_is_other_job(language: str, body: str) -> None:
    assert _kind(language, body) is Kind.OTHER_JOB


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "en",
            "Thank you for applying. Unfortunately, you have not been selected for the position.",
        ),
        ("de", "Vielen Dank für Ihre Bewerbung. Leider haben wir uns nicht für Sie entschieden."),
        ("nl", "Bedankt voor je sollicitatie. Je bent helaas niet aangenomen voor deze functie."),
        ("es", "Gracias por tu candidatura. Lamentablemente no podemos ofrecerte el puesto."),
    ],
)
def test_a_no_that_names_the_offer_stays_a_rejection(language: str, body: str) -> None:
    assert _kind(language, body) is Kind.REJECTION


def test_a_video_interview_to_record_stays_an_invitation() -> None:
    body = "You are invited to complete a one-way video interview. You have 3 days to record it."
    assert _kind("en", body) is Kind.INTERVIEW_INVITATION


CONFIRMATIONS = [
    ("en", "We have received your CV and will pass on your application to the hiring manager."),
    (
        "en",
        "We have received your application. If you are shortlisted, we will contact you "
        "to arrange an interview.",
    ),
    (
        "en",
        "Thank you for your application. Shortlisted candidates will be invited to an "
        "interview in June.",
    ),
    (
        "en",
        "We have received your application. Should your profile match, a recruiter will "
        "contact you to schedule a call.",
    ),
    (
        "en",
        "Thank you for applying. Unfortunately we cannot confirm receipt of "
        "applications by phone. We have received your application.",
    ),
    (
        "en",
        "We have received your application. As part of the process you may later be "
        "asked to take a short test.",
    ),
    (
        "de",
        "Vielen Dank für Ihre Bewerbung, die wir erhalten haben. Sollten Sie in die "
        "engere Auswahl kommen, laden wir Sie zu einem Gespräch ein.",
    ),
    (
        "de",
        "Wir haben Ihre Bewerbung erhalten. Sobald sich der Status Ihrer Bewerbung "
        "ändert, informieren wir Sie.",
    ),
    (
        "nl",
        "Bedankt voor je sollicitatie, we hebben deze goed ontvangen. Als je profiel "
        "past, nodigen we je uit voor een gesprek.",
    ),
    (
        "es",
        "Hemos recibido tu candidatura. Si tu perfil encaja, te contactaremos para una entrevista.",
    ),
    (
        "it",
        "Abbiamo ricevuto la tua candidatura. Se il tuo profilo sarà in linea, ti "
        "contatteremo per un colloquio.",
    ),
]


@pytest.mark.parametrize(("language", "body"), CONFIRMATIONS)
def test_a_receipt_that_explains_the_process_stays_a_confirmation(language: str, body: str) -> None:
    assert _kind(language, body) is Kind.APPLICATION_CONFIRMATION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Arts Fund <grants@artsfund.example>",
            "Your application",
            "Thank you for applying to this year's community arts grant. Sadly, your "
            "application was unsuccessful and will not be considered further.",
        ),
        (
            "International Office <exchange@uni-nordhafen.example>",
            "Ihre Bewerbung für ein Auslandssemester",
            "Vielen Dank für Ihre Bewerbung für ein Auslandssemester in Lissabon. Es fehlt "
            "noch Ihr Learning Agreement; bitte laden Sie es bis Freitag hoch.",
        ),
        (
            "Harbour Homes <applications@harbourhomes.example>",
            "Application update",
            "Your rental application for Flat 4B has been reviewed. Status: not approved.",
        ),
        (
            "Lettings <lettings@harbourhomes.example>",
            "Your application",
            "Thank you for your interest in the flat on Mill Street. Your application will "
            "not be considered further as the tenancy has been agreed.",
        ),
    ],
)
def test_a_refusal_that_names_no_hiring_is_not_job_mail(
    sender: str, subject: str, body: str
) -> None:
    raw = f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n\n{body}\n"
    analysis = classify(parse(raw.encode()), use_model=False)
    assert analysis.kind is Kind.NOT_JOB, analysis.reasons


HOSTILE = ("not ", "your application ", "you have been ", "keine ", "niet ", "no ", "status ")


@pytest.mark.parametrize("kind", ["rejection", "interview", "next_step", "status", "incomplete"])
def test_cue_patterns_take_linear_time(kind: str) -> None:
    """Every pattern of these kinds over repeated lead words and runs of spaces: four
    times the text costs about four times the CPU time, never sixteen."""
    patterns = [re.compile(p, re.VERBOSE) for table in cues().strong[kind].values() for p in table]

    def cpu(size: int) -> float:
        started = time.process_time()
        for lead in HOSTILE:
            for text in (lead * (size // len(lead)), lead + " " * size + "x"):
                for pattern in patterns:
                    pattern.search(text)
        return time.process_time() - started

    small, large = cpu(1_000), cpu(4_000)
    assert large < 0.05 + 8 * small, (small, large)


def test_an_outcome_beside_a_refusal_of_feedback_is_a_rejection() -> None:
    body = "Unfortunately your application was unsuccessful and we cannot give individual feedback."
    assert _kind("en", body) is Kind.REJECTION


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "en",
            "We have received your application. Unfortunately we are not able to reply to "
            "every applicant individually.",
        ),
        (
            "nl",
            "We hebben je sollicitatie goed ontvangen. We krijgen veel reacties en kunnen "
            "helaas niet iedere sollicitant persoonlijk antwoorden.",
        ),
    ],
)
def test_a_refusal_of_individual_answers_is_no_rejection(language: str, body: str) -> None:
    assert _kind(language, body) is Kind.APPLICATION_CONFIRMATION


@pytest.mark.parametrize(
    ("sentence", "about_hiring"),
    [
        ("we cannot accept your proposition for the summer fair", False),
        ("the sapphire suite is not available on those dates", False),
        ("lo propuesto no encaja con la convocatoria de la beca", False),
        ("la location pendant les vacances n'est plus possible", False),
        ("the vacancy has been filled", True),
        ("la plaza vacante ya está cubierta", True),
        ("we have hired another person", True),
    ],
)
def test_hiring_words_count_at_the_start_of_a_word(sentence: str, about_hiring: bool) -> None:
    assert bool(_HIRING.search(sentence)) is about_hiring
