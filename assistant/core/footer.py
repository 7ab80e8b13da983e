"""A mailer's footer: the link bar and small print under a message ("Book a flight |
Manage your booking | Privacy policy", "Sign up to our newsletter", "Datenschutz ·
Impressum"). An employer that also sells (an airline, a shop, a bank) writes its trade
there under a receipt of a job application; its topics are no other business of the
mail's own when the text above the footer speaks of a job."""

from __future__ import annotations

import re

from assistant.core.cues import cues
from assistant.core.words import elided, split_words

#: a link bar: a line of three or more items parted by "|", "·" or "•"
_BAR = re.compile(r"^[^\n|·•]*+(?:[|·•][^\n|·•]*+){2,}$", re.M)

#: small print of a mailer, in the seven languages
_SMALL_PRINT = re.compile(
    r"(?im)^.*\b(?:unsubscribe|privacy\s+policy|privacy\s+notice|terms\s+of\s+use|"
    r"abmelden|datenschutz\w*|impressum|désinscri\w*|se\s+désabonner|"
    r"politique\s+de\s+confidentialité|darse\s+de\s+baja|política\s+de\s+privacidad|"
    r"informativa\s+(?:sulla\s+)?privacy|disiscriviti|uitschrijven|afmelden|"
    r"privacyverklaring|descadastr\w*|cancelar\s+(?:a\s+)?subscrição|"
    r"política\s+de\s+privacidade)\b.*$"
)

#: a footer is the end of the text: its first line stands in the last characters only
_TAIL = 600


def footer_start(text: str) -> int | None:
    """Where the footer begins: its first link bar or line of small print, among the
    last lines of ``text``, with the message's own words above it."""
    tail_from = max(0, len(text) - _TAIL)
    starts = [m.start() for m in _BAR.finditer(text, tail_from)]
    starts += [m.start() for m in _SMALL_PRINT.finditer(text, tail_from)]
    start = min(starts, default=None)
    if start is None or not text[:start].strip():
        return None
    return start


def topics_above_footer(text: str, low: str, subject_low: str, topics: set[str]) -> set[str]:
    """``topics`` less those only the footer names, when the text above it (or the
    subject) holds a job word ("your candidatura as a shop assistant" too): the
    footer's trade is the sender's, not the mail's.
    ``low`` is ``text`` flattened and lower-cased (the same offsets)."""
    if not topics:
        return topics
    start = footer_start(text)
    if start is None:
        return topics
    head = low[:start]
    tokens = frozenset(
        split_words(subject_low, apostrophes=True) + split_words(head, apostrophes=True)
    )
    c = cues()
    if not (c.job_strong.found(tokens, subject_low, head) or c.job_weak.found(tokens, head)):
        return topics
    return topics & c.not_job.found(tokens | elided(subject_low, head), subject_low, head)
