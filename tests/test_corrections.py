"""The user's corrections and unsure results, through the real CLI on a real Dovecot mailbox.

The mail is the project's own: a fictitious employer on an example domain. Its
rejection is worded so that today's classifier takes it for a confirmation
("We received your application ... it didn't work out this time"), and its terse
receipt so that the classifier is unsure of it; the tests check those
preconditions first, so a classifier that learns them fails here loudly rather
than passing for the wrong reason.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from assistant.adapters import paths
from assistant.adapters.store import Store
from tests import cli_support
from tests.test_run_service import write_config
from tests.test_scanning import mail

PLAN_AT = "2025-03-24T10:00:00+00:00"
ME = "alex@example.org"
EMPLOYER = "fernhill-analytics.example"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    return cli_support.run(["--now", PLAN_AT, *argv], capsys)


def run_json(capsys, *argv: str):
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return json.loads(out)


def application(role: str, n: int, when) -> bytes:
    return mail(
        ME,
        f"Application for {role} at Fernhill Analytics",
        f"Dear hiring team,\n\nplease find my CV attached for the {role} role.\n\nAlex Morgan",
        msgid=f"app-{n}@example.org",
        to=f"Fernhill Jobs <jobs@{EMPLOYER}>",
        when=when,
        attachment="Alex_Morgan_CV.pdf",
    )


def quiet_rejection(role: str, n: int, when) -> bytes:
    """A rejection in this employer's own style, which the rules read as a confirmation."""
    return mail(
        f"Fernhill Careers <careers@{EMPLOYER}>",
        f"Your application: {role}",
        f"Dear Alex,\n\nThank you for applying for the {role} role. We received your "
        "application and reviewed it with care. Unfortunately, it didn't work out this "
        "time.\n\nKind regards,\nFernhill Analytics Talent Team",
        msgid=f"outcome-{n}@{EMPLOYER}",
        when=when,
    )


def vague_receipt(when, role: str = "Data Analyst", n: int = 1) -> bytes:
    """A receipt so terse that the classifier is unsure of it (below UNSURE_BELOW)."""
    return mail(
        f"Fernhill Careers <careers@{EMPLOYER}>",
        f"Your application: {role}",
        f"Dear Alex,\n\nthanks, the documents for the {role} role are here. Our newsletter has "
        "more about the team, our events and our offices.\n\nFernhill Careers",
        msgid=f"receipt-{n}@{EMPLOYER}",
        when=when,
    )


def quiet_word(when) -> bytes:
    """A person at the employer who says no without a job word the rules count: read as
    not job mail, and unsure."""
    return mail(
        f"Jen Marsh <jen@{EMPLOYER}>",
        "Saturday",
        "Hi Alex,\n\nthanks for the CV you dropped off. We went another way in the end, "
        "sorry.\n\nJen",
        msgid=f"word-1@{EMPLOYER}",
        when=when,
    )


def fill(tmp_path, imap_account, monkeypatch, answer) -> Path:
    from datetime import UTC, datetime

    start = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    imap_account.deliver(application("Data Analyst", 1, start), folder="Sent", internaldate=start)
    later = start + timedelta(days=8)
    imap_account.deliver(answer(later), internaldate=later)
    config = write_config(tmp_path / "config.toml", imap_account)
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(config))
    return config


@pytest.fixture
def mailbox(tmp_path, imap_account, monkeypatch) -> Path:
    return fill(
        tmp_path, imap_account, monkeypatch, lambda when: quiet_rejection("Data Analyst", 1, when)
    )


@pytest.fixture
def unsure_mailbox(tmp_path, imap_account, monkeypatch) -> Path:
    return fill(tmp_path, imap_account, monkeypatch, vague_receipt)


