"""Invitations asked as a question, and casual offers, in Spanish, Italian, French, German,
Dutch and English (twelfth round, ask12): the families Portuguese learned in pt12 ("Que tal
um bate-papo amanhã às 16h?", "A vaga é tua!") probed in the other languages with 61 mails
written for the probe. Families found:

- a meeting asked as a question with a day or a time, in job mail: "¿Qué tal si nos vemos
  el jueves a las 10 para hablar del puesto?", "¿Te viene bien pasarte mañana a las 12?",
  "Ti va di fare due chiacchiere giovedì alle 15?", "Riesci a passare domani verso le 11?",
  "Ça vous dirait de passer demain à 14h ?", "Magst du morgen um 14 Uhr bei uns
  vorbeikommen?", "Kun je morgen om 14.00 uur even langskomen?", "Could you pop in
  tomorrow at 2pm?" -- read as job mail with no cue (other_job);
- a short mail read in no language: "Hola ... Un saludo", "Bonjour ... Cordialement", a
  German line with only "um 10 Uhr" had none of the marker words, so no cue of its
  language ran;
- a casual offer: "¡El puesto es tuyo!", "Il posto è tuo!", "Le poste est à toi !", "Die
  Stelle gehört dir!", "De baan is van jou!", "The job is yours!" -- the kind was right
  (other_job) but the offer was not seen.

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``); the look-alikes below must keep their kind: a question
with a day in mail that is no job mail (a friend's dinner, a flat's viewing, a trial
lesson), a question in a receipt about a webinar, a CV to send or a start date, an offer of
a discount, "is the post you hold still yours?", an offer on a condition.
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse
from tests.rules_support import rules_kind

JOB = {
    "es": (
        "Selección Pinar Azul <rrhh@pinarazul.example>",
        "Proceso de selección - Técnico de Almacén",
        "Hola Marta,\n\n{}\n\nUn saludo,\nPinar Azul",
    ),
    "it": (
        "Selezione Ponte Rosso <hr@ponterosso.example>",
        "Selezione - Addetta vendite",
        "Ciao Giulia,\n\n{}\n\nA presto,\nPonte Rosso",
    ),
    "fr": (
        "Recrutement Lune Verte <rh@luneverte.example>",
        "Recrutement - Assistante logistique",
        "Bonjour Claire,\n\n{}\n\nBien à vous,\nLune Verte",
    ),
    "de": (
        "Personal Blauwald <jobs@blauwald.example>",
        "Stelle als Lagerist",
        "Hallo Jonas,\n\n{}\n\nViele Grüße\nBlauwald",
    ),
    "nl": (
        "Werving Oranjedijk <hr@oranjedijk.example>",
        "Vacature Magazijnmedewerker",
        "Hoi Sanne,\n\n{}\n\nGroet,\nOranjedijk",
    ),
    "en": (
        "Hiring at Redfern <jobs@redfern.example>",
        "Warehouse Associate role",
        "Hi Sam,\n\n{}\n\nBest,\nRedfern",
    ),
}

# receipts that go on with a question: they must stay receipts
RECEIPT = {
    "es": (
        "Selección Pinar Azul <rrhh@pinarazul.example>",
        "Hemos recibido tu candidatura",
        "Hola Marta,\n\nGracias por tu candidatura para el puesto de Técnico de Almacén.\n\n{}"
        "\n\nUn saludo,\nPinar Azul",
    ),
    "it": (
        "Selezione Ponte Rosso <hr@ponterosso.example>",
        "Candidatura ricevuta",
        "Ciao Giulia,\n\ngrazie per la tua candidatura per la posizione di Addetta vendite."
        "\n\n{}\n\nA presto,\nPonte Rosso",
    ),
    "fr": (
        "Recrutement Lune Verte <rh@luneverte.example>",
        "Votre candidature",
        "Bonjour Claire,\n\nNous vous remercions pour votre candidature au poste "
        "d'assistante logistique.\n\n{}\n\nBien à vous,\nLune Verte",
    ),
    "de": (
        "Personal Blauwald <jobs@blauwald.example>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Hallo Jonas,\n\nvielen Dank für Ihre Bewerbung als Lagerist. Wir haben Ihre "
        "Unterlagen erhalten.\n\n{}\n\nViele Grüße\nBlauwald",
    ),
    "nl": (
        "Werving Oranjedijk <hr@oranjedijk.example>",
        "Ontvangstbevestiging sollicitatie",
        "Hoi Sanne,\n\nBedankt voor je sollicitatie als magazijnmedewerker. We hebben je "
        "sollicitatie in goede orde ontvangen.\n\n{}\n\nGroet,\nOranjedijk",
    ),
    "en": (
        "Hiring at Redfern <jobs@redfern.example>",
        "Thank you for your application",
        "Hi Sam,\n\nThank you for applying for the Warehouse Associate role. We have "
        "received your application.\n\n{}\n\nBest,\nRedfern",
    ),
}

NOT_JOB = {
    "es": ("Lucía <lucia@correo.example>", "cena", "Hola!\n\n{}\n\nBesos"),
    "it": ("Marco <marco@posta.example>", "stasera", "Ciao!\n\n{}\n\nMarco"),
    "fr": (
        "Agence Toit Clair <contact@toitclair.example>",
        "Visite de l'appartement",
        "Bonjour,\n\n{}\n\nCordialement",
    ),
    "de": ("Tanzschule Wirbel <info@wirbel.example>", "Probestunde", "Hallo,\n\n{}\n\nLiebe Grüße"),
    "nl": (
        "Verhuur Grachtzicht <info@grachtzicht.example>",
        "Bezichtiging",
        "Beste,\n\n{}\n\nGroet",
    ),
    "en": ("Ben <ben@mail.example>", "dinner", "Hey,\n\n{}\n\nBen"),
}


def _mail(shells: dict[str, tuple[str, str, str]], lang: str, sentence: str) -> bytes:
    sender, subject, body = shells[lang]
    raw = f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n\n{body.format(sentence)}\n"
    return raw.encode()


def _kind(shells: dict[str, tuple[str, str, str]], lang: str, sentence: str) -> Kind:
    sender, subject, body = shells[lang]
    return rules_kind(sender, subject, body.format(sentence))


def _is_offer(shells: dict[str, tuple[str, str, str]], lang: str, sentence: str) -> bool:
    return classify(parse(_mail(shells, lang, sentence)), use_model=False).is_offer


ASKED = [
    ("es", "¿Qué tal si nos vemos el jueves a las 10 para hablar del puesto?"),
    ("es", "Nos ha gustado tu perfil. ¿Te viene bien pasarte mañana por la oficina a las 12?"),
    ("es", "¿Te apetece tomar un café el lunes y charlamos sobre la vacante?"),
    ("es", "¿Te va bien una llamada mañana a las 17h para conocerte?"),
    ("es", "Hemos revisado tu currículum. ¿Puedes pasarte el viernes sobre las 11?"),
    ("es", "¿Tienes un rato mañana a las 10 para una charla sobre la posición?"),
    ("it", "Ti va di fare due chiacchiere giovedì alle 15?"),
    ("it", "Abbiamo letto il tuo curriculum. Riesci a passare domani in negozio verso le 11?"),
    ("it", "Che ne dici di un caffè lunedì alle 10 per parlare della posizione?"),
    ("it", "Potresti venire martedì alle 14:30 per un colloquio con la responsabile?"),
    ("it", "Ti andrebbe una videochiamata mercoledì pomeriggio alle 16 con il team?"),
    ("fr", "Ça vous dirait de passer demain à 14h pour qu'on discute ?"),
    ("fr", "Que diriez-vous d'un café lundi à 9h30 pour parler du poste ?"),
    ("fr", "Pourriez-vous venir mardi à 11h pour un entretien avec la responsable ?"),
    ("fr", "Tu peux passer au magasin vendredi vers 15h ?"),
    ("de", "Magst du morgen um 14 Uhr bei uns vorbeikommen?"),
    ("de", "Passt es Ihnen am Montag um 9:30 Uhr für ein Vorstellungsgespräch?"),
    ("de", "Hast du Lust, am Freitag um 10 Uhr zum Probearbeiten vorbeizukommen?"),
    ("nl", "Kun je morgen om 14.00 uur even langskomen?"),
    ("nl", "Zullen we maandag om 9 uur een kop koffie drinken en over de functie praten?"),
    ("nl", "Past vrijdag om 15 uur voor een gesprek?"),
    ("en", "How about a quick chat on Thursday at 10 about the role?"),
    ("en", "Could you pop in tomorrow at 2pm to meet the manager?"),
    ("en", "Are you free Monday at 9:30 for a call about the position?"),
]


@pytest.mark.parametrize(("lang", "sentence"), ASKED)
def test_a_meeting_asked_with_a_day_is_an_invitation(lang: str, sentence: str) -> None:
    assert _kind(JOB, lang, sentence) is Kind.INTERVIEW_INVITATION


# a question with a day in a receipt: about an event, papers, a start, opening hours
RECEIPT_QUESTIONS = [
    ("es", "¿Te apetece venir a nuestro webinar del jueves a las 18 sobre la empresa?"),
    ("es", "¿Te viene bien empezar el lunes 3 si todo sale bien?"),
    ("es", "¿Te apetece pasarte el sábado a las 12 por nuestra fiesta de verano?"),
    ("fr", "Ça vous dirait de passer samedi à 11h à nos portes ouvertes ?"),
    ("de", "Hast du Lust, unser Team am Samstag um 11 Uhr beim Sommerfest kennenzulernen?"),
    ("nl", "Kun je zaterdag om 16 uur langskomen op onze zomerborrel?"),
    ("it", "Ti va di seguire il nostro webinar giovedì alle 18?"),
    ("fr", "Pouvez-vous passer à notre atelier découverte jeudi à 18h ?"),
    ("de", "Können Sie uns bis Freitag Ihre Zeugnisse nachreichen?"),
    ("de", "Hast du Lust, am Samstag um 11 Uhr bei unserem Sommerfest dabei zu sein?"),
    ("nl", "Kun je vóór vrijdag om 12 uur je cv nog eens sturen?"),
    ("en", "Could you send us your references by Friday?"),
    ("en", "Are you free to work Saturday shifts?"),
    ("en", "Can you come to our open day on Saturday at 11?"),
]


@pytest.mark.parametrize(("lang", "sentence"), RECEIPT_QUESTIONS)
def test_questions_in_a_receipt_stay_receipts(lang: str, sentence: str) -> None:
    assert _kind(RECEIPT, lang, sentence) is Kind.APPLICATION_CONFIRMATION


NOT_JOB_QUESTIONS = [
    ("es", "¿Qué tal si nos vemos el jueves a las 9 para cenar en casa de Pablo?"),
    ("es", "¿Te viene bien pasarte mañana a recoger las llaves?"),
    ("it", "Ti va di fare due chiacchiere giovedì alle 20 davanti a una pizza?"),
    ("it", "Riesci a passare domani a prendere i biglietti?"),
    ("fr", "Seriez-vous disponible jeudi à 18h pour visiter l'appartement ?"),
    ("de", "Hast du Lust, am Freitag um 18 Uhr zur Probestunde vorbeizukommen?"),
    ("nl", "Kun je morgen om 14.00 uur langskomen voor de bezichtiging van het appartement?"),
    ("en", "How about dinner on Thursday at 8?"),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_JOB_QUESTIONS)
def test_questions_in_mail_that_is_no_job_mail_stay_not_job(lang: str, sentence: str) -> None:
    assert _kind(NOT_JOB, lang, sentence) is Kind.NOT_JOB


OFFERS = [
    ("es", "¡El puesto es tuyo! Te enviamos el contrato esta semana."),
    ("es", "Buenas noticias: la plaza es tuya si la quieres."),
    ("it", "Il posto è tuo! Ti mandiamo il contratto in settimana."),
    ("it", "Ottime notizie: il lavoro è tuo."),
    ("fr", "Le poste est à toi ! On t'envoie le contrat cette semaine."),
    ("fr", "Bonne nouvelle : le poste est pour vous."),
    ("de", "Die Stelle gehört dir! Den Vertrag schicken wir diese Woche."),
    ("de", "Gute Nachrichten: der Job gehört Ihnen."),
    ("nl", "De baan is van jou! We sturen het contract deze week."),
    ("nl", "Goed nieuws: de functie is van jou."),
    ("en", "The job is yours! We'll send the contract this week."),
]


@pytest.mark.parametrize(("lang", "sentence"), OFFERS)
def test_a_casual_offer_is_seen(lang: str, sentence: str) -> None:
    assert _kind(JOB, lang, sentence) is Kind.OTHER_JOB
    assert _is_offer(JOB, lang, sentence)


# an offer on a condition, a question, the post the candidate holds now
NO_OFFERS = [
    ("es", "El puesto es tuyo si superas la prueba práctica del martes."),
    ("es", "Antes de seguir: ¿el puesto que tienes ahora sigue siendo tuyo?"),
    ("it", "Una domanda: il posto che hai adesso è ancora tuo?"),
    ("fr", "Le poste est pour vous si vous aimez le contact client."),
    ("de", "Die Stelle gehört dir, wenn das Probearbeiten gut läuft."),
    ("nl", "De baan is van jou als de referenties goed zijn."),
    ("en", "The job is yours if you pass the background check."),
]


@pytest.mark.parametrize(("lang", "sentence"), NO_OFFERS)
def test_no_offer_without_one(lang: str, sentence: str) -> None:
    assert not _is_offer(JOB, lang, sentence)


DISCOUNTS = [
    ("es", "¡El descuento es tuyo! Usa el código VERANO antes del domingo."),
    ("it", "Lo sconto è tuo! Usa il codice ESTATE entro domenica."),
    ("de", "Der Rabatt gehört dir! Code SOMMER gilt bis Sonntag."),
    ("nl", "De korting is van jou! Code ZOMER geldig tot zondag."),
]


@pytest.mark.parametrize(("lang", "sentence"), DISCOUNTS)
def test_a_discount_is_no_offer_of_a_job(lang: str, sentence: str) -> None:
    assert _kind(NOT_JOB, lang, sentence) is Kind.NOT_JOB
    assert not _is_offer(NOT_JOB, lang, sentence)
