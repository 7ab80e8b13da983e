"""Round-8 rules that went too far, found by two read-only reviews with mail written
for them. The first review:

- a hedge ("eventuell", "possibly", "potentially") makes only an *invitation* or a
  *next step* next to it the process explained; the same word elsewhere in a refusal or
  before a real invitation changes nothing;
- "you have been selected to interview for the position" is an invitation, not an offer;
- thanks for the candidate's interest beside a stated receipt is still a confirmation,
  even when the papers were passed on to the department (a status);
- "take-home" is job wording only as a take-home assignment (a test, never an
  interview), not in a webinar's "take-home message".

The second review:

- "has left the company" wording counts for an auto-reply only in the sender's own
  text, not in the candidate's mail quoted below it;
- "você não seguirá no processo" after "caso contrário" or "sem a entrega / a
  confirmação de ..." is a condition, not a refusal;
- "entweder ... oder" hedges an invitation only when the invitation is one of the two
  alternatives, not "entweder in Köln oder online zu einem Gespräch einladen";
- a plain "não faço parte da equipa" (no "já", no "mais") is no one who has left;
- a conservatory or a crèche is an employer too, not a topic of other business.

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``), so the model cannot hide a rule's mistake.
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

SENDER = "Quillon Foods <hr@quillon-foods.example>"


def _kind(subject: str, body: str, sender: str = SENDER, reply: bool = False) -> Kind:
    return rules_kind(sender, subject, body, reply=reply)


CASES = [
    # a hedge elsewhere in a refusal's sentence
    (
        Kind.REJECTION,
        "Your application for Buyer",
        "Dear Kim,\n\nThank you for applying for the Buyer role at Quillon Foods.\n\n"
        "Although your experience might possibly interest another department later, we "
        "have decided not to move forward with your application at this time.\n\n"
        "Kind regards,\nMara Olsen",
    ),
    (
        Kind.REJECTION,
        "Absage",
        "Sehr geehrte Frau Kim,\n\nvielen Dank für Ihre Bewerbung als Einkäuferin. Obwohl "
        "Ihr Profil eventuell für künftige Stellen passen könnte, haben wir uns leider für "
        "eine andere Kandidatin entschieden.\n\nMit freundlichen Grüßen\nQuillon Foods GmbH",
    ),
    # a hedge about something else, far before a real invitation
    (
        Kind.INTERVIEW_INVITATION,
        "Interview",
        "Hi Kim,\n\nThanks for your application for the Buyer role. Because our head of "
        "purchasing is potentially away on the Tuesday of that week, we would like to invite "
        "you to an interview on Thursday 10 December at 14:00.\n\nBest,\nMara",
    ),
    # selected to interview: an invitation, not an offer
    (
        Kind.INTERVIEW_INVITATION,
        "Buyer - next steps",
        "Dear Kim,\n\nGood news: you have been selected to interview for the position of "
        "Buyer.\n\nPlease pick a time slot on 8 or 9 December with the link below.\n\n"
        "Kind regards,\nQuillon Foods HR",
    ),
    (
        Kind.INTERVIEW_INVITATION,
        "Your application",
        "Hi Kim,\n\nyou've been selected for an interview for the role! Could you tell us "
        "when you are free for a 30-minute video call next week?\n\nCheers,\nMara",
    ),
    # interest and a stated receipt, passed on to the department: a confirmation
    (
        Kind.APPLICATION_CONFIRMATION,
        "Eingangsbestätigung",
        "Sehr geehrte Frau Kim,\n\nvielen Dank für Ihr Interesse an Quillon Foods und Ihre "
        "Bewerbung als Einkäuferin. Ihre Unterlagen sind bei uns eingegangen und wurden an "
        "die Fachabteilung weitergeleitet.\n\nWir melden uns in etwa zwei Wochen.\n\n"
        "Mit freundlichen Grüßen\nIhr Personalteam",
    ),
    # a take-home assignment is a test; a take-home message is no job word
    (
        Kind.OTHER_JOB,
        "Buyer - next step",
        "Hi Kim,\n\nthanks for your time so far. The next part of our process is a take-home "
        "assignment: a short supplier comparison you can finish in two hours. Please send "
        "it back within five days.\n\nBest,\nMara",
    ),
    (
        Kind.NOT_JOB,
        "Webinar recap",
        "Hello Kim,\n\nthanks for joining our webinar on cold-chain logistics. The take-home "
        "message: measure twice, ship once.\n\nOur next course starts on 11 January.\n\n"
        "The Quillon Academy team",
        "Quillon Academy <news@quillon-academy.example>",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case[0]}-{case[1]}")
def test_review_cases(case: tuple[str, ...]) -> None:
    expected, subject, body, *sender = case
    assert _kind(subject, body, *sender) is expected


def test_a_hedge_next_to_an_invitation_still_explains_the_process() -> None:
    """The narrowing keeps what the hedge rule was for."""
    body = (
        "Dear Kim,\n\nthank you for your application. We are reviewing it and may invite "
        "you to an interview in the coming weeks.\n\nKind regards,\nQuillon Foods HR"
    )
    assert _kind("Application received", body) is Kind.APPLICATION_CONFIRMATION


SECOND_REVIEW = [
    (
        Kind.INTERVIEW_INVITATION,
        "Re: Application - Warehouse Planner",
        "Hi Kim,\n\nthanks for the quick answer. We would like to invite you to a first "
        "interview for the Warehouse Planner role on Thursday 10 December at 11:00 (video "
        "call). Does that time suit you?\n\nBest regards,\nPriya Nair\nTalent team, Ostrava "
        "Freight\n\nOn Tue, 1 Dec 2026 at 19:02, Kim <kim@example.net> wrote:\n> Dear Priya,\n"
        "> to answer your question: I am no longer with Halden Shipping since September,\n"
        "> so I could start soon.\n> Kim",
        "Priya Nair <priya.nair@ostrava-freight.example>",
        True,
    ),
    (
        Kind.OTHER_JOB,
        "Processo seletivo - próxima etapa",
        "Olá Kim,\n\nvocê avançou para a próxima etapa do processo seletivo! Agora pedimos "
        "que faça o teste técnico online. Entregue o teste até 14/12, caso contrário você "
        "não seguirá no processo.\n\nAbraços,\nEquipe de Recrutamento Caravela",
        "Caravela Sistemas <vagas@caravela-sistemas.example>",
        False,
    ),
    (
        Kind.INTERVIEW_INVITATION,
        "Einladung zum Gespräch",
        "Hallo Kim,\n\nvielen Dank für deine Bewerbung als Disponentin. Wir möchten dich "
        "entweder in Köln oder online zu einem Gespräch einladen. Bitte nenne uns zwei "
        "Termine in der nächsten Woche.\n\nViele Grüße\nJana Vogt\nRheinfracht GmbH",
        "Jana Vogt <jana.vogt@rheinfracht.example>",
        False,
    ),
    (
        Kind.INTERVIEW_INVITATION,
        "RE: Candidatura - Assistente Administrativa",
        "Olá Kim,\n\nnão faço parte da equipa de recrutamento, mas reencaminhei a sua "
        "candidatura à minha colega Inês Duarte, que a vai contactar para marcar uma "
        "entrevista na próxima semana.\n\nCumprimentos,\nRui Sampaio\nLusoprint",
        "Rui Sampaio <rui.sampaio@lusoprint.example>",
        True,
    ),
    (
        Kind.OTHER_JOB,
        "Candidatura - Professor de Piano",
        "Olá Kim,\n\na sua candidatura para Professor de Piano no conservatório está em "
        "análise pela direção pedagógica. Daremos notícias em breve.\n\nCumprimentos,\n"
        "Secretaria do Conservatório Almada",
        "Conservatório Almada <secretaria@conservatorio-almada.example>",
        False,
    ),
]


@pytest.mark.parametrize("case", SECOND_REVIEW, ids=lambda case: f"{case[0]}-{case[1]}")
def test_second_review_cases(case: tuple[Kind, str, str, str, bool]) -> None:
    expected, subject, body, sender, reply = case
    assert _kind(subject, body, sender, reply) is expected


@pytest.mark.parametrize(
    ("expected", "subject", "body", "sender"),
    [
        # the intended cases stay: an auto-reply from someone who has left, a real refusal
        (
            Kind.AUTO_REPLY,
            "Re: Candidatura",
            "Olá,\n\njá não trabalho na Lusoprint. Para assuntos de recrutamento, escreva "
            "para rh@lusoprint.example.\n\nObrigado,\nRui Sampaio",
            "Rui Sampaio <rui.sampaio@lusoprint.example>",
        ),
        (
            Kind.REJECTION,
            "Processo seletivo",
            "Olá Kim,\n\nagradecemos a sua participação. Neste momento, você não seguirá no "
            "processo seletivo para a vaga de Analista.\n\nAbraços,\nEquipe Caravela",
            "Caravela Sistemas <vagas@caravela-sistemas.example>",
        ),
    ],
)
def test_what_the_rules_were_for_stays(
    expected: Kind, subject: str, body: str, sender: str
) -> None:
    assert _kind(subject, body, sender, reply=subject.startswith("Re:")) is expected


HANDOVERS = [
    # a person in the thread who hands the application on inside the employer has not left
    (
        "Re: Application - Logistics Analyst",
        "Hi Kim,\n\nthanks for your note. I'm no longer part of the hiring team for this "
        "role; my colleague Dana Brooks has taken over and will schedule your interview "
        "for next week.\n\nBest,\nOwen",
        "Owen Hale <owen.hale@marrowfield.example>",
    ),
    (
        "AW: Bewerbung als Disponentin",
        "Hallo Kim,\n\nich bin nicht mehr für Ihre Bewerbung zuständig, meine Kollegin "
        "Sabine Roth hat das Verfahren übernommen und wird Sie in den nächsten Tagen zu "
        "einem Gespräch einladen.\n\nViele Grüße\nPetra Lang",
        "Petra Lang <petra.lang@nordwerk.example>",
    ),
    (
        "RE: Candidature - Acheteuse",
        "Bonjour Kim,\n\nje ne fais plus partie de l'équipe de recrutement, mais j'ai "
        "transmis votre candidature à ma collègue Léa Martin, qui vous proposera un "
        "entretien la semaine prochaine.\n\nBien cordialement,\nClaire Dumas",
        "Claire Dumas <claire.dumas@lumenor.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), HANDOVERS, ids=[h[0] for h in HANDOVERS])
def test_a_handover_inside_the_employer_is_no_auto_reply(
    subject: str, body: str, sender: str
) -> None:
    assert _kind(subject, body, sender, reply=True) is not Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your email. I am no longer with Marrowfield. Please contact "
        "careers@marrowfield.example about your application.",
        "Thank you for your email. I am no longer with Marrowfield; the recruiting team at "
        "careers@marrowfield.example can help.",
        "Vielen Dank für Ihre Nachricht. Ich bin nicht mehr bei der Marrowfield GmbH tätig. "
        "Bitte wenden Sie sich an bewerbung@marrowfield.example.",
    ],
)
def test_someone_who_has_left_still_sends_an_auto_reply(body: str) -> None:
    sender = "Owen Hale <owen.hale@marrowfield.example>"
    assert _kind("Re: Application", body, sender, reply=True) is Kind.AUTO_REPLY