def test_the_loop_scan_wrong_kind_correct_rederive_plan(mailbox, capsys):
    run_json(capsys, "scan", "--json")
    [app] = run_json(capsys, "apps", "list", "--json")
    detail = run_json(capsys, "apps", "show", str(app["id"]), "--json")
    outcome = next(m for m in detail["messages"] if m["direction"] == "in")
    assert outcome["kind"] == "application_confirmation"  # the classifier's mistake
    assert app["status"] == "applied"

    # the mistake has a cost: a follow-up to an employer who already said no
    [decision] = run_json(capsys, "plan", "--json")
    assert decision["action"] == "email" and decision["draft_status"] == "pending"

    code, out, err = run(capsys, "correct", outcome["message_id"], "--kind", "rejection")
    assert code == 0, err
    assert "applied -> rejected" in out

    detail = run_json(capsys, "apps", "show", str(app["id"]), "--json")
    assert detail["status"] == "rejected"
    said = [e for e in detail["evidence"] if e["kind"] == "correction"]
    assert said and said[0]["reason"].startswith("corrected by you: kind rejection")
    assert said[0]["message_id"] == outcome["message_id"]
    assert detail["decision"]["action"] == "none"  # the next step, decided at once
    assert [d["status"] for d in detail["drafts"]] == ["discarded"]  # never sent

    [decision] = run_json(capsys, "plan", "--json")
    assert decision["action"] == "none" and "rejected" in decision["reason"]
    assert decision["draft_status"] == "discarded"

    # a rescan keeps the user's word
    run_json(capsys, "scan", "--json")
    assert run_json(capsys, "apps", "show", str(app["id"]), "--json")["status"] == "rejected"


def test_unknown_message_is_one_line_and_exit_1_bad_kind_exit_2(mailbox, capsys):
    run_json(capsys, "scan", "--json")
    code, out, err = run(capsys, "correct", "<nowhere@example.org>", "--kind", "rejection")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "no received message with Message-ID" in err
    code, _, err = run(capsys, "correct", f"<outcome-1@{EMPLOYER}>", "--kind", "maybe")
    assert code == 2 and "maybe" in err
    code, _, err = run(capsys, "correct", f"<outcome-1@{EMPLOYER}>")
    assert code == 2 and "say what is right" in err
    code, _, err = run(capsys, "correct", f"<outcome-1@{EMPLOYER}>", "--company", "A\nB")
    assert code == 2 and "--company" in err and "one line" in err


def test_an_unsure_latest_message_blocks_email_until_confirmed(unsure_mailbox, capsys):
    receipt = f"<receipt-1@{EMPLOYER}>"
    run_json(capsys, "scan", "--json")
    [app] = run_json(capsys, "apps", "list", "--json")
    detail = run_json(capsys, "apps", "show", str(app["id"]), "--json")
    assert detail["unsure"]["message_id"] == receipt  # the precondition: the model is unsure
    assert detail["unsure"]["kind"] == "application_confirmation"
    confidence = detail["unsure"]["confidence"]
    assert confidence < 0.7
    assert detail["unsure"]["reasons"]  # with its evidence
    code, out, _ = run(capsys, "apps", "show", str(app["id"]))
    assert code == 0 and "Unsure:" in out and f"application_confirmation? {confidence:.2f}" in out

    [decision] = run_json(capsys, "plan", "--json")
    assert decision["action"] == "none" and decision["draft_id"] is None
    assert decision["reason"].startswith("on hold: the latest message is unsure")
    assert f"followup correct {receipt}" in decision["reason"]

    code, out, err = run(capsys, "correct", receipt.strip("<>"), "--confirm")
    assert code == 0, err
    assert "confirmed" in out
    [decision] = run_json(capsys, "plan", "--json")
    assert decision["action"] == "email" and decision["draft_status"] == "pending"
    detail = run_json(capsys, "apps", "show", str(app["id"]), "--json")
    assert detail["unsure"] is None
    assert any(e["reason"].startswith("corrected by you") for e in detail["evidence"])


def test_an_unsure_word_from_a_person_at_the_employer_holds_the_follow_up(
    tmp_path, imap_account, monkeypatch, capsys
):
    """Fresh mail (no reply) from the employer's own domain that the classifier reads as
    not job mail, unsure: kept with the application, it holds the follow-up, and the
    user's word settles it."""
    fill(tmp_path, imap_account, monkeypatch, quiet_word)
    word = f"<word-1@{EMPLOYER}>"
    run_json(capsys, "scan", "--json")
    [app] = run_json(capsys, "apps", "list", "--json")
    detail = run_json(capsys, "apps", "show", str(app["id"]), "--json")
    assert detail["unsure"]["message_id"] == word  # the precondition: not job mail, unsure
    assert detail["unsure"]["kind"] == "not_job"
    assert detail["status"] == "applied"
    assert any("a person at the employer wrote" in e["reason"] for e in detail["evidence"])

    [decision] = run_json(capsys, "plan", "--json")
    assert decision["action"] == "none" and decision["draft_id"] is None
    assert decision["reason"].startswith("on hold: the latest message is unsure")

    code, out, err = run(capsys, "correct", word.strip("<>"), "--kind", "rejection")
    assert code == 0, err
    assert "applied -> rejected" in out
    [decision] = run_json(capsys, "plan", "--json")
    assert decision["action"] == "none" and "rejected" in decision["reason"]


