"""Which application a message belongs to, and what it changes (pure).

The scanner hands each understood message to :func:`decide`, together with
short summaries of the applications already known. The answer says whether to
create a record, update one, or leave things alone, and always carries a reason
the user can read in ``followup apps show``.

Matching keys, strongest first: the mail thread (In-Reply-To / References point
at a message already linked to an application), the requisition id, company and
role together, the employer's own mail domain, and company alone when that is
unambiguous; last, the same role at a shorter or longer writing of the company's name
("Northwind" / "Northwind Traders GmbH & Co. KG").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from assistant.core.match_keys import (
    employer_domain,
    normalise_company,
    normalise_role,
    unnamed_employer_keys,
)
from assistant.core.models import FINAL_STATUSES, Analysis, Kind, Message, Status
from assistant.core.same_employer import same_employer_name


@dataclass(frozen=True)
class AppSummary:
    """What matching needs to know about one known application."""

    id: int
    company: str | None
    role: str | None
    status: Status
    requisition_id: str | None = None
    contact_email: str | None = None
    message_ids: frozenset[str] = frozenset()
    applied_at: datetime | None = None
    #: the user's own mail in its thread (the application, follow-ups): a person's
    #: answer to one of these is a reply
    own_message_ids: frozenset[str] = frozenset()

    # worked out once per application, not once per message matched against it
    @functools.cached_property
    def company_key(self) -> str:
        return normalise_company(self.company)

    @functools.cached_property
    def role_key(self) -> str:
        return normalise_role(self.role)

    @functools.cached_property
    def domain(self) -> str:
        if not self.contact_email:
            return ""
        return employer_domain(self.contact_email.rpartition("@")[2])


@dataclass(frozen=True)
class Match:
    application_id: int
    reason: str


@dataclass(frozen=True)
class Unsure:
    """Several applications at one employer and nothing in the message to choose by."""

    candidates: tuple[int, ...]
    reason: str


def _thread_match(message: Message, known: Sequence[AppSummary]) -> Match | None:
    thread = {m for m in (message.in_reply_to, *message.references) if m}
    if not thread:
        return None
    hits = [(app, sorted(thread & app.message_ids)) for app in known if thread & app.message_ids]
    if not hits:
        return None
    if len(hits) > 1:  # one mail to several employers: the sender's own application
        domain = employer_domain(message.sender.domain if message.sender else None)
        hits = [h for h in hits if domain and h[0].domain == domain] or hits
    app, ids = hits[0]
    return Match(app.id, f"same thread as {ids[0]}")


def find_application(
    message: Message, analysis: Analysis | None, known: Sequence[AppSummary]
) -> Match | Unsure | None:
    """The known application this message is about, with the key that matched.

    An application is an employer and a role: the thread first, then the
    requisition id, then the role the message names at that employer, then the
    employer alone when it has one open application. With several and nothing to
    choose by, the answer is :class:`Unsure`, never a guess.
    """
    threaded = _thread_match(message, known)
    if threaded is not None or analysis is None:
        return threaded
    company = normalise_company(analysis.company)
    if analysis.requisition_id:
        for app in known:
            same_id = app.requisition_id and app.requisition_id == analysis.requisition_id
            company_ok = not app.company_key or app.company_key == company
            if same_id and company_ok:
                return Match(app.id, f"same requisition id {analysis.requisition_id}")
    role = normalise_role(analysis.role)
    domain = employer_domain(message.sender.domain if message.sender else None)
    employer = [a for a in known if company and a.company_key == company]
    how = f"same company ({analysis.company})"
    if not employer and domain:
        employer = [a for a in known if a.domain == domain]
        how = f"mail from the employer's domain {domain}"
    names = unnamed_employer_keys(message, analysis) if not employer else ()
    if names:  # the text names no employer: its sender's name or signature may
        return _by_unnamed_employer(role, names, known)
    if not employer:
        return _same_role_at_a_longer_or_shorter_name(analysis, company, role, domain, known)
    open_ones = [a for a in employer if a.status not in FINAL_STATUSES] or employer
    confirmation = analysis.kind is Kind.APPLICATION_CONFIRMATION
    if role:
        named = _for_role(employer, role)
        if named:
            both = f"{analysis.company} / {analysis.role}"
            return Match(named[0].id, f"same company and role ({both})")
        # an application whose role was never stated, made before this mail
        unnamed = [a for a in open_ones if not a.role_key and _not_after(a, message)]
        if len(unnamed) == 1:
            return Match(unnamed[0].id, f"{how}; its role was not stated")
        if confirmation:
            return None  # a confirmation for another role: another application
    elif confirmation:
        # "thank you for applying" naming no role: the same application only on its day
        same_day = [a for a in employer if _same_day(a, message)]
        if len(same_day) == 1:
            return Match(same_day[0].id, f"{how}, the same day")
        if not same_day:
            return None
        open_ones = same_day
    if len(open_ones) == 1:
        only = how if not role else f"the only open application ({how})"
        return Match(open_ones[0].id, only)
    ids = tuple(a.id for a in open_ones)
    return Unsure(ids, f"{how}: {len(ids)} open applications and the message names no role")


def _same_role_at_a_longer_or_shorter_name(
    analysis: Analysis, company: str, role: str, domain: str, known: Sequence[AppSummary]
) -> Match | Unsure | None:
    """One mail says "Northwind", another "Northwind Traders GmbH & Co. KG": the same
    employer only for the same role ("Siemens" and "Siemens Healthineers" are two
    employers as often as one, so nothing less than the role decides), and only where
    nothing known says otherwise: another employer domain or another requisition id.
    Two such employers for that role ("Acme Robotics", "Acme Foods") are ``Unsure``."""
    if not company or not role:
        return None
    named = [
        a
        for a in known
        if same_employer_name(a.company_key, company)
        and a.role_key == role
        and not (domain and a.domain and a.domain != domain)
        and not (
            analysis.requisition_id
            and a.requisition_id
            and a.requisition_id != analysis.requisition_id
        )
    ]
    if not named:
        return None
    if len({a.company_key for a in named}) > 1:
        ids = tuple(a.id for a in named)
        return Unsure(ids, f"{analysis.company} may be any of {len(ids)} employers for this role")
    first = _open_first(named)[0]
    both = f"{analysis.company} / {first.company}"
    return Match(first.id, f"same employer ({both}) and the same role ({analysis.role})")


def _by_unnamed_employer(
    role: str, names: Sequence[str], known: Sequence[AppSummary]
) -> Match | Unsure | None:
    """The application at the employer a sender's name or signature names (a weaker
    key than a company the text writes): only where the role agrees or is unknown on
    either side, and never a guess between two employers or several applications."""
    employer = [a for a in known if a.company_key in names]
    if role:
        employer = [a for a in employer if not a.role_key or _roles_match(a.role_key, role)]
    if not employer:
        return None
    keys = {a.company_key for a in employer}
    how = f"the sender's name or signature is an employer's ({', '.join(sorted(keys))})"
    open_ones = [a for a in employer if a.status not in FINAL_STATUSES]
    if len(keys) == 1 and (len(open_ones) == 1 or len(employer) == 1):
        return Match((open_ones or employer)[0].id, how)
    return Unsure(tuple(a.id for a in employer), f"{how}: several applications fit")


def _for_role(apps: Sequence[AppSummary], role: str) -> list[AppSummary]:
    """The applications for ``role`` (a normalised role), open ones first."""
    return _open_first([a for a in apps if a.role_key and _roles_match(a.role_key, role)])


def _open_first(apps: list[AppSummary]) -> list[AppSummary]:
    return sorted(apps, key=lambda a: a.status in FINAL_STATUSES)


def _not_after(app: AppSummary, message: Message) -> bool:
    if app.applied_at is None or message.date is None:
        return True
    return app.applied_at.date() <= message.date.date()


def _same_day(app: AppSummary, message: Message) -> bool:
    if app.applied_at is None or message.date is None:
        return False
    return abs((app.applied_at.date() - message.date.date()).days) <= 1


def _roles_match(a: str, b: str) -> bool:
    if not a or not b:
        return True
    return a == b or a in b or b in a


@dataclass(frozen=True)
class Change:
    """What one incoming message does to the records."""

    action: str  # "create", "update", "ignore"
    reason: str
    application_id: int | None = None
    status: Status | None = None
    fields: dict[str, object] = field(default_factory=dict)
    candidates: tuple[int, ...] = ()  # action "unsure": the applications it may be about
    #: the kind the message was taken as, where the thread changed it (a reply without
    #: job words that refuses, invites or offers, answering the user's own mail)
    kind: str | None = None


_STATUS_BY_KIND = {
    Kind.REJECTION: Status.REJECTED,
    Kind.INTERVIEW_INVITATION: Status.INTERVIEWING,
}

#: how far along each status is; mail never moves an application backwards.
_RANK = {
    Status.APPLIED: 0,
    Status.REPLIED: 1,
    Status.INTERVIEWING: 2,
    Status.OFFER: 3,
    Status.REJECTED: 3,
    Status.WITHDRAWN: 4,
    Status.CLOSED: 4,
}


def advances(current: Status, new: Status) -> bool:
    """Whether mail may move an application from ``current`` to ``new``: only forwards,
    except that one that was rejected or closed can come back to life."""
    if _RANK[new] > _RANK[current]:
        return True
    return current in (Status.REJECTED, Status.CLOSED, Status.WITHDRAWN) and (
        new in (Status.INTERVIEWING, Status.OFFER, Status.REPLIED)
    )


def decide(
    message: Message,
    analysis: Analysis,
    known: Sequence[AppSummary],
    *,
    is_automatic: bool,
) -> Change:
    """What an incoming message changes. ``is_automatic``: machine-sent (headers/ATS)."""
    match = find_application(message, analysis, known)
    kind = analysis.kind
    fields = _fields_from(analysis)
    if isinstance(match, Unsure):
        return Change(
            "unsure", f"{kind}: {match.reason}", fields=fields, candidates=match.candidates
        )
    if match is None:
        if kind is Kind.APPLICATION_CONFIRMATION:
            return Change("create", f"{kind}: {_first(analysis.reasons)}", fields=fields)
        if kind in _STATUS_BY_KIND or analysis.is_offer:
            status = Status.OFFER if analysis.is_offer else _STATUS_BY_KIND[kind]
            return Change(
                "create",
                f"{kind} for an application not seen before: {_first(analysis.reasons)}",
                status=status,
                fields=fields,
            )
        return Change("ignore", f"{kind}: no matching application")
    current = next(a for a in known if a.id == match.application_id)
    # a person answering the user's own mail (the application, a follow-up)
    answers_you = (
        not is_automatic
        and kind is not Kind.AUTO_REPLY
        and bool(
            {m for m in (message.in_reply_to, *message.references) if m} & current.own_message_ids
        )
    )
    # "Sorry, we went with someone else" answering your application: a refusal, though
    # the text alone has no job word (issue 11: replies in threads)
    read_as = analysis.in_thread if answers_you and kind is Kind.NOT_JOB else None
    new_status: Status | None = None
    if analysis.is_offer or read_as == "offer":
        new_status = Status.OFFER
    elif read_as is not None:
        new_status = _STATUS_BY_KIND[Kind(read_as)]
    elif kind in _STATUS_BY_KIND:
        new_status = _STATUS_BY_KIND[kind]
    elif (
        answers_you
        or (
            kind not in (Kind.AUTO_REPLY, Kind.APPLICATION_CONFIRMATION)
            and not is_automatic
            and match.reason.startswith("same thread")
        )
        or (kind is Kind.OTHER_JOB and not is_automatic and from_its_domain(message, current))
    ):
        new_status = Status.REPLIED
    if new_status is not None and not advances(current.status, new_status):
        new_status = None
    what = "offer" if analysis.is_offer or read_as == "offer" else str(read_as or kind)
    if read_as is not None:
        what += ", as an answer to your mail (no job word of its own)"
    elif kind is Kind.AUTO_REPLY:
        what = "automatic reply (not counted as a reply)"
    elif new_status is Status.REPLIED:
        what = "a person replied" + (" to your mail" if answers_you else "")
    elif answers_you:
        what += " (an answer to your mail)"
    return Change(
        "update",
        f"{what}; matched by {match.reason}",
        application_id=match.application_id,
        status=new_status,
        fields=fields,
        kind=read_as,
    )


def from_its_domain(message: Message, app: AppSummary) -> bool:
    """The mail comes from the application's own employer domain (never a free-mail or
    tracking-system one), however it was matched: by that domain, or by the company it
    names ("Sorry, we went another way" naming Acme, from jo@acme.example, is Acme
    answering)."""
    domain = employer_domain(message.sender.domain if message.sender else None)
    return bool(domain) and domain == app.domain


def _fields_from(analysis: Analysis) -> dict[str, object]:
    values: dict[str, object] = {
        "company": analysis.company,
        "role": analysis.role,
        "ats": analysis.ats,
        "requisition_id": analysis.requisition_id,
        "recruiter_name": analysis.recruiter_name,
        "phone": analysis.phone,
        "portal_url": analysis.portal_url,
        "response_window": analysis.response_window,
    }
    if analysis.contact is not None:
        values["contact_email"] = analysis.contact.email
        values["contact_name"] = analysis.contact.name or analysis.recruiter_name
    if analysis.no_follow_up:
        values["no_follow_up"] = True
        values["no_follow_up_phrase"] = analysis.no_follow_up_phrase
    return {k: v for k, v in values.items() if v not in (None, "")}


def _first(reasons: Iterable[str]) -> str:
    return next(iter(reasons), "classified")


def merge_fields(existing: Mapping[str, object], new: Mapping[str, object]) -> dict[str, object]:
    """Fields to write: fill what is missing; a do-not-follow-up finding always sticks."""
    out: dict[str, object] = {}
    for key, value in new.items():
        if key in ("no_follow_up", "no_follow_up_phrase"):
            if not existing.get("no_follow_up"):
                out[key] = value
        elif key in ("contact_email", "contact_name"):
            if not existing.get("contact_email"):
                out[key] = value
        elif not existing.get(key):
            out[key] = value
    return out


def applied_at(message: Message, analysis: Analysis, fallback: datetime) -> datetime:
    """When the user applied: the stated date, else the message's date."""
    when = message.date or fallback
    if analysis.applied_on is not None:
        return when.replace(
            year=analysis.applied_on.year,
            month=analysis.applied_on.month,
            day=analysis.applied_on.day,
        )
    return when
