"""French, Portuguese, Italian and English mail that a review of the tenth round's cue
families wrote against them (issue 11): offers and invitations read as refusals, receipts
read as refusals or invitations, other business (a missing document, a salary talk, the
candidate's own withdrawal) read as refusals, meetings held read as invitations, and
ordinary job words taken for not-job topics.

Each text is written for these tests (names invented, none from the corpus). Kinds are
asserted on the rules alone (``use_model=False``); every family's look-alikes, which must
keep their kind, sit beside it.
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

FR = "Recrutement Maison Ardoise <recrutement@maison-ardoise.example>"
PT = "Recrutamento Serra Azul <recrutamento@serra-azul.example>"
IT = "Selezione Gruppo Faro <selezione@gruppofaro.example>"
EN = "Talent Team Quillmore <careers@quillmore.example>"
PERSON_FR = "Nadia Roux <nadia.roux@maison-ardoise.example>"
PERSON_PT = "Renata Alves <renata.alves@serra-azul.example>"
PERSON_IT = "Paola Greco <paola.greco@gruppofaro.example>"

CASES = [
    # 1. an offer after a finished process is no refusal
    (
        "fr-offer-after-finalised",
        PERSON_FR,
        "Proposition - Comptable",
        "Bonjour Robin,\n\nNous avons finalisé le processus de recrutement et sommes heureux de "
        "vous proposer le poste de comptable à partir du 2 mai.\n\nNadia",
        OTHER,
        False,
    ),
    (
        "fr-finalised-refusal-kept",
        FR,
        "Votre candidature - Comptable",
        "Bonjour Robin,\n\nNous avons finalisé le processus de recrutement pour ce poste.\n\n"
        "L'équipe RH",
        REJ,
        False,
    ),
    # 2. invitations read as refusals
    (
        "fr-preselection-over-invitation",
        FR,
        "Votre candidature - Gestionnaire paie",
        "Bonjour Robin,\n\nLa phase de présélection du processus de recrutement est maintenant "
        "terminée et nous avons le plaisir de vous inviter à un entretien le mardi 4 mai à 9h30."
        "\n\nL'équipe RH",
        INV,
        False,
    ),
    (
        "fr-process-over-refusal-kept",
        FR,
        "Votre candidature - Gestionnaire paie",
        "Bonjour Robin,\n\nLe processus de recrutement est maintenant terminé. Nous vous "
        "souhaitons bonne continuation.\n\nL'équipe RH",
        REJ,
        False,
    ),
    (
        "pt-screening-done-invitation",
        PT,
        "Processo seletivo - Assistente Financeiro",
        "Olá Robin,\n\nConcluímos o processo de triagem dos currículos e gostaríamos de "
        "convidá-lo para uma entrevista na quarta-feira às 15h.\n\nEquipe Serra Azul",
        INV,
        False,
    ),
    (
        "pt-process-closed-refusal-kept",
        PT,
        "Processo seletivo - Assistente Financeiro",
        "Olá Robin,\n\nConcluímos o processo seletivo para esta vaga e agradecemos a sua "
        "participação.\n\nEquipe Serra Azul",
        REJ,
        False,
    ),
    (
        "pt-you-and-others-selected",
        PT,
        "Próxima etapa: dinâmica",
        "Olá Robin,\n\nParabéns! Você e outros candidatos foram selecionados para a próxima "
        "etapa do processo seletivo de Estágio 2027: uma dinâmica de grupo no dia 9/04, às 14h."
        "\n\nEquipe Serra Azul",
        INV,
        False,
    ),
    (
        "pt-others-selected-refusal-kept",
        PT,
        "Processo seletivo - Estágio",
        "Olá Robin,\n\nInformamos que outros candidatos foram selecionados para esta vaga."
        "\n\nEquipe Serra Azul",
        REJ,
        False,
    ),
    (
        "pt-you-are-one-of-them",
        PT,
        "Convite - Analista de Compras",
        "Olá Robin,\n\nEntre os inscritos, escolhemos candidatos com vivência em compras "
        "industriais — e você é um deles!\n\nGostaríamos de agendar uma entrevista na sexta às "
        "11h. Pode ser?\n\nEquipe Serra Azul",
        INV,
        False,
    ),
    (
        "pt-chose-others-refusal-kept",
        PT,
        "Processo seletivo - Analista de Compras",
        "Olá Robin,\n\nEscolhemos candidatos com mais vivência em compras industriais."
        "\n\nEquipe Serra Azul",
        REJ,
        False,
    ),
    (
        "fr-refused-one-post-invited-to-another",
        FR,
        "Entretien - Agent de maintenance",
        "Bonjour Robin,\n\nPour le poste d'agent de nuit, nous avons déjà recruté un candidat. "
        "En revanche, votre profil nous intéresse pour le poste d'agent de jour : seriez-vous "
        "disponible mardi à 10h pour un entretien ?\n\nL'équipe RH",
        INV,
        False,
    ),
    (
        "pt-refused-one-post-invited-to-another",
        PT,
        "Entrevista - Analista",
        "Olá Robin,\n\nPara a vaga de Analista de Crédito, outro candidato foi selecionado. No "
        "entanto, gostamos do seu perfil e gostaríamos de convidá-lo para uma entrevista para "
        "a vaga de Analista de Cobrança, na terça às 16h.\n\nEquipe Serra Azul",
        INV,
        False,
    ),
    (
        "fr-refused-one-post-alone",
        FR,
        "Votre candidature - Agent de maintenance",
        "Bonjour Robin,\n\nPour le poste d'agent de nuit, nous avons déjà recruté un candidat."
        "\n\nL'équipe RH",
        REJ,
        False,
    ),
    # 5. receipts read as refusals
    (
        "pt-closed-to-new-applications",
        PT,
        "Sua candidatura - Vendedor",
        "Olá Robin,\n\nRecebemos o seu currículo para a vaga de Vendedor.\n\nFechamos a vaga para "
        "novas inscrições ontem e agora começamos a análise dos currículos.\n\nEquipe Serra Azul",
        CONF,
        False,
    ),
    (
        "pt-closed-the-post-refusal-kept",
        PT,
        "Sua candidatura - Vendedor",
        "Olá Robin,\n\nJá fechamos essa vaga.\n\nEquipe Serra Azul",
        REJ,
        False,
    ),
    (
        "pt-tell-us-if-you-stop",
        PT,
        "Candidatura recebida - Auxiliar de Cozinha",
        "Olá Robin,\n\nRecebemos sua candidatura para Auxiliar de Cozinha.\n\nPedimos que nos "
        "avise se não vai seguir com a sua candidatura.\n\nEquipe Serra Azul",
        CONF,
        False,
    ),
    (
        "pt-employer-will-not-go-on-kept",
        PT,
        "Sua candidatura - Auxiliar de Cozinha",
        "Olá Robin,\n\nA Serra Azul não vai seguir com a sua candidatura.\n\nEquipe Serra Azul",
        REJ,
        False,
    ),
    (
        "fr-board-simplified-application",
        "JobEtoile <candidatures@jobetoile.example>",
        "Votre candidature a bien été envoyée",
        "Bonjour Robin,\n\nVous avez opté pour une candidature simplifiée : votre CV a bien été "
        "envoyé à l'entreprise Fromagerie Vidal pour le poste de Vendeur.\n\nBonne chance !",
        CONF,
        False,
    ),
    (
        "fr-opted-for-a-candidate-kept",
        FR,
        "Votre candidature - Vendeur",
        "Bonjour Robin,\n\nNous avons opté pour un candidat plus expérimenté.\n\nL'équipe RH",
        REJ,
        False,
    ),
    # 6. other business read as refusals
    (
        "fr-salary-ceiling",
        PERSON_FR,
        "Re: Proposition de poste",
        "Bonjour Robin,\n\nConcernant la rémunération, nous n'irons pas plus loin que 45 000 € "
        "bruts annuels, mais nous pouvons ajouter une prime.\n\nNadia",
        OTHER,
        True,
    ),
    (
        "fr-no-further-kept",
        FR,
        "Votre candidature - Technicien",
        "Bonjour Robin,\n\nNous n'irons pas plus loin dans le processus avec vous.\n\nL'équipe RH",
        REJ,
        False,
    ),
    (
        "fr-candidate-chose-to-stop",
        FR,
        "Votre candidature - Menuisier",
        "Bonjour Robin,\n\nNous avons bien noté votre message : vous avez choisi de ne pas "
        "poursuivre le processus. Nous respectons votre décision.\n\nL'équipe RH",
        OTHER,
        False,
    ),
    (
        "fr-employer-chose-to-stop-kept",
        FR,
        "Votre candidature - Menuisier",
        "Bonjour Robin,\n\nNous avons choisi de ne pas poursuivre avec votre candidature."
        "\n\nL'équipe RH",
        REJ,
        False,
    ),
    (
        "pt-candidate-took-another-offer",
        PT,
        "Seu processo seletivo",
        "Olá Robin,\n\nRecebemos sua mensagem informando que você aceitou outra proposta e que "
        "não vai seguir com a sua candidatura. Obrigado por avisar!\n\nEquipe Serra Azul",
        OTHER,
        False,
    ),
    # 7. a headhunter's search and a job alert
    (
        "pt-headhunter-search",
        "Lívia Matos <livia.matos@talentohunt.example>",
        "Oportunidade - Gerente de Dados",
        "Olá Robin,\n\nSou headhunter na Talento Hunt. Para um cliente do varejo procuramos um "
        "profissional mais sênior para liderar o time de dados, e o seu perfil chamou a minha "
        "atenção.\n\nTem interesse em saber mais sobre a vaga?\n\nLívia",
        OTHER,
        False,
    ),
    (
        "pt-looking-for-more-senior-kept",
        PT,
        "Sua candidatura - Analista de Dados",
        "Olá Robin,\n\nAgradecemos o interesse na vaga, mas neste momento procuramos um "
        "profissional mais sênior.\n\nEquipe Serra Azul",
        REJ,
        False,
    ),
    # 9. receipts read as invitations
    (
        "fr-quebec-only-those-called",
        "Emplois Ville de Granby <emplois@ville-granby.example>",
        "Accusé de réception - Préposé",
        "Bonjour,\n\nNous confirmons la réception de votre candidature au poste de préposé. "
        "Veuillez noter que nous communiquerons uniquement avec les personnes convoquées en "
        "entrevue.\n\nService des ressources humaines",
        CONF,
        False,
    ),
    (
        "fr-quebec-called-kept",
        FR,
        "Entrevue - Préposé",
        "Bonjour Robin,\n\nVous êtes convoqué en entrevue le jeudi 6 mai à 10h à nos bureaux."
        "\n\nL'équipe RH",
        INV,
        False,
    ),
    (
        "fr-glad-to-talk-if-profile-fits",
        FR,
        "Votre candidature - Chef de projet",
        "Bonjour Robin,\n\nMerci pour votre candidature au poste de Chef de projet. Nous "
        "étudions votre candidature et serions ravis d'échanger avec vous si votre profil "
        "correspond à nos attentes.\n\nL'équipe RH",
        CONF,
        False,
    ),
    (
        "fr-glad-to-talk-kept",
        FR,
        "Votre candidature - Chef de projet",
        "Bonjour Robin,\n\nNous serions ravis d'échanger avec vous cette semaine.\n\nL'équipe RH",
        INV,
        False,
    ),
    (
        "fr-call-for-applications",
        FR,
        "Accusé de réception - Chargé de mission",
        "Bonjour,\n\nNous souhaitons vous remercier d'avoir répondu à notre appel à candidatures "
        "pour le poste de chargé de mission. Votre dossier sera examiné par notre équipe."
        "\n\nL'équipe RH",
        CONF,
        False,
    ),
    (
        "fr-wish-a-call-kept",
        FR,
        "Votre candidature - Chargé de mission",
        "Bonjour Robin,\n\nNous souhaitons planifier un appel avec vous jeudi à 14h.\n\n"
        "L'équipe RH",
        INV,
        False,
    ),
    (
        "fr-see-you-on-social-media",
        FR,
        "Candidature reçue - Analyste",
        "Bonjour Robin,\n\nVotre candidature au poste d'Analyste a bien été reçue. En attendant, "
        "nous vous donnons rendez-vous sur nos réseaux sociaux.\n\nL'équipe RH",
        CONF,
        False,
    ),
    (
        "fr-see-you-on-date-kept",
        FR,
        "Votre candidature - Analyste",
        "Bonjour Robin,\n\nNous vous donnons rendez-vous le mardi 11 mai à 9h dans nos locaux."
        "\n\nL'équipe RH",
        INV,
        False,
    ),
    (
        "fr-next-step-for-shortlisted",
        FR,
        "Votre candidature - Comptable",
        "Bonjour Robin,\n\nNous avons bien reçu votre candidature. La prochaine étape est un "
        "entretien téléphonique avec notre chargée de recrutement pour les profils "
        "présélectionnés.\n\nL'équipe RH",
        CONF,
        False,
    ),
    (
        "fr-next-step-kept",
        FR,
        "Votre candidature - Comptable",
        "Bonjour Robin,\n\nLa prochaine étape est un entretien avec le manager, jeudi à 10h."
        "\n\nL'équipe RH",
        INV,
        False,
    ),
    (
        "pt-call-only-the-selected",
        PT,
        "Recebemos sua candidatura",
        "Olá Robin,\n\nRecebemos sua candidatura para Atendente.\n\nNossa equipe irá realizar "
        "contato telefônico apenas com os candidatos selecionados para a próxima etapa.\n\n"
        "Equipe Serra Azul",
        CONF,
        False,
    ),
    (
        "pt-call-kept",
        PT,
        "Sua candidatura - Atendente",
        "Olá Robin,\n\nGostaríamos de realizar um contato telefônico com você amanhã às 10h."
        "\n\nEquipe Serra Azul",
        INV,
        False,
    ),
    (
        "it-talk-by-mail",
        IT,
        "Candidatura ricevuta - Addetto vendite",
        "Ciao Robin,\n\ngrazie per la tua candidatura, l'abbiamo ricevuta. Per qualsiasi "
        "domanda possiamo sentirci via e-mail.\n\nTeam Selezione",
        CONF,
        False,
    ),
    (
        "it-talk-kept",
        IT,
        "Candidatura - Addetto vendite",
        "Ciao Robin,\n\npossiamo sentirci domani alle 10 per un primo colloquio?\n\nTeam Selezione",
        INV,
        False,
    ),
    (
        "it-chat-at-career-day",
        IT,
        "Candidatura ricevuta",
        "Ciao Robin,\n\nabbiamo ricevuto la tua candidatura. Nel frattempo, ti andrebbe di fare "
        "una chiacchierata con i nostri ambassador durante il Career Day?\n\nTeam Selezione",
        CONF,
        False,
    ),
    (
        "it-chat-kept",
        IT,
        "Candidatura - Addetto vendite",
        "Ciao Robin,\n\nti andrebbe di fare una chiacchierata telefonica con la responsabile "
        "giovedì?\n\nTeam Selezione",
        INV,
        False,
    ),
    # 10. a meeting held, then a call to give the decision
    (
        "pt-thanks-for-the-interview",
        PERSON_PT,
        "Retorno da entrevista",
        "Olá Robin,\n\nObrigada por participar da entrevista ontem com o nosso gestor. Vamos te "
        "ligar amanhã às 10h para dar o retorno.\n\nRenata",
        OTHER,
        False,
    ),
    (
        "pt-invited-to-take-part-kept",
        PT,
        "Entrevista - Analista",
        "Olá Robin,\n\nGostaríamos de convidá-lo a participar da entrevista na quinta às 10h."
        "\n\nEquipe Serra Azul",
        INV,
        False,
    ),
    (
        "fr-call-to-give-the-decision",
        PERSON_FR,
        "Suite à notre entretien",
        "Bonjour Robin,\n\nMerci encore pour notre entretien de mardi. Je vous appellerai demain "
        "à 11h pour vous faire part de notre décision.\n\nNadia",
        OTHER,
        False,
    ),
    (
        "fr-call-tomorrow-kept",
        PERSON_FR,
        "Votre candidature",
        "Bonjour Robin,\n\nJe vous appellerai demain à 11h pour un premier échange sur le poste."
        "\n\nNadia",
        INV,
        False,
    ),
    (
        "it-talk-to-give-feedback",
        PERSON_IT,
        "Colloquio di ieri",
        "Ciao Robin,\n\ngrazie per il colloquio di ieri! Possiamo sentirci venerdì per darti un "
        "riscontro?\n\nPaola",
        OTHER,
        False,
    ),
    # 11. the candidate's own question, quoted below the reply
    (
        "fr-quoted-request",
        PERSON_FR,
        "Re: Candidature - Gestionnaire",
        "Bonjour Robin,\n\nMerci pour votre message, votre dossier est toujours à l'étude.\n\n"
        "Nadia\n\nLe mer. 2 déc. 2026, Robin a écrit :\n> Bonjour, auriez-vous un moment cette "
        "semaine pour un appel au sujet de ma candidature ?",
        OTHER,
        True,
    ),
    (
        "fr-own-request-kept",
        PERSON_FR,
        "Re: Candidature - Gestionnaire",
        "Bonjour Robin,\n\nAuriez-vous un moment jeudi pour un appel au sujet du poste ?\n\n"
        "Nadia\n\nLe mer. 2 déc. 2026, Robin a écrit :\n> Bonjour, où en est ma candidature ?",
        INV,
        True,
    ),
    (
        "pt-quoted-request",
        PERSON_PT,
        "Re: Vaga de Assistente",
        "Olá Robin,\n\nObrigada pelo contato. A vaga ainda está em análise.\n\nRenata\n\nEm qua., "
        "2 de dez. de 2026, Robin escreveu:\n> Olá Renata, podemos conversar amanhã às 10h sobre "
        "a vaga?",
        OTHER,
        True,
    ),
    # 12. other false invitations
    (
        "en-test-then-interview-for-those-who-pass",
        EN,
        "Your application - Data Analyst",
        "Hi Robin,\n\nWe've moved you to the next stage: an online numerical assessment, followed "
        "by an interview with the hiring manager for those who pass.\n\nQuillmore Talent Team",
        OTHER,
        False,
    ),
    (
        "en-next-stage-interview-kept",
        EN,
        "Your application - Data Analyst",
        "Hi Robin,\n\nWe've moved you to the next stage, which is an interview with the hiring "
        "manager.\n\nQuillmore Talent Team",
        INV,
        False,
    ),
    (
        "fr-linkedin-live",
        "Carrières Banque Ormeau <carrieres@banque-ormeau.example>",
        "Vos rendez-vous carrières",
        "Bonjour Robin,\n\nCe mois-ci, nous vous proposons d'échanger avec nos recruteurs en "
        "direct sur LinkedIn Live, jeudi à 18h. Découvrez nos offres d'alternance.\n\n"
        "L'équipe Marque employeur",
        OTHER,
        False,
    ),
    (
        "pt-come-to-hand-in-documents",
        PT,
        "Admissão - documentos",
        "Olá Robin,\n\nParabéns pela aprovação! Pode comparecer amanhã às 9h no RH para entregar "
        "os documentos admissionais?\n\nTraga RG, CPF e carteira de trabalho.\n\nEquipe Serra Azul",
        OTHER,
        False,
    ),
    (
        "pt-come-for-interview-kept",
        PT,
        "Sua candidatura - Operador",
        "Olá Robin,\n\nPode comparecer amanhã às 9h para a entrevista?\n\nEquipe Serra Azul",
        INV,
        False,
    ),
    # 4. a refusal to a student is still a refusal
    (
        "pt-internship-this-edition",
        "Lopes Advogados <contato@lopesadv.example>",
        "Sua candidatura ao estágio",
        "Olá Robin,\n\nAgradecemos o seu interesse e desejamos sucesso no seu curso de Direito. "
        "Infelizmente, a sua candidatura não foi selecionada nesta edição.\n\nLopes Advogados",
        REJ,
        False,
    ),
    # 14. the interview step named
    (
        "pt-step-3-interview",
        "Gupy <noreply@gupy.example>",
        "Atualização sobre sua candidatura",
        "Olá Robin,\n\nSua candidatura para Analista de RH na Empresa Beta avançou para a etapa "
        "3: Entrevista com a gestora.\n\nEm breve a recrutadora entrará em contato.",
        INV,
        False,
    ),
    (
        "pt-step-3-test-kept",
        "Gupy <noreply@gupy.example>",
        "Atualização sobre sua candidatura",
        "Olá Robin,\n\nSua candidatura para Analista de RH na Empresa Beta avançou para a etapa "
        "3: Teste online.\n\nEm breve você receberá o link.",
        OTHER,
        False,
    ),
    (
        "fr-step-interview",
        FR,
        "Votre candidature - Conseiller",
        "Bonjour Robin,\n\nVotre candidature est passée à l'étape « Entretien RH ». Notre "
        "chargée de recrutement vous contactera prochainement.\n\nL'équipe RH",
        INV,
        False,
    ),
    (
        "fr-step-study-kept",
        FR,
        "Votre candidature - Conseiller",
        "Bonjour Robin,\n\nVotre candidature est passée à l'étape « Étude approfondie »."
        "\n\nL'équipe RH",
        OTHER,
        False,
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "kind", "reply"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_review10_kind(sender: str, subject: str, body: str, kind: Kind, reply: bool) -> None:
    assert rules_kind(sender, subject, body, reply=reply) == kind


@pytest.mark.parametrize(
    "body",
    [
        # a document missing: the application set aside only if it stays missing
        "Il manque la copie de votre permis C. Merci de nous la transmettre avant le 12 mai, "
        "faute de quoi nous devrons écarter votre candidature.",
        "Nous ne pouvons pas poursuivre avec votre candidature en l'absence de votre numéro "
        "RPPS. Merci de le déposer sur votre espace candidat.",
    ],
)
def test_a_missing_document_is_no_refusal(body: str) -> None:
    kind = rules_kind(
        FR, "Votre dossier de candidature", f"Bonjour Robin,\n\n{body}\n\nL'équipe RH"
    )
    assert kind != REJ


def test_a_job_centre_appointment_is_no_invitation() -> None:
    body = (
        "Bonjour Robin,\n\nPour faire le point sur votre recherche d'emploi, vous pouvez "
        "prendre rendez-vous avec votre conseiller directement depuis l'agenda de votre espace."
    )
    assert (
        rules_kind(
            "Agence Emploi <ne-pas-repondre@agence-emploi.example>", "Votre accompagnement", body
        )
        != INV
    )
