"""Pure decisions of core.intake: whose mail, machine or person, and what it writes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from assistant.core import intake
from assistant.core.intake import Writes
from assistant.core.models import Address, Analysis, Kind, Message

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
ME = {"alex@example.org"}


def msg(**kw) -> Message:
    kw.setdefault("sender", Address("Jo Lee", "jo.lee@brightline.example"))
    kw.setdefault("date", NOW)
    kw.setdefault("message_id", "<m1@brightline.example>")
    return Message(**kw)


def row(id=1, **kw):
    values = dict(
        id=id,
        company="Brightline",
        role="Data Analyst",
        status="applied",
        requisition_id=None,
        contact_email="jo.lee@brightline.example",
        thread_message_id="<t1@brightline.example>",
    )
    values.update(kw)
    return values


def test_machine_mail_is_told_by_one_rule_set():
    person = msg()
    assert intake.automatic_reasons(person, Analysis(kind=Kind.OTHER_JOB)) == []
    for headers in (
        {"auto-submitted": "auto-replied"},
        {"precedence": "bulk"},
        {"list-id": "<jobs.brightline.example>"},
        {"list-unsubscribe": "<mailto:leave@brightline.example>"},
        {"x-autoreply": "yes"},
        {"x-mail-autoreply": "1"},  # only the classifier's rules knew this one before
    ):
        assert intake.automatic_reasons(msg(headers=headers)), headers
    no_reply = msg(sender=Address("", "no-reply@brightline.example"))
    assert any("no-reply" in r for r in intake.automatic_reasons(no_reply))
    assert intake.automatic_reasons(person, Analysis(kind=Kind.OTHER_JOB, ats="greenhouse"))


def test_own_mail_is_what_sent_holds_or_what_is_proven_not_a_from_header():
    mine = msg(sender=Address("", "alex@example.org"))
    assert intake.is_outgoing(mine, "sent", ME)
    assert not intake.is_outgoing(mine, "junk", ME)
    assert not intake.is_outgoing(mine, None, ME)  # a forged From: in the inbox
    proven = msg(
        sender=Address("", "alex@example.org"),
        message_id="<x1@example.org>",
        headers={"authentication-results": "mx.example.org; dkim=pass header.d=example.org"},
    )
    assert intake.is_outgoing(proven, None, ME)
    failed = replace(proven, headers={"authentication-results": "mx.example.org; dkim=fail"})
    assert not intake.is_outgoing(failed, None, ME)
    foreign_id = replace(proven, message_id="<x1@attacker.example>")
    assert not intake.is_outgoing(foreign_id, None, ME)
    takeout = msg(headers={"x-gmail-labels": "Sent,Important"})
    assert intake.is_outgoing(takeout, None, ME)


def test_why_fetch_prefers_thread_then_contact_then_domain_then_screen():
    known = intake.Known.of([row()], [], [])
    reply = msg(in_reply_to="<t1@brightline.example>")
    assert "thread of application 1" in (intake.why_fetch(reply, None, known, ME, None) or "")
    contact = msg()
    assert "contact of application 1" in (intake.why_fetch(contact, None, known, ME, None) or "")
    colleague = msg(sender=Address("", "sam@careers.brightline.example"))
    assert "known employer" in (intake.why_fetch(colleague, None, known, ME, None) or "")
    stranger = msg(sender=Address("", "pat@elsewhere.example"))
    assert intake.why_fetch(stranger, None, known, ME, None) is None
    assert intake.why_fetch(stranger, None, known, ME, lambda m: "screened") == "screened"


def test_a_person_replying_updates_contact_thread_and_status():
    known = intake.Known.of([row()], [], [])
    reply = msg(in_reply_to="<t1@brightline.example>", message_id="<r1@brightline.example>")
    writes = intake.incoming(
        reply,
        Analysis(kind=Kind.OTHER_JOB, reasons=("asks for a call",)),
        known,
        own=ME,
        now=NOW,
    )
    assert writes is not None and writes.application_id == 1
    assert writes.fields["status"] == "replied"
    assert writes.fields["thread_message_id"] == "<r1@brightline.example>"
    assert writes.evidence[0][0] == "other_job"
    assert writes.void_drafts  # a status change re-checks the open drafts


def test_a_no_follow_up_request_keeps_its_phrase_and_voids_drafts():
    known = intake.Known.of([row()], [], [])
    analysis = Analysis(
        kind=Kind.APPLICATION_CONFIRMATION,
        company="Brightline",
        role="Data Analyst",
        no_follow_up=True,
        no_follow_up_phrase="please do not contact us",
    )
    writes = intake.incoming(
        msg(sender=Address("", "no-reply@brightline.example")),
        analysis,
        known,
        own=ME,
        now=NOW,
    )
    assert writes is not None and writes.void_drafts
    assert ("no_follow_up", "asked not to be followed up: 'please do not contact us'") in (
        writes.evidence
    )
    assert "contact_email" not in writes.fields  # a machine is never the contact


def test_own_mail_to_a_known_contact_is_a_follow_up():
    known = intake.Known.of([row()], [], [])
    mine = msg(
        sender=Address("", "alex@example.org"), to=(Address("", "jo.lee@brightline.example"),)
    )
    [writes] = intake.outgoing(mine, known, own=ME, now=NOW)
    assert writes.follow_up and writes.application_id == 1
    assert writes.evidence == (
        ("follow_up", "you wrote to them (sent to jo.lee@brightline.example)"),
    )


def test_own_mail_with_a_resume_to_a_new_employer_creates_an_application():
    mine = msg(
        sender=Address("", "alex@example.org"),
        to=(Address("Kim Park", "kim.park@lumen-works.example"),),
        subject="Application for Data Analyst at Lumen Works",
        attachments=("Alex_CV.pdf",),
    )
    [writes] = intake.outgoing(mine, intake.Known(), own=ME, now=NOW)
    assert writes.creates
    assert writes.fields["company"] == "Lumen Works" and writes.fields["role"] == "Data Analyst"
    assert writes.fields["applied_at"] == NOW and writes.fields["source"] == "sent"


def test_a_reply_to_naming_the_user_never_becomes_the_contact():
    analysis = Analysis(
        kind=Kind.APPLICATION_CONFIRMATION,
        company="Lumen Works",
        role="Data Analyst",
        contact=Address("Alex", "alex@example.org"),
    )
    writes = intake.incoming(msg(), analysis, intake.Known(), own=ME, now=NOW)
    assert writes is not None and writes.creates
    assert "contact_email" not in writes.fields


def test_a_look_alike_domain_is_proposed_and_flagged_never_taken():
    known = intake.Known.of([row()], [], [])
    fake = msg(sender=Address("Jo Lee", "jo.lee@brightIine.example"))
    analysis = Analysis(kind=Kind.OTHER_JOB, company="Brightline", role="Data Analyst")
    writes = intake.incoming(fake, analysis, known, own=ME, now=NOW)
    assert writes is not None and writes.application_id == 1
    assert "contact_email" not in writes.fields and "thread_message_id" not in writes.fields
    [proposed] = [reason for kind, reason in writes.evidence if kind == "proposed_contact"]
    assert "LOOK-ALIKE of brightline.example" in proposed
    cyrillic = msg(sender=Address("", "jo@brightlinе.example"))  # a Cyrillic 'е'
    writes = intake.incoming(cyrillic, analysis, known, own=ME, now=NOW)
    assert writes is not None and any("LOOK-ALIKE" in r for _, r in writes.evidence)


def test_dates_from_a_broken_clock_never_become_the_applied_date():
    for broken in (datetime(2099, 1, 1, tzinfo=UTC), datetime(1970, 1, 1, tzinfo=UTC)):
        analysis = Analysis(kind=Kind.APPLICATION_CONFIRMATION, company="Lumen", role="QA")
        writes = intake.incoming(msg(date=broken), analysis, intake.Known(), own=ME, now=NOW)
        assert writes is not None and writes.fields["applied_at"] == NOW


def test_a_message_for_one_of_several_applications_naming_none_is_unsure():
    known = intake.Known.of(
        [row(1, role="Data Analyst"), row(2, role="Product Manager", thread_message_id=None)],
        [],
        [],
    )
    rejection = msg(sender=Address("Sam", "sam@brightline.example"))
    analysis = Analysis(kind=Kind.REJECTION, company="Brightline")
    writes = intake.incoming(rejection, analysis, known, own=ME, now=NOW)
    assert writes is not None and writes.unsure == (1, 2) and not writes.fields
    assert writes.evidence[0][0] == "unsure"
    named = Analysis(kind=Kind.REJECTION, company="Brightline", role="Product Manager")
    writes = intake.incoming(rejection, named, known, own=ME, now=NOW)
    assert writes is not None and writes.application_id == 2


def _fresh(sender: Address, confidence: float) -> Writes | None:
    """A mail that is no reply, read as not job mail with ``confidence``, against one
    application at Brightline (brightline.example)."""
    known = intake.Known.of([row()], [], [])
    analysis = Analysis(kind=Kind.NOT_JOB, confidence=confidence, reasons=("no job wording",))
    return intake.incoming(msg(sender=sender), analysis, known, own=ME, now=NOW)


def test_an_unsure_word_from_a_person_at_the_employer_is_kept_and_changes_nothing():
    """ "We went another way for the barista spot, sorry!" has no job word: read as not
    job mail, but unsure and from the employer's own domain, it is kept with the
    application (so its follow-ups wait for the user's word), and no field moves."""
    writes = _fresh(Address("Jen Marsh", "jen@brightline.example"), 0.55)
    assert writes is not None and writes.application_id == 1
    assert writes.fields == {}
    assert writes.evidence[0][0] == "not_job"
    assert "a person at the employer wrote" in writes.evidence[0][1]


def test_a_sure_reading_a_machine_or_another_domain_keeps_nothing():
    assert _fresh(Address("Jen Marsh", "jen@brightline.example"), 0.95) is None
    assert _fresh(Address("Jen", "jen.marsh@gmail.com"), 0.55) is None  # free mail
    assert _fresh(Address("Jen", "jen@otherfirm.example"), 0.55) is None
    assert _fresh(Address("Brightline", "no-reply@brightline.example"), 0.55) is None
