"""A calendar program's invitation to a job interview (pure): Google Calendar, Outlook /
Teams, Zoom and the like send "Invitation: <event> @ <time>" for an event someone put
in the reader's calendar.

Such mail has hardly any words of its own, so the word lists find too little job
wording in it. When the event's title names a hiring interview, an employer has invited
the reader to one. "Interview" alone is not enough (the press, research, a school's
admission and a mortgage adviser interview too): the title must also name the reader
("Interview Robin Lee / Tessellate", as tracking systems title their events), a job
title ("Interview - Backend Engineer") or hiring ("Technical interview",
"Vorstellungsgespräch", "entretien d'embauche").
``calendar_interview`` says what marks a message as such an invitation, for the reasons.
"""

from __future__ import annotations

import re

from assistant.core.addresses import names_a_recipient
from assistant.core.job_title import title_like
from assistant.core.models import Message
from assistant.core.role_event import post_of

__all__ = ["EVENT_WORDS", "calendar_interview"]

_I = re.IGNORECASE

#: an interview in the event's title, in the seven languages
_INTERVIEW = re.compile(
    r"\b(?:interview|vorstellungsgespr(?:ä|ae)ch|bewerbungsgespr(?:ä|ae)ch|entretien|entrevue|"
    r"entrevista|colloquio|sollicitatiegesprek)",
    _I,
)
#: an interview that only hiring holds, or a title's words of hiring
_HIRING = re.compile(
    r"\b(?:vorstellungsgespr|bewerbungsgespr|sollicitatiegesprek|entretien\s+d['’]embauche|"
    r"entrevista\s+(?:de\s+)?(?:trabajo|emprego|empleo|selecci[óo]n)|colloquio\s+(?:di\s+)?"
    r"(?:lavoro|selezione)|job|hiring|candidate|candidat|kandidat|bewerb|sollicit|recruit|"
    r"recrut|reclut|technical|technisch|technique|t[ée]cnic|screen|onsite|on-site|panel|"
    r"(?:first|second|third|final)[\s-]round|hr\b)",
    _I,
)
#: interviews that hire no one: practice, research, the press, leaving, a school or a
#: club's admission, a review at work
_NOT_HIRING = re.compile(
    r"\b(?:user|customer|client|research|usability|exit|mock|practice|press|media|podcast|"
    r"radio|tv|stay|nutzer|kunden|informational)[\s-]*interview|\binterview\s+(?:prep|"
    r"preparation|practice|training|coaching)|\bprep\b|\bcoach|\bcoffee\s+chat|\bworkshop|"
    r"\bwebinar|\bseminar|\btraining|(?:ü|ue)b(?:en|ung)|\bvorbereitung|\bsimulation|"
    r"\bsimulaci|\batelier|\bformation\b|\btaller|\bcurso|\bcorso|\boefen|\baufnahme|"
    r"\badmission|\badmisi|\bammission|\bthesis|\bjournalist|"
    r"\b(?:austritts|mitarbeiter|jahres|feedback)gespr(?:ä|ae)ch|"
    r"\bentretien\s+(?:de\s+sortie|annuel|d['’][ée]valuation|professionnel)|"
    r"\bentrevista\s+de\s+(?:salida|desligamento)|\bfunctioneringsgesprek",
    _I,
)
#: a cancelled event or an answer to one: no invitation (the kind is the words' to tell)
_NO_INVITATION = re.compile(
    r"^\s*(?:cancel+ed|abgesagt\w*|annul[ée]|cancelad[oa]|geannuleerd\w*|annullat[oa]|"
    r"(?:[ée]v[ée]nement|evento|event|termin|afspraak)\s+(?:annul|cancel|abgesagt|geannuleerd)\w*|"
    r"(?:tentatively\s+)?(?:accepted|declined)|abgelehnt|angenommen|zugesagt|mit\s+vorbehalt|"
    r"accept[ée]|refus[ée]|aceptad[oa]|rechazad[oa]|aceit[oa]|recusad[oa]|accettat[oa]|"
    r"rifiutat[oa]|geaccepteerd|afgewezen)\b",
    _I,
)
#: the subject prefixes of the calendar programs, in the seven languages
_SUBJECT = re.compile(
    r"^\s*(?:(?:updated|new)\s+)?(?:invitation|einladung|invitaci[óo]n|convite|uitnodiging|invito|"
    r"confirmed|new\s+event|aktualisierte\s+einladung|invitation\s+mise\s+[àa]\s+jour)\s*:",
    _I,
)
#: what their bodies say: "Priya Nair has invited you to an event", "hat Sie zu einer
#: Besprechung eingeladen", "vous a invité à un événement", "te ha invitado a un evento"
_BODY = re.compile(
    r"\b(?:(?:has|have)\s+invited\s+you\s+to\s+(?:an?\s+)?(?:event|meeting|zoom\s+meeting)|"
    r"hat\s+sie\s+zu\s+einer\s+(?:besprechung|veranstaltung|termin)\w*\s+eingeladen|"
    r"vous\s+a\s+invit[ée]e?\s+[àa]\s+(?:un\s+[ée]v[ée]nement|une\s+r[ée]union)|"
    r"te\s+ha\s+invitado\s+a\s+(?:un\s+evento|una\s+reuni[óo]n)|"
    r"convidou\s+(?:voc[êe]|-o|-a)\s+para\s+(?:um\s+evento|uma\s+reuni[ãa]o)|"
    r"heeft\s+je\s+uitgenodigd\s+voor\s+(?:een\s+)?(?:afspraak|vergadering|evenement)|"
    r"ti\s+ha\s+invitato\s+a\s+(?:un\s+evento|una\s+riunione)|"
    r"your\s+event\s+has\s+been\s+scheduled|a\s+new\s+event\s+has\s+been\s+scheduled)",
    _I,
)
#: a meeting's joining details under the program's subject prefix
_MEETING = re.compile(
    r"\b(?:meet\.google\.com|teams\.microsoft\.com|zoom\.us/j|joining\s+info|"
    r"join\s+(?:microsoft\s+teams\s+|zoom\s+)?meeting|an\s+der\s+besprechung\s+teilnehmen|"
    r"rejoindre\s+la\s+r[ée]union|unirse\s+a\s+la\s+reuni[óo]n|participar\s+da\s+reuni[ãa]o|"
    r"deelnemen\s+aan\s+(?:de\s+)?vergadering|partecipa\s+alla\s+riunione|cancel\s*\|?\s*reschedule)"
)
#: the not-job topics that the programs' own wording holds ("te ha invitado a un evento")
EVENT_WORDS = frozenset(("evento", "eventos", "événement", "évènement", "event", "events"))


