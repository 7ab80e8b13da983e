"""The approval queue: use cases over the drafts in the store.

A draft is made by ``followup plan`` and waits for the user. Nothing here talks
to a mail server; sending lives in :mod:`assistant.app.outbox`, pushing in
:mod:`assistant.app.push`. Every change is a move of the pure state machine
(:mod:`assistant.core.drafts`) persisted by :meth:`~assistant.adapters.store.Store.apply`
with a compare-and-set, so a draft that ``followup send`` picked up meanwhile is
never edited or approved under its feet.

What approving means depends on the channel:

- ``email``: the draft becomes ``approved`` and the next ``followup send`` sends it.
  It must have a real recipient (not a no-reply mailbox), clean header fields and
  no template placeholder left.
- ``networking`` and ``call``: followup never sends these; they are for the user
  to act on (a message to someone at the company, a phone call). Approving one
  marks it done: status ``sent`` with audit action ``done`` (not ``sent``, so it
  does not count against the daily cap), and the application records a follow-up.

No email is approved about an application that rules email out (the employer
asked not to be contacted, or a final status): :mod:`assistant.app.ruled_out`
holds that rule and discards what it blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.utils import parseaddr
from typing import Any

from assistant.adapters.store import Store
from assistant.app.holds import hold_reason
from assistant.app.ruled_out import application_blocks, application_of, apply_each, blocking_reason
from assistant.core import drafts as machine
from assistant.core.draft_checks import (
    header_problem,
    placeholder_in,
    problems,
    recipient_problem,
)
from assistant.core.drafts import CLOSED, EDITABLE, IN_REVIEW, OPEN, Draft, DraftStatus
from assistant.core.models import Application
from assistant.errors import DraftError

__all__ = ["Draft", "header_problem", "placeholder_in", "problems", "recipient_problem"]

#: Every status a draft can have, in the state machine's order.
STATUSES = tuple(s.value for s in DraftStatus)

#: Statuses ``drafts list`` shows unless asked for all.
OPEN_STATUSES = tuple(s.value for s in OPEN)
#: Characters that make a display name need quotes (RFC 5322 specials).
_SPECIALS = re.compile(r'[][\\()<>@,:;".]')


def own_values(store: Store, draft: Draft) -> list[str]:
    """The words a draft may hold that come from its application, not from a template:
    company, role, contact and recruiter names, and the draft's recipient name."""
    return _own_values(application_of(store, draft), draft)


def _own_values(app: Application | None, draft: Draft) -> list[str]:
    values: list[str | None] = [draft.to_name]
    if app is not None:
        values += [app.company, app.role, app.contact.name if app.contact else None]
        values.append(app.recruiter_name)
    return [v for v in values if v and v.strip()]


def problems_of(store: Store, draft: Draft, *, need_recipient: bool = True) -> list[str]:
    """:func:`problems` with the application's own values taken as data."""
    return problems(draft, need_recipient=need_recipient, ignore=own_values(store, draft))


def sending_checks(store: Store, draft: Draft) -> tuple[str | None, str | None, list[str]]:
    """What send asks right before an approved draft goes out: why it must wait (mail
    came after its approval: :mod:`assistant.app.holds`), why the application rules
    email out, and the draft's own problems (None, None, [] when it may go)."""
    app = application_of(store, draft)
    held = hold_reason(store, draft, app)
    blocked = blocking_reason(app) if app is not None and draft.is_email else None
    return held, blocked, problems(draft, ignore=_own_values(app, draft))


def settle_from_sent(
    store: Store, message_ids: Iterable[str], now: datetime, *, source: str = "scan"
) -> list[int]:
    """Drafts whose Message-ID was seen in Sent are sent; returns their ids.

    For the scanner (and the sender's reconcile): a draft pushed to Drafts and
    sent from a mail client, or one whose send had an unknown outcome, shows up
    in Sent with the Message-ID it was given at draft time. A draft the user had
    discarded is left alone.
    """
    wanted = {m.strip() for m in message_ids if m and m.strip()}
    if not wanted:
        return []
    found = [d for d in store.drafts() if d.message_id in wanted and d.status not in CLOSED]
    return apply_each(store, found, lambda draft: machine.settle(draft, now, source))


