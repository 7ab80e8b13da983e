"""Phrasings that probing the rules with the project's own mail showed were missed
(eighth round of issue 11), by family:

- a process explained, not an invitation: a hedge ("gegebenenfalls", "eventuell", "we may
  invite you") or a future passive about a class of candidates ("os candidatos
  selecionados serão convidados"); and a German invitation whose sentence holds a date
  ("am 12. März ... einladen");
- refusals of other business in German: a flat's "anderer Bewerber", a "Bewerbung um das
  ...stipendium", "für das WG-Zimmer", "als Aussteller", "für den Masterstudiengang";
- job mail the rules read as no job: papers still missing, a headhunter's note;
- status notices read as receipts or outcomes: "your application ... was viewed by",
  "is with the hiring manager", "forwarded to the department", a delay, a
  Portuguese status beside thanks for the candidate's interest;
- outcomes read as receipts or status: "won't be progressing to the next stage",
  "decided to close this position", "ne pouvoir y répondre favorablement", "não existe
  uma correspondência com os requisitos";
- what is no interview: an invitation to apply, an offer with a call to discuss it, an
  interviewer "no longer available at that time".

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``); the look-alikes below must keep their kind.
"""

from __future__ import annotations

import time

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse
from tests.rules_support import rules_kind

SENDER = "Brightwater <info@brightwater.example>"


def _kind(subject: str, body: str, sender: str = SENDER) -> Kind:
    return rules_kind(sender, subject, body)


CONF, REJ, INV, OTHER, NOT = (
    Kind.APPLICATION_CONFIRMATION,
    Kind.REJECTION,
    Kind.INTERVIEW_INVITATION,
    Kind.OTHER_JOB,
    Kind.NOT_JOB,
)

