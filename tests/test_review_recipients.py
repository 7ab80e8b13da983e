"""`followup review` as a person uses it, on drafts made by a real scan and plan.

Each draft is shown once; after a key one short line says what happened. [a] on a
draft with no recipient asks for one: the people the mail names (numbered, with
where each was found) or a typed address, checked as `drafts edit --to` checks it;
the draft is re-rendered for that person, then approved.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import main_group
from tests.test_drafts_people_can_send import NOBODY_NAMED, NOW, cli, confirmation
from tests.test_outbox import write_config

#: a no-reply confirmation naming a recruiter, with a coordinator in the signature
TWO_PEOPLE = confirmation(
    "Harbor Labs Careers <no-reply@ats.harbor-labs.example>",
    "Your application to Harbor Labs",
    "Hello Sam,\n\n"
    "We received your application for the Data Analyst opening at Harbor Labs and will "
    "look at it within two weeks.\n\n"
    "With any questions, write to Dana Fields at dana.fields@harbor-labs.example.\n\n"
    "Kind regards,\nLee Park\nRecruiting Coordinator\nlee.park@harbor-labs.example\n\n"
    "Your personal data is handled as our privacy notice describes; to use your rights, "
    "write to privacy@harbor-labs.example.\n",
    "two-1@ats.harbor-labs.example",
)


def review(config: Path, keys: str):
    """`followup review` through the real CLI, the keys typed one per line."""
    return CliRunner().invoke(
        main_group,
        ["--config", str(config), "--now", NOW.isoformat(), "review"],
        input=keys,
        env={"EDITOR": "false", "VISUAL": ""},
    )


def only_draft(config: Path, capsys) -> dict:
    [draft] = json.loads(cli(config, "drafts", "list", "--json", capsys=capsys))
    return draft


def scanned_and_planned(tmp_path, imap_account, smtp_server, capsys, raw: bytes) -> Path:
    config = write_config(tmp_path / "config.toml", imap_account, smtp_server)
    imap_account.deliver(raw)
    cli(config, "scan", capsys=capsys)
    return config


def test_approving_a_draft_without_recipient_offers_the_people_the_mail_names(
    isolated_env, tmp_path, imap_account, smtp_server, capsys
):
    config = scanned_and_planned(tmp_path, imap_account, smtp_server, capsys, TWO_PEOPLE)
    [app] = json.loads(cli(config, "apps", "list", "--json", capsys=capsys))
    assert app["contact"]  # the scan chose one of the two
    # the user removes the contact the scan chose: the follow-up needs a recipient
    cli(config, "apps", "edit", str(app["id"]), "--contact", "", capsys=capsys)
    cli(config, "plan", capsys=capsys)
    before = only_draft(config, capsys)
    assert before["status"] == "needs_recipient"
    assert not before["body"].startswith("Hello Dana,")

    result = review(config, "a\n1\n")

    assert result.exit_code == 0, result.output
    out = result.output
    assert "1  Dana Fields <dana.fields@harbor-labs.example>  (named as the contact" in out
    assert "2  Lee Park <lee.park@harbor-labs.example>  (in the signature)" in out
    assert "privacy@" not in out.split("has no recipient yet", 1)[1]  # never offered
    assert (
        f"Draft {before['id']} approved: to Dana Fields <dana.fields@harbor-labs.example> "
        "(greeting and reason re-rendered for them)." in out
    )
    assert out.count(f"draft {before['id']} · application") == 1  # shown once
    after = only_draft(config, capsys)
    assert (after["status"], after["to"]) == ("approved", "dana.fields@harbor-labs.example")
    assert after["body"].startswith("Hello Dana,")
    assert "needs a recipient" not in after["reason"]


def test_a_typed_address_is_checked_like_drafts_edit_then_the_draft_is_re_rendered(
    isolated_env, tmp_path, imap_account, smtp_server, capsys
):
    config = scanned_and_planned(tmp_path, imap_account, smtp_server, capsys, NOBODY_NAMED)
    cli(config, "plan", capsys=capsys)
    before = only_draft(config, capsys)
    assert before["status"] == "needs_recipient"
    assert before["body"].startswith("Hello Northbeam Labs hiring team,")
    refused = CliRunner().invoke(
        main_group,
        ["--config", str(config), "--now", NOW.isoformat(), "drafts", "edit",
         str(before["id"]), "--to", "no-reply@northbeam-labs.example"],
    )  # fmt: skip
    assert refused.exit_code == 1
    problem = refused.output.strip().removeprefix("followup: error: ")

    typed = "no-reply@northbeam-labs.example\nLee Park <lee.park@northbeam-labs.example>\n"
    result = review(config, "a\n" + typed)

    assert result.exit_code == 0, result.output
    out = result.output
    assert "has no recipient yet" in out and "Address ('Name <addr>'" in out  # none found
    assert problem in out  # the very refusal `drafts edit --to` gives
    assert "Draft 1 approved: to Lee Park <lee.park@northbeam-labs.example> (greeting" in out
    after = only_draft(config, capsys)
    assert (after["status"], after["to_name"]) == ("approved", "Lee Park")
    assert after["body"].startswith("Hello Lee,")
    assert "needs a recipient" not in after["reason"]
    assert "1 approved" in out


def test_an_empty_answer_goes_back_and_keys_print_one_line_each(
    isolated_env, tmp_path, imap_account, smtp_server, capsys
):
    config = scanned_and_planned(tmp_path, imap_account, smtp_server, capsys, NOBODY_NAMED)
    cli(config, "plan", capsys=capsys)
    draft = only_draft(config, capsys)
    header = f"draft {draft['id']} · application"

    result = review(config, "a\n\nd\nn\np\nk\n")

    assert result.exit_code == 0, result.output
    out = result.output
    assert f"Draft {draft['id']} not approved: it has no recipient yet." in out
    assert f"Draft {draft['id']} kept." in out
    assert f"Draft {draft['id']} skipped." in out
    assert out.count(header) == 2  # once, and once more for [p]
    assert only_draft(config, capsys)["status"] == "needs_recipient"
