"""The store's rows for learning: how sure the classifier was, and the user's corrections.

A part of :class:`assistant.adapters.store.Store` (a mixin, so ``store.py`` does
not grow): messages carry ``confidence`` and hashed ``features`` (numbers only,
see ``core/learning.py``); ``corrections`` keeps every correction and
confirmation the user made, newest last, with the kind the classifier had said.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from assistant.adapters.rows import StoreRows
from assistant.adapters.stored_time import iso as _iso


class LearningRows(StoreRows):
    """Mixed into ``Store``; uses its connection and row helpers."""

    def received_message(self, message_id: str) -> dict[str, Any] | None:
        """A received message by its Message-ID (with or without the angle brackets)."""
        bare = message_id.strip().strip("<>")
        if not bare:
            return None
        return self._one(
            "SELECT * FROM messages WHERE message_id IN (?, ?) AND direction = 'in' "
            "ORDER BY id LIMIT 1",
            (f"<{bare}>", bare),
        )

    def add_correction(
        self, message_ref: int, at: datetime, *, analysis: str | None = None, **said: Any
    ) -> int:
        """Record what the user said about one message; the message's kind (and its
        ``analysis`` JSON, when given) become what the user said, for sure."""
        row = self._one("SELECT message_id, kind FROM messages WHERE id = ?", (message_ref,))
        if row is None:
            raise KeyError(message_ref)
        values = {
            "message_ref": message_ref,
            "message_id": row["message_id"],
            "was_kind": row["kind"],
            "kind": said.get("kind"),
            "no_follow_up": None if said.get("no_follow_up") is None else int(said["no_follow_up"]),
            "company": said.get("company"),
            "role": said.get("role"),
            "confirmed": int(bool(said.get("confirmed"))),
            "at": _iso(at),
        }
        correction_id = self._insert("corrections", values)
        self._db.execute(
            "UPDATE messages SET kind = coalesce(?, kind), analysis = coalesce(?, analysis), "
            "confidence = 1.0 WHERE id = ?",
            (values["kind"], analysis, message_ref),
        )
        return correction_id

    def corrections(self, message_ref: int | None = None) -> list[dict[str, Any]]:
        """Corrections (of one message, or all), oldest first, with the message's
        features for the refit."""
        sql = (
            "SELECT c.*, m.features, m.sender, m.kind AS message_kind, m.application_id "
            "FROM corrections c JOIN messages m ON m.id = c.message_ref"
        )
        if message_ref is None:
            return self._all(sql + " ORDER BY c.at, c.id")
        return self._all(sql + " WHERE c.message_ref = ? ORDER BY c.at, c.id", (message_ref,))

    def corrections_by_message_id(self) -> dict[str, list[dict[str, Any]]]:
        """Every correction, grouped by the Message-ID of its message (rescans)."""
        grouped: dict[str, list[dict[str, Any]]] = {}
        for row in self.corrections():
            if row["message_id"]:
                grouped.setdefault(row["message_id"], []).append(row)
        return grouped

    def received_messages(self, application_id: int) -> list[dict[str, Any]]:
        """An application's received messages, newest first."""
        rows = self._all(
            "SELECT id, message_id, kind, confidence, reasons, date, subject, sender, seen_at "
            "FROM messages WHERE application_id = ? AND direction = 'in' "
            "ORDER BY date DESC, id DESC",
            (application_id,),
        )
        for row in rows:
            row["reasons"] = json.loads(row["reasons"] or "[]")
        return rows

    def sent_message_ids(self) -> list[str]:
        """Message-IDs of the user's own mail linked to an application."""
        rows = self._db.execute(
            "SELECT message_id FROM messages WHERE direction = 'out' "
            "AND application_id IS NOT NULL AND message_id IS NOT NULL"
        ).fetchall()
        return [row[0] for row in rows]
