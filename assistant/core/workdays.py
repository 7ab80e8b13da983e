"""Business days and working hours (pure date arithmetic, no clock).

Named ``workdays`` rather than ``calendar`` so it never shadows the standard
library module of that name.

Weekdays are numbered as in :meth:`datetime.date.weekday`: Monday is 0, Sunday 6.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, time, timedelta, tzinfo

MONDAY_TO_FRIDAY = frozenset({0, 1, 2, 3, 4})


def is_business_day(
    day: date,
    workdays: Collection[int] = MONDAY_TO_FRIDAY,
    holidays: Collection[date] = (),
) -> bool:
    return day.weekday() in workdays and day not in holidays


def add_business_days(
    start: date,
    days: int,
    workdays: Collection[int] = MONDAY_TO_FRIDAY,
    holidays: Collection[date] = (),
) -> date:
    """The date ``days`` business days after ``start`` (``start`` itself never counts).

    Friday + 1 is Monday; Saturday + 1 is Monday too. ``days`` <= 0 returns ``start``.
    """
    if not workdays:
        raise ValueError("at least one workday is needed")
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_business_day(day, workdays, holidays):
            counted += 1
    return day


def as_aware(moment: datetime, zone: tzinfo = UTC) -> datetime:
    """``moment`` with a time zone; a naive value is taken to be in ``zone``."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def next_working_time(
    moment: datetime,
    working_hours: tuple[int, int] = (9, 17),
    workdays: Collection[int] = MONDAY_TO_FRIDAY,
    holidays: Collection[date] = (),
) -> datetime:
    """``moment`` if it falls on a business day within working hours, else the next start.

    ``moment`` must be aware and already in the user's zone; the answer keeps that
    zone. Working hours are ``[start, end)`` in whole hours of the local clock.
    """
    start_hour, end_hour = working_hours
    zone = moment.tzinfo
    day = moment.date()
    if is_business_day(day, workdays, holidays):
        if moment.hour < start_hour:
            return _at(day, start_hour, zone)
        if moment.hour < end_hour:
            return moment
    day = add_business_days(day, 1, workdays, holidays)
    return _at(day, start_hour, zone)


def _at(day: date, hour: int, zone: tzinfo | None) -> datetime:
    """``hour``:00 local time on ``day``, normalised across DST gaps."""
    local = datetime.combine(day, time(hour), tzinfo=zone)
    # a wall-clock time skipped by a DST change does not exist: go through UTC
    # so the result is a real instant (09:00 never falls in a gap in practice).
    return local.astimezone(UTC).astimezone(zone) if zone is not None else local
