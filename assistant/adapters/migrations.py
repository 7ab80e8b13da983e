"""The schema of the state database, as numbered migrations.

Each migration is an ordered tuple of steps; a step is one SQL statement (run
with ``execute``, which refuses a second statement, so nothing is ever split on
";") or a function of the connection for what SQL alone cannot say. Migration N
is recorded in ``schema_migrations`` once applied; a blank database is brought
up to date on open. Append new migrations; never edit an applied one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime

Step = str | Callable[[sqlite3.Connection], None]

MIGRATIONS: list[tuple[Step, ...]] = [
    # 1: the whole first schema
    (
        """
        CREATE TABLE folders (
            account      TEXT NOT NULL,
            name         TEXT NOT NULL,
            uidvalidity  INTEGER NOT NULL,
            last_uid     INTEGER NOT NULL DEFAULT 0,
            scanned_at   TEXT,
            PRIMARY KEY (account, name)
        )
        """,
        """
        CREATE TABLE applications (
            id                   INTEGER PRIMARY KEY,
            company              TEXT,
            role                 TEXT,
            status               TEXT NOT NULL DEFAULT 'applied',
            applied_at           TEXT NOT NULL,
            ats                  TEXT,
            requisition_id       TEXT,
            contact_email        TEXT,
            contact_name         TEXT,
            recruiter_name       TEXT,
            phone                TEXT,
            portal_url           TEXT,
            no_follow_up         INTEGER NOT NULL DEFAULT 0,
            no_follow_up_phrase  TEXT,
            thread_message_id    TEXT,
            thread_subject       TEXT,
            thread_references    TEXT NOT NULL DEFAULT '[]',
            response_window      TEXT,
            source               TEXT NOT NULL DEFAULT 'mail',
            notes                TEXT,
            last_activity_at     TEXT,
            snoozed_until        TEXT,
            created_at           TEXT NOT NULL,
            updated_at           TEXT NOT NULL
        )
        """,
        "CREATE INDEX applications_company ON applications (lower(company))",
        """
        CREATE TABLE messages (
            id              INTEGER PRIMARY KEY,
            account         TEXT NOT NULL,
            message_key     TEXT NOT NULL,
            message_id      TEXT,
            gm_msgid        TEXT,
            folder          TEXT NOT NULL,
            uidvalidity     INTEGER,
            uid             INTEGER,
            direction       TEXT NOT NULL DEFAULT 'in',
            subject         TEXT,
            sender          TEXT,
            recipients      TEXT NOT NULL DEFAULT '[]',
            date            TEXT,
            in_reply_to     TEXT,
            kind            TEXT,
            reasons         TEXT NOT NULL DEFAULT '[]',
            analysis        TEXT,
            defects         TEXT NOT NULL DEFAULT '[]',
            application_id  INTEGER REFERENCES applications (id) ON DELETE SET NULL,
            seen_at         TEXT NOT NULL,
            UNIQUE (account, message_key)
        )
        """,
        "CREATE INDEX messages_message_id ON messages (message_id)",
        "CREATE INDEX messages_application ON messages (application_id)",
        """
        CREATE TABLE message_locations (
            message_ref  INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
            folder       TEXT NOT NULL,
            uidvalidity  INTEGER NOT NULL,
            uid          INTEGER NOT NULL,
            PRIMARY KEY (message_ref, folder, uidvalidity, uid)
        )
        """,
        """
        CREATE TABLE evidence (
            id              INTEGER PRIMARY KEY,
            application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
            message_id      TEXT,
            kind            TEXT NOT NULL,
            reason          TEXT NOT NULL,
            at              TEXT NOT NULL
        )
        """,
        "CREATE INDEX evidence_application ON evidence (application_id)",
        """
        CREATE TABLE follow_ups (
            id              INTEGER PRIMARY KEY,
            application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
            at              TEXT NOT NULL,
            message_id      TEXT,
            source          TEXT NOT NULL,
            UNIQUE (application_id, message_id)
        )
        """,
        """
        CREATE TABLE decisions (
            application_id  INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
            action          TEXT NOT NULL,
            channel         TEXT,
            due_at          TEXT,
            reason          TEXT NOT NULL,
            decided_at      TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE drafts (
            id              INTEGER PRIMARY KEY,
            application_id  INTEGER REFERENCES applications (id) ON DELETE SET NULL,
            plan_key        TEXT UNIQUE,
            channel         TEXT NOT NULL,
            status          TEXT NOT NULL,
            account         TEXT,
            to_email        TEXT,
            to_name         TEXT,
            subject         TEXT NOT NULL DEFAULT '',
            body            TEXT NOT NULL DEFAULT '',
            in_reply_to     TEXT,
            "references"    TEXT NOT NULL DEFAULT '[]',
            message_id      TEXT UNIQUE,
            template        TEXT,
            reason          TEXT NOT NULL DEFAULT '',
            error           TEXT,
            snoozed_until   TEXT,
            approved_at     TEXT,
            sent_at         TEXT,
            pushed_at       TEXT,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL
        )
        """,
        "CREATE INDEX drafts_status ON drafts (status)",
        """
        CREATE TABLE audit (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            action      TEXT NOT NULL,
            draft_id    INTEGER,
            account     TEXT,
            message_id  TEXT,
            recipients  TEXT NOT NULL DEFAULT '[]',
            template    TEXT,
            detail      TEXT
        )
        """,
        """
        CREATE TABLE scan_failures (
            id          INTEGER PRIMARY KEY,
            account     TEXT NOT NULL,
            folder      TEXT NOT NULL,
            uid         INTEGER,
            message_id  TEXT,
            defect      TEXT NOT NULL,
            at          TEXT NOT NULL
        )
        """,
    ),
    # 2: what the classifier was sure of, and the user's corrections (store_learning.py)
    (
        "ALTER TABLE messages ADD COLUMN confidence REAL",
        "ALTER TABLE messages ADD COLUMN features BLOB",
        """
        CREATE TABLE corrections (
            id            INTEGER PRIMARY KEY,
            message_ref   INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
            message_id    TEXT,
            was_kind      TEXT,
            kind          TEXT,
            no_follow_up  INTEGER,
            company       TEXT,
            role          TEXT,
            confirmed     INTEGER NOT NULL DEFAULT 0,
            at            TEXT NOT NULL
        )
        """,
        "CREATE INDEX corrections_message ON corrections (message_ref)",
    ),
    # 3: a message that could not be read names its application and waits for the user
    (
        "ALTER TABLE scan_failures ADD COLUMN application_id INTEGER REFERENCES applications (id)",
        "ALTER TABLE scan_failures ADD COLUMN sender TEXT",
        "ALTER TABLE scan_failures ADD COLUMN subject TEXT",
        "ALTER TABLE scan_failures ADD COLUMN dismissed_at TEXT",
    ),
    # 4: the decoded text of the job mail that is kept, so the evidence can be shown in it
    ("ALTER TABLE messages ADD COLUMN text TEXT",),
]


def apply(
    db: sqlite3.Connection,
    now: datetime,
    migrations: Sequence[tuple[Step, ...]] = MIGRATIONS,
) -> None:
    """Apply, in order, each migration not yet recorded, each in its own transaction.

    ``db`` must be in autocommit mode (``isolation_level=None``), as the store's is.
    """
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in db.execute("SELECT version FROM schema_migrations")}
    for version, steps in enumerate(migrations, start=1):
        if version in done:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            for step in steps:
                if callable(step):
                    step(db)
                else:
                    db.execute(step)
            db.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                (version, now.isoformat()),
            )
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
