"""Decide the next step for every application (pure: ``now`` and the time zone come in).

For each application :func:`plan` returns one :class:`Decision`: write an email,
make a call, send a networking note instead, wait until a date, or do nothing,
always with a reason the user can read in ``followup apps show``.

The rules, in the order they are applied:

0. The latest message that decides the status is *unsure* (its kind is a guess
   below the classifier's threshold): nothing until the user confirms or
   corrects it (``followup correct``).
1. A final status (replied, interviewing, offer, rejected, withdrawn, closed):
   nothing, ever. A message about it that could not be read (too big, broken)
   and that the user has not looked at yet: nothing until they have.
2. ``policy.max_follow_ups`` follow-ups already made (sent by followup or seen
   in Sent): nothing. An application that was already older than
   ``policy.stale_after_days`` when followup first saw it (a first scan of an old
   mailbox): no automatic follow-up, only a suggestion (action ``suggest``).
3. When: ``policy.follow_up_after_days`` business days after the application
   (or after the last follow-up), in the user's time zone, moved into working
   hours; not before a response window the employer stated has passed; not
   before the application's snooze ends. Before that moment the action is
   ``wait``.
4. How: where the employer asked not to be contacted, a networking note to
   someone who works there (never an email or a call to them); else a call when
   a phone number is known and the user wants calls; else an email to a human
   contact, or ``needs_recipient`` when only a no-reply sender is known.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.core.addresses import is_no_reply
from assistant.core.models import FINAL_STATUSES, Address, Application, ResponseWindow, Status
from assistant.core.workdays import (
    MONDAY_TO_FRIDAY,
    add_business_days,
    as_aware,
    next_working_time,
)
from assistant.errors import ConfigError

#: what a decision may say; the first three create a draft.
DUE_ACTIONS = ("email", "call", "networking")
ACTIONS = (*DUE_ACTIONS, "wait", "suggest", "none")


@dataclass(frozen=True)
class Policy:
    """The user's follow-up rules (``[policy]`` in the config file)."""

    follow_up_after_days: int = 7
    max_follow_ups: int = 1
    #: applications older than this when first seen get a suggestion, not a draft (0: off)
    stale_after_days: int = 30
    timezone: str = "UTC"
    working_hours: tuple[int, int] = (9, 17)
    calls: bool = False
    workdays: frozenset[int] = MONDAY_TO_FRIDAY
    holidays: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        # accept lists from a config file, keep the dataclass hashable
        object.__setattr__(self, "working_hours", tuple(self.working_hours))
        object.__setattr__(self, "workdays", frozenset(self.workdays))
        object.__setattr__(self, "holidays", frozenset(self.holidays))
        if self.follow_up_after_days < 0:
            raise ConfigError("policy.follow_up_after_days must be 0 or more")
        if self.max_follow_ups < 0:
            raise ConfigError("policy.max_follow_ups must be 0 or more")
        hours = self.working_hours
        if len(hours) != 2 or not 0 <= hours[0] < hours[1] <= 24:
            raise ConfigError(
                f"policy.working_hours must be [start, end] with 0 <= start < end <= 24, "
                f"not {list(hours)}"
            )
        if not self.workdays or not self.workdays <= set(range(7)):
            raise ConfigError("policy.workdays must name days 0 (Monday) to 6 (Sunday)")
        self.zone  # noqa: B018 - fail early on an unknown time zone

    @property
    def zone(self) -> tzinfo:
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"policy.timezone: unknown time zone {self.timezone!r}",
                hint="use a name like 'Europe/Berlin' or 'UTC'",
            ) from None


@dataclass(frozen=True)
class Decision:
    """What to do about one application, and why.

    ``action`` is one of :data:`ACTIONS`. ``channel`` is how the follow-up goes
    (``email``, ``call`` or ``networking``), also while waiting; None when
    nothing will be done. ``due_at`` is aware, in the user's time zone.
    """

    application_id: int
    action: str
    channel: str | None
    due_at: datetime | None
    reason: str
    recipient: Address | None = None
    needs_recipient: bool = False
    phone: str | None = None
    no_follow_up_phrase: str | None = None
    #: which follow-up this is (1 for the first)
    follow_up_number: int = 1

    @property
    def is_due(self) -> bool:
        return self.action in DUE_ACTIONS

    @property
    def plan_key(self) -> str:
        """Names this follow-up: a second plan run finds the same key."""
        return f"{self.application_id}:{self.channel}:{self.follow_up_number}"


