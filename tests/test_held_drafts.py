"""An approved follow-up is held, never sent, when mail about its application comes after
the approval; the user's word on that mail releases it (or discards it). Through the real
CLI on a real Dovecot mailbox and aiosmtpd, with the project's own fictitious mail.

The race (the mail is recorded while ``send`` is connecting) is covered at the end with
the store and the real SMTP server: the check runs in the transaction of the move to
``sending``, so nothing slips between them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.adapters.store import Store
from assistant.app import outbox
from tests import cli_support
from tests.test_corrections import EMPLOYER, application, vague_receipt
from tests.test_outbox import T0, add_draft, make_settings, toml_value
from tests.test_run_service import write_config
from tests.test_scanning import mail

START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
PLANNED = datetime(2025, 3, 24, 10, 0, tzinfo=UTC)  # the follow-up is due and approved
SCANNED = PLANNED + timedelta(hours=2)  # the new mail is seen after the approval
RECEIPT = f"<receipt-1@{EMPLOYER}>"
NO = f"<no-1@{EMPLOYER}>"


def run(capsys, when: datetime, *argv: str) -> tuple[int, str, str]:
    return cli_support.run(["--now", when.isoformat(), *argv], capsys)


def run_json(capsys, when: datetime, *argv: str):
    code, out, err = run(capsys, when, *argv)
    assert code == 0, err
    return json.loads(out)


def clear_rejection(when: datetime) -> bytes:
    return mail(
        f"Fernhill Careers <careers@{EMPLOYER}>",
        "Your application: Data Analyst",
        "Dear Alex,\n\nthank you for your interest in the Data Analyst position. After careful "
        "consideration we are sorry to say that we will not take your application "
        "further.\n\nWe wish you every success.\nFernhill Analytics",
        msgid=NO.strip("<>"),
        when=when,
    )


@pytest.fixture
def planned(tmp_path, imap_account, smtp_server, monkeypatch, capsys) -> str:
    """One application and its follow-up planned (pending); returns the draft's id."""
    imap_account.deliver(application("Data Analyst", 1, START), folder="Sent", internaldate=START)
    config = write_config(tmp_path / "config.toml", imap_account)
    smtp = {**smtp_server.config_keys(), "min_spacing_seconds": 0, "timeout": 10}
    extra = "\n[accounts.main.smtp]\n" + "".join(
        f"{k} = {toml_value(v)}\n" for k, v in smtp.items()
    )
    config.write_text(config.read_text() + extra)
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(config))
    run_json(capsys, PLANNED, "scan", "--json")
    [decision] = run_json(capsys, PLANNED, "plan", "--json")
    assert decision["action"] == "email" and decision["draft_status"] == "pending"
    return str(decision["draft_id"])


@pytest.fixture
def approved(planned, capsys) -> str:
    """The planned follow-up, approved."""
    code, _, err = run(capsys, PLANNED, "drafts", "approve", planned)
    assert code == 0, err
    return planned


def arrives(imap_account, raw: bytes, capsys) -> dict:
    when = START + timedelta(days=18)
    imap_account.deliver(raw, internaldate=when)
    return run_json(capsys, SCANNED, "scan", "--json")


def shown(capsys, draft_id: str) -> dict:
    return run_json(capsys, SCANNED, "drafts", "show", draft_id, "--json")


def test_an_unsure_message_after_approval_holds_the_draft_until_confirmed(
    approved, imap_account, smtp_server, capsys
):
    report = arrives(imap_account, vague_receipt(START + timedelta(days=18)), capsys)
    assert report["drafts_held"] == 1
    draft = shown(capsys, approved)
    assert draft["status"] == "held"
    assert "unsure" in draft["error"] and f"followup correct {RECEIPT}" in draft["error"]
    code, out, _ = run(capsys, SCANNED, "drafts", "list")
    assert code == 0 and f"Draft {approved} held, not sent:" in " ".join(out.split())

    code, out, err = run(capsys, SCANNED, "send")
    assert code == 0, err
    assert smtp_server.attempts == 0 and smtp_server.messages == []
    assert "Nothing to send" in out  # held at the scan: send has nothing approved
    assert f"Draft {approved} held, not sent: application " in err and "unsure" in err
    report = run_json(capsys, SCANNED, "send", "--json")
    assert [h["id"] for h in report["held"]] == [int(approved)] and report["ok"] is True
    code, _, err = run(capsys, SCANNED, "drafts", "approve", approved)
    assert code == 1 and "unsure" in err and "followup correct" in err

    code, out, err = run(capsys, SCANNED, "correct", RECEIPT, "--confirm")
    assert code == 0, err
    assert f"Draft {approved} is held" in out and f"drafts approve {approved}" in out
    assert shown(capsys, approved)["status"] == "held"  # the user approves it again
    code, _, err = run(capsys, SCANNED, "drafts", "approve", approved)
    assert code == 0, err
    code, out, err = run(capsys, SCANNED, "send")
    assert code == 0, err
    assert f"Sent draft {approved}" in out and len(smtp_server.messages) == 1
    code, out, _ = run(capsys, SCANNED, "send")
    assert code == 0 and "Nothing to send" in out and len(smtp_server.messages) == 1
    actions = [a["action"] for a in shown(capsys, approved)["audit"]]
    assert actions == ["approved", "held", "approved", "sent", "copied_to_sent"]
    released = shown(capsys, approved)["audit"][2]["detail"]
    assert released.startswith("released (it was held: application ")


