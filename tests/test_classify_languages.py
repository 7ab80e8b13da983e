"""Job mail beyond English: Italian and Portuguese cues, rejection wording families of
every language, the conditional rule and screening (do-not-follow-up sentences:
tests/test_nofollowup.py). Every text is written for these tests (none from the corpus).

The kinds are asserted on the rules alone (``use_model=False``): the model is retrained
on the rules' cues, and these tests pin the cues themselves.
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse
from assistant.core.screen import screen


def _mail(sender: str, subject: str, body: str, extra: str = "") -> bytes:
    return f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n{extra}\n{body}\n".encode()


MAILS = [
    # --- Italian
    (
        Kind.APPLICATION_CONFIRMATION,
        "Selezione <lavoraconnoi@ortolani.example>",
        "Conferma candidatura",
        "Gentile Robin,\n\nabbiamo ricevuto la tua candidatura per la posizione di Tecnico di "
        "laboratorio. Il nostro team la valuterà con attenzione nelle prossime settimane.\n\n"
        "Cordiali saluti,\nUfficio Risorse Umane",
    ),
    (
        Kind.REJECTION,
        "Risorse Umane <hr@ortolani.example>",
        "Esito della selezione",
        "Gentile Robin,\n\nti ringraziamo per l'interesse dimostrato verso la nostra azienda. "
        "Purtroppo abbiamo deciso di proseguire con altri candidati il cui profilo è più "
        "vicino alle esigenze del ruolo.\n\nTi auguriamo il meglio per il tuo futuro "
        "professionale.",
    ),
    (
        Kind.REJECTION,
        "Selezione <selezione@ortolani.example>",
        "La tua candidatura",
        "Buongiorno,\n\nsiamo spiacenti di comunicarti che la tua candidatura non è stata "
        "selezionata per il proseguimento dell'iter di selezione. Grazie per il tempo che ci "
        "hai dedicato.",
    ),
    (
        Kind.INTERVIEW_INVITATION,
        "Giulia Ferri <giulia.ferri@ortolani.example>",
        "Invito a colloquio",
        "Ciao Robin,\n\nabbiamo letto il tuo curriculum con interesse e vorremmo conoscerti "
        "meglio. Saresti disponibile per un colloquio conoscitivo in videochiamata la "
        "prossima settimana? Indicami pure due o tre fasce orarie.\n\nGiulia",
    ),
    (
        Kind.AUTO_REPLY,
        "Giulia Ferri <giulia.ferri@ortolani.example>",
        "Risposta automatica: Candidatura Tecnico di laboratorio",
        "Sono fuori ufficio fino al 12 maggio con accesso limitato alla posta. Al mio rientro "
        "risponderò al tuo messaggio.",
        "Auto-Submitted: auto-replied\n",
    ),
    # --- Portuguese (European and Brazilian)
    (
        Kind.APPLICATION_CONFIRMATION,
        "Recrutamento <recrutamento@pinhal.example>",
        "Candidatura recebida",
        "Olá Robin,\n\nobrigado pela sua candidatura à vaga de Analista de Dados. Recebemos o "
        "seu currículo e a nossa equipa irá analisar o seu perfil com atenção.\n\n"
        "Com os melhores cumprimentos,\nEquipa de Recrutamento",
    ),
    (
        Kind.REJECTION,
        "Recrutamento <recrutamento@pinhal.example>",
        "Processo de recrutamento",
        "Olá Robin,\n\nagradecemos o seu interesse e o tempo dedicado ao nosso processo. "
        "Infelizmente, optamos por seguir com outros candidatos cujo perfil está mais "
        "alinhado com a função.\n\nDesejamos muito sucesso na sua carreira.",
    ),
    (
        Kind.REJECTION,
        "Talentos <talentos@cerrado.example>",
        "Retorno do processo seletivo",
        "Oi Robin, tudo bem?\n\nQueremos agradecer a sua participação no nosso processo "
        "seletivo. Neste momento, a sua candidatura não foi selecionada para a próxima "
        "etapa, mas manteremos o seu currículo na nossa base.",
    ),
    (
        Kind.INTERVIEW_INVITATION,
        "Marta Lopes <marta.lopes@cerrado.example>",
        "Convite para entrevista",
        "Oi Robin,\n\ngostaríamos de conhecer você melhor! Você tem disponibilidade para uma "
        "entrevista por vídeo na quinta-feira às 15h? Se não puder, me indique outro horário."
        "\n\nAbraços,\nMarta",
    ),
    (
        Kind.AUTO_REPLY,
        "Marta Lopes <marta.lopes@cerrado.example>",
        "Resposta automática: Analista de Dados",
        "Estou de férias até ao dia 3 de agosto. Durante a minha ausência, os e-mails não "
        "serão lidos; responderei no meu regresso.",
        "Auto-Submitted: auto-replied\n",
    ),
]


MORE = [
    (
        Kind.REJECTION,
        "Personal <karriere@brightwell.example>",
        "Ihre Bewerbung",
        "Vielen Dank für Ihre Bewerbung. Die Wahl ist am Ende auf eine andere Person gefallen.",
    ),
    (
        Kind.REJECTION,
        "Vacatures <vacatures@brugwerk.example>",
        "Je sollicitatie",
        "Bedankt voor je sollicitatie. Je ervaring sluit helaas onvoldoende aan bij de functie.",
    ),
    (
        Kind.REJECTION,
        "Selección <empleo@alameda.example>",
        "Tu candidatura",
        "Gracias por tu candidatura. Tu experiencia no encaja con lo que necesitamos ahora.",
    ),
    (
        Kind.REJECTION,
        "Selezione <selezione@ortolani.example>",
        "La tua candidatura",
        "Grazie per la tua candidatura. Abbiamo scelto un altro candidato per questo ruolo.",
    ),
    (
        Kind.INTERVIEW_INVITATION,
        "Léa <lea@verdier.example>",
        "Votre candidature",
        "Merci pour votre candidature. Nous vous proposons un entretien jeudi à 14h.",
    ),
    (
        Kind.INTERVIEW_INVITATION,
        "Lucía <lucia@alameda.example>",
        "Tu candidatura",
        "Gracias por tu candidatura. ¿Tienes disponibilidad para una llamada el lunes?",
    ),
    (
        Kind.INTERVIEW_INVITATION,
        "Jonas <jonas@brightwell.example>",
        "Deine Bewerbung",
        "Danke für deine Bewerbung! Hast du am Freitag Zeit für ein kurzes Telefonat?",
    ),
    (
        Kind.REJECTION,
        "Recrutamento <recrutamento@pinhal.example>",
        "A sua candidatura",
        "Obrigado pelo seu tempo. Neste momento não seguiremos com a sua candidatura.",
    ),
    (
        Kind.REJECTION,
        "Selezione <selezione@ortolani.example>",
        "Aggiornamento candidatura",
        "Dopo un'attenta valutazione abbiamo deciso di non procedere con il tuo profilo.",
    ),
    (
        Kind.INTERVIEW_INVITATION,
        "Marta Lopes <marta.lopes@cerrado.example>",
        "Processo seletivo",
        "Olá Robin! Sua entrevista está agendada para terça-feira às 10h, por vídeo.",
    ),
    (
        Kind.APPLICATION_CONFIRMATION,
        "Selección <empleo@alameda.example>",
        "Solicitud de empleo",
        "Hola Robin, revisaremos tu candidatura en los próximos días.",
    ),
    (
        Kind.OTHER_JOB,  # the employer answers the candidate's withdrawal
        "Recruiting <recruiting@brightwell.example>",
        "Re: Rückzug meiner Bewerbung",
        "Guten Tag, danke für Ihre Nachricht, wir haben den Rückzug Ihrer Bewerbung "
        "vermerkt. Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.",
    ),
    (
        Kind.OTHER_JOB,  # an offer
        "Schulleitung <schulleitung@brightwell.example>",
        "Ihre Bewerbung",
        "Wir freuen uns, Ihnen mitteilen zu können, dass wir Sie für die Stelle ausgewählt haben.",
    ),
    (
        Kind.OTHER_JOB,  # a job alert
        "Emplois <alertes@emplois.example>",
        "3 nouvelles offres",
        "Bonjour, de nouvelles offres correspondent à votre recherche de candidat "
        "« comptable Lyon ».",
    ),
    (
        Kind.AUTO_REPLY,  # a reply subject without In-Reply-To
        "Julien <julien@verdier.example>",
        "Re: Candidature spontanée",
        "Je suis actuellement absent et serai de retour lundi.",
    ),
]


@pytest.mark.parametrize(
    ("kind", "sender", "subject", "body", "extra"), [(*m, "")[:5] for m in MAILS + MORE]
)
def test_kinds_by_their_wording(
    kind: Kind, sender: str, subject: str, body: str, extra: str
) -> None:
    analysis = classify(parse(_mail(sender, subject, body, extra)), use_model=False)
    assert analysis.kind is kind, analysis.reasons


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        # the candidate does not meet the requirements
        (
            "Talent <talent@brightwell.example>",
            "Your application",
            "Having reviewed your profile, we found that it does not fully meet the minimum "
            "requirements for this role.",
        ),
        (
            "Personal <karriere@brightwell.example>",
            "Ihre Bewerbung",
            "Nach Durchsicht Ihrer Unterlagen entsprechen Sie den Anforderungen der Stelle "
            "leider nicht vollständig. Wir sehen daher von einer weiteren Berücksichtigung ab.",
        ),
        (
            "Recrutamento <recrutamento@pinhal.example>",
            "Atualização da candidatura",
            "Analisámos o seu currículo, mas o seu perfil não atende aos requisitos desta vaga.",
        ),
        # the application does not go on in the process
        (
            "Selección <empleo@alameda.example>",
            "Tu candidatura",
            "Tras revisar tu perfil, tu candidatura no sigue adelante en este proceso.",
        ),
        (
            "Vacatures <vacatures@brugwerk.example>",
            "Je sollicitatie",
            "We hebben besloten je sollicitatie niet verder in behandeling te nemen.",
        ),
        (
            "Recrutement <recrutement@verdier.example>",
            "Votre candidature",
            "Malheureusement, nous n'avons aucun poste correspondant à votre profil.",
        ),
        # the vacancy is filled, or nobody is being hired
        (
            "Bram <bram@brugwerk.example>",
            "Re: Open sollicitatie",
            "Dank je voor je berichtje! Jammer genoeg zoeken we op dit moment niemand, de "
            "functie is intussen ingevuld.",
        ),
        (
            "Talentos <talentos@cerrado.example>",
            "Sua candidatura",
            "Agradecemos o contato, mas no momento não estamos contratando para esta área.",
        ),
    ],
)
def test_rejection_families(sender: str, subject: str, body: str) -> None:
    analysis = classify(parse(_mail(sender, subject, body)), use_model=False)
    assert analysis.kind is Kind.REJECTION, analysis.reasons


@pytest.mark.parametrize(
    "body",
    [
        # a confirmation that explains what happens if the candidate is selected
        "Grazie per la tua candidatura. Qualora il tuo profilo fosse in linea con la "
        "posizione, ti contatteremo per fissare un colloquio.",
        "Obrigado pela sua candidatura. Caso o seu perfil seja selecionado, entraremos em "
        "contacto para agendar uma entrevista.",
        "Obrigado pela sua candidatura. Se o seu perfil for aprovado, vamos convidar você "
        "para uma entrevista com a equipe.",
    ],
)
def test_a_condition_is_not_an_invitation(body: str) -> None:
    raw = _mail("Selezione <careers@pinhal.example>", "Candidatura", body)
    analysis = classify(parse(raw), use_model=False)
    assert analysis.kind is Kind.APPLICATION_CONFIRMATION, analysis.reasons


def test_spanish_impersonal_se_is_no_condition() -> None:
    """Italian / Portuguese "Se ..." opens a condition only with the words that follow
    it there; Spanish "Se ha ..." is a statement."""
    body = (
        "Hola Robin,\n\nSe ha decidido continuar con otros candidatos para el puesto de "
        "comercial. Gracias por tu interés."
    )
    raw = _mail("RRHH <rrhh@alameda.example>", "Tu candidatura", body)
    assert classify(parse(raw), use_model=False).kind is Kind.REJECTION


@pytest.mark.parametrize(
    "subject",
    [
        "Conferma della tua candidatura",
        "Invito a colloquio - Tecnico di laboratorio",
        "Esito selezione",
        "Fuori ufficio",
        "Candidatura recebida",
        "Convocação para entrevista",
        "Processo seletivo - Analista de Dados",
        "Resposta automática: ausente do escritório",
    ],
)
def test_screen_keeps_italian_and_portuguese_subjects(subject: str) -> None:
    message = parse(f"From: Kim <kim@example.org>\nSubject: {subject}\n".encode())
    assert screen(message) is not None


def test_screen_keeps_italian_and_portuguese_hiring_mailboxes() -> None:
    for sender in ("lavoraconnoi@ortolani.example", "recrutamento@pinhal.example"):
        message = parse(f"From: {sender}\nSubject: Novidades\n".encode())
        assert screen(message) == "sender is a hiring mailbox"
