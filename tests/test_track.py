"""Pure matching and status rules of core.track."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from assistant.core import match_keys, sent, track
from assistant.core.models import Address, Analysis, Kind, Message, Status
from assistant.core.same_employer import same_employer_name

WHEN = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def msg(**kw) -> Message:
    kw.setdefault("sender", Address("Jane Roe", "jane@acme-robotics.example"))
    kw.setdefault("date", WHEN)
    return Message(**kw)


def app(id=1, company="Acme Robotics", role="Data Analyst", status=Status.APPLIED, **kw):
    return track.AppSummary(id=id, company=company, role=role, status=status, **kw)


def test_company_names_normalise_for_matching():
    assert match_keys.normalise_company("Acme Robotics, Inc.") == "acme robotics"
    assert match_keys.normalise_company("ACME  Robotics GmbH") == "acme robotics"
    assert match_keys.normalise_company("Fabrikam & Co") == "fabrikam"
    # the legal forms a tracking system's mail writes and the employer's own mail does not
    assert match_keys.normalise_company("Banco Meridional S.A.") == "banco meridional"
    assert match_keys.normalise_company("Lusoverde Energias Renováveis, S.A.") == (
        "lusoverde energias renovaveis"
    )
    assert (
        match_keys.normalise_company("Química Andina do Brasil Ltda.") == "quimica andina do brasil"
    )
    assert match_keys.normalise_company("Banca Orobica S.p.A.") == "banca orobica"
    assert match_keys.normalise_company("Nordlicht Drogerie GmbH & Co. KG") == "nordlicht drogerie"
    assert (
        match_keys.normalise_company("Grand Hotel & Spa") == "grand hotel and spa"
    )  # no legal form
    assert match_keys.normalise_role("Sr. Data Analyst (m/w/d)") == "senior data analyst"


def test_employer_domain_ignores_ats_and_free_mail():
    assert match_keys.employer_domain("us.greenhouse-mail.io") == ""
    assert match_keys.employer_domain("gmail.com") == ""
    assert match_keys.employer_domain("mail.acme-robotics.example") == "acme-robotics.example"
    assert match_keys.employer_domain("jobs.contoso.co.uk") == "contoso.co.uk"


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


ATS = Address("Careers", "no-reply@us.greenhouse-mail.io")


def test_a_longer_writing_of_the_company_is_the_same_employer_for_the_same_role():
    """The confirmation came through one tracking system ("Northwind"), the refusal
    through another, its footer naming the firm in full: one application, rejected."""
    known = [app(1, company="Northwind", role="Data Analyst")]
    rejection = Analysis(
        kind=Kind.REJECTION, company="Northwind Traders GmbH & Co. KG", role="Data Analyst"
    )
    change = track.decide(msg(sender=ATS), rejection, known, is_automatic=True)
    assert change.action == "update" and change.application_id == 1
    assert change.status is Status.REJECTED
    assert change.reason.endswith(
        "same employer (Northwind Traders GmbH & Co. KG / Northwind) and the same role "
        "(Data Analyst)"
    )


def test_the_reason_names_the_application_matched():
    known = [
        app(1, company="Siemens Energy", role="Data Analyst"),
        app(2, company="Siemens Healthineers", role="Nurse"),
    ]
    refusal = Analysis(kind=Kind.REJECTION, company="Siemens", role="Nurse")
    change = track.decide(msg(sender=ATS), refusal, known, is_automatic=True)
    assert change.application_id == 2
    assert "(Siemens / Siemens Healthineers)" in change.reason


def test_a_longer_or_shorter_name_without_the_same_role_is_another_employer():
    """ "Siemens" and "Siemens Healthineers", "Bosch" and "Bosch Rexroth": two employers
    as often as one; only the role decides."""
    known = [app(1, company="Siemens Healthineers", role="Data Analyst")]
    other_role = Analysis(kind=Kind.REJECTION, company="Siemens", role="Nurse")
    change = track.decide(msg(sender=ATS), other_role, known, is_automatic=True)
    assert not (change.action == "update" and change.application_id == 1), change.reason
    known = [app(1, company="Bosch Rexroth", role="Data Analyst")]
    no_role = Analysis(kind=Kind.REJECTION, company="Bosch")
    change = track.decide(msg(sender=ATS), no_role, known, is_automatic=True)
    assert not (change.action == "update" and change.application_id == 1), change.reason


def test_the_employers_own_domain_beats_a_longer_name():
    known = [
        app(
            1, company="Bosch Rexroth", role="Data Analyst", contact_email="hr@boschrexroth.example"
        ),
        app(2, company="Robert Bosch", role="Data Analyst", contact_email="hr@bosch.example"),
    ]
    refusal = Analysis(kind=Kind.REJECTION, company="Bosch", role="Data Analyst")
    person = Address("Jane Roe", "jane.roe@bosch.example")
    change = track.decide(msg(sender=person), refusal, known, is_automatic=False)
    assert change.application_id == 2, change.reason


def test_a_longer_name_is_no_match_where_something_known_says_otherwise():
    """Found by review, once the scan's index let this rule see every application
    sharing a first word: another employer domain, another requisition id, a role that
    merely contains the other, or two employers that both fit."""
    refusal = Analysis(kind=Kind.REJECTION, company="Metro Bank PLC", role="Advisor")
    known = [app(1, company="Metro", role="Advisor", contact_email="jobs@metro.example")]
    banker = Address("Careers", "careers@metrobank.example")
    change = track.decide(msg(sender=banker), refusal, known, is_automatic=True)
    assert change.action == "create", change.reason
    known = [app(1, company="Acme Robotics", role="Engineer", requisition_id="R-1")]
    other_id = Analysis(kind=Kind.REJECTION, company="Acme", role="Engineer", requisition_id="R-2")
    assert track.decide(msg(sender=ATS), other_id, known, is_automatic=True).action == "create"
    known = [app(1, company="Nordlicht Drogerie", role="Internal Auditor")]
    intern = Analysis(kind=Kind.REJECTION, company="Nordlicht", role="Intern")
    assert track.decide(msg(sender=ATS), intern, known, is_automatic=True).action == "create"
    known = [
        app(1, company="Acme Robotics", role="Engineer"),
        app(2, company="Acme Foods", role="Engineer"),
    ]
    either = Analysis(kind=Kind.REJECTION, company="Acme", role="Engineer")
    change = track.decide(msg(sender=ATS), either, known, is_automatic=True)
    assert change.action == "unsure" and change.candidates == (1, 2), change.reason


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("deutsche", "deutsche bank"),
        ("university", "university of leeds"),
        ("sparkasse", "sparkasse koelnbonn"),
        ("gemeente", "gemeente amsterdam"),
        ("comune", "comune di milano"),
        ("ayuntamiento", "ayuntamiento de madrid"),
        ("caixa", "caixa geral de depositos"),
        ("societe", "societe generale"),
        ("koninklijke", "koninklijke philips"),
        ("ibm", "ibm research"),  # too short to be sure
        ("northwind", "northwinds"),  # whole words only
        ("", "northwind"),
    ],
)
def test_names_that_only_share_a_common_first_word_are_other_employers(short, long):
    assert not same_employer_name(short, long)
    assert not same_employer_name(long, short)


def test_same_employer_name_takes_the_first_words_either_way():
    assert same_employer_name("northwind", "northwind traders")
    assert same_employer_name("northwind traders", "northwind")
    assert not same_employer_name("northwind", "northwind")  # that is the exact match


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


def test_a_person_at_the_employers_domain_replies_whatever_the_company_is_called():
    """A person's job mail from the employer's own domain is a reply; a company whose
    name holds the word "domain" ("Bluedomain Studios") matched by name is not one (the
    match used to be told by that word in its reason)."""
    person = Address("Jo Lee", "jo.lee@acme-robotics.example")
    known = [app(1, company="Acme Robotics", contact_email="hr@acme-robotics.example")]
    by_domain = track.decide(
        msg(sender=person), Analysis(kind=Kind.OTHER_JOB), known, is_automatic=False
    )
    assert by_domain.status is Status.REPLIED
    assert "employer's domain" in by_domain.reason
    # the same person's mail naming the company is matched by name, and is a reply too
    named = Analysis(kind=Kind.OTHER_JOB, company="Acme Robotics")
    by_company = track.decide(msg(sender=person), named, known, is_automatic=False)
    assert "same company" in by_company.reason
    assert by_company.status is Status.REPLIED
    # a machine at that domain is no person answering
    assert track.decide(msg(sender=person), named, known, is_automatic=True).status is None
    studio = [app(1, company="Bluedomain Studios", role="Level Designer")]
    friend = Address("Jo Lee", "jo.lee@gmail.com")
    note = Analysis(kind=Kind.OTHER_JOB, company="Bluedomain Studios")
    by_name = track.decide(msg(sender=friend), note, studio, is_automatic=False)
    assert by_name.application_id == 1 and "Bluedomain" in by_name.reason
    assert by_name.status is None


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
        assert match_keys.employer_domain(consumer) == "", consumer
    assert match_keys.employer_domain("acme.com") == "acme.com"  # not 'me.com'
    assert match_keys.employer_domain("olive-labs.com") == "olive-labs.com"  # not 'live.'
    assert match_keys.employer_domain("hire.lever.co") == ""


def test_a_firm_the_text_leaves_unnamed_is_found_by_the_senders_name():
    # "Morgan Stanley" <no-reply@us.greenhouse-mail.io>, signed "Morgan Stanley": a firm or
    # a recruiter writing as herself; extraction leaves the company out, the user's
    # application at Morgan Stanley says which
    known = [app(1, company="Goldman Sachs"), app(2, company="Morgan Stanley", role="Analyst")]
    ats = Address("Morgan Stanley", "no-reply@us.greenhouse-mail.io")
    refusal = Analysis(kind=Kind.REJECTION, company=None)
    found = track.find_application(msg(sender=ats), refusal, known)
    assert isinstance(found, track.Match) and found.application_id == 2
    assert "sender's name" in found.reason
    # a team word goes: "Morgan Stanley Recruiting"
    teamed = Address("Morgan Stanley Recruiting", "no-reply@hire.lever.co")
    found = track.find_application(msg(sender=teamed), refusal, known)
    assert isinstance(found, track.Match) and found.application_id == 2


def test_the_senders_name_is_asked_only_where_the_text_names_no_employer():
    known = [app(1, company="Morgan Stanley")]
    ats = Address("Morgan Stanley", "no-reply@us.greenhouse-mail.io")
    # the text names another employer: that one, not the sender's name
    named = Analysis(kind=Kind.REJECTION, company="Clifford Chance")
    assert track.find_application(msg(sender=ats), named, known) is None
    # a person with no application at her name: nothing
    person = Address("Jordan Price", "no-reply@us.greenhouse-mail.io")
    assert track.find_application(msg(sender=person), Analysis(kind=Kind.REJECTION), known) is None
    # not job mail: its sender is no employer
    assert track.find_application(msg(sender=ats), Analysis(kind=Kind.NOT_JOB), known) is None


def test_a_firm_the_text_leaves_unnamed_is_found_by_the_name_it_signs_with():
    # "Recruiting" <no-reply@...> signed "Zalando Talent Acquisition": a firm or a
    # department, which the mail cannot tell; an application at Zalando can
    known = [app(1, company="Goldman Sachs"), app(2, company="Zalando SE", role="Analyst")]
    ats = Address("Recruiting", "no-reply@us.greenhouse-mail.io")
    signed = msg(
        sender=ats,
        text="Dear Alex,\n\nUnfortunately we will not move forward.\n\n"
        "Best regards,\nZalando Talent Acquisition",
    )
    found = track.find_application(signed, Analysis(kind=Kind.REJECTION), known)
    assert isinstance(found, track.Match) and found.application_id == 2
    assert "signature is an employer's (zalando)" in found.reason


def test_a_board_a_person_or_a_name_signed_alone_is_no_unnamed_employer():
    # the review's cases: each of these names is also an employer the user applied to
    known = [app(1, company="XING"), app(2, company="Zara"), app(3, company="OTTO")]
    known.append(app(4, company="Paul Smith"))
    refusal = Analysis(kind=Kind.REJECTION)
    board = Address("XING", "mailrobot@mail.xing.com")  # a job board's own name
    assert track.find_application(msg(sender=board, text="Ihr XING Team"), refusal, known) is None
    person = Address("Zara Ahmed", "zara.ahmed@gmail.com")  # a person's own address
    invite = Analysis(kind=Kind.INTERVIEW_INVITATION, role="Data Analyst")
    assert track.find_application(msg(sender=person, text="Best, Zara"), invite, known) is None
    ats = Address("Talent Team", "no-reply@us.greenhouse-mail.io")
    for signed in ("Best,\nOtto", "Kind regards,\nPaul Smith"):  # signed without team words
        assert track.find_application(msg(sender=ats, text=signed), refusal, known) is None


def test_an_unnamed_employer_needs_the_same_role_and_one_employer():
    known = [app(1, company="Morgan Stanley", role="Credit Analyst")]
    ats = Address("Morgan Stanley", "no-reply@us.greenhouse-mail.io")
    other_role = Analysis(kind=Kind.REJECTION, role="Software Engineer")
    assert track.find_application(msg(sender=ats), other_role, known) is None
    # the display name and the signature name two employers: never a guess
    known.append(app(2, company="Zalando", role="Credit Analyst"))
    both = msg(sender=ats, text="Best regards,\nZalando Talent Acquisition")
    found = track.find_application(both, Analysis(kind=Kind.REJECTION), known)
    assert isinstance(found, track.Unsure) and set(found.candidates) == {1, 2}


def test_the_second_reviews_cases_of_the_unnamed_employer():
    known = [app(1, company="Zalando"), app(2, company="Zara"), app(3, company="Paul Smith")]
    known.append(app(4, company="Welcome to the Jungle"))
    refusal = Analysis(kind=Kind.REJECTION)
    ats = Address("Talent Team", "no-reply@us.greenhouse-mail.io")
    # a team's sign-off without a closing line: "The Zalando Team"
    found = track.find_application(
        msg(sender=ats, text="Hi Alex,\n\nThe Zalando Team"), refusal, known
    )
    assert isinstance(found, track.Match) and found.application_id == 1
    # a department in brackets after a first name
    assert track.find_application(msg(sender=ats, text="Best,\nZara (HR)"), refusal, known) is None
    # a person's own address on a platform, and a recruiter who signs her name on a no-reply
    own = Address("Paul Smith", "paul.smith@myworkday.com")
    assert track.find_application(msg(sender=own), refusal, known) is None
    noreply = Address("Paul Smith", "no-reply@us.greenhouse-mail.io")
    signed = msg(sender=noreply, text="Best regards,\nPaul Smith\nSenior Recruiter")
    assert track.find_application(signed, refusal, known) is None
    # a tracking system's own name
    wttj = Address("Welcome to the Jungle", "no-reply@welcometothejungle.com")
    assert track.find_application(msg(sender=wttj), refusal, known) is None
    # a receipt or an alert naming no employer waits for one: only outcomes use the key
    firm = Address("Zalando", "no-reply@us.greenhouse-mail.io")
    for kind in (Kind.APPLICATION_CONFIRMATION, Kind.OTHER_JOB):
        assert track.find_application(msg(sender=firm), Analysis(kind=kind), known) is None
