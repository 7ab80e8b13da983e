"""Addresses and domains (pure): which are well formed, which no human reads, and
which domain an organisation registered.

A follow-up must go to a person. Mail from an applicant-tracking system or a
"no-reply" mailbox is evidence about an application, never a recipient. Both the
classifier (is this mail automatic?) and the planner (who may we write to?) ask
:func:`is_no_reply`.

:func:`address_problem` is the one syntax check for addresses a user types (the
config, ``apps edit``, ``drafts edit``): email-validator, without its DNS lookup.
:func:`registrable_domain` reads the Public Suffix List copy that the
``publicsuffixlist`` package ships (``careers.sap.de`` -> ``sap.de``,
``jobs.bbc.co.uk`` -> ``bbc.co.uk``); nothing is fetched at run time.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from email.utils import parseaddr
from typing import TYPE_CHECKING

from publicsuffixlist import PublicSuffixList

from assistant.core.recent import remember_recent

if TYPE_CHECKING:
    from assistant.core.models import Address

#: Written together (punctuation removed), these say "do not answer this address".
_JOINED_MARKERS = (
    "noreply",
    "donotreply",
    "dontreply",
    "donotrespond",
    "norespond",
    "noresponse",
    "mailerdaemon",
    "nepasrepondre",  # French
    "nichtantworten",  # German
    "keineantwort",
    "noantwoord",  # Dutch ("no-antwoord")
    "geenantwoord",
    "unsubscribe",
)

#: Whole words of the local part (split at . - _ +) that name a machine mailbox.
_TOKENS = frozenset(
    {
        "notifications",
        "notification",
        "notify",
        "postmaster",
        "bounce",
        "bounces",
        "mailer",
        "daemon",
        "autoreply",
        "autoresponder",
        "autoconfirm",
        "automated",
        "indeedapply",
    }
)

#: Mail hosts that only send: applicant-tracking systems relay their notices from
#: these, and nobody reads what is sent back (``<tenant>@myworkday.com``, ...).
NO_REPLY_HOSTS = (
    "greenhouse-mail.io",
    "myworkday.com",
    "workablemail.com",
    "teamtailor-mail.com",
    "talent.icims.com",
    "taleo.net",
    "applytojob.com",
    "smartrecruiters-mail.com",
    "jobvite-mail.com",
)

_SPLIT = re.compile(r"[.\-_+=]+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
#: a no-reply host's subdomains end with one of these
_HOST_SUFFIXES = tuple("." + host for host in NO_REPLY_HOSTS)


def _bare(address: str) -> str:
    """'Name <a@b>' -> 'a@b'; a bare address is returned stripped."""
    if "<" in address:
        return parseaddr(address)[1]
    return address.strip()


@remember_recent(8)  # a message's sender is asked about by the sender check, contact, recruiter
def is_no_reply(address: str) -> bool:
    """True when ``address`` (bare or ``Name <addr>``) belongs to a mailbox no human reads.

    >>> is_no_reply("no-reply@us.greenhouse-mail.io"), is_no_reply("jordan.lee@example.com")
    (True, False)
    """
    bare = _bare(address).lower()
    if "@" not in bare:
        return True  # not an address anyone can write to
    local, _, domain = bare.rpartition("@")
    joined = _NOT_ALNUM.sub("", local)
    if any(marker in joined for marker in _JOINED_MARKERS):
        return True
    if any(token in _TOKENS for token in _SPLIT.split(local)):
        return True
    if domain.startswith(("bounce.", "bounces.")):
        return True
    return domain in NO_REPLY_HOSTS or domain.endswith(_HOST_SUFFIXES)


def is_human_address(address: str | None) -> bool:
    """An address a follow-up may be sent to: present, well formed, read by a person."""
    return bool(address) and not is_no_reply(address or "")


def address_problem(email: str) -> str | None:
    """Why ``email`` (a bare address) is not a well-formed address, or None.

    Syntax only (RFC 5321/5322, internationalised domains allowed): no DNS, so it
    works offline and never reveals what the user types. Names reserved for
    testing (``.test``) pass; ``localhost`` and ``.invalid`` do not.
    """
    # imported here: its patterns cost a scan's worker process 20 ms, and only the
    # settings and the draft checks ask
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(email, check_deliverability=False, test_environment=True)
    except EmailNotValidError as exc:
        return str(exc)
    return None


@functools.cache
def _suffix_list() -> PublicSuffixList:
    return PublicSuffixList()  # the package's bundled copy of the list


@functools.lru_cache(maxsize=4096)  # a mailbox has few distinct domains
def registrable_domain(domain: str | None) -> str:
    """The part of ``domain`` its owner registered: ``careers.sap.de`` -> ``sap.de``.

    '' for a public suffix itself (``co.uk``) or no domain. Unknown top-level names
    (``.example``, ``.test``) count as one-label suffixes.
    """
    if not domain:
        return ""
    name = domain.strip().strip(".").lower()
    return _suffix_list().privatesuffix(name) or ""


#: letters that look alike (Unicode TR39's idea, a small map for domain names): each
#: maps to the ASCII letter it imitates
_CONFUSABLE = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ɡ": "g",
        "һ": "h",
        "ӏ": "l",
        "ο": "o",
        "α": "a",
        "ν": "v",
        "ρ": "p",
        "τ": "t",
        "ι": "i",
        "κ": "k",
        "0": "o",
        "1": "l",
        "i": "l",
        "I": "l",
        "|": "l",
    }
)


def skeleton(domain: str) -> str:
    """What a domain looks like: confusable letters folded (``brightIine`` and
    ``brightline`` share one), ``rn`` read as ``m``."""
    folded = unicodedata.normalize("NFKC", domain).translate(_CONFUSABLE).lower()
    return folded.translate(_CONFUSABLE).replace("rn", "m")


def looks_like(domain: str, other: str) -> bool:
    """Two different domains a reader would take for the same one."""
    return domain.lower() != other.lower() and skeleton(domain) == skeleton(other)


def names_a_recipient(text: str, recipients: Iterable[Address], *, within: bool = False) -> bool:
    """``text`` is a recipient's whole display name ("Robin Lee"): a calendar's "Technical
    interview - Robin Lee" names the reader, not a job title. One word of it is not enough
    (Anna Koch may apply as a "Koch"). ``within``: the text holds a whole name of two
    words or more among its words ("Interview Robin Lee / Tessellate")."""
    key = " ".join(text.casefold().split())
    for address in recipients:
        name = " ".join(address.name.casefold().split())
        if not name:
            continue
        if key == name or (
            within and " " in name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", key)
        ):
            return True
    return False
