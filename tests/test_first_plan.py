"""The first plan on an old mailbox fits on a screen (the CLI, on a local Maildir)."""

from __future__ import annotations

import json
from datetime import timedelta

from tests.test_drafts_people_can_send import cli
from tests.test_outbox import T0
from tests.test_scanning import ats_confirmation, write_maildir

NOW = T0 + timedelta(days=90)


def run(config, *argv, capsys) -> str:
    return cli(config, *argv, capsys=capsys, now=NOW)


def test_plan_shows_what_is_due_and_one_line_for_the_rest(isolated_env, tmp_path, capsys):
    config = tmp_path / "config.toml"
    config.write_text(
        '[accounts.me]\ndefault = true\nemail = "alex@example.org"\n'
        '[accounts.me.imap]\nhost = "127.0.0.1"\ntls = "none"\nlogin = "alex"\n'
    )
    maildir = tmp_path / "Mail"
    write_maildir(
        maildir,
        [
            ("", ats_confirmation(1, "Oldfield Works", "Analyst", when=NOW - timedelta(days=75))),
            ("", ats_confirmation(2, "Duefort Labs", "Engineer", when=NOW - timedelta(days=14))),
            ("", ats_confirmation(3, "Freshly Made", "Designer", when=NOW - timedelta(days=2))),
        ],
    )
    run(config, "scan", "--maildir", str(maildir), capsys=capsys)
    out = run(config, "plan", capsys=capsys)
    assert "Duefort" in out
    assert "Oldfield" not in out and "Freshly" not in out
    summary = [line for line in out.splitlines() if "more applications" in line]
    assert summary == [
        "2 more applications: 1 waiting, 1 old when first seen (a suggestion, no draft); "
        "`followup plan --all` lists them."
    ]
    decisions = {row["company"]: row for row in json.loads(run(config, "plan", "--json",
                                                               capsys=capsys))}  # fmt: skip
    old = next(row for name, row in decisions.items() if "Oldfield" in (name or ""))
    assert old["action"] == "suggest" and old["draft_id"] is None
    assert "days before followup first saw it" in old["reason"]
    everything = run(config, "plan", "--all", capsys=capsys)
    assert all(name in everything for name in ("Oldfield", "Duefort", "Freshly"))
    drafts = json.loads(run(config, "drafts", "list", "--json", capsys=capsys))
    assert len(drafts) == 1  # only the due one was drafted


def test_the_summary_does_not_depend_on_the_order_rows_came_in():
    from assistant.app.service import PlanScreen

    one = PlanScreen(rows=[], hidden={"suggest": 1, "wait": 2, "none": 0}).summary
    two = PlanScreen(rows=[], hidden={"wait": 2, "suggest": 1}).summary
    assert one == two
    assert one.startswith("3 more applications: 2 waiting, 1 old when first seen")
