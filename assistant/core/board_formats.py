"""The employer as a job board's fixed templates write it (pure).

LinkedIn and Indeed fill the employer's name into set places, as the employer
spells it (lower case, dots and team words included): "An update on your
application from <Company>" / "Neuigkeiten zu Ihrer Bewerbung von <Company>" in a
subject, and a job card's "<Company> · <Location>" line.
"""

from __future__ import annotations

import re

_SUBJECT = re.compile(
    r"(?i)\b(?:application|bewerbung|candidature|candidatura|sollicitatie|postulaci[óo]n)\s+"
    r"(?:from|von|de|di|van|bei|chez|at)\s+(?P<c>[^\s:|][^:|]{0,58}?)\s*$"
)
_CARD = re.compile(r"(?m)^[^\S\n]*(?P<c>[^\s·•][^\n·•]{1,58}?)[^\S\n]+[·•][^\S\n]+\S[^\n]{0,80}$")


def board_names(subject: str, text: str) -> list[str]:
    """Names a job board's subject line or first job card gives for the employer."""
    names = []
    found = _SUBJECT.search(subject)
    if found:
        names.append(found.group("c").strip(" .,;"))
    card = _CARD.search(text[:5_000])
    if card:
        names.append(card.group("c").strip(" .,;"))
    return names
