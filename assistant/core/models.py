"""Plain values that flow through the core.

They are frozen dataclasses with no behaviour beyond small helpers, so that the
pure steps (parse, classify, extract, plan) can be tested with literals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

#: Below this calibrated confidence a classification is *unsure*: the user should
#: confirm it before it decides anything. Chosen from the reliability table of
#: ``benchmarks/eval_classifier.py`` (see docs/classifier.md).
UNSURE_BELOW = 0.7


class Kind(StrEnum):
    """What a message is, as far as a job application is concerned."""

    APPLICATION_CONFIRMATION = "application_confirmation"
    REJECTION = "rejection"
    INTERVIEW_INVITATION = "interview_invitation"
    AUTO_REPLY = "auto_reply"
    OTHER_JOB = "other_job"
    NOT_JOB = "not_job"


#: Every kind by the name the store, the CLI and the web page use.
KINDS = tuple(k.value for k in Kind)

#: what a reply without job words states, read as an answer in a job thread
ThreadReading = Literal["rejection", "interview_invitation", "offer"]


class Status(StrEnum):
    """Where an application stands."""

    APPLIED = "applied"
    REPLIED = "replied"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"


#: Statuses after which no follow-up is ever suggested.
FINAL_STATUSES = frozenset(
    {
        Status.REPLIED,
        Status.INTERVIEWING,
        Status.OFFER,
        Status.REJECTED,
        Status.WITHDRAWN,
        Status.CLOSED,
    }
)


@dataclass(frozen=True)
class Address:
    """One mailbox: a display name (may be empty) and an address (lower-cased domain)."""

    name: str
    email: str

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2].lower()

    @property
    def local_part(self) -> str:
        return self.email.rpartition("@")[0].lower()

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class Message:
    """One email, decoded. Built by ``core.parse.parse``; never raises on bad mail.

    ``headers`` maps lower-cased header names to their first decoded value, which is
    what the header rules (Auto-Submitted, Precedence, List-Id, ...) need.
    ``defects`` names what was wrong with the raw bytes (bad charset, truncated,
    too large) so a caller can record it.
    """

    message_id: str | None = None
    subject: str = ""
    sender: Address | None = None
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    date: datetime | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    text: str = ""
    attachments: tuple[str, ...] = ()
    defects: tuple[str, ...] = ()
    size: int = 0


@dataclass(frozen=True)
class ResponseWindow:
    """A response time the mail states, with the words that said so.

    Either ``days`` (calendar days after the message date) or ``until`` (a date)
    is set, or both.
    """

    phrase: str
    days: int | None = None
    until: date | None = None


@dataclass(frozen=True)
class Analysis:
    """What the core understood of one message, with the evidence.

    ``reasons`` lists every rule or phrase that fired, in words a user can read,
    e.g. ``"sender: greenhouse ATS (no-reply@us.greenhouse-mail.io)"`` or
    ``"subject: 'application received'"``.
    """

    kind: Kind
    reasons: tuple[str, ...] = ()
    no_follow_up: bool = False
    no_follow_up_phrase: str | None = None
    company: str | None = None
    role: str | None = None
    ats: str | None = None
    requisition_id: str | None = None
    contact: Address | None = None
    recruiter_name: str | None = None
    phone: str | None = None
    portal_url: str | None = None
    applied_on: date | None = None
    response_window: ResponseWindow | None = None
    is_offer: bool = False
    #: calibrated chance that ``kind`` is right (1.0 where no model was asked)
    confidence: float = 1.0
    #: not job mail for want of job words, but a reply that states a refusal, an
    #: invitation or an offer: what it says as an answer to the user's own mail
    #: (``thread_reading``; only the tracker knows whether it is one)
    in_thread: ThreadReading | None = None

    @property
    def is_job(self) -> bool:
        return self.kind is not Kind.NOT_JOB

    @property
    def unsure(self) -> bool:
        """The kind is a guess: its confidence is below ``UNSURE_BELOW``."""
        return self.confidence < UNSURE_BELOW


@dataclass(frozen=True)
class Evidence:
    """Why an application record changed: which message, what it was, which rule."""

    message_id: str | None
    kind: str
    reason: str
    at: datetime | None = None


@dataclass(frozen=True)
class Application:
    """One job application, as the planner sees it (a snapshot of the store's row)."""

    id: int
    company: str | None
    role: str | None
    status: Status
    applied_at: datetime
    ats: str | None = None
    contact: Address | None = None
    recruiter_name: str | None = None
    phone: str | None = None
    no_follow_up: bool = False
    no_follow_up_phrase: str | None = None
    requisition_id: str | None = None
    # the message a follow-up should reply to (a human's, or the user's own application)
    thread_message_id: str | None = None
    thread_subject: str | None = None
    thread_references: tuple[str, ...] = ()
    response_window: ResponseWindow | None = None
    # when the user followed up already (seen in Sent, or sent by followup)
    follow_ups: tuple[datetime, ...] = ()
    last_activity_at: datetime | None = None
    snoozed_until: datetime | None = None
    # why the latest status-deciding message is unsure (then no email is drafted)
    unsure: str | None = None
    # messages about it that could not be read and the user has not looked at yet
    unread: tuple[str, ...] = ()
    #: when followup first saw the application (its record was made)
    first_seen: datetime | None = None
