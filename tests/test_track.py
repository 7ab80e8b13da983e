"""Pure matching and status rules of core.track."""

from __future__ import annotations

from datetime import UTC, date, datetime

from assistant.core import sent, track
from assistant.core.models import Address, Analysis, Kind, Message, Status

WHEN = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def msg(**kw) -> Message:
    kw.setdefault("sender", Address("Jane Roe", "jane@acme-robotics.example"))
    kw.setdefault("date", WHEN)
    return Message(**kw)


def app(id=1, company="Acme Robotics", role="Data Analyst", status=Status.APPLIED, **kw):
    return track.AppSummary(id=id, company=company, role=role, status=status, **kw)


def test_company_names_normalise_for_matching():
    assert track.normalise_company("Acme Robotics, Inc.") == "acme robotics"
    assert track.normalise_company("ACME  Robotics GmbH") == "acme robotics"
    assert track.normalise_company("Fabrikam & Co") == "fabrikam and"
    assert track.normalise_role("Sr. Data Analyst (m/w/d)") == "senior data analyst"


def test_employer_domain_ignores_ats_and_free_mail():
    assert track.employer_domain("us.greenhouse-mail.io") == ""
    assert track.employer_domain("gmail.com") == ""
    assert track.employer_domain("mail.acme-robotics.example") == "acme-robotics.example"
    assert track.employer_domain("jobs.contoso.co.uk") == "contoso.co.uk"


def test_thread_match_wins_over_everything():
    known = [app(1, message_ids=frozenset({"<a@x>"})), app(2, company="Other")]
    m = msg(in_reply_to="<a@x>")
    found = track.find_application(m, Analysis(kind=Kind.NOT_JOB, company="Other"), known)
    assert found is not None and found.application_id == 1
    assert "thread" in found.reason


def test_company_and_role_match_merges_linkedin_and_ats_confirmations():
    known = [app(1, company="Acme Robotics Inc", role="Data Analyst")]
    analysis = Analysis(
        kind=Kind.APPLICATION_CONFIRMATION, company="ACME Robotics", role="Data Analyst"
    )
    change = track.decide(msg(), analysis, known, is_automatic=True)
    assert change.action == "update" and change.application_id == 1
    assert change.status is None


def test_different_role_same_company_is_a_new_application():
    known = [app(1, company="Acme Robotics", role="Data Analyst")]
    analysis = Analysis(
        kind=Kind.APPLICATION_CONFIRMATION, company="Acme Robotics", role="Backend Engineer"
    )
    change = track.decide(msg(), analysis, known, is_automatic=True)
    assert change.action == "create"


def test_a_longer_writing_of_the_company_is_the_same_employer():
    """The confirmation came through one tracking system ("Northwind"), the refusal
    through another, its footer naming the firm in full: one application, rejected."""
    known = [app(1, company="Northwind", role="Data Analyst")]
    rejection = Analysis(
        kind=Kind.REJECTION, company="Northwind Traders GmbH & Co. KG", role="Data Analyst"
    )
    ats = Address("Careers", "no-reply@us.greenhouse-mail.io")
    change = track.decide(msg(sender=ats), rejection, known, is_automatic=True)
    assert change.action == "update" and change.application_id == 1
    assert change.status is Status.REJECTED
    assert (
        "same employer (Northwind Traders GmbH & Co. KG / Northwind) and the same role"
        in change.reason
    )
    # and the other way round, for a role-less confirmation the same day
    known = [app(2, company="Northwind Traders", role=None, applied_at=WHEN)]
    short = Analysis(kind=Kind.APPLICATION_CONFIRMATION, company="Northwind")
    change = track.decide(msg(sender=ats), short, known, is_automatic=True)
    assert change.action == "update" and change.application_id == 2


def test_names_that_only_share_a_common_first_word_are_other_employers():
    assert track.same_employer_name("northwind", "northwind traders")
    assert not track.same_employer_name("deutsche", "deutsche bank")
    assert not track.same_employer_name("university", "university of leeds")
    assert not track.same_employer_name("ibm", "ibm research")  # too short to be sure
    assert not track.same_employer_name("northwind", "northwinds")  # whole words only
    assert not track.same_employer_name("", "northwind")
    known = [app(1, company="Deutsche Bank", role="Data Analyst")]
    other = Analysis(kind=Kind.REJECTION, company="Deutsche Bahn", role="Data Analyst")
    ats = Address("Careers", "no-reply@us.greenhouse-mail.io")
    assert track.decide(msg(sender=ats), other, known, is_automatic=True).action != "update"


