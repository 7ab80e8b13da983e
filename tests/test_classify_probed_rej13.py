"""Refusals the rules missed (issue rej13), found by probing with the project's own mail:
149 mails in the seven languages, written for the probe (invented employers, agencies, banks
and landlords), then a fresh batch counted before tuning on it. Families found:

- a portal's status line alone ("Status: Unsuccessful", "New status: Not progressed",
  "Ergebnis: Absage", "Status: Afgewezen", "Nieuwe status: Niet door", "Estado:
  Descartado", "Stato: Non idoneo", "Nuovo stato: Scartata") read as a status notice, a
  receipt or no job mail (French and Portuguese status lines were already known);
- someone else chosen, in words no earlier round had: "the panel has recommended another
  candidate for appointment", "the role has been accepted by another candidate", "de
  functie aan iemand anders gegund", "iemand anders aangenomen", "el puesto se ha cubierto
  con una persona ...", "abbiamo scelto un'altra persona", "acabámos por selecionar outro
  candidato", "a gente escolheu outra pessoa", and the casual "we're going to pass this
  time", "diesmal passt es leider nicht", "on part sur quelqu'un avec plus d'expérience",
  "vamos a tirar por alguien", "andiamo avanti con qualcuno", and a small employer's "we've
  already found someone" / "wir haben schon jemanden gefunden" / "abbiamo già preso
  qualcuno";
- the post gone: "the requisition ... has been closed", "no further candidates will be
  considered", "de vacature is komen te vervallen", "niet verder in behandeling", "la
  oferta ha sido cancelada", "la vacante ya está cubierta";
- no vacancy for a speculative application: "Derzeit haben wir keine offenen Stellen",
  "nous n'avons actuellement aucun poste à pourvoir", "não temos vagas abertas compatíveis";
- a test failed: "your score did not reach the level required", "Ihr Ergebnis liegt unter
  der Schwelle", "je score is onvoldoende", "votre résultat ne permet pas de poursuivre",
  "tu resultado no alcanza el mínimo", "il punteggio ottenuto non consente di proseguire",
  "a sua pontuação não atingiu o mínimo"; and an employer's trainee or graduate programme
  ("Graduate Scheme", "traineeship", "programa de trainee") now counts as job wording, so
  an assessment's result that names no other job word is job mail;
- "andere kandidaten beter aansluiten bij het functieprofiel", "não foi admitida à fase
  seguinte", "isn't aligned closely enough with the requirements".

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``); the look-alikes below must keep their kind.
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

SHELLS = {
    "en": (
        "Careers Harrowgate <careers@harrowgate.example>",
        "Your application",
        "Dear Sam,\n\n{}\n\nKind regards,\nHarrowgate People Team",
    ),
    "de": (
        "Karriere Weidenbach <karriere@weidenbach.example>",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Rivera,\n\n{}\n\nMit freundlichen Grüßen\nWeidenbach GmbH",
    ),
    "nl": (
        "Werken bij Kreekrug <werkenbij@kreekrug.example>",
        "Je sollicitatie",
        "Beste Sam,\n\n{}\n\nMet vriendelijke groet,\nKreekrug",
    ),
    "fr": (
        "Recrutement Pellegrue <recrutement@pellegrue.example>",
        "Votre candidature",
        "Bonjour Sam,\n\n{}\n\nCordialement,\nPellegrue",
    ),
    "es": (
        "Selección Alcornoque <seleccion@alcornoque.example>",
        "Tu candidatura",
        "Hola Sam,\n\n{}\n\nUn saludo,\nAlcornoque",
    ),
    "it": (
        "Selezione Corbezzolo <selezione@corbezzolo.example>",
        "La tua candidatura",
        "Ciao Sam,\n\n{}\n\nCordiali saluti,\nCorbezzolo",
    ),
    "pt": (
        "Recrutamento Aroeira <recrutamento@aroeira.example>",
        "A sua candidatura",
        "Olá Sam,\n\n{}\n\nCumprimentos,\nAroeira",
    ),
}


def _kind(shell: str, text: str) -> Kind:
    sender, subject, body = SHELLS[shell]
    return rules_kind(sender, subject, body.format(text))


STATUS_LINES = [
    ("en", "There is news about your application.\n\nRole: Stock Controller\nStatus: Unsuccessful"),
    ("en", "Your application status has changed.\n\nNew status: Not progressed"),
    ("de", "Es gibt Neuigkeiten zu Ihrer Bewerbung.\n\nStelle: Disponent\nErgebnis: Absage"),
    ("nl", "Er is nieuws over je sollicitatie.\n\nFunctie: Planner\nStatus: Afgewezen"),
    ("nl", "Je sollicitatie heeft een nieuwe status.\n\nNieuwe status: Niet door"),
    ("es", "Hay novedades sobre tu candidatura.\n\nPuesto: Técnico\nEstado: Descartado"),
    ("es", "Tu candidatura ha cambiado de estado.\n\nNuevo estado: No seleccionado"),
    ("it", "C'è un aggiornamento sulla tua candidatura.\n\nPosizione: Addetto\nStato: Non idoneo"),
    ("it", "La tua candidatura ha cambiato stato.\n\nNuovo stato: Scartata"),
]

SOMEONE_ELSE = [
    (
        "en",
        "Thank you for meeting the panel. The panel has recommended another candidate for "
        "appointment.",
    ),
    ("en", "We have completed the selection and the role has been accepted by another candidate."),
    (
        "en",
        "Thanks for applying. We're going to pass this time, as we need more moderation "
        "experience.",
    ),
    ("en", "Thanks for dropping off your CV for the job. We've already found someone, sorry!"),
    ("de", "Danke für deine Bewerbung! Diesmal passt es leider nicht ganz."),
    ("de", "Danke für die Bewerbung auf die Stelle. Wir haben schon jemanden gefunden."),
    ("nl", "Na veel overleg hebben we de functie aan iemand anders gegund."),
    (
        "nl",
        "Bedankt voor je bericht. We hebben inmiddels iemand anders aangenomen voor de functie.",
    ),
    ("nl", "Mijn opdrachtgever heeft besloten om verder te gaan met een kandidaat uit de regio."),
    ("nl", "Wij zijn van mening dat andere kandidaten beter aansluiten bij het functieprofiel."),
    ("fr", "Merci pour ta candidature ! Cette fois on part sur quelqu'un avec plus d'expérience."),
    ("fr", "Merci pour ton CV pour le poste. On a déjà trouvé quelqu'un, désolé."),
    ("es", "Tras valorarlo, el puesto se ha cubierto con una persona con más experiencia."),
    ("es", "Gracias por apuntarte. Esta vez vamos a tirar por alguien con más experiencia."),
    ("es", "Gracias por tu CV para el puesto. Ya hemos cogido a alguien, perdona."),
    ("it", "Grazie per averci scritto. Alla fine abbiamo scelto un'altra persona per il ruolo."),
    ("it", "Grazie per la candidatura. Stavolta andiamo avanti con qualcuno con più esperienza."),
    ("it", "Grazie per il CV per il lavoro in sala. Abbiamo già preso qualcuno, scusa."),
    ("pt", "Obrigado pela entrevista. Acabámos por selecionar outro candidato para a função."),
    ("pt", "Obrigada pelo contato. No fim, a gente escolheu outra pessoa para a vaga."),
    ("pt", "Informamos que a sua candidatura não foi admitida à fase seguinte."),
    (
        "en",
        "While your experience is impressive, it isn't aligned closely enough with the "
        "requirements of this role.",
    ),
]

POST_GONE = [
    (
        "en",
        "The requisition for Accounts Assistant (4471) has been closed and no further "
        "candidates will be considered.",
    ),
    ("nl", "De vacature Beleidsmedewerker is komen te vervallen."),
    ("nl", "Je sollicitatie nemen we daarom niet verder in behandeling."),
    ("es", "Te informamos de que la oferta de Técnico ha sido cancelada por cambios internos."),
    ("es", "La vacante de Encargado ya está cubierta. Guardamos tu CV para próximas ofertas."),
    (
        "de",
        "Vielen Dank für Ihre Initiativbewerbung. Derzeit haben wir keine offenen Stellen "
        "in Ihrem Bereich.",
    ),
    (
        "fr",
        "Merci pour votre candidature spontanée. Nous n'avons actuellement aucun poste à "
        "pourvoir correspondant à votre profil.",
    ),
    (
        "pt",
        "Obrigado pelo seu CV. No momento não temos vagas abertas compatíveis com o seu perfil.",
    ),
]

TESTS_FAILED = [
    (
        "en",
        "Thank you for completing the test for the Graduate Scheme. Your score did not reach "
        "the level required to continue.",
    ),
    # fifteenth round: the application closed by the employer's decision
    ("en", "After reviewing your profile, we've decided to close your application."),
    ("en", "We have now closed your application for the Accounts Assistant role."),
    (
        "de",
        "Danke für die Teilnahme am Online-Test. Ihr Ergebnis liegt unter der Schwelle für "
        "die nächste Runde, daher endet das Verfahren für Sie an dieser Stelle.",
    ),
    (
        "nl",
        "Je hebt de test voor het traineeship gemaakt. Je score is onvoldoende om door te gaan.",
    ),
    (
        "fr",
        "Merci d'avoir passé le test pour le programme graduate. Votre résultat ne permet pas "
        "de poursuivre le processus.",
    ),
    (
        "es",
        "Gracias por hacer la prueba del programa de becarios. Tu resultado no alcanza el "
        "mínimo para continuar.",
    ),
    (
        "it",
        "Grazie per aver svolto il test per il programma graduate. Il punteggio ottenuto non "
        "consente di proseguire.",
    ),
    (
        "pt",
        "Obrigado por fazer o teste do programa de trainee. A sua pontuação não atingiu o "
        "mínimo para continuar.",
    ),
]


# the second batch (counted before tuning: 11 of 41 wrong at the start, 10 after the first
# fixes): someone picked for more of something, a casual "given it to another girl", a
# place already gone, an offer that will not come, too few Spanish or Dutch marker words in
# a short mail ("Lamentamos comunicarte que no has resultado seleccionada", "Hoi Sam, de
# plek is al vergeven")
SECOND_BATCH = [
    ("en", "Thanks for nudging me. The team picked a candidate with more React experience."),
    ("nl", "Hoi Sam, de plek is al vergeven, sorry! Succes met zoeken."),
    (
        "fr",
        "Merci d'être venu nous rencontrer. Malgré vos qualités, nous ne vous proposerons "
        "pas le poste de Technicien.",
    ),
    (
        "es",
        "Gracias por tu participación en el proceso. Lamentamos comunicarte que no has "
        "resultado seleccionada en esta ocasión.",
    ),
    ("es", "¡Hola! Al final se lo hemos dado a otra chica que ya conocíamos. ¡Suerte!"),
    (
        "it",
        "Grazie per il colloquio. Abbiamo deciso di puntare su un profilo più senior per "
        "questo ruolo.",
    ),
    ("it", "Grazie per la candidatura: alla fine l'abbiamo dato a una ragazza del paese."),
    (
        "pt",
        "Oi Sam! Obrigada pela candidatura, mas no fim ficamos com uma menina que já "
        "trabalhou aqui.",
    ),
]


# the third batch (counted before tuning: 11 of 38 wrong at the start, 10 after the first two
# rounds of fixes): "offering it to someone", the job already gone or taken in five
# languages, a search stopped by an agency's client, "andere Bewerbungen ... mehr
# entsprechen", a side job named in the subject only ("Re: bijbaan zaterdag", "AW: Minijob")
THIRD_BATCH = [
    (
        "en",
        "Thanks for following up on the job! We ended up offering it to someone who had "
        "interned with us.",
    ),
    (
        "en",
        "Quick update on the job: the client has put a stop to the search, as they are "
        "restructuring. I'm sorry it didn't work out this time.",
    ),
    (
        "de",
        "Nach Prüfung aller Unterlagen sind wir zu dem Ergebnis gekommen, dass andere "
        "Bewerbungen unserem Anforderungsprofil mehr entsprechen.",
    ),
    ("de", "Hey Sam, die Stelle ist schon weg, tut mir leid. Viel Glück!"),
    ("fr", "Coucou Sam, le poste est déjà pris, désolée ! Bonne chance."),
    ("es", "Buenas Sam, el puesto ya lo tenemos cogido, lo siento. ¡Suerte!"),
    ("it", "Ciao Sam, per la posizione: il posto è già stato preso, mi dispiace."),
]


def test_a_side_job_named_in_the_subject_only_is_job_mail() -> None:
    kind = rules_kind(
        "Iris <iris@bloemist-roos.example>",
        "Re: bijbaan zaterdag",
        "Hoi Sam, we hebben de zaterdagbaan al aan iemand anders gegeven, sorry! Groetjes Iris",
    )
    assert kind == Kind.REJECTION


# the fourth batch (counted before tuning: 12 of 38 wrong at the start and 12 after three
# rounds of fixes): a finalist or "Teilnehmende" for the other candidates, no recruiting or
# "kein Personalbedarf" for a speculative application, the candidate will not go on
# ("non proseguirai", "não vai continuar no processo"), "ce ne sera pas toi", "kandidaat" as
# a Dutch application word
FOURTH_BATCH = [
    (
        "en",
        "Thank you for your final-round interview. We've made the difficult decision to "
        "move ahead with a different finalist.",
    ),
    (
        "en",
        "Thanks for sending your CV our way. We're not recruiting at the moment, but we'll "
        "hold onto it.",
    ),
    (
        "de",
        "Danke für Ihre Teilnahme am Assessment Center. Dennoch haben wir uns für andere "
        "Teilnehmende entschieden.",
    ),
    (
        "de",
        "Danke für deine Nachfrage. Wir haben die Stelle mit jemandem besetzt, der schon bei "
        "uns war.",
    ),
    (
        "de",
        "Vielen Dank für Ihre Initiativbewerbung. Zurzeit besteht in unserem Haus kein "
        "Personalbedarf.",
    ),
    (
        "nl",
        "Sorry voor de stilte! We hebben de knoop doorgehakt en gaan verder met een andere "
        "kandidaat.",
    ),
    ("fr", "Merci pour ta candidature. On a fait notre choix et ce ne sera pas toi cette fois-ci."),
    (
        "es",
        "Gracias por tu candidatura. Ya hemos tomado una decisión y no vamos a contar "
        "contigo esta vez.",
    ),
    (
        "it",
        "Abbiamo valutato la tua candidatura e in questa occasione non proseguirai nel processo.",
    ),
    ("it", "Grazie per la candidatura. Abbiamo preso una decisione e questa volta non sarai tu."),
    ("pt", "Analisámos a sua candidatura e, desta vez, não vai continuar no processo."),
    ("pt", "Obrigado pela candidatura. Já tomámos uma decisão e desta vez não vai ser contigo."),
]


# the fifth batch (counted before tuning: 19 of 38 wrong at the start and 19 after four rounds
# of fixes): the offer went to another, in six languages; a public post withdrawn or revoked
# ("ersatzlos aufgehoben", "de vacature is ingetrokken", "l'offre a été retirée", "ha quedado
# desierta", "l'avviso è stato revocato", "o edital foi revogado"); a job board's "has chosen
# not to move it forward" in four more languages; a plain no ("c'est non", "è un no",
# "dessa vez é não", "esta vez es que no", "het wordt helaas geen ja", "keine Zusage")
FIFTH_BATCH = [
    (
        "en",
        "This was one of our hardest decisions, and in the end the offer went to a candidate "
        "with direct regulatory experience.",
    ),
    ("en", "Thanks for your patience. The editor has made her choice and it wasn't you this time."),
    ("de", "Die Ausschreibung 22/26 (Verwaltungsfachangestellte) wurde ersatzlos aufgehoben."),
    (
        "de",
        "Wir haben jetzt einen Mediengestalter eingestellt, daher können wir dir leider keine "
        "Zusage geben.",
    ),
    (
        "nl",
        "Dank voor je tijd in de gesprekken. Uiteindelijk is het aanbod naar een kandidaat met "
        "auditervaring gegaan.",
    ),
    ("nl", "De vacature 14-2026 (Medewerker Beheer) is ingetrokken."),
    (
        "nl",
        "Het team heeft je sollicitatie als Lasser bekeken en besloten deze niet verder op te "
        "pakken.",
    ),
    ("nl", "We hebben nu een vormgever aangenomen, dus het wordt helaas geen ja."),
    ("fr", "L'offre 31-2026 (Agent technique) a été retirée. Merci de votre intérêt."),
    (
        "fr",
        "L'équipe a examiné votre candidature au poste de Soudeur et a choisi de ne pas la "
        "faire avancer.",
    ),
    (
        "fr",
        "Merci de ta patience pour ta candidature. On a engagé un graphiste, donc pour nous "
        "c'est non.",
    ),
    ("es", "La oferta 8/2026 (Técnico de obras) ha quedado desierta y se ha cerrado."),
    (
        "es",
        "Gracias por las entrevistas. Al final la oferta ha ido para una persona con "
        "experiencia en auditoría.",
    ),
    (
        "es",
        "Gracias por tu candidatura. Hemos contratado ya a un diseñador, así que esta vez es "
        "que no.",
    ),
    (
        "it",
        "Il team ha esaminato la tua candidatura come Saldatore e ha scelto di non portarla "
        "avanti.",
    ),
    (
        "it",
        "Grazie per i colloqui. Alla fine l'offerta è andata a una persona con esperienza in "
        "audit.",
    ),
    (
        "it",
        "Grazie per la candidatura. Abbiamo assunto un grafico, quindi per questa volta è un no.",
    ),
    ("pt", "O edital 4/2026 (Técnico de obras) foi revogado. Agradecemos o seu interesse na vaga."),
    ("pt", "A equipa analisou a sua candidatura a Soldador e optou por não a fazer avançar."),
    (
        "pt",
        "Obrigado pelas entrevistas. No final, a proposta foi para uma pessoa com experiência "
        "em auditoria.",
    ),
    ("pt", "Valeu pela candidatura. Já contratamos um designer, então dessa vez é não."),
]


# the sixth batch (counted before tuning: 12 of 36 wrong at the start and 12 after five rounds
# of fixes): a small employer's job gone to a relative or a friend ("has gone to a friend of
# the family", "den Job hat jetzt eine Bekannte bekommen", "de bijbaan is naar een nichtje
# gegaan", "le job est allé à une amie", "il lavoro l'ha preso una nipote", "o trabalho ficou
# com uma sobrinha"); "it won't happen this time" ("wird es dieses Mal nichts", "het gaat
# deze keer niet door", "ça ne va pas le faire", "no va a poder ser", "non se ne fa niente",
# "não vai rolar"); "não temos condições de lhe oferecer a vaga" was read as an offer
SIXTH_BATCH = [
    (
        "en",
        "So sorry, the shop job has gone to a friend of the family. Hope you find something soon.",
    ),
    (
        "en",
        "Having looked at your experience, we think this role isn't the right step for you "
        "right now.",
    ),
    ("de", "Hallo Sam, tut mir leid, den Job hat jetzt eine Bekannte bekommen. Alles Gute!"),
    (
        "de",
        "Für die Aufgaben bräuchten wir jemanden mit mehr Erfahrung, deshalb wird es dieses "
        "Mal nichts.",
    ),
    ("nl", "Hoi Sam, sorry, de bijbaan is naar een nichtje van de eigenaar gegaan. Succes!"),
    ("nl", "Voor deze rol zoeken we iemand met meer ervaring, dus het gaat deze keer niet door."),
    ("fr", "Désolée, le job est allé à une amie de la famille. Bonne chance pour ta candidature !"),
    (
        "fr",
        "Pour ce poste on cherche quelqu'un avec plus d'expérience, donc ça ne va pas le "
        "faire cette fois.",
    ),
    ("fr", "Nous sommes malheureusement dans l'impossibilité de vous proposer un poste."),
    (
        "es",
        "Para este puesto buscamos a alguien con más experiencia, así que esta vez no va a "
        "poder ser.",
    ),
    ("es", "Gracias por las entrevistas. Hemos cerrado el proceso con otra candidata."),
    ("it", "Scusa, alla fine il lavoro l'ha preso una nipote. In bocca al lupo per la ricerca!"),
    (
        "it",
        "Per questo ruolo cerchiamo qualcuno con più esperienza, quindi stavolta non se ne fa "
        "niente.",
    ),
    ("pt", "Desculpa, no fim o trabalho ficou com uma sobrinha. Boa sorte com a candidatura!"),
    ("pt", "Para essa vaga buscamos alguém com mais experiência, então dessa vez não vai rolar."),
    ("pt", "Obrigado pela candidatura. Infelizmente não temos condições de lhe oferecer a vaga."),
]


# the seventh batch (counted before tuning: 24 of 37 wrong at the start and 24 after six rounds
# of fixes): an applicant system closing the application ("closing out your application",
# "schließen Ihre Bewerbung ab", "sluiten we je sollicitatie af", "clôturons votre
# candidature", "damos por cerrada tu candidatura", "chiudiamo la tua candidatura", "vamos
# encerrar a sua candidatura"), the job given to someone named (not to "you"), internship
# places all allocated, a post struck off in a hiring freeze
SEVENTH_BATCH = [
    (
        "en",
        "It's not the strongest match for what the team needs, and we'll be closing out "
        "your application.",
    ),
    (
        "en",
        "Cheers for the trial shift. We've decided to give the job to Ellie, who's worked "
        "here before.",
    ),
    ("en", "Competition was strong this year and all internship places have now been allocated."),
    (
        "de",
        "Wir sehen leider keine ausreichende Übereinstimmung mit dem Profil und schließen "
        "Ihre Bewerbung hiermit ab.",
    ),
    ("de", "Danke fürs Probearbeiten für die Stelle. Wir geben die Stelle an Lena."),
    ("de", "Die Nachfrage war groß und alle Praktikumsplätze sind inzwischen vergeben."),
    ("de", "Wegen eines Einstellungsstopps haben wir die Stelle als Sachbearbeiterin gestrichen."),
    ("nl", "We zien te weinig aansluiting met het profiel en sluiten we je sollicitatie af."),
    ("nl", "Bedankt voor het proefdraaien voor de functie. We geven de baan aan Mila."),
    ("nl", "Er was veel belangstelling en alle stageplekken zijn inmiddels vergeven."),
    (
        "nl",
        "Door een vacaturestop hebben we de functie van Administratief medewerker moeten "
        "schrappen.",
    ),
    (
        "fr",
        "Nous ne voyons pas une adéquation suffisante avec le profil et clôturons votre "
        "candidature.",
    ),
    ("fr", "Merci pour l'essai pour le poste. On donne le poste à Inès, qui a déjà bossé ici."),
    (
        "fr",
        "Merci pour votre demande de stage. Toutes nos places de stage sont désormais attribuées.",
    ),
    ("fr", "Suite à un gel des embauches, le poste d'Assistante de direction a été supprimé."),
    ("es", "No vemos suficiente encaje con el perfil y damos por cerrada tu candidatura."),
    ("es", "Gracias por la prueba para el puesto. Le damos el puesto a Nerea."),
    (
        "es",
        "Gracias por tu solicitud de prácticas. Todas las plazas de prácticas ya están asignadas.",
    ),
    ("es", "Por una congelación de contrataciones hemos tenido que eliminar la vacante."),
    (
        "it",
        "Non vediamo una corrispondenza sufficiente con il profilo e chiudiamo la tua candidatura.",
    ),
    ("it", "Grazie per la richiesta di stage. Tutti i posti di stage sono già stati assegnati."),
    ("it", "Per un blocco delle assunzioni abbiamo dovuto eliminare la posizione."),
    ("pt", "Não vemos aderência suficiente ao perfil e vamos encerrar a sua candidatura."),
    ("pt", "Obrigado pelo teste para a vaga. Vamos dar a vaga à Rita, que já trabalhou cá."),
    ("pt", "Obrigado pelo pedido de estágio. Todas as vagas de estágio já foram preenchidas."),
    ("pt", "Devido a um congelamento de contratações, tivemos de extinguir a vaga."),
]


@pytest.mark.parametrize(
    ("shell", "text"),
    SEVENTH_BATCH
    + SIXTH_BATCH
    + FIFTH_BATCH
    + STATUS_LINES
    + SOMEONE_ELSE
    + POST_GONE
    + TESTS_FAILED
    + SECOND_BATCH
    + THIRD_BATCH
    + FOURTH_BATCH,
)
def test_refusals_are_rejections(shell: str, text: str) -> None:
    assert _kind(shell, text) == Kind.REJECTION


def test_a_test_result_from_an_assessment_vendor_is_job_mail() -> None:
    """The assessment's own sender, no employer's job word but its graduate programme."""
    kind = rules_kind(
        "Evaluaciones <noreply@test.talentloop.example>",
        "Resultado de tu prueba online",
        "Hola Sam,\n\nGracias por realizar la prueba de razonamiento para el programa de "
        "becarios de Banco Ribera. Tu resultado no alcanza el mínimo para continuar en el "
        "proceso.\n\nBanco Ribera",
    )
    assert kind == Kind.REJECTION


LOOKALIKES = [
    # closing the application only as a condition or the candidate's own wish
    (
        "en",
        "Thank you for applying. Please complete the assessment within five days, otherwise "
        "we will close your application.",
        Kind.OTHER_JOB,
    ),
    # receipts that say what happens if the answer is no
    (
        "en",
        "Thank you for applying. We have received your application. If you are not "
        "successful this time, we will keep your CV on file.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    (
        "nl",
        "Bedankt voor je sollicitatie, we hebben alles goed ontvangen. Als het deze keer niet "
        "lukt, bewaren we je cv.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    # status lines that are no refusal
    ("en", "Your application status has changed.\n\nNew status: In review", Kind.OTHER_JOB),
    ("es", "Tu candidatura ha cambiado de estado.\n\nNuevo estado: En revisión", Kind.OTHER_JOB),
    # holds
    (
        "en",
        "The vacancy is on hold while the budget is reviewed. We expect to resume in February.",
        Kind.OTHER_JOB,
    ),
    (
        "fr",
        "Le recrutement pour le poste est mis en pause le temps de valider le budget. Nous "
        "reviendrons vers vous en janvier.",
        Kind.OTHER_JOB,
    ),
    (
        "pt",
        "O processo para a vaga de Técnico está em pausa até a aprovação do orçamento. "
        "Voltaremos a falar em janeiro.",
        Kind.OTHER_JOB,
    ),
    # an invitation whose "not you" is about who pays or who drives
    (
        "fr",
        "Nous vous invitons à un entretien jeudi à 10 h. Ce ne sera pas vous qui paierez le "
        "déplacement : nous le remboursons.",
        Kind.INTERVIEW_INVITATION,
    ),
    # an offer in Portuguese stays an offer
    (
        "pt",
        "Temos o prazer de lhe oferecer a vaga de Desenhador. Segue a proposta em anexo.",
        Kind.OTHER_JOB,
    ),
    # a no that is not final
    (
        "it",
        "Abbiamo ricevuto la tua candidatura. Non è un no definitivo se il profilo manca: "
        "valuteremo tutto entro venerdì.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    # a pass that is a handover, a wait, a talent pool
    (
        "en",
        "Thanks for applying. We will pass on your application to the hiring manager.",
        Kind.APPLICATION_CONFIRMATION,
    ),
]


@pytest.mark.parametrize(("shell", "text", "kind"), LOOKALIKES)
def test_lookalikes_keep_their_kind(shell: str, text: str, kind: Kind) -> None:
    assert _kind(shell, text) == kind


def test_a_talent_network_invitation_is_no_refusal() -> None:
    kind = rules_kind(
        "Talente Sternwerk <talente@sternwerk.example>",
        "Werde Teil unseres Talentnetzwerks",
        "Hallo Sam,\n\ndein Profil hat uns gefallen. Möchtest du in unser Talentnetzwerk "
        "aufgenommen werden? Dann informieren wir dich zuerst über neue Stellen.\n\nSternwerk",
    )
    assert kind == Kind.OTHER_JOB


def test_a_search_stopped_until_a_date_is_no_refusal() -> None:
    """A pause with its end: the hold rules' business, never a refusal."""
    kind = _kind(
        "en",
        "Quick update on the job: the client has put a stop to the search until January, "
        "when the new budget is approved.",
    )
    assert kind != Kind.REJECTION


