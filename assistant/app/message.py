"""The outgoing message: the one place that turns a draft into MIME.

``followup send``, ``drafts push``, ``send --dry-run``, ``drafts show`` and the
demo all show or deliver exactly what :func:`build_message` makes: From the
account, To the recipient, threaded (In-Reply-To / References), with the résumé
(``profile.resume``) attached to an email.
"""

from __future__ import annotations

import mimetypes
from datetime import datetime
from email import policy as email_policy
from email.header import Header
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.draft_checks import header_problem
from assistant.core.drafts import Draft
from assistant.core.models import Address
from assistant.core.safe_text import for_header
from assistant.errors import DraftError

if TYPE_CHECKING:
    from assistant.adapters.settings import AccountSettings


def one_line(text: str) -> str:
    """A header value: line breaks and tabs become spaces; controls, escape sequences and
    bidi controls (U+202E from a display name) are removed (``core.safe_text``)."""
    return for_header(text)


def build_message(
    draft: Draft,
    account: AccountSettings,
    *,
    when: datetime,
    attachment: Path | None = None,
) -> EmailMessage:
    """The MIME message for ``draft``, exactly as it will be sent.

    Message-ID is the one made at draft time (a new one if the draft has none).
    Header fields with a line break or control character are refused
    (:class:`DraftError`) rather than cleaned up: no header injection, and no
    silent change to what was approved.
    """
    fields = {
        "From name": account.display_name or "",
        "From": account.email,
        "To name": draft.to_name or "",
        "To": draft.to_email or "",
        "Subject": draft.subject,
        "Message-ID": draft.message_id or "",
        "In-Reply-To": draft.in_reply_to or "",
    }
    references = [r for r in draft.references if r]
    for name, value in [*fields.items(), *(("References", r) for r in references)]:
        bad = header_problem(name, value)
        if bad:
            raise DraftError(f"draft {draft.id}: refused, {bad}")
    in_reply_to = fields["In-Reply-To"] or None
    if in_reply_to and in_reply_to not in references:
        references.append(in_reply_to)
    body = draft.body.replace("\r\n", "\n")
    if not body.endswith("\n"):
        body += "\n"
    return mime(
        sender=Address(fields["From name"], fields["From"]),
        to=Address(fields["To name"], fields["To"]) if fields["To"] else None,
        subject=fields["Subject"],
        body=body,
        message_id=fields["Message-ID"] or new_message_id(account.email),
        in_reply_to=in_reply_to,
        references=tuple(references),
        date=when,
        attachment=attachment,
    )


def mime(
    *,
    sender: Address,
    to: Address | None,
    subject: str,
    body: str,
    message_id: str,
    in_reply_to: str | None,
    references: tuple[str, ...],
    date: datetime,
    attachment: Path | None = None,
) -> EmailMessage:
    """The MIME message from its parts (values already checked to be one line each)."""
    message = EmailMessage(policy=email_policy.default)
    message["From"] = header_address(sender)
    if to is not None:
        message["To"] = header_address(to)
    message["Subject"] = one_line(subject)
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = " ".join(references)
    message.set_content(body, charset="utf-8")
    if attachment is not None:
        _attach(message, attachment)
    return message


class _Wire(EmailPolicy):
    """The SMTP policy, except that a long Subject is never folded right after the colon.

    The standard library may put the first line break straight after ``Subject:``
    (valid RFC 5322, but some mail clients then show a leading space). Here the
    first word always stays on the first line: plain ASCII is folded at spaces,
    anything else becomes RFC 2047 encoded words that start after the colon.
    """

    def fold(self, name: str, value: str) -> str:
        if name.lower() != "subject":
            return super().fold(name, value)
        text = " ".join(str(value).split())
        if not text.isascii():
            encoded = Header(text, "utf-8", header_name=name).encode(linesep=self.linesep)
            return f"{name}: {encoded}{self.linesep}"
        lines, width = [f"{name}:"], self.max_line_length or 78
        for word in text.split(" "):
            if len(lines[-1]) + 1 + len(word) > width and lines[-1] != f"{name}:":
                lines.append("")
            lines[-1] += f" {word}"
        return self.linesep.join(lines) + self.linesep

    def fold_binary(self, name: str, value: str) -> bytes:
        if name.lower() != "subject":
            return super().fold_binary(name, value)
        return self.fold(name, value).encode("ascii")


_WIRE = _Wire(linesep="\r\n")


def message_bytes(message: EmailMessage) -> bytes:
    """The wire form (CRLF line ends), for SMTP and IMAP APPEND."""
    return message.as_bytes(policy=_WIRE)


def new_message_id(address: str) -> str:
    return make_msgid(domain=address.rpartition("@")[2] or "localhost")


def resume_of(profile: Any) -> Path | None:
    """The résumé every email carries (``profile.resume``), if one is set."""
    resume = getattr(profile, "resume", None)
    return Path(resume) if resume else None


def header_address(address: Address) -> HeaderAddress:
    try:
        return HeaderAddress(display_name=one_line(address.name), addr_spec=one_line(address.email))
    except (ValueError, IndexError, TypeError) as error:
        raise DraftError(f"not a usable address: {one_line(address.email)!r} ({error})") from None


def _attach(message: EmailMessage, path: Path) -> None:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DraftError(f"cannot read the résumé {path}: {error.strerror}") from None
    kind, encoding = mimetypes.guess_type(path.name)
    if kind is None or encoding is not None:
        kind = "application/pdf" if path.suffix.lower() == ".pdf" else "application/octet-stream"
    maintype, _, subtype = kind.partition("/")
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=path.name)
