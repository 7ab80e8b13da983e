"""What one scanned message does to the application records (pure).

The scanner (``app/scanning.py``) fetches and commits; every decision in between
is here, over plain data:

- :func:`why_fetch`: is a message worth fetching whole, judged from its headers
  and what is already known (:class:`Known`);
- :func:`is_outgoing` and :func:`automatic_reasons`: the user's own mail, and
  mail a machine sent (one rule set, built on the classifier's header rules);
- :func:`incoming` and :func:`outgoing`: the :class:`Writes` one message causes,
  with the evidence for each, which the scanner then stores as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from assistant.core import recipients, track
from assistant.core.addresses import is_no_reply
from assistant.core.classify import auto_headers, list_headers
from assistant.core.drafts import Draft
from assistant.core.models import Analysis, Kind, Message, Status


@dataclass
class Known:
    """What the scan knows about existing records, kept in memory for speed."""

    apps: dict[int, track.AppSummary] = field(default_factory=dict)
    thread_ids: dict[str, int] = field(default_factory=dict)  # Message-ID -> application id
    domains: set[str] = field(default_factory=set)
    draft_ids: dict[str, int] = field(default_factory=dict)  # Message-ID of a draft -> id
    contacts: dict[str, int] = field(default_factory=dict)  # a contact's address -> app id
    rows: dict[int, Mapping[str, Any]] = field(default_factory=dict)  # stored fields by id

    def link(self, message_id: str | None, app_id: int) -> None:
        """Remember that ``message_id`` belongs to the thread of application ``app_id``."""
        if not message_id:
            return
        self.thread_ids[message_id] = app_id
        summary = self.apps.get(app_id)
        if summary is not None and message_id not in summary.message_ids:
            self.apps[app_id] = replace(summary, message_ids=summary.message_ids | {message_id})

    def remember(self, row: Mapping[str, Any]) -> None:
        """Take in an application's stored row (new or changed)."""
        summary = summary_of(row, self.apps.get(row["id"]))
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
    ) -> Known:
        """Built from stored applications, linked message ids and drafts."""
        known = cls()
        for row in rows:
            known.remember(row)
        for message_id, app_id in linked:
            known.link(message_id, app_id)
        for draft in drafts:
            if draft.message_id and draft.application_id:
                known.link(draft.message_id, draft.application_id)
                if draft.status not in ("sent", "discarded"):
                    known.draft_ids[draft.message_id] = draft.id
        return known


def summary_of(row: Mapping[str, Any], previous: track.AppSummary | None) -> track.AppSummary:
    return track.AppSummary(
        id=row["id"],
        company=row["company"],
        role=row["role"],
        status=Status(row["status"]),
        requisition_id=row["requisition_id"],
        contact_email=row["contact_email"],
        message_ids=previous.message_ids if previous else frozenset(),
    )


# -- whose mail, and from whom -----------------------------------------------------------


def is_outgoing(head: Message, folder_role: str | None, own: set[str]) -> bool:
    """The user's own mail: in Sent, labelled Sent (Takeout), or from their address.

    Not in Junk: spam often forges the recipient's own address as its sender.
    """
    if folder_role == "sent":
        return True
    if folder_role == "junk":
        return False
    labels = head.headers.get("x-gmail-labels", "").lower()
    if "sent" in (label.strip() for label in labels.split(",")):
        return True
    sender = head.sender.email.lower() if head.sender else ""
    return bool(sender) and sender in own


def automatic_reasons(message: Message, analysis: Analysis | None = None) -> list[str]:
    """Why a machine sent this message (empty: a person did).

    The one rule set: an automatic reply or an ATS (from the analysis), a no-reply
    sender, and the classifier's header rules (RFC 3834 Auto-Submitted,
    Precedence, X-Autoreply, Exchange's out-of-office marks, mailing-list headers).
    """
    reasons: list[str] = []
    if analysis is not None and analysis.kind is Kind.AUTO_REPLY:
        reasons.append("an automatic reply")
    if analysis is not None and analysis.ats:
        reasons.append(f"sent by an applicant-tracking system ({analysis.ats})")
    if message.sender and is_no_reply(message.sender.email):
        reasons.append(f"no-reply sender ({message.sender.email})")
    reasons += auto_headers(message.headers)
    reasons += list_headers(message.headers)
    return reasons


def why_fetch(
    head: Message,
    folder_role: str | None,
    known: Known,
    own: set[str],
    screen: Callable[[Message], str | None] | None,
) -> str | None:
    """Why this message is worth fetching whole, or None. ``screen=None``: only what
    depends on the known applications (the header screen said no already)."""
    thread = [m for m in (head.in_reply_to, *head.references) if m]
    for ref in thread:
        if ref in known.thread_ids:
            return f"reply in the thread of application {known.thread_ids[ref]}"
    if is_outgoing(head, folder_role, own):
        if head.message_id and head.message_id in known.draft_ids:
            return "a draft followup made"
        recipients = [*head.to, *head.cc]
        if any(a.email.lower() in known.contacts for a in recipients):
            return "sent to the contact of an application"
        if any(track.employer_domain(a.domain) in known.domains for a in recipients):
            return "sent to a known employer"
        content_type = head.headers.get("content-type", "").lower()
        if content_type.startswith("multipart/mixed"):
            return "sent with an attachment (maybe an application)"
        return None
    if head.sender and head.sender.email.lower() in known.contacts:
        return f"from the contact of application {known.contacts[head.sender.email.lower()]}"
    sender_domain = track.employer_domain(head.sender.domain if head.sender else None)
    if sender_domain and sender_domain in known.domains:
        return f"from a known employer's domain ({sender_domain})"
    return screen(head) if screen is not None else None


