"""Drafts a person can send, end to end on the real Dovecot: scan, then plan.

A German confirmation gets a German follow-up; a no-reply confirmation that names
a recruiter with an address gets a draft to that recruiter; an address in a
privacy footer is never proposed. The mail is the project's own.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from assistant.adapters import paths
from assistant.adapters.store import Store
from assistant.cli import main
from tests.test_outbox import T0, write_config
from tests.test_scanning import mail

NOW = T0 + timedelta(days=21)


def confirmation(sender: str, subject: str, body: str, msgid: str) -> bytes:
    return mail(
        sender,
        subject,
        body,
        msgid=msgid,
        to="sam.rivers@example.test",
        when=T0,
        headers={"Auto-Submitted": "auto-generated"},
    )


GERMAN = confirmation(
    "Nordlicht Logistik Karriere <no-reply@jobs.nordlicht-logistik.example>",
    "Ihre Bewerbung als Datenanalystin bei Nordlicht Logistik",
    "Sehr geehrte Frau Rivers,\n\n"
    "vielen Dank für Ihre Bewerbung als Datenanalystin bei der Nordlicht Logistik GmbH. "
    "Wir haben Ihre Unterlagen erhalten und werden sie in den nächsten Wochen sorgfältig "
    "prüfen. Bei Fragen wenden Sie sich bitte an Jonas Becker, "
    "jonas.becker@nordlicht-logistik.example.\n\n"
    "Mit freundlichen Grüßen\nIhr Recruiting-Team der Nordlicht Logistik GmbH\n\n"
    "Datenschutz: Informationen zur Verarbeitung Ihrer Daten erhalten Sie unter "
    "datenschutz@nordlicht-logistik.example.\n",
    "de-1@jobs.nordlicht-logistik.example",
)

ENGLISH = confirmation(
    "Harbor Labs Careers <no-reply@ats.harbor-labs.example>",
    "Thank you for applying to Harbor Labs",
    "Hi Sam,\n\n"
    "Thank you for applying to the Data Analyst role at Harbor Labs. We have received your "
    "application and our team will review it over the next two weeks.\n\n"
    "If you have any questions about the process, please contact Dana Fields at "
    "dana.fields@harbor-labs.example, who is the recruiter for this role.\n\n"
    "Best regards,\nThe Harbor Labs Talent Team\n\n"
    "Harbor Labs processes your personal data as described in our privacy notice. To "
    "exercise your rights, write to privacy@harbor-labs.example. If you need an "
    "accommodation during the process, email accommodations@harbor-labs.example.\n",
    "en-1@ats.harbor-labs.example",
)


def cli(config: Path, *argv: str, capsys, now: datetime = NOW) -> str:
    """Run one followup command as if at ``now``; its stdout (it must succeed)."""
    try:
        code = main(["--config", str(config), "--now", now.isoformat(), *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def drafts_after_plan(isolated_env, tmp_path, imap_account, smtp_server, capsys):
    config = write_config(tmp_path / "config.toml", imap_account, smtp_server)
    for raw in (GERMAN, ENGLISH):
        imap_account.deliver(raw)
    cli(config, "scan", capsys=capsys)
    # the model is unsure of the terse German receipt (0.56): plan holds the follow-up
    # until the user confirms it (issue 11), as the user would
    cli(config, "correct", "<de-1@jobs.nordlicht-logistik.example>", "--confirm", capsys=capsys)
    out = cli(config, "plan", "--json", capsys=capsys)
    store = Store.open(paths.database_path(isolated_env.followup_home))
    try:
        yield store, json.loads(out)
    finally:
        store.close()


def by_company(store: Store, word: str):
    [app] = [a for a in store.applications() if word in (a.company or "")]
    [draft] = [d for d in store.drafts(application_id=app.id) if d.is_email]
    return app, draft


def test_a_german_confirmation_gets_a_german_follow_up(drafts_after_plan):
    store, _plan = drafts_after_plan
    _app, draft = by_company(store, "Nordlicht")
    assert draft.template == "de/followup_body.txt.j2"
    assert draft.subject.startswith("Nachfrage zu meiner Bewerbung")
    assert draft.body.startswith("Guten Tag Jonas Becker,")
    assert "Mit freundlichen Grüßen" in draft.body
    assert "2. November 2026" in draft.body  # the date in German too
    assert draft.to_email == "jonas.becker@nordlicht-logistik.example"


def test_a_no_reply_confirmation_naming_a_recruiter_gets_a_draft_to_them(drafts_after_plan):
    store, _plan = drafts_after_plan
    app, draft = by_company(store, "Harbor")
    assert (draft.to_name, draft.to_email) == ("Dana Fields", "dana.fields@harbor-labs.example")
    assert draft.status == "pending" and draft.body.startswith("Hello Dana,")
    reasons = [e["reason"] for e in store.evidence(app.id) if e["kind"] == "recipient"]
    assert reasons == [
        "contact Dana Fields <dana.fields@harbor-labs.example> found named as the contact "
        "in the text"
    ]


def test_a_privacy_footer_address_is_never_proposed(drafts_after_plan):
    store, _plan = drafts_after_plan
    everything = json.dumps(
        [a.contact.email if a.contact else None for a in store.applications()]
        + [d.to_email for d in store.drafts()]
        + [e["reason"] for a in store.applications() for e in store.evidence(a.id)]
    )
    for address in ("privacy@", "datenschutz@", "accommodations@"):
        assert address not in everything


NOBODY_NAMED = confirmation(
    "Northbeam Labs Hiring Team <no-reply@us.greenhouse-mail.io>",
    "Thank you for applying to Northbeam Labs",
    "Hi Sam,\n\nThanks for applying to the Research Engineer role at Northbeam Labs. We have "
    "received your application and our team will review it carefully. If your background is "
    "a match, someone from our team will reach out.\n\nBest,\nNorthbeam Labs Recruiting\n",
    "nb-1@greenhouse.example",
)


@pytest.mark.parametrize("how", ["apps edit --contact", "drafts edit --to"])
def test_setting_a_contact_re_renders_greeting_recipient_and_reason(
    how, isolated_env, tmp_path, imap_account, smtp_server, capsys
):
    config = write_config(tmp_path / "config.toml", imap_account, smtp_server)
    imap_account.deliver(NOBODY_NAMED)
    cli(config, "scan", capsys=capsys)
    cli(config, "plan", capsys=capsys)
    [before] = json.loads(cli(config, "drafts", "list", "--json", capsys=capsys))
    assert before["status"] == "needs_recipient" and before["to"] is None
    assert before["body"].startswith("Hello Northbeam Labs hiring team,")
    assert "needs a recipient" in before["reason"]

    contact = "Lee Park <lee.park@northbeam-labs.example>"
    if how == "apps edit --contact":
        cli(config, "apps", "edit", str(before["application_id"]), "--contact", contact,
            capsys=capsys)  # fmt: skip
    else:
        cli(config, "drafts", "edit", str(before["id"]), "--to", contact, capsys=capsys)

    after = json.loads(cli(config, "drafts", "show", str(before["id"]), "--json", capsys=capsys))
    assert (after["to_name"], after["to"]) == ("Lee Park", "lee.park@northbeam-labs.example")
    assert after["status"] == "pending"
    assert after["body"].startswith("Hello Lee,")
    assert "needs a recipient" not in after["reason"]
    assert "lee.park@northbeam-labs.example" in after["reason"]
    assert after["message_id"] == before["message_id"]  # the same draft, not a new one
    record = json.loads(
        cli(config, "apps", "show", str(before["application_id"]), "--json", capsys=capsys)
    )
    assert record["contact"] == contact
    assert "needs a recipient" not in record["decision"]["reason"]  # the next step follows


def test_the_next_step_follows_a_send_without_another_plan(
    isolated_env, tmp_path, imap_account, smtp_server, capsys
):
    config = write_config(tmp_path / "config.toml", imap_account, smtp_server)
    imap_account.deliver(ENGLISH)
    cli(config, "scan", capsys=capsys)
    cli(config, "plan", capsys=capsys)
    [draft] = json.loads(cli(config, "drafts", "list", "--json", capsys=capsys))
    app_id = str(draft["application_id"])
    shown = json.loads(cli(config, "apps", "show", app_id, "--json", capsys=capsys))
    assert shown["decision"]["action"] == "email"

    cli(config, "drafts", "approve", str(draft["id"]), capsys=capsys)
    cli(config, "send", capsys=capsys)
    assert [m.rcpt_tos for m in smtp_server.messages] == [("dana.fields@harbor-labs.example",)]
    shown = json.loads(cli(config, "apps", "show", app_id, "--json", capsys=capsys))
    assert shown["decision"]["action"] == "none"
    assert "already followed up" in shown["decision"]["reason"]
