"""The prefixes mail clients put before a subject: a reply, a forward, an automatic reply (pure).

One list for every reader, so a prefix learnt for one language is known everywhere:
the classifier (is this a reply?), the user's sent mail (an answer or a forward is no
new application), role extraction (the title behind "Re: Fwd:"), drafting (one "Re:")
and tracking (an automatic reply is never a person's answer).
"""

from __future__ import annotations

import re

from assistant.core.recent import remember_recent

#: "Re", German "AW", Nordic "SV", Dutch "Antw", Polish "Odp", Finnish "VS", Italian
#: "R" / "RIF", Portuguese "RES"
REPLY_WORDS = ("re", "aw", "sv", "antw", "odp", "vs", "r", "rif", "res")
#: "Fw" / "Fwd", German "WG", French "TR"
FORWARD_WORDS = ("fw", "fwd", "wg", "tr")


def _run(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any run of these prefixes ("Re: RE[2]: Aw:") at the start, with the spaces after."""
    return re.compile(rf"^(?:\s*+(?:{'|'.join(words)})\s*+(?:\[\d+\])?\s*+:\s*+)+", re.IGNORECASE)


_REPLIES = _run(REPLY_WORDS)
_FORWARDS = _run(FORWARD_WORDS)
_ANY = _run(REPLY_WORDS + FORWARD_WORDS)


def is_reply(subject: str) -> bool:
    """The subject starts with a reply prefix."""
    return _REPLIES.match(subject) is not None


def is_reply_or_forward(subject: str) -> bool:
    return _ANY.match(subject) is not None


def strip_replies(subject: str) -> str:
    """'Re: RE: Aw: Your application' -> 'Your application' (a forward prefix stays)."""
    return _REPLIES.sub("", subject, count=1)


@remember_recent(8)  # a message's subject is read by the screen, its company and its role
def strip_all(subject: str) -> str:
    """'Re: Fwd: Data Analyst' -> 'Data Analyst'."""
    return _ANY.sub("", subject, count=1)


#: what mail software (Outlook, Exchange and their translations) writes before the
#: subject of an automatic reply; a person answering writes "Re:", never one of these
_AUTOMATIC = re.compile(
    r"\s*+(?:automatic\s+reply|auto[\s-]?reply|out\s+of\s+(?:the\s+)?office"
    r"|abwesenheitsnotiz|automatische\s+antwort|r[ée]ponse\s+automatique"
    r"|automatisch\s+antwoord|respuesta\s+autom[aá]tica|risposta\s+automatica"
    r"|resposta\s+autom[aá]tica|automatisk\s+svar|autosvar|automatyczna\s+odpowied[źz]"
    r"|automaattinen\s+vastaus)\s*+:",
    re.IGNORECASE,
)


def automatic_reply_prefix(subject: str) -> str | None:
    """The automatic-reply prefix the subject starts with ("Automatic reply:"), or None."""
    found = _AUTOMATIC.match(subject)
    return found[0].strip() if found else None
