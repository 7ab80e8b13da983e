"""Schema migrations: ordered steps, one statement each, never split on ';'."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from assistant.adapters import migrations
from assistant.adapters.store import Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def connection() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", isolation_level=None)


def test_a_new_store_is_at_the_latest_version():
    store = Store.memory()
    assert store.schema_version() == len(migrations.MIGRATIONS)
    assert store.migrate() == len(migrations.MIGRATIONS)  # again: nothing to do


def test_semicolons_inside_strings_and_triggers_are_part_of_their_statement():
    def copy_greeting(db: sqlite3.Connection) -> None:
        db.execute("INSERT INTO notes (text) SELECT text || '!' FROM notes")

    steps = [
        (
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
            "CREATE TABLE log (text TEXT)",
            """
            CREATE TRIGGER notes_logged AFTER INSERT ON notes BEGIN
                INSERT INTO log (text) VALUES ('added; ' || new.text);
                INSERT INTO log (text) VALUES ('twice; really');
            END
            """,
            "INSERT INTO notes (text) VALUES ('hello; world')",
        ),
        (copy_greeting,),
    ]
    db = connection()
    migrations.apply(db, NOW, steps)
    assert [r[0] for r in db.execute("SELECT text FROM notes ORDER BY id")] == [
        "hello; world",
        "hello; world!",
    ]
    assert db.execute("SELECT count(*) FROM log").fetchone()[0] == 4
    assert [r[0] for r in db.execute("SELECT version FROM schema_migrations")] == [1, 2]
    migrations.apply(db, NOW, steps)  # recorded: not run twice
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 2


def test_a_failing_migration_leaves_nothing_behind():
    steps = [
        ("CREATE TABLE a (x INTEGER)",),
        ("CREATE TABLE b (x INTEGER)", "INSERT INTO missing VALUES (1)"),
    ]
    db = connection()
    with pytest.raises(sqlite3.OperationalError):
        migrations.apply(db, NOW, steps)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "a" in tables and "b" not in tables
    assert [r[0] for r in db.execute("SELECT version FROM schema_migrations")] == [1]


def test_two_statements_in_one_step_are_refused():
    db = connection()
    with pytest.raises((sqlite3.ProgrammingError, sqlite3.Warning)):
        migrations.apply(db, NOW, [("CREATE TABLE a (x); CREATE TABLE b (y)",)])
    assert db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == 0
