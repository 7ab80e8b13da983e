"""The approval queue: use cases over the drafts in the store.

A draft is made by ``followup plan`` and waits for the user. Nothing here talks
to a mail server; sending and pushing live in :mod:`assistant.app.outbox`. Every
change goes through the store's compare-and-set :meth:`~assistant.adapters.store.Store.move_draft`,
so a draft that ``followup send`` picked up meanwhile is never edited or approved
under its feet.

What approving means depends on the channel:

- ``email``: the draft becomes ``approved`` and the next ``followup send`` sends it.
  It must have a real recipient (not a no-reply mailbox), clean header fields and
  no template placeholder left.
- ``networking`` and ``call``: followup never sends these; they are for the user
  to act on (a message to someone at the company, a phone call). Approving one
  marks it done: status ``sent`` with audit action ``done`` (not ``sent``, so it
  does not count against the daily cap), and the application records a follow-up.

No email goes to an employer who asked not to be contacted, nor about an
application that is over or answered (a final status: replied, interviewing,
offer, rejected, withdrawn, closed). :func:`application_blocks` is the one rule
for that; approve, send and push all ask it, and :func:`void_blocked_drafts`
discards what it blocks (the scanner calls it when it learns of such a change).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.utils import parseaddr
from typing import Any

from assistant.adapters.store import Store
from assistant.core.addresses import is_no_reply
from assistant.core.models import FINAL_STATUSES, Application, Status
from assistant.errors import DraftError, StoreError

#: Statuses ``drafts list`` shows unless asked for all.
OPEN_STATUSES = (
    "pending",
    "needs_recipient",
    "approved",
    "sending",
    "unknown",
    "snoozed",
    "failed",
)
#: Statuses a draft can be edited, snoozed or approved from.
EDITABLE = ("pending", "needs_recipient", "approved", "snoozed", "failed")
#: Statuses that are final for the queue.
CLOSED = ("sent", "discarded")
#: Statuses a draft is discarded from when its application no longer wants it
#: (``sending`` and ``unknown`` are the sender's business; ``sent`` is history).
VOIDABLE = ("pending", "needs_recipient", "approved", "snoozed", "failed")

#: Why a final status rules out an email, in words.
_FINAL_WORDS = {
    Status.REPLIED: "the employer replied",
    Status.INTERVIEWING: "you are interviewing",
    Status.OFFER: "you have an offer",
    Status.REJECTED: "the application was rejected",
    Status.WITHDRAWN: "you withdrew the application",
    Status.CLOSED: "the application is closed",
}

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

_ADDRESS = re.compile(
    r"^[^\s@<>()\[\],;:\"\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)


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
    if not _ADDRESS.match(address.strip()):
        return f"{address!r} is not an email address"
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

    ``ignore``: the application's own values (see :func:`own_values`); where one of
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


def own_values(store: Store, row: Mapping[str, Any]) -> list[str]:
    """The words a draft may hold that come from its application, not from a template:
    company, role, contact and recruiter names, and the draft's recipient name."""
    values = [row.get("to_name")]
    if row.get("application_id"):
        app = store.application_row(int(row["application_id"]))
        if app is not None:
            values += [app.get(k) for k in ("company", "role", "contact_name", "recruiter_name")]
    return [str(v) for v in values if v and str(v).strip()]


def _without(text: str, values: Iterable[str]) -> str:
    """``text`` with each value blanked out where it stands as a whole (longest first),
    so that a company called "X" does not hide an "XXX" left in the text."""
    for value in sorted({v.strip() for v in values if v and v.strip()}, key=len, reverse=True):
        start = r"(?<!\w)" if re.match(r"\w", value) else ""
        end = r"(?!\w)" if re.search(r"\w$", value) else ""
        text = re.sub(start + re.escape(value) + end, " ", text)
    return text


