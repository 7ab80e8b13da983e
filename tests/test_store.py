"""The SQLite store: migrations from a blank database, round trips, compare-and-set."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from assistant.adapters.migrations import MIGRATIONS
from assistant.adapters.store import Store
from assistant.core import drafts
from assistant.core.models import Address, ResponseWindow, Status
from assistant.errors import DraftError, StoreError

T0 = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
T1 = datetime(2026, 11, 2, 11, 0, tzinfo=UTC)


def test_blank_database_migrates_to_latest_and_records_versions(tmp_path):
    store = Store.open(tmp_path / "state.sqlite3")
    assert store.schema_version() == len(MIGRATIONS)
    store.close()
    raw = sqlite3.connect(tmp_path / "state.sqlite3")
    versions = [r[0] for r in raw.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, len(MIGRATIONS) + 1))
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"applications", "messages", "drafts", "audit", "folders", "evidence"} <= tables


def test_reopening_does_not_migrate_twice(tmp_path):
    Store.open(tmp_path / "s.db").close()
    store = Store.open(tmp_path / "s.db")
    assert store.migrate() == len(MIGRATIONS)
    rows = store._all("SELECT count(*) AS n FROM schema_migrations")
    assert rows[0]["n"] == len(MIGRATIONS)


def test_unwritable_location_is_one_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open the state database"):
        Store.open(blocker / "sub" / "state.db")


def test_application_round_trip_keeps_every_field():
    store = Store.memory()
    window = ResponseWindow(phrase="within three weeks", days=21)
    app_id = store.add_application(
        T0,
        company="Acme Robotics",
        role="Data Analyst",
        contact_email="jane@acme.example",
        contact_name="Jane Roe",
        no_follow_up=True,
        no_follow_up_phrase="no calls please",
        thread_references=["<a@x>", "<b@x>"],
        response_window=window,
    )
    store.add_follow_up(app_id, T0, "<f@me>", "sent-folder")
    assert store.add_follow_up(app_id, T0, "<f@me>", "sent-folder") is False
    app = store.application(app_id)
    assert app.company == "Acme Robotics"
    assert app.status is Status.APPLIED
    assert app.applied_at == T0
    assert app.contact == Address("Jane Roe", "jane@acme.example")
    assert app.no_follow_up and app.no_follow_up_phrase == "no calls please"
    assert app.thread_references == ("<a@x>", "<b@x>")
    assert app.response_window == window
    assert app.follow_ups == (T0,)


def test_response_window_until_date_round_trips():
    store = Store.memory()
    window = ResponseWindow(phrase="after 15 March", until=date(2027, 3, 15))
    app_id = store.add_application(T0, company="X", response_window=window)
    assert store.application(app_id).response_window == window


def test_unknown_field_is_refused():
    store = Store.memory()
    with pytest.raises(StoreError, match="unknown application field"):
        store.add_application(T0, salary=10)


def test_transaction_rolls_back_everything_on_error():
    store = Store.memory()
    with pytest.raises(RuntimeError), store.transaction():
        store.add_application(T0, company="A")
        with store.transaction():
            store.add_application(T0, company="B")
        raise RuntimeError("boom")
    assert store.applications() == []


def test_plan_key_makes_draft_creation_idempotent():
    store = Store.memory()
    first = store.add_draft(T0, plan_key="1:email:1", channel="email", status="pending")
    second = store.add_draft(T0, plan_key="1:email:1", channel="email", status="pending")
    assert first is not None and second is None
    assert len(store.drafts()) == 1


def test_apply_is_compare_and_set():
    store = Store.memory()
    draft_id = store.add_draft(T0, plan_key="k", channel="email", status="approved")
    assert draft_id is not None
    listed = store.draft(draft_id)
    assert listed is not None
    store.apply(drafts.start_sending(listed, T0))
    # a second sender that listed the same approved draft cannot move it too
    with pytest.raises(DraftError, match="is sending, not approved"):
        store.apply(drafts.start_sending(listed, T0))
    assert store.draft(draft_id).status == "sending"
    assert store.audit(draft_id) == []  # start_sending writes no audit line


def test_apply_refuses_a_move_computed_from_an_older_version():
    store = Store.memory()
    draft_id = store.add_draft(T0, plan_key="k", channel="email", status="pending", subject="A")
    read = store.draft(draft_id)
    assert read is not None
    store.update_draft(draft_id, T1, subject="B")  # another tab saved meanwhile
    with pytest.raises(DraftError, match="changed meanwhile"):
        store.apply(drafts.edit(read, T1, {"subject": "C"}))
    assert store.draft(draft_id).subject == "B"


def test_apply_writes_the_move_its_audit_line_and_the_follow_up_together():
    store = Store.memory()
    app_id = store.add_application(T0, company="Acme", role="Analyst")
    draft_id = store.add_draft(
        T0,
        application_id=app_id,
        plan_key="k",
        channel="call",
        status="pending",
        message_id="<m@x>",
    )
    read = store.draft(draft_id)
    assert read is not None
    after = store.apply(drafts.mark_done(read, T1))
    assert after.status == "sent" and after.sent_at == T1
    assert [a["action"] for a in store.audit(draft_id)] == ["done"]
    assert [f["source"] for f in store.follow_ups(app_id)] == ["done"]


def test_update_draft_never_changes_the_status():
    store = Store.memory()
    draft_id = store.add_draft(T0, plan_key="k", channel="email", status="pending")
    assert draft_id is not None
    with pytest.raises(StoreError, match="only through Store.apply"):
        store.update_draft(draft_id, T0, status="approved")


def test_unknown_draft_status_is_refused():
    store = Store.memory()
    with pytest.raises(StoreError, match="unknown draft status"):
        store.add_draft(T0, channel="email", status="maybe")


def test_audit_counts_sends_since():
    store = Store.memory()
    store.add_audit(T0, "sent", draft_id=1, recipients=["a@x.example"])
    store.add_audit(T0, "pushed", draft_id=2)
    assert store.sends_since(T0) == 1
    assert store.last_send_at() == T0
    assert store.audit(1)[0]["recipients"] == ["a@x.example"]


def test_folder_state_upsert():
    store = Store.memory()
    assert store.folder_state("p", "INBOX") is None
    store.save_folder_state("p", "INBOX", 42, 10, T0)
    store.save_folder_state("p", "INBOX", 42, 15, T0)
    state = store.folder_state("p", "INBOX")
    assert state is not None and (state.uidvalidity, state.last_uid) == (42, 15)


def test_state_is_private_to_the_user(tmp_path):
    import stat

    home = tmp_path / "home"
    Store.open(home / "followup.sqlite3").close()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "followup.sqlite3").stat().st_mode) == 0o600


def test_times_are_stored_in_utc_so_text_order_is_time_order():
    from datetime import timedelta, timezone

    store = Store.memory()
    later_in_tokyo = datetime(2026, 11, 2, 18, 0, tzinfo=timezone(timedelta(hours=9)))  # 09:00Z
    a = store.add_application(T0, company="A", applied_at=T0)  # 10:00Z
    b = store.add_application(T0, company="B", applied_at=later_in_tokyo)
    assert [r["id"] for r in store.application_rows()] == [b, a]
    assert store.application_row(b)["applied_at"].endswith("+00:00")
