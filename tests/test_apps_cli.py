"""`followup apps`: list/show/add/edit/close through the real CLI and a real SQLite store."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import click
import pytest

from assistant.adapters import paths
from assistant.adapters.store import Store
from assistant.cli.apps import command as apps_group
from assistant.core.models import ResponseWindow
from tests.cli_support import run

NOW = "2026-03-10T12:00:00+00:00"
LATER = "2026-03-12T08:30:00+00:00"

REQUIRED_KEYS = {
    "id",
    "company",
    "role",
    "status",
    "applied_at",
    "ats",
    "contact",
    "no_follow_up",
    "no_follow_up_phrase",
    "next_action_at",
    "evidence",
    "next_action",
    "next_action_reason",
    "requisition_id",
    "phone",
    "response_window",
    "follow_ups",
    "source",
}


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """State in a temp dir (harmless next to the suite-wide fixture), no ambient clock/config."""
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    monkeypatch.delenv("FOLLOWUP_NOW", raising=False)
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(tmp_path / "absent.toml"))
    return tmp_path


def run_json(argv: list[str], capsys):
    code, out, err = run([*argv, "--json"], capsys)
    assert code == 0, err
    return json.loads(out)


def add(capsys, *extra: str, company: str = "Quillfeather Labs", role: str = "Data Analyst"):
    argv = ["--now", NOW, "apps", "add", "--company", company, "--role", role, *extra]
    return run_json(argv, capsys)


def open_store(home) -> Store:
    return Store.open(paths.database_path(home))


# -- add and list ----------------------------------------------------------------------------


def test_add_then_list_json_has_the_documented_shape(capsys):
    added = add(capsys, "--contact", "Robin Vale <robin.vale@quillfeather.example>")
    assert added["id"] == 1
    records = run_json(["apps", "list"], capsys)
    assert len(records) == 1
    record = records[0]
    assert set(record) >= REQUIRED_KEYS
    assert record["company"] == "Quillfeather Labs"
    assert record["role"] == "Data Analyst"
    assert record["status"] == "applied"
    assert record["source"] == "manual"
    assert record["contact"] == "Robin Vale <robin.vale@quillfeather.example>"
    assert record["no_follow_up"] is False
    assert record["no_follow_up_phrase"] is None
    assert record["next_action_at"] is None
    assert record["follow_ups"] == []
    assert [(e["message_id"], e["kind"], e["reason"]) for e in record["evidence"]] == [
        (None, "manual", "added by hand")
    ]


def test_applied_date_defaults_to_the_global_now(capsys):
    record = add(capsys)
    assert record["applied_at"] == NOW
    assert record["created_at"] == NOW


def test_applied_date_can_be_given_and_the_future_is_refused(capsys):
    record = add(capsys, "--applied", "2026-03-02")
    assert record["applied_at"].startswith("2026-03-02T00:00")
    code, _out, err = run(
        ["--now", NOW, "apps", "add", "--company", "A", "--role", "B", "--applied", "2026-04-01"],
        capsys,
    )
    assert code == 2
    assert "in the future" in err
    assert len(err.strip().splitlines()) == 1


def test_apps_alone_lists_as_a_table_with_the_company_and_the_no_follow_up_mark(capsys):
    add(capsys, company="Marrowgate Studio", role="Backend Engineer")
    add(
        capsys,
        "--no-follow-up-phrase",
        "we will not answer calls or emails about this role",
        company="Tinwhistle Foods",
        role="Analyst",
    )
    code, out, _err = run(["apps"], capsys)
    assert code == 0
    assert "Marrowgate Studio" in out
    assert "Tinwhistle Foods" in out
    line = next(line for line in out.splitlines() if "Tinwhistle" in line)
    assert "no follow-up" in line
    other = next(line for line in out.splitlines() if "Marrowgate" in line)
    assert "no follow-up" not in other
    code, again, _ = run(["apps", "list"], capsys)
    assert again == out


def test_no_follow_up_phrase_is_kept_with_evidence(capsys):
    record = add(capsys, "--no-follow-up-phrase", "kindly refrain from contacting us")
    assert record["no_follow_up"] is True
    assert record["no_follow_up_phrase"] == "kindly refrain from contacting us"
    kinds = [e["kind"] for e in record["evidence"]]
    assert kinds == ["manual", "no_follow_up"]
    assert "kindly refrain" in record["evidence"][1]["reason"]


def test_company_text_is_printed_literally_not_as_markup(capsys):
    add(capsys, company="[bold]Bracket[/bold] Works")
    _code, out, _err = run(["apps"], capsys)
    assert "[bold]Bracket[/bold] Works" in out


# -- misuse: exit 2, one line -----------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "robin.vale",
        "robin@localhost",
        "robin@@x.example",
        "a@b.example, c@d.example",
        "no-reply@x.org",
    ],
)
def test_a_malformed_or_no_reply_contact_is_a_usage_error_and_nothing_is_stored(
    capsys, home, address
):
    code, out, err = run(
        ["apps", "add", "--company", "A", "--role", "B", "--contact", address], capsys
    )
    assert code == 2
    assert out == ""
    assert err.startswith("followup: error:") and "--contact" in err
    assert len(err.strip().splitlines()) == 1
    assert open_store(home).application_rows() == []


def test_bad_phone_url_and_empty_edit_are_usage_errors(capsys):
    add(capsys)
    for argv, hint in (
        (["apps", "edit", "1", "--phone", "call me maybe"], "--phone"),
        (["apps", "edit", "1", "--url", "ftp://jobs.example/1"], "--url"),
        (["apps", "edit", "1", "--status", "ghosted"], "--status"),
        (["apps", "edit", "1"], "nothing to change"),
        (["apps", "edit", "1", "--contact", "not an address"], "--contact"),
    ):
        code, _out, err = run(argv, capsys)
        assert code == 2, argv
        assert hint in err, (argv, err)


def test_missing_company_is_a_usage_error(capsys):
    code, _out, err = run(["apps", "add", "--role", "B"], capsys)
    assert code == 2
    assert "--company" in err


@pytest.mark.parametrize("sub", [["show", "99"], ["edit", "99", "--role", "X"], ["close", "99"]])
def test_an_unknown_id_is_one_line_and_exit_1(capsys, sub):
    add(capsys)
    code, out, err = run(["apps", *sub], capsys)
    assert code == 1
    assert out == ""
    assert err.strip().splitlines() == [err.strip()]
    assert "no application with id 99" in err


# -- edit ---------------------------------------------------------------------------------------


def test_edit_changes_fields_and_records_each_change_as_evidence(capsys):
    add(capsys)
    result = run_json(
        ["--now", LATER, "apps", "edit", "1", "--status", "replied", "--phone", "+44 20 7946 0000"],
        capsys,
    )
    assert result["status"] == "replied"
    assert result["phone"] == "+44 20 7946 0000"
    assert result["updated_at"] == LATER
    reasons = [e["reason"] for e in result["evidence"]]
    assert "edited by hand: status applied -> replied" in reasons
    assert "edited by hand: phone none -> '+44 20 7946 0000'" in reasons
    assert all(e["at"] == LATER for e in result["evidence"] if e["kind"] == "edited")
    code, out, _ = run(["apps", "edit", "1", "--status", "replied"], capsys)
    assert code == 0
    assert "nothing changed" in out
    shown = run_json(["apps", "show", "1"], capsys)
    assert len([e for e in shown["evidence"] if e["kind"] == "edited"]) == 2


def test_edit_contact_name_and_clearing_the_contact(capsys):
    add(capsys, "--contact", "robin.vale@quillfeather.example")
    record = run_json(["apps", "edit", "1", "--contact-name", "Robin Vale"], capsys)
    assert record["contact"] == "Robin Vale <robin.vale@quillfeather.example>"
    record = run_json(["apps", "edit", "1", "--contact", ""], capsys)
    assert record["contact"] is None
    assert record["contact_name"] is None
    assert any("contact 'robin.vale" in e["reason"] for e in record["evidence"])


def test_follow_up_ok_lifts_the_no_follow_up_mark(capsys):
    add(capsys, "--no-follow-up")
    record = run_json(["apps", "edit", "1", "--follow-up-ok"], capsys)
    assert record["no_follow_up"] is False
    assert "edited by hand: no follow-up yes -> no" in [e["reason"] for e in record["evidence"]]


def test_edit_applied_date_respects_now(capsys):
    add(capsys)
    record = run_json(["--now", NOW, "apps", "edit", "1", "--applied", "yesterday"], capsys)
    assert record["applied_at"].startswith("2026-03-09")


# -- close --------------------------------------------------------------------------------------


def test_close_hides_the_record_unless_all_and_keeps_the_reason(capsys):
    add(capsys, company="Marrowgate Studio")
    add(capsys, company="Tinwhistle Foods")
    code, out, _ = run(["apps", "close", "1", "--reason", "the team was dissolved"], capsys)
    assert code == 0
    assert "application 1 closed" in out
    ids = [r["id"] for r in run_json(["apps", "list"], capsys)]
    assert ids == [2]
    _code, table, _ = run(["apps"], capsys)
    assert "Marrowgate" not in table
    assert "1 closed or withdrawn not shown" in table
    everything = run_json(["apps", "list", "--all"], capsys)
    closed = next(r for r in everything if r["id"] == 1)
    assert closed["status"] == "closed"
    assert closed["evidence"][-1]["kind"] == "closed"
    assert "the team was dissolved" in closed["evidence"][-1]["reason"]
    only_closed = run_json(["apps", "list", "--status", "closed"], capsys)
    assert [r["id"] for r in only_closed] == [1]


def test_withdrawn_and_closing_twice(capsys):
    add(capsys)
    record = run_json(["apps", "close", "1", "--withdrawn"], capsys)
    assert record["status"] == "withdrawn"
    code, out, _ = run(["apps", "close", "1", "--withdrawn"], capsys)
    assert code == 0
    assert "already withdrawn" in out
    assert len([e for e in record["evidence"] if e["kind"] == "withdrawn"]) == 1


# -- records that came from mail, with messages, drafts and a decision ---------------------------

T_APPLIED = datetime(2026, 3, 2, 9, 15, tzinfo=UTC)


def seed_mail_record(home) -> int:
    """An application as the scanner would leave it, with one message in two folders."""
    store = open_store(home)
    with store.transaction():
        app_id = store.add_application(
            T_APPLIED,
            company="Lanternfish Analytics",
            role="Platform Engineer",
            ats="greenhouse",
            requisition_id="REQ-4471",
            applied_at=T_APPLIED,
            source="mail",
            response_window=ResponseWindow("we reply within three weeks", days=21),
        )
        ref = store.add_message(
            {
                "account": "personal",
                "message_key": "mid:<conf-1@ats.example>",
                "message_id": "<conf-1@ats.example>",
                "folder": "INBOX",
                "uidvalidity": 7,
                "uid": 42,
                "subject": "We received your application",
                "sender": "no-reply@ats.example",
                "date": T_APPLIED,
                "kind": "application_confirmation",
                "reasons": ["subject: 'received your application'"],
                "seen_at": T_APPLIED,
            }
        )
        store.add_location(ref, "INBOX", 7, 42)
        store.add_location(ref, "[Gmail]/All Mail", 3, 1042)
        store.link_message(ref, app_id)
        store.add_evidence(
            app_id,
            "<conf-1@ats.example>",
            "application_confirmation",
            "application_confirmation: subject: 'received your application'",
            T_APPLIED,
        )
        store.add_follow_up(
            app_id, datetime(2026, 3, 9, 10, tzinfo=UTC), "<fu-1@me.example>", "sent"
        )
        store.save_decision(
            app_id,
            "wait",
            "email",
            datetime(2026, 3, 16, 9, tzinfo=UTC),
            "7 business days after the application",
            T_APPLIED,
        )
        store.add_draft(
            T_APPLIED,
            application_id=app_id,
            plan_key=f"{app_id}:email:1",
            channel="email",
            status="needs_recipient",
            subject="Re: We received your application",
            body="Hello,\n\nI am following up on my application.\n",
            reason="only a no-reply sender is known",
        )
    store.close()
    return app_id


def test_show_json_gives_decision_history_locations_drafts_follow_ups(capsys, home):
    app_id = seed_mail_record(home)
    detail = run_json(["apps", "show", str(app_id)], capsys)
    assert detail["decision"]["reason"] == "7 business days after the application"
    assert detail["response_window"] == {
        "phrase": "we reply within three weeks",
        "days": 21,
        "until": None,
    }
    assert detail["ats"] == "greenhouse"
    assert detail["requisition_id"] == "REQ-4471"
    assert detail["next_action"] == "wait"
    assert detail["next_action_at"] == "2026-03-16T09:00:00+00:00"
    assert detail["evidence"][0]["message_id"] == "<conf-1@ats.example>"
    [message] = detail["messages"]
    assert message["message_id"] == "<conf-1@ats.example>"
    assert {(loc["folder"], loc["uid"]) for loc in message["locations"]} == {
        ("INBOX", 42),
        ("[Gmail]/All Mail", 1042),
    }
    assert [(d["channel"], d["status"]) for d in detail["drafts"]] == [("email", "needs_recipient")]
    assert [f["message_id"] for f in detail["follow_ups"]] == ["<fu-1@me.example>"]


def test_show_text_explains_where_each_message_is(capsys, home):
    app_id = seed_mail_record(home)
    code, out, _err = run(["apps", "show", str(app_id)], capsys)
    assert code == 0
    for expected in (
        "Lanternfish Analytics",
        "REQ-4471",
        "why: 7 business days after the application",
        "<conf-1@ats.example>",
        "[Gmail]/All Mail",
        "1042",
        "needs_recipient",
        "<fu-1@me.example>",
    ):
        assert expected in out, expected
    _code, table, _ = run(["apps"], capsys)
    assert "email from 2026-03-16" in table


def test_setting_a_contact_readdresses_a_draft_that_needs_a_recipient(capsys, home):
    app_id = seed_mail_record(home)
    code, out, _ = run(
        ["apps", "edit", str(app_id), "--contact", "Sam Ortiz <sam.ortiz@lanternfish.example>"],
        capsys,
    )
    assert code == 0
    assert "now addressed to Sam Ortiz <sam.ortiz@lanternfish.example>" in out
    store = open_store(home)
    [draft] = store.drafts(application_id=app_id)
    assert draft.status == "pending"
    assert draft.to_email == "sam.ortiz@lanternfish.example"
    assert draft.to_name == "Sam Ortiz"
    assert store.audit(draft.id)[-1]["action"] == "recipient_set"


def test_closing_discards_drafts_not_yet_sent(capsys, home):
    app_id = seed_mail_record(home)
    result = run_json(["apps", "close", str(app_id), "--reason", "accepted elsewhere"], capsys)
    assert result["drafts_discarded"] == [1]
    [draft] = open_store(home).drafts(application_id=app_id)
    assert draft.status == "discarded"


def test_list_sorts_open_records_with_a_due_action_first(capsys, home):
    seed_mail_record(home)  # id 1, wait until 2026-03-16
    add(capsys, company="Newest Co")  # id 2, applied later, no decision
    add(capsys, company="Done Co")  # id 3
    run(["apps", "edit", "3", "--status", "rejected"], capsys)
    ids = [r["id"] for r in run_json(["apps", "list"], capsys)]
    assert ids == [1, 2, 3]
    ids = [r["id"] for r in run_json(["apps", "list", "--sort", "applied"], capsys)]
    assert ids[-1] == 1
    only = run_json(["apps", "list", "--status", "rejected", "--status", "applied"], capsys)
    assert {r["id"] for r in only} == {1, 2, 3}


def test_a_manual_record_is_visible_to_the_planner_as_an_application(capsys, home):
    add(capsys, "--contact", "robin.vale@quillfeather.example", "--applied", "2026-03-01")
    [application] = open_store(home).applications()
    assert application.contact is not None
    assert application.contact.email == "robin.vale@quillfeather.example"
    assert application.applied_at.date().isoformat() == "2026-03-01"


# -- help ----------------------------------------------------------------------------------------


def test_every_apps_command_and_option_has_help():
    commands: list[click.Command] = [apps_group, *apps_group.commands.values()]
    assert set(apps_group.commands) == {
        "list",
        "show",
        "add",
        "edit",
        "close",
        "merge",
        "split",
        "attach",
    }
    for cmd in commands:
        assert cmd.help, cmd.name
        for param in cmd.params:
            if isinstance(param, click.Option):
                assert param.help, f"{cmd.name} {param.name}"


def test_edit_help_says_how_to_fix_a_draft_without_recipient(capsys):
    code, out, _ = run(["apps", "edit", "--help"], capsys)
    assert code == 0
    assert "needs_recipient" in out


def seed_drafts(home, app_id: int) -> dict[str, int]:
    """Email drafts in every open status, plus a networking draft, for ``app_id``."""
    store = open_store(home)
    ids: dict[str, int] = {}
    for n, (channel, status) in enumerate(
        [
            ("email", "pending"),
            ("email", "approved"),
            ("email", "snoozed"),
            ("email", "failed"),
            ("email", "sent"),
            ("networking", "pending"),
        ]
    ):
        draft_id = store.add_draft(
            T_APPLIED,
            application_id=app_id,
            plan_key=f"{app_id}:{channel}:{n + 2}",
            channel=channel,
            status=status,
            to_email="sam.ortiz@lanternfish.example" if channel == "email" else None,
            subject="Following up",
            body="Hello,\n\nStill keen.\n",
        )
        assert draft_id is not None
        ids[f"{channel}:{status}"] = draft_id
    store.close()
    return ids


@pytest.mark.parametrize(
    ("option", "words"),
    [
        (["--no-follow-up"], "asked not to be contacted"),
        (["--no-follow-up-phrase", "no calls or emails please"], "no calls or emails please"),
        (["--status", "rejected"], "rejected"),
        (["--status", "interviewing"], "interview"),
    ],
)
def test_an_edit_that_forbids_email_discards_the_open_email_drafts(capsys, home, option, words):
    app_id = seed_mail_record(home)  # its needs_recipient draft is id 1
    ids = seed_drafts(home, app_id)
    result = run_json(["apps", "edit", str(app_id), *option], capsys)
    open_email = [1, ids["email:pending"], ids["email:approved"]]
    open_email += [ids["email:snoozed"], ids["email:failed"]]
    assert sorted(result["drafts_discarded"]) == sorted(open_email)
    store = open_store(home)
    for draft_id in open_email:
        assert store.draft(draft_id).status == "discarded"
        entry = store.audit(draft_id)[-1]
        assert entry["action"] == "discarded" and words in entry["detail"]
    assert store.draft(ids["email:sent"]).status == "sent"
    assert store.draft(ids["networking:pending"]).status == "pending"


def test_an_edit_that_does_not_forbid_email_keeps_the_drafts(capsys, home):
    app_id = seed_mail_record(home)
    ids = seed_drafts(home, app_id)
    result = run_json(["apps", "edit", str(app_id), "--role", "Staff Platform Engineer"], capsys)
    assert result["drafts_discarded"] == []
    assert open_store(home).draft(ids["email:approved"]).status == "approved"


# -- dates in the user's time zone --------------------------------------------------------------


def zone_config(tmp_path, zone: str):
    path = tmp_path / f"config-{zone.replace('/', '-')}.toml"
    path.write_text(
        "[accounts.personal]\n"
        'email = "sam.rivers@example.test"\n\n'
        "[accounts.personal.imap]\n"
        'host = "127.0.0.1"\n'
        'tls = "none"\n\n'
        "[policy]\n"
        f'timezone = "{zone}"\n'
    )
    return str(path)


def test_a_bare_applied_date_is_midnight_in_the_policy_time_zone(capsys, tmp_path):
    config = zone_config(tmp_path, "Europe/Berlin")
    argv = ["--config", config, "--now", NOW, "apps", "add", "--company", "Quillfeather Labs"]
    code, out, err = run([*argv, "--role", "Data Analyst", "--applied", "2026-03-02"], capsys)
    assert code == 0, err
    assert "(applied 2026-03-02)" in out  # the user's day, not the UTC one
    [record] = run_json(["--config", config, "apps", "list"], capsys)
    assert record["applied_at"] == "2026-03-01T23:00:00+00:00"  # midnight in Berlin
    code, out, _err = run(["--config", config, "apps", "show", "1"], capsys)
    assert "2026-03-02 00:00" in out


def test_edit_applied_and_yesterday_follow_the_policy_time_zone(capsys, tmp_path):
    config = zone_config(tmp_path, "America/Los_Angeles")
    add(capsys)
    late_evening = "2026-03-10T02:00:00+00:00"  # still 9 March, 18:00, in Los Angeles
    record = run_json(
        ["--config", config, "--now", late_evening, "apps", "edit", "1", "--applied", "yesterday"],
        capsys,
    )
    assert record["applied_at"] == "2026-03-08T08:00:00+00:00"  # 8 March, 00:00 PST
    assert "edited by hand: applied '2026-03-10' -> '2026-03-08'" in [
        e["reason"] for e in record["evidence"]
    ]
    record = run_json(
        ["--config", config, "--now", NOW, "apps", "edit", "1", "--applied", "2026-03-09"], capsys
    )
    assert record["applied_at"] == "2026-03-09T07:00:00+00:00"  # PDT from 8 March


def test_without_a_config_a_bare_applied_date_is_utc_midnight(capsys):
    record = add(capsys, "--applied", "2026-03-02")
    assert record["applied_at"] == "2026-03-02T00:00:00+00:00"


def test_a_status_set_by_hand_is_activity_so_plan_gives_the_right_date(capsys, tmp_path):
    config = zone_config(tmp_path, "UTC")
    add(capsys, "--applied", "2026-03-02")
    record = run_json(
        ["--config", config, "--now", LATER, "apps", "edit", "1", "--status", "rejected"], capsys
    )
    assert record["last_activity_at"] == LATER
    code, _out, err = run(["--config", config, "--now", LATER, "plan"], capsys)
    assert code == 0, err
    record = run_json(["--config", config, "apps", "show", "1"], capsys)
    assert record["next_action_reason"] == "never: rejected on 2026-03-12"
    # an edit that is not a status change is not activity
    run_json(["--config", config, "--now", NOW, "apps", "edit", "1", "--note", "x"], capsys)
    assert run_json(["apps", "show", "1"], capsys)["last_activity_at"] == LATER


def test_closing_by_hand_is_activity_too(capsys):
    add(capsys, "--applied", "2026-03-02")
    record = run_json(["--now", LATER, "apps", "close", "1", "--withdrawn"], capsys)
    assert record["last_activity_at"] == LATER
