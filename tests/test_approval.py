"""The approval queue over a real SQLite store: validation, edit, approve, snooze, discard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from assistant.adapters.store import Store
from assistant.app import approval, ruled_out, snooze_dates
from assistant.errors import DraftError

T0 = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def add_draft(store: Store, **fields) -> int:
    values = {
        "channel": "email",
        "status": "pending",
        "account": "personal",
        "to_email": "dana.fields@harbor-labs.example",
        "to_name": "Dana Fields",
        "subject": "Following up on my application for Data Analyst",
        "body": "Hello Dana,\n\nI applied two weeks ago and am still keen.\n\nBest,\nSam\n",
        "message_id": f"<draft-{len(store.drafts()) + 1}@sam.example>",
        "template": "follow_up.txt.j2",
        "reason": "7 business days since the application",
    }
    values.update(fields)
    draft_id = store.add_draft(T0, **values)
    assert draft_id is not None
    return draft_id


@pytest.fixture
def store() -> Store:
    return Store.memory()


# -- validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("", "no recipient"),
        ("not-an-address", "not an email address"),
        ("two@@at.example", "not an email address"),
        ("noreply@harbor-labs.example", "no-reply"),
        ("do-not-reply@harbor-labs.example", "no-reply"),
        ("jobs@us.greenhouse-mail.io", "no-reply"),
        ("dana@harbor-labs.example\r\nBcc: everyone@example.org", "line break"),
    ],
)
def test_recipient_problems(address, problem):
    assert problem in (approval.recipient_problem(address) or "")


def test_a_real_person_is_a_fine_recipient():
    assert approval.recipient_problem("dana.fields@harbor-labs.example") is None


@pytest.mark.parametrize(
    "text",
    [
        "Dear {{ recruiter }},",
        "{% if role %}x{% endif %}",
        "Dear [Name],",
        "I would love to join <company>.",
        "Hi [Hiring Manager], thanks",
        "TODO: add a line about the portfolio",
    ],
)
def test_placeholders_are_found(text):
    assert approval.placeholder_in(text)


def test_ordinary_text_has_no_placeholder():
    text = "Hi Dana, my portfolio is at <https://sam.example/work> [1]. Thanks!"
    assert approval.placeholder_in(text) is None


def test_header_problem_catches_control_characters_but_not_tabs():
    assert approval.header_problem("Subject", "Hello\tthere") is None
    assert "line break" in approval.header_problem("Subject", "Hi\nBcc: x@y.example")
    assert "line break" in approval.header_problem("Subject", "Hi\u2028there")
    assert "control character" in approval.header_problem("Subject", "Hi\x00there")


# -- edit ---------------------------------------------------------------------------------


def test_edit_changes_fields_and_records_an_audit_entry(store):
    draft_id = add_draft(store)
    row = approval.edit(store, draft_id, T0, subject="A short note", body="Hello Dana,\n\nThanks!")
    assert row.subject == "A short note"
    assert row.body == "Hello Dana,\n\nThanks!\n"
    assert row.status == "pending"
    audit = store.audit(draft_id)
    assert audit[-1]["action"] == "edited"
    assert "subject" in audit[-1]["detail"] and "body" in audit[-1]["detail"]


def test_edit_with_a_placeholder_saves_nothing(store):
    draft_id = add_draft(store)
    with pytest.raises(DraftError, match="placeholder.*Name"):
        approval.edit(store, draft_id, T0, body="Dear [Name], following up.")
    assert store.draft(draft_id).body.startswith("Hello Dana")
    assert store.audit(draft_id) == []


def test_edit_refuses_header_injection_in_subject_and_recipient(store):
    draft_id = add_draft(store)
    with pytest.raises(DraftError, match="line break"):
        approval.edit(store, draft_id, T0, subject="Hello\r\nBcc: all@example.org")
    with pytest.raises(DraftError, match="line break"):
        approval.edit(store, draft_id, T0, to="dana@harbor-labs.example\nCc: x@example.org")
    assert store.draft(draft_id).subject.startswith("Following up")


def test_edit_refuses_a_no_reply_recipient(store):
    draft_id = add_draft(store)
    with pytest.raises(DraftError, match="no-reply"):
        approval.edit(store, draft_id, T0, to="no-reply@harbor-labs.example")


def test_setting_a_recipient_makes_a_needs_recipient_draft_pending(store):
    draft_id = add_draft(store, status="needs_recipient", to_email=None, to_name=None)
    row = approval.edit(store, draft_id, T0, to="Lee Park <lee.park@harbor-labs.example>")
    assert (row.status, row.to_email, row.to_name) == (
        "pending",
        "lee.park@harbor-labs.example",
        "Lee Park",
    )


def test_editing_an_approved_draft_needs_a_new_approval(store):
    draft_id = add_draft(store)
    approval.approve(store, draft_id, T0)
    row = approval.edit(store, draft_id, T0, subject="Changed my mind about the subject")
    assert row.status == "pending"
    assert row.approved_at is None


def test_a_sent_draft_cannot_be_edited(store):
    draft_id = add_draft(store, status="sent")
    with pytest.raises(DraftError, match="sent; it can no longer be edited"):
        approval.edit(store, draft_id, T0, subject="x")


# -- approve ------------------------------------------------------------------------------


def test_approve_records_when_and_audits(store):
    draft_id = add_draft(store)
    assert approval.approve(store, draft_id, T0) == "approved"
    row = store.draft(draft_id)
    assert row.status == "approved"
    assert row.approved_at == T0
    entry = store.audit(draft_id)[-1]
    assert entry["action"] == "approved"
    assert entry["recipients"] == ["dana.fields@harbor-labs.example"]
    assert approval.approve(store, draft_id, T0) == "already approved"


def test_needs_recipient_cannot_be_approved_and_says_how_to_fix(store):
    draft_id = add_draft(store, status="needs_recipient", to_email=None)
    with pytest.raises(DraftError) as caught:
        approval.approve(store, draft_id, T0)
    assert "no recipient yet" in str(caught.value)
    assert f"followup drafts edit {draft_id} --to" in str(caught.value)
    assert store.draft(draft_id).status == "needs_recipient"


def test_an_invalid_draft_cannot_be_approved(store):
    draft_id = add_draft(store, body="Dear {{ name }}, hello")
    with pytest.raises(DraftError, match="placeholder"):
        approval.approve(store, draft_id, T0)
    noreply = add_draft(store, to_email="noreply@harbor-labs.example")
    with pytest.raises(DraftError, match="no-reply"):
        approval.approve(store, noreply, T0)


def test_unknown_outcome_needs_resend_to_be_approved_again(store):
    draft_id = add_draft(store, status="unknown")
    with pytest.raises(DraftError, match="outcome unknown") as caught:
        approval.approve(store, draft_id, T0)
    assert "--resend" in str(caught.value)
    assert approval.approve(store, draft_id, T0, resend=True) == "approved"
    assert store.audit(draft_id)[-1]["action"] == "resend_approved"


def test_a_pushed_draft_is_not_approved_without_resend(store):
    draft_id = add_draft(store, pushed_at=T0)
    with pytest.raises(DraftError, match="Drafts folder"):
        approval.approve(store, draft_id, T0)
    assert approval.approve(store, draft_id, T0, resend=True) == "approved"


def test_approving_a_call_reminder_marks_it_done_without_counting_as_a_send(store):
    app_id = store.add_application(T0, company="Harbor Labs")
    draft_id = add_draft(store, channel="call", application_id=app_id, to_email=None)
    assert approval.approve(store, draft_id, T0) == "done"
    row = store.draft(draft_id)
    assert row.status == "sent" and row.sent_at == T0
    assert store.audit(draft_id)[-1]["action"] == "done"
    assert store.sends_since(T0 - timedelta(days=1)) == 0
    assert store.application(app_id).follow_ups == (T0,)


# -- snooze, discard, review queue ---------------------------------------------------------


def test_snooze_hides_a_draft_from_review_until_the_date(store):
    draft_id = add_draft(store)
    until = T0 + timedelta(days=3)
    approval.snooze(store, draft_id, until, T0)
    assert store.draft(draft_id).status == "snoozed"
    assert [r.id for r in approval.review_queue(store, T0 + timedelta(days=2))] == []
    assert [r.id for r in approval.review_queue(store, until)] == [draft_id]
    # and a woken snoozed draft can be approved directly
    assert approval.approve(store, draft_id, until) == "approved"


def test_snooze_into_the_past_is_refused(store):
    draft_id = add_draft(store)
    with pytest.raises(DraftError, match="not in the future"):
        approval.snooze(store, draft_id, T0 - timedelta(hours=1), T0)


def test_discard_is_final_but_not_for_sent_drafts(store):
    draft_id = add_draft(store)
    approval.discard(store, draft_id, T0)
    assert store.draft(draft_id).status == "discarded"
    assert approval.review_queue(store, T0) == []
    with pytest.raises(DraftError, match="there is nothing to approve"):
        approval.approve(store, draft_id, T0)
    sent = add_draft(store, status="sent")
    with pytest.raises(DraftError, match="cannot be discarded"):
        approval.discard(store, sent, T0)


def test_pushed_and_approved_drafts_are_not_in_review(store):
    add_draft(store, pushed_at=T0)
    approved = add_draft(store)
    approval.approve(store, approved, T0)
    visible = add_draft(store)
    assert [r.id for r in approval.review_queue(store, T0)] == [visible]


def test_mark_sent_settles_an_unknown_draft(store):
    draft_id = add_draft(store, status="unknown")
    approval.mark_sent(store, draft_id, T0)
    assert store.draft(draft_id).status == "sent"
    assert store.audit(draft_id)[-1]["action"] == "marked_sent"


def test_json_shape_has_the_contract_keys(store):
    draft_id = add_draft(store)
    data = approval.to_json(store.draft(draft_id), audit=store.audit(draft_id))
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
        "message_id",
        "created_at",
        "sent_at",
        "audit",
    ):
        assert key in data
    assert data["to"] == "dana.fields@harbor-labs.example"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20", datetime(2026, 11, 20, tzinfo=UTC)),
        ("2026-11-20T08:30:00+01:00", datetime(2026, 11, 20, 7, 30, tzinfo=UTC)),
        ("+3d", T0 + timedelta(days=3)),
        ("2w", T0 + timedelta(weeks=2)),
    ],
)
def test_parse_until(text, expected):
    assert snooze_dates.parse_until(text, T0) == expected


def test_parse_until_refuses_nonsense():
    with pytest.raises(ValueError, match="not a date"):
        snooze_dates.parse_until("next tuesday-ish", T0)


# -- applications that forbid an email ------------------------------------------------------


def blocked_app(store: Store, **fields) -> int:
    values = {"company": "Harbor Labs", "role": "Data Analyst"}
    values.update(fields)
    return store.add_application(T0, **values)


def test_approve_refuses_when_the_employer_asked_not_to_be_contacted(store):
    app_id = blocked_app(
        store, no_follow_up=True, no_follow_up_phrase="please do not call or write"
    )
    draft_id = add_draft(store, application_id=app_id)
    with pytest.raises(DraftError, match="asked not to be contacted") as caught:
        approval.approve(store, draft_id, T0)
    assert "please do not call or write" in str(caught.value)
    assert "--follow-up-ok" in str(caught.value)
    assert store.draft(draft_id).status == "pending"
    assert store.audit(draft_id) == []


@pytest.mark.parametrize(
    "status", ["replied", "interviewing", "offer", "rejected", "withdrawn", "closed"]
)
def test_approve_refuses_after_the_application_reached_a_final_status(store, status):
    app_id = blocked_app(store, status=status)
    draft_id = add_draft(store, application_id=app_id)
    with pytest.raises(DraftError, match="cannot be approved"):
        approval.approve(store, draft_id, T0)
    assert store.draft(draft_id).status == "pending"


def test_a_networking_message_for_a_no_contact_employer_can_still_be_marked_done(store):
    app_id = blocked_app(store, no_follow_up=True)
    draft_id = add_draft(store, application_id=app_id, channel="networking", to_email=None)
    assert approval.approve(store, draft_id, T0) == "done"


def test_application_blocks_says_why_or_none(store):
    open_app = blocked_app(store)
    quiet = blocked_app(store, no_follow_up=True)
    rejected = blocked_app(store, status="rejected")
    row = approval.get_draft(store, add_draft(store, application_id=open_app))
    assert ruled_out.application_blocks(store, row) is None
    assert ruled_out.application_blocks(store, row.changed(application_id=None)) is None
    assert "asked not to be contacted" in ruled_out.application_blocks(
        store, row.changed(application_id=quiet)
    )
    assert "rejected" in ruled_out.application_blocks(store, row.changed(application_id=rejected))
    call = row.changed(channel="call", application_id=quiet)
    assert ruled_out.application_blocks(store, call) is None


def test_void_blocked_drafts_discards_open_email_drafts_with_the_reason(store):
    app_id = blocked_app(store)
    pending = add_draft(store, application_id=app_id)
    approved = add_draft(store, application_id=app_id)
    approval.approve(store, approved, T0)
    snoozed = add_draft(store, application_id=app_id, status="snoozed")
    no_recipient = add_draft(store, application_id=app_id, status="needs_recipient", to_email=None)
    failed = add_draft(store, application_id=app_id, status="failed")
    sending = add_draft(store, application_id=app_id, status="sending")
    sent = add_draft(store, application_id=app_id, status="sent")
    networking = add_draft(store, application_id=app_id, channel="networking", to_email=None)
    other_app = add_draft(store, application_id=blocked_app(store, no_follow_up=True))

    assert ruled_out.void_blocked_drafts(store, app_id, T0) == []  # not blocked: nothing happens
    assert store.draft(pending).status == "pending"

    store.update_application(app_id, T0, no_follow_up=True, no_follow_up_phrase="no calls please")
    voided = ruled_out.void_blocked_drafts(store, app_id, T0)

    assert voided == [pending, approved, snoozed, no_recipient, failed]
    for draft_id in voided:
        assert store.draft(draft_id).status == "discarded"
        entry = store.audit(draft_id)[-1]
        assert entry["action"] == "discarded"
        assert "asked not to be contacted" in entry["detail"]
        assert "no calls please" in entry["detail"]
    # a send in flight is the sender's business; done and other channels stay as they are
    assert store.draft(sending).status == "sending"
    assert store.draft(sent).status == "sent"
    assert store.draft(networking).status == "pending"
    assert store.draft(other_app).status == "pending"
    assert ruled_out.void_blocked_drafts(store, app_id, T0) == []  # idempotent


# -- addresses followup can send to -----------------------------------------------------------


def test_a_non_ascii_local_part_is_refused_smtputf8_is_not_used():
    problem = approval.recipient_problem("jö@acme.test")
    assert problem is not None and "ASCII" in problem
    assert approval.recipient_problem("jo@acme.test") is None


def test_a_draft_to_a_non_ascii_local_part_cannot_be_approved_or_edited_in(store):
    draft_id = add_draft(store, to_email="jö@acme.test")
    with pytest.raises(DraftError, match="ASCII"):
        approval.approve(store, draft_id, T0)
    other = add_draft(store)
    with pytest.raises(DraftError, match="ASCII"):
        approval.edit(store, other, T0, to="Jö Berg <jö@acme.test>")
    assert store.draft(other).to_email == "dana.fields@harbor-labs.example"


# -- the application's own words are not placeholders --------------------------------------------


def test_a_company_role_or_contact_named_like_a_placeholder_can_be_approved(store):
    app_id = store.add_application(
        T0,
        company="TBD Media",
        role="Engineer, Project XXXX",
        contact_email="jo.lee@tbd-media.example",
        contact_name="Jo Lee [Recruiter]",
    )
    draft_id = add_draft(
        store,
        application_id=app_id,
        to_email="jo.lee@tbd-media.example",
        to_name="Jo Lee [Recruiter]",
        subject="Following up: Engineer, Project XXXX at TBD Media",
        body="Dear Jo Lee [Recruiter],\n\nI applied to TBD Media for Engineer, Project XXXX.\n",
    )
    assert approval.approve(store, draft_id, T0) == "approved"


def test_a_real_placeholder_next_to_the_companys_name_is_still_found(store):
    app_id = store.add_application(T0, company="TBD Media", role="Producer")
    draft_id = add_draft(
        store,
        application_id=app_id,
        subject="Following up at TBD Media",
        body="Hello,\n\nI applied to TBD Media.\nTBD: a line about the showreel\n",
    )
    with pytest.raises(DraftError, match="placeholder: 'TBD'"):
        approval.approve(store, draft_id, T0)
    with pytest.raises(DraftError, match="placeholder"):
        approval.edit(store, draft_id, T0, body="Dear [Name], I applied to TBD Media.")
    # a value is only ignored as a whole: 'X' as a company does not hide 'XXX'
    other = store.add_application(T0, company="X", role="Producer")
    draft_id = add_draft(store, application_id=other, body="I applied to X. XXX fill in\n")
    with pytest.raises(DraftError, match="XXX"):
        approval.approve(store, draft_id, T0)


def test_a_bare_snooze_date_is_midnight_in_the_users_time_zone():
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from assistant.app.snooze_dates import parse_until

    now = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    until = parse_until("2026-11-25", now, ZoneInfo("America/Los_Angeles"))
    assert until.astimezone(UTC) == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    assert parse_until("2026-11-25", now) == datetime(2026, 11, 25, tzinfo=UTC)
    naive = parse_until("2026-11-25T09:30", now, ZoneInfo("Europe/Berlin"))
    assert naive.astimezone(UTC) == datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
