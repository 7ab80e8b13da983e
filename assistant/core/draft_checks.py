"""What keeps a draft from going out: recipients, header fields, template leftovers.

Pure checks over a :class:`~assistant.core.drafts.Draft`, in words the user reads;
approve, edit, send and push all ask them (:mod:`assistant.app.approval`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from assistant.core.addresses import address_problem, is_no_reply
from assistant.core.drafts import Draft

#: Template leftovers that must never reach a recipient.
_PLACEHOLDERS = [
    re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}"),
    re.compile(
        r"[\[<]\s*(?:your\s+|their\s+|the\s+)?(?:first\s+|last\s+|full\s+|company\s+)?"
        r"(?:name|company|company name|employer|role|position|job title|title|recruiter|"
        r"hiring manager|contact|date|phone|email|link|url)\s*[\]>]",
        re.IGNORECASE,
    ),
    re.compile(r"\bTODO\b|\bTBD\b|\bX{3,}\b|\bFIXME\b"),
]

#: Characters that make a display name need quotes (RFC 5322 specials).
_SPECIALS = re.compile(r'[][\\()<>@,:;".]')


# -- validation ---------------------------------------------------------------------


def header_problem(name: str, value: str | None) -> str | None:
    """A reason ``value`` may not go into header ``name``: line breaks or control characters.

    A CR or LF in a header value would let text start a new header (``Bcc:``) or
    the body: header injection. Other control characters have no business there.
    """
    if not value:
        return None
    for char in value:
        if char in "\r\n" or char in "\x85\u2028\u2029":
            return f"{name} contains a line break"
        if unicodedata.category(char) == "Cc" and char != "\t":
            return f"{name} contains a control character ({ord(char):#04x})"
    return None


def recipient_problem(address: str | None) -> str | None:
    """Why ``address`` cannot receive a follow-up, or None if it can."""
    if not address or not address.strip():
        return "no recipient"
    bad = header_problem("To", address)
    if bad:
        return bad
    syntax = address_problem(address.strip())
    if syntax:
        return f"{address!r} is not an email address: {syntax}"
    if not address.strip().rpartition("@")[0].isascii():
        return (
            f"{address.strip()} has non-ASCII characters before the @; followup sends only to "
            "plain ASCII addresses (no SMTPUTF8)"
        )
    if is_no_reply(address):
        return f"{address} is a no-reply address: nobody reads what is sent there"
    return None


def placeholder_in(text: str | None, ignore: Iterable[str] = ()) -> str | None:
    """The first template leftover in ``text`` ("{{", "[Name]", "<company>", ...), or None.

    ``ignore``: the application's own values (company, role, names); where one of
    them appears as a whole it is data, not a leftover ("TBD Media" is a company),
    as drafting treats them.
    """
    if not text:
        return None
    text = _without(text, ignore)
    for pattern in _PLACEHOLDERS:
        found = pattern.search(text)
        if found:
            return found.group(0)
    return None


def _without(text: str, values: Iterable[str]) -> str:
    """``text`` with each value blanked out where it stands as a whole (longest first),
    so that a company called "X" does not hide an "XXX" left in the text."""
    for value in sorted({v.strip() for v in values if v and v.strip()}, key=len, reverse=True):
        start = r"(?<!\w)" if re.match(r"\w", value) else ""
        end = r"(?!\w)" if re.search(r"\w$", value) else ""
        text = re.sub(start + re.escape(value) + end, " ", text)
    return text


def problems(
    draft: Draft,
    *,
    need_recipient: bool = True,
    ignore: Iterable[str] = (),
    placeholders: bool = True,
) -> list[str]:
    """Everything that keeps a draft from being approved, in words the user reads.

    ``need_recipient=False`` accepts a draft with no recipient yet (the check an
    edit of a ``needs_recipient`` draft passes); a recipient that is present is
    always checked. ``ignore``: the application's own values, which are never
    taken for placeholders (see :func:`assistant.app.approval.own_values`).
    """
    found: list[str] = []
    email = draft.is_email
    to = (draft.to_email or "").strip()
    if email and (to or need_recipient):
        bad = recipient_problem(to)
        if bad:
            found.append(bad)
    elif to:
        bad = header_problem("To", to)
        if bad:
            found.append(bad)
    for name, key in (
        ("To name", "to_name"),
        ("Subject", "subject"),
        ("In-Reply-To", "in_reply_to"),
        ("Message-ID", "message_id"),
    ):
        bad = header_problem(name, getattr(draft, key))
        if bad:
            found.append(bad)
    for reference in draft.references:
        bad = header_problem("References", reference)
        if bad:
            found.append(bad)
            break
    if email and not draft.subject.strip():
        found.append("the subject is empty")
    if not draft.body.strip():
        found.append("the body is empty")
    ignore = list(ignore)
    for name, key in (("subject", "subject"), ("body", "body")) if placeholders else ():
        leftover = placeholder_in(getattr(draft, key), ignore)
        if leftover:
            found.append(f"the {name} still has a placeholder: {leftover!r}")
    return found
