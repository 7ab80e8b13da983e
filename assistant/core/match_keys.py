"""The keys a message and an application are matched by: the employer's name without
its legal form, the role without its markers, and the employer's own mail domain (pure).

``core.track`` decides which application a message belongs to; ``core.known`` indexes
the applications by these keys so a message is compared with few of them.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from assistant.core.addresses import registrable_domain
from assistant.core.display_company import clean_name, person_like, strip_team_words
from assistant.core.models import Analysis, Kind, Message
from assistant.core.senders import everyday_name, first_dot_last, name_key, sender_info, squash
from assistant.core.signature import own_text, signed_names

__all__ = [
    "PLATFORM_DOMAIN_HINTS",
    "employer_domain",
    "normalise_company",
    "normalise_role",
    "unnamed_employer_keys",
]

#: words a name drops for matching, wherever they stand; "& Co" goes whole ("&" is "and"
#: by then), so "Smith & Co." is "smith", not "smith and"
_COMPANY_SUFFIXES = re.compile(
    r"\b(and\s+co|inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|ag|sa|sas|bv|b\.v|nv|plc|"
    r"corp|corporation|co|company|group|holdings?|srl|s\.r\.l|oy|ab|as|aps|kg|pty|pvt)\b\.?",
    re.IGNORECASE,
)

#: domains of applicant-tracking systems, job boards and consumer mail services:
#: never an employer's domain.
PLATFORM_DOMAIN_HINTS = (
    "greenhouse",
    "lever.co",
    "myworkday",
    "workday",
    "icims",
    "smartrecruiters",
    "ashbyhq",
    "taleo",
    "jobvite",
    "bamboohr",
    "workable",
    "recruitee",
    "teamtailor",
    "jazzhr",
    "applytojob",
    "breezy",
    "successfactors",
    "personio",
    "linkedin",
    "indeed",
    "glassdoor",
    "ziprecruiter",
    "odoo",
    "manatal",
) + (
    # consumer mail: a recruiter writing from one is matched by address, never by domain
    "gmail.com",
    "googlemail.com",
    "outlook.",
    "hotmail.",
    "live.",
    "msn.com",
    "yahoo.",
    "ymail.com",
    "aol.",
    "icloud.com",
    "me.com",
    "mac.com",
    "protonmail.",
    "proton.me",
    "pm.me",
    "gmx.",
    "web.de",
    "t-online.de",
    "freenet.de",
    "mail.com",
    "mail.ru",
    "yandex.",
    "zoho.com",
    "fastmail.",
    "hey.com",
    "tutanota.",
    "tuta.io",
    "posteo.",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "wanadoo.",
    "sfr.fr",
    "libero.it",
    "virgilio.it",
    "telenet.be",
    "skynet.be",
    "ziggo.nl",
    "kpnmail.nl",
    "xs4all.nl",
    "terra.",
    "qq.com",
    "163.com",
    "naver.com",
    "rediffmail.com",
    "btinternet.com",
    "comcast.net",
    "verizon.net",
    "att.net",
)


def normalise_company(name: str | None) -> str:
    """'Acme Robotics, Inc.' -> 'acme robotics' (for matching only). The legal form goes
    as ``everyday_name`` takes it off ("Banco Meridional S.A.", "Nordlicht Drogerie
    GmbH & Co. KG", "Química Andina Ltda."): a tracking system's mail often writes the
    legal name where the employer's own mail did not."""
    if not name:
        return ""
    name = everyday_name(name)
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ")
    text = _COMPANY_SUFFIXES.sub(" ", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


#: the kinds a weaker key may close an application with: the outcomes that leave a
#: follow-up to draft when they match nothing (a receipt or an alert waits for a name)
_OUTCOMES = frozenset({Kind.REJECTION, Kind.INTERVIEW_INVITATION})


def unnamed_employer_keys(message: Message, analysis: Analysis | None) -> tuple[str, ...]:
    """Employer keys for a refusal or an invitation whose text names no employer (()
    otherwise): the display name of a machine's address, and the names it signs with as
    a team, team words off.

    "Morgan Stanley" <no-reply@us.greenhouse-mail.io>, signed "Morgan Stanley", may be a
    firm or a recruiter writing as herself, and "Recruiting" <no-reply@...> signed
    "Zalando Talent Acquisition" a firm or a department: extraction cannot tell, and
    leaves the company out. The user's applications can: one at Morgan Stanley or at
    Zalando makes it the firm (``track.find_application``). Never a job board's or a
    tracking system's own name, a person's display name (her own address, on a platform
    too, or the signer's), or a name signed without team words ("Best, Otto", "Zara
    (HR)"): a person's name is some firm's too."""
    if analysis is None or analysis.company or analysis.kind not in _OUTCOMES:
        return ()
    info = sender_info(message)
    sender = message.sender
    if info.board or sender is None:
        return ()
    signed = signed_names(own_text(message.text), own=True)
    names = []
    people = {name_key(s.name) for s in signed if s.person}
    if not info.person and not first_dot_last(sender) and name_key(sender.name) not in people:
        names.append(strip_team_words(clean_name(sender.name)))
    for line in signed:
        name = clean_name(line.name)
        teamless = strip_team_words(name)
        # a team's line: "Zalando Talent Acquisition"; "Ihr Zalando Team", read as
        # "Zalando" by the signature already
        teamed = teamless != name or line.signed_off
        if teamed and "(" not in line.name and not person_like(teamless):
            names.append(teamless)
    platform = squash(info.ats or "")
    keys = (normalise_company(name) for name in names if name)
    return tuple(dict.fromkeys(k for k in keys if k and not (platform and platform in squash(k))))


def normalise_role(role: str | None) -> str:
    if not role:
        return ""
    text = unicodedata.normalize("NFKD", role).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\([^)]*\)", " ", text)  # "(m/f/d)", "(remote)"
    text = re.sub(r"\b(sr)\b\.?", "senior", text)
    text = re.sub(r"\b(jr)\b\.?", "junior", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def _platform_hint_matches(hint: str, domain: str, labels: list[str]) -> bool:
    """'yahoo.' names a label (yahoo.co.uk), 'me.com' a domain and its subdomains
    (never acme.com), a bare word a part of a label (us.greenhouse-mail.io)."""
    if hint.endswith("."):
        return hint[:-1] in labels
    if "." in hint:
        return domain == hint or domain.endswith("." + hint)
    return any(hint in label for label in labels)


@functools.lru_cache(maxsize=4096)  # a mailbox has few distinct sender domains
def employer_domain(domain: str | None) -> str:
    """The registrable part of an employer's mail domain, '' for ATS/free-mail domains."""
    if not domain:
        return ""
    domain = domain.lower().strip(".")
    parts = domain.split(".")
    if any(_platform_hint_matches(hint, domain, parts) for hint in PLATFORM_DOMAIN_HINTS):
        return ""
    return registrable_domain(domain)
