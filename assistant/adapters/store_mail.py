"""The store's rows for scanning: where each folder's scan stopped, the messages it kept
and where they are, the messages it could not read, and moving messages between
applications (``apps merge``, ``split``, ``attach``).

A part of :class:`assistant.adapters.store.Store` (a mixin, as ``store_learning.py``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from assistant.adapters.rows import StoreRows
from assistant.adapters.stored_time import iso as _iso


@dataclass(frozen=True)
class FolderState:
    account: str
    name: str
    uidvalidity: int
    last_uid: int


class MailRows(StoreRows):
    """Mixed into ``Store``; uses its connection and row helpers."""

    # -- folders (incremental scan state) ---------------------------------------

    def folder_state(self, account: str, name: str) -> FolderState | None:
        row = self._one(
            "SELECT * FROM folders WHERE account = ? AND name = ?",
            (account, name),
        )
        if row is None:
            return None
        return FolderState(account, name, int(row["uidvalidity"]), int(row["last_uid"]))

    def save_folder_state(
        self, account: str, name: str, uidvalidity: int, last_uid: int, at: datetime
    ) -> None:
        self._db.execute(
            "INSERT INTO folders (account, name, uidvalidity, last_uid, scanned_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, name) DO UPDATE SET "
            "uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid, "
            "scanned_at = excluded.scanned_at",
            (account, name, uidvalidity, last_uid, _iso(at)),
        )

    def folder_states(self, account: str | None = None) -> list[dict[str, Any]]:
        if account is None:
            return self._all("SELECT * FROM folders ORDER BY account, name")
        return self._all("SELECT * FROM folders WHERE account = ? ORDER BY name", (account,))

    # -- messages -----------------------------------------------------------------

    def find_message(self, account: str, message_key: str) -> dict[str, Any] | None:
        return self._one(
            "SELECT * FROM messages WHERE account = ? AND message_key = ?",
            (account, message_key),
        )

    def message_refs(self, account: str, message_keys: Sequence[str]) -> dict[str, int]:
        """The row ids of those of ``message_keys`` already stored (one query per 500)."""
        found: dict[str, int] = {}
        for start in range(0, len(message_keys), 500):
            chunk = message_keys[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = self._db.execute(
                f"SELECT message_key, id FROM messages WHERE account = ? "  # noqa: S608
                f"AND message_key IN ({marks})",
                (account, *chunk),
            ).fetchall()
            found.update((row[0], int(row[1])) for row in rows)
        return found

    def find_message_by_id(self, message_id: str) -> dict[str, Any] | None:
        return self._one(
            "SELECT * FROM messages WHERE message_id = ? ORDER BY id LIMIT 1", (message_id,)
        )

    def add_message(self, values: Mapping[str, Any]) -> int:
        """Insert a message row; JSON columns may be given as Python lists/dicts."""
        row = dict(values)
        for key in ("recipients", "reasons", "defects"):
            if key in row and not isinstance(row[key], str):
                row[key] = json.dumps(list(row[key]), ensure_ascii=False)
        if (
            "analysis" in row
            and row["analysis"] is not None
            and not isinstance(row["analysis"], str)
        ):
            row["analysis"] = json.dumps(row["analysis"], ensure_ascii=False, default=str)
        for key in ("date", "seen_at"):
            if isinstance(row.get(key), datetime):
                row[key] = _iso(row[key])
        existing = self.find_message(row["account"], row["message_key"])
        if existing is not None:  # the same message twice (a copy, a Gmail label)
            return int(existing["id"])
        return self._insert("messages", row)

    def add_location(self, message_ref: int, folder: str, uidvalidity: int, uid: int) -> None:
        """Where a message is now; a place under an older UIDVALIDITY of the folder is gone."""
        self._db.execute(
            "DELETE FROM message_locations WHERE message_ref = ? AND folder = ? "
            "AND uidvalidity != ?",
            (message_ref, folder, uidvalidity),
        )
        self._db.execute(
            "INSERT OR IGNORE INTO message_locations (message_ref, folder, uidvalidity, uid) "
            "VALUES (?, ?, ?, ?)",
            (message_ref, folder, uidvalidity, uid),
        )

    def locations(self, message_ref: int) -> list[dict[str, Any]]:
        return self._all(
            "SELECT folder, uidvalidity, uid FROM message_locations WHERE message_ref = ? "
            "ORDER BY folder, uid",
            (message_ref,),
        )

    def link_message(self, message_ref: int, application_id: int) -> None:
        self._db.execute(
            "UPDATE messages SET application_id = ? WHERE id = ?", (application_id, message_ref)
        )

    # -- regrouping (apps merge / split / attach) -------------------------------------------

    def move_message(self, message_id: str, application_id: int) -> None:
        """A message, its evidence and its follow-up now belong to ``application_id``."""
        for table in ("messages", "follow_ups"):
            self._db.execute(
                f"UPDATE OR IGNORE {table} SET application_id = ? WHERE message_id = ?",  # noqa: S608
                (application_id, message_id),
            )
        self._db.execute(
            "UPDATE evidence SET application_id = ? WHERE message_id = ? AND kind != 'unsure'",
            (application_id, message_id),
        )

    def settle_unsure(self, message_id: str) -> None:
        """The user said where a message belongs: its 'unsure' lines go."""
        self._db.execute(
            "DELETE FROM evidence WHERE message_id = ? AND kind = 'unsure'", (message_id,)
        )

    def merge_applications(self, keep_id: int, other_id: int) -> None:
        """Everything of ``other_id`` moves to ``keep_id``; ``other_id`` is removed."""
        for table in ("messages", "evidence", "drafts", "scan_failures", "follow_ups"):
            self._db.execute(
                f"UPDATE OR IGNORE {table} SET application_id = ? WHERE application_id = ?",  # noqa: S608
                (keep_id, other_id),
            )
        for table in ("follow_ups", "decisions"):
            self._db.execute(
                f"DELETE FROM {table} WHERE application_id = ?",  # noqa: S608
                (other_id,),
            )
        self._db.execute("DELETE FROM applications WHERE id = ?", (other_id,))

    def application_messages(self, application_id: int) -> list[dict[str, Any]]:
        rows = self._all(
            "SELECT * FROM messages WHERE application_id = ? ORDER BY date, id", (application_id,)
        )
        for row in rows:
            row["locations"] = self.locations(row["id"])
            row["reasons"] = json.loads(row["reasons"] or "[]")
        return rows

    def linked_message_ids(self) -> list[tuple[str, int]]:
        """(Message-ID, application id) of every message linked to an application."""
        rows = self._db.execute(
            "SELECT message_id, application_id FROM messages "
            "WHERE application_id IS NOT NULL AND message_id IS NOT NULL"
        ).fetchall()
        return [(row[0], int(row[1])) for row in rows]

    def message_count(self, account: str | None = None) -> int:
        if account is None:
            row = self._one("SELECT count(*) AS n FROM messages")
        else:
            row = self._one("SELECT count(*) AS n FROM messages WHERE account = ?", (account,))
        return int(row["n"]) if row else 0

    def record_scan_failure(
        self,
        account: str,
        folder: str,
        uid: int | None,
        message_id: str | None,
        defect: str,
        at: datetime,
        **about: Any,
    ) -> None:
        """``about``: ``application_id``, ``sender``, ``subject`` where known."""
        self._insert(
            "scan_failures",
            {
                "account": account,
                "folder": folder,
                "uid": uid,
                "message_id": message_id,
                "defect": defect[:500],
                "at": _iso(at),
                "application_id": about.get("application_id"),
                "sender": (about.get("sender") or "")[:300] or None,
                "subject": (about.get("subject") or "")[:300] or None,
            },
        )

    def scan_failures(self, *, open_only: bool = False) -> list[dict[str, Any]]:
        if open_only:
            return self._all("SELECT * FROM scan_failures WHERE dismissed_at IS NULL ORDER BY id")
        return self._all("SELECT * FROM scan_failures ORDER BY id")

    def dismiss_scan_failure(self, failure_id: int, at: datetime) -> bool:
        """The user has looked at this message; False when there is no such open failure."""
        cursor = self._db.execute(
            "UPDATE scan_failures SET dismissed_at = ? WHERE id = ? AND dismissed_at IS NULL",
            (_iso(at), failure_id),
        )
        return cursor.rowcount > 0
