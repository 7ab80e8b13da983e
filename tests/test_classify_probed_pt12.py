"""Portuguese job mail that probing the rules with the project's own mail showed was
misread (twelfth round): about 200 mails written for the probe in Brazilian and European
Portuguese, in the styles of Gupy, Kenoby, Sólides, Vagas.com, Catho, InfoJobs, LinkedIn,
Indeed, Net-Empregos, SAPO Emprego, Workday / SuccessFactors / Greenhouse tenants and
small employers' own mailboxes (formal "V. Exa.", "você", "tu", WhatsApp-style lines).
Families found:

- short mail read in no language: a sentence of "Após ...", "neste momento", "Prezada",
  "Olá", "é", "em" had none of the Portuguese marker words, so no Portuguese cue ran
  ("Após cuidadosa avaliação, informamos que outros candidatos apresentaram qualificações
  mais próximas ...");
- refusals: someone else taken the small employer's way ("a gente fechou com outra
  menina", "acabámos por fechar a vaga com uma pessoa de dentro da equipa", "já arranjámos
  pessoa para o lugar"), others shown to fit better ("outros candidatos se mostraram mais
  aderentes"), "vamos avançar com candidatos cuja experiência está mais alinhada", the post
  not to be filled ("a posição não será mais preenchida"), "não se enquadra no perfil
  pretendido", the choice fell elsewhere ("a escolha foi por outra pessoa", "a escolha
  recaiu sobre outra candidata", "acabámos por escolher alguém com mais anos de
  experiência", "a decisão foi seguir com pessoas candidatas que ..."), "sua jornada neste
  processo seletivo chegou ao fim";
- invitations: a chat offered as a question ("Que tal um bate-papo com nossa gestora na
  segunda-feira às 16h?", "Bora tomar um café na segunda e falamos da vaga?"), "queremos
  bater um papo com você sobre a vaga", "disponibilidade para uma videochamada", the formal
  "Convocamos V. Exa. para a prova de entrevista" (the abbreviation's dot ended the
  sentence);
- receipts: "Recebi seu currículo", "Acusamos o recebimento de sua candidatura", "Seu
  currículo está com a gente", "deu entrada nos nossos serviços", "Você está inscrita na
  vaga", "sua inscrição no Programa Trainee foi efetivada";
- a new status named ("passou para o status: Em processo de seleção"), an offer ("A vaga
  é tua!"), a shop closed for its holidays in an automatic answer ("estamos encerrados
  para férias");
- not job mail: an interview, a refusal or a status of a scholarship, an Erasmus
  programme, a bootcamp or a student residence ("candidatura à bolsa", "processo seletivo
  do Bootcamp", "candidatura ao programa Erasmus+"), a school writing to a pupil's parent
  ("as vagas para o 2º ano estão preenchidas. Seu filho ..."), a workshop one signed up to;
- a fresh batch of 51 and a third of 40, each counted before tuning on it: the vacancy
  "acabou sendo / ficou preenchida", "contratei outra pessoa", "não atingiu a pontuação
  mínima", "Queres passar cá amanhã às 17h?", "Registramos sua candidatura", "seu cadastro
  na vaga foi concluído", a public competition's "não ficou posicionada em lugar
  elegível", "optou por dar sequência com profissionais que ...", "a vaga não está mais
  disponível", "acusamos a entrega", and "caso seu perfil ..." opening a condition;
- no-follow-up wording: "não retornaremos a todos", "pedimos a gentileza de não ligar",
  "não serão dadas informações por telefone sobre o andamento", "o retorno será dado
  somente aos aprovados".

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``); the look-alikes below must keep their kind.
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from assistant.core.nofollowup import find_no_follow_up
from tests.rules_support import rules_kind

SHELLS = {
    "br": (
        "Recrutamento Vale Verde <vagas@valeverde.example>",
        "Processo seletivo - Analista de Compras",
        "Olá Bianca,\n\n{}\n\nAtenciosamente,\nVale Verde",
    ),
    "pt": (
        "Recursos Humanos <recrutamento@ondanorte.example>",
        "A sua candidatura - Técnica de Logística",
        "Cara Bianca,\n\n{}\n\nCom os melhores cumprimentos,\nOnda Norte",
    ),
    # an ATS's mail with no job word of its own: a short text in Portuguese
    "ats": (
        "Aquisição de Talentos | Vale Verde <vale-verde@myworkday.com>",
        "Atualização",
        "Prezada Bianca,\n\n{}\n\nCordialmente,\nVale Verde",
    ),
    # a receipt that explains the process: its look-alikes must stay a receipt
    "receipt": (
        "Recrutamento Vale Verde <vagas@valeverde.example>",
        "Recebemos sua candidatura",
        "Olá Bianca,\n\nRecebemos seu currículo para a vaga de Analista de Compras.\n\n{}\n\n"
        "Atenciosamente,\nVale Verde",
    ),
}


def _kind(shell: str, sentence: str) -> Kind:
    sender, subject, body = SHELLS[shell]
    return rules_kind(sender, subject, body.format(sentence))


REFUSALS = [
    ("br", "Infelizmente a gente fechou com outra menina que já tinha experiência com caixa."),
    ("pt", "Acabámos por fechar a vaga com uma pessoa de dentro da equipa."),
    ("pt", "Obrigado por ter vindo cá. Já arranjámos pessoa para o lugar."),
    (
        "ats",
        "Após cuidadosa avaliação, informamos que outros candidatos apresentaram qualificações "
        "mais próximas do que buscamos neste momento.",
    ),
    ("br", "Para este momento, outros candidatos se mostraram mais aderentes aos requisitos."),
    ("ats", "Neste momento vamos avançar com candidatos cuja experiência está mais alinhada."),
    ("ats", "Agradecemos pelo interesse, mas a posição não será mais preenchida neste momento."),
    ("pt", "Verificámos que o seu currículo não se enquadra no perfil pretendido para a função."),
    ("br", "Você chegou até a etapa final, mas desta vez a escolha foi por outra pessoa."),
    ("pt", "Informamos que a escolha recaiu sobre outra candidata."),
    ("pt", "Olha, acabámos por escolher alguém com mais anos de experiência em vendas."),
    (
        "br",
        "Depois de analisar todos os perfis, a decisão foi seguir com pessoas candidatas que "
        "possuem mais experiência com compras.",
    ),
    ("br", "Sua jornada neste processo seletivo chegou ao fim. Torcemos pelo seu sucesso."),
]


@pytest.mark.parametrize(("shell", "sentence"), REFUSALS)
def test_refusal_families_found_by_probing(shell: str, sentence: str) -> None:
    assert _kind(shell, sentence) is Kind.REJECTION


# the same words in a receipt that explains the process, a condition, a hire, a posting
RECEIPTS = [
    "Caso a vaga não seja preenchida até maio, o processo será reaberto.",
    "Se o seu perfil não se enquadrar no perfil pretendido, manteremos os seus dados.",
    "Quando fecharmos a vaga com a pessoa escolhida, avisaremos todos os candidatos.",
    "Outros candidatos também se candidataram e todos receberão uma resposta.",
    "A escolha dos finalistas será feita até ao fim do mês.",
    "Que tal conhecer a nossa live de carreiras na segunda-feira às 19h?",
    "Enquanto isso, que tal tomar um café virtual com a nossa comunidade no evento de sábado?",
]


@pytest.mark.parametrize("sentence", RECEIPTS)
def test_look_alikes_stay_receipts(sentence: str) -> None:
    assert _kind("receipt", sentence) is Kind.APPLICATION_CONFIRMATION


def test_the_vacancy_closed_with_the_candidate_is_no_refusal() -> None:
    kind = _kind("br", "Boa notícia: fechamos a vaga com você! Parabéns pela aprovação.")
    assert kind is not Kind.REJECTION


INVITATIONS = [
    ("ats", "Que tal um bate-papo com nossa gestora na segunda-feira às 16h?"),
    ("br", "Bora tomar um café na segunda e falamos da vaga?"),
    ("br", "Curtimos seu perfil e queremos bater um papo com você sobre a vaga!"),
    ("pt", "Tens disponibilidade para uma videochamada na quarta às 11h?"),
    (
        "pt",
        "Convocamos V. Exa. para a prova de entrevista profissional de seleção, que decorrerá "
        "no dia 2 de julho.",
    ),
]


@pytest.mark.parametrize(("shell", "sentence"), INVITATIONS)
def test_invitation_families_found_by_probing(shell: str, sentence: str) -> None:
    assert _kind(shell, sentence) is Kind.INTERVIEW_INVITATION


CONFIRMATIONS = [
    ("br", "Recebi seu currículo sim! Vou mostrar pro gerente e te dou um retorno."),
    ("br", "Acusamos o recebimento de sua candidatura ao cargo de Analista de Compras."),
    ("br", "Seu currículo está com a gente para a posição de Estoquista."),
    (
        "br",
        "A sua candidatura à oferta de emprego n.º 3318 deu entrada nos nossos serviços e será "
        "apreciada oportunamente.",
    ),
    ("br", "Você está inscrita na vaga Recepcionista da empresa Vale Verde."),
    ("br", "Sua inscrição no Programa Trainee Vale Verde 2028 foi efetivada."),
]


@pytest.mark.parametrize(("shell", "sentence"), CONFIRMATIONS)
def test_receipt_families_found_by_probing(shell: str, sentence: str) -> None:
    assert _kind(shell, sentence) is Kind.APPLICATION_CONFIRMATION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        # a board's status under a receipt's subject; a small studio's offer, "vaga" its
        # only job word
        (
            "InfoJobs <noreply@infojobs.com.br>",
            "Sua candidatura está em andamento",
            "Olá Bianca,\n\nSua candidatura para Recepcionista passou para o status: Em processo "
            "de seleção.\n\nA equipe InfoJobs",
        ),
        (
            "Marta Lobo <marta@estudiocanela.example>",
            "Bem-vinda!",
            "Olá Bianca!\n\nA vaga é tua! Estamos muito contentes. Começas dia 1?\n\nMarta",
        ),
    ],
)
def test_a_new_status_or_an_offer_is_other_job(sender: str, subject: str, body: str) -> None:
    assert rules_kind(sender, subject, body) is Kind.OTHER_JOB


def test_a_conditional_offer_is_no_offer() -> None:
    kind = _kind("receipt", "A vaga é sua se passar no teste prático.")
    assert kind is Kind.APPLICATION_CONFIRMATION


def test_a_shop_closed_for_its_holidays_answers_automatically() -> None:
    kind = rules_kind(
        "Oficina Ribeira <geral@oficinaribeira.example>",
        "Re: Candidatura mecânico",
        "Olá,\n\nMensagem automática: estamos encerrados para férias até 25 de agosto. "
        "Obrigado.\n\nOficina Ribeira",
        reply=True,
    )
    assert kind is Kind.AUTO_REPLY


# other business that sounds like hiring, and an employer's mail that names that business
# (an internship's grant, an analyst of grants): (sender, subject, sentence, kind)
ACADEMY = "Academia Saber <contato@academiasaber.example>"
UNIVERSITY = "Universidade do Mondego <academicos@umondego.example>"
SCHOOL = "Colégio Horizonte <secretaria@colegiohorizonte.example>"
FOUNDATION = "Recrutamento <rh@fundacaoaurora.example>"
BUSINESS = [
    (
        ACADEMY,
        "Processo seletivo da bolsa",
        "Você foi selecionada para a entrevista do processo de bolsas de estudo. A conversa "
        "será na terça às 15h.",
        Kind.NOT_JOB,
    ),
    (
        ACADEMY,
        "Resultado",
        "Agradecemos sua candidatura à bolsa integral. Infelizmente você não foi contemplada "
        "nesta edição.",
        Kind.NOT_JOB,
    ),
    (
        UNIVERSITY,
        "Erasmus",
        "A sua candidatura ao programa Erasmus+ foi selecionada. Será convocada para uma "
        "entrevista com o coordenador.",
        Kind.NOT_JOB,
    ),
    (
        UNIVERSITY,
        "Candidatura à residência",
        "A sua candidatura à residência universitária não foi aceite por falta de vagas.",
        Kind.NOT_JOB,
    ),
    (
        ACADEMY,
        "Processo seletivo - Bootcamp",
        "Parabéns, você foi aprovada para a próxima etapa do processo seletivo do Bootcamp de "
        "Dados! Agende sua entrevista no link.",
        Kind.NOT_JOB,
    ),
    (
        SCHOOL,
        "Lista de espera",
        "Informamos que as vagas para o 2º ano estão preenchidas. Seu filho foi incluído na "
        "lista de espera.",
        Kind.NOT_JOB,
    ),
    (
        ACADEMY,
        "Workshop",
        "Obrigado por se inscrever no workshop Currículo Campeão! O evento é online, dia 10, "
        "às 19h.",
        Kind.NOT_JOB,
    ),
    (
        FOUNDATION,
        "Processo seletivo",
        "Recebemos a sua candidatura à bolsa de estágio em Engenharia Civil.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    (
        FOUNDATION,
        "Processo seletivo",
        "Gostaríamos de convidá-la para uma entrevista para a vaga de Analista de Bolsas.",
        Kind.INTERVIEW_INVITATION,
    ),
]


@pytest.mark.parametrize(("sender", "subject", "sentence", "kind"), BUSINESS)
def test_other_business_is_not_job_and_an_employers_grant_is_job(
    sender: str, subject: str, sentence: str, kind: Kind
) -> None:
    signature = sender.split(" <")[0]
    body = f"Olá Bianca,\n\n{sentence}\n\n{signature}"
    assert rules_kind(sender, subject, body) is kind


# no-follow-up wording found by the same probe, in a Brazilian receipt; and its look-alikes
NO_FOLLOW_UP = [
    ("Não retornaremos a todos, só a quem for chamado para entrevista.", "no_individual_response"),
    ("Não conseguiremos retornar a todos os candidatos.", "no_individual_response"),
    ("Pedimos a gentileza de não ligar para a loja.", "explicit_request"),
    (
        "Pedimos por gentileza que não entre em contato com a loja para saber do processo.",
        "explicit_request",
    ),
    (
        "Não serão dadas informações por telefone sobre o andamento do processo.",
        "no_status_updates",
    ),
    ("O retorno será dado somente aos aprovados.", "only_selected_contacted"),
]


def _in_a_receipt(sentence: str) -> str:
    return (
        "Olá Bianca, recebemos sua candidatura para a vaga de Caixa.\n\n"
        f"{sentence}\n\nAtenciosamente,\nVale Verde"
    )


@pytest.mark.parametrize(("sentence", "category"), NO_FOLLOW_UP)
def test_no_follow_up_families_found_by_probing(sentence: str, category: str) -> None:
    assert find_no_follow_up(_in_a_receipt(sentence)) == (sentence, category)


@pytest.mark.parametrize(
    "sentence",
    [
        "O retorno será dado a todos os candidatos, aprovados ou não.",
        "Retornaremos a todos até o fim do mês.",
        "Não deixe de ligar se tiver dúvidas sobre a vaga.",
        "Daremos informações por telefone sobre o andamento do processo.",
    ],
)
def test_no_follow_up_look_alikes_stay_clear(sentence: str) -> None:
    assert find_no_follow_up(_in_a_receipt(sentence)) is None


# a fresh batch of 51 mails, written after the fixes above and counted before any tuning on
# it, added these families (each with a look-alike that keeps its kind)
FRESH = [
    ("br", "Então, a vaga acabou sendo preenchida por uma indicação.", Kind.REJECTION),
    ("pt", "Infelizmente a vaga já ficou preenchida.", Kind.REJECTION),
    ("br", "Desculpa a demora, contratei outra pessoa para o balcão.", Kind.REJECTION),
    ("br", "Seu currículo não atingiu a pontuação mínima na triagem.", Kind.REJECTION),
    ("pt", "Obrigado pelo interesse, mas não estamos a precisar de ninguém.", Kind.REJECTION),
    ("pt", "Queres passar cá no café amanhã às 17h para conversarmos?", Kind.INTERVIEW_INVITATION),
    ("br", "Vem amanhã 14h pra conversar com o gerente? Traz RG.", Kind.INTERVIEW_INVITATION),
    ("pt", "Adorávamos conhecer-te melhor numa chamada curta.", Kind.INTERVIEW_INVITATION),
    (
        "br",
        "Registramos sua candidatura ao cargo de Analista de Compras.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    ("br", "Oi, chegou sim teu currículo! A dona vai ver.", Kind.APPLICATION_CONFIRMATION),
    (
        "br",
        "Prontinho! Seu cadastro na vaga Operador de Empilhadeira foi concluído.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    (
        "br",
        "A sua candidatura ao anúncio Motorista foi entregue à empresa Vale Verde.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    # look-alikes: a condition, a posting, the reader's own coming, an address
    (
        "receipt",
        "Caso a vaga acabe sendo preenchida, avisaremos por e-mail.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    ("receipt", "A pontuação mínima na triagem é de 60 pontos.", Kind.APPLICATION_CONFIRMATION),
    (
        "receipt",
        "Se quiser passar na loja, estamos abertos das 9h às 18h.",
        Kind.APPLICATION_CONFIRMATION,
    ),
]


# a third batch of 40 mails (long corporate and public-sector Portuguese, boards' cards),
# counted before tuning on it, added these (each with a look-alike that keeps its kind)
THIRD = [
    (
        "pt",
        "De acordo com a lista de ordenação final, V. Exa. não ficou posicionada em lugar "
        "elegível para recrutamento.",
        Kind.REJECTION,
    ),
    (
        "br",
        "No momento, a empresa optou por dar sequência com profissionais que apresentam maior "
        "vivência em compras.",
        Kind.REJECTION,
    ),
    ("br", "A vaga não está mais disponível, já pegamos uma pessoa.", Kind.REJECTION),
    (
        "br",
        "Acusamos a entrega da sua candidatura ao procedimento concursal, referência 12/2027.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    # a condition opened by "caso seu perfil ..." before the invitation's words
    (
        "receipt",
        "Faremos a triagem e, caso seu perfil seja aderente, entraremos em contato para agendar "
        "uma entrevista.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    (
        "receipt",
        "Caso a vaga não esteja mais disponível quando analisarmos o seu perfil, avisaremos.",
        Kind.APPLICATION_CONFIRMATION,
    ),
]


@pytest.mark.parametrize(("shell", "sentence", "kind"), FRESH + THIRD)
def test_families_of_the_later_batches(shell: str, sentence: str, kind: Kind) -> None:
    assert _kind(shell, sentence) is kind


def test_a_schools_grant_programme_is_not_job() -> None:
    kind = rules_kind(
        "Colégio Horizonte <secretaria@colegiohorizonte.example>",
        "Seleção de bolsistas",
        "Prezada Bianca,\n\nVocê foi selecionada para a entrevista do programa de bolsas do "
        "colégio. Compareça com os documentos no dia 12, às 14h.\n\nSecretaria Escolar",
    )
    assert kind is Kind.NOT_JOB
