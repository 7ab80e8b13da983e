"""The pipeline: every application as a card in a column, and one application's story.

The use cases behind the web page's Pipeline and application pages. Columns
follow the application's status, except that an application that needs the
user (a draft without a recipient, or a record whose company or role the mail
did not tell) is put under "Needs you" with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from typing import Any

from assistant.adapters.store import Store
from assistant.app import applications
from assistant.app.unsure import Unsure, unsure
from assistant.core.evidence import quoted_phrases, segments
from assistant.core.stored_time import moment

#: the columns, in order: (key, title)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("needs_you", "Needs you"),
    ("applied", "Applied"),
    ("answered", "Answered"),
    ("interviewing", "Interviewing"),
    ("offer", "Offer"),
    ("rejected", "Rejected"),
    ("closed", "Closed"),
)
_COLUMN_OF_STATUS = {
    "applied": "applied",
    "replied": "answered",
    "interviewing": "interviewing",
    "offer": "offer",
    "rejected": "rejected",
    "withdrawn": "closed",
    "closed": "closed",
}
_NEXT_STEP = {
    "email": "follow-up email",
    "call": "phone call",
    "networking": "networking note",
}


@dataclass(frozen=True)
class Card:
    id: int
    company: str
    role: str
    status: str
    applied: str
    next_step: str
    due: str
    needs: str = ""
    no_follow_up: bool = False


@dataclass
class Column:
    key: str
    title: str
    cards: list[Card] = field(default_factory=list)


def _day(iso: str | None, zone: tzinfo) -> str:
    value = moment(iso)
    return value.astimezone(zone).date().isoformat() if value else ""


def needs_you(store: Store, record: dict[str, Any], unsure: Unsure | None = None) -> str:
    """Why this application needs the user now ('' when it does not).

    ``unsure``: its latest deciding message was classified below the confidence
    threshold (:func:`assistant.app.unsure.unsure`); no email is drafted
    until the user confirms or corrects it.
    """
    waiting = store.drafts(["needs_recipient"], application_id=int(record["id"]))
    if waiting:
        return "a draft needs a recipient"
    if unsure is not None:
        kind = unsure.kind.replace("_", " ")
        return f"unsure: {kind}? ({unsure.confidence:.0%} sure; `followup correct`)"
    if not record["company"]:
        return "unsure: which company?"
    if not record["role"]:
        return "unsure: which role?"
    return ""


def card(
    store: Store, record: dict[str, Any], zone: tzinfo = UTC, unsure: Unsure | None = None
) -> Card:
    action = record.get("next_action") or ""
    step = _NEXT_STEP.get(action, "")
    if action == "wait":
        step = _NEXT_STEP.get(record.get("next_action_channel") or "", "follow-up")
    due = _day(record.get("next_action_at"), zone) if action in (*_NEXT_STEP, "wait") else ""
    return Card(
        id=int(record["id"]),
        company=record["company"] or "(company unknown)",
        role=record["role"] or "(role unknown)",
        status=record["status"],
        applied=_day(record["applied_at"], zone),
        next_step=step,
        due=due,
        needs=needs_you(store, record, unsure)
        if record["status"] not in ("closed", "withdrawn")
        else "",
        no_follow_up=bool(record["no_follow_up"]),
    )


def matches(record: dict[str, Any], query: str) -> bool:
    """Whether the search words all appear in the company, role, contact, ATS or status."""
    haystack = " ".join(
        str(record.get(k) or "") for k in ("company", "role", "contact", "ats", "status", "notes")
    ).casefold()
    return all(word in haystack for word in query.casefold().split())


def board(store: Store, *, query: str = "", column: str = "", zone: tzinfo = UTC) -> list[Column]:
    """The columns with their cards (due soonest first), filtered by search words and column."""
    columns = {key: Column(key, title) for key, title in COLUMNS}
    marks = {u.application_id: u for u in unsure(store)}
    for record in applications.list_records(store, include_closed=True):
        if query and not matches(record, query):
            continue
        shown = card(store, record, zone, marks.get(int(record["id"])))
        key = "needs_you" if shown.needs else _COLUMN_OF_STATUS.get(shown.status, "applied")
        if column and key != column:
            continue
        columns[key].cards.append(shown)
    return list(columns.values())


def story(store: Store, application_id: int, zone: tzinfo = UTC) -> dict[str, Any]:
    """One application: its record and decision, the timeline of its mail with the
    deciding words marked in each message's text, its evidence and its drafts."""
    detail = applications.get_detail(store, application_id)
    phrase = detail.get("no_follow_up_phrase")
    timeline = []
    for message in store.application_messages(application_id):
        reasons = list(message["reasons"])
        phrases = quoted_phrases(reasons)
        if phrase:
            phrases.insert(0, phrase)
        text = message.get("text") or ""
        timeline.append(
            {
                "date": _day(message["date"], zone),
                "direction": message["direction"],
                "kind": message["kind"] or "",
                "subject": message["subject"] or "",
                "sender": message["sender"] or "",
                "message_id": message["message_id"],
                "reasons": reasons,
                "subject_segments": segments(message["subject"] or "", phrases),
                "text_segments": segments(text, phrases) if text else [],
            }
        )
    detail["timeline"] = timeline
    marks = unsure(store, [application_id])
    detail["card"] = card(store, detail, zone, marks[0] if marks else None)
    return detail