def test_the_candidates_own_withdrawal_is_no_refusal() -> None:
    """The employer's vacancy "ingetrokken" is a refusal; the candidate's application is not."""
    kind = _kind("nl", "Je hebt je sollicitatie ingetrokken. Dank voor het laten weten.")
    assert kind != Kind.REJECTION


@pytest.mark.parametrize(
    ("shell", "text"),
    [
        ("en", "Great news: we've decided to give the job to you! Contract to follow."),
        ("de", "Gute Nachrichten: Wir geben die Stelle an Sie! Der Vertrag folgt."),
    ],
)
def test_the_job_given_to_the_candidate_is_no_refusal(shell: str, text: str) -> None:
    """The offer rules' business; the refusal's "given to Ellie" must not take it."""
    assert _kind(shell, text) != Kind.REJECTION


def test_a_test_passed_is_no_refusal() -> None:
    """The candidate's own score reached the minimum: the next step, not a refusal."""
    kind = rules_kind(
        "Avaliações <noreply@teste.talentloop.example>",
        "Resultado do seu teste online",
        "Olá Sam,\n\nObrigado por fazer o teste do programa de trainee do Banco Aurora. "
        "Parabéns: a sua pontuação atingiu o mínimo e segue para a próxima etapa, uma "
        "entrevista com a equipa.\n\nBanco Aurora",
    )
    assert kind != Kind.REJECTION


