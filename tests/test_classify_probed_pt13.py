"""Portuguese job mail that probing the rules with the project's own mail showed was
misread (thirteenth round): about 140 mails written for the probe in Brazilian and European
Portuguese, in the styles of HR and ERP software's default templates ("Prezado(a)",
"Caro(a) candidato(a)", "Exmo(a). Sr(a).", placeholders filled in), pt-PT public and
university recruitment (procedimento concursal, prova de conhecimentos, lista de
ordenação), Brazilian trainee, internship and "jovem aprendiz" programmes, job boards
(Gupy, Kenoby, Sólides, InfoJobs, LinkedIn, Indeed), automatic replies, status notices,
tests, offers and look-alikes of other business. Families found:

- refusals of the formal templates: "não tendo a sua candidatura sido selecionada", "a sua
  candidatura não reúne, neste momento, as condições para prosseguir", "a nossa escolha
  recaiu em candidatos cuja experiência ...", the team full ("de momento a equipa de
  cozinha está completa"), the post closed unfilled ("encerrar a vaga ... sem
  contratação", "o processo seletivo foi cancelado"), a score too low ("a sua pontuação
  na prova não foi suficiente"), no opening for an unsolicited CV ("não temos nenhuma vaga
  aberta"), "por esse motivo, não poderemos considerá-la", "o gestor optou por outro
  estudante", "foi excluído(a) por ter obtido classificação inferior";
- receipts: "Tudo certo com sua inscrição", "confirmar a boa receção da sua candidatura",
  "Recebemos sua ficha para a vaga", "a tua candidatura ficou concluída";
- invitations: "você foi selecionada para a dinâmica de grupo", a recruiter's "Teria 15
  minutos esta semana para uma chamada?"; thanks after an interview ("Obrigado pelo tempo
  na entrevista de ontem") are no new invitation;
- a board's notices: "começou a se candidatar ..., mas não concluiu" (an application not
  finished), "A empresa Acme leu o teu currículo" (a status);
- mail with no job word the rules knew: a trainee programme ("Programa Trainee"), a
  public competition's steps ("lista de ordenação", "prova de conhecimentos", "avaliação
  de competências", "posto de trabalho");
- a public competition's formal notice read in no language: "Exmo(a).", "V. Exa.",
  "júri", "classificação" had no Portuguese marker ("Notifica-se V. Exa. de que foi
  excluído(a) por ter obtido classificação inferior ...");
- the employer a board's notice names ("A Transportadora Rota Sul quer conversar com
  você", "A Clínica Bem Viver encerrou o processo", "enviada com sucesso para X") and a
  municipality's own name in its display name ("Município de Serrabela");
- not job mail: a candidatura to a grant programme ("candidatura ao Programa de Apoio às
  Artes"), a job centre's training course ("ação de formação");
- a second batch of 40: "a sua candidatura foi dada como encerrada" (after a missed
  interview), a board's "não está mais em consideração" and "a vaga não está mais
  aceitando candidaturas", a journalist's interview for a "reportagem";
- a fresh batch of 40, counted before tuning on it (9 wrong, rules and shipped model
  alike): "Seu currículo chegou direitinho aqui", "Agradecemos a candidatura que nos
  enviou", "já temos todos os lugares de sala ocupados", "a vaga já foi pra outro rapaz",
  "o horário foi atribuído a outro candidato", "outras candidaturas estão mais próximas do
  que procuramos", "a posição foi suspensa definitivamente e o processo foi encerrado",
  "Dá uma passada aqui na loja amanhã?"; a name joined by "da" ("Quinta da Lagoa"), a role
  in the subject taken for the employer ("Candidatura - Empregado de Mesa") and an office
  taken for it ("Serviços Administrativos");
- a second fresh batch of 40, counted before tuning on it (5 wrong by the rules, 6 by the
  shipped model, as many as before this round's changes): "a sua candidatura foi
  considerada inapta", "Acabei escolhendo uma designer que ...", "queremos avançar para
  uma primeira chamada", "Rola um café na quinta?", "o seu processo foi registado com o
  número ...", and a designer's "portfólio" as a job word.

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``); the look-alikes below must keep their kind.
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_company, rules_kind

SHELLS = {
    # an HR mailbox of the employer's own domain, formal European Portuguese
    "pt": (
        "Recursos Humanos <rh@serradaestrela.example>",
        "Processo de recrutamento - Técnico de Qualidade",
        "Exmo(a). Sr(a). Rita Fontes,\n\n{}\n\nCom os melhores cumprimentos,\nSerra da Estrela",
    ),
    # a Brazilian tracking system's no-reply address, its subject no cue of its own
    "br": (
        "Recrutamento <no-reply@sistemavagas.example>",
        "Retorno",
        "Prezado(a) Caio,\n\n{}\n\nEquipe de Recrutamento Ipanema Têxtil",
    ),
    # a person's mailbox
    "person": (
        "Lívia Duarte <livia.duarte@oficinaazul.example>",
        "Vaga de auxiliar",
        "Oi Caio, tudo bem?\n\n{}\n\nLívia - Oficina Azul",
    ),
    # a receipt that explains the process: its look-alikes must stay a receipt
    "receipt": (
        "Recursos Humanos <rh@serradaestrela.example>",
        "Candidatura recebida",
        "Cara Rita,\n\nRecebemos a sua candidatura para Técnico de Qualidade.\n\n{}\n\n"
        "Com os melhores cumprimentos,\nSerra da Estrela",
    ),
}


def _kind(shell: str, sentence: str) -> Kind:
    sender, subject, body = SHELLS[shell]
    return rules_kind(sender, subject, body.format(sentence))


REFUSALS = [
    (
        "pt",
        "Informamos que o processo se encontra concluído, não tendo a sua candidatura sido "
        "selecionada.",
    ),
    ("pt", "Concluímos que o seu perfil não reúne, de momento, os requisitos da função."),
    ("pt", "A sua candidatura não reúne as condições para passar à fase seguinte."),
    ("br", "Nesta oportunidade, a escolha recaiu em profissionais com mais vivência no setor."),
    ("person", "Muito obrigada pelo contato, mas já a nossa equipe está completa."),
    ("pt", "Agradecemos o interesse; o quadro de pessoal da loja já está completo."),
    ("br", "A empresa decidiu encerrar a vaga de Auxiliar sem contratação neste ano."),
    ("br", "Informamos que o processo seletivo foi cancelado pela diretoria."),
    ("br", "Sua nota na avaliação técnica não foi suficiente para seguir para a entrevista."),
    ("pt", "Agradecemos o envio do CV. De momento não temos nenhuma vaga aberta na área."),
    (
        "pt",
        "Não possui a licenciatura exigida e, por esse motivo, não poderemos considerá-la.",
    ),
    ("person", "Falei com o chefe e ele optou por outro aluno, que já mora aqui no bairro."),
    ("pt", "Foi excluído(a) por ter obtido classificação inferior a 9,5 valores."),
]


@pytest.mark.parametrize(("shell", "sentence"), REFUSALS)
def test_refusal_families_found_by_probing(shell: str, sentence: str) -> None:
    assert _kind(shell, sentence) is Kind.REJECTION


# the same words in a receipt that explains the process or states a rule
RECEIPTS = [
    "Quando a equipa estiver completa, todos os candidatos serão informados.",
    "Se a candidatura chegar fora do prazo, não poderemos considerá-la.",
    "Caso a sua pontuação não seja suficiente, será informada por escrito.",
    "A escolha recaiu sobre a sua candidatura para a primeira triagem.",
    "Se o seu perfil não reunir os requisitos, manteremos os seus dados para outras vagas.",
]


@pytest.mark.parametrize("sentence", RECEIPTS)
def test_look_alikes_stay_receipts(sentence: str) -> None:
    assert _kind("receipt", sentence) is Kind.APPLICATION_CONFIRMATION


CONFIRMATIONS = [
    ("br", "Tudo certo com sua inscrição na vaga de Operador de Máquinas!"),
    ("pt", "Serve o presente para confirmar a boa receção da sua candidatura."),
    ("person", "Recebemos sua ficha para a vaga de auxiliar. Qualquer coisa te ligo."),
    ("pt", "A sua candidatura para Técnico de Qualidade ficou registada. Obrigado!"),
]


@pytest.mark.parametrize(("shell", "sentence"), CONFIRMATIONS)
def test_receipt_families_found_by_probing(shell: str, sentence: str) -> None:
    assert _kind(shell, sentence) is Kind.APPLICATION_CONFIRMATION


INVITATIONS = [
    ("br", "Você foi selecionado para a dinâmica de grupo on-line do dia 9, às 10h."),
    ("pt", "Foi convocada para o painel com a direção de operações, no dia 4."),
    ("person", "Terias uns minutos amanhã para uma chamada rápida sobre a vaga?"),
]


@pytest.mark.parametrize(("shell", "sentence"), INVITATIONS)
def test_invitation_families_found_by_probing(shell: str, sentence: str) -> None:
    assert _kind(shell, sentence) is Kind.INTERVIEW_INVITATION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        # thanks after the interview, under an interview subject
        (
            "Recrutamento <jobs@marfim.example>",
            "A sua entrevista",
            "Olá Rita,\n\nObrigado pelo tempo na entrevista de segunda. Vamos terminar as "
            "conversas com os restantes candidatos e damos notícias.\n\nMarfim",
        ),
        # an application not finished, on a board
        (
            "Gupy <noreply@gupy.io>",
            "Você ainda não finalizou sua candidatura",
            "Olá Caio,\n\nVocê começou a se candidatar à vaga de Almoxarife na Ipanema Têxtil, "
            "mas ainda não concluiu. Termine agora!\n\nGupy",
        ),
        # a board says the employer read the CV
        (
            "InfoJobs <noreply@infojobs.net>",
            "A tua candidatura foi lida",
            "Olá Rita,\n\nA empresa Marfim leu o teu currículo para a oferta Técnica de "
            "Qualidade.\n\nInfoJobs",
        ),
        # a trainee programme's online tests: no other job word
        (
            "Programa Trainee Marfim <trainee@marfim.example>",
            "Próxima fase",
            "Oi Caio!\n\nParabéns, você passou na triagem do Programa Trainee. Agora faça os "
            "testes online de lógica e inglês até domingo.\n\nTime Marfim",
        ),
        # a public competition's written test
        (
            "Júri <juri@cm-pedrasalva.example>",
            "Convocatória",
            "Caro(a) candidato(a),\n\nConvoca-se V. Exa. para a prova de conhecimentos, no dia "
            "3 de março, às 9h30, no auditório municipal.\n\nO Presidente do Júri",
        ),
    ],
)
def test_notices_steps_and_programmes_are_other_job(sender: str, subject: str, body: str) -> None:
    assert rules_kind(sender, subject, body) is Kind.OTHER_JOB


def test_a_public_competitions_final_list_names_a_job() -> None:
    kind = rules_kind(
        "Júri <juri@cm-pedrasalva.example>",
        "Lista de ordenação final",
        "Exmo(a). Senhor(a),\n\nNotifica-se V. Exa. de que não tendo sido aprovado(a) na "
        "prova escrita, não integra a lista de ordenação final.\n\nO Presidente do Júri",
    )
    assert kind is Kind.REJECTION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Fundo Criativo <candidaturas@fundocriativo.example>",
            "Candidatura recebida",
            "Exmo(a). Senhor(a),\n\nA sua candidatura ao Programa de Apoio à Edição foi "
            "recebida e será avaliada pelo júri até junho.\n\nFundo Criativo",
        ),
        (
            "Fundo Criativo <candidaturas@fundocriativo.example>",
            "Resultado",
            "Exmo(a). Senhor(a),\n\nLamentamos informar que a candidatura ao apoio às artes "
            "visuais não foi selecionada.\n\nFundo Criativo",
        ),
        (
            "Centro de Formação <noreply@centroformacao.example>",
            "Inscrição aceite",
            "Exmo(a). Senhor(a),\n\nA sua inscrição na ação de formação Atendimento ao "
            "Público foi aceite. A primeira sessão é no dia 3.\n\nCentro de Formação",
        ),
    ],
)
def test_other_business_is_not_job(sender: str, subject: str, body: str) -> None:
    assert rules_kind(sender, subject, body) is Kind.NOT_JOB


def test_a_formal_notice_with_few_common_words_is_read_as_portuguese() -> None:
    kind = rules_kind(
        "Recursos Humanos <concursos@cm-pedrasalva.example>",
        "Notificação",
        "Exmo(a). Senhor(a),\n\nNos termos do artigo 22.º da Portaria, notifica-se V. Exa. "
        "de que foi excluído(a) por ter obtido classificação inferior a 9,5 valores na "
        "prova escrita.\n\nO Presidente do Júri",
    )
    assert kind is Kind.REJECTION


@pytest.mark.parametrize(
    ("sender", "body", "company"),
    [
        (
            "Gupy <noreply@gupy.io>",
            "Olá, Caio!\n\nA Transportadora Vento Norte quer conversar com você sobre a vaga "
            "de Motorista. Escolha um horário.\n\nGupy",
            "Transportadora Vento Norte",
        ),
        (
            "Sólides <naoresponda@solides.com.br>",
            "Olá Caio,\n\nA Clínica Vida Plena encerrou o processo para Recepcionista e seu "
            "perfil não foi selecionado.\n\nSólides",
            "Clínica Vida Plena",
        ),
        (
            "Gupy <noreply@gupy.io>",
            "Olá, Caio!\n\nSua candidatura para Almoxarife foi enviada com sucesso para "
            "Laticínios Vale Fundo.\n\nGupy",
            "Laticínios Vale Fundo",
        ),
        (
            "Município de Pedra Salva <geral@cm-pedrasalva.example>",
            "Exmo. Senhor,\n\nInformamos que pode ocupar o posto de trabalho de Assistente "
            "Operacional. Queira responder em 5 dias.\n\nCumprimentos",
            "Município de Pedra Salva",
        ),
    ],
)
def test_the_employer_a_notice_names(sender: str, body: str, company: str) -> None:
    assert rules_company(sender, "Atualização", body) == company


def test_a_person_a_notice_names_is_no_employer() -> None:
    body = (
        "Olá Caio,\n\nA Maria Teles enviou uma mensagem sobre a vaga de Almoxarife na "
        "Ipanema Têxtil.\n\nGupy"
    )
    assert rules_company("Gupy <noreply@gupy.io>", "Nova mensagem", body) != "Maria Teles"


SECOND = [
    (
        "pt",
        "Como faltou à entrevista de terça, a sua candidatura foi dada como encerrada.",
        Kind.REJECTION,
    ),
    ("br", "Sua candidatura para Almoxarife não está mais em consideração.", Kind.REJECTION),
    ("br", "A vaga de Almoxarife não está mais aceitando candidaturas.", Kind.REJECTION),
    # the look-alike: the stage is over, the candidate goes on
    (
        "br",
        "A etapa de testes foi dada como encerrada. Gostaríamos de convidá-lo para a "
        "entrevista final na segunda, às 10h.",
        Kind.INTERVIEW_INVITATION,
    ),
]


def test_a_journalists_interview_is_not_job() -> None:
    kind = rules_kind(
        "Revista Rumo Certo <redacao@rumocerto.example>",
        "Pedido de entrevista",
        "Olá Caio,\n\nEstamos a preparar uma reportagem sobre jovens empreendedores e "
        "gostaríamos de entrevistá-lo na quarta-feira, às 11h.\n\nRedação Rumo Certo",
    )
    assert kind is Kind.NOT_JOB


FRESH = [
    (
        "person",
        "Teu currículo chegou direitinho aqui, vou mostrar pro dono.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    (
        "pt",
        "Agradecemos a candidatura que nos enviou. Iremos analisá-la com atenção.",
        Kind.APPLICATION_CONFIRMATION,
    ),
    ("pt", "Lamentamos, mas para este verão já temos todos os postos ocupados.", Kind.REJECTION),
    ("person", "Poxa, a vaga já foi pra outra moça que mora aqui perto.", Kind.REJECTION),
    ("pt", "O horário a que concorreu foi atribuído a outro candidato da lista.", Kind.REJECTION),
    (
        "pt",
        "Após a fase técnica, entendemos que outras candidaturas estão mais próximas do que "
        "procuramos.",
        Kind.REJECTION,
    ),
    (
        "br",
        "A vaga de Almoxarife foi suspensa definitivamente. Agradecemos sua participação.",
        Kind.REJECTION,
    ),
    ("br", "Informamos que o processo seletivo foi encerrado. Obrigado!", Kind.REJECTION),
    (
        "person",
        "Dá uma passada aqui na oficina amanhã cedo pra gente conversar?",
        Kind.INTERVIEW_INVITATION,
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        (
            "Recursos Humanos <rh@casadaribeira.example>",
            "Candidatura - Empregado de Mesa",
            "Caro Diogo,\n\nRecebemos a sua candidatura. Daremos notícias em breve.\n\n"
            "Casa da Ribeira",
            "Casa da Ribeira",
        ),
        (
            "Serviços Administrativos <rh@escolasdovale.example>",
            "Oferta de escola",
            "Exmo(a). Senhor(a),\n\nConfirma-se a receção da sua candidatura à oferta de "
            "escola.\n\nAgrupamento de Escolas do Vale",
            "Escolas do Vale",
        ),
    ],
)
def test_the_employer_beside_a_role_or_an_office(
    sender: str, subject: str, body: str, company: str
) -> None:
    """(the second as its domain names it: the signature's longer name is not matched)"""
    assert company in (rules_company(sender, subject, body) or "")


SECOND_FRESH = [
    ("br", "Sua candidatura foi considerada inapta por não comprovar a formação.", Kind.REJECTION),
    ("person", "Acabei escolhendo uma pessoa que já conhecia a oficina. Valeu!", Kind.REJECTION),
    (
        "pt",
        "Gostámos do seu perfil e queremos avançar para uma primeira chamada na terça.",
        Kind.INTERVIEW_INVITATION,
    ),
    ("person", "Rola um café amanhã às 10h aqui na oficina?", Kind.INTERVIEW_INVITATION),
    (
        "pt",
        "Informamos que o seu processo foi registado com o número 5120.",
        Kind.APPLICATION_CONFIRMATION,
    ),
]


@pytest.mark.parametrize(("shell", "sentence", "kind"), SECOND + FRESH + SECOND_FRESH)
def test_families_of_the_later_batches(shell: str, sentence: str, kind: Kind) -> None:
    assert _kind(shell, sentence) is kind


def test_a_designers_portfolio_names_a_job() -> None:
    kind = rules_kind(
        "Sandra Lopes <sandra@estudiolume.example>",
        "Re: Designer júnior",
        "Oi Aline, tudo bom? Acabei escolhendo uma designer que já conhecia o cliente. Mas "
        "adorei teu portfólio!\n\nSandra - Estúdio Lume",
    )
    assert kind is Kind.REJECTION


def test_an_insurance_claim_registered_is_not_job() -> None:
    kind = rules_kind(
        "Seguros Âncora <sinistros@ancora.example>",
        "Participação de sinistro",
        "Caro Marcos,\n\nO seu processo foi registado com o número 771 e será analisado "
        "pelos nossos peritos.\n\nSeguros Âncora",
    )
    assert kind is Kind.NOT_JOB
