"""Messages the scan could not read (wholly or in part), and the user's "I have looked".

A message that could not be read may hold the words that matter most ("please
do not contact us"): the application it is about drafts nothing until the user
has read it in their mail client and dismissed it here
(``followup scan --failures``, ``followup scan --dismiss ID``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from assistant.adapters import paths
from assistant.adapters.store import Store
from assistant.errors import FollowupError

__all__ = ["dismiss", "listing", "open_count", "unread_note"]


def listing(store: Store, *, include_dismissed: bool = False) -> list[dict[str, Any]]:
    """The failures, oldest first, with the company and role of their application."""
    companies = {row["id"]: row for row in store.application_rows()}
    rows = []
    for row in store.scan_failures(open_only=not include_dismissed):
        app = companies.get(row["application_id"]) if row["application_id"] else None
        rows.append(
            {
                "id": row["id"],
                "account": row["account"],
                "folder": row["folder"],
                "uid": row["uid"],
                "message_id": row["message_id"],
                "sender": row["sender"],
                "subject": row["subject"],
                "defect": row["defect"],
                "at": row["at"],
                "application_id": row["application_id"],
                "company": app["company"] if app else None,
                "role": app["role"] if app else None,
                "dismissed_at": row["dismissed_at"],
            }
        )
    return rows


def open_count(store: Store) -> int:
    return len(store.scan_failures(open_only=True))


def unread_note(home: Path) -> str | None:
    """One line for ``doctor`` when messages wait to be read (None: none, or no state yet)."""
    path = paths.database_path(home)
    if not path.exists():
        return None
    store = Store.open(path)
    try:
        count = open_count(store)
    finally:
        store.close()
    if not count:
        return None
    return (
        f"note: {count} message{'s' if count != 1 else ''} could not be read, and their "
        "applications draft nothing until you have read them: `followup scan --failures`"
    )


def dismiss(store: Store, failure_id: int, now: datetime) -> dict[str, Any]:
    """The user has read message ``failure_id`` themselves: its application may plan again."""
    with store.transaction():
        if not store.dismiss_scan_failure(failure_id, now):
            known = {row["id"] for row in store.scan_failures()}
            state = "was dismissed already" if failure_id in known else "does not exist"
            raise FollowupError(f"unread message {failure_id} {state} (`followup scan --failures`)")
    return next(row for row in listing(store, include_dismissed=True) if row["id"] == failure_id)
