"""Application records as they are shown: the documented JSON shape
(``shared/DESIGN.md``), the list in its orders, one record with its history.

Read-only; :mod:`assistant.app.applications` changes records and re-exports these.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from assistant.adapters.store import Store
from assistant.app.unsure import unsure
from assistant.core.learning import is_unsure
from assistant.core.models import Address, Status
from assistant.core.stored_time import moment
from assistant.errors import FollowupError

#: statuses hidden from ``apps list`` unless asked for (``--all`` or ``--status``).
HIDDEN_BY_DEFAULT = frozenset({Status.CLOSED.value, Status.WITHDRAWN.value})

#: statuses where the application is still going somewhere (listed first).
OPEN_STATUSES = frozenset(
    {Status.APPLIED.value, Status.REPLIED.value, Status.INTERVIEWING.value, Status.OFFER.value}
)

#: how ``apps list`` can be ordered.
SORTS = ("due", "applied", "company", "status", "id")


class ApplicationNotFound(FollowupError):
    """No application has this id."""

    def __init__(self, application_id: int) -> None:
        super().__init__(
            f"no application with id {application_id}",
            hint="`followup apps list --all` shows every id",
        )
        self.application_id = application_id


class InvalidValue(FollowupError, ValueError):
    """A value the user gave is malformed; ``field`` names it (``contact``, ``applied``...)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


# -- reading ------------------------------------------------------------------------------


def _iso(text: str | None) -> str | None:
    """Stored timestamps normalised to ISO 8601 with a zone (None stays None)."""
    if not text:
        return None
    try:
        value = moment(text)
    except ValueError:
        return text
    return value.isoformat() if value else None


def _contact(row: dict[str, Any]) -> str | None:
    if not row.get("contact_email"):
        return None
    return str(Address(row.get("contact_name") or "", row["contact_email"]))


