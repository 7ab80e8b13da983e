"""Re-deriving an application from its messages, as they are now understood.

After a correction (:mod:`assistant.app.corrections`) or after mail moved between
applications (:mod:`assistant.app.regrouping`), the application's status,
no-follow-up and named fields are derived again from its messages
(:func:`rederive`), and its next step is decided again (:func:`plan_next`).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.adapters.store import Store
from assistant.app.ruled_out import void_blocked_drafts
from assistant.app.unsure import with_unsure
from assistant.app.user import policy_of
from assistant.core import plan as planner
from assistant.core.addresses import is_no_reply
from assistant.core.models import FINAL_STATUSES, KINDS, Kind, Status
from assistant.core.track import advances

if TYPE_CHECKING:
    from assistant.adapters.settings import Settings

_BY_KIND = {
    Kind.REJECTION.value: Status.REJECTED,
    Kind.INTERVIEW_INVITATION.value: Status.INTERVIEWING,
}


def rederive(
    store: Store,
    app_id: int,
    now: datetime,
    *,
    was: tuple[str, str] | None = None,
    company: str | None = None,
    role: str | None = None,
    no_follow_up: bool | None = None,
) -> None:
    """Status, no-follow-up and the named fields again, from the messages as corrected.

    The status is replayed over the application's history: each received message
    with its kind, and the user's own changes (edits, close, withdraw), once with
    the kind the corrected message had before (``was``: Message-ID, kind) and once
    as corrected. Only a difference between the two moves the status, so what the
    history does not show (a record added by hand) is kept. Without ``was`` (mail
    moved between applications: app/regrouping.py) the whole history decides.
    """
    messages = {m["message_id"]: m for m in store.application_messages(app_id) if m["message_id"]}
    history = store.evidence(app_id)
    corrected = _replay(history, messages, {})
    before = _replay(history, messages, dict([was])) if was else corrected
    row = store.application_row(app_id) or {}
    fields: dict[str, Any] = {}
    if corrected != before or was is None:
        fields["status"] = corrected
    if no_follow_up is not None:
        said = [_no_follow_up(m) for m in messages.values() if m["direction"] == "in"]
        phrases = [p for p in said if p is not None]
        fields["no_follow_up"] = bool(phrases)
        fields["no_follow_up_phrase"] = next((p for p in phrases if p), None)
    if company:
        fields["company"] = company
    if role:
        fields["role"] = role
    if fields:
        store.update_application(app_id, now, **fields)
    if fields.get("status", row.get("status")) in FINAL_STATUSES or fields.get("no_follow_up"):
        void_blocked_drafts(store, app_id, now)


def _replay(
    history: list[dict[str, Any]], messages: dict[str, dict[str, Any]], kinds: dict[str, str]
) -> Status:
    """The status the history gives, with ``kinds`` (Message-ID -> kind) in place of
    the stored kinds of those messages."""
    status = Status.APPLIED
    for event in history:
        message = messages.get(event["message_id"]) if event["message_id"] else None
        kind = kinds.get(event["message_id"]) if message is not None else None
        target = _event_status(event, message, kind or (message or {}).get("kind"))
        if target is None:
            continue
        if event["kind"] in ("edited", "closed", "withdrawn") or advances(status, target):
            status = target  # the user's own word, or what the mail says
    return status


def _event_status(
    event: dict[str, Any], message: dict[str, Any] | None, current: str | None
) -> Status | None:
    """The status one history row asks for (``current``: its message's kind), or None."""
    kind, reason = event["kind"], event["reason"]
    if kind == "edited" and "status " in reason and " -> " in reason:
        target = reason.split("status ", 1)[1].split(" -> ", 1)[1].split(";")[0].split(",")[0]
        return Status(target.strip()) if target.strip() in Status.__members__.values() else None
    if kind in ("closed", "withdrawn"):
        return Status(kind)
    if message is None or kind not in KINDS:
        return None
    if current in _BY_KIND:
        return _BY_KIND[current]
    if current != kind:  # corrected: was it a person answering?
        data = json.loads(message["analysis"] or "{}")
        sender = message["sender"] or ""
        person = not data.get("ats") and not is_no_reply(sender.rpartition("<")[2].strip(">"))
        return Status.REPLIED if current == Kind.OTHER_JOB.value and person else None
    if reason.startswith("offer"):
        return Status.OFFER
    if reason.startswith("a person replied"):
        return Status.REPLIED
    return None


def _no_follow_up(message: dict[str, Any]) -> str | None:
    """The no-follow-up phrase of one message as corrected ('' when the user said so
    without one); None when it does not ask that."""
    data = json.loads(message["analysis"] or "{}")
    if not data.get("no_follow_up"):
        return None
    return str(data.get("no_follow_up_phrase") or "")


def plan_next(
    store: Store, settings: Settings, app_id: int, now: datetime
) -> tuple[str | None, str | None]:
    """The application's next step, decided again and saved (no draft is made here)."""
    application = with_unsure(store, [store.application(app_id)])[0]
    decision = planner.decide(application, policy_of(settings), now)
    store.save_decision(
        app_id, decision.action, decision.channel, decision.due_at, decision.reason, now
    )
    return decision.action, decision.reason
