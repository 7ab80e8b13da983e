"""Figures of `followup stats` (pure core, the use case on a real store, the command)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

from assistant.adapters import paths
from assistant.adapters.store import Store
from assistant.app import demo, export
from assistant.app import stats as app_stats
from assistant.core.stats import AppFacts, first_answer, summarise, week_of
from tests.cli_support import run

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)  # a Monday


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


def test_weeks_are_contiguous_from_first_to_last_monday():
    apps = [AppFacts(day(0), "applied"), AppFacts(day(2), "applied"), AppFacts(day(15), "applied")]
    figures = summarise(apps)
    assert figures.per_week == (
        (date(2025, 3, 3), 2),
        (date(2025, 3, 10), 0),
        (date(2025, 3, 17), 1),
    )
    assert week_of(day(6)) == date(2025, 3, 3)


def test_answer_rate_and_time_to_first_answer():
    apps = [
        AppFacts(day(0), "rejected", first_answer_at=day(4)),
        AppFacts(day(0), "interviewing", first_answer_at=day(10)),
        AppFacts(day(1), "replied"),  # answered by hand: counted, but has no date
        AppFacts(day(1), "applied"),
    ]
    figures = summarise(apps)
    assert (figures.overall.total, figures.overall.answered) == (4, 3)
    assert figures.overall.rate == 0.75
    assert figures.days_to_answer == (4.0, 10.0)
    assert figures.median_days_to_answer == 7.0
    assert dict(figures.answer_buckets())["4–7"] == 1
    assert dict(figures.answer_buckets())["8–14"] == 1


def test_a_follow_up_counts_only_before_the_first_answer():
    early = AppFacts(day(0), "replied", first_answer_at=day(12), follow_ups=(day(8),))
    late = AppFacts(day(0), "replied", first_answer_at=day(5), follow_ups=(day(8),))
    silent = AppFacts(day(0), "applied", follow_ups=(day(8),))
    none = AppFacts(day(0), "applied")
    figures = summarise([early, late, silent, none])
    assert (figures.with_follow_up.total, figures.with_follow_up.answered) == (2, 1)
    assert (figures.without_follow_up.total, figures.without_follow_up.answered) == (2, 1)


def test_no_applications_give_empty_figures_not_errors():
    figures = summarise([])
    assert figures.per_week == ()
    assert figures.overall.rate is None
    assert figures.median_days_to_answer is None


def test_first_answer_ignores_confirmations_auto_replies_and_own_mail():
    mail = [
        ("in", "application_confirmation", day(0.1)),
        ("in", "auto_reply", day(1)),
        ("out", "sent", day(2)),
        ("in", "rejection", day(9)),
        ("in", "interview_invitation", day(3)),
    ]
    assert first_answer(mail, T0) == day(3)
    assert first_answer(mail[:3], T0) is None


def test_stats_on_the_demo_mailbox_command_and_json(tmp_path, monkeypatch, capsys):
    home = demo.prepare_home(tmp_path / "demo")
    monkeypatch.setenv("FOLLOWUP_HOME", str(home))
    result = demo.run(home, now=demo.DEMO_NOW)
    result.store.close()
    code, out, err = run(["stats", "--json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    store = Store.open(paths.database_path(home))
    try:
        expected = app_stats.figures(store)
        total = len(store.application_rows())
    finally:
        store.close()
    assert data["applications"] == total == expected.overall.total
    assert sum(w["applications"] for w in data["per_week"]) == total
    # the demo has a rejection and an interview invitation
    assert data["answer_rate"]["answered"] == 2
    assert data["days_to_first_answer"]["median"] is not None
    code, out, err = run(["stats"], capsys)
    assert code == 0, err
    assert f"Applications: {total}" in out
    assert "Answer rate: 29% (2 of 7)" in out


def test_csv_cells_that_look_like_formulas_are_quoted():
    records = [
        {"id": 1, "company": '=HYPERLINK("http://x")', "role": "+1 engineer", "notes": 'a,b\n"c"'},
        {"id": 2, "company": "@SUM(A1)", "role": "-role", "no_follow_up": True},
        {"id": 3, "company": "Plain, Inc.", "role": "Data Analyst"},
    ]
    text = export.applications_csv(records)
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    assert header[:4] == ["id", "company", "role", "status"]
    first = dict(zip(header, rows[1], strict=True))
    assert first["company"] == '\'=HYPERLINK("http://x")'
    assert first["role"] == "'+1 engineer"
    assert first["notes"] == 'a,b\n"c"'
    second = dict(zip(header, rows[2], strict=True))
    assert (second["company"], second["role"], second["no_follow_up"]) == (
        "'@SUM(A1)",
        "'-role",
        "yes",
    )
    assert dict(zip(header, rows[3], strict=True))["company"] == "Plain, Inc."


def test_apps_list_csv_command(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(tmp_path / "absent.toml"))
    now = "2025-03-10T10:00:00+00:00"
    argv = ["--now", now, "apps", "add", "--company", "=cmd|' /C calc'!A0", "--role", "Analyst"]
    code, _, err = run(argv, capsys)
    assert code == 0, err
    code, out, err = run(["apps", "list", "--csv"], capsys)
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == 2
    assert rows[1][1] == "'=cmd|' /C calc'!A0"
    code, _, err = run(["apps", "list", "--csv", "--json"], capsys)
    assert code == 2
    assert err.strip().startswith("followup: error: give --json or --csv, not both")
    assert len(err.strip().splitlines()) == 1