def test_a_rejection_after_approval_holds_it_and_a_correction_releases_it(
    approved, imap_account, smtp_server, capsys
):
    report = arrives(imap_account, clear_rejection(START + timedelta(days=18)), capsys)
    [app] = run_json(capsys, SCANNED, "apps", "list", "--all", "--json")
    assert app["status"] == "rejected"  # the precondition: the classifier is sure of it
    assert report["drafts_held"] == 1 and report["drafts_discarded"] == 0
    draft = shown(capsys, approved)
    assert draft["status"] == "held"
    assert "the application was rejected" in draft["error"]
    assert f"mail that came after you approved it: {NO} (rejection)" in draft["error"]

    code, out, err = run(capsys, SCANNED, "send")
    assert code == 0 and smtp_server.attempts == 0
    assert f"Draft {approved} held, not sent: application " in err
    assert "the application was rejected" in err
    code, _, err = run(capsys, SCANNED, "drafts", "approve", approved)
    assert code == 1 and f"followup correct {NO} --kind KIND" in err  # the way out

    # the user says it was not a rejection: the application is open again, the draft can go
    code, out, err = run(capsys, SCANNED, "correct", NO, "--kind", "application_confirmation")
    assert code == 0, err
    assert "rejected -> applied" in out
    code, _, err = run(capsys, SCANNED, "drafts", "approve", approved)
    assert code == 0, err
    code, out, err = run(capsys, SCANNED, "send")
    assert code == 0, err
    assert len(smtp_server.messages) == 1


def test_confirming_the_rejection_discards_the_held_draft(
    approved, imap_account, smtp_server, capsys
):
    arrives(imap_account, clear_rejection(START + timedelta(days=18)), capsys)
    assert shown(capsys, approved)["status"] == "held"
    code, _, err = run(capsys, SCANNED, "correct", NO, "--confirm")
    assert code == 0, err
    draft = shown(capsys, approved)
    assert draft["status"] == "discarded"
    assert "the application was rejected" in draft["audit"][-1]["detail"]
    code, out, _ = run(capsys, SCANNED, "send")
    assert code == 0 and "Nothing to send" in out and smtp_server.attempts == 0


def test_a_draft_discarded_by_a_misread_rejection_comes_back_when_corrected(
    planned, imap_account, smtp_server, capsys
):
    """The loop the other way round: mail read as a rejection discards the pending
    follow-up; the user's correction re-opens the application and brings the draft
    back (``plan`` would not draft it again: its plan key is taken)."""
    report = arrives(imap_account, clear_rejection(START + timedelta(days=18)), capsys)
    assert report["drafts_discarded"] == 1 and report["drafts_held"] == 0
    assert shown(capsys, planned)["status"] == "discarded"
    [decision] = run_json(capsys, SCANNED, "plan", "--json")
    assert decision["action"] == "none"

    code, out, err = run(capsys, SCANNED, "correct", NO, "--kind", "other_job")
    assert code == 0, err
    assert "rejected -> replied" in out  # a person answering: a reply, not a rejection
    code, out, err = run(capsys, SCANNED, "correct", NO, "--kind", "application_confirmation")
    assert code == 0, err
    assert "replied -> applied" in out
    assert f"Draft {planned}, discarded because of that message, is back" in out
    draft = shown(capsys, planned)
    assert draft["status"] == "pending" and draft["audit"][-1]["action"] == "restored"
    [decision] = run_json(capsys, SCANNED, "plan", "--json")
    assert decision["action"] == "email" and decision["draft_status"] == "pending"
    assert str(decision["draft_id"]) == planned
    code, _, err = run(capsys, SCANNED, "drafts", "approve", planned)
    assert code == 0, err
    code, _, err = run(capsys, SCANNED, "send")
    assert code == 0, err
    assert len(smtp_server.messages) == 1


def test_a_draft_the_user_discarded_stays_discarded(planned, imap_account, capsys):
    code, _, err = run(capsys, PLANNED, "drafts", "discard", planned)
    assert code == 0, err
    arrives(imap_account, clear_rejection(START + timedelta(days=18)), capsys)
    code, out, err = run(capsys, SCANNED, "correct", NO, "--kind", "application_confirmation")
    assert code == 0, err
    assert "is back" not in out and shown(capsys, planned)["status"] == "discarded"


@pytest.fixture
def store(tmp_path) -> Store:
    return Store.open(tmp_path / "state.sqlite3")


def test_the_check_is_in_the_transaction_of_the_move_to_sending(
    tmp_path: Path, store: Store, imap_account, smtp_server
):
    settings = make_settings(tmp_path, imap_account, smtp_server)
    app_id = store.add_application(T0, company="Harbor Labs", role="Data Analyst")
    draft_id = add_draft(store, application_id=app_id)

    def scan_meanwhile(account):  # the SMTP login, after the drafts were listed
        store.add_message(
            {
                "account": "personal",
                "message_key": "k1",
                "message_id": "<terse@harbor-labs.example>",
                "folder": "INBOX",
                "direction": "in",
                "kind": "application_confirmation",
                "confidence": 0.41,
                "reasons": ["a guess"],
                "seen_at": T0 + timedelta(minutes=5),
                "application_id": app_id,
            }
        )
        from assistant.adapters.connections import open_smtp

        return open_smtp(account)

    box = outbox.Outbox(store, settings, home=tmp_path, open_smtp=scan_meanwhile, clock=lambda: T0)
    [result] = box.send().results
    assert result.status == "held" and "unsure" in result.detail
    assert smtp_server.messages == []
    held = store.draft(draft_id)
    assert held is not None and held.status == "held" and held.approved_at is None