def plan(applications: Iterable[Application], policy: Policy, now: datetime) -> list[Decision]:
    """One decision per application, in the order given. Same inputs, same answer."""
    local_now = as_aware(now).astimezone(policy.zone)
    return [decide(application, policy, local_now) for application in applications]


def decide(application: Application, policy: Policy, now: datetime) -> Decision:
    """The decision for one application (see the module docstring for the rules)."""
    zone = policy.zone
    now = as_aware(now).astimezone(zone)
    app = application
    follow_ups = sorted(_local(moment, zone) for moment in app.follow_ups)

    if app.unsure:
        return _nothing(app, f"on hold: {app.unsure}", len(follow_ups))
    if app.status in FINAL_STATUSES:
        return _nothing(app, _final_reason(app, zone), len(follow_ups))
    if app.unread:  # it may say "please do not contact us": the user reads it first
        return _nothing(app, _unread_reason(app.unread), len(follow_ups))
    if policy.max_follow_ups == 0:
        return _nothing(app, "never: follow-ups are turned off (policy.max_follow_ups = 0)", 0)
    if len(follow_ups) >= policy.max_follow_ups:
        dates = ", ".join(_day(moment) for moment in follow_ups)
        return _nothing(
            app,
            f"never again: you already followed up on {dates} "
            f"(policy.max_follow_ups = {policy.max_follow_ups})",
            len(follow_ups),
        )

    stale = _stale(app, policy, follow_ups, zone)
    if stale:
        return Decision(app.id, "suggest", None, None, stale, follow_up_number=1)

    due_at, timing_due, timing_wait = _when(app, policy, follow_ups, zone)
    channel, recipient, needs_recipient, channel_note = _how(app, policy)
    is_due = now >= due_at
    reason = timing_due if is_due else timing_wait
    if channel_note:
        reason = f"{reason}; {channel_note}"
    return Decision(
        application_id=app.id,
        action=channel if is_due else "wait",
        channel=channel,
        due_at=due_at,
        reason=reason,
        recipient=recipient,
        needs_recipient=needs_recipient,
        phone=app.phone if channel == "call" else None,
        no_follow_up_phrase=app.no_follow_up_phrase if app.no_follow_up else None,
        follow_up_number=len(follow_ups) + 1,
    )


def _stale(app: Application, policy: Policy, follow_ups: list[datetime], zone: tzinfo) -> str:
    """Why an application gets only a suggestion: it was old when followup first saw it."""
    limit = policy.stale_after_days
    if not limit or follow_ups or app.first_seen is None or app.no_follow_up:
        return ""
    age = (app.first_seen - app.applied_at).days
    if age <= limit:
        return ""
    applied = _day(_local(app.applied_at, zone))
    return (
        f"suggestion only: you applied on {applied}, {age} days before followup first saw it "
        f"(policy.stale_after_days = {limit}); if you are still interested, a short note of "
        "your own works better after so long than an automatic follow-up"
    )


# -- when ---------------------------------------------------------------------------


def _when(
    app: Application, policy: Policy, follow_ups: list[datetime], zone: tzinfo
) -> tuple[datetime, str, str]:
    """The due moment, and the reason to show once it is due / while waiting."""
    hours, workdays, holidays = policy.working_hours, policy.workdays, policy.holidays
    applied = _local(app.applied_at, zone)
    days = policy.follow_up_after_days
    if follow_ups and follow_ups[-1] > applied:
        base, since = follow_ups[-1], f"your last follow-up on {_day(follow_ups[-1])}"
    else:
        base, since = applied, f"you applied on {_day(applied)}"
    count = f"{days} business day{'s' if days != 1 else ''}"
    after = add_business_days(base.date(), days, workdays, holidays)
    due = next_working_time(_same_time_on(after, base), hours, workdays, holidays)
    due_reason = f"due: {count} since {since} (policy.follow_up_after_days)"
    wait_reason = (
        f"not yet: due {_moment(due)}, {count} after {since} (policy.follow_up_after_days)"
    )

    window = app.response_window
    if window is not None:
        window_end = _window_end(window, applied, zone)
        if window_end is not None:
            window_due = next_working_time(window_end, hours, workdays, holidays)
            if window_due > due:
                due = window_due
                said = f"the employer said they would reply {_window_words(window)}"
                quote = f" ('{window.phrase}')" if window.phrase else ""
                due_reason = f"due: that response time has passed; {said}{quote}"
                wait_reason = f"not yet: {said}{quote}; due {_moment(due)}"

    if app.snoozed_until is not None:
        snooze_due = next_working_time(_local(app.snoozed_until, zone), hours, workdays, holidays)
        if snooze_due > due:
            due = snooze_due
            wait_reason = (
                f"not yet: snoozed until {_day(_local(app.snoozed_until, zone))}; "
                f"due {_moment(due)}"
            )
            due_reason = f"due: the snooze ended; {due_reason.removeprefix('due: ')}"
    return due, due_reason, wait_reason