def problems(
    row: Mapping[str, Any], *, need_recipient: bool = True, ignore: Iterable[str] = ()
) -> list[str]:
    """Everything that keeps a draft from being approved, in words the user reads.

    ``need_recipient=False`` accepts a draft with no recipient yet (the check an
    edit of a ``needs_recipient`` draft passes); a recipient that is present is
    always checked. ``ignore``: the application's own values, which are never
    taken for placeholders (pass ``own_values(store, row)``).
    """
    found: list[str] = []
    email = row.get("channel", "email") == "email"
    to = (row.get("to_email") or "").strip()
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
        bad = header_problem(name, row.get(key))
        if bad:
            found.append(bad)
    for reference in row.get("references") or ():
        bad = header_problem("References", reference)
        if bad:
            found.append(bad)
            break
    if email and not (row.get("subject") or "").strip():
        found.append("the subject is empty")
    if not (row.get("body") or "").strip():
        found.append("the body is empty")
    ignore = list(ignore)
    for name, key in (("subject", "subject"), ("body", "body")):
        leftover = placeholder_in(row.get(key), ignore)
        if leftover:
            found.append(f"the {name} still has a placeholder: {leftover!r}")
    return found


# -- applications that rule out an email ------------------------------------------------


def blocking_reason(app: Application) -> str | None:
    """Why no email may go out about ``app``, or None (see :func:`application_blocks`)."""
    if app.no_follow_up:
        said = f" ({app.no_follow_up_phrase!r})" if app.no_follow_up_phrase else ""
        return f"application {app.id}: the employer asked not to be contacted{said}"
    if app.status in FINAL_STATUSES:
        words = _FINAL_WORDS.get(app.status, f"the application is {app.status}")
        return f"application {app.id}: {words} (status {app.status})"
    return None


def application_blocks(store: Store, row: Mapping[str, Any]) -> str | None:
    """Why this email draft must not go out, read from its application now; None if it may.

    The employer asked not to be contacted (``no_follow_up``), or the application
    has a final status. Networking and call drafts are never blocked: they are
    the way to reach out when email is ruled out, and followup does not send them.
    """
    if row.get("channel", "email") != "email" or not row.get("application_id"):
        return None
    try:
        app = store.application(int(row["application_id"]))
    except StoreError:
        return None  # the application was deleted; the draft is no longer linked to it
    return blocking_reason(app)


def discard_open_drafts(
    store: Store,
    application_id: int,
    now: datetime,
    why: str,
    *,
    channels: Sequence[str] | None = None,
) -> list[int]:
    """Discard the application's drafts in :data:`VOIDABLE` statuses (of ``channels``, or all),
    each with an audit line saying ``why``; returns their ids.

    A draft that moves meanwhile (``followup send`` took it) is left to the sender,
    which asks :func:`application_blocks` again right before it sends.
    """
    done: list[int] = []
    with store.transaction():
        for draft in store.drafts(list(VOIDABLE), application_id=application_id):
            if channels is not None and draft["channel"] not in channels:
                continue
            try:
                store.move_draft(draft["id"], [draft["status"]], "discarded", now)
            except DraftError:
                continue
            store.audit_draft(now, "discarded", draft, detail=f"{why} (was {draft['status']})")
            done.append(int(draft["id"]))
    return done


def void_blocked_drafts(store: Store, application_id: int, now: datetime) -> list[int]:
    """If the application now rules out email, discard its open email drafts; returns their ids.

    For the scanner, after it sets ``no_follow_up`` or a final status from mail.
    Each discarded draft gets an audit line with the reason. Does nothing (and
    returns ``[]``) when the application still allows a follow-up.
    """
    try:
        reason = blocking_reason(store.application(application_id))
    except StoreError:
        return []
    if reason is None:
        return []
    return discard_open_drafts(
        store, application_id, now, f"not to be sent: {reason}", channels=("email",)
    )


# -- reading --------------------------------------------------------------------------


def get_draft(store: Store, draft_id: int) -> dict[str, Any]:
    row = store.draft(draft_id)
    if row is None:
        raise DraftError(f"no draft with id {draft_id}", hint="see `followup drafts list`")
    return row


def list_drafts(
    store: Store, *, statuses: Sequence[str] | None = None, include_closed: bool = False
) -> list[dict[str, Any]]:
    """Drafts in id order: the open ones, or those with ``statuses``, or all."""
    if statuses:
        return store.drafts(list(statuses))
    if include_closed:
        return store.drafts()
    return store.drafts(list(OPEN_STATUSES))


