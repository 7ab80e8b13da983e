"""How times are stored: ISO 8601 text in UTC, so that text order is time order.

Pure: the store (``assistant.adapters.stored_time``) writes and reads its times
with these, and the use cases and the core read a stored time back with them too.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        # one offset for every stored time, so that text order is time order
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value.isoformat()


def moment(text: str | None) -> datetime | None:
    """A stored time read back, always with a zone (one stored without is UTC).

    Raises ValueError for text that is no ISO 8601 time."""
    if not text:
        return None
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def moment_if_readable(text: str | None) -> datetime | None:
    """:func:`moment`, with None for text that is no ISO 8601 time (where a figure or a
    match does better without that one time than with an error)."""
    try:
        return moment(text)
    except ValueError:
        return None