def _window_end(window: ResponseWindow, applied: datetime, zone: tzinfo) -> datetime | None:
    """When the stated window is over: ``days`` after the application, or the day after
    ``until`` (whichever is later when both are given)."""
    ends = []
    if window.days is not None:
        ends.append(applied + timedelta(days=window.days))
    if window.until is not None:
        ends.append(_start_of(window.until + timedelta(days=1), zone))
    return max(ends) if ends else None


def _window_words(window: ResponseWindow) -> str:
    parts = []
    if window.days is not None:
        if window.days % 7 == 0 and window.days >= 7:
            weeks = window.days // 7
            parts.append(f"within {weeks} week{'s' if weeks != 1 else ''}")
        else:
            parts.append(f"within {window.days} day{'s' if window.days != 1 else ''}")
    if window.until is not None:
        parts.append(f"by {window.until.isoformat()}")
    return " or ".join(parts)


# -- how -----------------------------------------------------------------------------


def _how(app: Application, policy: Policy) -> tuple[str, Address | None, bool, str]:
    """Channel, recipient, whether a recipient is missing, and a note for the reason."""
    human = app.contact if app.contact and not is_no_reply(app.contact.email) else None
    if app.no_follow_up:
        phrase = app.no_follow_up_phrase
        asked = f": '{phrase}'" if phrase else ""
        note = (
            "networking instead of email: the employer asked not to be contacted"
            f"{asked}; write to someone who works there about them and their work"
        )
        return "networking", None, False, note
    if app.phone and policy.calls:
        return "call", human, False, f"call {app.phone} (policy.calls)"
    if human is not None:
        return "email", human, False, f"to {human.email}"
    known = (
        f"only the no-reply sender {app.contact.email} is known"
        if app.contact
        else "no contact address is known"
    )
    note = (
        f"needs a recipient: {known}; add one with "
        f"`followup apps edit {app.id} --contact ADDRESS` or `followup drafts edit ID --to ADDRESS`"
    )
    return "email", None, True, note


# -- never ---------------------------------------------------------------------------

_FINAL_WORDS = {
    Status.REPLIED: "they replied{on}; answer them yourself rather than with a follow-up",
    Status.INTERVIEWING: "you were invited to interview{on}",
    Status.OFFER: "you received an offer{on}",
    Status.REJECTED: "rejected{on}",
    Status.WITHDRAWN: "you withdrew the application{on}",
    Status.CLOSED: "the application is closed{on}",
}


def _final_reason(app: Application, zone: tzinfo) -> str:
    on = f" on {_day(_local(app.last_activity_at, zone))}" if app.last_activity_at else ""
    words = _FINAL_WORDS.get(app.status, f"status {app.status}{{on}}")
    return "never: " + words.format(on=on)


def _unread_reason(unread: tuple[str, ...]) -> str:
    count = f"{len(unread)} message{'s' if len(unread) != 1 else ''}"
    return (
        f"on hold: {count} about it could not be read ({unread[0]}); read it in your mail "
        "client, then `followup scan --dismiss ID` (`followup scan --failures` lists them)"
    )


def _nothing(app: Application, reason: str, follow_ups: int) -> Decision:
    return Decision(
        application_id=app.id,
        action="none",
        channel=None,
        due_at=None,
        reason=reason,
        no_follow_up_phrase=app.no_follow_up_phrase if app.no_follow_up else None,
        follow_up_number=follow_ups + 1,
    )


# -- small date helpers --------------------------------------------------------------


def _local(moment: datetime, zone: tzinfo) -> datetime:
    """``moment`` in the user's zone; a naive value is taken to be UTC."""
    return as_aware(moment, UTC).astimezone(zone)


def _same_time_on(day: date, moment: datetime) -> datetime:
    """``moment``'s local wall-clock time on ``day`` (a real instant, also across DST)."""
    zone = moment.tzinfo
    local = datetime.combine(day, moment.time(), tzinfo=zone)
    return local.astimezone(UTC).astimezone(zone)


def _start_of(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC).astimezone(zone)


def _day(moment: datetime) -> str:
    return moment.date().isoformat()


def _moment(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


__all__ = [
    "ACTIONS",
    "DUE_ACTIONS",
    "Decision",
    "Policy",
    "decide",
    "is_no_reply",
    "plan",
]
