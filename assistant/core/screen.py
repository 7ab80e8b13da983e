"""The cheap header-only pre-filter the scanner runs before it fetches a body (pure).

``screen`` keeps (with the reason) what may be job mail: ATS and job-board senders,
hiring mailboxes, senders whose name is a hiring team ("Acme Recruitment"), subjects
with job, application, interview, receipt or auto-reply words or a job title,
automatic replies from a person's mailbox. It skips bulk and list mail, no-reply
senders and private mail whose subject says nothing of a job.
"""

from __future__ import annotations

import re

from assistant.core import senders
from assistant.core.cues import hiring_team
from assistant.core.header_rules import auto_headers, list_headers
from assistant.core.job_title import subject_title
from assistant.core.models import Message

_SCREEN_SUBJECT = re.compile(
    r"(?i)\b(?:application|applied|apply|applying|candidate|candidacy|candidature|job|jobs|positions?|"
    r"roles?|vacanc\w*|career\w*|recruit\w*|hiring|interview\w*|offer|resume|r[ée]sum[ée]|cv|"
    r"assessments?|coding\s+(?:test|challenge)|invited\s+you|shortlist\w*|screening|"
    r"talent|opportunit\w*|thank\s+you|thanks|received|receipt|confirm\w*|acknowledg\w*|"
    r"your\s+(?:application|interest)|next\s+steps?|"
    r"update|status|unfortunately|regret|bewerbung\w*|stelle\w*|vorstellungsgespr[äa]ch|absage|"
    r"karriere|candidature|poste|emploi|entretien|recrutement|sollicit\w*|vacature\w*|"
    r"functie|gesprek|candidatura|solicitud|puesto|vacante|entrevista|empleo|postulaci[oó]n|"
    # job alerts and candidate accounts (de/nl/es/it) beyond the words above
    r"bewerber\w*|jobalarm|jobagent|kandida(?:at|ten)\w*|sollicitant\w*|empleos|vacantes|"
    r"trabajos|ofertas\s+(?:de\s+(?:empleo|trabajo)|que\s+te)|annunci\s+(?:di\s+lavoro|per\s+te)|"
    r"welcome\s+aboard|"
    r"automatic\s+reply|auto(?:matic|matische|matisch)?[\s-]*(?:reply|response|antwort|antwoord)|"
    r"out\s+of\s+(?:the\s+)?office|abwesenheit\w*|r[ée]ponse\s+automatique|absence|afwezig|"
    r"respuesta\s+autom[aá]tica|fuera\s+de\s+la\s+oficina|on\s+leave|away|vacation|holiday|"
    # Italian and Portuguese
    r"candidat[oiae]|colloqui\w*|selezione|posizione|ruolo|offerta\s+di\s+lavoro|lavora\s+con\s+noi|"
    r"assunzione|curriculum|grazie|ricevut[oa]|conferma|esito|purtroppo|aggiornamento|"
    r"risposta\s+automatica|fuori\s+(?:ufficio|sede)|assente|in\s+ferie|vaga|vagas|emprego|"
    r"recrutamento|sele[çc][ãa]o|processo\s+seletivo|curr[íi]culo|inscri[çc][ãa]o|obrigad[oa]|"
    r"recebid[oa]|convoca[çc][ãa]o|infelizmente|atualiza[çc][ãa]o|oportunidade|"
    r"resposta\s+autom[áa]tica|ausente|fora\s+do\s+escrit[óo]rio|f[ée]rias|parab[ée]ns|"
    r"aprovad[oa]|selecionad[oa]|novas\s+vagas|teste|etapa|proposta|agradecemos|"
    # French beyond the words above
    r"pr[ée]s[ée]lection\w*|s[ée]lectionn[ée]e?s?|f[ée]licitations|nouvelles?(?:\(s\))?\s+offres?|"
    r"offres?\s+(?:d['’]emploi|pour\s+vous)|exercice|convocation|merci|re[çc]ue?|r[ée]ception|"
    r"malheureusement|dossier|stage|alternance|cdi|cdd|absente?|cong[ée]s|refus|postul\w*|"
    r"embauche|vivier|"
    # Portuguese beyond the words above
    r"din[âa]mica|contrata[çc][ãa]o|agendamento)\b"
)


def screen(message: Message) -> str | None:
    """Decide from headers only whether a message may be job mail worth fetching.

    Keeps (returns the reason): ATS and job-board senders, hiring mailboxes,
    subjects with job, application, interview, thanks/receipt or auto-reply words
    in seven languages, and automatic replies from a person's mailbox. Skips
    (returns None): bulk and list mail, no-reply/notification senders and private
    mail whose subject says nothing about a job. The scanner adds what only it
    can know: replies in an application's thread, mail from a known employer.
    """
    try:
        return _screen(message)
    except Exception:
        return "screen error: kept"


def _screen(message: Message) -> str | None:
    info = senders.sender_info(message)
    if info.ats:
        return f"sender is the {info.ats} {'job board' if info.board else 'ATS'}"
    subject_hit = _SCREEN_SUBJECT.search(message.subject or "")
    if subject_hit:
        return f"subject mentions {subject_hit.group(0).lower()!r}"
    title = subject_title(message.subject or "")
    if title:
        return f"subject is a job title {title!r}"
    if info.job_mailbox:
        return "sender is a hiring mailbox"
    team = hiring_team(message.sender.name) if message.sender and not info.other_mailbox else []
    if team:  # "Acme Recruitment" <no-reply@acme.example>
        return f"sender names a hiring team {team[0]!r}"
    if message.sender is None:
        return "no sender: kept to be safe"
    bulk = list_headers(message.headers) or (
        (message.headers.get("precedence") or "").lower() in ("bulk", "list", "junk")
    )
    if bulk:
        return None
    if info.no_reply or info.other_mailbox:
        return None
    if auto_headers(message.headers):
        return "automatic reply from a person's mailbox"
    # A person's mail whose subject says nothing about a job is private mail. Replies
    # in an application's thread and mail from a known employer's domain are kept by
    # the scanner, which knows the applications; this function does not.
    return None
