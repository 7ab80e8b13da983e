"""The dates a user types to snooze a draft (``drafts snooze``, review's key, the web page)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo


def parse_until(text: str, now: datetime, zone: tzinfo = UTC) -> datetime:
    """A snooze date: ``YYYY-MM-DD`` (midnight in ``zone``, the user's time zone), an
    ISO date-time (naive: in ``zone``), or ``+3d`` / ``2w``."""
    value = text.strip()
    relative = re.fullmatch(r"\+?(\d+)\s*([hdw])", value, re.IGNORECASE)
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2).lower()
        delta = {
            "h": timedelta(hours=amount),
            "d": timedelta(days=amount),
            "w": timedelta(weeks=amount),
        }[unit]
        return now + delta
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            return datetime(day.year, day.month, day.day, tzinfo=zone)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"not a date: {text!r} (use YYYY-MM-DD, an ISO date-time or +3d)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)