def _window(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return {"phrase": text, "days": None, "until": None}
    return {
        "phrase": data.get("phrase") or "",
        "days": data.get("days"),
        "until": (data.get("until") or "")[:10] or None,
    }


def to_record(store: Store, row: dict[str, Any]) -> dict[str, Any]:
    """One application row -> the JSON object of ``apps list --json``."""
    app_id = int(row["id"])
    decision = store.decision(app_id)
    return {
        "id": app_id,
        "company": row["company"],
        "role": row["role"],
        "status": row["status"],
        "applied_at": _iso(row["applied_at"]),
        "ats": row["ats"],
        "requisition_id": row["requisition_id"],
        "contact": _contact(row),
        "contact_email": row["contact_email"],
        "contact_name": row["contact_name"],
        "recruiter_name": row["recruiter_name"],
        "phone": row["phone"],
        "url": row["portal_url"],
        "no_follow_up": bool(row["no_follow_up"]),
        "no_follow_up_phrase": row["no_follow_up_phrase"],
        "response_window": _window(row["response_window"]),
        "source": row["source"],
        "notes": row["notes"],
        "thread_message_id": row["thread_message_id"],
        "thread_subject": row["thread_subject"],
        "last_activity_at": _iso(row["last_activity_at"]),
        "snoozed_until": _iso(row["snoozed_until"]),
        "created_at": _iso(row["created_at"]),
        "updated_at": _iso(row["updated_at"]),
        "follow_ups": [
            {"at": _iso(f["at"]), "message_id": f["message_id"], "source": f["source"]}
            for f in store.follow_ups(app_id)
        ],
        "next_action": decision["action"] if decision else None,
        "next_action_channel": decision["channel"] if decision else None,
        "next_action_at": _iso(decision["due_at"]) if decision else None,
        "next_action_reason": decision["reason"] if decision else None,
        "evidence": [
            {
                "message_id": e["message_id"],
                "kind": e["kind"],
                "reason": e["reason"],
                "at": _iso(e["at"]),
            }
            for e in store.evidence(app_id)
        ],
    }


def _sort_key_applied(record: dict[str, Any]) -> float:
    text = record["applied_at"]
    return -datetime.fromisoformat(text).timestamp() if text else 0.0


def sort_records(records: list[dict[str, Any]], by: str = "due") -> list[dict[str, Any]]:
    """Order records for display.

    ``due`` (the default): open applications first, those with a next action
    soonest first, then the rest newest application first; rejected, closed and
    withdrawn ones last. ``applied``: newest first. ``company``, ``status``,
    ``id``: alphabetical / pipeline order / ascending.
    """
    if by not in SORTS:
        raise InvalidValue("sort", f"unknown order {by!r}; one of {', '.join(SORTS)}")
    items = sorted(records, key=lambda r: r["id"])
    if by == "id":
        return items
    items.sort(key=_sort_key_applied)
    if by == "applied":
        return items
    if by == "company":
        return sorted(items, key=lambda r: ((r["company"] or "").casefold(), r["id"]))
    if by == "status":
        order = [s.value for s in Status]
        return sorted(items, key=lambda r: order.index(r["status"]) if r["status"] in order else 99)

    def due_key(r: dict[str, Any]) -> tuple[int, int, float]:
        due = r["next_action_at"]
        due_ts = datetime.fromisoformat(due).timestamp() if due else 0.0
        return (0 if r["status"] in OPEN_STATUSES else 1, 0 if due else 1, due_ts)

    return sorted(items, key=due_key)


def list_records(
    store: Store,
    *,
    statuses: Iterable[str] = (),
    include_closed: bool = False,
    sort: str = "due",
) -> list[dict[str, Any]]:
    """The records ``apps list`` shows.

    ``statuses`` keeps only those statuses (closed/withdrawn included if named);
    otherwise closed and withdrawn ones are left out unless ``include_closed``.
    """
    wanted = {status_of(s).value for s in statuses}
    rows = store.application_rows()
    if wanted:
        rows = [r for r in rows if r["status"] in wanted]
    elif not include_closed:
        rows = [r for r in rows if r["status"] not in HIDDEN_BY_DEFAULT]
    return sort_records([to_record(store, r) for r in rows], sort)


def hidden_count(store: Store) -> int:
    """How many records a default listing leaves out (closed or withdrawn)."""
    return sum(1 for r in store.application_rows() if r["status"] in HIDDEN_BY_DEFAULT)


def row_of(store: Store, application_id: int) -> dict[str, Any]:
    """The application's stored row (raises :class:`ApplicationNotFound` without one)."""
    row = store.application_row(application_id)
    if row is None:
        raise ApplicationNotFound(application_id)
    return row


def get_record(store: Store, application_id: int) -> dict[str, Any]:
    return to_record(store, row_of(store, application_id))


def get_detail(store: Store, application_id: int) -> dict[str, Any]:
    """Everything ``apps show`` prints: the record, its decision, messages, drafts."""
    record = get_record(store, application_id)
    record["unread"] = list(store.application(application_id).unread)
    decision = store.decision(application_id)
    record["decision"] = (
        {
            "action": decision["action"],
            "channel": decision["channel"],
            "due_at": _iso(decision["due_at"]),
            "reason": decision["reason"],
            "decided_at": _iso(decision["decided_at"]),
        }
        if decision
        else None
    )
    messages = []
    for m in store.application_messages(application_id):
        locations = [
            {"folder": loc["folder"], "uidvalidity": loc["uidvalidity"], "uid": loc["uid"]}
            for loc in m["locations"]
        ]
        if not locations and m["folder"]:
            locations = [{"folder": m["folder"], "uidvalidity": m["uidvalidity"], "uid": m["uid"]}]
        messages.append(
            {
                "message_id": m["message_id"],
                "date": _iso(m["date"]),
                "direction": m["direction"],
                "kind": m["kind"],
                "subject": m["subject"],
                "sender": m["sender"],
                "account": m["account"],
                "locations": locations,
                "reasons": m["reasons"],
                "confidence": m["confidence"],
                "unsure": is_unsure(m["confidence"]) and m["direction"] == "in",
            }
        )
    record["messages"] = messages
    waiting = unsure(store, [application_id])
    record["unsure"] = waiting[0].as_dict() if waiting else None
    record["drafts"] = [
        {
            "id": d.id,
            "channel": d.channel.value,
            "status": d.status.value,
            "to": d.to_email,
            "subject": d.subject,
            "reason": d.reason,
            "created_at": d.created_at.isoformat(),
        }
        for d in store.drafts(application_id=application_id)
    ]
    return record


def status_of(value: str | Status) -> Status:
    """The status the user named (raises :class:`InvalidValue` for an unknown one)."""
    try:
        return Status(str(value).strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in Status)
        raise InvalidValue("status", f"unknown status {value!r}; one of {names}") from None