NOT_JOB = [
    (
        "Becas <becas@fundacion-mar.example>",
        "Convocatoria de becas",
        "Hola Sam,\n\nLamentamos comunicarte que tu solicitud no ha sido seleccionada en esta "
        "convocatoria de becas.\n\nFundación Mar",
    ),
    (
        "Lettings <lettings@greystone-homes.example>",
        "Flat 3B",
        "Hi Sam,\n\nThanks for your interest in flat 3B. The landlord has already found "
        "someone, so the flat is no longer available.\n\nGreystone Homes",
    ),
    (
        "Verhuur <verhuur@woonhuis.example>",
        "Appartement Kerkstraat",
        "Beste Sam,\n\nDank voor je reactie op het appartement. We hebben al iemand gevonden "
        "voor de woning.\n\nWoonhuis Verhuur",
    ),
    (
        "Préstamos <prestamos@banco-luna.example>",
        "Tu solicitud de préstamo",
        "Hola Sam,\n\nTras estudiar tu solicitud, no podemos concederte el préstamo. Estado: "
        "Rechazado.\n\nBanco Luna",
    ),
    (
        "Fondazione <borse@fondazione-quercia.example>",
        "La tua domanda di borsa",
        "Ciao Sam,\n\nla commissione ha valutato la tua domanda di borsa di studio. Esito: non "
        "ammessa.\n\nFondazione Quercia",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), NOT_JOB)
def test_refusals_outside_hiring_stay_not_job(sender: str, subject: str, body: str) -> None:
    assert rules_kind(sender, subject, body) == Kind.NOT_JOB
