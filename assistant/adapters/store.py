"""SQLite state: the one place that holds SQL (this module and its mixins).

Everything followup remembers lives in one SQLite file under ``FOLLOWUP_HOME``: where
each folder's scan stopped, the job messages it saw, the applications, their evidence,
the plan's decisions, the drafts and an audit log (``draft_rows.py``), the classifier's
learning (``store_learning.py``). The schema is built by numbered migrations
(``adapters/migrations.py``); a blank database is brought up to date on open. WAL mode
lets the daemon and a command read and write at the same time. Rows come back as plain
dicts or as core models; callers never see a cursor.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from assistant.adapters import migrations
from assistant.adapters.draft_rows import DraftRows
from assistant.adapters.rows import column_values
from assistant.adapters.store_learning import LearningRows
from assistant.adapters.store_mail import FolderState, MailRows
from assistant.adapters.stored_time import iso as _iso
from assistant.adapters.stored_time import moment as _dt
from assistant.core.models import Address, Application, ResponseWindow, Status
from assistant.errors import StoreError

__all__ = ["FolderState", "Store"]


class Store(MailRows, LearningRows, DraftRows):
    """The SQLite database. Open with :meth:`open`; use :meth:`transaction` to group writes."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None = None) -> None:
        self._db = connection
        self.path = path
        self._depth = 0
        self._savepoints = 0

    # -- opening and migrations -------------------------------------------------

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (creating if needed) the database at ``path`` and migrate it."""
        path = Path(path)
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            path.touch(mode=0o600, exist_ok=True)  # private: it holds the user's job mail
            connection = sqlite3.connect(
                str(path), timeout=30, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the state database {path}: {exc}") from None
        store = cls(connection, path)
        store._configure(wal=True)
        store.migrate()
        return store

    @classmethod
    def memory(cls) -> Store:
        """A throwaway in-memory database (tests, the demo)."""
        store = cls(sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False))
        store._configure(wal=False)
        store.migrate()
        return store

    def _configure(self, *, wal: bool) -> None:
        self._db.row_factory = sqlite3.Row
        try:
            if wal:
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            # FULL: a commit survives a power cut, so a draft marked sending or sent
            # never rolls back to approved (and is never sent twice); writes are few
            self._db.execute("PRAGMA synchronous=FULL")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot use the state database {self.path}: {exc}") from None

    def migrate(self) -> int:
        """Apply every migration not yet recorded; returns the schema version."""
        migrations.apply(self._db, datetime.now(UTC))
        return self.schema_version()

    def schema_version(self) -> int:
        row = self._db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, nestable (inner blocks join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._db.execute("ROLLBACK")
            raise
        self._depth = 0
        self._db.execute("COMMIT")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested unit inside a transaction: on error only its own writes are undone."""
        self._savepoints += 1
        name = f"sp{self._savepoints}"
        self._db.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self._db.execute(f"ROLLBACK TO {name}")
            self._db.execute(f"RELEASE {name}")
            raise
        finally:
            self._savepoints -= 1
        self._db.execute(f"RELEASE {name}")

    def _one(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> dict[str, Any] | None:
        row = self._db.execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def _all(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        return [dict(row) for row in self._db.execute(sql, params).fetchall()]

    def _insert(self, table: str, values: Mapping[str, Any]) -> int:
        columns = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        cursor = self._db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})",  # noqa: S608 - names are ours
            tuple(values.values()),
        )
        return int(cursor.lastrowid or 0)

    def _update(self, table: str, row_id: int, values: Mapping[str, Any]) -> None:
        if not values:
            return
        sets = ", ".join(f'"{c}" = ?' for c in values)
        self._db.execute(
            f"UPDATE {table} SET {sets} WHERE id = ?",  # noqa: S608 - names are ours
            (*values.values(), row_id),
        )

    # -- applications -------------------------------------------------------------

    _APP_FIELDS = (
        "company",
        "role",
        "status",
        "applied_at",
        "ats",
        "requisition_id",
        "contact_email",
        "contact_name",
        "recruiter_name",
        "phone",
        "portal_url",
        "no_follow_up",
        "no_follow_up_phrase",
        "thread_message_id",
        "thread_subject",
        "thread_references",
        "response_window",
        "source",
        "notes",
        "last_activity_at",
        "snoozed_until",
    )

    def add_application(self, at: datetime, **fields: Any) -> int:
        values = self._application_values(fields)
        values.setdefault("applied_at", _iso(at))
        values.setdefault("status", Status.APPLIED.value)
        values["created_at"] = values["updated_at"] = _iso(at)
        return self._insert("applications", values)

    def update_application(self, application_id: int, at: datetime, **fields: Any) -> None:
        if self.application_row(application_id) is None:
            raise StoreError(f"no application with id {application_id}")
        values = self._application_values(fields)
        values["updated_at"] = _iso(at)
        self._update("applications", application_id, values)

    def _application_values(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        return column_values(
            "application", self._APP_FIELDS, fields, _app_column, json_list="thread_references"
        )

    def application_row(self, application_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM applications WHERE id = ?", (application_id,))

    def application_rows(self, *, include_closed: bool = True) -> list[dict[str, Any]]:
        sql = "SELECT * FROM applications"
        if not include_closed:
            sql += " WHERE status NOT IN ('closed', 'withdrawn')"
        return self._all(sql + " ORDER BY applied_at, id")

    def application(self, application_id: int) -> Application:
        row = self.application_row(application_id)
        if row is None:
            raise StoreError(f"no application with id {application_id}")
        return self._to_application(row)

    def applications(self) -> list[Application]:
        return [self._to_application(row) for row in self.application_rows()]

    def _to_application(self, row: Mapping[str, Any]) -> Application:
        window = None
        if row["response_window"]:
            data = json.loads(row["response_window"])
            until = data.get("until")
            window = ResponseWindow(
                phrase=data.get("phrase") or "",
                days=data.get("days"),
                until=date.fromisoformat(until[:10]) if until else None,
            )
        contact = None
        if row["contact_email"]:
            contact = Address(row["contact_name"] or "", row["contact_email"])
        follow_ups = tuple(
            dt
            for r in self._all(
                "SELECT at FROM follow_ups WHERE application_id = ? ORDER BY at", (row["id"],)
            )
            if (dt := _dt(r["at"])) is not None
        )
        applied_at = _dt(row["applied_at"]) or datetime.now(UTC)
        unread = tuple(
            f"#{r['id']} {r['folder']} UID {r['uid']}: {r['defect']}"
            for r in self._all(
                "SELECT * FROM scan_failures WHERE application_id = ? AND dismissed_at IS NULL",
                (row["id"],),
            )
        )
        return Application(
            id=int(row["id"]),
            company=row["company"],
            role=row["role"],
            status=Status(row["status"]),
            applied_at=applied_at,
            ats=row["ats"],
            contact=contact,
            recruiter_name=row["recruiter_name"],
            phone=row["phone"],
            no_follow_up=bool(row["no_follow_up"]),
            no_follow_up_phrase=row["no_follow_up_phrase"],
            requisition_id=row["requisition_id"],
            thread_message_id=row["thread_message_id"],
            thread_subject=row["thread_subject"],
            thread_references=tuple(json.loads(row["thread_references"] or "[]")),
            response_window=window,
            follow_ups=follow_ups,
            last_activity_at=_dt(row["last_activity_at"]),
            snoozed_until=_dt(row["snoozed_until"]),
            unread=unread,
            first_seen=_dt(row["created_at"]),
        )

    def add_evidence(
        self, application_id: int, message_id: str | None, kind: str, reason: str, at: datetime
    ) -> None:
        self._insert(
            "evidence",
            {
                "application_id": application_id,
                "message_id": message_id,
                "kind": kind,
                "reason": reason,
                "at": _iso(at),
            },
        )

    def evidence(self, application_id: int) -> list[dict[str, Any]]:
        return self._all(
            "SELECT message_id, kind, reason, at FROM evidence WHERE application_id = ? "
            "ORDER BY at, id",
            (application_id,),
        )

    def add_follow_up(
        self, application_id: int, at: datetime, message_id: str | None, source: str
    ) -> bool:
        """Record that the user followed up; False if this message was already recorded."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO follow_ups (application_id, at, message_id, source) "
            "VALUES (?, ?, ?, ?)",
            (application_id, _iso(at), message_id, source),
        )
        return cursor.rowcount > 0

    def follow_ups(self, application_id: int) -> list[dict[str, Any]]:
        """The user's follow-ups on one application (at, message_id, source), oldest first."""
        return self._all(
            "SELECT at, message_id, source FROM follow_ups WHERE application_id = ? "
            "ORDER BY at, id",
            (application_id,),
        )


def _app_column(key: str, value: Any) -> Any:
    """The application columns that are stored their own way (see :func:`column_values`)."""
    if key == "response_window" and isinstance(value, ResponseWindow):
        return json.dumps({"phrase": value.phrase, "days": value.days, "until": _iso(value.until)})
    if key == "no_follow_up":
        return int(bool(value))
    return value
