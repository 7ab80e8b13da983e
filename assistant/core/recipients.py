"""People to send a follow-up to, found in the mail itself, each with where it was found.

When a confirmation comes from a no-reply address, the person to write to is
often in the mail: a recruiter named as the contact in a sentence ("questions?
write to Dana Fields, dana.fields@harbor.example"), in the signature, in
Reply-To, or at the employer's own domain seen in other mail. Never proposed:
addresses in legal or privacy footers, accommodation and unsubscribe addresses,
role mailboxes for those, no-reply addresses, and the user's own addresses
(a Reply-To pointing at the user included).

Pure: a :class:`~assistant.core.models.Message` in, candidates out.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from assistant.core.addresses import is_no_reply
from assistant.core.models import Address, Message

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

#: Words that make a paragraph a footer nobody is meant to write to.
_FOOTER = re.compile(
    r"privacy|data protection|datenschutz|gdpr|dsgvo|rgpd|avg\b|unsubscrib|abmelden|"
    r"d[ée]sinscri|afmelden|darse de baja|dar de baja|legal notice|impressum|mentions l[ée]gales|"
    r"confidential|vertraulich|this (?:e-?mail|message) was sent to|diese e-?mail wurde an|"
    r"registered (?:office|in)|handelsregister|accommodat|disabilit|reasonable adjustment|"
    r"barrierefrei|accessib|equal opportunity|opt[ -]?out|manage your (?:preferences|subscription)",
    re.IGNORECASE,
)
#: Mailboxes of a function, not a person to follow up with.
_ROLE_LOCAL = re.compile(
    r"^(?:privacy|data-?protection|dpo|gdpr|legal|unsubscribe|accommodations?|accessibility|"
    r"adjustments?|abuse|postmaster|webmaster|mailer-daemon|bounces?|notifications?|alerts?|"
    r"support|help|datenschutz)(?:[._+-].*)?$",
    re.IGNORECASE,
)
#: A sentence that names someone as the contact.
_CONTACT_CUE = re.compile(
    r"contact|reach (?:out|me)|write to|e-?mail (?:me|her|him)|questions?|recruiter|"
    r"point of contact|get in touch|ansprechpartner|kontakt|wenden sie sich|fragen|"
    r"contacter|contactez|interlocut|questions|neem contact|contactpersoon|vragen|"
    r"contacto|contacta|preguntas|dudas",
    re.IGNORECASE,
)
#: A closing line after which the signature starts.
_CLOSING = re.compile(
    r"^\s*(?:best|kind|warm|many thanks|thanks|thank you|regards|best regards|kind regards|"
    r"sincerely|cheers|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|viele gr(?:ü|ue)(?:ß|ss)e|"
    r"beste gr(?:ü|ue)(?:ß|ss)e|cordialement|bien (?:à vous|cordialement)|"
    r"met vriendelijke groet(?:en)?|groeten|saludos(?: cordiales)?|atentamente|un saludo)\b.*$",
    re.IGNORECASE,
)
_NAME = r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:van|de|der|den|von|la|le|del|da)?\s*[A-ZÀ-Þ][\w'’-]+){1,3}"
_NAME_BEFORE = re.compile(rf"({_NAME})\s*(?:,|\(|<|at|via|:|-|–)?\s*$")
_NOT_A_NAME = re.compile(
    r"\b(?:team|talent|recruiting|careers?|hr|human resources|acquisition|department|"
    r"inc|ltd|gmbh|llc|please|questions?|contact|email|mail)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    """A person the follow-up could go to, and where in the mail they were found."""

    address: Address
    where: str


def propose(
    message: Message,
    *,
    own: Collection[str] = (),
    employer_domains: Collection[str] = (),
) -> list[Candidate]:
    """Candidates in order of trust: named as the contact, signature, Reply-To, employer domain.

    ``own``: the user's addresses (config email and aliases), never proposed.
    ``employer_domains``: domains the employer wrote from in other mail.
    """
    mine = {a.lower() for a in own}
    sender = message.sender.email.lower() if message.sender else ""
    found: list[Candidate] = []

    def add(address: Address, where: str) -> None:
        email = address.email.strip().rstrip(".").lower()
        if (
            email in mine
            or email == sender
            or is_no_reply(email)
            or _ROLE_LOCAL.match(email.partition("@")[0])
            or any(c.address.email.lower() == email for c in found)
        ):
            return
        found.append(Candidate(Address(address.name, address.email.strip().rstrip(".")), where))

    # only text that holds an address can name one (most mail holds none): the long
    # footer pattern is tried on those paragraphs alone
    text = message.text if "@" in message.text else ""
    readable = [p for p in _paragraphs(text) if "@" in p and not _FOOTER.search(p)]
    for paragraph in readable:
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])", paragraph):
            if _CONTACT_CUE.search(sentence):
                for address in _addresses_with_names(sentence):
                    add(address, "named as the contact in the text")
    for address in _signature(text):
        add(address, "in the signature")
    for address in message.reply_to:
        add(address, "in Reply-To")
    domains = {d.lower() for d in employer_domains}
    if domains:
        for paragraph in readable:
            for address in _addresses_with_names(paragraph):
                if address.email.rpartition("@")[2].lower() in domains:
                    add(address, "at the employer's own domain, seen in other mail")
    return found


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]


def _addresses_with_names(text: str) -> Iterable[Address]:
    for match in _EMAIL.finditer(text):
        before = " ".join(text[max(0, match.start() - 80) : match.start()].split())
        named = _NAME_BEFORE.search(before)
        name = named.group(1) if named and not _NOT_A_NAME.search(named.group(1)) else ""
        yield Address(name or _name_from(match.group(0)), match.group(0))


def _name_from(email: str) -> str:
    """'dana.fields@x' -> 'Dana Fields' (only for a clear first.last local part)."""
    local = email.partition("@")[0]
    parts = re.split(r"[._]", local)
    if len(parts) == 2 and all(p.isalpha() and len(p) > 1 for p in parts):
        return " ".join(p.capitalize() for p in parts)
    return ""


def _signature(text: str) -> list[Address]:
    """Addresses in the block after the last closing line, given a name to go with."""
    lines = text.replace("\r\n", "\n").split("\n")
    closing = max((i for i, line in enumerate(lines) if _CLOSING.match(line)), default=None)
    if closing is None:
        return []
    block: list[str] = []
    for line in lines[closing + 1 : closing + 9]:
        if _FOOTER.search(line):
            break
        block.append(line.strip())
    names = [
        line
        for line in block
        if re.fullmatch(_NAME, line) and not _NOT_A_NAME.search(line) and "@" not in line
    ]
    found = []
    for line in block:
        for match in _EMAIL.finditer(line):
            name = names[0] if names else _name_from(match.group(0))
            if name:  # a signature without a person is a team's
                found.append(Address(name, match.group(0)))
    return found


def choose(
    message: Message,
    extracted: Address | None,
    *,
    own: Collection[str] = (),
    employer_domains: Collection[str] = (),
) -> Candidate | None:
    """The contact for mail no person sent: the extractor's pick if the mail confirms it
    (named as the contact, in the signature, ...), else the first candidate, else None."""
    found = propose(message, own=own, employer_domains=employer_domains)
    if extracted is not None:
        for candidate in found:
            if candidate.address.email.lower() == extracted.email.lower():
                name = extracted.name or candidate.address.name
                return Candidate(Address(name, candidate.address.email), candidate.where)
    return found[0] if found else None
