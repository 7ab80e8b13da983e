"""The employer from the sender's own address (pure): a tracking system's tenant or the
employer's own domain, as the mail's text spells it ("ormeval-karriere.example" writes
"Ormeval"; a brand in lower case, "stroomr"). ``company.company`` asks it last, when no
wording, subject, signature or display name named the employer."""

from __future__ import annotations

import re

from assistant.core.company_choice import SLUG_PARTS, find_in_text
from assistant.core.display_company import own_name, person_like
from assistant.core.models import Message
from assistant.core.senders import (
    SenderInfo,
    domain_label,
    employer_label,
    freemail,
    match_ats,
    sender_data,
    squash,
)

__all__ = ["careers_site", "from_address"]

#: the employer's own careers site written in the text: "careers.lanternworks.example",
#: "https://jobs.acme.example/...", "karriere.weidenhof.example"
_CAREERS_HOST = re.compile(
    r"(?<![\w.@-])(?:https?://)?(?:careers?|jobs|karriere|carrieres|carreiras|empleo|"
    r"lavoraconnoi|werkenbij|vacatures)\.(?P<d>[a-z0-9-]+(?:\.[a-z0-9-]+)+)",
    re.IGNORECASE,
)


def careers_site(message: Message, flat: str) -> str | None:
    """The employer a careers site's address names, where nothing else does, as the text
    writes it where no wording gathered it ("careers.lanternworks.example" beside "Lantern
    Works"); none when the text never writes it (an address alone names no employer, as
    the sender's own domain does not); not a tracking system's or a board's site
    ("jobs.lever.co"), nor a mail provider's."""
    found = _CAREERS_HOST.search(message.text[:20_000])
    if found is None:
        return None
    domain = found.group("d").lower()
    if match_ats(domain) or freemail(domain):
        return None
    label = employer_label(domain)
    if len(squash(label)) < 3:
        return None
    return find_in_text(squash(label), flat, message)


def from_address(
    message: Message, info: SenderInfo, flat: str, slug: str, brand: bool, use_subject: bool
) -> tuple[str | None, str]:
    """The employer from the sender's ATS tenant or own domain, as the text spells it."""
    if info.tenant:  # an ATS tenant slug ("rhe", "anz") is a name only as the text spells it
        in_text = find_in_text(slug, flat, message)
        if in_text is None:
            return None, ""
        return in_text, f"company from ATS address: {in_text!r}"
    if info.employer_domain:
        if brand or _CALENDAR_MAILER.match(message.sender.local_part if message.sender else ""):
            # a job board's own domain, a calendar program's ("Invitation from Google
            # Calendar" <calendar-notification@google.com>) names no employer
            return None, ""
        label = domain_label(info.employer_domain)
        in_text = find_in_text(squash(label), flat, message)
        if in_text is None and employer_label(label) != label:
            label = employer_label(label)  # "ormeval-karriere": the text writes "Ormeval"
            in_text = find_in_text(squash(label), flat, message)
        if in_text is None:
            in_text = _lower_brand(label, message)  # "bedankt voor je sollicitatie bij stroomr"
        if in_text is None and use_subject and not _personal(message):
            # a team's mailbox that never writes the employer's name does not name it;
            # a person writing from their work address, or their auto-reply, does
            return None, ""
        name = in_text or _slug_name(label)
        return name, f"company from sender domain: {name!r}"
    return None, ""


def _personal(message: Message) -> bool:
    """A person's own address: 'Noor van Leeuwen' <noor@...>."""
    sender = message.sender
    return bool(
        sender and sender.name and person_like(sender.name) and own_name(sender.name, sender)
    )


_LEGAL_END = re.compile(r"(?i)(?<=[a-z])(inc|llc|ltd|gmbh|corp|group|plc)$")


def _slug_name(slug: str) -> str:
    slug = _LEGAL_END.sub(r"-\1", slug)
    parts = [p for p in SLUG_PARTS.split(slug) if p]
    return " ".join(p.capitalize() if not p.isupper() else p for p in parts)


_CALENDAR_MAILER = re.compile(r"(?i)calendar")


def _lower_brand(label: str, message: Message) -> str | None:
    """A brand written in lower case as its domain spells it ("stroomr", "winkelmand.nl"
    from jobs@winkelmand.example), at least twice in the subject and text, once where an
    employer's name stands ("bij stroomr", "team stroomr"), and no team's or mailer's
    word: the employer's own name (NAME wants a capital; not "we will notify you" from
    a mailer's notify.example)."""
    generic = sender_data().generic_names
    if len(label) < 4 or not label.isalpha() or label in generic:
        return None
    text = f"{message.subject}\n{message.text[:20_000]}"
    found = list(re.finditer(rf"(?<![\w.@/-]){label}(?:\.[a-z]{{2,6}})?(?![\w@/-]|\.\w)", text))
    placed = any(
        _BRAND_PLACE.search(text, max(0, f.start() - 12), f.start())
        # not a word before its noun ("a hybrid job with hybrid hours" from hybrid.example)
        and not _LOWER_WORD_NEXT.match(text, f.end())
        for f in found
    )
    return found[0].group(0) if len(found) >= 2 and placed else None


_LOWER_WORD_NEXT = re.compile(r"[^\S\n]+[a-zà-ÿ]")
#: the word before a lower-case brand where it names the employer
_BRAND_PLACE = re.compile(
    r"(?i)\b(?:at|to|with|join|team|bij|bei|chez|presso|en|na|no|voor|van|für)[^\S\n]+$"
)
