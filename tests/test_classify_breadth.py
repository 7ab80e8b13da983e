"""Rejections and invitations in the many ways HR says them, not only the ways already
read: declined / rejected, "not among those selected", "not the news you hoped for", a
search given to an internal candidate, gender-neutral German ("eine:n
andere:n Kandidat:in"), du / jij / tú forms, Flemish "niet weerhouden", Spanish
"convocar" / "citar", Italian "ti aspettiamo", and the look-alikes that must keep their
kind: a receipt that explains the process, a status line of a rental, a question that
starts with "when" / "wanneer" / "quando" (asked, not a condition). Every text is written
for these tests (none from the corpus).

Kinds are asserted on the rules alone (``use_model=False``), as in
``test_classify_recall.py``.
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.cues import cues
from assistant.core.models import Kind
from assistant.core.parse import parse
from tests.test_classify_recall import _kind

REJECTIONS = [
    ("en", "Thanks for applying. Your candidacy has been declined by the hiring team."),
    ("en", "Thanks for applying. After review, your application was rejected."),
    ("en", "Thanks for applying. We are declining your application at this stage."),
    ("en", "Thanks for applying. You were not one of the applicants selected to move forward."),
    ("en", "Thanks for applying. I know this is not the news you were hoping for."),
    ("en", "Thanks for applying. We have not been able to shortlist you on this occasion."),
    ("en", "Thanks for applying. The manager has decided to promote an internal colleague."),
    ("en", "Thanks for applying. Due to a hiring freeze, we are not filling the post."),
    ("en", "Thanks for applying. We will not proceed any further with your application."),
    ("en", "Thanks for applying. A different applicant was more successful at interview."),
    ("en", "Thanks for applying. The successful candidate has now accepted our offer."),
    ("en", "Thanks for applying. We decided to pursue candidates with more retail experience."),
    ("en", "Thanks for applying. We have decided to keep looking for a finance specialist."),
    ("en", "Thanks for applying. Your application did not make it to the final round."),
    ("en", "Thanks for applying. You did not pass the technical assessment."),
    ("en", "Thanks for applying. Application status: Not selected"),
    ("en", "Thanks for applying. We have decided to offer the position to another candidate."),
    ("en", "Thanks for applying. We have decided to progress other applications."),
    ("en", "Thanks for applying. We received many strong applications and yours was not selected."),
    ("en", "Thanks for applying. We won't be able to consider you further for this role."),
    ("en", "Thanks for applying. The panel has made its decision and it was not in your favour."),
    (
        "en",
        "Thanks for applying. Your skills, while impressive, do not align with the "
        "requirements of this role.",
    ),
    ("de", "Danke für Ihre Bewerbung. Wir haben uns für eine:n andere:n Kandidat:in entschieden."),
    ("de", "Danke für Ihre Bewerbung. Wir haben uns für eine*n andere*n Bewerber*in entschieden."),
    ("de", "Danke für Ihre Bewerbung. Wir haben uns für jemand anderen entschieden."),
    ("de", "Danke für Ihre Bewerbung. Die Entscheidung ist nicht zu Ihren Gunsten ausgefallen."),
    (
        "de",
        "Danke für Ihre Bewerbung. Wir haben uns zugunsten einer anderen Bewerberin entschieden.",
    ),
    ("de", "Danke für Ihre Bewerbung. Leider war Ihre Bewerbung dieses Mal nicht erfolgreich."),
    ("de", "Danke für Ihre Bewerbung. Leider können wir Sie nicht zu einem Gespräch einladen."),
    ("de", "Danke für Ihre Bewerbung. Wir werden den Prozess nicht mit Ihnen fortführen."),
    ("de", "Danke für Ihre Bewerbung. Leider haben wir keine passende Position für Sie."),
    ("de", "Danke für Ihre Bewerbung. Die Stelle ist nicht mehr verfügbar."),
    ("de", "Danke für Ihre Bewerbung. Wir haben die Vakanz intern nachbesetzt."),
    ("de", "Danke für Ihre Bewerbung. Wir haben uns letztlich für ein anderes Profil entschieden."),
    ("de", "Danke für deine Bewerbung. Es tut uns leid, aber wir müssen dir absagen."),
    ("de", "Danke für Ihre Bewerbung. Wir haben uns anders entschieden."),
    ("de", "Danke für Ihre Bewerbung. Sie sind nicht in die engere Wahl gekommen."),
    (
        "nl",
        "Dank voor je sollicitatie. Die heeft niet geleid tot een uitnodiging voor een gesprek.",
    ),
    ("nl", "Dank voor je sollicitatie. Wij hebben besloten een andere kandidaat aan te nemen."),
    ("nl", "Dank voor je sollicitatie. Je bent niet door naar de volgende ronde."),
    ("nl", "Dank voor je sollicitatie. We zien helaas onvoldoende match met de functie."),
    ("nl", "Dank voor je sollicitatie. Je bent helaas afgevallen in de eerste ronde."),
    ("nl", "Dank voor je sollicitatie. We stoppen de sollicitatieprocedure met jou."),
    ("nl", "Dank voor je sollicitatie. Wij hebben uw sollicitatie afgewezen."),
    ("nl", "Dank voor je kandidatuur. Je kandidatuur werd niet weerhouden."),
    ("nl", "Dank voor je sollicitatie. Je sollicitatie is niet succesvol geweest."),
    ("nl", "Dank voor je sollicitatie. We hebben besloten om niet verder te gaan."),
    ("es", "Gracias por tu candidatura. Hemos decidido no continuar con el proceso."),
    ("es", "Gracias por tu candidatura. En esta ocasión no has sido la persona seleccionada."),
    ("es", "Gracias por tu candidatura. No vas a continuar en el proceso de selección."),
    ("es", "Gracias por tu candidatura. No ha sido posible avanzar con tu candidatura."),
    ("es", "Gracias por tu candidatura. No has superado la fase de entrevistas."),
    ("es", "Gracias por tu candidatura. Hemos decidido cerrar tu candidatura."),
    ("es", "Gracias por tu candidatura. Hemos encontrado un perfil que encaja mejor."),
    ("es", "Gracias por tu candidatura. Por ahora no seguiremos adelante con tu perfil."),
    ("es", "Gracias por tu candidatura. No ha sido posible seleccionarte en esta ocasión."),
    ("es", "Gracias por tu candidatura. Tu perfil no ha sido finalmente el elegido."),
    ("it", "Grazie per la candidatura. Non rientri tra i candidati selezionati."),
    ("it", "Grazie per la candidatura. Abbiamo ritenuto di non proseguire con il tuo profilo."),
    ("it", "Grazie per la candidatura. Abbiamo preferito un profilo con più esperienza."),
    ("en", "Thanks for applying. Unfortunately you've not been successful on this occasion."),
    ("en", "Thanks for applying. Your application wasn't selected for the next stage."),
    ("en", "Thanks for applying. We have now filled all of our vacancies for this season."),
    ("en", "Thanks for applying. All positions have now been filled."),
    ("de", "Danke für deine Bewerbung. Dieses Mal hat es leider nicht ganz gereicht."),
    ("nl", "Dank voor je sollicitatie. We hebben een andere keuze gemaakt."),
    ("nl", "Dank voor je sollicitatie. Je bent niet de juiste kandidaat voor deze rol."),
    ("es", "Gracias por tu candidatura. Tomamos la decisión de no continuar con tu candidatura."),
    ("es", "Gracias por tu candidatura. En esta ocasión no vamos a contar con tu perfil."),
    ("it", "Grazie per la candidatura. Non andremo avanti con la tua candidatura."),
    ("en", "Thanks for applying. We are looking for someone with more hands-on experience."),
    ("en", "Thanks for applying. Other applicants more closely matched the requirements."),
    ("en", "Thanks for applying. The team felt another candidate was a better fit."),
    ("en", "Thanks for applying. We are unable to move forward at this time."),
    ("en", "Thanks for applying. We have made a hire for this role."),
    ("de", "Danke für deine Bewerbung. Es hat leider nicht ganz gepasst."),
    ("de", "Danke für deine Bewerbung. Wir suchen jemanden mit mehr Erfahrung."),
    ("nl", "Dank voor je sollicitatie. We zoeken iemand met meer ervaring in de zorg."),
    ("es", "Gracias por tu candidatura. Buscamos a alguien con más experiencia en ventas."),
    ("it", "Grazie per la candidatura. Cerchiamo qualcuno con più esperienza."),
]


@pytest.mark.parametrize(("language", "body"), REJECTIONS)
def test_a_no_in_other_words_is_a_rejection(language: str, body: str) -> None:
    assert _kind(language, body) is Kind.REJECTION


INVITATIONS = [
    ("en", "Thanks for applying. Please join us for a video interview next Tuesday."),
    ("en", "Thanks for applying. We'd like to bring you in for an interview with the team."),
    ("en", "Thanks for applying. Could you reply with your availability for a call this week?"),
    ("en", "Thanks for applying. Let's find a time to chat about the role."),
    ("en", "Thanks for applying. Here are the details for your interview on Monday."),
    ("en", "Thanks for applying. You've been moved into the final round of interviews."),
    ("en", "Thanks for applying. Please choose an interview time using the link below."),
    ("en", "Thanks for applying. Can we set up a quick call to discuss your application?"),
    ("en", "Thanks for applying. We would be glad to meet you for an interview at our office."),
    ("en", "Thanks for applying. Please suggest a few times that could work for a call."),
    ("en", "Thanks for applying. When would be a good time for a quick call?"),
    ("en", "Thanks for applying. Would you be available to interview on Thursday afternoon?"),
    ("en", "Thanks for applying. You're invited to an interview with our data team on 2 May."),
    ("en", "Thanks for applying. We'd like to move you forward to a phone screen."),
    ("de", "Danke für Ihre Bewerbung. Wir schlagen Ihnen folgende Termine für ein Gespräch vor."),
    ("de", "Danke für deine Bewerbung. Wir würden uns gerne mit dir austauschen."),
    ("de", "Danke für deine Bewerbung. Lass uns doch kurz telefonieren!"),
    ("de", "Danke für Ihre Bewerbung. Bitte buchen Sie hier einen Termin für das Interview."),
    ("de", "Danke für Ihre Bewerbung. Passt Ihnen ein Videocall am Donnerstag um 11 Uhr?"),
    ("de", "Danke für Ihre Bewerbung. Ihr Gespräch findet am Montag, 12. Mai, um 10 Uhr statt."),
    ("nl", "Dank voor je sollicitatie. Graag maken we kennis met je tijdens een gesprek."),
    ("nl", "Dank voor je sollicitatie. Wanneer schikt het jou voor een videogesprek?"),
    ("nl", "Dank voor je sollicitatie. We plannen graag een videocall met je in."),
    ("nl", "Dank voor je sollicitatie. Zou je volgende week tijd hebben voor een gesprek?"),
    ("nl", "Dank voor je sollicitatie. Je gesprek vindt plaats op maandag om 14.00 uur."),
    ("nl", "Dank voor je sollicitatie. We willen graag een afspraak maken voor een gesprek."),
    ("nl", "Dank voor je sollicitatie. We willen je graag beter leren kennen."),
    ("es", "Gracias por tu candidatura. Te convocamos a una entrevista el próximo lunes."),
    ("es", "Gracias por tu candidatura. Queremos citarte para una entrevista presencial."),
    ("es", "Gracias por tu candidatura. Has sido preseleccionada para la siguiente fase."),
    ("es", "Gracias por tu candidatura. Te esperamos el martes para la entrevista."),
    ("es", "Gracias por tu candidatura. ¿Qué día te viene bien para una videollamada?"),
    ("es", "Gracias por tu candidatura. Nos encantaría tener una conversación contigo."),
    (
        "es",
        "Gracias por tu candidatura. ¿Podrías indicarnos tu disponibilidad para una entrevista?",
    ),
    ("es", "Gracias por tu candidatura. Tu entrevista será el jueves a las 12:00."),
    ("es", "Gracias por tu candidatura. Te invito a una llamada el martes."),
    ("it", "Grazie per la candidatura. Ti aspettiamo per un colloquio conoscitivo martedì."),
    ("it", "Grazie per la candidatura. Quando saresti disponibile per una videochiamata?"),
    ("it", "Grazie per la candidatura. Ti invito a un colloquio conoscitivo."),
    ("en", "Thanks for applying. Great news, you've made the shortlist for the role."),
    ("en", "Friendly reminder: your video call with Sam is tomorrow at 10:00."),
    ("en", "Thanks for applying. You have an interview scheduled with our team lead on Monday."),
    ("en", "Thanks for applying. Next step: a 30-minute call with the hiring manager."),
    ("en", "Thanks for applying. I'll send you a calendar invite for Tuesday at 2pm."),
    ("de", "Danke für Ihre Bewerbung. Sie stehen auf unserer Shortlist."),
    ("de", "Danke für Ihre Bewerbung. Sie erhalten gleich eine Kalendereinladung für Donnerstag."),
    ("nl", "Ter herinnering: je kennismakingsgesprek is morgen om 11.00 uur."),
    ("es", "Recordatorio: tu entrevista es mañana a las 9:00."),
    ("it", "Promemoria: il tuo colloquio è domani alle 10."),
    ("it", "Grazie per la candidatura. Sei stato inserito nella rosa dei candidati."),
    ("en", "Thanks for applying. Can you do a short call on Tuesday at 3pm?"),
]


@pytest.mark.parametrize(("language", "body"), INVITATIONS)
def test_an_invitation_in_other_words_is_an_invitation(language: str, body: str) -> None:
    assert _kind(language, body) is Kind.INTERVIEW_INVITATION


RECEIPTS = [
    (
        "en",
        "We have received your application. If you are shortlisted, we will contact you "
        "for an interview.",
    ),
    (
        "en",
        "Thank you for your application, which we have received. Unfortunately we cannot "
        "answer every application individually.",
    ),
    (
        "en",
        "We have received your application. If you do not hear from us within 4 weeks, "
        "please consider your application unsuccessful.",
    ),
    (
        "en",
        "Thank you for applying, your application has been received. Our interview process "
        "has three stages: a phone screen, a technical interview and a final interview.",
    ),
    (
        "en",
        "Thank you for applying, we have received your application. We are unable to "
        "progress your application until you upload your ID.",
    ),
    (
        "en",
        "Thank you, we have received your application. As soon as we are able to invite "
        "you to interview, we will email you.",
    ),
    (
        "en",
        "We have received your application. Please note that applications that do not "
        "meet the criteria will not be considered.",
    ),
    (
        "en",
        "We have received your application. When we have reviewed it, we will be in "
        "touch about the next steps.",
    ),
    (
        "en",
        "We have received your application. As a reminder, our interview process has two rounds.",
    ),
    (
        "en",
        "We have received your application. Only candidates who make the shortlist will "
        "be contacted.",
    ),
    (
        "en",
        "We have received your application. We are looking for someone with more than "
        "five years of experience.",
    ),
    (
        "de",
        "Wir haben Ihre Bewerbung erhalten. Wir melden uns, sobald wir Sie zu einem "
        "Gespräch einladen möchten.",
    ),
    (
        "de",
        "Vielen Dank für Ihre Bewerbung, die wir erhalten haben. Sollten Sie nach vier "
        "Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung als nicht erfolgreich.",
    ),
    (
        "nl",
        "We hebben je sollicitatie goed ontvangen. Zodra we je willen uitnodigen voor een "
        "gesprek, laten we het je weten.",
    ),
    (
        "nl",
        "We hebben je sollicitatie goed ontvangen. Wanneer je geselecteerd wordt, nodigen "
        "we je uit voor een gesprek.",
    ),
    (
        "es",
        "Hemos recibido tu candidatura. Si no tienes noticias nuestras en 30 días, "
        "entiende que tu candidatura no ha sido seleccionada.",
    ),
    (
        "it",
        "Abbiamo ricevuto la tua candidatura. Quando avremo valutato il tuo profilo ti "
        "contatteremo per un colloquio.",
    ),
]


@pytest.mark.parametrize(("language", "body"), RECEIPTS)
def test_a_receipt_that_names_the_process_stays_a_confirmation(language: str, body: str) -> None:
    assert _kind(language, body) is Kind.APPLICATION_CONFIRMATION


def _analysis(sender: str, subject: str, body: str, headers: str = "") -> Kind:
    raw = f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n{headers}\n{body}\n"
    return classify(parse(raw.encode()), use_model=False).kind


def test_thanks_and_a_no_about_this_application_is_a_rejection() -> None:
    body = (
        "Dear Robin,\n\nThank you for applying for the Data Analyst role, we have received "
        "your application and read it with interest. Unfortunately your application has "
        "been declined, as we are looking for more experience in retail analytics.\n\n"
        "Kind regards,\nThe Recruiting Team"
    )
    assert _analysis("Talent <jobs@fernwood.example>", "Your application", body) is (Kind.REJECTION)


def test_a_no_after_the_interview_process_is_a_rejection() -> None:
    body = (
        "Dear Robin,\n\nThank you for taking the time to go through our interview process "
        "and for meeting the team. After careful consideration, we have decided to offer "
        "the position to another candidate.\n\nKind regards,\nThe Recruiting Team"
    )
    assert _analysis("Talent <jobs@fernwood.example>", "Your application", body) is (Kind.REJECTION)


def test_a_job_alert_with_interview_tips_is_no_invitation() -> None:
    body = (
        "Hi Robin,\n\nNew jobs matching your search:\n\nData Analyst - Fernwood Foods - "
        "Leeds\nJunior Data Analyst - Harbour Bank - York\n\nInterview tips: ten questions "
        "recruiters often ask, and how to prepare for a video interview.\n\nManage your alerts"
    )
    kind = _analysis(
        "JobFinder Alerts <alerts@jobfinder.example>",
        "12 new jobs for you: Data Analyst",
        body,
        "List-Unsubscribe: <https://jobfinder.example/unsub>\n",
    )
    assert kind is Kind.OTHER_JOB


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Harbour Lettings <lettings@harbour-homes.example>",
            "Your rental application",
            "Hi Robin,\n\nYour rental application for Flat 2 was not approved.\n\n"
            "Property: Mill Street 4\nStatus: Rejected\n",
        ),
        (
            "Arts Fund <grants@artsfund.example>",
            "Your grant application",
            "Dear Robin,\n\nThank you for applying to the community arts grant. Your "
            "application has been declined.\n",
        ),
    ],
)
def test_a_refusal_of_other_business_stays_not_job(sender: str, subject: str, body: str) -> None:
    assert _analysis(sender, subject, body) is Kind.NOT_JOB


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        ("when you are shortlisted, we will call you", True),
        ("when would be a good time for a call?", False),
        ("when are you available for a short interview?", False),
        ("wanneer je geselecteerd wordt, bellen we je", True),
        ("wanneer ben je beschikbaar voor een gesprek?", False),
        ("quando avremo valutato il profilo, ti scriveremo", True),
        ("quando saresti disponibile per un colloquio?", False),
    ],
)
def test_a_question_that_starts_with_when_is_no_condition(sentence: str, condition: bool) -> None:
    assert bool(cues().conditional.search(sentence)) is condition