def in_review(row: Mapping[str, Any], now: datetime) -> bool:
    """Whether ``followup review`` shows this draft now.

    Pending, needs-recipient and failed drafts; snoozed ones once their date has
    come. Drafts pushed to the Drafts folder are handled in the mail client.
    """
    if row.get("pushed_at"):
        return False
    status = row["status"]
    if status in ("pending", "needs_recipient", "failed"):
        return True
    if status == "snoozed":
        until = _when(row.get("snoozed_until"))
        return until is None or until <= now
    return False


def review_queue(store: Store, now: datetime) -> list[dict[str, Any]]:
    rows = store.drafts(["pending", "needs_recipient", "failed", "snoozed"])
    return [row for row in rows if in_review(row, now)]


def recipient_text(row: Mapping[str, Any]) -> str:
    """``Name <addr>`` (or the bare address, or '(no recipient)') for people to read.

    Plain text, never RFC 2047 encoded (a terminal or an editor shows "Jörg", not
    "=?utf-8?...?="); the name is quoted when it holds a comma or other special
    character, so the text reads back as one address. Never raises.
    """
    if not row.get("to_email"):
        return "(no recipient)"
    address = str(row["to_email"])
    name = " ".join(str(row.get("to_name") or "").split())
    if not name:
        return address
    if _SPECIALS.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def to_json(
    row: Mapping[str, Any], *, audit: Iterable[Mapping[str, Any]] | None = None
) -> dict[str, Any]:
    """The ``drafts list/show --json`` shape (DESIGN.md), plus the useful extras."""
    data: dict[str, Any] = {
        "id": row["id"],
        "application_id": row.get("application_id"),
        "channel": row["channel"],
        "status": row["status"],
        "to": row.get("to_email"),
        "to_name": row.get("to_name"),
        "subject": row.get("subject") or "",
        "body": row.get("body") or "",
        "in_reply_to": row.get("in_reply_to"),
        "references": list(row.get("references") or []),
        "reason": row.get("reason") or "",
        "message_id": row.get("message_id"),
        "account": row.get("account"),
        "template": row.get("template"),
        "error": row.get("error"),
        "created_at": row.get("created_at"),
        "approved_at": row.get("approved_at"),
        "snoozed_until": row.get("snoozed_until"),
        "pushed_at": row.get("pushed_at"),
        "sent_at": row.get("sent_at"),
    }
    if audit is not None:
        data["audit"] = [
            {
                "at": entry["at"],
                "action": entry["action"],
                "account": entry.get("account"),
                "message_id": entry.get("message_id"),
                "recipients": list(entry.get("recipients") or []),
                "template": entry.get("template"),
                "detail": entry.get("detail"),
            }
            for entry in audit
        ]
    return data


# -- changing -------------------------------------------------------------------------


def edit(
    store: Store,
    draft_id: int,
    now: datetime,
    *,
    to: str | None = None,
    subject: str | None = None,
    body: str | None = None,
) -> dict[str, Any]:
    """Change recipient, subject and/or body; returns the updated row.

    ``to`` may be ``"Name <addr>"`` or a bare address. The edited draft is
    validated again; nothing is saved if a problem is found. An approved draft
    goes back to ``pending`` (what was approved is not what is there now); a
    ``needs_recipient`` or ``failed`` draft that is now complete becomes ``pending``.
    """
    row = get_draft(store, draft_id)
    status = row["status"]
    if status not in EDITABLE:
        raise DraftError(f"draft {draft_id} is {status}; it can no longer be edited")
    changes: dict[str, Any] = {}
    if to is not None:
        name, address = split_recipient(to)
        changes["to_email"] = address
        changes["to_name"] = name or None
    if subject is not None:
        changes["subject"] = subject.strip()
    if body is not None:
        changes["body"] = body.rstrip() + "\n"
    changes = {k: v for k, v in changes.items() if v != row.get(k)}
    if not changes:
        return row
    new = {**row, **changes}
    found = problems(new, need_recipient=False, ignore=own_values(store, new))
    if found:
        raise DraftError(f"draft {draft_id} not saved: {'; '.join(found)}")
    new_status = status
    if status in ("approved", "failed"):
        new_status = "pending"
    if new_status == "needs_recipient" and new.get("to_email"):
        new_status = "pending"
    if row["channel"] == "email" and new_status == "pending" and not new.get("to_email"):
        new_status = "needs_recipient"
    fields: dict[str, Any] = dict(changes)
    if status == "approved":
        fields["approved_at"] = None
    if status == "failed":
        fields["error"] = None
    with store.transaction():
        store.move_draft(draft_id, [status], new_status, now, **fields)
        store.audit_draft(now, "edited", row, detail="changed " + ", ".join(sorted(changes)))
    return get_draft(store, draft_id)