MISSED_BEFORE = [
    # the process explained: a hedge, a class of candidates in the future tense
    (
        CONF,
        "Eingangsbestätigung",
        "Sehr geehrte Frau Lindqvist,\n\nvielen Dank für Ihre "
        "Bewerbung. Wir prüfen Ihre Unterlagen und laden Sie gegebenenfalls zu einem "
        "Vorstellungsgespräch ein.",
    ),
    (
        CONF,
        "Deine Bewerbung",
        "Hallo Robin,\n\ndanke für deine Bewerbung! Wir sehen uns alles "
        "an und laden dich eventuell zu einem ersten Kennenlernen ein.",
    ),
    (
        CONF,
        "Thanks for applying",
        "Dear Robin,\n\nThank you for applying for the Data Analyst "
        "role. We have received your application; our team will review it and may invite you "
        "to an interview in the coming weeks.",
    ),
    (
        CONF,
        "Recebemos sua candidatura",
        "Olá Robin, recebemos sua candidatura para a vaga de "
        "Analista. Os candidatos selecionados serão convidados para uma entrevista.",
    ),
    (
        INV,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Lindqvist,\n\nvielen Dank für Ihre Bewerbung. "
        "Gerne möchten wir Sie zu einem Vorstellungsgespräch am 14. April um 9 Uhr "
        "einladen.",
    ),
    # German refusals of other business
    (
        NOT,
        "Ihr Mietgesuch",
        "Guten Tag,\n\nleider haben wir uns für einen anderen Bewerber "
        "entschieden. Viel Erfolg bei der weiteren Wohnungssuche.",
    ),
    (
        NOT,
        "Stipendium",
        "Liebe Robin,\n\ndanke für deine Bewerbung um das "
        "Deutschlandstipendium. Leider konnten wir dich dieses Jahr nicht berücksichtigen.",
    ),
    (
        NOT,
        "Ihre Bewerbung für das WG-Zimmer",
        "Hey Robin,\n\ndanke für deine Nachricht! Wir "
        "haben uns leider für jemand anderen entschieden.",
    ),
    (
        NOT,
        "Weihnachtsmarkt",
        "Hallo Robin,\n\ndanke für deine Bewerbung als Aussteller. "
        "Leider konnten wir dich nicht berücksichtigen, da es sehr viele Bewerbungen gab.",
    ),
    (
        NOT,
        "Ihre Bewerbung für den Masterstudiengang",
        "Sehr geehrte Frau Lindqvist,\n\nleider "
        "müssen wir Ihnen mitteilen, dass Ihre Bewerbung für den Masterstudiengang Chemie "
        "nicht erfolgreich war.",
    ),
    (
        NOT,
        "Processo seletivo - Mestrado",
        "Prezado candidato, recebemos sua inscrição no "
        "processo seletivo do Programa de Pós-Graduação em Física.",
    ),
    # job mail read as no job
    (
        OTHER,
        "Ihre Bewerbung - fehlende Unterlagen",
        "Sehr geehrte Frau Lindqvist,\n\nfür die "
        "weitere Bearbeitung Ihrer Bewerbung benötigen wir noch Ihre Arbeitszeugnisse.",
    ),
    (
        OTHER,
        "Spannende Position",
        "Hallo Robin,\n\nich bin Personalberaterin und betreue eine "
        "Position als Datenanalystin in Hamburg. Hättest du Interesse?",
        "Lena Vogt <lena.vogt@brightwater.example>",
    ),
    # status notices
    (
        OTHER,
        "Your application was viewed",
        "Good news, Robin! Your application for Data "
        "Analyst at Brightwater was viewed by the employer.",
    ),
    (
        OTHER,
        "Re: Data Analyst",
        "Hi Robin,\n\nThanks for your note! Your application is with "
        "the hiring manager now and I expect feedback by Friday.\n\nJamie",
        "Jamie Rivera <jamie.rivera@brightwater.example>",
    ),
    (
        OTHER,
        "Please update your application",
        "Hi Robin, your application is missing your work "
        "authorization details. Please add them in your candidate portal.",
    ),
    (
        OTHER,
        "Processo seletivo",
        "Olá Robin, agradecemos o seu interesse na vaga. O seu "
        "currículo foi encaminhado para o gestor da área.",
    ),
    (
        OTHER,
        "Processo seletivo",
        "Olá Robin, agradecemos o seu interesse na vaga. O processo "
        "seletivo ainda está em andamento e em breve daremos retorno.",
    ),
    (
        OTHER,
        "Processo seletivo",
        "Olá Robin, agradecemos o seu interesse na vaga. O processo "
        "está demorando mais do que o previsto, mas em breve teremos novidades.",
    ),
    # outcomes
    (
        REJ,
        "Your application status",
        "Hi Robin, thanks for your application. Following a "
        "review, we won't be progressing to the next stage.",
    ),
    (
        REJ,
        "Update",
        "Hi Robin, we've decided to close this position without hiring. Thank "
        "you for your time and interest in the role.",
    ),
    (
        REJ,
        "Votre candidature",
        "Madame,\n\nNous avons pris connaissance de votre candidature. "
        "Nous sommes toutefois au regret de ne pouvoir y répondre favorablement.",
    ),
    (
        REJ,
        "A sua candidatura",
        "Caro Robin,\n\nAgradecemos o seu interesse. Concluímos que, de "
        "momento, não existe uma correspondência com os requisitos da função.",
    ),
    # no interview
    (
        OTHER,
        "We'd like to invite you to apply",
        "Hi Robin, we think you'd be a great fit for "
        "our Data Analyst position. We'd like to invite you to apply!",
    ),
    (
        OTHER,
        "Your offer",
        "Hi Robin, congratulations! We'd like to extend you an offer for the "
        "Data Analyst role. Let's schedule a call to go through the details.",
    ),
    (
        OTHER,
        "Interview reschedule request",
        "Hi Robin, the hiring manager is no longer "
        "available at the time we agreed for your interview. Which of these times works?",
    ),
    # second batch: outcomes after thanks for the application
    (
        REJ,
        "Your application",
        "Dear Robin,\n\nThank you for applying for the Editor role. "
        "We will not be scheduling an interview.",
    ),
    (
        REJ,
        "Your application",
        "Dear Robin,\n\nThank you for applying. We decided to hire "
        "someone whose experience more closely matches the role.",
    ),
    (
        REJ,
        "Votre candidature",
        "Bonjour Robin,\n\nMerci pour votre candidature. Nous avons "
        "finalement décidé de pourvoir le poste en interne.",
    ),
    (
        REJ,
        "Votre candidature",
        "Bonjour Robin,\n\nMerci pour votre candidature. Nous avons "
        "porté notre choix sur un autre profil.",
    ),
    (
        REJ,
        "Votre candidature",
        "Bonjour Robin,\n\nMerci pour votre candidature. Le poste a "
        "été attribué à une autre personne.",
    ),
    (
        REJ,
        "Votre candidature",
        "Bonjour Robin,\n\nMerci pour votre candidature. Nous avons "
        "décidé de clore ce recrutement.",
    ),
    # invitations: "you've" written together, a video call, a date for the interview
    (
        INV,
        "Your application",
        "Hi Robin,\n\nThank you for your application. You've been "
        "shortlisted! Our recruiter will reach out to arrange a call.",
    ),
    (
        INV,
        "Deine Bewerbung",
        "Hallo Robin,\n\nvielen Dank für deine Bewerbung. Hast du "
        "nächste Woche Zeit für ein kurzes Videogespräch mit unserem Teamlead?",
    ),
    (
        INV,
        "Deine Bewerbung",
        "Hallo Robin,\n\nvielen Dank für deine Bewerbung. Dein Termin "
        "für das Interview ist am 12.03. um 10:00 Uhr via Videocall.",
    ),
    # job mail read as no job or as a receipt
    (
        OTHER,
        "Congratulations!",
        "Dear Robin, we are happy to let you know that you have been "
        "selected for the Data Analyst position. Your contract will follow by email.",
    ),
    (
        OTHER,
        "Salary expectations",
        "Hi Robin, before we continue, could you share your salary expectations and notice period?",
    ),
    (
        OTHER,
        "Your application",
        "Hi Robin, we are still reviewing applications for the Data "
        "Analyst position and will be in touch in the next two weeks.",
    ),
    # third batch: what else Portuguese "processo seletivo / vaga / candidatura" is for
    (
        NOT,
        "Vaga na creche",
        "Olá Robin, recebemos sua solicitação de vaga na creche "
        "municipal. Você está na posição 12 da lista de espera.",
    ),
    (
        NOT,
        "Iniciação científica",
        "Olá Robin, sua candidatura ao programa de iniciação "
        "científica foi recebida. O resultado será divulgado pela coordenação.",
    ),
    (
        NOT,
        "Inscrição recebida",
        "Olá Robin, sua inscrição para o processo seletivo da Escola "
        "de Música foi recebida. A audição acontece em abril.",
    ),
    (
        NOT,
        "Transferência externa",
        "Prezado candidato, recebemos sua inscrição no processo "
        "seletivo de transferência externa para o curso de Direito.",
    ),
    (
        NOT,
        "Bolsa de Investigação",
        "Caro Robin, recebemos a sua candidatura à Bolsa de "
        "Investigação no projeto Marés. O júri avaliará as candidaturas.",
    ),
    (
        NOT,
        "Tu candidatura al premio",
        "Hola Robin, gracias por presentar tu candidatura a los "
        "Premios Jóvenes Talentos. Lamentablemente no has resultado finalista.",
    ),
    (
        REJ,
        "Processo seletivo",
        "Olá Robin, agradecemos o seu interesse na vaga. Queremos te "
        "contar que, nesse momento, você não seguirá no processo seletivo.",
    ),
    (
        CONF,
        "Merci d'avoir postulé",
        "Bonjour Robin, merci d'avoir postulé chez Brightwater ! "
        "Nous étudions chaque candidature avec attention.",
    ),
    # fourth batch: a German receipt that explains what comes next (an "entweder ...
    # oder" hedges an invitation; a refusal is never hedged, see
    # test_classify_hedges_and_offers.py)
    (
        CONF,
        "Eingangsbestätigung",
        "Hallo Robin,\n\ndanke für deine Bewerbung! Wir melden uns innerhalb von zwei Wochen "
        "bei dir, entweder mit einer Einladung zum Kennenlernen oder mit ein paar Fragen.",
    ),
    (
        CONF,
        "Eingangsbestätigung",
        "Sehr geehrte Frau Lindqvist,\n\nvielen Dank für Ihre "
        "Bewerbung. Passt Ihr Profil, vereinbaren wir gerne einen Termin für ein erstes "
        "Telefonat.",
    ),
]


