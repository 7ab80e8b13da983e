"""Application records as CSV for a spreadsheet (``followup apps list --csv``).

RFC 4180 through the csv module (CRLF line ends, quotes doubled). Mail decides
what a company or role is called, so a cell that a spreadsheet would read as a
formula (starting with ``=``, ``+``, ``-``, ``@``, or a tab or carriage return
before one of them) is written with a leading ``'``: formula injection, as OWASP
describes it, never runs.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

#: the columns, in order: (header, key of the ``apps list --json`` record)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("company", "company"),
    ("role", "role"),
    ("status", "status"),
    ("applied_at", "applied_at"),
    ("ats", "ats"),
    ("contact", "contact"),
    ("no_follow_up", "no_follow_up"),
    ("no_follow_up_phrase", "no_follow_up_phrase"),
    ("next_action", "next_action"),
    ("next_action_at", "next_action_at"),
    ("url", "url"),
    ("notes", "notes"),
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """One value as spreadsheet-safe text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def applications_csv(records: Iterable[Mapping[str, Any]]) -> str:
    """The records (``apps list --json`` objects) as one CSV document with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([header for header, _ in COLUMNS])
    for record in records:
        writer.writerow([cell(record.get(key)) for _, key in COLUMNS])
    return out.getvalue()
