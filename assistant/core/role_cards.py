"""A job title on a job board's card (pure): the title line next to the employer's line,
and the title between a "sent to <Company>" line and "Applied on <date>" (LinkedIn) or
under "Application submitted" (Indeed)."""

from __future__ import annotations

import re

from assistant.core.job_title import title_like
from assistant.core.role_clean import clean_role
from assistant.core.senders import squash
from assistant.core.substrings import SUBSTRINGS


def card_title(text: str, company_name: str | None) -> str | None:
    """A job board's card: the title on the line before or after the employer's line."""
    if not company_name:
        return None
    lines = [line.strip() for line in text.split("\n")]
    for index, line in enumerate(lines):
        if not line.startswith(company_name):
            continue
        rest = line[len(company_name) :]
        if rest and not re.match(r"\s*(?:[-–·|,(]|$)", rest):
            continue
        for neighbour in (index - 1, index + 1):
            if 0 <= neighbour < len(lines) and title_like(lines[neighbour], loose=True):
                return clean_role(lines[neighbour])  # "Buyer (m/w/d)": the title alone
    return None


#: a job board's "sent" card (LinkedIn): between "Your application was sent to <Company>"
#: and "Applied on <date>" stand the employer, the title and "<Company> · <place>"
_SENT_CARD = re.compile(
    r"(?i)(?:application\s+was\s+sent\s+to|bewerbung\s+wurde\s+an|candidature\s+a\s+[ée]t[ée]\s+"
    r"envoy[ée]e\s+[àa]|sollicitatie\s+is\s+(?:verzonden|verstuurd)\s+naar|solicitud\s+(?:se\s+"
    r"envi[óo]|se\s+ha\s+enviado|ha\s+sido\s+enviada)\s+a|candidatura\s+(?:[èe]\s+stata\s+"
    r"inviata|foi\s+enviada)\s+(?:a|para))\s+(?P<c>[^\n.]{1,80})(?P<card>[\s\S]{0,400}?)\b(?:"
    r"applied\s+on|beworben\s+am|postul[ée]\s+le|candidature\s+envoy[ée]e\s+le|gesolliciteerd\s+op|"
    r"solicitado\s+el|candidatura\s+inviata|candidatura\s+enviada\s+em|candidatou-se)\b"
)
#: Indeed: "Application submitted", the title, "<Company> - <place>", "The following
#: items were sent to <Company>"
_SUBMITTED_CARD = re.compile(
    r"(?i:application\s+submitted)[^\S\n]*\n\s*(?P<r>[^\n]{2,80}?)[^\S\n]*\n[\s\S]{0,200}?"
    r"(?i:following\s+items\s+were\s+sent\s+to)"
)
_CARD_NEEDLES = (
    "was sent to",
    "wurde an",
    "envoyée à",
    "verzonden naar",
    "verstuurd naar",
    "se envi",
    "stata inviata",
    "foi enviada",
    "application submitted",
)
#: a card's needles, for the caller's one substring pass over the text
CARD_MASK = SUBSTRINGS.mask(_CARD_NEEDLES)
#: a card's place line: "Acme · Berlin", "(On-site)", "Springfield, IL"
_CARD_PLACE = re.compile(r"·|\((?i:on-?site|remote|hybrid)\)|,\s*[A-Z]{2}\b")


def sent_card(text: str) -> str | None:
    """The title on a board's "sent" card (LinkedIn) or "submitted" card (Indeed)."""
    found = _SENT_CARD.search(text)
    if not found:
        submitted = _SUBMITTED_CARD.search(text)
        return clean_role(submitted.group("r")) if submitted else None
    company = squash(re.sub(r"(?i)\s+(?:gesendet|gesandt|verschickt)\s*$", "", found.group("c")))
    for segment in re.split(r"\n|\.\s+", found.group("card")):
        value = clean_role(segment.strip(" ."))
        key = squash(value)
        if (
            not key
            or _CARD_PLACE.search(value)
            or (company and (key.startswith(company) or company.startswith(key)))
        ):
            continue
        return value
    return None
