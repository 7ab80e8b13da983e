"""A calendar program's invitation to a job interview (pure): Google Calendar, Outlook /
Teams, Zoom and the like send "Invitation: <event> @ <time>" for an event someone put
in the reader's calendar.

Such mail has hardly any words of its own, so the word lists find too little job
wording in it. When the event's title names a hiring interview, an employer has invited
the reader to one. "Interview" alone is not enough (the press, research, a school's
admission and a mortgage adviser interview too): the title must also name the reader
("Interview Robin Lee / Tessellate", as tracking systems title their events), a job
title ("Interview - Backend Engineer"), hiring ("Technical interview",
"Vorstellungsgespräch", "entretien d'embauche") or the organiser's own organisation
("Interview - Tessellate" from priya@tessellate.example: the organisation interviews).
A cancelled event ("Canceled event: Interview ...", "Abgesagt: ...", "Événement annulé :
...") is job mail but no invitation; a changed one ("Updated invitation", "Geänderte
Einladung") still is one. ``calendar_interview`` says what marks a message as such an
event, for the reasons, and what kind the event makes of the mail.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.core.addresses import names_a_recipient, registrable_domain
from assistant.core.cues import hiring_team
from assistant.core.job_title import title_like
from assistant.core.models import Kind, Message
from assistant.core.not_company import MEETING_TOOLS
from assistant.core.role_event import post_of
from assistant.core.senders import freemail, squash

__all__ = ["EVENT_WORDS", "CalendarEvent", "calendar_interview"]

_I = re.IGNORECASE

#: an interview in the event's title, in the seven languages
_INTERVIEW = re.compile(
    r"\b(?:interview|vorstellungsgespr(?:ä|ae)ch|bewerbungsgespr(?:ä|ae)ch|entretien|entrevue|"
    r"entrevista|colloquio|sollicitatiegesprek|phone\s+screen|screening\s+call)",
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
#: a cancelled event: job mail when the event was an interview, but no invitation
_CANCELLED = re.compile(
    r"^\s*(?:cancel+ed|abgesagt\w*|annul[ée]|cancelad[oa]|geannuleerd\w*|annullat[oa]|"
    r"(?:[ée]v[ée]nement|evento|event|termin|afspraak|besprechung|meeting)\s+"
    r"(?:annul|cancel|abgesagt|geannuleerd)\w*|abgesagte[rs]?\s+(?:termin|besprechung))\s*:?\s*",
    _I,
)
#: what a program says of the cancelled event ("This event has been canceled", "wurde abgesagt")
_CANCELLED_BODY = re.compile(
    r"\b(?:has\s+been\s+cancel+ed|(?:wurde|ist)\s+abgesagt|a\s+[ée]t[ée]\s+annul[ée]|"
    r"se\s+ha\s+cancelado|ha\s+sido\s+cancelad|foi\s+cancelad|[èe]\s+stat[oa]\s+annullat|"
    r"is\s+geannuleerd)"
)
#: an answer to an event: no invitation (the kind is the words' to tell)
_NO_INVITATION = re.compile(
    r"^\s*(?:(?:tentatively\s+)?(?:accepted|declined)|abgelehnt|angenommen|zugesagt|mit\s+vorbehalt|"
    r"accept[ée]|refus[ée]|aceptad[oa]|rechazad[oa]|aceit[oa]|recusad[oa]|accettat[oa]|"
    r"rifiutat[oa]|geaccepteerd|afgewezen)\b",
    _I,
)
#: the subject prefixes of the calendar programs, in the seven languages
_SUBJECT = re.compile(
    r"^\s*(?:(?:updated|new|ge(?:ä|ae)nderte|aktualisierte|bijgewerkte|gewijzigde)\s+)?"
    r"(?:invitation|einladung|invitaci[óo]n|convite|uitnodiging|invito|confirmed|new\s+event)"
    r"(?:\s+(?:mise\s+[àa]\s+jour|modifi[ée]e|actualizada|modificada|atualizado|alterado|"
    r"aggiornato|modificato))?\s*:",
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
#: the not-job topics that the programs' own wording holds ("te ha invitado a un evento",
#: "Organisateur : ...")
EVENT_WORDS = frozenset(
    ("evento", "eventos", "événement", "évènement", "event", "events", "organisateur")
    + ("organisatrice",)
)


class CalendarEvent(NamedTuple):
    """A calendar program's event that is a hiring interview: ``why`` for the reasons;
    ``cancelled``: the event is called off, so the mail is no invitation."""

    why: str
    cancelled: bool = False

    def settle(self, kind: Kind) -> Kind:
        """The kind of the mail, given the kind its words gave: the event itself is an
        invitation unless called off (a cancelled interview is a notice, not a refusal)."""
        if self.cancelled:
            return Kind.OTHER_JOB if kind in _INVITED else kind
        return Kind.INTERVIEW_INVITATION if kind in _NOT_SAID else kind


_INVITED = (Kind.INTERVIEW_INVITATION, Kind.APPLICATION_CONFIRMATION)
_NOT_SAID = (Kind.OTHER_JOB, Kind.APPLICATION_CONFIRMATION)


def calendar_interview(message: Message, low: str) -> CalendarEvent | None:
    """What makes ``message`` a calendar event of a hiring interview, or None: an
    interview of hiring in the subject (see the module), and an .ics part, the program's
    invitation (or cancellation) wording, or its subject prefix over a meeting's joining
    details. ``low``: the lower-cased body."""
    subject = message.subject
    title = _SUBJECT.sub("", subject)
    cancelled = _CANCELLED.match(title)
    title = title[cancelled.end() if cancelled else 0 :].split(" @ ", 1)[0]
    if not _INTERVIEW.search(title) or _NOT_HIRING.search(title) or _NO_INVITATION.match(title):
        return None
    if not (
        _HIRING.search(title)
        or names_a_recipient(title, message.to, within=True)
        or _names_a_post(title)
        or _names_the_organiser(title, message, low)
    ):
        return None
    what = "a cancelled calendar event" if cancelled else "a calendar invitation"
    if any(name.lower().endswith(".ics") for name in message.attachments):
        return CalendarEvent(f"{what}: a calendar file (.ics), to an interview", bool(cancelled))
    found = (_CANCELLED_BODY if cancelled else _BODY).search(low[:2000])
    if found:
        return CalendarEvent(f"{what} ({found.group(0)!r}) to an interview", bool(cancelled))
    prefix = _SUBJECT.match(subject)
    if prefix and _MEETING.search(low[:2000]):
        return CalendarEvent(
            f"{what} ({prefix.group(0).strip()!r}) to an interview", bool(cancelled)
        )
    return None


#: an organiser named in the program's text ("Organizer: priya.nair@tessellate.example")
_ORGANISER = re.compile(
    r"\b(?:organi[sz]er|organisateur|organisator|organizador|organizzatore|organisatie)\b"
    r"[^@\n]{0,60}?[\w.+-]+@([\w.-]+)"
)
#: what an organisation's name may carry beside it in a title ("Tessellate GmbH",
#: "Interview at Tessellate", "Entretien chez Orvalis")
_BESIDE_A_NAME = frozenset(
    ("gmbh", "ag", "inc", "ltd", "llc", "plc", "sa", "sas", "sl", "srl", "spa", "bv", "lda")
    + ("at", "with", "bei", "mit", "chez", "avec", "en", "con", "em", "com", "bij", "met", "in")
)


def _names_the_organiser(title: str, message: Message, low: str) -> bool:
    """The title's words beside the interview are the organiser's organisation: its
    domain ("Interview - Tessellate" from priya.nair@tessellate.example, or an organiser
    the text names) or a hiring team's display name ("Tessellate Talent")."""
    rest = [
        w
        for w in re.findall(r"[^\W_]+", _INTERVIEW.sub(" ", title))
        if w.lower() not in _BESIDE_A_NAME
    ]
    name = squash("".join(rest))
    if not rest or len(rest) > 4 or len(name) < 3:
        return False
    domains = [message.sender.domain] if message.sender else []
    domains += [m.group(1) for m in _ORGANISER.finditer(low[:2000])]
    for domain in domains:
        label = registrable_domain(domain).split(".", 1)[0]
        # a webmail's or a meeting tool's domain is nobody's organisation ("Interview -
        # Gmail" from jon.fisk@gmail.com, "Interview - Zoom" from lea.park@zoom.us)
        if freemail(domain) or squash(label) in MEETING_TOOLS:
            continue
        if label and squash(label) == name:
            return True
    display = message.sender.name if message.sender else ""
    return bool(hiring_team(display)) and name in squash(display)


def _names_a_post(title: str) -> bool:
    """A part of the title is a job title: "Interview - Backend Engineer with Priya Nair",
    "Backend Engineer interview with Priya Nair (Tessellate)" (``role_event``)."""
    parts = _PARTS.split(title)
    return any(title_like(part, loose=True) for part in parts if part) or bool(post_of(title))


#: the parts of an event's title ("Interview - Backend Engineer with Priya Nair")
_PARTS = re.compile(r"\s*[-–—/|:,()]\s*|\s+(?:with|mit|avec|con|com|met|for|für|pour)\s+")
