"""Kinds the fifth round left misread (issue kinds12), found by probing the rules with the
project's own mail: 59 short mails, then 8 more, in the seven languages, written for the
probe (invented employers, schools and calendar organisers), and two fresh batches of 39
and 38 counted before tuning on them (the second- and third-batch cases below). Families
found:

- a thank-you beside "we have forwarded your application to the hiring manager" is a
  status notice (other_job), as it was for the passive in six languages; English and,
  in the active voice, French, Spanish and Italian kept it a confirmation ("Nous l'avons
  transmise au responsable", "Hemos enviado tu CV al responsable", "L'abbiamo inoltrata
  al responsabile"); with no thanks at all, the forwarding itself was the "confirmation";
- a hold ("the role has been put on hold", "le poste est suspendu", "das
  Auswahlverfahren ist vorübergehend ausgesetzt", "el proceso está en pausa", "la
  selezione è sospesa", "o processo está suspenso") read as a refusal in en/fr/es/pt/it
  and as a receipt in de/es/it. By the label rules a refusal says the candidate is not
  (or no longer) considered, or that the post is gone; a hold says neither: it is a
  status notice in every language, with or without an end. A refusal beside it wins
  ("we have decided not to move forward, and the role is on hold"), as do closing words
  that take leave when no end is said ("best of luck in your future endeavours"), and a
  post cancelled stays a refusal;
- a cancelled calendar event of an interview ("Canceled event: Interview ...",
  "Événement annulé : Entretien d'embauche ...", "Abgesagt: ...", "Annullato: Colloquio
  di lavoro ...") read as an invitation by the subject's cue or as no job mail: it is
  job mail and no invitation (other_job); a changed one ("Updated invitation",
  "Geänderte Einladung", "Invitación actualizada") is still an invitation;
- a calendar invitation whose title names only the organiser's organisation
  ("Interview - Tessellate" from priya.nair@tessellate.example, "Colloquio Ventoloro",
  "Entretien Orvalis") was not recognised;
- an interview outside hiring (an admission, a scholarship, a PhD programme, a research
  study) read as an invitation, and so did an open day ("möchten Sie kennenlernen und
  laden Sie zu unserem Infotag ein"): they are not_job. A university's HR inviting to an
  interview for a job stays an invitation.

A review of the round (mendk12) found the hold rule losing refusals: "until further notice"
("jusqu'à nouvel ordre", "hasta nuevo aviso", "até novo aviso", "fino a nuovo avviso", "tot
nader order") and a denied resumption ("will not be reopened", "ne reprendra pas") were read
as the hold's end; a refusal beside the hold ("we will not proceed with any of the
applications", "we have closed your application", "ne donnerons donc pas suite", "damos por
finalizada tu candidatura") and closing words ("best of luck with your job search",
"Desejamos-lhe muito sucesso profissional") went unknown. And a title naming a webmail or a
meeting tool ("Interview - Gmail" from a gmail.com organiser, "Interview - Zoom" from
zoom.us) was taken for the organiser's organisation.

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``); the look-alikes below must keep their kind.
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind
from tests.test_classify_calendar import GOOGLE, GOOGLE_BODY, kind_of

SHELLS = {
    "en": (
        "Talent Team Brackenridge <jobs@brackenridge.example>",
        "Your application",
        "Hi Robin,\n\n{}\n\nBest,\nBrackenridge Talent Team",
    ),
    "de": (
        "Karriere Lindqvist <karriere@lindqvist.example>",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Lee,\n\n{}\n\nFreundliche Grüße\nLindqvist GmbH",
    ),
    "fr": (
        "Recrutement Orvalis <recrutement@orvalis.example>",
        "Votre candidature",
        "Bonjour Robin,\n\n{}\n\nCordialement,\nOrvalis",
    ),
    "es": (
        "Selección Marbella Foods <seleccion@marbellafoods.example>",
        "Tu candidatura",
        "Hola Robin,\n\n{}\n\nUn saludo,\nMarbella Foods",
    ),
    "it": (
        "Selezione Ventoloro <lavoraconnoi@ventoloro.example>",
        "La tua candidatura",
        "Ciao Robin,\n\n{}\n\nCordiali saluti,\nVentoloro",
    ),
    "nl": (
        "Werving Duinstede <werken@duinstede.example>",
        "Je sollicitatie",
        "Beste Robin,\n\n{}\n\nGroet,\nDuinstede",
    ),
    "pt": (
        "Recrutamento Serrafina <recrutamento@serrafina.example>",
        "A sua candidatura",
        "Olá Robin,\n\n{}\n\nCumprimentos,\nSerrafina",
    ),
}


def _kind(shell: str, text: str) -> Kind:
    sender, subject, body = SHELLS[shell]
    return rules_kind(sender, subject, body.format(text))


HANDED_ON = [
    (
        "en",
        "Thank you for your application. We have forwarded your application to the hiring manager.",
    ),
    (
        "en",
        "Thanks for applying for the Store Supervisor role. We've forwarded your CV to the "
        "hiring manager, who will look at it this week.",
    ),
    (
        "en",
        "Thank you for applying! I have passed your application on to the hiring manager for "
        "the Data Analyst role.",
    ),
    (
        "en",
        "Just a quick note: we have forwarded your application to the hiring manager, who will "
        "be in touch if there is a fit.",
    ),
    ("fr", "Merci pour votre candidature. Nous l'avons transmise au responsable du recrutement."),
    ("es", "Gracias por tu candidatura. Hemos enviado tu CV al responsable de contratación."),
    ("it", "Grazie per la tua candidatura. L'abbiamo inoltrata al responsabile della selezione."),
    # the second batch: a passive with no "on", a pronoun, the Portuguese active voice
    ("en", "Thank you for applying. Your application has now been passed to the hiring team."),
    ("de", "Danke für Ihre Bewerbung! Wir haben sie an unseren Teamleiter weitergegeben."),
    ("pt", "Obrigado pela candidatura. Reencaminhámos o seu CV para a responsável da loja."),
    # the third batch: a pronoun, a department's head, a director, a Dutch compound
    ("en", "Thank you for your application. It's now with the hiring manager."),
    (
        "de",
        "Herzlichen Dank für Ihre Bewerbung. Ihre Unterlagen wurden an die Küchenleitung "
        "weitergeleitet.",
    ),
    ("fr", "Merci de votre intérêt. Votre CV a été transmis à la directrice du magasin."),
    ("nl", "Dank je wel voor je sollicitatie. Ik heb je cv doorgestuurd naar de afdelingsmanager."),
]

HOLDS = [
    ("en", "We wanted to let you know that the Product Designer role has been put on hold."),
    ("en", "Thank you for applying. Please note the position is currently on hold."),
    ("en", "We have paused hiring for the Barista role for the next few weeks."),
    ("fr", "Nous vous informons que le poste est suspendu pour le moment."),
    ("fr", "Merci pour votre candidature. Le recrutement pour ce poste est mis en pause."),
    ("de", "Das Auswahlverfahren für die Stelle ist vorübergehend ausgesetzt."),
    ("de", "Leider haben wir die Besetzung der Stelle vorerst auf Eis gelegt."),
    ("es", "Te escribimos para contarte que el proceso de selección está en pausa por ahora."),
    ("it", "Ti informiamo che la selezione per questa posizione è temporaneamente sospesa."),
    ("pt", "Informamos que o processo de recrutamento está suspenso de momento."),
    # merged with pt12's "a vaga ficou preenchida": a hold stays a hold
    ("pt", "Obrigado pela candidatura. Por agora a vaga ficou congelada."),
]


@pytest.mark.parametrize(("shell", "text"), HANDED_ON + HOLDS)
def test_handed_on_and_holds_are_status_notices(shell: str, text: str) -> None:
    assert _kind(shell, text) is Kind.OTHER_JOB


LOOK_ALIKES = [
    # a receipt stated before the hand-over stays a receipt
    (
        "en",
        "Thank you for your application. We have received it and will forward it to the "
        "hiring manager once the posting closes.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    # refusals that mention a hold, and a post cancelled, stay refusals
    (
        "en",
        "We have decided not to move forward with your application, and the role is on hold "
        "for now.",
        Kind.REJECTION,
    ),
    (
        "fr",
        "Nous ne donnerons pas suite à votre candidature. Le poste est par ailleurs suspendu.",
        Kind.REJECTION,
    ),
    (
        "de",
        "Leider können wir Ihre Bewerbung nicht berücksichtigen. Die Stelle ist derzeit pausiert.",
        Kind.REJECTION,
    ),
    (
        "it",
        "La ricerca per il ruolo è stata sospesa. Non daremo quindi seguito alle candidature.",
        Kind.REJECTION,
    ),
    (
        "en",
        "The Warehouse Lead position has been cancelled and will not be filled.",
        Kind.REJECTION,
    ),
    ("es", "Hemos cancelado el proceso de selección para este puesto.", Kind.REJECTION),
    # a hold with closing words that take leave, and no end said, is a goodbye
    (
        "en",
        "The vacancy has been put on hold. We wish you the best of luck in your future endeavours.",
        Kind.REJECTION,
    ),
    # ... but with an end said, a status notice
    (
        "en",
        "The vacancy is on hold until March, when we will resume interviews. Best of luck in "
        "your future endeavours.",
        Kind.OTHER_JOB,
    ),
    # a hold said to be temporary was a status notice already
    (
        "nl",
        "De vacature staat tijdelijk on hold. We laten het je weten zodra we verdergaan.",
        Kind.OTHER_JOB,
    ),
]


@pytest.mark.parametrize(("shell", "text", "kind"), LOOK_ALIKES)
def test_look_alikes_keep_their_kind(shell: str, text: str, kind: Kind) -> None:
    assert _kind(shell, text) is kind


HOLD_REFUSALS = [
    (
        "en",
        "Hiring for the Night Porter post is on hold until further notice. We wish you the very "
        "best with your job search.",
    ),
    (
        "en",
        "The Sous Chef opening has been frozen, and we will not proceed with any of the "
        "applications we received.",
    ),
    (
        "en",
        "The Tiler vacancy has been paused and we don't intend to reopen it. Good luck in your "
        "search.",
    ),
    (
        "en",
        "Recruitment for the Groundskeeper role has been put on hold, so we have closed your "
        "application.",
    ),
    ("en", "The Dispatcher position is on hold till further notice. All the best in your career."),
    (
        "fr",
        "Le recrutement du poste de Plombier est gelé jusqu'à nouvel ordre. Plein succès dans vos "
        "recherches.",
    ),
    (
        "fr",
        "Le poste de Vendeur est suspendu. Nous ne donnerons malheureusement pas suite à votre "
        "candidature.",
    ),
    (
        "fr",
        "Le poste est mis en attente et le recrutement ne reprendra pas. Bonne chance pour la "
        "suite.",
    ),
    (
        "es",
        "El proceso para Repartidor está en pausa hasta nuevo aviso. Te deseamos lo mejor en tu "
        "búsqueda de empleo.",
    ),
    ("es", "La vacante de Jardinero está congelada, así que damos por finalizada tu candidatura."),
    (
        "it",
        "La selezione per Panettiere è sospesa fino a nuovo avviso. In bocca al lupo per la tua "
        "ricerca di lavoro.",
    ),
    ("it", "La posizione di Magazziniere è congelata. Ti auguriamo grande successo professionale."),
    (
        "pt",
        "O processo para Eletricista está suspenso até novo aviso. Votos de muito sucesso "
        "profissional.",
    ),
    (
        "pt",
        "A vaga de Padeiro foi congelada e não será retomada. Desejamos-te sorte na tua procura "
        "de emprego.",
    ),
    (
        "nl",
        "De werving voor Schilder is tot nader order stilgezet. Veel succes met het vinden van "
        "een andere baan.",
    ),
    (
        "de",
        "Die Stelle als Koch ist bis auf Weiteres ausgesetzt. Wir wünschen Ihnen viel Erfolg bei "
        "Ihrer Stellensuche.",
    ),
]


@pytest.mark.parametrize(("shell", "text"), HOLD_REFUSALS)
def test_a_hold_with_no_end_or_beside_a_refusal_is_a_refusal(shell: str, text: str) -> None:
    assert _kind(shell, text) is Kind.REJECTION


HOLDS_WITH_AN_END = [
    # a date or a resumption said: a status notice, closing words or not
    (
        "en",
        "The Night Porter post is on hold until 1 March, when we expect to resume interviews. "
        "Good luck with your job search.",
    ),
    (
        "en",
        "The Tiler vacancy has been paused; we hope to reopen it in the spring. Good luck in your "
        "search.",
    ),
    (
        "en",
        "The Sous Chef opening is frozen. We will not proceed with any applications until the new "
        "budget is approved.",
    ),
    (
        "en",
        "The Cashier role is on hold for now. We will not be progressing with any applications at "
        "the moment.",
    ),
    (
        "fr",
        "Le poste de Plombier est suspendu jusqu'au 15 avril. Plein succès dans vos recherches.",
    ),
    ("es", "El puesto de Camarera está en pausa hasta septiembre. Mucha suerte en tu búsqueda."),
    (
        "it",
        "La selezione per Panettiere è sospesa fino a gennaio. In bocca al lupo per la tua "
        "ricerca.",
    ),
    (
        "pt",
        "A vaga de Padeiro está suspensa até março. Desejamos-te sorte na tua procura de emprego.",
    ),
    (
        "nl",
        "De vacature voor Kok staat tijdelijk on hold tot en met mei. Veel succes met je "
        "zoektocht.",
    ),
]


@pytest.mark.parametrize(("shell", "text"), HOLDS_WITH_AN_END)
def test_a_hold_with_an_end_stays_a_status_notice(shell: str, text: str) -> None:
    assert _kind(shell, text) is Kind.OTHER_JOB


def test_closing_words_beside_a_receipt_keep_it_a_receipt() -> None:
    text = (
        "Thank you, we have received your application for the Groundskeeper role. Good luck "
        "with your job search!"
    )
    assert _kind("en", text) is Kind.APPLICATION_CONFIRMATION


CANCELLED = [
    (
        "Canceled event: Interview Robin Lee / Tessellate @ Thu 12 Mar 2026 10am (CET)",
        "This event has been canceled and removed from your calendar.\n\nInterview Robin Lee / "
        "Tessellate\nOrganizer: priya.nair@tessellate.example",
    ),
    (
        "Événement annulé : Entretien d'embauche - Robin Lee @ jeu. 12 mars 2026 10:00",
        "Cet événement a été annulé et supprimé de votre agenda.\n\nEntretien d'embauche - "
        "Robin Lee\nOrganisateur : claire.morel@orvalis.example",
    ),
    (
        "Cancelado: Entrevista de trabajo Robin Lee @ jue 12 mar 2026 10:00",
        "Se ha cancelado este evento y se ha quitado de tu calendario.\n\nEntrevista de trabajo "
        "Robin Lee",
    ),
    (
        "Annullato: Colloquio di lavoro Robin Lee @ gio 12 mar 2026 10:00",
        "Questo evento è stato annullato e rimosso dal tuo calendario.\n\nColloquio di lavoro "
        "Robin Lee",
    ),
    (
        "Canceled event: Phone screen - Robin Lee @ Mon 16 Mar 2026 3pm (CET)",
        "This event has been canceled and removed from your calendar.\n\nPhone screen - Robin Lee",
    ),
    (
        "Geannuleerd: Sollicitatiegesprek Robin Lee @ do 12 mrt 2026 10:00",
        "Dit evenement is geannuleerd en uit je agenda verwijderd.\n\nSollicitatiegesprek "
        "Robin Lee",
    ),
]


@pytest.mark.parametrize(("subject", "body"), CANCELLED)
def test_a_cancelled_interview_is_job_mail_but_no_invitation(subject: str, body: str) -> None:
    assert kind_of(GOOGLE, subject, body) is Kind.OTHER_JOB


@pytest.mark.parametrize(
    ("sender", "subject", "body", "ics"),
    [
        (
            "Priya Nair <priya.nair@tessellate.example>",
            "Abgesagt: Vorstellungsgespräch Robin Lee",
            "Die Besprechung wurde abgesagt.\n\nVorstellungsgespräch Robin Lee",
            True,
        ),
        (
            "Priya Nair <priya.nair@tessellate.example>",
            "Canceled: Technical interview - Robin Lee",
            "The meeting has been cancelled.\n\nTechnical interview - Robin Lee",
            True,
        ),
    ],
)
def test_a_cancelled_outlook_event_is_no_invitation(
    sender: str, subject: str, body: str, ics: bool
) -> None:
    assert kind_of(sender, subject, body, ics=ics) is Kind.OTHER_JOB


@pytest.mark.parametrize(
    ("sender", "subject", "body", "ics"),
    [
        # the title names the organiser's own organisation
        (
            "Priya Nair <priya.nair@tessellate.example>",
            "Invitation: Interview - Tessellate @ Thu 12 Mar 2026 10am (CET)",
            GOOGLE_BODY.format(title="Interview - Tessellate"),
            True,
        ),
        (
            "Tessellate Talent <talent@tessellate.example>",
            "Interview - Tessellate",
            "Thursday 12 March, 10:00-11:00 CET\nJoin Zoom meeting: https://zoom.us/j/55512345",
            True,
        ),
        (
            "Claire Morel <claire.morel@orvalis.example>",
            "Invitation : Entretien chez Orvalis @ jeu. 12 mars 2026 10:00",
            "Claire Morel vous a invité à un événement.\n\nEntretien chez Orvalis\njeudi 12 mars "
            "2026 10:00\nRejoindre la réunion Microsoft Teams",
            False,
        ),
        (
            GOOGLE,
            "Invito: Colloquio Ventoloro @ gio 12 mar 2026 10:00",
            "Marco Bellini ti ha invitato a un evento.\n\nColloquio Ventoloro\n"
            "Organizzatore: marco.bellini@ventoloro.example\nmeet.google.com/abc-defg-hij",
            False,
        ),
    ],
)
def test_an_event_titled_by_its_organisers_organisation_is_an_invitation(
    sender: str, subject: str, body: str, ics: bool
) -> None:
    assert kind_of(sender, subject, body, ics=ics) is Kind.INTERVIEW_INVITATION


@pytest.mark.parametrize(
    ("sender", "subject", "body", "ics"),
    [
        (
            GOOGLE,
            "Updated invitation: Interview Robin Lee / Tessellate @ Fri 13 Mar 2026 2pm (CET)",
            "This event has been changed.\n\n"
            + GOOGLE_BODY.format(title="Interview Robin Lee / Tessellate"),
            False,
        ),
        (
            "Priya Nair <priya.nair@tessellate.example>",
            "Geänderte Einladung: Vorstellungsgespräch Robin Lee",
            "Priya Nair hat Sie zu einer Besprechung eingeladen.\n\nVorstellungsgespräch Robin "
            "Lee\nFreitag, 13. März 2026 14:00-15:00",
            True,
        ),
        (
            GOOGLE,
            "Invitación actualizada: Entrevista de trabajo Robin Lee @ vie 13 mar 2026 14:00",
            "Se ha modificado este evento.\n\nLucía Gómez te ha invitado a un evento.\n\n"
            "Entrevista de trabajo Robin Lee",
            False,
        ),
    ],
)
def test_a_changed_interview_stays_an_invitation(
    sender: str, subject: str, body: str, ics: bool
) -> None:
    assert kind_of(sender, subject, body, ics=ics) is Kind.INTERVIEW_INVITATION


def test_an_interview_titled_by_another_organisation_is_none() -> None:
    subject = "Invitation: Interview - Tessellate @ Thu 12 Mar 2026 10am (CET)"
    body = GOOGLE_BODY.replace("Priya Nair", "Sam Okafor").format(title="Interview - Tessellate")
    assert kind_of("Sam Okafor <sam.okafor@mail.example>", subject, body, ics=True) is not (
        Kind.INTERVIEW_INVITATION
    )


@pytest.mark.parametrize(
    ("sender", "title", "organiser"),
    [
        ("Jon Fisk <jon.fisk@gmail.com>", "Interview - Gmail", ""),
        ("Sam Reyes <sam.reyes@outlook.com>", "Interview - Outlook", ""),
        (GOOGLE, "Interview - Yahoo", "Organizer: kim.lee@yahoo.com"),
        ("Lea Park <lea.park@zoom.us>", "Interview - Zoom", ""),
        ("Ivy Chen <ivy@calendly.com>", "Interview Calendly", ""),
    ],
)
def test_a_webmail_or_a_meeting_tool_is_no_organisers_organisation(
    sender: str, title: str, organiser: str
) -> None:
    body = GOOGLE_BODY.format(title=f"{title}\n{organiser}")
    subject = f"Invitation: {title} @ Thu 12 Mar 2026 10am (CET)"
    assert kind_of(sender, subject, body, ics=True) is not Kind.INTERVIEW_INVITATION


OUTSIDE_HIRING = [
    (
        "Graduate Admissions <admissions@northvale-university.example>",
        "Your MSc application: interview invitation",
        "Dear Robin,\n\nThank you for applying to the MSc in Data Science. We would like to "
        "invite you to an interview with the admissions panel on 14 April.\n\nNorthvale "
        "University",
    ),
    (
        "Scholarships Office <scholarships@brightwater-foundation.example>",
        "Scholarship interview",
        "Dear Robin,\n\nCongratulations, you have been shortlisted for the Brightwater "
        "scholarship. We invite you to an interview on 3 May.\n\nBrightwater Foundation",
    ),
    (
        "Study Team <study@mindlab.example>",
        "Invitation to a research interview",
        "Hi Robin,\n\nThank you for signing up for our study on remote work habits. We would "
        "like to invite you to a 45-minute interview with one of our researchers.\n\nMindLab",
    ),
    (
        "Graduate School <admissions@westbrook.example>",
        "PhD programme interview",
        "Dear Robin,\n\nFollowing your application to our PhD programme, we are pleased to "
        "invite you to an interview with the selection committee.\n\nWestbrook",
    ),
    (
        "Clarion Trust Bursaries <bursaries@clariontrust.example>",
        "Bursary interview",
        "Dear Robin,\n\nYour bursary application has progressed. We would like to invite you "
        "for an interview with our trustees.\n\nClarion Trust",
    ),
    (
        "Universidade Serra <posgrad@userra.example>",
        "Doutoramento",
        "Caro Robin,\n\nNo âmbito da sua candidatura ao programa doutoral, convidamo-lo para "
        "uma entrevista com o júri.\n\nUniversidade Serra",
    ),
    (
        "Becas Fundación Olmo <becas@fundacion-olmo.example>",
        "Entrevista para la beca",
        "Hola Robin,\n\nHas pasado a la fase final de la convocatoria de becas. Te invitamos a "
        "una entrevista el 5 de mayo.\n\nFundación Olmo",
    ),
    (
        "Ammissioni Politecnico <ammissioni@polivento.example>",
        "Colloquio di ammissione",
        "Gentile Robin,\n\nla invitiamo al colloquio di ammissione al corso di laurea "
        "magistrale il 12 aprile.\n\nUfficio Ammissioni",
    ),
    (
        "Hochschule Elbtal <info@hs-elbtal.example>",
        "Kennenlernen",
        "Liebe Frau Lee,\n\nwir möchten Sie gerne persönlich kennenlernen und laden Sie daher "
        "zu unserem Infotag am 14. März ein. Bringen Sie gern Ihre Bewerbungsunterlagen mit."
        "\n\nHochschule Elbtal",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), OUTSIDE_HIRING)
def test_interviews_outside_hiring_are_not_job_mail(sender: str, subject: str, body: str) -> None:
    assert rules_kind(sender, subject, body) is Kind.NOT_JOB


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        # a university's HR invites to an interview for a job
        (
            "HR Northvale University <hr-recruitment@northvale-university.example>",
            "Interview invitation - Research Assistant",
            "Dear Robin,\n\nThank you for applying for the post of Research Assistant in the "
            "Department of Physics. We would like to invite you to an interview on 14 April."
            "\n\nHuman Resources\nNorthvale University",
        ),
        (
            "Personalabteilung Hochschule Elbtal <personal@hs-elbtal.example>",
            "Einladung zum Vorstellungsgespräch",
            "Sehr geehrte Frau Lee,\n\nvielen Dank für Ihre Bewerbung als wissenschaftliche "
            "Mitarbeiterin. Wir laden Sie zu einem Vorstellungsgespräch am 20. April ein.\n\n"
            "Personalabteilung",
        ),
        # a kindergarten's or a hotel's job interview (their business is a topic)
        (
            "Sunny Days Kita <leitung@sunnydays.example>",
            "Ihre Bewerbung",
            "Liebe Frau Lee,\n\nvielen Dank für Ihre Bewerbung als Erzieherin. Wir möchten Sie "
            "gern zu einem Gespräch einladen und Ihnen dabei unser Haus zeigen.\n\nKita Sunny "
            "Days",
        ),
        (
            "Anna Rossi <anna.rossi@grandhotel-lago.example>",
            "Reception",
            "Hi Robin,\n\nthanks for your application for the receptionist job. We'd like to "
            "invite you to an interview at the hotel on Friday at 3pm.\n\nGrand Hotel Lago",
        ),
        # a job interview that mentions a hotel or an event space
        (
            "Sam Carter <sam.carter@acme-tools.example>",
            "Interview for the Sales Assistant position",
            "Hi Robin,\n\nThank you for applying for the Sales Assistant position. We would "
            "like to invite you to an interview at our office on Monday. We have booked a "
            "hotel room for you.\n\nSam Carter\nAcme Tools",
        ),
    ],
)
def test_job_interviews_stay_invitations(sender: str, subject: str, body: str) -> None:
    assert rules_kind(sender, subject, body) is Kind.INTERVIEW_INVITATION
