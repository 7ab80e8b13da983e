"""No news within a time means no: said as an absence, not only as a condition
(eighteenth round).

The "assume unsuccessful" family knew "if you have not heard from us within four weeks,
..." in seven languages, but not the same said without a condition word: "In the
absence of a response within 30 days ...", "Ohne Rückmeldung innerhalb von vier Wochen
gilt ...", "Na ausência de retorno em 30 dias ...", "In assenza di riscontro entro 30
giorni ...", nor a German or Dutch condition with the verb first ("Erhalten Sie ...
keine Nachricht", "Hoor je ... niets"). Missed, the sentence asked nothing of the user,
and its "not selected" made a receipt read as a refusal. An absence on the candidate's
side ("Without a response from you by Friday ...") asks the candidate to act: no
request. Each sentence is written for these tests, inside a receipt in its language.
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse

RECEIPTS = {
    "en": (
        "Adatum Careers <careers@adatum.example>",
        "Application received: Data Analyst",
        "Dear Alex,\n\nThank you for applying for the Data Analyst position. We have received "
        "your application. {}\n\nKind regards,\nAdatum Talent Team",
    ),
    "de": (
        "Adatum Karriere <karriere@adatum.example>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte/r Alex,\n\nvielen Dank für Ihre Bewerbung als Data Analyst. Ihre "
        "Unterlagen sind bei uns eingegangen. {}\n\nMit freundlichen Grüßen\nAdatum HR",
    ),
    "es": (
        "Adatum Empleo <empleo@adatum.example>",
        "Hemos recibido tu candidatura",
        "Hola Alex:\n\nGracias por tu candidatura al puesto de Data Analyst. La hemos recibido "
        "correctamente. {}\n\nUn saludo,\nAdatum RRHH",
    ),
    "pt": (
        "Adatum Carreiras <carreiras@adatum.example>",
        "Recebemos a sua candidatura",
        "Olá Alex,\n\nObrigado pela sua candidatura à vaga de Data Analyst. Recebemos a sua "
        "candidatura com sucesso. {}\n\nAtenciosamente,\nAdatum RH",
    ),
    "it": (
        "Adatum Carriere <carriere@adatum.example>",
        "Abbiamo ricevuto la tua candidatura",
        "Ciao Alex,\n\ngrazie per la tua candidatura per la posizione di Data Analyst. "
        "L'abbiamo ricevuta correttamente. {}\n\nCordiali saluti,\nAdatum HR",
    ),
    "nl": (
        "Adatum Werken bij <werkenbij@adatum.example>",
        "Ontvangstbevestiging sollicitatie",
        "Beste Alex,\n\nBedankt voor je sollicitatie voor de functie Data Analyst. We hebben je "
        "sollicitatie in goede orde ontvangen. {}\n\nMet vriendelijke groet,\nAdatum HR",
    ),
}


def read(language: str, sentence: str):  # type: ignore[no-untyped-def]
    sender, subject, body = RECEIPTS[language]
    raw = f"From: {sender}\nTo: alex@example.org\nSubject: {subject}\n\n{body.format(sentence)}\n"
    return classify(parse(raw.encode()))


ABSENCES = [
    ("en", "In the absence of a reply within 30 days, please assume you have not been selected."),
    ("en", "No news within four weeks means your application has not been successful."),
    ("de", "Ohne Rückmeldung innerhalb von sechs Wochen gilt Ihre Bewerbung als abgelehnt."),
    (
        "de",
        "Erhalten Sie innerhalb von sechs Wochen keine Nachricht von uns, ist Ihre Bewerbung "
        "nicht berücksichtigt worden.",
    ),
    ("es", "A falta de noticias en seis semanas, considera que tu candidatura no ha sido elegida."),
    ("es", "Pasadas seis semanas sin respuesta, entiende que no has sido seleccionada."),
    ("pt", "Na ausência de contacto em seis semanas, considere que não foi selecionada."),
    ("pt", "Não havendo retorno em seis semanas, considere que a candidatura não avançou."),
    (
        "it",
        "In mancanza di riscontro entro sei settimane, la candidatura è da ritenersi non accolta.",
    ),
    ("nl", "Zonder bericht binnen zes weken is je sollicitatie helaas niet succesvol."),
    ("nl", "Hoor je binnen zes weken niets van ons, dan ben je helaas niet geselecteerd."),
]


@pytest.mark.parametrize(("language", "sentence"), ABSENCES)
def test_no_news_within_a_time_means_no_follow_up(language: str, sentence: str) -> None:
    analysis = read(language, sentence)
    assert analysis.no_follow_up, sentence
    assert analysis.kind is Kind.APPLICATION_CONFIRMATION  # the receipt, not a refusal


THE_CANDIDATE_MUST_ANSWER = [
    ("en", "Without a response from you by Friday, we will assume you are no longer interested."),
    (
        "de",
        "Ohne Rückmeldung von Ihnen bis Freitag können wir die Bewerbung nicht berücksichtigen.",
    ),
    ("es", "Sin respuesta por tu parte en cinco días, la candidatura quedará descartada."),
    ("pt", "Sem resposta sua até sexta-feira, a candidatura não foi selecionada."),
    (
        "it",
        "In assenza di riscontro da parte tua entro venerdì, la candidatura non è stata accolta.",
    ),
    ("nl", "Zonder reactie van jou binnen een week ben je helaas niet geselecteerd."),
]


@pytest.mark.parametrize(("language", "sentence"), THE_CANDIDATE_MUST_ANSWER)
def test_an_absence_on_the_candidates_side_is_no_request(language: str, sentence: str) -> None:
    assert not read(language, sentence).no_follow_up
