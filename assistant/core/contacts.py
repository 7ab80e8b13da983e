"""Whom to write to and where to look: contact, recruiter, phone, portal (pure).

``contact`` picks the address a follow-up should go to (a person's address in the
text or Reply-To before a hiring mailbox, never a no-reply one); ``recruiter_name``
the person signing the mail; ``phone`` a phone number that is not a date or an id;
``portal_url`` the link where the candidate sees the application's status.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.core.addresses import is_no_reply
from assistant.core.caseless import fold
from assistant.core.company import PAREN_NAME
from assistant.core.line_start import LineStart
from assistant.core.models import Address, Message
from assistant.core.senders import SenderInfo, match_ats, sender_data, squash

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_TEAM_LOCAL = re.compile(r"^(?:careers?|jobs?|recruit\w*|talent\w*|hr|hiring|people|apply|info)$")


def contact(message: Message, info: SenderInfo, flat: str) -> tuple[Address | None, str]:
    """A human mailbox: Reply-To, a personal From, an address in the text, a team From."""
    own = {a.email.lower() for a in message.to + message.cc}

    def human(address: Address) -> bool:
        if address.email.lower() in own or is_no_reply(address.email):
            return False
        return match_ats(address.domain) is None

    for address in message.reply_to:
        if human(address):
            return address, f"contact: Reply-To {address.email}"
    sender = message.sender
    sender_human = sender is not None and human(sender)  # (asked once)
    personal_from = sender is not None and sender_human and not _TEAM_LOCAL.match(sender.local_part)
    if personal_from and sender is not None:
        return sender, f"contact: From {sender.email}"
    body = flat[:20_000]
    for match in _EMAIL.finditer(body) if "@" in body else ():
        email = match.group(0).rstrip(".")
        address = Address(name="", email=email)
        if human(address) and not email.lower().startswith(("candidate@",)):
            return address, f"contact: address in the text {email}"
    if sender is not None and sender_human:
        return sender, f"contact: From {sender.email}"
    return None, ""


#: possessive, newline-free runs around the closing: with ``^\s*`` and ``\s*\n+\s*`` a body
#: of blank lines made the scan quadratic (2 s for 5,000 newlines, 38 s for 20,000)
_CLOSING = re.compile(
    r"(?im)^[^\S\n]*+(?:best(?:\s+regards|\s+wishes)?|kind\s+regards|warm\s+regards|regards|"
    r"sincerely|thanks|thank\s+you|cheers|yours\s+(?:sincerely|truly)|mit\s+freundlichen\s+gr[üu](?:ß|ss)en|"
    r"viele\s+gr[üu](?:ß|ss)e|cordialement|bien\s+[àa]\s+vous|met\s+vriendelijke\s+groet(?:en)?|"
    r"saludos(?:\s+cordiales)?|atentamente|you\s+will\s+soon\s+be\s+contacted\s+by|your\s+contact)"
    r"[^\S\n]*+[,:!.]?[^\S\n]*+\n\s*+(?P<n>[^\n]{3,60})"
)
_CLOSING_LINES = LineStart(_CLOSING)  # the same matches, faster
_PERSON = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2}$")


def recruiter_name(message: Message, company_name: str | None) -> str | None:
    sender = message.sender
    generic = sender_data().generic_names
    key = squash(company_name or "")
    if sender is not None and sender.name and not is_no_reply(sender.email):
        display = PAREN_NAME.sub("", sender.name).strip()
        if (
            _PERSON.match(display)
            and not any(w.lower() in generic for w in display.split())
            and squash(display) != key
            and (not key or key not in squash(display))
        ):
            return display
    for match in _CLOSING_LINES.finditer(message.text[:20_000]):
        name = match.group("n").strip().rstrip(",")
        if (
            _PERSON.match(name)
            and not any(w.lower() in generic for w in name.split())
            and squash(name) != key
        ):
            return name
    return None


_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?!\w)"
)


#: every phone number holds two digits, a separator and two digits: a text without them
#: is not searched (the number pattern tries every position of the text)
_PHONE_HINT = re.compile(r"\d\d[\s.-]\d\d")


_NOT_DIGIT = re.compile(r"\D")
_DATE_LIKE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_PHONE_LABEL = re.compile(r"(phone|tel|call|mobile|cell|fon|t[ée]l|:)")


#: a character a number starts with, where no word character or "+" stands before it
#: (_PHONE's lookbehind, after the character: a class first, so the engine skips ahead)
_NUMBER_START = re.compile(r"[+(\d](?<![\w+].)")


def _phone_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PHONE.finditer(text)``, tried only where a number may start (its lookbehind
    first made the engine try every character)."""
    pos = 0
    for start in _NUMBER_START.finditer(text):
        if start.start() < pos:
            continue
        found = _PHONE.match(text, start.start())
        if found is not None:
            yield found
            pos = found.end()


def phone(flat: str) -> str | None:
    text = flat[:20_000]
    if not _PHONE_HINT.search(text):
        return None
    for match in _phone_matches(text):
        value = match.group(0).strip()
        digits = _NOT_DIGIT.sub("", value)
        if not 9 <= len(digits) <= 15:
            continue
        if _DATE_LIKE.fullmatch(value):  # a date
            continue
        before = flat[max(0, match.start() - 40) : match.start()].lower()
        if value.startswith("+") or _PHONE_LABEL.search(before):
            return value
    return None


_URL = re.compile(r"https?://[^\s<>\"')\]]{4,500}")
#: both searched in the URL folded (caseless.fold: lower case, and what IGNORECASE takes
#: for an ASCII letter made it) without IGNORECASE: the engine skips ahead to the words'
#: first letters, where IGNORECASE tried every character of the URL
_PORTAL_HINT = re.compile(
    r"(candidate|career|jobs?|apply|application|portal|status|login|sign-?in|account|"
    r"interview|bewerb|candidat|sollicit|recruit|talent|hiring|myworkday|greenhouse|lever|"
    r"icims|taleo|workable|smartrecruiters|ashby|teamtailor|recruitee|personio)"
)
_NOT_PORTAL = re.compile(
    r"(unsubscribe|privacy|linkedin\.com/company|facebook|twitter|"
    r"instagram|youtube|mailto:|\.png|\.jpg|\.gif|tracking|optout|opt-out)"
)


def portal_url(flat: str) -> str | None:
    best = None
    for match in _URL.finditer(flat[:50_000]):
        url = match.group(0).rstrip(".,;:!?")
        folded = fold(url)
        if _NOT_PORTAL.search(folded):
            continue
        if _PORTAL_HINT.search(folded):
            return url
        best = best or url
    return best


# --------------------------------------------------------------------------- dates
