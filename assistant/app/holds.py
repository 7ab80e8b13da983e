"""Approved emails that wait: mail about their application came after the approval.

An approval is the user's word about the application as it was when they gave
it. When a status-deciding message arrives afterwards, the email is *held*
(:func:`assistant.core.drafts.hold`), never sent, with the reason on the draft:

- the application's latest status-deciding message is unsure (its kind is a
  guess): held until the user confirms or corrects it and approves again;
- mail seen after the approval ruled email out (a rejection, an invitation, a
  reply, a request not to be contacted): held rather than discarded, because
  the classifier may be wrong. The user's correction releases it (approve it
  again); confirming that mail discards it (:func:`assistant.app.rederiving.rederive`).

The scanner asks :func:`after_mail` for each message it files under an
application; ``followup send`` asks :func:`hold_reason` in the same transaction
as its compare-and-set to ``sending``, so nothing slips between the two.
"""

from __future__ import annotations

from datetime import datetime

from assistant.adapters.store import Store
from assistant.app.ruled_out import NOT_SENT, VOIDABLE, VOIDED, blocking_reason, void_blocked_drafts
from assistant.app.unsure import held_back
from assistant.core import drafts as machine
from assistant.core.drafts import Draft, DraftStatus
from assistant.core.learning import is_unsure
from assistant.core.models import Application, Kind
from assistant.core.stored_time import moment
from assistant.errors import DraftError, StoreError


def hold_reason(store: Store, draft: Draft, app: Application | None = None) -> str | None:
    """Why this approved email must wait now (mail came after its approval), or None.

    ``app``: the draft's application when the caller has read it already."""
    if not draft.is_email or not draft.application_id:
        return None
    unsure = held_back(store, draft.application_id)
    if unsure is not None:
        return unsure
    came = _mail_since(store, draft.application_id, draft.approved_at)
    if came is None:
        return None
    if app is None:
        try:
            app = store.application(draft.application_id)
        except StoreError:
            return None
    blocked = blocking_reason(app)
    if blocked is None:
        return None
    message_id, kind = came
    return (
        f"{blocked}, from mail that came after you approved it: {message_id} ({kind}); "
        f"if that is wrong, `followup correct {message_id} --kind KIND` and approve the "
        f"draft again; if it is right, `followup correct {message_id} --confirm` discards it"
    )


def _mail_since(
    store: Store, application_id: int, approved_at: datetime | None
) -> tuple[str, str] | None:
    """(Message-ID, kind) of the newest status-deciding message the scan recorded after
    ``approved_at`` (sure automatic replies decide nothing), or None."""
    if approved_at is None:
        return None
    for row in store.received_messages(application_id):
        if row["kind"] == Kind.AUTO_REPLY.value and not is_unsure(row["confidence"]):
            continue
        seen = moment(row.get("seen_at"))
        if row["message_id"] and seen is not None and seen > approved_at:
            return row["message_id"], row["kind"]
    return None


def hold(store: Store, draft: Draft, now: datetime, why: str) -> Draft:
    """Persist the move to ``held`` (raises DraftError if the draft moved meanwhile)."""
    return store.apply(machine.hold(draft, now, why))


def after_mail(store: Store, application_id: int, now: datetime) -> tuple[list[int], list[int]]:
    """After a received message was filed under the application: hold its approved emails
    that must wait, then discard the open emails it rules out (unless its latest message
    is unsure: those wait for the user's word). Returns (held ids, discarded ids)."""
    waiting = store.drafts(list(VOIDABLE), application_id=application_id)
    if not any(d.is_email for d in waiting):
        return [], []  # the common case: nothing waits to be sent
    held: list[int] = []
    for draft in (d for d in waiting if d.status == DraftStatus.APPROVED):
        why = hold_reason(store, draft)
        if why is None:
            continue
        try:
            hold(store, draft, now, why)
        except DraftError:
            continue  # taken by a send meanwhile: it asks again before it sends
        held.append(draft.id)
    if held_back(store, application_id) is not None:
        return held, []
    return held, void_blocked_drafts(store, application_id, now, keep_held=True)


#: The audit wordings of a discard by the application's rules, never the user's own.
_RULED_OUT = (VOIDED, NOT_SENT)


def restore_ruled_out(store: Store, application_id: int, now: datetime) -> list[int]:
    """After a correction that lifted what ruled email out: its latest email draft
    that mail had ruled out comes back (pending, to be approved again). Returns its id,
    or nothing: ``plan`` would not draft it again, its plan key being taken."""
    try:
        if blocking_reason(store.application(application_id)) is not None:
            return []
    except StoreError:
        return []
    emails = [
        d
        for d in store.drafts([DraftStatus.DISCARDED], application_id=application_id)
        if d.is_email
    ]
    if not emails:
        return []
    draft = emails[-1]
    last = store.audit(draft.id)[-1:]
    if not last or not str(last[0]["detail"] or "").startswith(_RULED_OUT):
        return []  # the user's own discard stays
    why = "the mail that ruled it out was corrected by you; approve it again to send it"
    try:
        store.apply(machine.restore(draft, now, why))
    except DraftError:
        return []
    return [draft.id]
