"""A draft and its lifecycle: one typed value and the pure moves between statuses.

Every change of a draft's status is one of the functions below. Each checks that
the move is legal from the draft's current status, and returns a
:class:`Transition`: the draft before, the draft after, and the audit event that
records it (plus the follow-up to record on the application when a message went
out). The store persists a transition in one call, with a compare-and-set on the
status and ``updated_at`` the move was computed from
(:meth:`assistant.adapters.store.Store.apply`), so two processes can never both
move one draft; nothing else writes a draft's status.

::

    pending / needs_recipient / snoozed / failed / held --approve--> approved --hold--> held
        ^  edit (an approved, failed or held draft          |   (mail about the application
        |  goes back to pending)                            |   came after the approval)
        |                                                  start_sending (committed
    snooze / discard / mark_done (networking, call)        before the SMTP transaction)
    restore (discarded by mail the user corrected) -> pending
                                                                       v
        sent <--mark_sent (250)-- sending --fail (5xx, retries used up)--> failed
          ^                          |  \\--back_to_approved (login refused)--> approved
          |                          v
          +--settle (seen in Sent)-- unknown --approve(resend)--> approved

A draft found in ``sending`` when a send starts belongs to a send that died: it
becomes ``unknown`` and is never resent on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from assistant.errors import DraftError


class DraftStatus(StrEnum):
    PENDING = "pending"
    NEEDS_RECIPIENT = "needs_recipient"
    APPROVED = "approved"
    SENDING = "sending"
    UNKNOWN = "unknown"
    SENT = "sent"
    SNOOZED = "snoozed"
    DISCARDED = "discarded"
    FAILED = "failed"
    HELD = "held"


class Channel(StrEnum):
    EMAIL = "email"
    NETWORKING = "networking"
    CALL = "call"


S = DraftStatus

#: Statuses ``drafts list`` shows unless asked for all.
OPEN = (
    S.PENDING,
    S.NEEDS_RECIPIENT,
    S.APPROVED,
    S.HELD,
    S.SENDING,
    S.UNKNOWN,
    S.SNOOZED,
    S.FAILED,
)
#: Statuses a draft can be edited, snoozed or discarded by its application from.
EDITABLE = (S.PENDING, S.NEEDS_RECIPIENT, S.APPROVED, S.HELD, S.SNOOZED, S.FAILED)
#: Statuses that wait for the user's approval: new, still needing a recipient, or held
#: (mail about the application came after an approval). The service tells of these.
AWAITING_APPROVAL = (S.PENDING, S.NEEDS_RECIPIENT, S.HELD)
#: Statuses ``review`` shows (and snoozed ones, once their date has come).
IN_REVIEW = (*AWAITING_APPROVAL, S.FAILED)
#: Statuses that are final for the queue.
CLOSED = (S.SENT, S.DISCARDED)
#: Statuses approve accepts (``unknown`` only with ``resend``).
_APPROVABLE = (S.PENDING, S.NEEDS_RECIPIENT, S.SNOOZED, S.FAILED, S.HELD)


@dataclass(frozen=True)
class Draft:
    """One follow-up as stored: the message fields, its status and its dates."""

    id: int
    channel: Channel
    status: DraftStatus
    created_at: datetime
    updated_at: datetime
    application_id: int | None = None
    plan_key: str | None = None
    account: str | None = None
    to_email: str | None = None
    to_name: str | None = None
    subject: str = ""
    body: str = ""
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    message_id: str | None = None
    template: str | None = None
    reason: str = ""
    error: str | None = None
    snoozed_until: datetime | None = None
    approved_at: datetime | None = None
    sent_at: datetime | None = None
    pushed_at: datetime | None = None

    @property
    def is_email(self) -> bool:
        return self.channel == Channel.EMAIL

    def changed(self, **fields: Any) -> Draft:
        """A copy with ``fields`` changed (status moves go through the functions below)."""
        return replace(self, **fields)


#: The fields a user (or the application's contact) may change with :func:`edit`.
CONTENT_FIELDS = ("to_email", "to_name", "subject", "body", "reason")


@dataclass(frozen=True)
class AuditEvent:
    """What happened to a draft, for the audit log (who it went to is read from the draft)."""

    action: str
    at: datetime
    detail: str | None = None
    account: str | None = None


@dataclass(frozen=True)
class Transition:
    """A legal move: the draft before and after, and its audit event.

    ``follow_up`` names the follow-up to record on the application in the same
    write ("followup" for an email that went out, "done" for a call or a
    networking message the user took care of); None for none.
    """

    before: Draft
    after: Draft
    event: AuditEvent | None
    follow_up: str | None = None


class IllegalMove(DraftError):
    """The move is not allowed from the draft's current status."""


def _require(draft: Draft, allowed: Iterable[DraftStatus], verb: str) -> None:
    if draft.status not in tuple(allowed):
        raise IllegalMove(f"draft {draft.id} is {draft.status}; it cannot be {verb}")


