"""Portuguese job mail that probing the rules with the project's own mail showed was
misread (tenth round of issue 11): about 250 short mails written for the probe in
Brazilian and European Portuguese, in the styles of Brazilian and Portuguese tracking
systems, job boards and employers' own mailboxes. Most open by thanking for the
application, so a missed cue left them application confirmations. Families found:

- refusals: the search closed in the first person ("encerramos o processo seletivo", "já
  fechamos essa vaga"), a process concluded with someone else chosen ("tendo sido
  selecionado outro candidato", "outra pessoa foi escolhida"), "decidimos contratar outra
  pessoa", "outro perfil atende melhor", the choice made with "others" left out ("optou por
  candidatos com perfil mais adequado", "escolhemos uma pessoa com mais experiência",
  "optamos por priorizar candidatos com ...", "estamos seguindo com candidatos mais
  alinhados"), European Portuguese accents ("Optámos por não prosseguir"), "você não foi a
  pessoa escolhida", not a fit ("não está de acordo com", "não se revelou adequada", "não
  possui os requisitos"), "a posição foi entretanto preenchida", "não foi possível aprovar",
  "não será aproveitado", "não foi retida", "buscamos um perfil mais sênior", "estamos
  encerrando sua participação", a board's third person ("Acme não vai avançar com a sua
  candidatura"), "escolhemos alguém que mora mais perto", "não teremos oportunidade de
  avançar", "não é o momento de avançarmos consigo", "a contratação de outra candidata",
  "não foi classificada", "excluída por não reunir os requisitos", "as vagas foram todas
  preenchidas", "não foi possível integrá-la", "o cliente preferiu seguir com um perfil que",
  "já temos a equipa completa", "foi excluída do procedimento concursal", "já contratamos
  alguém";
- invitations: "participar da dinâmica de grupo", a time proposed as a question ("Podemos
  conversar na quinta às 10h?", "Pode vir aqui na segunda às 9h?"), "Gostávamos de falar
  consigo", "Solicitamos a sua presença para uma entrevista", "Vamos te ligar amanhã às
  10h", "ter um contato telefônico", "sessão de recrutamento", "a entrevista terá lugar",
  "Grave sua entrevista em vídeo", "foi movida para a etapa de entrevista", "Agendamos sua
  entrevista", "Marcámos a sua entrevista", "Teremos todo o prazer em recebê-la para uma
  entrevista", "Seria possível conversarmos na sexta?", "Bora marcar um papo?", "Vem
  conversar comigo amanhã às 15h?", "O próximo passo será uma conversa", "a etapa Entrevista
  com Gestor", "a próxima etapa: uma dinâmica", "Dá pra vir na quinta, umas 16h?";
- next steps and status notices: "pedimos-lhe que complete uma avaliação", "o próximo
  passo é um desafio técnico", "foi movida
  para a etapa de Análise de Currículo", "ainda estamos analisando os perfis" (and
  "recebemos muitas candidaturas" is no receipt); a change of status after a thank-you with
  no receipt ("Agradecemos a sua candidatura. A sua candidatura foi pré-selecionada");
- not job mail: a webinar's or a career fair's registration, a master's degree's refusal
  (a "candidatura" alone names no job), account mail of a job board, a bootcamp, a student
  residence, an ideas contest, a technical course's selection.

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``); the look-alikes below must keep their kind.
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

SHELLS = {
    "br": (
        "Grupo Horizonte <vagas@grupohorizonte.example>",
        "Processo seletivo - Analista Financeiro",
        "Olá Marina,\n\nAgradecemos sua candidatura para a vaga de Analista Financeiro.\n\n{}"
        "\n\nAtenciosamente,\nGrupo Horizonte",
    ),
    "pt": (
        "Tejo Digital <recrutamento@tejodigital.example>",
        "A sua candidatura - Programadora",
        "Cara Marina,\n\nAgradecemos a sua candidatura à função de Programadora.\n\n{}\n\n"
        "Com os melhores cumprimentos,\nTejo Digital",
    ),
    # a receipt that explains the process: its look-alikes must stay a receipt
    "receipt": (
        "Grupo Horizonte <vagas@grupohorizonte.example>",
        "Recebemos sua candidatura",
        "Olá Marina,\n\nRecebemos seu currículo para a vaga de Analista Financeiro.\n\n{}\n\n"
        "Atenciosamente,\nGrupo Horizonte",
    ),
}


def _kind(shell: str, sentence: str) -> Kind:
    sender, subject, body = SHELLS[shell]
    return rules_kind(sender, subject, body.format(sentence))


REFUSALS = [
    ("br", "Gostaríamos de informar que encerramos o processo seletivo para esta posição."),
    ("br", "Já fechamos essa vaga, mas guardamos seu currículo."),
    (
        "pt",
        "O processo de recrutamento para esta função foi concluído, tendo sido selecionado "
        "outro candidato.",
    ),
    ("br", "Após avaliação, outra pessoa foi escolhida para a posição."),
    ("br", "Decidimos contratar outra pessoa para a vaga."),
    ("br", "Chegamos à conclusão de que outro perfil atende melhor às necessidades da área."),
    ("br", "A empresa optou por candidatos com perfil mais adequado para esta oportunidade."),
    ("br", "Escolhemos uma pessoa com mais experiência em gestão."),
    ("br", "Optamos por priorizar candidatos com experiência em compras internacionais."),
    ("br", "Estamos seguindo com candidatos que estão mais alinhados às necessidades da vaga."),
    ("br", "Decidimos seguir com um candidato que possui mais experiência em auditoria."),
    ("pt", "Optámos por não prosseguir com a sua candidatura nesta fase."),
    ("br", "Nesta oportunidade, você não foi a pessoa escolhida."),
    ("br", "Neste momento, o seu perfil não está de acordo com as necessidades da vaga."),
    ("pt", "Após uma análise cuidada, a sua experiência não se revelou adequada à função."),
    ("br", "Identificamos que seu perfil não possui os requisitos necessários para a posição."),
    ("pt", "Informamos que a posição foi entretanto preenchida."),
    ("br", "Não foi possível aprovar sua candidatura desta vez."),
    ("br", "Nesse momento, seu perfil não será aproveitado."),
    ("pt", "Após cuidada análise, a sua candidatura não foi retida."),
    ("br", "Neste momento buscamos um perfil mais sênior para a posição."),
    ("br", "Estamos encerrando sua participação no processo seletivo."),
    ("br", "O Grupo Horizonte não vai avançar com a sua candidatura."),
    ("br", "Após conversarmos com os candidatos, escolhemos alguém que mora mais perto da loja."),
    ("pt", "De momento, não teremos oportunidade de avançar com o seu processo."),
    (
        "pt",
        "Depois de vermos todos os perfis, concluímos que não é o momento de avançarmos consigo.",
    ),
    ("br", "O processo foi encerrado com a contratação de outra candidata."),
    ("br", "Informamos que você não foi classificada no processo seletivo."),
    ("pt", "Após a avaliação curricular, foi excluída por não reunir os requisitos de admissão."),
    ("br", "As vagas desta turma foram todas preenchidas."),
    ("pt", "Após avaliação, não foi possível integrá-la na formação inicial desta vez."),
    ("br", "O cliente preferiu seguir com um perfil que já tenha liderado times maiores."),
    ("pt", "Já temos a equipa completa para o verão, mas fica o contacto."),
    ("pt", "Foi excluída do procedimento concursal por não ter obtido a classificação mínima."),
    ("br", "Infelizmente já contratamos alguém para a vaga."),
]


@pytest.mark.parametrize(("shell", "sentence"), REFUSALS)
def test_refusal_families_found_by_probing(shell: str, sentence: str) -> None:
    assert _kind(shell, sentence) is Kind.REJECTION


# the same words in a receipt that explains the process, a condition, a date, a posting
RECEIPTS = [
    "Encerramos o processo seletivo no dia 30 de abril e daremos retorno a todos.",
    "Encerramos as inscrições para esta vaga em 30 de abril.",
    "Caso outro candidato seja selecionado, avisaremos por e-mail.",
    "Após o processo seletivo ser concluído, daremos uma resposta a todos os candidatos.",
    "Selecionamos candidatos que cumpram os requisitos da função para as fases seguintes.",
    "Não possui todos os requisitos? Não tem problema, valorizamos a vontade de aprender.",
    "Para esta vaga, procuramos alguém com mais de cinco anos de experiência na área.",
    "Se o seu perfil não estiver de acordo com a vaga, manteremos os seus dados.",
    "Estamos disponíveis: podemos falar de segunda a sexta, das 9h às 18h.",
    "Você também pode passar na nossa loja de segunda a sexta, das 9h às 18h.",
    "Recebemos muitas candidaturas e responderemos a todas em até duas semanas.",
    "Após a triagem, agendamos entrevistas com os candidatos selecionados.",
    "Seria possível nos enviar o seu portfólio até sexta?",
    "Sem o envio do portfólio, não vamos conseguir avançar com a sua candidatura.",
    "Ainda não é o momento de avançar com a sua candidatura: estamos na fase de triagem.",
    "Candidaturas que não cumprirem os requisitos serão excluídas.",
    "Já temos a equipa de recrutamento a analisar o seu currículo.",
]


@pytest.mark.parametrize("sentence", RECEIPTS)
def test_look_alikes_stay_receipts(sentence: str) -> None:
    assert _kind("receipt", sentence) is Kind.APPLICATION_CONFIRMATION


def test_a_process_concluded_with_the_candidate_chosen_is_no_refusal() -> None:
    kind = rules_kind(
        "Grupo Horizonte <vagas@grupohorizonte.example>",
        "Resultado do processo",
        "Olá Marina,\n\nO processo seletivo foi concluído e você foi selecionada para a vaga de "
        "Analista Financeiro! Parabéns.\n\nGrupo Horizonte",
    )
    assert kind is Kind.OTHER_JOB


INVITATIONS = [
    (
        "br",
        "Você foi selecionada para participar da dinâmica de grupo, que acontecerá no dia "
        "14/03, às 9h, em nosso escritório.",
    ),
    ("br", "Pode vir aqui na loja na segunda às 9h para conversarmos?"),
    ("br", "Você consegue passar aqui amanhã para uma entrevista?"),
    ("pt", "Gostávamos de falar consigo por telefone durante esta semana."),
    ("pt", "Solicitamos a sua presença para uma entrevista no dia 8 de abril, às 9h."),
    ("br", "Vamos te ligar amanhã às 10h para uma conversa rápida."),
    ("br", "Gostaríamos de ter um contato telefônico com você nesta semana."),
    ("pt", "Convidamo-la para uma sessão de recrutamento no dia 3 de junho, às 9h30."),
    ("pt", "Informamos que a entrevista terá lugar no dia 5 de junho, às 11h."),
    ("br", "Grave sua entrevista em vídeo pelo link abaixo: são quatro perguntas."),
    ("br", "Sua candidatura foi movida para a etapa de entrevista com o gestor."),
    ("br", "Agendamos sua entrevista para quinta-feira, às 14h, na nossa sede."),
    ("pt", "Marcámos a sua entrevista para dia 12, às 10h, por Teams."),
    ("pt", "Teremos todo o prazer em recebê-la para uma entrevista na próxima semana."),
    ("br", "Seria possível conversarmos na sexta pela manhã?"),
    ("br", "Bora marcar um papo de 30 minutos com a nossa head de design?"),
    ("br", "Vem conversar comigo aqui na cozinha amanhã às 15h?"),
    ("pt", "O próximo passo será uma conversa de 45 minutos com a equipa de Dados."),
    ("br", "Você avançou para a etapa Entrevista com Gestor."),
    ("br", "Você foi selecionada para a próxima etapa: uma dinâmica em grupo, sábado às 9h."),
    ("br", "Quero te conhecer. Dá pra vir fazer um teste na quinta à tarde, umas 16h?"),
]


@pytest.mark.parametrize(("shell", "sentence"), INVITATIONS)
def test_invitation_families_found_by_probing(shell: str, sentence: str) -> None:
    assert _kind(shell, sentence) is Kind.INTERVIEW_INVITATION


def test_a_time_proposed_in_a_reply_is_an_invitation() -> None:
    kind = rules_kind(
        "Ana Souza <ana.souza@nuvemazul.example>",
        "Re: Vaga Product Manager",
        "Oi Marina,\n\nPodemos conversar na quinta às 10h pelo Google Meet? Te envio o link "
        "assim que confirmar.\n\nAna",
        reply=True,
    )
    assert kind is Kind.INTERVIEW_INVITATION


@pytest.mark.parametrize(
    "sentence",
    [
        "Gostaríamos de conhecer a sua opinião sobre a entrevista: responda à pesquisa abaixo.",
        "Gostávamos de saber a sua opinião sobre o nosso processo de recrutamento.",
    ],
)
def test_a_survey_about_the_interview_is_no_invitation(sentence: str) -> None:
    assert _kind("br", sentence) is not Kind.INTERVIEW_INVITATION


@pytest.mark.parametrize(
    "sentence",
    [
        "Como próxima etapa, pedimos-lhe que complete uma avaliação online.",
        "O próximo passo é um desafio técnico, que pode fazer em até cinco dias.",
    ],
)
def test_an_assessment_as_the_next_step_is_a_next_step(sentence: str) -> None:
    assert _kind("pt", sentence) is Kind.OTHER_JOB


def test_a_stage_that_is_no_interview_is_a_status_notice_after_the_thanks() -> None:
    kind = _kind("br", "Sua candidatura foi movida para a etapa de Análise de Currículo.")
    assert kind is Kind.OTHER_JOB


def test_the_volume_of_applications_is_no_receipt() -> None:
    kind = rules_kind(
        "Grupo Horizonte <vagas@grupohorizonte.example>",
        "Atualização",
        "Olá Marina,\n\nRecebemos muitas candidaturas para a vaga e ainda estamos analisando "
        "os perfis.\n\nAtenciosamente,\nGrupo Horizonte",
    )
    assert kind is Kind.OTHER_JOB


NOT_JOB = [
    (
        "Carreira em Foco <eventos@carreiraemfoco.example>",
        "Inscrição confirmada: webinar",
        'Olá Marina,\n\nSua inscrição no webinar "Como se destacar em entrevistas de emprego" '
        "está confirmada. O link será enviado um dia antes.\n\nCarreira em Foco",
    ),
    (
        "Organização <contato@feiradecarreiras.example>",
        "Feira de Carreiras 2027",
        "Olá Marina,\n\nSua inscrição na Feira de Carreiras 2027 foi realizada. Leve seu "
        "currículo impresso.\n\nOrganização",
    ),
    (
        "Universidade do Norte <admissoes@unorte.example>",
        "Resultado da candidatura",
        "Cara Marina,\n\nLamentamos informar que a sua candidatura ao Mestrado em Gestão não foi "
        "admitida.\n\nServiços Académicos",
    ),
    (
        "Gupy <naoresponda@gupy.io>",
        "Confirme seu e-mail",
        "Olá Marina,\n\nPara ativar sua conta, confirme seu endereço de e-mail clicando no link "
        "abaixo.\n\nGupy",
    ),
    (
        "Bootcamp Dev <contato@bootcampdev.example>",
        "Candidatura recebida",
        "Olá Marina,\n\nRecebemos a sua candidatura ao Bootcamp de Programação. Em breve "
        "enviaremos o resultado da seleção.\n\nBootcamp Dev",
    ),
    (
        "Ação Social <sas@uni.example>",
        "Candidatura ao alojamento",
        "Cara Marina,\n\nA sua candidatura ao alojamento universitário foi recebida.\n\nServiços "
        "de Ação Social",
    ),
    (
        "Câmara <participacao@cm.example>",
        "Concurso de ideias",
        "Cara Marina,\n\nA sua candidatura ao Concurso de Ideias Cidade Verde foi recebida."
        "\n\nCâmara Municipal",
    ),
    (
        "Escola Técnica <secretaria@etec.example>",
        "Processo seletivo - Curso Técnico",
        "Olá Marina,\n\nSua inscrição no processo seletivo para o Curso Técnico em Enfermagem "
        "foi confirmada. A prova será no dia 10/06.\n\nSecretaria",
    ),
    (
        "ONG Mãos à Obra <contato@maosaobra.example>",
        "Inscrição",
        "Olá Marina,\n\nObrigado por se inscrever como voluntária no mutirão de sábado! Vamos "
        "te ligar amanhã às 10h para passar os detalhes.\n\nONG Mãos à Obra",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), NOT_JOB)
def test_other_business_that_sounds_like_hiring_is_not_job(
    sender: str, subject: str, body: str
) -> None:
    assert rules_kind(sender, subject, body) is Kind.NOT_JOB


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an employer that teaches courses or lends money still hires
        (
            "Infelizmente, seguimos com outra candidata para a vaga de Instrutora de Cursos.",
            Kind.REJECTION,
        ),
        (
            "Recebemos seu currículo para a vaga de Analista de Crédito.",
            Kind.APPLICATION_CONFIRMATION,
        ),
    ],
)
def test_an_employers_mail_that_names_other_business_stays_job_mail(
    sentence: str, kind: Kind
) -> None:
    got = rules_kind(
        "Recrutamento <rh@bancoserra.example>",
        "Processo seletivo",
        f"Olá Marina,\n\n{sentence}\n\nRH Banco Serra",
    )
    assert got is kind


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        # a hotel's jobs name its rooms, a Portuguese offer its meal allowance, a Brazilian
        # posting the technical course it asks for
        (
            "Quinta do Sol Hotéis <recrutamento@quintadosol.example>",
            "Cara Marina,\n\nRecebemos a sua candidatura para Rececionista de Alojamento Local."
            "\n\nQuinta do Sol Hotéis",
        ),
        (
            "Tejo Digital <recrutamento@tejodigital.example>",
            "Cara Marina,\n\nRecebemos a sua candidatura para Programadora. A função inclui "
            "subsídio de alimentação e seguro de saúde.\n\nTejo Digital",
        ),
        (
            "Logística Pampa <rh@logisticapampa.example>",
            "Olá Marina,\n\nRecebemos seu currículo para a vaga de Eletricista. Requisito: curso "
            "técnico em eletrotécnica.\n\nRH Logística Pampa",
        ),
    ],
)
def test_job_mail_that_names_rooms_allowances_or_courses_stays_a_receipt(
    sender: str, body: str
) -> None:
    assert rules_kind(sender, "Candidatura recebida", body) is Kind.APPLICATION_CONFIRMATION


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a change of status after the thanks, no receipt stated: a status notice
        (
            "A sua candidatura foi pré-selecionada e está agora com a equipa técnica.",
            Kind.OTHER_JOB,
        ),
        ("O seu currículo foi encaminhado para o gestor da área.", Kind.OTHER_JOB),
        # a state is what a receipt says too; a receipt stated stays a receipt
        ("A sua candidatura encontra-se em análise.", Kind.APPLICATION_CONFIRMATION),
        (
            "Recebemos o seu CV e encaminhámo-lo para o gestor da área.",
            Kind.APPLICATION_CONFIRMATION,
        ),
    ],
)
def test_a_change_of_status_after_the_thanks_is_a_status_notice(sentence: str, kind: Kind) -> None:
    assert _kind("pt", sentence) is kind


def test_an_impersonal_receipt_is_a_confirmation() -> None:
    kind = rules_kind(
        "Município de Vila Alta <rh@cm-vilaalta.example>",
        "Procedimento concursal",
        "Exma. Senhora,\n\nConfirma-se a receção da sua candidatura ao procedimento concursal "
        "para Assistente Técnico.\n\nRecursos Humanos",
    )
    assert kind is Kind.APPLICATION_CONFIRMATION
