"""French and Portuguese wording families beyond the first phrasings: regret and
"the choice fell on someone else", literary negation without "pas", tutoiement,
Brazilian "seguiremos com outros", "não passou para a próxima etapa", availability
questions, more receipts; and the look-alikes that must stay what they are (a promise
to call "si votre profil correspond", a workshop's "aguardamos você", a bank's or a
school's refusal). Every text is written for these tests (none from the corpus).

Kinds are asserted on the rules alone (``use_model=False``), as in
tests/test_classify_frpt.py.
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse
from assistant.core.screen import screen

C, R, I, O, N = (  # noqa: E741
    Kind.APPLICATION_CONFIRMATION,
    Kind.REJECTION,
    Kind.INTERVIEW_INVITATION,
    Kind.OTHER_JOB,
    Kind.NOT_JOB,
)
FR_HR = "Recrutement <recrutement@verdier.example>"
FR_PERSON = "Léa Morel <lea.morel@verdier.example>"
PT_HR = "Gente e Cultura <gente@cerrado.example>"
PT_PERSON = "Marina Souto <marina.souto@cerrado.example>"


def _mail(sender: str, subject: str, body: str) -> bytes:
    return f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n\n{body}\n".encode()


MAILS = [
    # ---------------- French rejections
    (
        R,
        FR_HR,
        "Votre candidature",
        "Bonjour Robin,\n\nNous vous remercions de l'intérêt que vous portez à notre société. "
        "Nous regrettons de vous informer que nous avons retenu un profil plus proche de nos "
        "besoins.\n\nCordialement",
    ),
    (
        R,
        FR_HR,
        "Votre candidature",
        "Bonjour,\n\nAprès étude de votre dossier, notre choix s'est porté sur une personne "
        "dont l'expérience correspond davantage au poste.\n\nBien à vous",
    ),
    (
        R,
        FR_PERSON,
        "Ta candidature",
        "Salut Robin,\n\nMerci pour ta candidature ! On a pris le temps de la lire, mais on ne "
        "va pas pouvoir te proposer le poste cette fois-ci.\n\nLéa",
    ),
    (
        R,
        FR_HR,
        "Candidature Chargé de projet",
        "Madame, Monsieur,\n\nVotre candidature n'a pu être retenue pour la suite du processus "
        "de recrutement.\n\nLe service RH",
    ),
    (
        R,
        FR_HR,
        "Candidature",
        "Bonjour,\n\nNous poursuivons le processus avec d'autres candidats pour ce poste.\n\n"
        "Le service RH",
    ),
    (
        R,
        FR_HR,
        "Candidature",
        "Bonjour,\n\nNous ne pouvons malheureusement y donner une suite favorable.\n\n"
        "Le service RH",
    ),
    (
        R,
        FR_HR,
        "Candidature",
        "Bonjour,\n\nNous sommes désolés de t'annoncer que ta candidature pour le poste de "
        "développeur n'a pas abouti.\n\nL'équipe",
    ),
    (
        R,
        FR_HR,
        "Poste de comptable",
        "Bonjour,\n\nMerci de votre candidature. Le poste n'est plus disponible, il vient "
        "d'être pourvu en interne.\n\nL'équipe",
    ),
    # ---------------- French invitations
    (
        I,
        FR_PERSON,
        "Ta candidature",
        "Salut Robin,\n\nTon profil nous plaît beaucoup ! Serais-tu disponible jeudi ou "
        "vendredi pour un premier échange en visio ?\n\nLéa",
    ),
    (
        I,
        FR_PERSON,
        "Candidature",
        "Bonjour Robin,\n\nJe vous confirme notre entretien de mardi à 14h dans nos locaux.\n\nLéa",
    ),
    (
        I,
        FR_PERSON,
        "Votre candidature",
        "Bonjour,\n\nPour la suite du recrutement, je vous propose de caler un créneau pour un "
        "échange téléphonique de 30 minutes.\n\nLéa",
    ),
    # ---------------- French receipts
    (
        C,
        "Recrutement <jobs@verdier.example>",
        "Candidature",
        "Bonjour,\n\nNous avons bien réceptionné votre candidature au poste d'assistant "
        "comptable et nous vous en remercions.\n\nL'équipe recrutement",
    ),
    (
        C,
        "Recrutement <jobs@verdier.example>",
        "Candidature",
        "Bonjour,\n\nNous avons pris connaissance de votre candidature pour le poste de "
        "technicien. Elle sera étudiée dans les meilleurs délais.\n\nL'équipe recrutement",
    ),
    # ---------------- Portuguese rejections
    (
        R,
        PT_HR,
        "Processo seletivo",
        "Olá Robin,\n\nAgradecemos seu interesse na vaga. Neste momento seguiremos com outros "
        "candidatos cujo perfil está mais próximo do que buscamos.\n\nTime de Gente",
    ),
    (
        R,
        PT_HR,
        "Processo seletivo",
        "Olá Robin,\n\nObrigado por participar do nosso processo seletivo. Você não passou "
        "para a próxima etapa desta vez.\n\nTime de Gente",
    ),
    (
        R,
        PT_HR,
        "Atualização",
        "Olá Robin,\n\nLamentamos informar que escolhemos outro perfil para a vaga de Analista "
        "de Dados.\n\nEquipe de Recrutamento",
    ),
    (
        R,
        PT_HR,
        "Sua candidatura",
        "Olá Robin,\n\nApós avaliação, não conseguimos avançar com a sua candidatura para a "
        "vaga de Designer.\n\nEquipe de Recrutamento",
    ),
    # ---------------- Portuguese invitations
    (
        I,
        PT_HR,
        "Próxima etapa",
        "Olá Robin,\n\nParabéns! A próxima etapa do processo seletivo será uma entrevista com "
        "a gestora da área.\n\nEquipe de Recrutamento",
    ),
    (
        I,
        PT_PERSON,
        "Vaga de Analista",
        "Oi Robin, tudo bem?\n\nVi seu currículo e gostei muito. Qual a sua disponibilidade "
        "para conversarmos esta semana?\n\nMarina",
    ),
    (
        I,
        PT_HR,
        "Processo seletivo",
        "Olá Robin,\n\nVocê avançou para a etapa de entrevistas! Contamos com a sua presença "
        "no dia 12 às 10h.\n\nEquipe de Recrutamento",
    ),
    # ---------------- Portuguese receipt
    (
        C,
        PT_HR,
        "Candidatura",
        "Olá Robin,\n\nAgradecemos pela sua candidatura à vaga de Analista Financeiro. Vamos "
        "analisar o seu perfil com atenção.\n\nEquipe de Recrutamento",
    ),
    # ---------------- the invitation named as a noun, more receipts
    (
        I,
        FR_HR,
        "Votre candidature",
        "Bonjour Robin,\n\nMerci pour votre candidature. Vous trouverez ci-dessous votre "
        "invitation à un premier entretien en visio avec notre directrice technique.\n\n"
        "L'équipe recrutement",
    ),
    (
        I,
        PT_HR,
        "Candidatura",
        "Olá Robin,\n\nObrigado pela sua candidatura! Este é o seu convite para a dinâmica de "
        "grupo da vaga de Vendedor, na próxima quarta-feira.\n\nEquipe de Recrutamento",
    ),
    (
        C,
        FR_HR,
        "Candidature",
        "Bonjour,\n\nNous vous confirmons avoir reçu votre candidature pour le poste de "
        "magasinier.\n\nL'équipe recrutement",
    ),
    (
        C,
        PT_HR,
        "Vaga de Auxiliar",
        "Olá Robin,\n\nCurrículo recebido com sucesso! Nossa equipe vai avaliar seu perfil "
        "para a vaga de Auxiliar de Logística.\n\nEquipe de Recrutamento",
    ),
    # ---------------- an applicant portal's status labels and the interview's details
    (
        R,
        "Portal de Vagas <naoresponda@vagas-cerrado.example>",
        "Atualização da sua candidatura",
        "Olá Robin,\n\nAtualização da sua candidatura\n\n❌ Status: Reprovado\n\n"
        "Vaga: Analista de Dados\n\nEste é um e-mail automático.",
    ),
    (
        R,
        "Carrières <noreply@carrieres-verdier.example>",
        "Votre candidature",
        "Bonjour Robin,\n\nStatut de votre candidature : Refusée\n\nPoste : Vendeur",
    ),
    (
        R,
        FR_HR,
        "Votre candidature",
        "Bonjour,\n\nNous avons étudié votre dossier : votre candidature n'est pas retenue "
        "pour le poste de vendeur.\n\nCordialement",
    ),
    (
        I,
        PT_HR,
        "Vaga de Analista",
        "Olá Robin,\n\nData da entrevista: 12/03, às 10h\nLocal: Rua das Flores, 100\n\n"
        "Equipe de Recrutamento",
    ),
    # ---------------- status notices (other_job): an answer to the candidate's question,
    # a status label, the recruiter viewed the CV; an unfinished application's subject
    (
        O,
        "Carrières <noreply@carrieres-verdier.example>",
        "Re: Ma candidature",
        "Bonjour Robin,\n\nMerci pour votre message concernant votre candidature au poste de "
        "vendeur. Elle est toujours à l'étude.\n\nL'équipe",
    ),
    (
        O,
        "Carrières <noreply@carrieres-verdier.example>",
        "Votre candidature",
        "Bonjour Robin,\n\nStatut de votre candidature : en cours d'examen\n\nPoste : Vendeur",
    ),
    (
        O,
        "Portal de Vagas <naoresponda@vagas-cerrado.example>",
        "Atualização",
        "Olá Robin,\n\nStatus: Em análise\n\nVaga: Analista de Dados",
    ),
    (
        O,
        "Portal de Vagas <naoresponda@vagas-cerrado.example>",
        "Novidades",
        "Olá Robin,\n\nA recrutadora visualizou o seu currículo para a vaga de Analista.",
    ),
    (
        O,
        "Portal de Vagas <naoresponda@vagas-cerrado.example>",
        "Finalize sua candidatura",
        "Olá Robin,\n\nFaltam poucos passos para a vaga de Analista de Dados: acesse o portal.",
    ),
    # ---------------- a test to take, named with a colon or a link (other_job)
    (
        O,
        FR_HR,
        "Votre candidature",
        "Bonjour Robin,\n\nMerci pour votre candidature au poste de développeur. Prochaine "
        "étape : un test technique en ligne de 45 minutes.\n\nL'équipe",
    ),
    (
        O,
        PT_HR,
        "Vaga de Desenvolvedor",
        "Olá Robin,\n\nSegue o link do desafio técnico da vaga de Desenvolvedor. O prazo "
        "para entregar o desafio é sexta-feira.\n\nEquipe de Recrutamento",
    ),
    # ---------------- hard negatives
    (
        C,
        FR_HR,
        "Votre candidature",
        "Bonjour Robin,\n\nNous avons bien reçu votre candidature. Si elle est retenue, "
        "prochaine étape : un test technique en ligne.\n\nL'équipe",
    ),
    (
        N,
        "Beleza Ipê <contato@belezaipe.example>",
        "Sua candidatura",
        "Olá Robin,\n\nSeja uma revendedora e ganhe dinheiro! Recebemos a sua candidatura e "
        "em breve enviaremos o seu kit.\n\nBeleza Ipê",
    ),
    (
        N,
        "Comissão Eleitoral <comissao@associacao-bairro.example>",
        "Candidatura recebida",
        "Olá Robin,\n\nRecebemos a sua candidatura às eleições do conselho da associação. "
        "A votação acontece no dia 20.\n\nComissão Eleitoral",
    ),
    # an employer's meeting with its own staff is no job search
    (
        N,
        "Direction <direction@verdier.example>",
        "Convocation",
        "Madame,\n\nNous vous adressons une convocation à un entretien préalable à une "
        "éventuelle mise à pied, le 3 mars à 10h.\n\nLa direction",
    ),
    # a promise to call, with its condition after the cue, is the process explained
    (
        C,
        "Recrutement <jobs@verdier.example>",
        "Votre candidature",
        "Bonjour,\n\nNous avons bien reçu votre candidature. Nous vous contacterons pour "
        "organiser un entretien si votre profil correspond.\n\nL'équipe",
    ),
    (
        C,
        "Recrutement <jobs@verdier.example>",
        "Votre candidature",
        "Bonjour,\n\nNous avons bien reçu votre candidature. Nous reviendrons vers vous pour "
        "caler un créneau d'entretien si votre profil correspond.\n\nL'équipe",
    ),
    (
        C,
        PT_HR,
        "Candidatura",
        "Olá Robin,\n\nRecebemos sua candidatura. Entraremos em contato para agendar uma "
        "entrevista caso seu perfil seja aprovado.\n\nEquipe de Recrutamento",
    ),
    (
        C,
        PT_HR,
        "Candidatura",
        "Olá Robin,\n\nRecebemos sua candidatura. Caso seja selecionado, a próxima etapa será "
        "uma entrevista com a equipe.\n\nEquipe de Recrutamento",
    ),
    # other business that waits for the reader, refuses or regrets
    (
        N,
        "Escola Aurora <contato@escola-aurora.example>",
        "Inscrição confirmada",
        "Olá Robin,\n\nRecebemos a sua inscrição no workshop de fotografia. Aguardamos você no "
        "dia 12! Confirme sua presença pelo link.\n\nEquipe",
    ),
    (
        N,
        "Banco Ipê <contato@bancoipe.example>",
        "Sua proposta",
        "Olá Robin,\n\nLamentamos informar que a sua solicitação de cartão de crédito não foi "
        "aprovada.\n\nBanco Ipê",
    ),
    (
        N,
        "Scolarité <scolarite@ecole-lumiere.example>",
        "Votre candidature",
        "Bonjour,\n\nNous regrettons de vous informer que votre candidature au master n'a pas "
        "été retenue par le jury d'admission.\n\nLa scolarité",
    ),
]


@pytest.mark.parametrize(("kind", "sender", "subject", "body"), MAILS)
def test_french_and_portuguese_families(kind: Kind, sender: str, subject: str, body: str) -> None:
    analysis = classify(parse(_mail(sender, subject, body)), use_model=False)
    assert analysis.kind is kind, analysis.reasons


def test_a_promise_without_a_condition_is_still_an_invitation() -> None:
    body = "Bonjour Robin,\n\nNous vous contacterons demain pour organiser un entretien.\n"
    analysis = classify(parse(_mail(FR_PERSON, "Candidature", body)), use_model=False)
    assert analysis.kind is I, analysis.reasons


def test_closing_words_alone_are_a_rejection_but_not_beside_a_receipt() -> None:
    closing = "Nous conservons votre CV pour de futures opportunités. Bonne chance pour la suite."
    alone = classify(parse(_mail(FR_HR, "Candidature", closing)), use_model=False)
    assert alone.kind is R, alone.reasons
    receipt = "Nous avons bien reçu votre candidature. " + closing
    beside = classify(parse(_mail(FR_HR, "Candidature", receipt)), use_model=False)
    assert beside.kind is C, beside.reasons


@pytest.mark.parametrize(
    "subject",
    ["Refus", "Postulez dès maintenant", "Dinâmica de grupo", "Agendamento"],
)
def test_screen_keeps_more_french_and_portuguese_subjects(subject: str) -> None:
    raw = f"From: Ana <ana@cerrado.example>\nTo: robin@example.net\nSubject: {subject}\n\n"
    assert screen(parse(raw.encode()))
