"""What the scan knows about the application records, in memory, for matching.

:class:`Known` holds a summary of every application and, for each key a message
can match by (a thread's Message-ID, a requisition id, a company and its first word,
an employer domain), the applications that have it, so a message is compared with
those (:func:`matchable`) rather than with every application.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.core import match_keys, track
from assistant.core.drafts import Draft
from assistant.core.models import Analysis, Message, Status
from assistant.core.stored_time import moment_if_readable


@dataclass
class Known:
    """What the scan knows about existing records, kept in memory for speed."""

    apps: dict[int, track.AppSummary] = field(default_factory=dict)
    thread_ids: dict[str, int] = field(default_factory=dict)  # Message-ID -> application id
    domains: set[str] = field(default_factory=set)
    draft_ids: dict[str, int] = field(default_factory=dict)  # Message-ID of a draft -> id
    contacts: dict[str, int] = field(default_factory=dict)  # a contact's address -> app id
    rows: dict[int, Mapping[str, Any]] = field(default_factory=dict)  # stored fields by id
    #: the applications each matching key points at (a thread's Message-ID, a requisition
    #: id, a company, an employer domain): a message is compared with those, not with all
    keyed: dict[tuple[str, str], set[int]] = field(default_factory=dict)
    order: dict[int, int] = field(default_factory=dict)  # application id -> when first known

    def link(self, message_id: str | None, app_id: int, *, own: bool = False) -> None:
        """Remember that ``message_id`` belongs to the thread of application ``app_id``
        (``own``: the user wrote it, so a person's answer to it is a reply)."""
        if not message_id:
            return
        self.thread_ids[message_id] = app_id
        summary = self.apps.get(app_id)
        if summary is not None and message_id not in summary.message_ids:
            summary = replace(summary, message_ids=summary.message_ids | {message_id})
            self.keyed.setdefault(("thread", message_id), set()).add(app_id)
        if summary is not None and own and message_id not in summary.own_message_ids:
            summary = replace(summary, own_message_ids=summary.own_message_ids | {message_id})
        if summary is not None:
            self.apps[app_id] = summary

    def remember(self, row: Mapping[str, Any]) -> None:
        """Take in an application's stored row (new or changed)."""
        previous = self.apps.get(row["id"])
        summary = summary_of(row, previous)
        for key in _keys(previous):
            self.keyed[key].discard(summary.id)
        for key in _keys(summary):
            self.keyed.setdefault(key, set()).add(summary.id)
        self.order.setdefault(summary.id, len(self.order))
        self.apps[summary.id] = summary
        self.rows[summary.id] = row
        if summary.domain:
            self.domains.add(summary.domain)
        if summary.contact_email:
            self.contacts[summary.contact_email.lower()] = summary.id
        self.link(row["thread_message_id"], summary.id)

    @classmethod
    def of(
        cls,
        rows: Iterable[Mapping[str, Any]],
        linked: Iterable[tuple[str, int]],
        drafts: Iterable[Draft],
        own: Iterable[str] = (),
    ) -> Known:
        """Built from stored applications, linked message ids (``own``: those the user
        sent) and drafts."""
        known = cls()
        for row in rows:
            known.remember(row)
        mine = set(own)
        for message_id, app_id in linked:
            known.link(message_id, app_id, own=message_id in mine)
        for draft in drafts:
            if draft.message_id and draft.application_id:
                known.link(draft.message_id, draft.application_id, own=True)
                if draft.status not in ("sent", "discarded"):
                    known.draft_ids[draft.message_id] = draft.id
        return known


def _keys(app: track.AppSummary | None) -> list[tuple[str, str]]:
    if app is None:
        return []
    keys = [("thread", m) for m in app.message_ids]
    # the first word too: "Lar & Cia" and "Lar & Cia Comércio Varejista" may be one
    # employer, which find_application decides by the role (a longer or shorter name)
    keys += [("company", app.company_key), ("first word", app.company_key.partition(" ")[0])]
    keys.append(("domain", app.domain))
    keys.append(("requisition", app.requisition_id or ""))
    return [(kind, value) for kind, value in keys if value]


def matchable(message: Message, analysis: Analysis | None, known: Known) -> list[track.AppSummary]:
    """The known applications :func:`track.find_application` can match ``message`` with
    (same thread, requisition id, company or its first word, employer domain), in the
    order known."""
    wanted = [("thread", m) for m in (message.in_reply_to, *message.references) if m]
    if analysis is not None:
        company = match_keys.normalise_company(analysis.company)
        wanted += [
            ("requisition", analysis.requisition_id or ""),
            ("company", company),
            ("first word", company.partition(" ")[0]),
            (
                "domain",
                match_keys.employer_domain(message.sender.domain if message.sender else None),
            ),
        ]
        # the text names no employer: its sender's name or signature may
        wanted += [("company", key) for key in match_keys.unnamed_employer_keys(message, analysis)]
    ids: set[int] = set()
    for key in wanted:
        if key[1]:
            ids |= known.keyed.get(key, set())
    return [known.apps[i] for i in sorted(ids, key=known.order.__getitem__)]


def summary_of(row: Mapping[str, Any], previous: track.AppSummary | None) -> track.AppSummary:
    return track.AppSummary(
        id=row["id"],
        company=row["company"],
        role=row["role"],
        status=Status(row["status"]),
        requisition_id=row["requisition_id"],
        contact_email=row["contact_email"],
        message_ids=previous.message_ids if previous else frozenset(),
        applied_at=moment_if_readable(row.get("applied_at")),
        own_message_ids=previous.own_message_ids if previous else frozenset(),
    )