def split_recipient(text: str) -> tuple[str, str]:
    """``'Jo Lee <jo@x.org>'`` -> ``('Jo Lee', 'jo@x.org')``; refuses line breaks early.

    The name is kept as plain text: RFC 2047 words (``=?utf-8?q?J=C3=B6rg?=``, as
    in a header copied from a raw mail) are decoded, so the stored name is what
    a person reads and is encoded once, when the message is built.
    """
    bad = header_problem("To", text)
    if bad:
        raise DraftError(f"recipient refused: {bad}")
    name, address = parseaddr(text.strip())
    if not address or "@" not in address:
        raise DraftError(f"recipient refused: {text.strip()!r} is not an email address")
    name = _decoded(name)
    bad = header_problem("To name", name)
    if bad:
        raise DraftError(f"recipient refused: {bad}")
    return " ".join(name.split()), address.strip()


def _decoded(name: str) -> str:
    """A display name with its RFC 2047 encoded words decoded (unchanged if they are broken)."""
    if "=?" not in name:
        return name
    try:
        return str(make_header(decode_header(name)))
    except (HeaderParseError, LookupError, UnicodeDecodeError, ValueError):
        return name


def approve(store: Store, draft_id: int, now: datetime, *, resend: bool = False) -> str:
    """Approve one draft; returns what happened ("approved", "done", "already approved").

    Raises :class:`DraftError` with the reason (and the way out) when it cannot be
    approved. ``resend`` allows approving a draft whose outcome is unknown, or
    one pushed to the Drafts folder: both may already have been sent.
    """
    row = get_draft(store, draft_id)
    status = row["status"]
    if row["channel"] != "email":
        return _mark_done(store, row, now)
    if status not in ("sent", "discarded", "sending"):
        blocked = application_blocks(store, row)
        if blocked:
            raise DraftError(
                f"draft {draft_id} cannot be approved: {blocked}",
                hint=_unblock_hint(store, row, draft_id),
            )
    if status == "approved":
        return "already approved"
    if status == "unknown":
        if not resend:
            raise DraftError(
                f"draft {draft_id}: outcome unknown, it may already have been sent",
                hint=(
                    "look in your Sent folder; to send it again use "
                    f"`followup drafts approve {draft_id} --resend`, otherwise "
                    f"`followup drafts mark-sent {draft_id}` or "
                    f"`followup drafts discard {draft_id}`"
                ),
            )
    elif status not in ("pending", "needs_recipient", "snoozed", "failed"):
        raise DraftError(f"draft {draft_id} is {status}; there is nothing to approve")
    if row.get("pushed_at") and not resend:
        raise DraftError(
            f"draft {draft_id} is in your Drafts folder (pushed {row['pushed_at'][:16]})",
            hint=(
                "send it from your mail client, or approve it with --resend to send it from "
                "here (then delete the copy in Drafts)"
            ),
        )
    if not (row.get("to_email") or "").strip():
        raise DraftError(
            f"draft {draft_id} has no recipient yet",
            hint=f"set one with `followup drafts edit {draft_id} --to ADDRESS`",
        )
    found = problems(row, ignore=own_values(store, row))
    if found:
        raise DraftError(f"draft {draft_id} cannot be approved: {'; '.join(found)}")
    with store.transaction():
        store.move_draft(
            draft_id, [status], "approved", now, approved_at=now, error=None, snoozed_until=None
        )
        store.audit_draft(now, "resend_approved" if status == "unknown" else "approved", row)
    return "approved"