def _move(
    draft: Draft,
    status: DraftStatus,
    now: datetime,
    action: str | None,
    detail: str | None = None,
    *,
    account: str | None = None,
    follow_up: str | None = None,
    **fields: Any,
) -> Transition:
    after = replace(draft, status=status, updated_at=now, **fields)
    event = AuditEvent(action, now, detail, account) if action else None
    return Transition(draft, after, event, follow_up)


# -- the user's moves -------------------------------------------------------------------


def edit(
    draft: Draft,
    now: datetime,
    changes: Mapping[str, Any],
    *,
    action: str = "edited",
    detail: str | None = None,
) -> Transition:
    """New content (recipient, subject, body); validation of the content is the caller's.

    An approved draft goes back to ``pending`` (what was approved is not what is
    there now), a failed or held one too; a draft with a recipient leaves
    ``needs_recipient``; an email draft without one enters it.
    """
    _require(draft, EDITABLE, "edited")
    unknown = set(changes) - set(CONTENT_FIELDS)
    if unknown:
        raise IllegalMove(f"draft {draft.id}: {', '.join(sorted(unknown))} cannot be edited")
    new = replace(draft, **changes)
    status = draft.status
    if status in (S.APPROVED, S.FAILED, S.HELD):
        status = S.PENDING
    if status == S.NEEDS_RECIPIENT and new.to_email:
        status = S.PENDING
    if draft.is_email and status == S.PENDING and not new.to_email:
        status = S.NEEDS_RECIPIENT
    fields: dict[str, Any] = dict(changes)
    if draft.status == S.APPROVED:
        fields["approved_at"] = None
    if draft.status in (S.FAILED, S.HELD):
        fields["error"] = None
    detail = detail or "changed " + ", ".join(sorted(changes))
    return _move(draft, status, now, action, detail, **fields)


def approve(draft: Draft, now: datetime, *, resend: bool = False) -> Transition:
    """Approve an email draft for ``followup send``.

    ``resend`` allows it for a draft whose outcome is unknown or that was pushed
    to the Drafts folder: both may already have been sent. The content checks
    (recipient, headers, placeholders) are the caller's, before this.
    """
    if not draft.is_email:
        raise IllegalMove(f"draft {draft.id} is a {draft.channel} draft; it is marked done")
    if draft.status == S.UNKNOWN and not resend:
        raise IllegalMove(
            f"draft {draft.id}: outcome unknown, it may already have been sent",
            hint=(
                "look in your Sent folder; to send it again use "
                f"`followup drafts approve {draft.id} --resend`, otherwise "
                f"`followup drafts mark-sent {draft.id}` or `followup drafts discard {draft.id}`"
            ),
        )
    if draft.status not in (*_APPROVABLE, S.UNKNOWN):
        raise IllegalMove(f"draft {draft.id} is {draft.status}; there is nothing to approve")
    if draft.pushed_at and not resend:
        raise IllegalMove(
            f"draft {draft.id} is in your Drafts folder (pushed {draft.pushed_at:%Y-%m-%dT%H:%M})",
            hint=(
                "send it from your mail client, or approve it with --resend to send it from "
                "here (then delete the copy in Drafts)"
            ),
        )
    if not (draft.to_email or "").strip():
        raise IllegalMove(
            f"draft {draft.id} has no recipient yet",
            hint=f"set one with `followup drafts edit {draft.id} --to ADDRESS`",
        )
    action = "resend_approved" if draft.status == S.UNKNOWN else "approved"
    detail = f"released (it was held: {draft.error})" if draft.status == S.HELD else None
    return _move(
        draft, S.APPROVED, now, action, detail, approved_at=now, error=None, snoozed_until=None
    )


def hold(draft: Draft, now: datetime, why: str) -> Transition:
    """An approved email waits: mail about its application came after the approval
    (unsure, or one that changes what the application needs). It is not sent until
    the user, having confirmed or corrected that mail, approves it again."""
    _require(draft, (S.APPROVED,), "held (it is not approved)")
    return _move(draft, S.HELD, now, "held", why, error=why, approved_at=None)


def mark_done(draft: Draft, now: datetime) -> Transition:
    """A networking message or a call the user has taken care of (followup never sends these)."""
    if draft.is_email:
        raise IllegalMove(f"draft {draft.id} is an email; it is approved and sent, not marked done")
    _require(draft, (*_APPROVABLE, S.APPROVED), "marked done")
    detail = f"{draft.channel} follow-up done by the user (followup does not send these)"
    return _move(draft, S.SENT, now, "done", detail, follow_up="done", approved_at=now, sent_at=now)


