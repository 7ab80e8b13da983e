"""The user's own application mail, read as such (pure).

A message the user sent with a résumé attached is an application: to each
employer among its recipients (one per registrable domain, so a mass mailing to
three employers is three applications). The role comes from the subject without
the user's own name, the "Application:" / "Bewerbung als" words or reference
numbers; the employer from the recipient's display name ("Harbor Analytics
Talent"), a name in the text that spells the domain ("Lucerne Publishing" for
lucernepublishing.example), a company already known at that domain, and only
then from the bare domain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from assistant.core.addresses import registrable_domain
from assistant.core.match_keys import employer_domain
from assistant.core.models import Address, Message
from assistant.core.subject_prefix import is_reply_or_forward

RESUME_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".pages")

_LEAD = re.compile(
    r"^(?:job\s+|initiativ)?(?:application|applying|candidacy|bewerbung|candidature|"
    r"sollicitatie|solicitud|candidatura)\b"
    r"(?:\s+(?:for|as|als|um|pour|voor|para|to|zur|zum)\b)?"
    r"(?:\s+(?:the|a|an|die|eine|einen|den|le|la|de|het|el|una|un)\b)?"
    r"(?:\s+(?:position|role|poste|post|stelle|vacature|puesto)\b(?:\s+(?:of|as|als|de|van)\b)?)?"
    r"\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    r"[\(\[]?\s*(?:ref(?:erence)?(?:\s*(?:no|nr|number))?|job[\s-]*id|req(?:uisition)?"
    r"(?:[\s-]*id)?|kennziffer|referenz(?:nummer)?|stellen[\s-]*id|vacancy\s*(?:no|id))"
    r"\.?\s*[:#]?\s*[A-Za-z]*[-_/]?\d[\w\-/]*\s*[\)\]]?"
    r"|[\(\[]\s*#?\s*[A-Za-z]{0,4}[-_]?\d{3,}\s*[\)\]]|#\s*[A-Za-z]{0,4}[-_]?\d{3,}",
    re.IGNORECASE,
)
_AT = re.compile(r"\s+(?:at|bei|chez|bij|with|für)\s+(?P<company>[^,;|()\[\]]{2,60})$", re.I)
_TAIL = re.compile(
    r"\s+(?:position|role|job|vacancy|opening|stelle|poste|vacature)\s*$", re.IGNORECASE
)
_SEPARATORS = " -–—|:,/"
_TEAM_WORDS = frozenset(
    {
        "talent",
        "talents",
        "recruiting",
        "recruitment",
        "recruiter",
        "recruiters",
        "careers",
        "career",
        "jobs",
        "job",
        "hr",
        "hiring",
        "people",
        "team",
        "teams",
        "acquisition",
        "karriere",
        "bewerbung",
        "bewerbungen",
        "personal",
        "personalabteilung",
        "recrutement",
        "rh",
        "werving",
        "the",
    }
)


@dataclass(frozen=True)
class SentApplication:
    """One employer an application mail went to."""

    company: str
    role: str | None
    contact: Address
    domain: str


def is_application(message: Message) -> bool:
    """Sent with a résumé attached, to someone, and not a reply or forward."""
    resumes = [a for a in message.attachments if a.lower().endswith(RESUME_SUFFIXES)]
    return bool(resumes and message.to) and not (is_reply_or_forward(message.subject))


def resumes(message: Message) -> list[str]:
    return [a for a in message.attachments if a.lower().endswith(RESUME_SUFFIXES)]


def role_and_company(subject: str, own_names: Iterable[str] = ()) -> tuple[str | None, str | None]:
    """The role (and a company after "at") an application's subject names.

    >>> role_and_company("Application: Junior Data Engineer - Alex Morgan", ["Alex Morgan"])
    ('Junior Data Engineer', None)
    """
    text = " ".join(subject.split())
    for name in sorted({n.strip() for n in own_names if n and n.strip()}, key=len, reverse=True):
        text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    text = _REFERENCE.sub(" ", text)
    text = " ".join(text.split()).strip(_SEPARATORS + " ")
    text = _LEAD.sub("", text, count=1).strip(_SEPARATORS + " ")
    company = None
    found = _AT.search(text)
    if found:
        company = found.group("company").strip(_SEPARATORS + ". ")
        text = text[: found.start()]
    text = _TAIL.sub("", text).strip(_SEPARATORS + " ")
    if not text or len(text.split()) > 8 or not re.search(r"[^\W\d_]", text):
        return None, company or None
    return text, company or None


_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}$")


def _signature(text: str) -> str:
    """The name the user signs with: the last line of the mail, if it is a name."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    return last if _NAME.match(last) else ""


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _from_display_name(name: str) -> str | None:
    """'Harbor Analytics Talent' -> 'Harbor Analytics'; a person's name -> None."""
    words = name.replace(",", " ").split()
    kept = [w for w in words if w.lower().strip(".&-") not in _TEAM_WORDS]
    if len(kept) == len(words) or not kept:
        return None  # no team word: a person (or nothing left)
    return " ".join(kept).strip(" -–|")


def _spelt_in(label: str, text: str) -> str | None:
    """Words of ``text`` that spell the domain's name: 'Lucerne Publishing' for
    'lucernepublishing'."""
    if len(label) < 3:
        return None
    words = re.findall(r"[^\W_][\w&'.-]*", text)
    for size in (1, 2, 3, 4):
        for start in range(len(words) - size + 1):
            group = words[start : start + size]
            if not group[0][0].isupper():
                continue
            if _squash("".join(group)) == label:
                return " ".join(group).strip(".")
    return None


def employer_name(
    recipient: Address, domain: str, text: str, known: Mapping[str, str] | None = None
) -> str:
    """The employer a recipient stands for, best evidence first (see the module doc)."""
    named = _from_display_name(recipient.name) if recipient.name else None
    if named:
        return named
    if known and domain in known:
        return known[domain]
    label = registrable_domain(domain).split(".")[0] if domain else ""
    spelt = _spelt_in(_squash(label), text)
    if spelt:
        return spelt
    return label.replace("-", " ").replace("_", " ").title()


def read_application(
    message: Message,
    *,
    own: Iterable[str],
    own_names: Iterable[str] = (),
    known: Mapping[str, str] | None = None,
) -> list[SentApplication]:
    """The employers an application mail went to, one per employer domain."""
    if not is_application(message):
        return []
    mine = {a.lower() for a in own}
    names = [*own_names, message.sender.name if message.sender else "", _signature(message.text)]
    role, stated_company = role_and_company(message.subject, names)
    text = f"{message.subject}\n{message.text[:4000]}"
    recipients = [a for a in message.to if a.email.lower() not in mine]
    several = len({employer_domain(a.domain) or a.email.lower() for a in recipients}) > 1
    found: dict[str, SentApplication] = {}
    for recipient in recipients:
        # a recruiter on a free-mail address is an employer of their own (by address)
        domain = employer_domain(recipient.domain)
        key = domain or recipient.email.lower()
        if key in found:
            continue
        if stated_company and not several:
            company = stated_company
        elif domain:
            company = employer_name(recipient, domain, text, known)
        else:
            continue  # free mail and no company named: nothing says who the employer is
        found[key] = SentApplication(company, role, recipient, domain)
    return list(found.values())
