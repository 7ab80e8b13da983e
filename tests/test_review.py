"""`followup review` and the `followup drafts` subcommands, driven like a user would.

Prompts are answered through click's CliRunner input; "$EDITOR" is a small
Python script that edits the file it is given, the way a person would.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.adapters import paths
from assistant.adapters.store import Store
from assistant.cli import main_group
from tests.test_outbox import RECIPIENT, T0, add_draft

NOW = T0.isoformat()

CONFIG = """
[accounts.personal]
default = true
email = "sam.rivers@example.test"
display_name = "Sam Rivers"

[accounts.personal.imap]
host = "127.0.0.1"
tls = "none"
"""


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    return path


@pytest.fixture
def store(isolated_env) -> Store:
    store = Store.open(paths.database_path(isolated_env.followup_home))
    yield store
    store.close()


def shows(output: str, header: str, value: str) -> bool:
    """Whether the panel shows ``header: value`` (columns are padded with spaces)."""
    return re.search(rf"{re.escape(header)}:\s+{re.escape(value)}", output) is not None


def fake_editor(tmp_path: Path, code: str) -> str:
    """An $EDITOR command running ``code`` with ``text`` = the file's content, written back."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "path = pathlib.Path(sys.argv[1])\n"
        "text = path.read_text(encoding='utf-8')\n"
        f"{code}\n"
        "path.write_text(text, encoding='utf-8')\n"
    )
    return f"{sys.executable} {script}"


def invoke(config: Path, args: list[str], input: str | None = None, editor: str | None = None):
    env = {"EDITOR": editor or "false", "VISUAL": ""}
    runner = CliRunner()
    return runner.invoke(
        main_group, ["--config", str(config), "--now", NOW, *args], input=input, env=env
    )


# -- review ------------------------------------------------------------------------------------