# -- reading --------------------------------------------------------------------------


def get_draft(store: Store, draft_id: int) -> Draft:
    draft = store.draft(draft_id)
    if draft is None:
        raise DraftError(f"no draft with id {draft_id}", hint="see `followup drafts list`")
    return draft


def list_drafts(
    store: Store, *, statuses: Sequence[str] | None = None, include_closed: bool = False
) -> list[Draft]:
    """Drafts in id order: the open ones, or those with ``statuses``, or all."""
    if statuses:
        return store.drafts(list(statuses))
    if include_closed:
        return store.drafts()
    return store.drafts(list(OPEN_STATUSES))


def waiting_emails(store: Store, *, include_no_recipient: bool = False) -> list[Draft]:
    """The email drafts waiting for the user that are not in the Drafts folder.

    The one rule for what ``drafts approve --all-pending`` approves and what
    ``drafts push`` pushes by default: pending email drafts not pushed yet (and
    those still needing a recipient when ``include_no_recipient``).
    """
    statuses = [DraftStatus.PENDING]
    if include_no_recipient:
        statuses.append(DraftStatus.NEEDS_RECIPIENT)
    return [d for d in store.drafts(statuses) if d.is_email and not d.pushed_at]


def in_review(draft: Draft, now: datetime) -> bool:
    """Whether ``followup review`` shows this draft now.

    Pending, needs-recipient, failed and held drafts; snoozed ones once their date
    has come. Drafts pushed to the Drafts folder are handled in the mail client.
    """
    if draft.pushed_at:
        return False
    if draft.status in IN_REVIEW:
        return True
    if draft.status == DraftStatus.SNOOZED:
        return draft.snoozed_until is None or draft.snoozed_until <= now
    return False


def review_queue(store: Store, now: datetime) -> list[Draft]:
    drafts = store.drafts([*IN_REVIEW, DraftStatus.SNOOZED])
    return [d for d in drafts if in_review(d, now)]


def recipient_text(draft: Draft) -> str:
    """``Name <addr>`` (or the bare address, or '(no recipient)') for people to read.

    Plain text, never RFC 2047 encoded (a terminal or an editor shows "Jörg", not
    "=?utf-8?...?="); the name is quoted when it holds a comma or other special
    character, so the text reads back as one address. Never raises.
    """
    return address_text(draft.to_name or "", draft.to_email) if draft.to_email else "(no recipient)"