@pytest.mark.parametrize(
    ("want", "subject", "body", "sender"),
    [(c[0], c[1], c[2], c[3] if len(c) > 3 else SENDER) for c in MISSED_BEFORE],
)
def test_probed_phrasings_are_read_right(want: Kind, subject: str, body: str, sender: str) -> None:
    assert _kind(subject, body, sender) is want


LOOK_ALIKES = [
    # a rental application's labelled status is no job outcome
    (
        NOT,
        "Application update",
        "Hi Robin,\n\nYour rental application for Flat 2 was not approved.\n\nStatus: Rejected",
    ),
    # a receipt that names its next step stays a receipt; a hiring team is not a manager
    (
        CONF,
        "Thank you for applying",
        "Hello Robin,\n\nThank you for applying for the Editor "
        "role. Your application is now with our hiring team, who read every application.",
    ),
    (
        CONF,
        "Candidatura recebida",
        "Olá Robin! Obrigado por se candidatar à vaga de Designer. "
        "Recebemos o seu currículo e a sua candidatura está em análise.",
    ),
    # an invitation stays one: a fact about this candidate, no hedge
    (
        INV,
        "Invitation to interview",
        "Dear Robin, we would like to invite you to an interview "
        "on 12 March at 10:00 at our office.",
    ),
    (
        INV,
        "Sollicitatie",
        "Beste Robin,\n\nWe willen je zo snel mogelijk uitnodigen voor een "
        "kennismakingsgesprek. Wanneer schikt het?",
    ),
    # a closed position stays a refusal
    (
        REJ,
        "Data Analyst",
        "Dear Robin, thank you for applying. Unfortunately the position is no longer available.",
    ),
    (
        REJ,
        "Your application",
        "Hi Robin, we won't be progressing your application to the next "
        "stage. Thank you for your time.",
    ),
]


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your email. I am no longer with Brightwater. Please write to "
        "hr@brightwater.example.",
        "Vielen Dank für Ihre Nachricht. Ich bin nicht mehr bei Brightwater tätig. Bitte "
        "wenden Sie sich an personal@brightwater.example.",
        "Merci pour votre message. Je ne fais plus partie de Brightwater. Merci de contacter "
        "rh@brightwater.example.",
    ],
)
def test_a_reply_from_someone_who_has_left_is_an_auto_reply(body: str) -> None:
    raw = (
        "From: Lena Vogt <lena.vogt@brightwater.example>\nTo: robin@example.net\n"
        "Subject: Re: Data Analyst application\nIn-Reply-To: <a1@example.net>\n\n" + body
    )
    assert classify(parse(raw.encode()), use_model=False).kind is Kind.AUTO_REPLY


@pytest.mark.parametrize(("want", "subject", "body"), LOOK_ALIKES)
def test_look_alikes_keep_their_kind(want: Kind, subject: str, body: str) -> None:
    assert _kind(subject, body) is want


def test_a_hedge_before_a_long_run_of_spaces_takes_linear_time() -> None:
    def cpu(body: str) -> float:
        raw = f"From: Jobs <jobs@example.org>\nSubject: Application\n\n{body}".encode()
        start = time.process_time()
        classify(parse(raw), use_model=False)
        return time.process_time() - start

    for unit in ("we may ", "selected candidates will ", "am 12. ", "ben\u00f6tigen wir "):
        small = cpu(unit + " " * 2_000 + "invite you to an interview")
        large = cpu(unit + " " * 8_000 + "invite you to an interview")
        assert large < 0.05 + 8 * small, (unit, small, large)
