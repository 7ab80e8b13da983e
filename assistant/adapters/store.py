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
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from assistant.adapters import migrations
from assistant.adapters.draft_rows import DraftRows
from assistant.adapters.store_learning import LearningRows
from assistant.adapters.stored_time import iso as _iso
from assistant.adapters.stored_time import moment as _dt
from assistant.core.models import Address, Application, ResponseWindow, Status
from assistant.errors import StoreError


@dataclass(frozen=True)
class FolderState:
    account: str
    name: str
    uidvalidity: int
    last_uid: int


class Store(LearningRows, DraftRows):
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
        values: dict[str, Any] = {}
        for key, value in fields.items():
            if key not in self._APP_FIELDS:
                raise StoreError(f"unknown application field {key!r}")
            if key == "thread_references" and not isinstance(value, str):
                value = json.dumps(list(value or ()))
            elif key == "response_window" and isinstance(value, ResponseWindow):
                value = json.dumps(
                    {"phrase": value.phrase, "days": value.days, "until": _iso(value.until)}
                )
            elif key == "no_follow_up":
                value = int(bool(value))
            elif isinstance(value, Status):
                value = value.value
            elif isinstance(value, datetime | date):
                value = _iso(value)
            values[key] = value
        return values

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