def address_text(name: str, email: str) -> str:
    """``Name <addr>`` as :func:`recipient_text` writes it (reads back as one address)."""
    name = " ".join(name.split())
    if not name:
        return email
    if _SPECIALS.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{email}>"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def to_json(draft: Draft, *, audit: Iterable[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The ``drafts list/show --json`` shape (DESIGN.md), plus the useful extras."""
    data: dict[str, Any] = {
        "id": draft.id,
        "application_id": draft.application_id,
        "channel": draft.channel.value,
        "status": draft.status.value,
        "to": draft.to_email,
        "to_name": draft.to_name,
        "subject": draft.subject,
        "body": draft.body,
        "in_reply_to": draft.in_reply_to,
        "references": list(draft.references),
        "reason": draft.reason,
        "message_id": draft.message_id,
        "account": draft.account,
        "template": draft.template,
        "error": draft.error,
        "created_at": _iso(draft.created_at),
        "approved_at": _iso(draft.approved_at),
        "snoozed_until": _iso(draft.snoozed_until),
        "pushed_at": _iso(draft.pushed_at),
        "sent_at": _iso(draft.sent_at),
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
) -> Draft:
    """Change recipient, subject and/or body; returns the updated draft.

    ``to`` may be ``"Name <addr>"`` or a bare address. The edited draft is
    validated again; nothing is saved if a problem is found. An approved draft
    goes back to ``pending`` (what was approved is not what is there now); a
    ``needs_recipient`` or ``failed`` draft that is now complete becomes ``pending``.
    """
    draft = get_draft(store, draft_id)
    if draft.status not in EDITABLE:
        raise DraftError(f"draft {draft_id} is {draft.status}; it can no longer be edited")
    changes: dict[str, Any] = {}
    if to is not None:
        name, address = split_recipient(to)
        changes["to_email"] = address
        changes["to_name"] = name or None
    if subject is not None:
        changes["subject"] = subject.strip()
    if body is not None:
        changes["body"] = body.rstrip() + "\n"
    changes = {k: v for k, v in changes.items() if v != getattr(draft, k)}
    if not changes:
        return draft
    transition = machine.edit(draft, now, changes)
    found = problems_of(store, transition.after, need_recipient=False)
    if found:
        raise DraftError(f"draft {draft_id} not saved: {'; '.join(found)}")
    return store.apply(transition)


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
    draft = get_draft(store, draft_id)
    if not draft.is_email:
        return _mark_done(store, draft, now)
    if draft.status not in (*CLOSED, DraftStatus.SENDING):
        blocked = application_blocks(store, draft)
        if blocked:
            raise DraftError(
                f"draft {draft_id} cannot be approved: {blocked}",
                hint=_unblock_hint(store, draft),
            )
    if draft.status == DraftStatus.APPROVED:
        return "already approved"
    transition = machine.approve(draft, now, resend=resend)
    found = problems_of(store, draft)
    if found:
        raise DraftError(f"draft {draft_id} cannot be approved: {'; '.join(found)}")
    store.apply(transition)
    return "approved"


def _unblock_hint(store: Store, draft: Draft) -> str:
    if draft.status == DraftStatus.HELD and draft.error:
        return f"it is held: {draft.error}"  # names the mail to correct or confirm
    app = store.application(int(draft.application_id or 0))
    if app.no_follow_up:
        fix = f"`followup apps edit {app.id} --follow-up-ok` if that mark is wrong"
    else:
        fix = f"`followup apps edit {app.id} --status applied` if the status is wrong"
    return f"{fix}; otherwise `followup drafts discard {draft.id}`"


def _mark_done(store: Store, draft: Draft, now: datetime) -> str:
    """A networking message or call the user has taken care of themselves."""
    if draft.status == DraftStatus.SENT:
        return "already done"
    if draft.status not in (*EDITABLE,):
        raise DraftError(f"draft {draft.id} is {draft.status}; there is nothing to mark done")
    leftover = placeholder_in(draft.body, own_values(store, draft))
    if leftover:
        raise DraftError(
            f"draft {draft.id} still has a placeholder: {leftover!r}",
            hint=f"fix it with `followup drafts edit {draft.id}`",
        )
    store.apply(machine.mark_done(draft, now))
    return "done"


def snooze(store: Store, draft_id: int, until: datetime, now: datetime) -> Draft:
    """Hide a draft from ``review`` until ``until``; an approved one must be approved again."""
    return store.apply(machine.snooze(get_draft(store, draft_id), until, now))


def discard(store: Store, draft_id: int, now: datetime) -> None:
    """Drop a draft for good (``plan`` will not make it again: its plan key stays taken)."""
    draft = get_draft(store, draft_id)
    if draft.status != DraftStatus.DISCARDED:
        store.apply(machine.discard(draft, now))


def mark_sent(store: Store, draft_id: int, now: datetime) -> None:
    """The user says this draft did go out (an ``unknown`` outcome, a pushed draft)."""
    draft = get_draft(store, draft_id)
    if draft.status == DraftStatus.SENT:
        return
    if not draft.is_email:
        _mark_done(store, draft, now)
        return
    store.apply(machine.user_marked_sent(draft, now))
