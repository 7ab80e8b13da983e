"""End to end through the CLI: a timeline of job mail in a Maildir, scanned and planned.

Each application in the timeline is a case the planner must get right; the mail
is written for this test (fictitious employers on example domains).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

import pytest

from assistant.cli import main
from tests.test_scanning import ME, mail, write_maildir

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)  # a Friday
DAY = timedelta(days=1)


def timeline() -> list[tuple[str, bytes]]:
    old = NOW - 21 * DAY
    return [
        # 1. an employer's own confirmation, from a recruiter who reads her mail
        (
            "",
            mail(
                "Maria Lopez <maria.lopez@northbeam-analytics.example>",
                "Your application: Data Analyst",
                "Dear Alex,\n\nThank you for applying for the Data Analyst position at "
                "Northbeam Analytics. I have received your application and will review it "
                "with the hiring manager.\n\nKind regards,\nMaria Lopez\nTalent Partner",
                msgid="conf-northbeam@northbeam-analytics.example",
                when=old,
            ),
        ),
        # 2. an ATS confirmation from a no-reply sender only
        (
            "",
            mail(
                "Cobalt Orchard <no-reply@us.greenhouse-mail.io>",
                "Thank you for applying to Cobalt Orchard",
                "Hi Alex,\n\nThanks for applying to the Product Designer role at Cobalt "
                "Orchard. Our team will review your application and be in touch if there "
                "is a fit.\n\nCobalt Orchard Recruiting",
                msgid="conf-cobalt@greenhouse.example",
                when=old,
            ),
        ),
        # 3. a confirmation that asks not to be contacted
        (
            "",
            mail(
                "Larkspur Energy Careers <careers@larkspur-energy.example>",
                "Application received - Site Reliability Engineer",
                "Dear Alex,\n\nThank you for your application for the Site Reliability "
                "Engineer position at Larkspur Energy. We receive a great many "
                "applications, so please do not call or email us about the status of your "
                "application. Only shortlisted candidates will be contacted.\n\n"
                "Larkspur Energy Talent Team",
                msgid="conf-larkspur@larkspur-energy.example",
                when=old,
            ),
        ),
        # 4. confirmed, then rejected
        (
            "",
            mail(
                "Mosswood Studios <no-reply@hire.lever.co>",
                "Thanks for applying to Mosswood Studios",
                "Hi Alex,\n\nThank you for your interest in the QA Engineer role at Mosswood "
                "Studios. We have received your application.\n\nThe Mosswood Studios team",
                msgid="conf-mosswood@lever.example",
                when=old,
            ),
        ),
        (
            "",
            mail(
                "Mosswood Studios <no-reply@hire.lever.co>",
                "Your application to Mosswood Studios",
                "Hi Alex,\n\nThank you for taking the time to apply for the QA Engineer role "
                "at Mosswood Studios. After careful consideration, we have decided not to "
                "move forward with your application at this time. We wish you the best in "
                "your search.\n\nThe Mosswood Studios team",
                msgid="rej-mosswood@lever.example",
                when=old + 9 * DAY,
            ),
        ),
        # 5. confirmed, then invited to interview
        (
            "",
            mail(
                "Tidewater Logistics <no-reply@us.greenhouse-mail.io>",
                "Thank you for applying to Tidewater Logistics",
                "Hi Alex,\n\nThanks for applying to the Operations Planner role at Tidewater "
                "Logistics. We have received your application.\n\nTidewater Recruiting",
                msgid="conf-tidewater@greenhouse.example",
                when=old,
            ),
        ),
        (
            "",
            mail(
                "Sofia Brandt <sofia.brandt@tidewater-logistics.example>",
                "Interview invitation - Operations Planner",
                "Hi Alex,\n\nThank you for applying for the Operations Planner position at "
                "Tidewater Logistics. We would like to invite you to an interview with our "
                "team. Could you let me know your availability next week?\n\nBest,\nSofia",
                msgid="inv-tidewater@tidewater-logistics.example",
                when=old + 8 * DAY,
            ),
        ),
        # 6. the user's own application by mail, and a person's reply to it
        (
            "Sent",
            mail(
                ME,
                "Application for Production Editor",
                "Dear Mr Okafor,\n\nPlease find attached my CV for the Production Editor "
                "role.\n\nBest regards,\nAlex Morgan",
                msgid="app-quill@example.org",
                to="Daniel Okafor <daniel.okafor@quillfeather-press.example>",
                when=old,
                attachment="Alex_Morgan_CV.pdf",
            ),
        ),
        (
            "",
            mail(
                "Daniel Okafor <daniel.okafor@quillfeather-press.example>",
                "Re: Application for Production Editor",
                "Hi Alex,\n\nThanks for your note and the CV. I will share it with the team "
                "and come back to you next week.\n\nDaniel",
                msgid="reply-quill@quillfeather-press.example",
                in_reply_to="app-quill@example.org",
                when=old + 2 * DAY,
            ),
        ),
        # 7. too recent to follow up
        (
            "",
            mail(
                "Brightforge Labs <no-reply@us.greenhouse-mail.io>",
                "Thank you for applying to Brightforge Labs",
                "Hi Alex,\n\nThanks for applying to the Backend Engineer role at Brightforge "
                "Labs. We have received your application.\n\nBrightforge Recruiting",
                msgid="conf-brightforge@greenhouse.example",
                when=NOW - 2 * DAY,
            ),
        ),
        # 8. already followed up (Sent), and the answer was an out-of-office
        (
            "",
            mail(
                "Kenji Mori <kenji.mori@harborlight-health.example>",
                "Your application for Clinical Data Coordinator",
                "Dear Alex,\n\nThank you for applying for the Clinical Data Coordinator "
                "position at Harborlight Health. We have received your application.\n\nKenji",
                msgid="conf-harbor@harborlight-health.example",
                when=old,
            ),
        ),
        (
            "Sent",
            mail(
                ME,
                "Re: Your application for Clinical Data Coordinator",
                "Dear Kenji,\n\nI wanted to make sure my application arrived, and to say how "
                "much I would like to join Harborlight Health.\n\nAlex",
                msgid="fu-harbor@example.org",
                to="Kenji Mori <kenji.mori@harborlight-health.example>",
                in_reply_to="conf-harbor@harborlight-health.example",
                when=old + 10 * DAY,
            ),
        ),
        (
            "",
            mail(
                "Kenji Mori <kenji.mori@harborlight-health.example>",
                "Automatic reply: Your application for Clinical Data Coordinator",
                "I am out of the office until 1 December with no access to email.",
                msgid="ooo-harbor@harborlight-health.example",
                in_reply_to="fu-harbor@example.org",
                when=old + 10 * DAY + timedelta(minutes=1),
                headers={"Auto-Submitted": "auto-replied"},
            ),
        ),
        # 9. announced twice: the job board's note and the ATS confirmation
        (
            "",
            mail(
                "LinkedIn <jobs-noreply@linkedin.com>",
                "Alex, your application was sent to Fabrikam Robotics",
                "Your application was sent to Fabrikam Robotics.\n\nRobotics Software "
                "Engineer\nFabrikam Robotics - Austin, TX\nApplied on "
                f"{(old).strftime('%B %d, %Y')}",
                msgid="li-fabrikam@linkedin.example",
                when=old,
            ),
        ),
        (
            "",
            mail(
                "Fabrikam Robotics <no-reply@us.greenhouse-mail.io>",
                "Thank you for applying to Fabrikam Robotics",
                "Hi Alex,\n\nThanks for applying to the Robotics Software Engineer role at "
                "Fabrikam Robotics. Your application has been received. If you have "
                "questions, write to our recruiter Lee Chen at lee.chen@fabrikam.example.\n\n"
                "Fabrikam Recruiting",
                msgid="conf-fabrikam@greenhouse.example",
                when=old + timedelta(minutes=3),
            ),
        ),
        # 10. a stated window of three weeks, not yet over
        (
            "",
            mail(
                "Nadia Petrov <nadia.petrov@quarry-analytics.example>",
                "Application received: Research Analyst",
                "Dear Alex,\n\nThank you for applying for the Research Analyst position at "
                "Quarry Analytics. We will get back to you within 3 weeks.\n\nNadia Petrov",
                msgid="conf-quarry@quarry-analytics.example",
                when=NOW - 12 * DAY,
            ),
        ),
    ]


@pytest.fixture
def scanned(tmp_path, monkeypatch, capsys):
    maildir = tmp_path / "Mail"
    write_maildir(maildir, timeline())
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[accounts.main]
email = "{ME}"
display_name = "Alex Morgan"

[accounts.main.imap]
host = "imap.example.org"
login = "{ME}"
password_command = "true"

[profile]
name = "Alex Morgan"
"""
    )
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(config))
    now = ["--now", NOW.isoformat()]
    assert main([*now, "scan", "--maildir", str(maildir), "--json"]) == 0
    assert main([*now, "plan", "--json"]) == 0
    capsys.readouterr()
    return now


