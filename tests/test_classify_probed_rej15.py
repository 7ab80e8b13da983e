"""Refusals in plain words (fifteenth round): someone else chosen, or nobody hired.

A probe of 43 refusals written for this round, in a shell that thanks the candidate for
applying (as most refusals begin), found 26 read as confirmations. The textbook refusals
("we regret to inform you ...") were all found; what was missed is how a small employer, a
recruiter or a public office says it:

- the job given to someone else, with the title in between or in casual words: "we've
  offered the Senior Product Designer role to another candidate", "we ended up hiring
  someone with more retail experience", "die Stelle schon an jemanden aus dem Ort
  vergeben", "nos hemos quedado con una chica que ...", "nous avons choisi quelqu'un qui
  ...", "abbiamo preso un ragazzo che ...", "a direção optou por outra professora",
  "ficamos com uma candidata que ...", "verder gegaan met een interne kandidaat";
- nobody hired: "decided not to hire anyone", "ne recruter personne", "non assumere
  nessuno", "no contratar a nadie", "não contratar ninguém", "niemand aan te nemen"
  (not "... without a trial day");
- a public competition's result: "figura como no apta";
- the application as a pronoun: "nous avons décidé de ne pas la retenir".

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``).
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind, thanked_kind

REFUSALS = [
    ("en", "We've offered the Senior Product Designer role to another candidate, who accepted."),
    ("en", "I'm sorry to say we gave the Barista job to someone who lives nearby."),
    ("en", "In the end we've decided not to hire anyone for this role for now."),
    ("en", "We ended up hiring someone with more retail experience."),
    ("de", "Wir haben die Stelle aber schon an jemanden aus dem Ort vergeben."),
    ("de", "Wir haben leider schon jemanden gefunden, der Erfahrung als Konditor hat."),
    ("es", "Al final nos hemos quedado con una chica que ya conocía el barrio."),
    ("es", "Nos quedamos con otro candidato que tenía más experiencia."),
    ("es", "Usted figura como no apta en la fase de concurso."),
    ("es", "Ha resultado no apto en la prueba de conocimientos."),
    ("es", "Hemos decidido no contratar a nadie de momento."),
    ("es", "La plaza se ha adjudicado a otro aspirante."),
    ("fr", "Nous avons décidé de ne pas la retenir, d'autres profils correspondant davantage."),
    ("fr", "Finalement, nous avons choisi quelqu'un qui habite à côté."),
    ("fr", "Nous avons décidé de ne recruter personne pour le moment."),
    ("fr", "Nous sommes partis sur un candidat interne."),
    ("it", "Alla fine abbiamo deciso di non assumere nessuno per ora."),
    ("it", "Abbiamo preso un ragazzo che lavorava già nel settore."),
    ("it", "Abbiamo optato per un candidato interno."),
    ("it", "Non assumeremo nessuno per questa posizione."),
    ("pt", "Depois de avaliar os perfis, decidimos seguir com pessoas candidatas mais alinhadas."),
    ("pt", "A direção optou por outra professora para a turma."),
    ("pt", "Decidimos não contratar ninguém neste momento."),
    ("pt", "Ficamos com uma candidata que já conhecia o sistema."),
    ("nl", "We hebben besloten voorlopig niemand aan te nemen."),
    ("nl", "We zijn verder gegaan met een interne kandidaat."),
    ("nl", "De functie is vergeven aan een andere kandidaat."),
]


@pytest.mark.parametrize(("shell", "text"), REFUSALS)
def test_refusals_in_plain_words_are_rejections(shell: str, text: str) -> None:
    assert thanked_kind(shell, text) == Kind.REJECTION


NOT_REFUSALS = [
    # the job offered to the reader
    ("en", "We've offered the Data Analyst role to you: the contract follows this week."),
    # hiring only on a condition
    ("en", "We have decided not to hire anyone without a trial day, so could you come on Friday?"),
    ("it", "Non assumiamo nessuno senza un periodo di prova: sei disponibile lunedì alle 10?"),
    ("es", "No vamos a contratar a nadie sin conocerle antes: ¿puede venir el martes a las 10?"),
    # keeping the candidate's papers
    ("es", "Nos quedamos con una copia de tu currículum y te escribiremos pronto."),
    # a future search, not a decision
    ("de", "Sobald wir jemanden gefunden haben, informieren wir alle Bewerber."),
]


@pytest.mark.parametrize(("shell", "text"), NOT_REFUSALS)
def test_look_alikes_of_plain_refusals_are_no_rejection(shell: str, text: str) -> None:
    assert thanked_kind(shell, text) != Kind.REJECTION


# second batch: the families of review15, a set of 160 mails an independent writer wrote for
# this round (measured once before tuning: 29 of its 60 refusals missed by main 8951e35, 24
# after the first batch); the sentences here are our own
SECOND_BATCH = [
    ("en", "Sadly we've ended up giving the Sunday shifts to a former colleague."),
    (
        "en",
        "The hire is on hold, so we won't be taking the process any further with any candidate.",
    ),
    ("de", "Wir haben uns nun für einen anderen Mechaniker entschieden."),
    ("de", "Wir geben die Stelle als Buchhalterin an eine Kandidatin mit mehr Erfahrung."),
    ("de", "Die Stelle wird mit einem Kollegen aus den eigenen Reihen besetzt."),
    (
        "de",
        "Wir haben entschieden, die Position als Praktikant (m/w/d) dieses Jahr nicht zu besetzen.",
    ),
    ("de", "Das Bewerbungsverfahren ist damit für Sie beendet."),
    ("de", "Der Aushilfsjob ist leider schon weg."),
    ("de", "Der Kunde möchte nicht mit Ihnen in die nächste Runde gehen."),
    ("fr", "Nous avons fait le choix d'un profil plus senior."),
    ("fr", "Nous avons retenu une autre infirmière pour ce remplacement."),
    ("fr", "Nous avons décidé de ne pas recruter de stagiaire cette année."),
    ("fr", "Vous êtes exclue de la procédure de recrutement."),
    ("nl", "We hebben intussen iemand voor de bezorging gevonden."),
    ("nl", "We kozen uiteindelijk voor een andere monteur."),
    ("es", "Este verano no vamos a coger a nadie nuevo en cocina."),
    ("es", "Ya hemos elegido a otra dependienta para la tienda."),
    ("es", "La empresa ha decidido congelar la vacante hasta nuevo aviso."),
    ("es", "Ha quedado excluida del proceso por no acreditar la experiencia."),
    ("it", "Il cliente ha scelto un'altra candidata per il ruolo."),
    ("it", "Abbiamo individuato un altro cuoco per la stagione."),
    ("it", "La commissione ha giudicato la sua prova scritta non idonea."),
    ("it", "Non è pertanto inserito nella graduatoria finale."),
    ("it", "Per quest'anno non sono previsti nuovi inserimenti in organico."),
    ("pt", "Foi considerada inapta por não comprovar a formação exigida."),
    ("pt", "Ficou excluído do concurso por não atingir a nota mínima."),
    ("it", "Lei è stata esclusa dalla selezione per mancanza dei requisiti."),
]


# third batch: the families of review16, a second set by another writer (measured once:
# 17 of its 60 refusals missed by 8951e35, 16 after the second batch); our own sentences
SECOND_BATCH += [
    ("en", "Your application has not been taken forward to the assessment stage."),
    ("en", "The vacancy is cancelled, so we won't be progressing any applications."),
    ("en", "We have offered the post to a candidate with slightly more hands-on experience."),
    ("de", "Wir gehen für die Stelle als Koch mit jemandem weiter, der mehr Erfahrung hat."),
    ("de", "Die ausgeschriebene Stelle Lagerhelfer wird leider nicht besetzt."),
    ("de", "Wir haben das Verfahren deshalb eingestellt."),
    ("fr", "On part finalement sur un profil plus junior."),
    ("nl", "We hebben gekozen voor een kandidaat met meer ervaring in de zorg."),
    ("nl", "Dat betekent dat we je geen aanbod voor de functie kunnen doen."),
    ("es", "Consultada la lista, usted figura como excluido."),
    ("es", "En esta ocasión tu candidatura no ha continuado adelante."),
    ("it", "Lei non ha raggiunto il punteggio minimo previsto dal bando."),
    ("it", "Il suo nome non risulta tra i candidati ammessi alla prova orale."),
    ("it", "La posizione di receptionist è stata nel frattempo coperta."),
    ("it", "Abbiamo scelto un profilo con più esperienza nel settore."),
    ("it", "La selezione si chiude quindi senza assunzioni."),
    ("pt", "Não vamos dar continuidade à sua candidatura."),
    ("pt", "O seu nome não consta na lista de aprovados."),
    ("pt", "A empresa decidiu congelar a vaga até ao próximo ano."),
    ("pt", "A sua candidatura não foi admitida à fase seguinte."),
    # the families of review17's refusals (our own sentences)
    ("en", "Without a work permit we're unable to consider you for this role."),
    ("en", "I think I'll give this one to someone local, sorry!"),
    ("fr", "Nous préférons ne pas aller plus loin pour ce poste."),
    ("fr", "Nous avons cependant retenu pour le poste un profil qui connaît déjà le secteur."),
    ("nl", "Uiteindelijk is de keuze op de andere kandidaat gevallen."),
    ("it", "Per questo ruolo non andiamo avanti, mi spiace."),
]


@pytest.mark.parametrize(("shell", "text"), SECOND_BATCH)
def test_second_batch_of_plain_refusals(shell: str, text: str) -> None:
    assert thanked_kind(shell, text) == Kind.REJECTION


SECOND_NOT_REFUSALS = [
    # someone else excluded from a public competition, the reader admitted
    (
        "fr",
        "Le candidat M. Leroy a été exclu de la procédure. Vous êtes admise à l'épreuve "
        "écrite du 15 mai.",
    ),
    (
        "es",
        "El aspirante Luis Mora ha quedado excluido del proceso. Usted está admitida a la "
        "prueba del día 15.",
    ),
    (
        "it",
        "Il candidato Rossi è stato escluso dalla selezione. Lei è ammessa alla prova "
        "scritta del 15 maggio.",
    ),
    ("de", "Wir haben uns für einen anderen Termin entschieden: Donnerstag um 10 Uhr."),
    ("fr", "Nous avons choisi une autre date pour l'entretien : jeudi à 10h."),
    ("nl", "We hebben al een datum gevonden voor het gesprek: dinsdag om 10 uur."),
    ("nl", "We kozen voor een andere locatie: het gesprek is in ons kantoor in Utrecht."),
    ("it", "Abbiamo scelto un altro orario per il colloquio: giovedì alle 10."),
    # an offer is not refused by a "geen" elsewhere in the sentence
    ("nl", "Geen zorgen: we willen je graag een aanbod voor de functie doen!"),
]


@pytest.mark.parametrize(("shell", "text"), SECOND_NOT_REFUSALS)
def test_another_date_or_place_is_no_refusal(shell: str, text: str) -> None:
    assert thanked_kind(shell, text) != Kind.REJECTION


# consoling words after a no, in every language (closing words: they decide only where no
# receipt, invitation or status is stated)
CONSOLING = [
    ("en", "We went another way this time. I know this isn't the news you were hoping for."),
    ("de", "Ich weiß, das ist nicht die Antwort, die Sie sich erhofft haben."),
    ("fr", "Je sais que ce n'est pas la réponse que vous espériez."),
    ("es", "Sé que no es la noticia que esperabas, lo siento de verdad."),
    ("it", "So che non è la notizia che speravi."),
    ("pt", "Sabemos que não é a notícia que você esperava."),
    ("nl", "Ik weet dat dit niet het bericht is waar je op hoopte."),
]


@pytest.mark.parametrize(("shell", "text"), CONSOLING)
def test_consoling_words_close_a_refusal(shell: str, text: str) -> None:
    assert thanked_kind(shell, text) == Kind.REJECTION


def test_consoling_words_outside_work_stay_not_job() -> None:
    kind = rules_kind(
        "Fundación Horizonte <becas@fhorizonte.example>",
        "Convocatoria de becas 2026",
        "Hola Sam:\n\nTu solicitud de beca no ha sido seleccionada. Sé que no es la noticia "
        "que esperabas.\n\nFundación Horizonte",
    )
    assert kind == Kind.NOT_JOB


def test_consoling_words_beside_a_receipt_keep_the_receipt() -> None:
    kind = rules_kind(
        "Careers <careers@harrowgate.example>",
        "Your application",
        "Hi Sam,\n\nWe have received your application for the Data Analyst role. Sorry "
        "it's not better news about the timeline: we will review applications in May.\n\n"
        "Harrowgate",
    )
    assert kind == Kind.APPLICATION_CONFIRMATION


# an adversarial review of this round's cues wrote mails aimed at them; these are its
# families, in our own words: a new time or place, a negation, someone else who is not a
# rival, a past hire, a delay; each must not read as a refusal
NOT_REFUSALS_REVIEWED = [
    ("fr", "Nous avons choisi un autre moment pour l'entretien : jeudi à 15h."),
    ("fr", "Nous avons retenu une autre plage horaire pour votre entretien : mardi 10h."),
    ("fr", "Nous avons choisi quelqu'un pour vous accompagner lors de la visite de mardi."),
    ("nl", "We hebben inmiddels een nieuw tijdslot gevonden: dinsdag om 14.00 uur."),
    ("nl", "We hebben gekozen voor een andere opzet: het gesprek is online."),
    ("de", "Wir haben uns für einen anderen Gesprächstermin entschieden: Freitag, 10 Uhr."),
    ("de", "Die Bushaltestelle ist inzwischen weg, nehmen Sie bitte die Linie 4 zum Gespräch."),
    ("de", "Wir haben jemanden gefunden, der Sie in den ersten Wochen einarbeitet."),
    ("es", "No vamos a congelar la vacante: seguimos con las entrevistas la semana que viene."),
    ("it", "Abbiamo scelto un'altra fascia oraria per il colloquio: giovedì alle 15."),
    ("it", "Abbiamo scelto una collega del reparto per condurre il colloquio di giovedì."),
    ("en", "Your application has not been taken forward yet: the panel meets on Friday."),
    ("en", "We have decided not to hire anyone else: we want you. The contract follows today."),
    ("en", "I'll give it to one of the managers and come back to you next week."),
    ("en", "You will meet Tom, someone with more experience in pricing, at the interview."),
    ("pt", "Sinto muito pela notícia do seu pai. Podemos mudar a entrevista para sexta?"),
]


@pytest.mark.parametrize(("shell", "text"), NOT_REFUSALS_REVIEWED)
def test_the_reviewed_look_alikes_are_no_refusal(shell: str, text: str) -> None:
    assert thanked_kind(shell, text) != Kind.REJECTION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Citas Luna <hola@citasluna.example>",
            "Tienes una coincidencia",
            "Hola Sam:\n\n¡Tu perfil encaja con el de Marta! Escríbele hoy.\n\nCitas Luna",
        ),
        (
            "Palestra Forma <info@palestraforma.example>",
            "Benvenuta",
            "Ciao Sam,\n\nvieni giovedì per una prova gratuita del corso di pilates.\n\nForma",
        ),
        (
            "Winkel De Hoek <info@dehoek.example>",
            "Nieuwe kassa",
            "Hoi Sam,\n\nwe gaan zaterdag proefdraaien met het nieuwe kassasysteem.\n\nDe Hoek",
        ),
        (
            "Familie Weber <weber@post.example>",
            "Umbau",
            "Hallo Sam,\n\ndie Handwerker, die gerade bei uns arbeiten, sind am Freitag fertig."
            "\n\nViele Grüße\nFamilie Weber",
        ),
    ],
)
def test_words_this_round_dropped_as_job_words_stay_not_job(
    sender: str, subject: str, body: str
) -> None:
    assert rules_kind(sender, subject, body) == Kind.NOT_JOB