def test_rejection_moves_status_and_auto_reply_does_not():
    known = [app(1)]
    rejection = Analysis(kind=Kind.REJECTION, company="Acme Robotics", role="Data Analyst")
    assert track.decide(msg(), rejection, known, is_automatic=True).status is Status.REJECTED
    ooo = Analysis(kind=Kind.AUTO_REPLY)
    known_thread = [app(1, message_ids=frozenset({"<mine@me>"}))]
    change = track.decide(msg(in_reply_to="<mine@me>"), ooo, known_thread, is_automatic=True)
    assert change.action == "update" and change.status is None
    assert "not counted as a reply" in change.reason


def test_human_reply_in_thread_is_replied():
    known = [app(1, message_ids=frozenset({"<mine@me>"}))]
    change = track.decide(
        msg(in_reply_to="<mine@me>"), Analysis(kind=Kind.OTHER_JOB), known, is_automatic=False
    )
    assert change.status is Status.REPLIED


def test_status_never_moves_backwards_but_a_closed_application_can_revive():
    interviewing = [app(1, status=Status.INTERVIEWING, message_ids=frozenset({"<m@x>"}))]
    change = track.decide(
        msg(in_reply_to="<m@x>"), Analysis(kind=Kind.OTHER_JOB), interviewing, is_automatic=False
    )
    assert change.status is None
    rejected = [app(1, status=Status.REJECTED)]
    invite = Analysis(kind=Kind.INTERVIEW_INVITATION, company="Acme Robotics")
    assert track.decide(msg(), invite, rejected, is_automatic=False).status is Status.INTERVIEWING


def test_unmatched_rejection_creates_a_record_with_that_status():
    analysis = Analysis(kind=Kind.REJECTION, company="Fabrikam")
    change = track.decide(msg(), analysis, [], is_automatic=True)
    assert change.action == "create" and change.status is Status.REJECTED


def test_unmatched_job_alert_is_ignored():
    change = track.decide(msg(), Analysis(kind=Kind.OTHER_JOB), [], is_automatic=True)
    assert change.action == "ignore"


def test_merge_fills_gaps_and_keeps_no_follow_up():
    existing = {"company": "Acme", "role": None, "no_follow_up": 1, "contact_email": None}
    new = {
        "company": "ACME Inc",
        "role": "Analyst",
        "no_follow_up": True,
        "no_follow_up_phrase": "x",
        "contact_email": "jane@acme.example",
    }
    merged = track.merge_fields(existing, new)
    assert merged == {"role": "Analyst", "contact_email": "jane@acme.example"}


def test_applied_at_uses_the_stated_date():
    analysis = Analysis(kind=Kind.APPLICATION_CONFIRMATION, applied_on=date(2026, 10, 30))
    assert track.applied_at(msg(), analysis, WHEN).date() == date(2026, 10, 30)


def test_application_from_sent_needs_a_resume_and_reads_the_subject():
    mail = Message(
        subject="Application for Data Analyst at Acme Robotics",
        to=(Address("Jane Roe", "jane@acme-robotics.example"),),
        attachments=("Alex_Morgan_CV.pdf",),
    )
    [found] = sent.read_application(mail, own=())
    assert found.role == "Data Analyst" and found.company == "Acme Robotics"
    assert found.contact.email == "jane@acme-robotics.example"
    no_cv = Message(subject="Lunch?", to=mail.to, attachments=("photo.jpg",))
    assert sent.read_application(no_cv, own=()) == []


def test_application_from_sent_falls_back_to_the_domain():
    mail = Message(
        subject="My CV",
        to=(Address("", "hr@fabrikam-labs.example"),),
        attachments=("cv.docx",),
    )
    [found] = sent.read_application(mail, own=())
    assert found.company == "Fabrikam Labs"


def test_consumer_mail_domains_are_no_employer_but_lookalikes_are():
    for consumer in ("gmx.de", "mail.yahoo.co.uk", "me.com", "web.de", "live.com"):
        assert track.employer_domain(consumer) == "", consumer
    assert track.employer_domain("acme.com") == "acme.com"  # not 'me.com'
    assert track.employer_domain("olive-labs.com") == "olive-labs.com"  # not 'live.'
    assert track.employer_domain("hire.lever.co") == ""