# -- what a message writes ----------------------------------------------------------------


@dataclass(frozen=True)
class Writes:
    """What one message does to the records; the scanner stores exactly this.

    ``application_id`` None with ``fields``: create an application. ``evidence``:
    ``(kind, reason)`` pairs for the application. ``void_drafts``: drafts made
    before this mail must not go out any more. ``follow_up``: the user wrote to
    the employer (a follow-up to record once).
    """

    application_id: int | None
    fields: dict[str, Any] = field(default_factory=dict)
    evidence: tuple[tuple[str, str], ...] = ()
    void_drafts: bool = False
    follow_up: bool = False

    @property
    def creates(self) -> bool:
        return self.application_id is None


def _thread_fields(message: Message) -> dict[str, Any]:
    return {
        "thread_message_id": message.message_id,
        "thread_subject": message.subject,
        "thread_references": [*message.references, message.message_id or ""][-10:],
    }


def incoming(
    message: Message,
    analysis: Analysis,
    known: Known,
    *,
    own: set[str],
    now: datetime,
) -> Writes | None:
    """What a received message changes, or None when it belongs to no application."""
    automatic = bool(automatic_reasons(message, analysis))
    change = track.decide(message, analysis, list(known.apps.values()), is_automatic=automatic)
    when = message.date or now
    if change.action == "ignore":
        return None
    if analysis.kind is Kind.NOT_JOB and "same thread" not in change.reason:
        return None  # only a reply in an application's thread makes non-job mail count
    evidence = [(analysis.kind.value, change.reason)]
    if analysis.no_follow_up and analysis.no_follow_up_phrase:
        evidence.append(
            ("no_follow_up", f"asked not to be followed up: {analysis.no_follow_up_phrase!r}")
        )
    if change.action == "create":
        fields = _contact_from_mail(message, analysis, dict(change.fields), {}, own, (), evidence)
        fields["applied_at"] = track.applied_at(message, analysis, now)
        fields["thread_subject"] = message.subject
        if not automatic:
            # a follow-up replies in this thread only when a person sent it: an
            # ATS's no-reply message is no conversation to reply to
            fields.update(_thread_fields(message))
        fields["last_activity_at"] = when
        if change.status is not None:
            fields["status"] = change.status
        return Writes(None, fields, tuple(evidence))
    assert change.application_id is not None
    existing = known.rows.get(change.application_id, {})
    summary = known.apps.get(change.application_id)
    domains = (summary.domain,) if summary and summary.domain else ()
    new = _contact_from_mail(
        message, analysis, dict(change.fields), existing, own, domains, evidence
    )
    fields = track.merge_fields(existing, new)
    if change.status is not None:
        fields["status"] = change.status
    sender = message.sender
    if (
        not automatic
        and sender
        and not is_no_reply(sender.email)
        and sender.email.lower() not in own
    ):
        # a person wrote: reply to them, in their thread
        fields["contact_email"] = sender.email
        fields["contact_name"] = sender.name or existing.get("contact_name")
        fields.update(_thread_fields(message))
    if analysis.kind is not Kind.AUTO_REPLY:
        fields["last_activity_at"] = when
    return Writes(
        change.application_id,
        fields,
        tuple(evidence),
        # a rejection or "please do not contact us" voids drafts made before it
        void_drafts=change.status is not None or analysis.no_follow_up,
    )


def _contact_from_mail(
    message: Message,
    analysis: Analysis,
    fields: dict[str, Any],
    existing: Mapping[str, Any],
    own: set[str],
    domains: tuple[str, ...],
    evidence: list[tuple[str, str]],
) -> dict[str, Any]:
    """Where no person sent the mail, its contact is a person the mail names
    (core/recipients: never a footer, accommodations or unsubscribe address, nor
    the user's own); the choice and where it was found go into ``evidence``."""
    sender = message.sender
    if sender and not is_no_reply(sender.email) and not automatic_reasons(message, analysis):
        return fields
    fields.pop("contact_email", None)
    fields.pop("contact_name", None)
    if existing.get("contact_email"):
        return fields
    chosen = recipients.choose(message, analysis.contact, own=own, employer_domains=domains)
    if chosen is not None:
        fields["contact_email"] = chosen.address.email
        fields["contact_name"] = chosen.address.name or None
        evidence.append(("recipient", f"contact {chosen.address} found {chosen.where}"))
    return fields


def outgoing(message: Message, known: Known, *, now: datetime) -> Writes | None:
    """What the user's own mail changes: a follow-up to a known application, or a
    new application sent by mail with a résumé attached; None otherwise."""
    when = message.date or now
    match = track.find_application(message, None, list(known.apps.values()))
    recipients = (*message.to, *message.cc)
    for recipient in recipients:
        app_id = known.contacts.get(recipient.email.lower())
        if match is None and app_id is not None:
            match = track.Match(app_id, f"sent to {recipient.email}")
    if match is None:
        domains = {a.domain for a in recipients}
        for app in known.apps.values():
            if app.domain and any(track.employer_domain(d) == app.domain for d in domains):
                match = track.Match(app.id, f"sent to {app.domain}")
                break
    if match is not None:
        reason = f"you wrote to them ({match.reason})"
        return Writes(match.application_id, evidence=(("follow_up", reason),), follow_up=True)
    fields = track.application_from_sent(message)
    if fields is None:
        return None
    fields.update(_thread_fields(message))
    fields.update(applied_at=when, last_activity_at=when, source="sent")
    resumes = [a for a in message.attachments if a.lower().endswith(track.RESUME_SUFFIXES)]
    reason = "you sent an application with a résumé attached: " + ", ".join(resumes)
    return Writes(None, fields, (("application_sent", reason),))
