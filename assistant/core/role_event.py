"""The job a calendar event's title names (pure, for ``role``): "Invitation: Backend
Engineer with Priya Nair (Tessellate) @ Thu 12 Mar 2025 10am", "Interview - Data
Engineer - Tessellate", "Einladung: Vertriebsingenieur mit Jonas Weber (Kranwerk) am
Dienstag". The title is the post among the event's other words: the program's prefix,
the time after "@", the people it is "with", the organiser's firm in brackets, a day.
"""

from __future__ import annotations

import re

from assistant.core.job_title import title_like

#: a calendar program's or a hiring step's prefix, in the seven languages
_PREFIX = re.compile(
    r"(?i)^\s*(?:(?:updated|new|aktualisierte)\s+)?(?:invitation|einladung|invitaci[óo]n|"
    r"convite|uitnodiging|invito|confirmed|new\s+event|event|interview(?:\s+scheduled)?|"
    r"your\s+interview|entretien|entrevista|colloquio|vorstellungsgespr(?:ä|ae)ch|"
    r"sollicitatiegesprek)\s*(?::|[-–—](?=\s))\s*"
)
#: the time and the guest's address after the title ("@ Thu 12 Mar 2025 10am (GMT)")
_WHEN = re.compile(r"\s+@\s.*$")
#: an interview's word before or after the post ("Interview - X", "X interview")
_STEP = re.compile(
    r"(?i)^(?:(?:technical|first|second|final|hr|phone|video)\s+)?(?:interview|entretien|"
    r"entrevista|colloquio|vorstellungsgespr(?:ä|ae)ch|sollicitatiegesprek)\s*[-–—:|]?\s*|"
    r"\s+(?:interview|entretien|entrevista|colloquio|gespr(?:ä|ae)ch)$"
)
#: who the meeting is with, a day, the organiser's firm in brackets: the rest is no post
_WITH = re.compile(
    r"(?i)\s+(?:with|mit|avec|con|com|met|on|am|le|el|il|op|em|no|na)\s+.*$|\s*\([^()]*\)\s*$"
)
_PARTS = re.compile(r"\s+[-–—|/]\s+")


def event_title(subject: str) -> str | None:
    """The post a calendar event's title names, or None."""
    bare = _PREFIX.sub("", subject, count=1)
    if bare == subject and " @ " not in subject:
        return None  # no event: a subject of other mail
    return post_of(bare)


def post_of(title: str) -> str | None:
    """The post in an event's title without the program's prefix ("Backend Engineer
    interview with Priya Nair (Tessellate) @ Thu ...")."""
    bare = _WHEN.sub("", title)
    for part in _PARTS.split(bare):
        value = _STEP.sub("", _WITH.sub("", part.strip())).strip(" -–:")
        if title_like(value, loose=True):
            return value
    return None
