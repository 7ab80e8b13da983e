"""French and Portuguese job mail: each kind in the wording of French, Brazilian and
European Portuguese employers and ATS portals, status notices (other_job), and the
look-alikes that are not job mail (a "candidature / candidatura / inscrição" sent to a
course, a grant, an entrance exam, a fair, a loan or a volunteering programme).
Every text is written for these tests (none from the corpus).

Kinds are asserted on the rules alone (``use_model=False``), as in
tests/test_classify_languages.py.
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.nofollowup import find_no_follow_up
from assistant.core.parse import parse
from assistant.core.screen import screen

C, R, I, A, O, N = (  # noqa: E741
    Kind.APPLICATION_CONFIRMATION,
    Kind.REJECTION,
    Kind.INTERVIEW_INVITATION,
    Kind.AUTO_REPLY,
    Kind.OTHER_JOB,
    Kind.NOT_JOB,
)


def _mail(sender: str, subject: str, body: str, extra: str = "") -> bytes:
    return f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n{extra}\n{body}\n".encode()


MAILS = [
    # ---------------- Portuguese (Brazil), ATS style
    (
        C,
        "Vagas Pinhal <naoresponda@pinhal-vagas.example>",
        "Candidatura realizada com sucesso",
        "Olá, Robin!\n\nSua inscrição na vaga Analista Financeiro foi concluída. Agora é só "
        "acompanhar "
        "as próximas etapas do processo pela sua área do candidato.\n\nBoa sorte!\nTime de Gente "
        "e Gestão",
    ),
    (
        C,
        "Talentos Cerrado <talentos@cerrado.example>",
        "Recebemos o seu currículo",
        "Oi Robin, tudo bem?\n\nSeu currículo chegou até nós e já está com o time de recrutamento. "
        "Assim que houver novidades sobre a vaga, avisaremos por aqui.\n\nAbraços,\nEquipe Cerrado",
    ),
    (
        C,
        "RH Ipê <rh@ipe.example>",
        "Você se inscreveu na vaga de Auxiliar Administrativo",
        "Olá Robin, você se inscreveu na vaga de Auxiliar Administrativo. Seu perfil será "
        "analisado "
        "pela nossa equipe de recrutamento e seleção.",
    ),
    (
        R,
        "Vagas Pinhal <naoresponda@pinhal-vagas.example>",
        "Atualização sobre sua candidatura",
        "Olá, Robin.\n\nAgradecemos sua participação no processo seletivo para a vaga de Analista "
        "Financeiro. Após análise cuidadosa, não daremos andamento à sua candidatura neste "
        "momento. "
        "Seu currículo continuará em nossa base para futuras oportunidades.",
    ),
    (
        R,
        "Talentos Cerrado <talentos@cerrado.example>",
        "Processo seletivo Cerrado",
        "Oi Robin! Queremos agradecer seu interesse. Informamos que o processo seletivo para a "
        "vaga "
        "de Designer foi finalizado e você não foi aprovado nesta etapa.",
    ),
    (
        R,
        "RH Ipê <rh@ipe.example>",
        "Retorno do processo seletivo",
        "Prezado Robin, seu perfil não se encaixa no que buscamos para esta posição no momento. "
        "Desejamos sucesso na sua jornada profissional.",
    ),
    (
        R,
        "RH Ipê <rh@ipe.example>",
        "Sua candidatura",
        "Olá Robin, a vaga para a qual você se candidatou foi congelada e o processo seletivo foi "
        "encerrado. Agradecemos o seu interesse.",
    ),
    (
        R,
        "RH Ipê <rh@ipe.example>",
        "Processo seletivo",
        "Olá Robin, infelizmente optamos por encerrar a sua participação no processo seletivo.",
    ),
    (
        I,
        "Marina Lopes <marina.lopes@ipe.example>",
        "Convite para entrevista",
        "Olá Robin, tudo bem? Gostei muito do seu perfil e queria te chamar para uma conversa por "
        "vídeo na próxima semana. Qual o melhor horário para você?",
    ),
    (
        I,
        "Vagas Pinhal <naoresponda@pinhal-vagas.example>",
        "Você avançou no processo!",
        "Parabéns, Robin! Você foi selecionado para a etapa de entrevista com o gestor da vaga. "
        "Confirme sua presença pelo link abaixo.",
    ),
    (
        O,
        "Vagas Pinhal <naoresponda@pinhal-vagas.example>",
        "Atualização da sua candidatura",
        "Olá Robin, o status da sua candidatura para Analista Financeiro mudou para: Em análise "
        "pelo "
        "recrutador. Acompanhe pela sua área do candidato.",
    ),
    (
        O,
        "Carreiras Rio <carreiras@rio-energia.example>",
        "Sua candidatura foi aprovada",
        "Boa notícia! Sua candidatura para Eletricista foi aprovada nesta fase. Nossa equipe de RH "
        "entrará em contato em breve com os próximos passos.",
    ),
    (
        O,
        "Vagas Pinhal <naoresponda@pinhal-vagas.example>",
        "Teste online - Analista Financeiro",
        "Olá Robin, a próxima etapa do processo seletivo da vaga é um teste online de raciocínio "
        "lógico. "
        "Você tem até sexta-feira para concluir o teste.",
    ),
    (
        O,
        "Vagas Pinhal <alertas@pinhal-vagas.example>",
        "Novas vagas para você",
        "Olá Robin, encontramos novas vagas que combinam com o seu perfil: Analista de Dados, "
        "Assistente Administrativo. Candidate-se já!",
    ),
    (
        O,
        "RH Ipê <rh@ipe.example>",
        "Proposta de trabalho",
        "Olá Robin, temos o prazer de lhe apresentar a nossa proposta de trabalho para o cargo de "
        "Técnico de Manutenção. Segue em anexo a carta com salário e benefícios.",
    ),
    # ---------------- Portuguese (Portugal)
    (
        C,
        "Recrutamento <recrutamento@pinhal.example>",
        "Candidatura",
        "Caro Robin,\n\nAgradecemos o envio da sua candidatura à função de Técnico de "
        "Contabilidade. "
        "A mesma será analisada com a devida atenção e entraremos em contacto caso o seu perfil "
        "corresponda ao pretendido.\n\nCom os melhores cumprimentos,\nRecursos Humanos",
    ),
    (
        R,
        "Recrutamento <recrutamento@pinhal.example>",
        "Candidatura - Técnico de Contabilidade",
        "Caro Robin,\n\nApós análise da sua candidatura, lamentamos informar que não foi "
        "seleccionado "
        "para a fase seguinte do processo de recrutamento.\n\nCom os melhores cumprimentos",
    ),
    (
        I,
        "Recrutamento <recrutamento@pinhal.example>",
        "Entrevista",
        "Caro Robin, na sequência da sua candidatura, gostaríamos de o convidar para uma "
        "entrevista "
        "presencial nas nossas instalações no dia 12, às 10h. Agradecemos que confirme a sua "
        "disponibilidade.",
    ),
    (
        A,
        "Rita Sousa <rita.sousa@pinhal.example>",
        "Resposta automática: Candidatura",
        "Olá, encontro-me ausente até dia 20 com acesso limitado ao email. Responderei à sua "
        "mensagem logo que possível.",
        "Auto-Submitted: auto-replied\n",
    ),
    # ---------------- Portuguese hard negatives (not job)
    (
        N,
        "Secretaria <secretaria@escola-aurora.example>",
        "Candidatura recebida - Curso de Fotografia",
        "Olá Robin, recebemos a sua candidatura ao curso de Fotografia Digital. As aulas começam "
        "em "
        "março e as vagas são limitadas; a lista de selecionados será publicada no site da escola.",
    ),
    (
        N,
        "Bolsas <bolsas@fundacao-horizonte.example>",
        "Sua candidatura à bolsa de estudos",
        "Prezado Robin, confirmamos o recebimento da sua candidatura ao programa de bolsas de "
        "estudo "
        "2026. O resultado do processo seletivo será divulgado conforme o edital.",
    ),
    (
        N,
        "Vestibular <vestibular@univ-aurora.example>",
        "Inscrição confirmada - Vestibular 2027",
        "Olá Robin, sua inscrição no vestibular foi confirmada. Consulte o edital para o local da "
        "prova e a data da matrícula.",
    ),
    (
        N,
        "Eventos <eventos@feira-livro.example>",
        "Candidatura de expositor recebida",
        "Olá Robin, recebemos a sua candidatura para participar como expositor na Feira do Livro. "
        "A organização irá analisar o pedido e enviará o contrato do stand.",
    ),
    (
        N,
        "Crédito <credito@banco-serra.example>",
        "Pedido de crédito em análise",
        "Olá Robin, a sua proposta de crédito pessoal foi recebida e está em análise. A taxa de "
        "juro "
        "e o valor das prestações serão comunicados após aprovação.",
    ),
    (
        N,
        "Voluntariado <voluntariado@ong-mar.example>",
        "Recebemos a sua candidatura",
        "Olá Robin! Obrigado pela sua candidatura ao nosso programa de voluntariado de verão. "
        "Em breve entraremos em contacto com as próximas etapas.",
    ),
    (
        N,
        "Mestrado <posgrad@univ-aurora.example>",
        "Candidatura ao mestrado",
        "Caro Robin, a sua candidatura ao Mestrado em Engenharia foi submetida com sucesso. Os "
        "resultados da seriação serão publicados após o prazo de candidaturas.",
    ),
    # ---------------- French
    (
        C,
        "Recrutement Verdier <recrutement@verdier.example>",
        "Accusé de réception",
        "Bonjour Robin,\n\nNous accusons réception de votre candidature au poste de comptable et "
        "vous "
        "en remercions. Notre équipe l'étudiera avec attention.\n\nCordialement,\nService RH",
    ),
    (
        C,
        "Talents <talents@lumen.example>",
        "Votre candidature",
        "Bonjour Robin, votre candidature pour le poste de Chef de projet nous est bien parvenue. "
        "Nous revenons vers vous dès que possible.",
    ),
    (
        R,
        "Recrutement Verdier <recrutement@verdier.example>",
        "Votre candidature",
        "Bonjour Robin,\n\nNous vous remercions de l'intérêt que vous portez à notre entreprise. "
        "Après étude attentive, nous sommes au regret de ne pouvoir donner une suite favorable à "
        "votre candidature.\n\nNous vous souhaitons pleine réussite dans vos recherches.",
    ),
    (
        R,
        "Talents <talents@lumen.example>",
        "Suite à votre candidature",
        "Bonjour Robin, votre profil a retenu toute notre attention, cependant nous avons choisi "
        "de "
        "poursuivre le processus avec des candidats dont l'expérience correspond davantage au "
        "poste.",
    ),
    (
        R,
        "Talents <talents@lumen.example>",
        "Votre candidature",
        "Bonjour Robin, nous ne sommes malheureusement pas en mesure de retenir votre candidature "
        "pour ce poste.",
    ),
    (
        R,
        "Talents <talents@lumen.example>",
        "Poste de chef de projet",
        "Bonjour Robin, nous vous informons que le recrutement pour ce poste a été clôturé. "
        "Votre candidature ne pourra donc pas être retenue.",
    ),
    (
        I,
        "Claire Dumas <claire.dumas@lumen.example>",
        "Proposition d'entretien",
        "Bonjour Robin, votre parcours nous intéresse et nous aimerions échanger avec vous. "
        "Pourriez-vous "
        "me faire part de vos disponibilités la semaine prochaine pour un entretien en visio ?",
    ),
    (
        I,
        "Recrutement Verdier <recrutement@verdier.example>",
        "Convocation",
        "Bonjour Robin, nous avons le plaisir de vous convier à un entretien le mardi 12 mars à "
        "14h "
        "dans nos locaux. Merci de nous confirmer votre présence.",
    ),
    (
        I,
        "Talents <talents@lumen.example>",
        "Prochaine étape",
        "Bonjour Robin, suite à l'examen de votre candidature, nous souhaitons vous rencontrer. "
        "Réservez un créneau pour un premier entretien téléphonique via le lien ci-dessous.",
    ),
    (
        O,
        "Talents <talents@lumen.example>",
        "Mise à jour de votre candidature",
        "Bonjour Robin, le statut de votre candidature pour le poste de Chef de projet a changé : "
        "en cours d'examen par le responsable du recrutement.",
    ),
    (
        O,
        "Talents <talents@lumen.example>",
        "Votre candidature est en cours d'étude",
        "Bonjour Robin, bonne nouvelle : votre candidature est actuellement en cours d'étude par "
        "nos "
        "équipes. Vous recevrez une réponse prochainement.",
    ),
    (
        O,
        "Emplois <alertes@emplois-nord.example>",
        "Nouvelles offres d'emploi",
        "Bonjour Robin, 5 nouvelles annonces correspondent à votre alerte « électricien Lille ». "
        "Consultez-les dans votre espace candidat.",
    ),
    (
        O,
        "Talents <talents@lumen.example>",
        "Rejoignez notre vivier",
        "Bonjour Robin, bienvenue dans notre communauté de talents ! Vous serez informé en "
        "priorité "
        "des offres qui correspondent à votre profil.",
    ),
    (
        O,
        "Recrutement Verdier <recrutement@verdier.example>",
        "Proposition d'embauche",
        "Bonjour Robin, nous avons le plaisir de vous proposer le poste de comptable en CDI. Vous "
        "trouverez ci-joint notre proposition de contrat.",
    ),
    (
        O,
        "Recrutement Verdier <recrutement@verdier.example>",
        "Re: Retrait de ma candidature",
        "Bonjour Robin, nous prenons note de votre décision de retirer votre candidature et vous "
        "remercions de nous avoir prévenus.",
    ),
    (
        A,
        "Claire Dumas <claire.dumas@lumen.example>",
        "Réponse automatique : Candidature",
        "Bonjour, je suis en congés jusqu'au 15 août inclus. Pour toute urgence, merci de "
        "contacter "
        "rh@lumen.example.",
        "Auto-Submitted: auto-replied\n",
    ),
    # ---------------- French hard negatives
    (
        N,
        "Formation <formation@institut-arc.example>",
        "Votre candidature à la formation",
        "Bonjour Robin, nous avons bien reçu votre candidature à la formation « Gestion de projet "
        "». "
        "Le jury d'admission se réunira en juin ; les places sont limitées.",
    ),
    (
        N,
        "Bourses <bourses@fondation-lys.example>",
        "Candidature reçue",
        "Bonjour Robin, votre dossier de candidature à la bourse d'études a bien été reçu. Les "
        "résultats seront publiés après la délibération du comité.",
    ),
    (
        N,
        "Concours <concours@ecole-arts.example>",
        "Inscription au concours",
        "Bonjour Robin, votre inscription au concours d'entrée est confirmée. Les épreuves écrites "
        "auront lieu le 3 avril ; votre convocation suivra.",
    ),
    (
        N,
        "Salon <exposants@salon-vins.example>",
        "Candidature exposant",
        "Bonjour Robin, nous avons bien reçu votre candidature pour exposer au salon. Le comité de "
        "sélection vous répondra sous quinze jours.",
    ),
    (
        N,
        "Crédit <credit@banque-sud.example>",
        "Votre demande de prêt",
        "Bonjour Robin, votre demande de prêt immobilier a bien été reçue et sera étudiée par "
        "notre conseiller. Le taux et les mensualités vous seront communiqués.",
    ),
    (
        N,
        "Association <benevoles@asso-phare.example>",
        "Merci pour votre candidature",
        "Bonjour Robin, merci pour votre candidature de bénévole ! Nous reviendrons vers vous pour "
        "la prochaine mission.",
    ),
    (
        N,
        "Appel à projets <projets@region-est.example>",
        "Dépôt de votre dossier",
        "Bonjour Robin, votre dossier de candidature à l'appel à projets a bien été déposé. "
        "La commission rendra sa décision en septembre.",
    ),
    (
        R,
        "Talents <talents@lumen.example>",
        "Votre candidature",
        "Bonjour Robin, après examen de votre dossier, nous avons décidé de ne pas poursuivre "
        "avec votre candidature pour ce poste.",
    ),
    (
        R,
        "Talents <talents@lumen.example>",
        "Candidature déclinée",
        "Bonjour Robin, nous avons reçu de nombreuses réponses et avons retenu d'autres "
        "candidats dont l'expérience est plus proche du poste.",
    ),
    (
        R,
        "RH Ipê <rh@ipe.example>",
        "Retorno da vaga",
        "Olá Robin, agradecemos o interesse. No momento não temos uma vaga compatível com o seu "
        "perfil, mas manteremos o seu currículo.",
    ),
    (
        R,
        "Recrutamento <recrutamento@pinhal.example>",
        "Candidatura",
        "Caro Robin, a escolha recaiu sobre outros candidatos cujo percurso se aproxima mais "
        "das necessidades da função.",
    ),
    (
        I,
        "Talents <talents@lumen.example>",
        "Entretien",
        "Bonjour Robin, vous êtes convié à un entretien avec la responsable du service. "
        "L'entretien aura lieu jeudi à 10h dans nos bureaux.",
    ),
    (
        I,
        "RH Ipê <rh@ipe.example>",
        "Próxima etapa",
        "Olá Robin, pedimos que compareça à entrevista com a gestora na quarta-feira, às 9h, "
        "na nossa sede. Traga um documento com foto.",
    ),
    (
        O,
        "Vagas Pinhal <naoresponda@pinhal-vagas.example>",
        "Novidades da sua candidatura",
        "Olá Robin, seu currículo foi visualizado pela empresa que anunciou a vaga de Analista "
        "Financeiro.",
    ),
    (
        O,
        "Talents <talents@lumen.example>",
        "Candidature",
        "Bonjour Robin, il manque quelques informations : complétez votre candidature au poste "
        "de Chef de projet avant vendredi.",
    ),
    (
        O,
        "Vagas Pinhal <naoresponda@pinhal-vagas.example>",
        "Sua candidatura",
        "Olá Robin, falta pouco! Complete o seu cadastro para concluir a candidatura à vaga de "
        "Analista Financeiro.",
    ),
    (
        O,
        "RH Ipê <rh@ipe.example>",
        "Bem-vindo!",
        "Olá Robin, é com alegria que informamos que você foi contratado para a vaga de "
        "Auxiliar Administrativo. Seja bem-vindo à equipe!",
    ),
    (
        O,
        "Recrutement Verdier <recrutement@verdier.example>",
        "Votre candidature",
        "Bonjour Robin, nous sommes heureux de vous proposer le poste de comptable. Bienvenue "
        "dans l'équipe !",
    ),
    (
        R,
        "Vagas Pinhal <naoresponda@pinhal-vagas.example>",
        "Processo encerrado",
        "Olá Robin, a empresa que anunciou a vaga de Analista Financeiro encerrou o processo "
        "seletivo. Continue a procurar novas oportunidades no portal.",
    ),
    (
        R,
        "Empregos Tejo <avisos@empregos-tejo.example>",
        "A sua candidatura",
        "Olá Robin, a empresa Pinhal descartou a sua candidatura à oferta de Técnico de "
        "Contabilidade.",
    ),
    (
        C,
        "Talents <talents@lumen.example>",
        "Candidature",
        "Bonjour Robin, nous vous confirmons la bonne réception de votre candidature au poste de "
        "chef de projet.",
    ),
    (
        C,
        "Talents <talents@lumen.example>",
        "Candidature",
        "Bonjour Robin, votre candidature au poste de chef de projet a bien été prise en compte.",
    ),
    (
        O,
        "Emplois Nord <notifications@emplois-nord.example>",
        "Du nouveau sur votre candidature",
        "Bonjour Robin, bonne nouvelle : le recruteur a consulté votre candidature au poste "
        "d'électricien.",
    ),
    (
        O,
        "Empregos Tejo <avisos@empregos-tejo.example>",
        "Novidades",
        "Olá Robin, a sua candidatura à oferta de Técnico de Contabilidade encontra-se em "
        "processo de seleção pela empresa.",
    ),
    (
        A,
        "Claire Dumas <claire.dumas@lumen.example>",
        "Absence du bureau",
        "Bonjour, je serai de retour le 2 septembre et je n'ai pas accès à mes e-mails d'ici là.",
        "Auto-Submitted: auto-replied\n",
    ),
    (
        A,
        "Rita Sousa <rita.sousa@pinhal.example>",
        "Ausência",
        "Bom dia, estou de licença até ao fim do mês, sem acesso ao e-mail. Estarei de volta "
        "no dia 1.",
        "Auto-Submitted: auto-replied\n",
    ),
    (
        O,
        "Vagas Pinhal <naoresponda@pinhal-vagas.example>",
        "Sua candidatura - Analista Financeiro",
        "Olá Robin! Obrigado pela sua candidatura. A próxima etapa é um teste online de "
        "raciocínio lógico: acesse o link para realizar o teste até sexta-feira.",
    ),
    (
        O,
        "Talents <talents@lumen.example>",
        "Votre candidature",
        "Bonjour Robin, merci pour votre candidature. Nous vous invitons à passer un test de "
        "logique en ligne avant la fin de la semaine.",
    ),
    (
        O,
        "Robin Okoye <robin@example.net>",
        "Candidature spontanée - Comptable",
        "Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature au poste de "
        "comptable. Veuillez trouver ci-joint mon CV.\n\nRobin Okoye",
    ),
    (
        O,
        "Robin Okoye <robin@example.net>",
        "Candidatura espontânea",
        "Bom dia,\n\nVenho por este meio apresentar a minha candidatura a uma vaga de técnico "
        "de contabilidade na vossa empresa. Segue em anexo o meu currículo.\n\nRobin Okoye",
    ),
    (
        O,
        "Vagas Pinhal <naoresponda@pinhal-vagas.example>",
        "Novidades no processo",
        "Olá Robin, você avançou para a próxima etapa do processo seletivo da vaga de Analista "
        "Financeiro. Em breve enviaremos mais informações.",
    ),
]


@pytest.mark.parametrize(
    ("kind", "sender", "subject", "body", "extra"), [(*m, "")[:5] for m in MAILS]
)
def test_french_and_portuguese_kinds(
    kind: Kind, sender: str, subject: str, body: str, extra: str
) -> None:
    analysis = classify(parse(_mail(sender, subject, body, extra)), use_model=False)
    assert analysis.kind is kind, analysis.reasons


def test_a_status_notice_is_no_confirmation_but_a_receipt_still_is() -> None:
    """ "Under review" alone is a status notice; the same words after a receipt are part of
    the confirmation."""
    sender = "Talents <talents@lumen.example>"
    status = "Bonjour Robin, votre candidature est en cours d'examen par nos équipes."
    receipt = "Bonjour Robin, nous avons bien reçu votre candidature. " + status[15:]
    assert classify(parse(_mail(sender, "Candidature", status)), use_model=False).kind is O
    assert classify(parse(_mail(sender, "Candidature", receipt)), use_model=False).kind is C


def test_a_candidacy_names_a_job_only_without_other_business() -> None:
    """The same receipt of a "candidatura" is job mail from an employer and not job mail
    when the text is about a course."""
    sender = "Candidaturas <candidaturas@aurora.example>"
    job = "Olá Robin, recebemos a sua candidatura. Obrigado pelo interesse na vaga."
    course = "Olá Robin, recebemos a sua candidatura. As aulas do curso começam em março."
    assert classify(parse(_mail(sender, "Candidatura", job)), use_model=False).kind is C
    assert classify(parse(_mail(sender, "Candidatura", course)), use_model=False).kind is N


@pytest.mark.parametrize(
    "subject",
    [
        "Vous êtes présélectionné(e) !",
        "2 nouvelle(s) offre(s) pour vous",
        "Exercice technique - Chef de projet",
        "Merci pour votre intérêt",
        "Parabéns! Você foi aprovado",
        "Novas vagas na sua região",
        "Teste técnico - Analista de Dados",
    ],
)
def test_screen_keeps_french_and_portuguese_subjects(subject: str) -> None:
    message = parse(f"From: Kim <kim@example.org>\nSubject: {subject}\n".encode())
    assert screen(message) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Retornaremos apenas aos candidatos selecionados.",
        "Você receberá retorno apenas se for selecionado para a próxima etapa.",
        "Nous ne prendrons contact qu'avec les candidats présélectionnés.",
        "Nous ne pouvons malheureusement pas donner de retour personnalisé à chaque candidat.",
        "Seul·es les candidat·es retenu·es seront contacté·es.",
    ],
)
def test_french_and_portuguese_no_follow_up_wording(sentence: str) -> None:
    assert find_no_follow_up(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # a time, not a selection: everyone hears back
        "Retornaremos apenas após o encerramento do processo.",
        "Você receberá uma resposta apenas quando o processo terminar.",
        "Nous ne vous contacterons qu'après la clôture des candidatures.",
        "Nous ne prendrons contact qu'une fois toutes les candidatures étudiées.",
        # only some people, but not about hearing back on an application
        "Seuls les inscrits à la formation recevront le programme.",
        "Apenas os participantes do evento receberão o link.",
    ],
)
def test_french_and_portuguese_look_alikes_are_no_request(sentence: str) -> None:
    assert find_no_follow_up(sentence) is None


@pytest.mark.parametrize(
    "body",
    [
        # what will happen later, once or if: a confirmation that explains the process
        "Nous avons bien reçu votre candidature. Lorsque nous aurons étudié votre dossier, "
        "nous vous proposerons un entretien.",
        "Nous avons bien reçu votre candidature. Dans le cas où votre profil correspondrait à "
        "nos attentes, nous aimerions vous rencontrer.",
        "Recebemos a sua candidatura. Assim que analisarmos o seu perfil, vamos convidá-lo "
        "para uma entrevista.",
        "Recebemos a sua candidatura. Quando analisarmos o seu perfil, vamos convidá-lo para "
        "uma entrevista.",
    ],
)
def test_a_french_or_portuguese_condition_is_no_invitation(body: str) -> None:
    raw = _mail("Talents <talents@lumen.example>", "Candidature", body)
    assert classify(parse(raw), use_model=False).kind is C


def test_a_portuguese_question_about_availability_is_an_invitation() -> None:
    """ "Quando você estaria disponível...?" asks for a time; it states no condition."""
    body = "Olá Robin, gostamos do seu perfil. Quando você estaria disponível para uma entrevista?"
    raw = _mail("Marina Lopes <marina.lopes@ipe.example>", "Vaga de Analista", body)
    assert classify(parse(raw), use_model=False).kind is I


@pytest.mark.parametrize(
    "refusal",
    [
        "nous ne pouvons pas répondre individuellement à chaque personne",
        "nous ne pouvons pas répondre individuellement en raison du nombre de dossiers",
    ],
)
def test_a_rejection_beside_a_refusal_of_answers_counts_when_it_says_votre(refusal: str) -> None:
    """'votre candidature' names the candidate, whether or not a stray 'du' stands nearby."""
    body = (
        f"Bonjour Camille,\n\nMalheureusement, votre candidature n'a pas été retenue et {refusal}."
        "\n\nCordialement,\nL'équipe Lumière\n"
    )
    raw = _mail("Recrutement <recrutement@lumiere.example>", "Candidature", body)
    assert classify(parse(raw), use_model=False).kind is R