def _unblock_hint(store: Store, row: Mapping[str, Any], draft_id: int) -> str:
    app = store.application(int(row["application_id"]))
    if app.no_follow_up:
        fix = f"`followup apps edit {app.id} --follow-up-ok` if that mark is wrong"
    else:
        fix = f"`followup apps edit {app.id} --status applied` if the status is wrong"
    return f"{fix}; otherwise `followup drafts discard {draft_id}`"


def _mark_done(store: Store, row: Mapping[str, Any], now: datetime) -> str:
    """A networking message or call the user has taken care of themselves."""
    draft_id, status = row["id"], row["status"]
    if status == "sent":
        return "already done"
    if status not in ("pending", "needs_recipient", "snoozed", "failed", "approved"):
        raise DraftError(f"draft {draft_id} is {status}; there is nothing to mark done")
    leftover = placeholder_in(row.get("body"), own_values(store, row))
    if leftover:
        raise DraftError(
            f"draft {draft_id} still has a placeholder: {leftover!r}",
            hint=f"fix it with `followup drafts edit {draft_id}`",
        )
    with store.transaction():
        store.move_draft(draft_id, [status], "sent", now, approved_at=now, sent_at=now)
        store.audit_draft(
            now,
            "done",
            row,
            detail=f"{row['channel']} follow-up done by the user (followup does not send these)",
        )
        if row.get("application_id"):
            store.add_follow_up(row["application_id"], now, row.get("message_id"), "done")
    return "done"


def snooze(store: Store, draft_id: int, until: datetime, now: datetime) -> dict[str, Any]:
    """Hide a draft from ``review`` until ``until``; an approved one must be approved again."""
    row = get_draft(store, draft_id)
    status = row["status"]
    if status not in EDITABLE:
        raise DraftError(f"draft {draft_id} is {status}; it cannot be snoozed")
    if until <= now:
        raise DraftError(f"snooze date {until.isoformat()} is not in the future")
    with store.transaction():
        store.move_draft(draft_id, [status], "snoozed", now, snoozed_until=until, approved_at=None)
        store.audit_draft(now, "snoozed", row, detail=f"until {until.isoformat()}")
    return get_draft(store, draft_id)


def discard(store: Store, draft_id: int, now: datetime) -> None:
    """Drop a draft for good (``plan`` will not make it again: its plan key stays taken)."""
    row = get_draft(store, draft_id)
    status = row["status"]
    if status == "discarded":
        return
    if status in ("sent", "sending"):
        raise DraftError(f"draft {draft_id} is {status}; it cannot be discarded")
    with store.transaction():
        store.move_draft(draft_id, [status], "discarded", now)
        store.audit_draft(now, "discarded", row, detail=f"was {status}")


def mark_sent(store: Store, draft_id: int, now: datetime) -> None:
    """The user says this draft did go out (an ``unknown`` outcome, a pushed draft)."""
    row = get_draft(store, draft_id)
    status = row["status"]
    if status == "sent":
        return
    if status == "sending":
        raise DraftError(f"draft {draft_id} is being sent right now; try again in a moment")
    if row["channel"] != "email":
        _mark_done(store, row, now)
        return
    with store.transaction():
        store.move_draft(draft_id, [status], "sent", now, sent_at=now)
        store.audit_draft(
            now, "marked_sent", row, detail=f"the user said it was sent (was {status})"
        )
        if row.get("application_id"):
            store.add_follow_up(row["application_id"], now, row.get("message_id"), "followup")


# -- dates ----------------------------------------------------------------------------


def parse_until(text: str, now: datetime, zone: tzinfo = UTC) -> datetime:
    """A snooze date: ``YYYY-MM-DD`` (midnight in ``zone``, the user's time zone), an
    ISO date-time (naive: in ``zone``), or ``+3d`` / ``2w``."""
    value = text.strip()
    relative = re.fullmatch(r"\+?(\d+)\s*([hdw])", value, re.IGNORECASE)
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2).lower()
        delta = {
            "h": timedelta(hours=amount),
            "d": timedelta(days=amount),
            "w": timedelta(weeks=amount),
        }[unit]
        return now + delta
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            return datetime(day.year, day.month, day.day, tzinfo=zone)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"not a date: {text!r} (use YYYY-MM-DD, an ISO date-time or +3d)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
