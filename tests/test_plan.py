"""The planner: when a follow-up is due, how it goes, and why (pure, no fakes needed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.core.addresses import is_human_address, is_no_reply
from assistant.core.models import FINAL_STATUSES, Address, Application, ResponseWindow, Status
from assistant.core.plan import ACTIONS, Decision, Policy, decide, plan
from assistant.core.workdays import add_business_days, next_working_time
from assistant.errors import ConfigError

BERLIN = ZoneInfo("Europe/Berlin")
RECRUITER = Address("Robin Okoye", "robin.okoye@quillfeather.example")
ATS_SENDER = Address("Quillfeather Careers", "no-reply@ats-mail.example")

# Monday 2 November 2026, 10:00 in Berlin
APPLIED = datetime(2026, 11, 2, 10, 0, tzinfo=BERLIN)


def application(**changes: object) -> Application:
    base = Application(
        id=7,
        company="Quillfeather Labs",
        role="Data Analyst",
        status=Status.APPLIED,
        applied_at=APPLIED,
        contact=RECRUITER,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


POLICY = Policy(timezone="Europe/Berlin")


def one(app: Application, now: datetime, policy: Policy = POLICY) -> Decision:
    [decision] = plan([app], policy, now)
    assert decision.action in ACTIONS
    assert decision.reason
    return decision


# -- business days and working hours ---------------------------------------------------


def test_due_seven_business_days_after_the_application() -> None:
    decision = one(application(), datetime(2026, 11, 11, 12, 0, tzinfo=BERLIN))
    assert decision.action == "email"
    assert decision.channel == "email"
    assert decision.due_at == datetime(2026, 11, 11, 10, 0, tzinfo=BERLIN)
    assert decision.recipient == RECRUITER
    assert not decision.needs_recipient
    assert decision.reason.startswith(
        "due: 7 business days since you applied on 2026-11-02 (policy.follow_up_after_days)"
    )


def test_before_due_waits_with_the_due_date() -> None:
    decision = one(application(), datetime(2026, 11, 11, 9, 59, tzinfo=BERLIN))
    assert decision.action == "wait"
    assert decision.channel == "email"
    assert decision.due_at == datetime(2026, 11, 11, 10, 0, tzinfo=BERLIN)
    assert decision.reason.startswith("not yet: due 2026-11-11 10:00")
    assert not decision.is_due


def test_weekends_are_not_business_days() -> None:
    # Friday 6 November + 1 business day is Monday 9 November
    friday = datetime(2026, 11, 6, 11, 0, tzinfo=BERLIN)
    decision = one(
        application(applied_at=friday),
        datetime(2026, 11, 9, 12, 0, tzinfo=BERLIN),
        Policy(timezone="Europe/Berlin", follow_up_after_days=1),
    )
    assert decision.due_at == datetime(2026, 11, 9, 11, 0, tzinfo=BERLIN)
    assert decision.action == "email"
    assert add_business_days(date(2026, 11, 7), 1) == date(2026, 11, 9)  # Saturday + 1


def test_holidays_count_as_business_days_unless_configured() -> None:
    # Friday 25 December 2026: no holidays by default, so it is a business day
    applied = datetime(2026, 12, 24, 10, 0, tzinfo=BERLIN)
    now = datetime(2026, 12, 31, 12, 0, tzinfo=BERLIN)
    plain = one(application(applied_at=applied), now, Policy(timezone="Europe/Berlin"))
    assert plain.due_at is not None and plain.due_at.date() == date(2027, 1, 4)
    with_holidays = Policy(
        timezone="Europe/Berlin", holidays=frozenset({date(2026, 12, 25), date(2027, 1, 1)})
    )
    later = one(application(applied_at=applied), now, with_holidays)
    assert later.due_at is not None and later.due_at.date() == date(2027, 1, 6)
    assert later.action == "wait"


@pytest.mark.parametrize(
    ("applied", "expected"),
    [
        # in the evening: +7 business days lands at 19:30, moved to the next morning
        (datetime(2026, 11, 2, 19, 30), datetime(2026, 11, 12, 9, 0)),
        # early morning: moved to 09:00 the same day
        (datetime(2026, 11, 2, 6, 15), datetime(2026, 11, 11, 9, 0)),
        # on a Saturday at noon: 7 business days later is Tuesday, noon is fine
        (datetime(2026, 11, 7, 12, 0), datetime(2026, 11, 17, 12, 0)),
        # Friday late: lands on Tuesday 23:00, moved to Wednesday 09:00
        (datetime(2026, 11, 6, 23, 0), datetime(2026, 11, 18, 9, 0)),
    ],
)
def test_due_lands_in_working_hours(applied: datetime, expected: datetime) -> None:
    decision = one(
        application(applied_at=applied.replace(tzinfo=BERLIN)),
        datetime(2026, 12, 1, tzinfo=BERLIN),
    )
    assert decision.due_at == expected.replace(tzinfo=BERLIN)
    assert decision.due_at is not None
    assert decision.due_at.weekday() < 5
    assert 9 <= decision.due_at.hour < 17


def test_custom_working_hours_and_workdays() -> None:
    policy = Policy(
        timezone="UTC", working_hours=(10, 14), workdays=frozenset({0, 1, 2, 3}), calls=False
    )
    # Thursday 16:00 + 1 business day (Mon-Thu) = Monday 16:00 -> after hours -> Tuesday 10:00
    applied = datetime(2026, 11, 5, 16, 0, tzinfo=UTC)
    decision = one(
        application(applied_at=applied),
        datetime(2026, 11, 20, tzinfo=UTC),
        replace(policy, follow_up_after_days=1),
    )
    assert decision.due_at == datetime(2026, 11, 10, 10, 0, tzinfo=UTC)


def test_time_zone_decides_the_local_day() -> None:
    # 23:30 UTC on Sunday is already Monday 08:30 in Tokyo (+9)
    applied = datetime(2026, 11, 1, 23, 30, tzinfo=UTC)
    tokyo = Policy(timezone="Asia/Tokyo")
    utc = Policy(timezone="UTC")
    now = datetime(2026, 12, 1, tzinfo=UTC)
    in_tokyo = one(application(applied_at=applied), now, tokyo).due_at
    in_utc = one(application(applied_at=applied), now, utc).due_at
    assert in_tokyo == datetime(2026, 11, 11, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    # Sunday 23:30 UTC + 7 business days = Tuesday 10 Nov 23:30 -> Wednesday 09:00 UTC
    assert in_utc == datetime(2026, 11, 11, 9, 0, tzinfo=UTC)
    assert in_tokyo is not None and in_utc is not None and in_tokyo < in_utc
    assert str(in_tokyo.tzinfo) == "Asia/Tokyo"


def test_naive_datetimes_are_taken_as_utc() -> None:
    naive = one(application(applied_at=datetime(2026, 11, 2, 10, 0)), datetime(2026, 11, 20))
    aware = one(
        application(applied_at=datetime(2026, 11, 2, 10, 0, tzinfo=UTC)),
        datetime(2026, 11, 20, tzinfo=UTC),
    )
    assert naive == aware


def test_due_across_a_daylight_saving_change_keeps_local_time() -> None:
    # Berlin leaves summer time on 25 October 2026; 10:00 stays 10:00 local
    applied = datetime(2026, 10, 21, 10, 0, tzinfo=BERLIN)
    decision = one(application(applied_at=applied), datetime(2026, 11, 20, tzinfo=UTC))
    assert decision.due_at is not None
    assert decision.due_at.date() == date(2026, 10, 30)
    assert (decision.due_at.hour, decision.due_at.utcoffset()) == (10, timedelta(hours=1))


def test_next_working_time_keeps_times_inside_hours() -> None:
    inside = datetime(2026, 11, 4, 13, 45, tzinfo=UTC)
    assert next_working_time(inside) == inside
    assert next_working_time(datetime(2026, 11, 4, 17, 0, tzinfo=UTC)) == datetime(
        2026, 11, 5, 9, 0, tzinfo=UTC
    )


# -- response windows --------------------------------------------------------------------


def test_response_window_in_days_pushes_due() -> None:
    window = ResponseWindow(phrase="we aim to reply within three weeks", days=21)
    app = application(response_window=window)
    waiting = one(app, datetime(2026, 11, 16, 12, 0, tzinfo=BERLIN))
    assert waiting.action == "wait"
    assert waiting.due_at == datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)
    assert waiting.reason.startswith(
        "not yet: the employer said they would reply within 3 weeks "
        "('we aim to reply within three weeks'); due 2026-11-23"
    )
    due = one(app, datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    assert due.action == "email"
    assert "response time has passed" in due.reason
    assert "we aim to reply within three weeks" in due.reason


def test_response_window_until_a_date_means_after_that_date() -> None:
    window = ResponseWindow(
        phrase="after the closing date on 27 November", until=date(2026, 11, 27)
    )
    app = application(response_window=window)
    decision = one(app, datetime(2026, 11, 27, 16, 0, tzinfo=BERLIN))
    assert decision.action == "wait"
    # the 27th is a Friday: the first working moment after it is Monday 09:00
    assert decision.due_at == datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN)
    assert "by 2026-11-27" in decision.reason
    assert one(app, datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN)).action == "email"


def test_short_response_window_does_not_bring_the_follow_up_forward() -> None:
    app = application(response_window=ResponseWindow(phrase="within 2 days", days=2))
    decision = one(app, datetime(2026, 11, 5, 12, 0, tzinfo=BERLIN))
    assert decision.action == "wait"
    assert decision.due_at == datetime(2026, 11, 11, 10, 0, tzinfo=BERLIN)
    assert "policy.follow_up_after_days" in decision.reason


def test_window_with_both_days_and_date_uses_the_later() -> None:
    window = ResponseWindow(
        phrase="two weeks, or after 4 December", days=14, until=date(2026, 12, 4)
    )
    decision = one(application(response_window=window), datetime(2026, 11, 20, tzinfo=BERLIN))
    assert decision.due_at == datetime(2026, 12, 7, 9, 0, tzinfo=BERLIN)


# -- never -----------------------------------------------------------------------------


@pytest.mark.parametrize("status", sorted(FINAL_STATUSES))
def test_final_statuses_never_follow_up(status: Status) -> None:
    app = application(status=status, last_activity_at=datetime(2026, 11, 5, 8, 0, tzinfo=UTC))
    decision = one(app, datetime(2027, 1, 1, tzinfo=UTC))
    assert decision.action == "none"
    assert decision.channel is None
    assert decision.due_at is None
    assert decision.reason.startswith("never: ")
    assert "2026-11-05" in decision.reason


def test_rejection_reason_reads_well() -> None:
    app = application(status=Status.REJECTED, last_activity_at=datetime(2026, 11, 9, tzinfo=UTC))
    assert one(app, datetime(2027, 1, 1, tzinfo=UTC)).reason == "never: rejected on 2026-11-09"


def test_already_followed_up_means_none() -> None:
    followed = datetime(2026, 11, 12, 9, 30, tzinfo=BERLIN)
    decision = one(application(follow_ups=(followed,)), datetime(2026, 12, 1, tzinfo=BERLIN))
    assert decision.action == "none"
    assert decision.reason.startswith("never again: you already followed up on 2026-11-12")
    assert "policy.max_follow_ups = 1" in decision.reason


def test_follow_up_seen_early_in_sent_also_counts() -> None:
    # the user wrote on their own two days after applying: still counts as the follow-up
    early = datetime(2026, 11, 4, 15, 0, tzinfo=BERLIN)
    decision = one(application(follow_ups=(early,)), datetime(2026, 11, 20, tzinfo=BERLIN))
    assert decision.action == "none"


def test_second_follow_up_counts_from_the_last_one() -> None:
    policy = Policy(timezone="Europe/Berlin", max_follow_ups=2)
    first = datetime(2026, 11, 11, 10, 0, tzinfo=BERLIN)
    app = application(follow_ups=(first,))
    decision = one(app, datetime(2026, 11, 19, 12, 0, tzinfo=BERLIN), policy)
    assert decision.action == "wait"
    assert decision.due_at == datetime(2026, 11, 20, 10, 0, tzinfo=BERLIN)
    assert "your last follow-up on 2026-11-11" in decision.reason
    assert decision.follow_up_number == 2
    assert decision.plan_key == "7:email:2"
    done = application(follow_ups=(first, datetime(2026, 11, 20, 10, 0, tzinfo=BERLIN)))
    assert one(done, datetime(2026, 12, 20, tzinfo=BERLIN), policy).action == "none"


def test_max_follow_ups_zero_turns_follow_ups_off() -> None:
    decision = one(application(), datetime(2027, 1, 1, tzinfo=UTC), Policy(max_follow_ups=0))
    assert decision.action == "none"
    assert "policy.max_follow_ups = 0" in decision.reason


# -- channels -----------------------------------------------------------------------------


def test_no_follow_up_request_turns_into_a_networking_note() -> None:
    phrase = "Please refrain from calling or emailing about your application."
    app = application(no_follow_up=True, no_follow_up_phrase=phrase, phone="+49 30 5550100")
    decision = one(app, datetime(2026, 11, 12, tzinfo=BERLIN), Policy(calls=True))
    assert decision.action == "networking"
    assert decision.channel == "networking"
    assert decision.recipient is None  # never to them
    assert not decision.needs_recipient
    assert decision.no_follow_up_phrase == phrase
    assert (
        "networking instead of email: the employer asked not to be contacted: "
        f"'{phrase}'" in decision.reason
    )


def test_no_follow_up_still_waits_for_the_due_date() -> None:
    app = application(no_follow_up=True, no_follow_up_phrase="no calls, please")
    decision = one(app, datetime(2026, 11, 3, tzinfo=BERLIN))
    assert (decision.action, decision.channel) == ("wait", "networking")
    assert "'no calls, please'" in decision.reason


def test_phone_and_calls_wanted_gives_a_call() -> None:
    app = application(phone="+49 30 5550100")
    now = datetime(2026, 11, 12, tzinfo=BERLIN)
    call = one(app, now, Policy(timezone="Europe/Berlin", calls=True))
    assert (call.action, call.channel, call.phone) == ("call", "call", "+49 30 5550100")
    assert "call +49 30 5550100 (policy.calls)" in call.reason
    # without policy.calls, the same application gets an email
    email = one(app, now)
    assert (email.action, email.phone) == ("email", None)


def test_only_a_no_reply_sender_needs_a_recipient() -> None:
    decision = one(application(contact=ATS_SENDER), datetime(2026, 11, 12, tzinfo=BERLIN))
    assert decision.action == "email"
    assert decision.recipient is None
    assert decision.needs_recipient
    assert "only the no-reply sender no-reply@ats-mail.example is known" in decision.reason
    assert "followup apps edit 7 --contact" in decision.reason
    assert "followup drafts edit ID --to" in decision.reason


def test_no_contact_at_all_needs_a_recipient() -> None:
    decision = one(application(contact=None), datetime(2026, 11, 12, tzinfo=BERLIN))
    assert decision.needs_recipient
    assert "no contact address is known" in decision.reason


# -- snooze ---------------------------------------------------------------------------------


def test_snooze_pushes_the_due_date() -> None:
    snoozed = datetime(2026, 11, 20, 8, 0, tzinfo=BERLIN)
    app = application(snoozed_until=snoozed)
    waiting = one(app, datetime(2026, 11, 19, tzinfo=BERLIN))
    assert waiting.action == "wait"
    assert waiting.due_at == datetime(2026, 11, 20, 9, 0, tzinfo=BERLIN)
    assert waiting.reason.startswith("not yet: snoozed until 2026-11-20")
    due = one(app, datetime(2026, 11, 20, 9, 0, tzinfo=BERLIN))
    assert due.action == "email"
    assert due.reason.startswith("due: the snooze ended;")


def test_snooze_in_the_past_changes_nothing() -> None:
    app = application(snoozed_until=datetime(2026, 11, 3, tzinfo=BERLIN))
    now = datetime(2026, 11, 12, tzinfo=BERLIN)
    assert one(app, now) == one(application(), now)


# -- determinism and validation -------------------------------------------------------------


def test_plan_is_deterministic_and_keeps_order() -> None:
    apps = [
        application(id=3),
        application(id=1, status=Status.REJECTED),
        application(id=2, contact=ATS_SENDER, follow_ups=()),
        application(id=5, no_follow_up=True, no_follow_up_phrase="no calls"),
    ]
    now = datetime(2026, 11, 12, 10, 0, tzinfo=BERLIN)
    first = plan(apps, POLICY, now)
    second = plan(list(apps), POLICY, now)
    assert first == second
    assert [d.application_id for d in first] == [3, 1, 2, 5]
    assert len({d.plan_key for d in first}) == 4
    assert plan([], POLICY, now) == []


def test_decide_accepts_now_in_any_zone() -> None:
    in_utc = datetime(2026, 11, 11, 9, 0, tzinfo=UTC)  # 10:00 in Berlin
    assert decide(application(), POLICY, in_utc).action == "email"


def test_policy_validation() -> None:
    with pytest.raises(ConfigError, match="policy.timezone: unknown time zone 'Mars/Olympus'"):
        Policy(timezone="Mars/Olympus")
    with pytest.raises(ConfigError, match="working_hours"):
        Policy(working_hours=(17, 9))
    with pytest.raises(ConfigError, match="follow_up_after_days"):
        Policy(follow_up_after_days=-1)
    lists = Policy(working_hours=[8, 16], workdays=[0, 1, 2])  # type: ignore[arg-type]
    assert lists.working_hours == (8, 16) and lists.workdays == frozenset({0, 1, 2})
    assert hash(lists)


# -- no-reply addresses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "no-reply@ats-mail.example",
        "noreply@careers.example",
        "DoNotReply@example.org",
        "do_not_reply@example.org",
        "notifications@jobs.example",
        "MAILER-DAEMON@mx.example.net",
        "postmaster@example.net",
        "bounces+1234-abcd@mail.example.com",
        "jobs-noreply@social.example",
        "quillfeather@myworkday.com",
        "team@quillfeather.teamtailor-mail.com",
        '"Hiring Team" <no-reply@hire.example>',
        "not an address",
    ],
)
def test_no_reply_addresses(address: str) -> None:
    assert is_no_reply(address)
    assert not is_human_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "robin.okoye@quillfeather.example",
        "careers@quillfeather.example",
        "talent@quillfeather.example",
        "Robin Okoye <robin@quillfeather.example>",
        "noreen@quillfeather.example",  # starts like "no-r..." but is a person
        "replies@quillfeather.example",
    ],
)
def test_human_addresses(address: str) -> None:
    assert not is_no_reply(address)
    assert is_human_address(address)


# -- old when first seen -----------------------------------------------------------------------


def test_an_application_old_when_first_seen_gets_a_suggestion_not_a_draft() -> None:
    now = APPLIED + timedelta(days=80)
    old = application(first_seen=APPLIED + timedelta(days=75))
    decision = one(old, now)
    assert (decision.action, decision.channel, decision.is_due) == ("suggest", None, False)
    assert "75 days before followup first saw it" in decision.reason
    assert "policy.stale_after_days = 30" in decision.reason
    # seen within the window, or with the rule off, it is an ordinary follow-up
    assert one(application(first_seen=APPLIED + timedelta(days=30)), now).action == "email"
    assert one(old, now, replace(POLICY, stale_after_days=0)).action == "email"
    # a do-not-contact request keeps its networking note
    quiet = replace(old, no_follow_up=True, no_follow_up_phrase="please do not follow up")
    assert one(quiet, now).action == "networking"
