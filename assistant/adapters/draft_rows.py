"""The store's plan decisions, drafts and audit log (part of :class:`~.store.Store`).

A mixin, so ``store.py`` does not grow: it uses the store's connection and row helpers.
A draft's status changes only through :meth:`DraftRows.apply`, which writes the move of
the state machine (:mod:`assistant.core.drafts`), its audit line and the follow-up in one
transaction, with a compare-and-set on the status and ``updated_at`` it was computed from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from assistant.adapters.rows import StoreRows, column_values
from assistant.adapters.stored_time import iso as _iso
from assistant.adapters.stored_time import moment as _dt
from assistant.core.drafts import Channel, Draft, DraftStatus, Transition
from assistant.errors import DraftError, StoreError

DRAFT_STATUSES = tuple(status.value for status in DraftStatus)


class DraftRows(StoreRows):
    """Mixed into ``Store``; uses its connection and row helpers."""

    def add_follow_up(
        self, application_id: int, at: datetime, message_id: str | None, source: str
    ) -> bool:
        raise NotImplementedError  # Store's

    _DRAFT_FIELDS = (
        "application_id",
        "plan_key",
        "channel",
        "status",
        "account",
        "to_email",
        "to_name",
        "subject",
        "body",
        "in_reply_to",
        "references",
        "message_id",
        "template",
        "reason",
        "error",
        "snoozed_until",
        "approved_at",
        "sent_at",
        "pushed_at",
    )

    def _draft_values(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        return column_values(
            "draft", self._DRAFT_FIELDS, fields, _checked_status, json_list="references"
        )

    def save_decision(
        self,
        application_id: int,
        action: str,
        channel: str | None,
        due_at: datetime | None,
        reason: str,
        at: datetime,
    ) -> None:
        self._db.execute(
            "INSERT INTO decisions (application_id, action, channel, due_at, reason, decided_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (application_id) DO UPDATE SET "
            "action = excluded.action, channel = excluded.channel, due_at = excluded.due_at, "
            "reason = excluded.reason, decided_at = excluded.decided_at",
            (application_id, action, channel, _iso(due_at), reason, _iso(at)),
        )

    def decision(self, application_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM decisions WHERE application_id = ?", (application_id,))

    def add_draft(self, at: datetime, **fields: Any) -> int | None:
        """Insert a draft; returns None when a draft with the same ``plan_key`` exists."""
        values = self._draft_values(fields)
        values["created_at"] = values["updated_at"] = _iso(at)
        columns = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        cursor = self._db.execute(
            f"INSERT OR IGNORE INTO drafts ({columns}) VALUES ({marks})",  # noqa: S608
            tuple(values.values()),
        )
        return int(cursor.lastrowid) if cursor.rowcount > 0 and cursor.lastrowid else None

    def update_draft(self, draft_id: int, at: datetime, **fields: Any) -> None:
        """Change a draft's content, never its status (that is :meth:`apply`'s alone)."""
        if "status" in fields:
            raise StoreError("a draft's status changes only through Store.apply")
        values = self._draft_values(fields)
        values["updated_at"] = _iso(at)
        self._update("drafts", draft_id, values)

    def apply(self, transition: Transition) -> Draft:
        """Persist a move of the draft state machine and its audit event, in one write.

        Compare-and-set: the row changes only if it still has the status and
        ``updated_at`` the move was computed from, so two processes can never both
        move one draft (from ``approved`` to ``sending``, say) and an edit made
        meanwhile is never overwritten. Raises :class:`DraftError` otherwise.
        Returns the draft as stored.
        """
        before, after = transition.before, transition.after
        changed = {
            name: getattr(after, name)
            for name in self._DRAFT_FIELDS
            if getattr(after, name) != getattr(before, name)
        }
        values = self._draft_values(changed)
        values["updated_at"] = _iso(after.updated_at)
        sets = ", ".join(f'"{c}" = ?' for c in values)
        with self.transaction():
            cursor = self._db.execute(
                f"UPDATE drafts SET {sets} WHERE id = ? AND status = ? AND updated_at = ?",  # noqa: S608
                (*values.values(), before.id, before.status.value, _iso(before.updated_at)),
            )
            if cursor.rowcount != 1:
                current = self.draft(before.id)
                if current is None:
                    raise DraftError(f"draft {before.id} no longer exists; nothing changed")
                if current.status != before.status:
                    raise DraftError(
                        f"draft {before.id} is {current.status}, not {before.status}; "
                        "nothing changed"
                    )
                raise DraftError(
                    f"draft {before.id} was changed meanwhile; nothing changed",
                    hint=f"see `followup drafts show {before.id}` and try again",
                )
            stored = self.draft(before.id)
            assert stored is not None
            if transition.event is not None:
                self.audit_draft(
                    transition.event.at,
                    transition.event.action,
                    stored,
                    account=transition.event.account,
                    detail=transition.event.detail,
                )
            if transition.follow_up and stored.application_id:
                self.add_follow_up(
                    stored.application_id, after.updated_at, stored.message_id, transition.follow_up
                )
        return stored

    def draft(self, draft_id: int) -> Draft | None:
        row = self._one("SELECT * FROM drafts WHERE id = ?", (draft_id,))
        return _to_draft(row) if row is not None else None

    def draft_by_plan_key(self, plan_key: str) -> dict[str, Any] | None:
        return self._one("SELECT id, status FROM drafts WHERE plan_key = ?", (plan_key,))

    def drafts(
        self, statuses: Sequence[str] | None = None, application_id: int | None = None
    ) -> list[Draft]:
        clauses: list[str] = []
        params: list[Any] = []
        if statuses:
            clauses.append(f"status IN ({', '.join('?' for _ in statuses)})")
            params.extend(str(s) for s in statuses)
        if application_id is not None:
            clauses.append("application_id = ?")
            params.append(application_id)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._all(f"SELECT * FROM drafts{where} ORDER BY id", params)  # noqa: S608
        return [_to_draft(row) for row in rows]

    # -- audit ----------------------------------------------------------------------

    def add_audit(
        self,
        at: datetime,
        action: str,
        *,
        draft_id: int | None = None,
        account: str | None = None,
        message_id: str | None = None,
        recipients: Sequence[str] = (),
        template: str | None = None,
        detail: str | None = None,
    ) -> None:
        self._insert(
            "audit",
            {
                "at": _iso(at),
                "action": action,
                "draft_id": draft_id,
                "account": account,
                "message_id": message_id,
                "recipients": json.dumps(list(recipients)),
                "template": template,
                "detail": detail,
            },
        )

    def audit_draft(
        self,
        at: datetime,
        action: str,
        draft: Draft,
        *,
        account: str | None = None,
        detail: str | None = None,
    ) -> None:
        """An audit line about ``draft`` that does not move it (a copy saved to Sent...)."""
        self.add_audit(
            at,
            action,
            draft_id=draft.id,
            account=account if account is not None else draft.account,
            message_id=draft.message_id,
            recipients=[draft.to_email] if draft.to_email else [],
            template=draft.template,
            detail=detail,
        )

    def audit(self, draft_id: int | None = None) -> list[dict[str, Any]]:
        if draft_id is None:
            rows = self._all("SELECT * FROM audit ORDER BY id")
        else:
            rows = self._all("SELECT * FROM audit WHERE draft_id = ? ORDER BY id", (draft_id,))
        for row in rows:
            row["recipients"] = json.loads(row["recipients"] or "[]")
        return rows

    def sends_since(self, since: datetime) -> int:
        row = self._one(
            "SELECT count(*) AS n FROM audit WHERE action = 'sent' AND at >= ?", (_iso(since),)
        )
        return int(row["n"]) if row else 0

    def last_send_at(self) -> datetime | None:
        row = self._one("SELECT max(at) AS at FROM audit WHERE action = 'sent'")
        return _dt(row["at"]) if row else None


def _checked_status(key: str, value: Any) -> Any:
    if key == "status" and value not in DRAFT_STATUSES:
        raise StoreError(f"unknown draft status {value!r}")
    return value


def _to_draft(row: Mapping[str, Any]) -> Draft:
    return Draft(
        id=int(row["id"]),
        channel=Channel(row["channel"]),
        status=DraftStatus(row["status"]),
        created_at=_dt(row["created_at"]) or datetime.min.replace(tzinfo=UTC),
        updated_at=_dt(row["updated_at"]) or datetime.min.replace(tzinfo=UTC),
        application_id=row["application_id"],
        plan_key=row["plan_key"],
        account=row["account"],
        to_email=row["to_email"],
        to_name=row["to_name"],
        subject=row["subject"] or "",
        body=row["body"] or "",
        in_reply_to=row["in_reply_to"],
        references=tuple(json.loads(row["references"] or "[]")),
        message_id=row["message_id"],
        template=row["template"],
        reason=row["reason"] or "",
        error=row["error"],
        snoozed_until=_dt(row["snoozed_until"]),
        approved_at=_dt(row["approved_at"]),
        sent_at=_dt(row["sent_at"]),
        pushed_at=_dt(row["pushed_at"]),
    )