def run_json(capsys, *args):
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_timeline_gives_exactly_the_right_drafts_and_statuses(scanned, capsys):
    apps = {a["company"]: a for a in run_json(capsys, *scanned, "apps", "list", "--all", "--json")}
    assert set(apps) == {
        "Northbeam Analytics",
        "Cobalt Orchard",
        "Larkspur Energy",
        "Mosswood Studios",
        "Tidewater Logistics",
        "Quillfeather Press",
        "Brightforge Labs",
        "Harborlight Health",
        "Fabrikam Robotics",
        "Quarry Analytics",
    }
    assert apps["Mosswood Studios"]["status"] == "rejected"
    assert apps["Tidewater Logistics"]["status"] == "interviewing"
    assert apps["Quillfeather Press"]["status"] == "replied"
    assert apps["Harborlight Health"]["status"] == "applied"  # the out-of-office is no reply
    assert apps["Larkspur Energy"]["no_follow_up"] is True

    drafts = run_json(capsys, *scanned, "drafts", "list", "--json")
    by_app = {}
    for draft in drafts:
        by_app.setdefault(draft["application_id"], []).append(draft)
    company_of = {a["id"]: name for name, a in apps.items()}
    drafted = {company_of[i]: d for i, d in by_app.items()}
    assert set(drafted) == {
        "Northbeam Analytics",
        "Cobalt Orchard",
        "Larkspur Energy",
        "Fabrikam Robotics",
    }
    assert all(len(d) == 1 for d in drafted.values())

    northbeam = drafted["Northbeam Analytics"][0]
    assert northbeam["channel"] == "email" and northbeam["status"] == "pending"
    assert northbeam["to"].endswith("maria.lopez@northbeam-analytics.example")
    assert northbeam["subject"] == "Re: Your application: Data Analyst"
    assert northbeam["in_reply_to"] == "<conf-northbeam@northbeam-analytics.example>"

    cobalt = drafted["Cobalt Orchard"][0]
    assert cobalt["status"] == "needs_recipient" and not cobalt["to"]

    larkspur = drafted["Larkspur Energy"][0]
    assert larkspur["channel"] == "networking"
    assert "careers@larkspur-energy.example" not in (larkspur["to"] or "")

    fabrikam = drafted["Fabrikam Robotics"][0]
    assert fabrikam["channel"] == "email"
    assert (fabrikam["to"] or "").endswith("lee.chen@fabrikam.example")

    for draft in drafts:
        for text in (draft["subject"], draft["body"]):
            assert "{{" not in text and "{%" not in text and "None" not in text