def calendar_interview(message: Message, low: str) -> str | None:
    """What makes ``message`` a calendar invitation to a hiring interview, or None: an
    interview of hiring in the subject (see the module), and an .ics part, the program's
    invitation wording, or its subject prefix over a meeting's joining details.
    ``low``: the lower-cased body."""
    subject = message.subject
    title = _SUBJECT.sub("", subject).split(" @ ", 1)[0]
    if not _INTERVIEW.search(title) or _NOT_HIRING.search(title) or _NO_INVITATION.match(title):
        return None
    if not (
        _HIRING.search(title)
        or names_a_recipient(title, message.to, within=True)
        or _names_a_post(title)
    ):
        return None
    if any(name.lower().endswith(".ics") for name in message.attachments):
        return "a calendar file (.ics)"
    found = _BODY.search(low[:2000])
    if found:
        return f"a calendar invitation ({found.group(0)!r})"
    prefix = _SUBJECT.match(subject)
    if prefix and _MEETING.search(low[:2000]):
        return f"a calendar invitation ({prefix.group(0).strip()!r})"
    return None


def _names_a_post(title: str) -> bool:
    """A part of the title is a job title: "Interview - Backend Engineer with Priya Nair",
    "Backend Engineer interview with Priya Nair (Tessellate)" (``role_event``)."""
    parts = _PARTS.split(title)
    return any(title_like(part, loose=True) for part in parts if part) or bool(post_of(title))


#: the parts of an event's title ("Interview - Backend Engineer with Priya Nair")
_PARTS = re.compile(r"\s*[-–—/|:,()]\s*|\s+(?:with|mit|avec|con|com|met|for|für|pour)\s+")
