"""How the search is going, in figures: pure computation over plain facts.

:func:`summarise` takes one :class:`AppFacts` per application (built from the store
by :mod:`assistant.app.stats`) and returns :class:`Figures`: applications per
week, the answer rate, the time to a first answer, and the answer rate of
applications the user followed up on against those they did not.

An *answer* is mail from the employer that a person reacted to: a reply, an
interview invitation, an offer or a rejection. A confirmation or an
out-of-office reply is not an answer. A follow-up counts for an application
only when it went out before the first answer (a follow-up after an answer
cannot have caused it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median

#: message kinds that are an answer from the employer
ANSWER_KINDS = frozenset({"rejection", "interview_invitation", "other_job"})
#: application statuses that mean an answer came, even without a message to show it
ANSWERED_STATUSES = frozenset({"replied", "interviewing", "offer", "rejected"})
#: buckets of days to a first answer, for the chart: (label, lowest day, highest day)
ANSWER_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0–3 days", 0, 3),
    ("4–7", 4, 7),
    ("8–14", 8, 14),
    ("15–30", 15, 30),
    ("31+", 31, None),
)


@dataclass(frozen=True)
class AppFacts:
    """What the figures need of one application."""

    applied_at: datetime
    status: str
    #: when the first answer arrived (None: no answer, or one recorded by hand only)
    first_answer_at: datetime | None = None
    #: when the user followed up (seen in Sent, or sent by followup)
    follow_ups: tuple[datetime, ...] = ()

    @property
    def answered(self) -> bool:
        return self.first_answer_at is not None or self.status in ANSWERED_STATUSES

    @property
    def followed_up(self) -> bool:
        """A follow-up went out before the first answer (or at all, if none came)."""
        if self.first_answer_at is None:
            return bool(self.follow_ups)
        return any(at < self.first_answer_at for at in self.follow_ups)


@dataclass(frozen=True)
class Rate:
    """``answered`` of ``total`` applications; ``rate`` is None when there are none."""

    total: int
    answered: int

    @property
    def rate(self) -> float | None:
        return self.answered / self.total if self.total else None


@dataclass(frozen=True)
class Figures:
    """Everything ``followup stats`` prints and the Insights page draws."""

    #: (Monday of the week, applications that week), every week from the first to the last
    per_week: tuple[tuple[date, int], ...]
    overall: Rate
    with_follow_up: Rate
    without_follow_up: Rate
    #: days from application to first answer, one per answered application that has a date
    days_to_answer: tuple[float, ...]

    @property
    def median_days_to_answer(self) -> float | None:
        return median(self.days_to_answer) if self.days_to_answer else None

    def answer_buckets(self) -> list[tuple[str, int]]:
        """How many first answers came within each of :data:`ANSWER_BUCKETS`."""
        counts = []
        for label, low, high in ANSWER_BUCKETS:
            n = sum(1 for d in self.days_to_answer if d >= low and (high is None or d < high + 1))
            counts.append((label, n))
        return counts


def first_answer(
    messages: list[tuple[str, str, datetime | None]], applied_at: datetime
) -> datetime | None:
    """The date of the first answer among ``(direction, kind, date)`` of an application's mail."""
    dates = [
        when
        for direction, kind, when in messages
        if direction == "in" and kind in ANSWER_KINDS and when is not None and when >= applied_at
    ]
    return min(dates) if dates else None


def week_of(moment: datetime) -> date:
    """The Monday of the week ``moment`` falls in."""
    day = moment.date()
    return day - timedelta(days=day.weekday())


def summarise(apps: list[AppFacts]) -> Figures:
    """The figures for these applications (empty ones when there are none)."""
    weeks: dict[date, int] = {}
    for app in apps:
        monday = week_of(app.applied_at)
        weeks[monday] = weeks.get(monday, 0) + 1
    per_week: list[tuple[date, int]] = []
    if weeks:
        monday, last = min(weeks), max(weeks)
        while monday <= last:
            per_week.append((monday, weeks.get(monday, 0)))
            monday += timedelta(days=7)
    days = tuple(
        sorted(
            max(0.0, (app.first_answer_at - app.applied_at).total_seconds() / 86400)
            for app in apps
            if app.first_answer_at is not None
        )
    )
    followed = [a for a in apps if a.followed_up]
    not_followed = [a for a in apps if not a.followed_up]
    return Figures(
        per_week=tuple(per_week),
        overall=_rate(apps),
        with_follow_up=_rate(followed),
        without_follow_up=_rate(not_followed),
        days_to_answer=days,
    )


def _rate(apps: list[AppFacts]) -> Rate:
    return Rate(total=len(apps), answered=sum(1 for a in apps if a.answered))