def test_plan_twice_creates_nothing_twice_and_explains_every_decision(scanned, capsys):
    before = run_json(capsys, *scanned, "drafts", "list", "--json")
    assert main([*scanned, "plan", "--json"]) == 0
    decisions = json.loads(capsys.readouterr().out)
    after = run_json(capsys, *scanned, "drafts", "list", "--json")
    assert [d["id"] for d in after] == [d["id"] for d in before]
    reasons = {d["company"]: d["reason"] for d in decisions}
    assert "3 weeks" in reasons["Quarry Analytics"] or "21" in reasons["Quarry Analytics"]
    assert reasons["Brightforge Labs"].startswith("not yet")
    assert "already followed up" in reasons["Harborlight Health"]
    assert "rejected" in reasons["Mosswood Studios"]


def test_drafts_are_real_threaded_messages(scanned, capsys):
    drafts = run_json(capsys, *scanned, "drafts", "list", "--json")
    email = next(d for d in drafts if d["status"] == "pending" and d["channel"] == "email")
    shown = run_json(capsys, *scanned, "drafts", "show", str(email["id"]), "--json")
    assert shown["message_id"].startswith("<") and shown["message_id"].endswith("@example.org>")
    assert message_from_bytes(b"Subject: x\n\n", policy=policy.default)  # sanity of stdlib
