"""Portuguese, French and English mail from a second review of the tenth round's rule
work (issue 11): invitations read as refusals, plain refusals silenced by the mends of
the first review, another person's exclusion, and refusals that hold only under a
condition (a missing document).

Each text is written for these tests (names invented, none from the corpus). Kinds are
asserted on the rules alone (``use_model=False``); look-alikes that must keep their kind
sit beside each family.
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

REJ, INV, CONF, OTHER = (
    Kind.REJECTION,
    Kind.INTERVIEW_INVITATION,
    Kind.APPLICATION_CONFIRMATION,
    Kind.OTHER_JOB,
)

FR = "Recrutement Atelier Brume <recrutement@atelier-brume.example>"
PT = "RH Grupo Lago <rh@grupolago.example>"
EN = "People Team Harrowgate <careers@harrowgate.example>"

CASES = [
    # 12. a posting's "we look for someone more ..." before a call to apply is no refusal
    (
        "pt-alert-call-to-apply",
        "Alertas de Vagas <alertas@vagasul.example>",
        "Vagas para você: Atendente",
        "Olá Robin,\n\nAtendente - Loja Centro\nBuscamos alguém mais comunicativo, com "
        "disponibilidade aos sábados. Candidate-se!\n\nEquipe Vagasul",
        OTHER,
    ),
    (
        "pt-refusal-without-a-call-kept",
        PT,
        "A sua candidatura",
        "Olá Robin,\n\nAgradecemos a sua candidatura. Neste momento buscamos alguém mais "
        "experiente em logística.\n\nRH Grupo Lago",
        REJ,
    ),
    # 2. an invitation to another post in the refusal's own sentence
    (
        "pt-other-post-same-sentence",
        PT,
        "Entrevista - Técnico de Qualidade",
        "Olá Robin,\n\nPara a vaga de Técnico Júnior, a contratação de outro candidato já foi "
        "concluída, mas gostaríamos de convidá-lo para uma entrevista para a vaga de Técnico "
        "Sênior na terça às 14h.\n\nRH Grupo Lago",
        INV,
    ),
    (
        "pt-other-shop-same-sentence",
        PT,
        "A sua candidatura",
        "Olá Robin,\n\nJá temos a equipa completa para a loja de Setúbal, mas gostaríamos de o "
        "convidar para uma entrevista para a loja de Évora na segunda às 11h.\n\nRH Grupo Lago",
        INV,
    ),
    (
        "pt-other-hire-kept",
        PT,
        "A sua candidatura",
        "Olá Robin,\n\nPara a vaga de Técnico Júnior, a contratação de outro candidato já foi "
        "concluída. Agradecemos o seu interesse.\n\nRH Grupo Lago",
        REJ,
    ),
    (
        "pt-full-team-kept",
        PT,
        "A sua candidatura",
        "Olá Robin,\n\nJá temos a equipa completa para a loja de Setúbal. Agradecemos a sua "
        "candidatura.\n\nRH Grupo Lago",
        REJ,
    ),
    # 3. pleased to welcome someone else: still a refusal
    (
        "pt-welcome-someone-else",
        PT,
        "Processo seletivo - Assistente",
        "Olá Robin,\n\nEncerramos o processo seletivo e temos o prazer de dar as boas-vindas ao "
        "nosso novo assistente, Tiago. Agradecemos a sua participação.\n\nRH Grupo Lago",
        REJ,
    ),
    (
        "fr-welcome-someone-else",
        FR,
        "Votre candidature - Assistant",
        "Bonjour Robin,\n\nNous avons finalisé le recrutement et sommes heureux d'accueillir "
        "notre nouveau collègue Bastien. Merci pour l'intérêt porté à notre atelier.\n\n"
        "L'équipe RH",
        REJ,
    ),
    (
        "pt-finished-then-invited-kept",
        PT,
        "Processo seletivo - Assistente",
        "Olá Robin,\n\nEncerramos a triagem e temos o prazer de convidá-lo para uma entrevista "
        "na quarta às 9h.\n\nRH Grupo Lago",
        INV,
    ),
    # 6. the client's preference that the candidate meets
    (
        "pt-client-preference-met",
        PT,
        "Próxima etapa",
        "Oi Robin,\n\nVocê passou na triagem. O cliente preferiu seguir com perfis que falem "
        "espanhol, e você fala! Bora marcar um papo amanhã às 16h?\n\nRH Grupo Lago",
        INV,
    ),
    (
        "pt-client-preference-refusal-kept",
        PT,
        "Sua candidatura",
        "Oi Robin,\n\nO cliente preferiu seguir com perfis que falem espanhol. Obrigado pelo "
        "seu interesse.\n\nRH Grupo Lago",
        REJ,
    ),
    # 7. another candidate's exclusion in a public competition
    (
        "pt-third-person-excluded",
        "Júri do Concurso <concursos@camara-vale.example>",
        "Procedimento concursal - lista de admitidos",
        "Exmo.(a) Senhor(a),\n\nInformamos que o candidato Rui Lopes foi excluído do "
        "procedimento concursal por falta do certificado de habilitações. A sua candidatura foi "
        "admitida e a prova escrita realiza-se no dia 15.\n\nO Júri",
        OTHER,
    ),
    (
        "pt-you-excluded-kept",
        "Júri do Concurso <concursos@camara-vale.example>",
        "Procedimento concursal",
        "Exmo.(a) Senhor(a),\n\nInformamos que V. Exa. foi excluído do procedimento concursal "
        "por falta do certificado de habilitações. Agradecemos a sua candidatura.\n\nO Júri",
        REJ,
    ),
    # 10. a next step for those who pass the screening: still a receipt
    (
        "pt-next-step-for-those-passing",
        PT,
        "Candidatura recebida - Repositor",
        "Olá Robin,\n\nRecebemos seu currículo para Repositor. O próximo passo será uma "
        "entrevista com a gestora para os candidatos aprovados na triagem.\n\nRH Grupo Lago",
        CONF,
    ),
    (
        "pt-next-step-interview-kept",
        PT,
        "Sua candidatura - Repositor",
        "Olá Robin,\n\nGostamos do seu currículo. O próximo passo será uma entrevista com a "
        "gestora na quinta às 10h.\n\nRH Grupo Lago",
        INV,
    ),
    # 11. plain refusals the first review's mends silenced
    (
        "pt-others-selected-after-and",
        PT,
        "Sua candidatura - Analista",
        "Olá Robin,\n\nAnalisamos com cuidado todos os currículos e outros candidatos foram "
        "selecionados para a vaga.\n\nRH Grupo Lago",
        REJ,
    ),
    (
        "pt-client-chose-more-years",
        PT,
        "Sua candidatura - Consultor",
        "Olá Robin,\n\nInfelizmente o cliente optou por um profissional com mais de quatro anos "
        "de experiência em Oracle.\n\nRH Grupo Lago",
        REJ,
    ),
    (
        "pt-you-and-others-selected-kept",
        PT,
        "Próxima etapa",
        "Olá Robin,\n\nVocê e outros candidatos foram selecionados para a próxima etapa.\n\n"
        "RH Grupo Lago",
        OTHER,
    ),
    # 12. a receipt naming a condition; a finalist
    (
        "fr-receipt-if-incomplete",
        FR,
        "Accusé de réception - Assistant",
        "Bonjour Robin,\n\nNous avons bien reçu votre candidature au poste d'assistant. Nous ne "
        "pourrons pas retenir votre candidature si le dossier est incomplet.\n\nL'équipe RH",
        CONF,
    ),
    (
        "fr-finalist",
        FR,
        "Votre candidature - Assistant",
        "Bonjour Robin,\n\nNous n'allons pas plus loin avec les autres candidats : vous êtes "
        "notre finaliste ! Seriez-vous disponible mardi à 11h pour un dernier entretien ?\n\n"
        "L'équipe RH",
        INV,
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "kind"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_review10b_kind(sender: str, subject: str, body: str, kind: Kind) -> None:
    assert rules_kind(sender, subject, body) == kind


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        # 8. a refusal that holds only while a document is missing
        (
            FR,
            "Votre candidature - pièces manquantes",
            "Bonjour Robin,\n\nSans votre attestation, il nous est impossible de donner suite à "
            "votre candidature. Merci de nous l'envoyer avant lundi.\n\nL'équipe RH",
        ),
        (
            EN,
            "Your application - documents",
            "Dear Robin,\n\nWe cannot respond favourably to your application until we receive "
            "your proof of address.\n\nPeople Team",
        ),
        (
            EN,
            "Your application - documents",
            "Dear Robin,\n\nWe cannot respond favourably to your application without a copy of "
            "your licence.\n\nPeople Team",
        ),
    ],
)
def test_a_missing_document_is_no_refusal(sender: str, subject: str, body: str) -> None:
    assert rules_kind(sender, subject, body) != REJ


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (
            FR,
            "Bonjour Robin,\n\nIl nous est impossible de donner suite à votre candidature. "
            "Merci pour votre intérêt.\n\nL'équipe RH",
        ),
        (
            EN,
            "Dear Robin,\n\nWe cannot respond favourably to your application at this time. "
            "Thank you for your interest.\n\nPeople Team",
        ),
    ],
)
def test_the_unconditional_refusal_stays(sender: str, body: str) -> None:
    assert rules_kind(sender, "Your application", body) == REJ


def test_joining_the_team_is_no_refusal() -> None:
    body = (
        "Bonjour Robin,\n\nLe processus de recrutement est désormais terminé : vous rejoindrez "
        "l'équipe le 3 avril ! Bienvenue parmi nous.\n\nL'équipe RH"
    )
    assert rules_kind(FR, "Votre candidature - Assistant", body) != REJ