def test_a_confirmed_guess_makes_later_mail_like_it_sure(unsure_mailbox, imap_account, capsys):
    from datetime import UTC, datetime

    run_json(capsys, "scan", "--json")
    code, _, err = run(capsys, "correct", f"<receipt-1@{EMPLOYER}>", "--confirm")
    assert code == 0, err
    later = datetime(2025, 3, 20, 9, 0, tzinfo=UTC)
    imap_account.deliver(vague_receipt(later, "Data Engineer", 2), internaldate=later)
    run_json(capsys, "scan", "--json")
    details = [
        run_json(capsys, "apps", "show", str(app["id"]), "--json")
        for app in run_json(capsys, "apps", "list", "--json")
    ]
    [(detail, second)] = [
        (d, m)
        for d in details
        for m in d["messages"]
        if m["message_id"] == f"<receipt-2@{EMPLOYER}>"
    ]
    assert second["kind"] == "application_confirmation"
    assert second["confidence"] >= 0.7 and not second["unsure"]
    assert detail["unsure"] is None


def test_review_corrects_an_unsure_message_with_one_key(unsure_mailbox, capsys):
    from click.testing import CliRunner

    from assistant.cli import main_group

    run_json(capsys, "scan", "--json")
    result = CliRunner().invoke(
        main_group, ["--now", PLAN_AT, "review"], input="c\nrejection\n", catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "Looks like application_confirmation (confidence 0." in result.output
    assert "applied -> rejected" in result.output
    [app] = run_json(capsys, "apps", "list", "--all", "--json")
    assert app["status"] == "rejected"


def test_review_corrects_company_role_and_no_follow_up_with_one_key_each(unsure_mailbox, capsys):
    from click.testing import CliRunner

    from assistant.cli import main_group

    run_json(capsys, "scan", "--json")
    keys = "o\nFernhill\nr\nAnalyst\nn\ny\n"  # the same message until its kind is settled
    result = CliRunner().invoke(
        main_group, ["--now", PLAN_AT, "review"], input=keys, catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "c[o]mpany [r]ole" in result.output
    [app] = run_json(capsys, "apps", "list", "--all", "--json")
    record = run_json(capsys, "apps", "show", str(app["id"]), "--json")
    assert (record["company"], record["role"]) == ("Fernhill", "Analyst")
    assert record["no_follow_up"] is True and record["unsure"] is None
    said = [e["reason"] for e in record["evidence"] if e["kind"] == "correction"]
    assert len(said) == 4  # company, role, no follow-up, then the kind confirmed


def test_no_follow_up_company_and_role_corrections(mailbox, capsys):
    run_json(capsys, "scan", "--json")
    [app] = run_json(capsys, "apps", "list", "--json")
    message_id = f"<outcome-1@{EMPLOYER}>"
    args = ["correct", message_id, "--no-follow-up", "--company", "Fernhill", "--role", "Analyst"]
    code, _, err = run(capsys, *args)
    assert code == 0, err
    record = run_json(capsys, "apps", "show", str(app["id"]), "--json")
    assert record["no_follow_up"] is True
    assert (record["company"], record["role"]) == ("Fernhill", "Analyst")
    [decision] = run_json(capsys, "plan", "--json")
    assert decision["channel"] == "networking"  # never an email to them

    code, _, err = run(capsys, "correct", message_id, "--follow-up-ok")
    assert code == 0, err
    assert run_json(capsys, "apps", "show", str(app["id"]), "--json")["no_follow_up"] is False


def test_later_mail_in_the_corrected_style_is_learnt_locally(mailbox, imap_account, capsys):
    from datetime import UTC, datetime

    run_json(capsys, "scan", "--json")
    code, _, err = run(capsys, "correct", f"<outcome-1@{EMPLOYER}>", "--kind", "rejection")
    assert code == 0, err
    refit = paths.home_dir() / "corrections-refit.json"
    assert refit.exists() and oct(refit.stat().st_mode & 0o777) == "0o600"
    assert "Fernhill" not in refit.read_text()  # numbers, never the mail's words

    later = datetime(2025, 3, 20, 9, 0, tzinfo=UTC)
    imap_account.deliver(quiet_rejection("Data Engineer", 2, later), internaldate=later)
    run_json(capsys, "scan", "--json")
    [app] = run_json(capsys, "apps", "list", "--all", "--json")
    detail = run_json(capsys, "apps", "show", str(app["id"]), "--json")
    second = next(m for m in detail["messages"] if m["message_id"] == f"<outcome-2@{EMPLOYER}>")
    assert second["kind"] == "rejection"
    assert any(
        r.startswith(f"like a message you corrected <outcome-1@{EMPLOYER}>")
        for r in second["reasons"]
    )


def test_a_corrected_message_keeps_the_users_word_when_classified_again(tmp_path):
    from datetime import UTC, datetime

    from assistant.app import corrections
    from assistant.core.models import Analysis, Kind
    from assistant.core.parse import parse

    db = Store.open(tmp_path / "state.sqlite3")
    raw = quiet_rejection("Data Analyst", 1, None)
    ref = db.add_message(
        {
            "account": "a",
            "message_key": "k",
            "message_id": f"<outcome-1@{EMPLOYER}>",
            "folder": "INBOX",
            "direction": "in",
            "kind": "application_confirmation",
            "seen_at": "2025-03-11T10:00:00+00:00",
        }
    )
    db.add_correction(ref, datetime(2025, 3, 12, tzinfo=UTC), kind="rejection")

    def wrong(message):
        return Analysis(kind=Kind.APPLICATION_CONFIRMATION)

    again = corrections.classifier(db, wrong)(parse(raw))
    assert again.kind is Kind.REJECTION
    assert again.reasons[-1].startswith("corrected by you: kind rejection")


def test_a_draft_made_before_an_unsure_message_waits_for_the_user(
    tmp_path, imap_account, monkeypatch, capsys
):
    from datetime import UTC, datetime

    start = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    imap_account.deliver(application("Data Analyst", 1, start), folder="Sent", internaldate=start)
    config = write_config(tmp_path / "config.toml", imap_account)
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(config))
    run_json(capsys, "scan", "--json")
    [decision] = run_json(capsys, "plan", "--json")
    draft_id = str(decision["draft_id"])

    later = datetime(2025, 3, 21, 9, 0, tzinfo=UTC)
    imap_account.deliver(vague_receipt(later), internaldate=later)
    run_json(capsys, "scan", "--json")
    code, _, err = run(capsys, "drafts", "approve", draft_id)
    assert code == 1 and "unsure" in err and "followup correct" in err

    code, _, err = run(capsys, "correct", f"<receipt-1@{EMPLOYER}>", "--confirm")
    assert code == 0, err
    code, _, err = run(capsys, "drafts", "approve", draft_id)
    assert code == 0, err


def test_what_the_history_does_not_show_is_kept_and_only_the_correction_moves_it():
    from datetime import UTC, datetime

    from assistant.app import corrections

    db = Store.memory()
    at = datetime(2025, 3, 11, 10, 0, tzinfo=UTC)
    app_id = db.add_application(at, company="Fernhill", role="Analyst", status="interviewing")
    db.add_evidence(app_id, None, "manual", "added by hand", at)  # no status in the history
    ref = db.add_message(
        {
            "account": "a",
            "message_key": "k",
            "message_id": "<m@fernhill.example>",
            "folder": "INBOX",
            "direction": "in",
            "kind": "application_confirmation",
            "sender": "Fernhill Careers <careers@fernhill.example>",
            "seen_at": at,
            "application_id": app_id,
        }
    )
    db.add_evidence(app_id, "<m@fernhill.example>", "application_confirmation", "c", at)
    assert ref

    corrections.correct(db, "<m@fernhill.example>", at, kind="auto_reply")
    assert db.application(app_id).status.value == "interviewing"  # nothing to move
    corrections.correct(db, "<m@fernhill.example>", at, kind="rejection")
    assert db.application(app_id).status.value == "rejected"
    corrections.correct(db, "<m@fernhill.example>", at, kind="application_confirmation")
    assert db.application(app_id).status.value == "applied"  # the replay, as corrected
