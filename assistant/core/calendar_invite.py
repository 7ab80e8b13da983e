"""A calendar program's invitation (pure): Google Calendar, Outlook / Teams, Zoom,
Calendly and the like send "Invitation: <event> @ <time>" for an event someone put in
the reader's calendar.

Such mail has hardly any words of its own, so the word lists find too little job
wording in it; but when the event's title names an interview ("Interview Robin Lee /
Tessellate", "Vorstellungsgespräch"), an employer has invited the reader to one.
``calendar_interview`` says what marks a message as such an invitation, for the
reasons.
"""

from __future__ import annotations

import re

from assistant.core.models import Message

__all__ = ["calendar_interview"]

#: an interview in the event's title, in the seven languages
_INTERVIEW = re.compile(
    r"\b(?:interview|vorstellungsgespr(?:ä|ae)ch|bewerbungsgespr(?:ä|ae)ch|entretien|entrevue|"
    r"entrevista|colloquio|sollicitatiegesprek)",
    re.IGNORECASE,
)

#: the subject prefixes of the calendar programs, in the seven languages
_SUBJECT = re.compile(
    r"^\s*(?:(?:updated|new)\s+)?(?:invitation|einladung|invitaci[óo]n|convite|uitnodiging|invito|"
    r"confirmed|new\s+event|aktualisierte\s+einladung|invitation\s+mise\s+[àa]\s+jour)\s*:",
    re.IGNORECASE,
)
#: a cancelled or declined event: no invitation (the kind is the words' to tell)
_CANCELLED = re.compile(
    r"^\s*(?:cancel+ed|canceled\s+event|abgesagt|annul[ée]|cancelad[oa]|geannuleerd|annullat[oa]|"
    r"declined|abgelehnt|refus[ée]|rechazad[oa]|recusad[oa]|afgewezen|rifiutat[oa])\b",
    re.IGNORECASE,
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
    re.IGNORECASE,
)


#: a meeting's joining details under the program's subject prefix
_MEETING = re.compile(
    r"\b(?:meet\.google\.com|teams\.microsoft\.com|zoom\.us/j|joining\s+info|"
    r"join\s+(?:microsoft\s+teams\s+|zoom\s+)?meeting|an\s+der\s+besprechung\s+teilnehmen|"
    r"rejoindre\s+la\s+r[ée]union|unirse\s+a\s+la\s+reuni[óo]n|participar\s+da\s+reuni[ãa]o|"
    r"deelnemen\s+aan\s+(?:de\s+)?vergadering|partecipa\s+alla\s+riunione|cancel\s*\|?\s*reschedule)"
)


#: interviews that hire no one: research, the press, leaving, practice, a review at work
_NOT_HIRING = re.compile(
    r"\b(?:user|customer|client|research|usability|exit|mock|practice|press|media|podcast|radio|"
    r"tv|stay|nutzer|kunden)[\s-]*interview|\binterview\s+(?:prep|preparation|practice|training|"
    r"coaching)|\bcoach|\b(?:austritts|mitarbeiter|jahres|feedback)gespr(?:ä|ae)ch|"
    r"\bentretien\s+(?:de\s+sortie|annuel|d['’][ée]valuation|professionnel)|"
    r"\bentrevista\s+de\s+(?:salida|desligamento)|\bfunctioneringsgesprek|\bjournalist",
    re.IGNORECASE,
)


def calendar_interview(message: Message, low: str) -> str | None:
    """What makes ``message`` a calendar invitation to an interview (an interview in the
    subject, and an .ics part, the program's invitation wording, or its subject prefix
    over a meeting's joining details), or None. ``low``: the lower-cased body."""
    subject = message.subject
    if not _INTERVIEW.search(subject) or _NOT_HIRING.search(subject) or _CANCELLED.match(subject):
        return None
    if any(name.lower().endswith(".ics") for name in message.attachments):
        return "a calendar file (.ics)"
    found = _BODY.search(low[:2000])
    if found:
        return f"a calendar invitation ({found.group(0)!r})"
    prefix = _SUBJECT.match(message.subject)
    if prefix and _MEETING.search(low[:2000]):
        return f"a calendar invitation ({prefix.group(0).strip()!r})"
    return None
