"""Does a short text look like a job title? (pure)

A capitalised run ending in a head noun ("Senior Motion Designer"); loosely also a
Romance title with its head first ("Analista de Dados") or a German compound
("Softwareentwickler"). Used for bare titles in subjects and on job cards.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.core.senders import sender_data
from assistant.core.subject_prefix import strip_all

#: "(m/w/d)" after a title
_GENDER_END = re.compile(r"\s*\((?:m|w|d|f|x|h|gn|/|\*|\s){1,9}\)\s*$")
_TITLE_LINE = re.compile(r"[A-ZÀ-Þ][\w/&+#'’(). -]{1,79}")


def title_like(value: str, loose: bool = False) -> bool:
    """'Senior Motion Designer': capitalised, short, ending in a job-title head noun.
    ``loose`` also takes a head noun first in Romance languages ("Analista de Dados")
    and German compounds ("Softwareentwickler", "Projektleiterin")."""
    value = _GENDER_END.sub("", value)
    words = [w.lower().strip(".,()") for w in value.split()]
    if not 1 <= len(words) <= 7 or not _TITLE_LINE.fullmatch(value):
        return False
    heads = sender_data().title_heads
    if words[-1] in heads:
        return True
    if not loose:
        return False
    if (
        len(words) >= 3
        and _JOINERS.match(words[1])
        and (words[0] in heads or _head_first().match(words[0]))
    ):
        return True
    return bool(_compound_end().search(words[-1]))


@cache
def _head_first() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(sender_data().title_heads_first) + ")$")


@cache
def _compound_end() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(sender_data().title_compound_ends) + ")(?:in|innen)?$")


_JOINERS = re.compile(r"(?:de|di|da|do|du|des|del|della|dello|delle|dos|das|al|alle|ai)$")


def subject_title(subject: str) -> str | None:
    """A bare job title in a subject ("Re: Machine Learning Engineer", "X - Data Analyst")."""
    subject = strip_all(subject)
    for part in re.split(r"\s+[-–|]\s+", subject):
        if title_like(part.strip()):
            return part.strip()
    return None