def snooze(draft: Draft, until: datetime, now: datetime) -> Transition:
    """Hide the draft from ``review`` until ``until``; an approved one must be approved again."""
    _require(draft, EDITABLE, "snoozed")
    if until <= now:
        raise IllegalMove(f"snooze date {until.isoformat()} is not in the future")
    return _move(
        draft,
        S.SNOOZED,
        now,
        "snoozed",
        f"until {until.isoformat()}",
        snoozed_until=until,
        approved_at=None,
    )


def discard(
    draft: Draft, now: datetime, why: str | None = None, *, account: str | None = None
) -> Transition:
    """Drop the draft for good (``plan`` will not make it again: its plan key stays taken)."""
    _require(draft, (*EDITABLE, S.UNKNOWN), "discarded")
    detail = f"{why} (was {draft.status})" if why else f"was {draft.status}"
    return _move(draft, S.DISCARDED, now, "discarded", detail, account=account)


def restore(draft: Draft, now: datetime, why: str) -> Transition:
    """A draft discarded because mail ruled email out comes back, to be approved again:
    the user said that mail was misread (a correction)."""
    _require(draft, (S.DISCARDED,), "restored")
    status = S.NEEDS_RECIPIENT if draft.is_email and not draft.to_email else S.PENDING
    return _move(draft, status, now, "restored", why, approved_at=None)


def user_marked_sent(draft: Draft, now: datetime) -> Transition:
    """The user says this email went out (an ``unknown`` outcome, a pushed draft)."""
    if not draft.is_email:
        return mark_done(draft, now)
    if draft.status == S.SENDING:
        raise IllegalMove(f"draft {draft.id} is being sent right now; try again in a moment")
    _require(draft, (*EDITABLE, S.UNKNOWN, S.DISCARDED), "marked sent")
    detail = f"the user said it was sent (was {draft.status})"
    return _move(draft, S.SENT, now, "marked_sent", detail, follow_up="followup", sent_at=now)


# -- the sender's moves -----------------------------------------------------------------


def start_sending(draft: Draft, now: datetime, *, message_id: str | None = None) -> Transition:
    """``approved`` -> ``sending``, committed before the SMTP transaction starts."""
    _require(draft, (S.APPROVED,), "sent (it is not approved)")
    fields: dict[str, Any] = {"error": None}
    if message_id and not draft.message_id:
        fields["message_id"] = message_id
    return _move(draft, S.SENDING, now, None, **fields)


def mark_sent(draft: Draft, now: datetime, reply: str, *, account: str) -> Transition:
    """The server answered 250 after DATA."""
    _require(draft, (S.SENDING,), "marked sent")
    approved = draft.approved_at.isoformat() if draft.approved_at else "?"
    detail = f"approved at {approved}; server: {reply.strip()}"
    return _move(
        draft,
        S.SENT,
        now,
        "sent",
        detail,
        account=account,
        follow_up="followup",
        sent_at=now,
        error=None,
    )


def fail(draft: Draft, now: datetime, error: str, *, account: str | None = None) -> Transition:
    """Refused for good, retries used up, or not sendable as it is: ``failed`` with the reason."""
    _require(draft, (S.APPROVED, S.SENDING), "marked failed")
    return _move(draft, S.FAILED, now, "failed", error, account=account, error=error)


def mark_unknown(
    draft: Draft,
    now: datetime,
    error: str,
    *,
    account: str | None = None,
    detail: str | None = None,
) -> Transition:
    """The message may have been handed over: ``unknown``, never resent on its own."""
    _require(draft, (S.SENDING,), "marked unknown")
    return _move(
        draft, S.UNKNOWN, now, "outcome_unknown", detail or error, account=account, error=error
    )


def back_to_approved(draft: Draft, now: datetime) -> Transition:
    """The login failed before anything was handed over: the draft waits, approved."""
    _require(draft, (S.SENDING,), "put back")
    return _move(draft, S.APPROVED, now, None)


def settle(draft: Draft, now: datetime, source: str) -> Transition:
    """The draft's Message-ID was found in the Sent folder: it went out."""
    _require(draft, (*EDITABLE, S.SENDING, S.UNKNOWN), "settled")
    detail = f"found in the Sent folder by Message-ID ({source}; was {draft.status})"
    return _move(
        draft, S.SENT, now, "seen_in_sent", detail, follow_up="followup", sent_at=now, error=None
    )


def pushed(
    draft: Draft, now: datetime, folder: str, *, account: str, message_id: str | None = None
) -> Transition:
    """A copy was put in the Drafts folder (the status stays; the draft is now the client's)."""
    _require(draft, (S.PENDING, S.NEEDS_RECIPIENT, S.SNOOZED, S.FAILED), "pushed")
    fields: dict[str, Any] = {"pushed_at": now}
    if message_id and not draft.message_id:
        fields["message_id"] = message_id
    detail = f"IMAP APPEND to {folder} with \\Draft \\Seen"
    return _move(draft, draft.status, now, "pushed", detail, account=account, **fields)
