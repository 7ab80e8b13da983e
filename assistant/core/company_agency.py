"""Recruitment agencies and their clients (pure, for ``company``): the client an agency
names is the employer; an agency that names none is the employer itself (the corpus's
rule: the hiring organisation, the client when named)."""

from __future__ import annotations

import re

from assistant.core.company_acts import organisation
from assistant.core.company_choice import same_key
from assistant.core.display_company import person_like, plausible_company
from assistant.core.senders import squash

#: a recruiter's employer's client after it ("recruiter at Hays for Acme", "chez X pour
#: le compte de", "en Madrid para X", "presso X per", "bei X für", "bij X voor")
FOR_CLIENT = re.compile(r"(?i)[^\S\n]+(?:for|pour|para|por|per|für|voor|on[^\S\n]+behalf)\b")

#: the last word of a recruitment agency's name ("Sigma Recruitment", "Kestrel Search")
_AGENCY_WORDS = frozenset(
    "recruitment recruiting recruiters search staffing talent personnel resourcing "  # noqa: SIM905
    "headhunters headhunting recrutement reclutamiento werving personalberatung".split()
)


def client_name(name: str) -> bool:
    """A client's name after an agency's: several words, an organisation's or not a
    person's."""
    return (
        len(name.split()) >= 2
        and plausible_company(name)
        and (organisation(name, "") or not person_like(name))
    )


def agency_sender(display: str, slug: str) -> bool:
    """A recruitment agency's own name and address: the display name, hiring word and
    all, is the sender's slug ("Sigma Recruitment" <jobs@sigmarecruitment.example>)."""
    words = display.split()
    return len(words) > 1 and words[-1].lower() in _AGENCY_WORDS and squash(display) == slug


def names_another(candidates: list[tuple[str, str]], slug: str, display: str) -> bool:
    """The text names an employer that is not the sender (nor one of its branches:
    "Sigma Manchester" from "Sigma Recruitment")."""
    first = display.split()[0].lower()
    return any(
        source == "body" and not same_key(name, slug) and name.split()[0].lower() != first
        for name, source in candidates
    )
