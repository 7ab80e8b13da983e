"""What one scanned message does to the application records (pure).

The scanner (``app/scanning.py``) fetches and commits; every decision in between
is here, over plain data:

- :func:`why_fetch`: is a message worth fetching whole, judged from its headers
  and what is already known (:class:`Known`);
- :func:`is_outgoing` (from ``core/outgoing.py``) and :func:`automatic_reasons`: the
  user's own mail, and mail a machine sent (one rule set, built on the classifier's
  header rules);
- :func:`incoming` and :func:`outgoing`: the :class:`Writes` one message causes,
  with the evidence for each, which the scanner then stores as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from assistant.core import match_keys, recipients, sent, track
from assistant.core.addresses import is_no_reply, looks_like
from assistant.core.header_rules import auto_headers, list_headers
from assistant.core.known import Known, matchable
from assistant.core.learning import is_unsure
from assistant.core.models import FINAL_STATUSES, Analysis, Kind, Message
from assistant.core.outgoing import is_outgoing
from assistant.core.subject_prefix import automatic_reply_prefix

#: no application is older than this; a date before it (1970) is a broken clock
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)


def plausible(when: datetime | None, now: datetime) -> datetime:
    """``when`` if a mail could have been sent then, else ``now`` (the scan's time):
    a Date header in 2099 or 1970 never becomes an application's date."""
    if when is not None and EARLIEST <= when <= now + timedelta(days=2):
        return when
    return now


# -- whose mail, and from whom -----------------------------------------------------------


def automatic_reasons(message: Message, analysis: Analysis | None = None) -> list[str]:
    """Why a machine sent this message (empty: a person did).

    The one rule set: an automatic reply or an ATS (from the analysis), a no-reply
    sender, the classifier's header rules (RFC 3834 Auto-Submitted, Precedence,
    X-Autoreply, Exchange's out-of-office marks, mailing-list headers), and a mail
    client's automatic-reply subject prefix (an out-of-office note without those
    headers, whose wording the classifier may not know, is still no reply).
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
    prefix = automatic_reply_prefix(message.subject[:100])
    if prefix:
        reasons.append(f"subject: a mail client's automatic-reply prefix {prefix!r}")
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
        if any(match_keys.employer_domain(a.domain) in known.domains for a in recipients):
            return "sent to a known employer"
        content_type = head.headers.get("content-type", "").lower()
        if content_type.startswith("multipart/mixed"):
            return "sent with an attachment (maybe an application)"
        return None
    if head.sender and head.sender.email.lower() in known.contacts:
        return f"from the contact of application {known.contacts[head.sender.email.lower()]}"
    sender_domain = match_keys.employer_domain(head.sender.domain if head.sender else None)
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
    unsure: tuple[int, ...] = ()  # the evidence goes to each of these; none is changed

    @property
    def creates(self) -> bool:
        return self.application_id is None and not self.unsure


def _unsure_word_from_the_employer(
    message: Message, analysis: Analysis, change: track.Change, known: Known, automatic: bool
) -> bool:
    if automatic or change.action != "update" or not is_unsure(analysis.confidence):
        return False
    summary = known.apps.get(change.application_id) if change.application_id else None
    return summary is not None and track.from_its_domain(message, summary)


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
    change = track.decide(
        message, analysis, matchable(message, analysis, known), is_automatic=automatic
    )
    when = plausible(message.date, now)
    if change.action == "ignore":
        return None
    if analysis.kind is Kind.NOT_JOB and "same thread" not in change.reason:
        # only a reply in an application's thread makes non-job mail count, or a person
        # at the employer's own domain whose mail the classifier could not read surely
        # ("We went another way for the barista spot, sorry!" has no job word): kept,
        # it holds the follow-ups until the user says what it is
        if not _unsure_word_from_the_employer(message, analysis, change, known, automatic):
            return None
        why = f"{change.reason}; a person at the employer wrote, read as not job mail, unsure"
        return Writes(change.application_id, {}, ((analysis.kind.value, why),))
    if change.action == "unsure":
        return _unsure(message, analysis, change)
    evidence = [(change.kind or analysis.kind.value, change.reason)]
    if analysis.no_follow_up and analysis.no_follow_up_phrase:
        evidence.append(
            ("no_follow_up", f"asked not to be followed up: {analysis.no_follow_up_phrase!r}")
        )
    change_fields = dict(change.fields)
    if str(change_fields.get("contact_email", "")).lower() in own:
        # Reply-To (or a text) naming the user: never the recipient of a follow-up
        change_fields.pop("contact_email", None)
        change_fields.pop("contact_name", None)
    if change.action == "create":
        fields = _contact_from_mail(message, analysis, change_fields, {}, own, (), evidence)
        stated = track.applied_at(replace(message, date=when), analysis, now)
        fields["applied_at"] = plausible(stated, now) if stated != when else when
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
    new = _contact_from_mail(message, analysis, change_fields, existing, own, domains, evidence)
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
        stranger = _stranger(sender.email, existing)
        if stranger:
            # a new address at another domain (a look-alike?) is proposed, never taken
            evidence.append(("proposed_contact", stranger))
            fields.pop("contact_email", None)
            fields.pop("contact_name", None)
        else:
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
    mine = sender is not None and sender.email.lower() in own
    team = sender if sender and not is_no_reply(sender.email) and not mine else None
    extracted = analysis.contact
    if team and extracted and extracted.email.lower() == team.email.lower():
        return fields  # a team mailbox that wrote itself reads what is sent back
    fields.pop("contact_email", None)
    fields.pop("contact_name", None)
    if existing.get("contact_email"):
        return fields
    chosen = recipients.choose(message, analysis.contact, own=own, employer_domains=domains)
    if chosen is None and team is not None:  # no person named: the team mailbox that wrote
        chosen = recipients.Candidate(team, "as the sender (a team mailbox)")
    if chosen is not None:
        fields["contact_email"] = chosen.address.email
        fields["contact_name"] = chosen.address.name or None
        evidence.append(("recipient", f"contact {chosen.address} found {chosen.where}"))
    return fields


def _stranger(address: str, existing: Mapping[str, Any]) -> str | None:
    """Why ``address`` may not become the application's contact, or None.

    The application's employer domain is its contact's; a writer from another
    domain is proposed to the user and flagged, above all a look-alike
    (``brightIine.test`` for ``brightline.test``, Cyrillic letters).
    """
    known_contact = str(existing.get("contact_email") or "")
    known_domain = match_keys.employer_domain(known_contact.rpartition("@")[2])
    domain = address.rpartition("@")[2].lower()
    if not known_domain or match_keys.employer_domain(domain) == known_domain:
        return None
    what = f"{address} wrote about this application from {domain}, not {known_domain}"
    if looks_like(domain, known_domain):
        what += f" — a LOOK-ALIKE of {known_domain}, take care"
    return what + "; not taken as the contact (`followup apps edit --contact` if it is right)"


def _unsure(message: Message, analysis: Analysis, change: track.Change) -> Writes:
    """A message that may be about any of several applications: each is told, none changed."""
    ids = ", ".join(f"#{i}" for i in change.candidates)
    sender = message.sender.email if message.sender else "someone"
    reason = (
        f"{analysis.kind.value} from {sender} ({message.subject[:80]!r}) may be about "
        f"application {ids}: {change.reason}; `followup apps attach ID --message "
        f"{message.message_id or '?'}` says which"
    )
    return Writes(None, evidence=(("unsure", reason),), unsure=change.candidates)


def outgoing(
    message: Message,
    known: Known,
    *,
    own: set[str],
    own_names: Sequence[str] = (),
    now: datetime,
) -> list[Writes]:
    """What the user's own mail changes: an application sent by mail (one per employer
    it went to), a follow-up to a known application, or nothing."""
    apps = list(known.apps.values())
    threaded = track.find_application(message, None, apps)
    if isinstance(threaded, track.Match):
        return [_follow_up(threaded.application_id, threaded.reason)]
    companies = {a.domain: a.company for a in apps if a.domain and a.company}
    found = sent.read_application(message, own=own, own_names=own_names, known=companies)
    if found:
        return [_sent_application(message, item, apps, len(found), now) for item in found]
    recipients = {a.email.lower() for a in (*message.to, *message.cc)}
    # the application(s) whose contact it went to, else those at the employer's domain
    at_employer = [a for a in apps if (a.contact_email or "").lower() in recipients]
    if len(at_employer) == 1:
        return [_follow_up(at_employer[0].id, f"sent to {at_employer[0].contact_email}")]
    if not at_employer:
        domains = {match_keys.employer_domain(r.rpartition("@")[2]) for r in recipients} - {""}
        at_employer = [a for a in apps if a.domain and a.domain in domains]
    if not at_employer:
        return []
    chosen = _by_role(message.subject, at_employer)
    if chosen is not None:
        return [_follow_up(chosen.id, f"sent to {chosen.domain}, about {chosen.role}")]
    open_ones = [a for a in at_employer if a.status not in FINAL_STATUSES] or at_employer
    if len(open_ones) == 1:
        return [_follow_up(open_ones[0].id, f"sent to {open_ones[0].domain}")]
    ids = tuple(a.id for a in open_ones)
    listed = ", ".join(f"#{i}" for i in ids)
    reason = (
        f"you wrote to {open_ones[0].domain} ({message.subject[:80]!r}) about one of "
        f"{listed}, not saying which role; `followup apps attach ID --message "
        f"{message.message_id or '?'}` says which"
    )
    return [Writes(None, evidence=(("unsure", reason),), unsure=ids)]


def _follow_up(app_id: int, why: str) -> Writes:
    return Writes(app_id, evidence=(("follow_up", f"you wrote to them ({why})"),), follow_up=True)


def _by_role(text: str, apps: Sequence[track.AppSummary]) -> track.AppSummary | None:
    """The one application whose role ``text`` names, if exactly one."""
    words = match_keys.normalise_role(text)
    named = [a for a in apps if a.role_key and a.role_key in words]
    return named[0] if len(named) == 1 else None


def _sent_application(
    message: Message,
    found: sent.SentApplication,
    apps: Sequence[track.AppSummary],
    employers: int,
    now: datetime,
) -> Writes:
    """The application one employer of an application mail stands for: a known one
    (the same role, or the only one when no role is named) or a new one."""
    company_key = match_keys.normalise_company(found.company)
    at_employer = [
        a
        for a in apps
        if (found.domain and a.domain == found.domain)
        or (company_key and a.company_key == company_key)
    ]
    role_key = match_keys.normalise_role(found.role)
    same = [a for a in at_employer if role_key and a.role_key == role_key]
    if not role_key and len(at_employer) == 1:
        same = at_employer
    if same:
        return _follow_up(same[0].id, f"your application mail to {found.contact.email}")
    when = plausible(message.date, now)
    fields: dict[str, Any] = {
        "company": found.company,
        "role": found.role,
        "contact_email": found.contact.email,
        "contact_name": found.contact.name or None,
        **_thread_fields(message),
        "applied_at": when,
        "last_activity_at": when,
        "source": "sent",
    }
    reason = "you sent an application with a résumé attached: " + ", ".join(sent.resumes(message))
    if employers > 1:
        reason += f" (to {employers} employers; this is {found.company})"
    return Writes(None, fields, (("application_sent", reason),))