def test_review_shows_the_exact_message_and_approves_then_skips(config, store):
    first = add_draft(store, approve=False)
    second = add_draft(store, approve=False)
    result = invoke(config, ["review"], input="a\nk\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert shows(out, "From", "Sam Rivers <sam.rivers@example.test>")
    assert shows(out, "To", f"Dana Fields <{RECIPIENT}>")
    assert shows(out, "Message-ID", "<followup-1-a1b2@example.test>")
    assert shows(out, "In-Reply-To", "<confirm-77@harbor-labs.example>")
    assert shows(out, "Date", "Mon, 02 Nov 2026 10:00:00 +0000")
    assert "I applied for the Data Analyst role on 12 October" in out
    assert "[1/2]" in out and "[2/2]" in out
    assert "1 approved, 1 skipped" in out
    assert store.draft(first).status == "approved"
    assert store.draft(second).status == "pending"


def test_review_quit_leaves_the_rest(config, store):
    draft_id = add_draft(store, approve=False)
    add_draft(store, approve=False)
    result = invoke(config, ["review"], input="q\n")
    assert result.exit_code == 0
    assert "2 left for later" in result.output
    assert store.draft(draft_id).status == "pending"


def test_review_edit_in_editor_then_approve(config, store, tmp_path):
    draft_id = add_draft(store, approve=False)
    editor = fake_editor(
        tmp_path,
        "text = text.replace('Subject: Following up on my application (1)', "
        "'Subject: Checking in on my application')\n"
        "text = text.replace('tide models', 'coastal tide models')",
    )
    result = invoke(config, ["review"], input="e\np\na\n", editor=editor)
    assert result.exit_code == 0, result.output
    row = store.draft(draft_id)
    assert row.subject == "Checking in on my application"
    assert "coastal tide models" in row.body
    assert row.status == "approved"
    assert f"Draft {draft_id} saved ([p] prints it again)." in result.output
    assert shows(result.output, "Subject", "Checking in on my application")  # [p] shows it
    assert [a["action"] for a in store.audit(draft_id)] == ["edited", "approved"]


def test_review_edit_with_a_placeholder_is_refused_and_kept(config, store, tmp_path):
    draft_id = add_draft(store, approve=False)
    editor = fake_editor(tmp_path, "text = text.replace('Hello Dana,', 'Hello [Name],')")
    result = invoke(config, ["review"], input="e\nq\n", editor=editor)
    assert result.exit_code == 0
    assert "placeholder" in result.output and "[Name]" in result.output
    assert store.draft(draft_id).body.startswith("Hello Dana,")
    assert store.draft(draft_id).status == "pending"


def test_review_needs_a_recipient_before_approving(config, store, tmp_path):
    draft_id = add_draft(
        store, approve=False, status="needs_recipient", to_email=None, to_name=None
    )
    editor = fake_editor(
        tmp_path, "text = text.replace('To: ', 'To: Lee Park <lee.park@harbor-labs.example>', 1)"
    )
    # [a] asks for a recipient; Enter goes back, then the editor gives one
    result = invoke(config, ["review"], input="a\n\ne\na\n", editor=editor)
    assert result.exit_code == 0, result.output
    assert f"Draft {draft_id} has no recipient yet." in result.output
    assert f"Draft {draft_id} not approved: it has no recipient yet." in result.output
    row = store.draft(draft_id)
    assert (row.status, row.to_email) == ("approved", "lee.park@harbor-labs.example")


def test_snooze_hides_the_draft_from_review_until_its_date(config, store):
    draft_id = add_draft(store, approve=False)
    result = invoke(config, ["review"], input="s\n2026-11-10\n")
    assert result.exit_code == 0, result.output
    assert store.draft(draft_id).status == "snoozed"

    runner = CliRunner()
    before = runner.invoke(
        main_group, ["--config", str(config), "--now", "2026-11-09T23:00:00+00:00", "review"]
    )
    assert "Nothing to review" in before.output
    after = runner.invoke(
        main_group,
        ["--config", str(config), "--now", "2026-11-10T00:00:00+00:00", "review"],
        input="k\n",
    )
    assert "Nothing to review" not in after.output
    assert "snoozed until 2026-11-10" in after.output


def test_review_discard_asks_first(config, store):
    draft_id = add_draft(store, approve=False)
    result = invoke(config, ["review"], input="d\nn\nd\ny\n")
    assert result.exit_code == 0, result.output
    assert store.draft(draft_id).status == "discarded"
    assert "1 discarded" in result.output


def test_review_marks_a_call_reminder_done(config, store):
    draft_id = add_draft(store, approve=False, channel="call", to_email=None)
    result = invoke(config, ["review"], input="a\n")
    assert "[a] mark done" in result.output
    assert "followup does not send it" in result.output
    assert store.draft(draft_id).status == "sent"
    assert store.audit(draft_id)[-1]["action"] == "done"


# -- drafts subcommands -------------------------------------------------------------------------


def test_drafts_list_json_has_the_contract_shape(config, store):
    add_draft(store, approve=False)
    add_draft(store, approve=False, status="discarded")
    result = invoke(config, ["drafts", "list", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert len(rows) == 1  # discarded only with --all
    for key in (
        "id",
        "application_id",
        "channel",
        "status",
        "to",
        "subject",
        "body",
        "in_reply_to",
        "reason",
    ):
        assert key in rows[0]
    assert rows[0]["to"] == RECIPIENT
    every = json.loads(invoke(config, ["drafts", "list", "--all", "--json"]).output)
    assert len(every) == 2
    assert json.loads(invoke(config, ["drafts", "--json"]).output) == rows


def test_drafts_edit_validates_again(config, store, tmp_path):
    draft_id = add_draft(store, approve=False)
    refused = invoke(
        config, ["drafts", "edit", str(draft_id), "--to", "noreply@harbor-labs.example"]
    )
    assert refused.exit_code == 1
    assert "no-reply" in str(refused.exception)
    injected = invoke(
        config, ["drafts", "edit", str(draft_id), "--subject", "Hi\r\nBcc: all@example.org"]
    )
    assert injected.exit_code == 1 and "line break" in str(injected.exception)
    body = tmp_path / "body.txt"
    body.write_text("Hello Dana,\n\nA shorter note.\n\nSam\n")
    ok = invoke(config, ["drafts", "edit", str(draft_id), "--body-file", str(body), "--json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output)["body"] == "Hello Dana,\n\nA shorter note.\n\nSam\n"


def test_drafts_edit_without_options_opens_the_editor(config, store, tmp_path):
    draft_id = add_draft(store, approve=False)
    editor = fake_editor(tmp_path, "text = text.replace('(1)', '(revised)')")
    result = invoke(config, ["drafts", "edit", str(draft_id)], editor=editor)
    assert result.exit_code == 0, result.output
    assert store.draft(draft_id).subject == "Following up on my application (revised)"


@pytest.mark.parametrize("name", ["Jörg Müller", "Müller, Jörg", 'Zoë "Z" Ødegård'])
def test_the_editor_shows_a_non_ascii_name_plainly_and_keeps_it(config, store, tmp_path, name):
    draft_id = add_draft(store, approve=False, to_name=name)
    seen = tmp_path / "seen.txt"
    editor = fake_editor(
        tmp_path,
        f"pathlib.Path({str(seen)!r}).write_text(text, encoding='utf-8')\n"
        "text = text.replace('tide models', 'coastal tide models')",
    )
    result = invoke(config, ["drafts", "edit", str(draft_id)], editor=editor)
    assert result.exit_code == 0, result.output
    to_line = seen.read_text(encoding="utf-8").splitlines()[0]
    assert "=?" not in to_line and name.split('"')[0].strip() in to_line
    row = store.draft(draft_id)
    assert "coastal tide models" in row.body
    assert (row.to_name, row.to_email) == (name, RECIPIENT)
    assert [a["detail"] for a in store.audit(draft_id)] == ["changed body"]


def test_rfc2047_words_in_a_recipient_are_decoded(config, store, tmp_path):
    draft_id = add_draft(store, approve=False)
    encoded = "=?utf-8?q?J=C3=B6rg_M=C3=BCller?= <jorg.muller@harbor-labs.example>"
    result = invoke(config, ["drafts", "edit", str(draft_id), "--to", encoded])
    assert result.exit_code == 0, result.output
    row = store.draft(draft_id)
    assert (row.to_name, row.to_email) == ("Jörg Müller", "jorg.muller@harbor-labs.example")
    # the same from the editor, e.g. a line pasted from a mail's raw headers
    editor = fake_editor(
        tmp_path,
        "lines = text.split('\\n')\n"
        "lines[0] = 'To: =?iso-8859-1?q?Ren=E9e_Fields?= <renee@harbor-labs.example>'\n"
        "text = '\\n'.join(lines)",
    )
    result = invoke(config, ["drafts", "edit", str(draft_id)], editor=editor)
    assert result.exit_code == 0, result.output
    row = store.draft(draft_id)
    assert (row.to_name, row.to_email) == ("Renée Fields", "renee@harbor-labs.example")


def test_approving_several_shows_recipients_and_asks(config, store):
    a = add_draft(store, approve=False)
    b = add_draft(store, approve=False, to_email="lee.park@harbor-labs.example")
    declined = invoke(config, ["drafts", "approve", str(a), str(b)], input="n\n")
    assert declined.exit_code == 1
    assert "About to approve 2 draft(s)" in declined.output
    assert RECIPIENT in declined.output and "lee.park@harbor-labs.example" in declined.output
    assert {store.draft(a).status, store.draft(b).status} == {"pending"}
    accepted = invoke(config, ["drafts", "approve", str(a), str(b)], input="y\n")
    assert accepted.exit_code == 0, accepted.output
    assert {store.draft(a).status, store.draft(b).status} == {"approved"}


def test_approve_needs_ids_or_an_explicit_filter(config, store):
    add_draft(store, approve=False)
    result = invoke(config, ["drafts", "approve"])
    assert result.exit_code == 2


def test_approve_all_pending_takes_only_email_drafts(config, store):
    email_id = add_draft(store, approve=False)
    call_id = add_draft(store, approve=False, channel="call", to_email=None)
    result = invoke(config, ["drafts", "approve", "--all-pending", "--yes"])
    assert result.exit_code == 0, result.output
    assert "About to approve 1 draft(s)" in result.output
    assert store.draft(email_id).status == "approved"
    assert store.draft(call_id).status == "pending"


def test_approve_needs_recipient_says_how_to_fix(config, store):
    draft_id = add_draft(store, approve=False, status="needs_recipient", to_email=None)
    result = invoke(config, ["drafts", "approve", str(draft_id)])
    assert result.exit_code == 1
    assert "no recipient yet" in result.output
    assert f"drafts edit {draft_id} --to ADDRESS" in result.output


def test_snooze_command_and_bad_dates(config, store):
    draft_id = add_draft(store, approve=False)
    bad = invoke(config, ["drafts", "snooze", str(draft_id), "--until", "someday"])
    assert bad.exit_code == 2
    past = invoke(config, ["drafts", "snooze", str(draft_id), "--until", "2026-01-01"])
    assert past.exit_code == 2
    ok = invoke(config, ["drafts", "snooze", str(draft_id), "--until", "+3d", "--json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output)["snoozed_until"].startswith("2026-11-05T10:00")


def test_show_includes_headers_and_audit(config, store):
    draft_id = add_draft(store)  # approved: one audit entry
    result = invoke(config, ["drafts", "show", str(draft_id)])
    assert result.exit_code == 0, result.output
    assert shows(result.output, "Message-ID", "<followup-1-a1b2@example.test>")
    assert "approved" in result.output and "audit" in result.output


def test_discard_and_mark_sent(config, store):
    a = add_draft(store, approve=False)
    b = add_draft(store, approve=False, status="unknown")
    assert invoke(config, ["drafts", "discard", str(a)]).exit_code == 0
    assert store.draft(a).status == "discarded"
    refused = invoke(config, ["drafts", "approve", str(b)])
    assert refused.exit_code == 1 and "--resend" in refused.output
    assert invoke(config, ["drafts", "mark-sent", str(b)]).exit_code == 0
    assert store.draft(b).status == "sent"
