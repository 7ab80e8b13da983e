"""When an application rules email out, and what that does to its drafts.

No email goes to an employer who asked not to be contacted, nor about an
application that is over or answered (a final status: replied, interviewing,
offer, rejected, withdrawn, closed). :func:`blocking_reason` is the one rule;
:func:`application_blocks` asks it for a draft (after the unsure latest message,
which waits for the user's word). Approve, push and send ask it, and
:func:`void_blocked_drafts` discards what it blocks (the scanner calls it when it
learns of such a change, a correction when the user says so).

A discard for that reason is worded :data:`VOIDED` (by a rule) or
:data:`NOT_SENT` (by ``send``, at the last moment) in the audit log, so that
:func:`assistant.app.holds.restore_ruled_out` can tell it from the user's own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from assistant.adapters.store import Store
from assistant.app.unsure import held_back
from assistant.core import drafts as machine
from assistant.core.drafts import EDITABLE, Draft, DraftStatus
from assistant.core.models import FINAL_STATUSES, Application, Status
from assistant.errors import DraftError, StoreError

#: Statuses a draft is discarded from when its application no longer wants it
#: (``sending`` and ``unknown`` are the sender's business; ``sent`` is history).
VOIDABLE = EDITABLE

#: How the audit log words a discard because the application rules email out.
VOIDED = "not to be sent: "
#: How the audit log words a discard by ``send`` for that reason.
NOT_SENT = "not sent: "

#: Why a final status rules out an email, in words.
_FINAL_WORDS = {
    Status.REPLIED: "the employer replied",
    Status.INTERVIEWING: "you are interviewing",
    Status.OFFER: "you have an offer",
    Status.REJECTED: "the application was rejected",
    Status.WITHDRAWN: "you withdrew the application",
    Status.CLOSED: "the application is closed",
}


def blocking_reason(app: Application) -> str | None:
    """Why no email may go out about ``app``, or None (see :func:`application_blocks`)."""
    if app.no_follow_up:
        said = f" ({app.no_follow_up_phrase!r})" if app.no_follow_up_phrase else ""
        return f"application {app.id}: the employer asked not to be contacted{said}"
    if app.status in FINAL_STATUSES:
        words = _FINAL_WORDS.get(app.status, f"the application is {app.status}")
        return f"application {app.id}: {words} (status {app.status})"
    return None


def application_blocks(store: Store, draft: Draft) -> str | None:
    """Why this email draft must not go out, read from its application now; None if it may.

    The application's latest message is unsure (:func:`held_back`: it waits for the
    user's word), the employer asked not to be contacted (``no_follow_up``), or the
    application has a final status. Networking and call drafts are never blocked:
    they are the way to reach out when email is ruled out, and followup does not
    send them.
    """
    app = application_of(store, draft) if draft.is_email else None
    if app is None:
        return None
    return held_back(store, app.id) or blocking_reason(app)  # unsure first: the user's word


def discard_open_drafts(
    store: Store,
    application_id: int,
    now: datetime,
    why: str,
    *,
    channels: Sequence[str] | None = None,
    keep: Sequence[DraftStatus] = (),
) -> list[int]:
    """Discard the application's drafts in :data:`VOIDABLE` statuses (of ``channels``, or all),
    each with an audit line saying ``why``; returns their ids.

    A draft that moves meanwhile (``followup send`` took it) is left to the sender,
    which asks :func:`application_blocks` again right before it sends.
    """
    with store.transaction():
        drafts = store.drafts([s for s in VOIDABLE if s not in keep], application_id=application_id)
        wanted = [d for d in drafts if channels is None or d.channel in channels]
        return apply_each(store, wanted, lambda draft: machine.discard(draft, now, why))


def void_blocked_drafts(
    store: Store, application_id: int, now: datetime, *, keep_held: bool = False
) -> list[int]:
    """If the application now rules out email, discard its open email drafts; returns their ids.

    For the scanner, after it sets ``no_follow_up`` or a final status from mail
    (``keep_held``: drafts held for the user's word stay), and for a correction.
    Each discarded draft gets an audit line with the reason. Does nothing (and
    returns ``[]``) when the application still allows a follow-up.
    """
    try:
        reason = blocking_reason(store.application(application_id))
    except StoreError:
        return []
    if reason is None:
        return []
    kept = (DraftStatus.HELD,) if keep_held else ()
    return discard_open_drafts(
        store, application_id, now, VOIDED + reason, channels=("email",), keep=kept
    )


def application_of(store: Store, draft: Draft) -> Application | None:
    """The draft's application, or None (none linked, or deleted since)."""
    if not draft.application_id:
        return None
    try:
        return store.application(draft.application_id)
    except StoreError:
        return None  # the application was deleted; the draft is no longer linked to it


def apply_each(
    store: Store, drafts: Iterable[Draft], move: Callable[[Draft], machine.Transition]
) -> list[int]:
    """Apply ``move`` to each draft; the ids it moved (one moved meanwhile is left be)."""
    moved: list[int] = []
    for draft in drafts:
        try:
            store.apply(move(draft))
        except DraftError:
            continue
        moved.append(draft.id)
    return moved
