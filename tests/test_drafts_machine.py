"""The draft state machine, pure: every legal move and every illegal one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from assistant.core import drafts
from assistant.core.drafts import Channel, Draft, DraftStatus, IllegalMove

T0 = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
T1 = T0 + timedelta(hours=1)
S = DraftStatus


def draft(status: DraftStatus = S.PENDING, **fields: object) -> Draft:
    values: dict[str, object] = {
        "id": 7,
        "channel": Channel.EMAIL,
        "status": status,
        "created_at": T0,
        "updated_at": T0,
        "application_id": 3,
        "to_email": "dana@harbor.example",
        "subject": "Following up",
        "body": "Hello Dana,\n",
        "message_id": "<m@example.test>",
    }
    values.update(fields)
    return Draft(**values)  # type: ignore[arg-type]


# Each move with the statuses it accepts (for an email draft with a recipient).
MOVES = {
    "edit": (
        lambda d: drafts.edit(d, T1, {"subject": "New"}),
        {S.PENDING, S.NEEDS_RECIPIENT, S.APPROVED, S.HELD, S.SNOOZED, S.FAILED},
    ),
    "approve": (
        lambda d: drafts.approve(d, T1),
        {S.PENDING, S.NEEDS_RECIPIENT, S.HELD, S.SNOOZED, S.FAILED},
    ),
    "approve --resend": (
        lambda d: drafts.approve(d, T1, resend=True),
        {S.PENDING, S.NEEDS_RECIPIENT, S.HELD, S.SNOOZED, S.FAILED, S.UNKNOWN},
    ),
    "hold": (lambda d: drafts.hold(d, T1, "a new message is unsure"), {S.APPROVED}),
    "snooze": (
        lambda d: drafts.snooze(d, T1 + timedelta(days=2), T1),
        {S.PENDING, S.NEEDS_RECIPIENT, S.APPROVED, S.HELD, S.SNOOZED, S.FAILED},
    ),
    "discard": (
        lambda d: drafts.discard(d, T1),
        {S.PENDING, S.NEEDS_RECIPIENT, S.APPROVED, S.HELD, S.SNOOZED, S.FAILED, S.UNKNOWN},
    ),
    "user_marked_sent": (
        lambda d: drafts.user_marked_sent(d, T1),
        {S.PENDING, S.NEEDS_RECIPIENT, S.APPROVED, S.HELD, S.SNOOZED, S.FAILED, S.UNKNOWN}
        | {S.DISCARDED},
    ),
    "restore": (lambda d: drafts.restore(d, T1, "the rejection was misread"), {S.DISCARDED}),
    "start_sending": (lambda d: drafts.start_sending(d, T1), {S.APPROVED}),
    "mark_sent": (lambda d: drafts.mark_sent(d, T1, "250 OK", account="p"), {S.SENDING}),
    "fail": (lambda d: drafts.fail(d, T1, "550 no"), {S.APPROVED, S.SENDING}),
    "mark_unknown": (lambda d: drafts.mark_unknown(d, T1, "lost"), {S.SENDING}),
    "back_to_approved": (lambda d: drafts.back_to_approved(d, T1), {S.SENDING}),
    "settle": (
        lambda d: drafts.settle(d, T1, "scan"),
        {S.PENDING, S.NEEDS_RECIPIENT, S.APPROVED, S.HELD, S.SNOOZED, S.FAILED, S.SENDING}
        | {S.UNKNOWN},
    ),
    "pushed": (
        lambda d: drafts.pushed(d, T1, "Drafts", account="p"),
        {S.PENDING, S.NEEDS_RECIPIENT, S.SNOOZED, S.FAILED},
    ),
}

#: Where each move leads (None: the status stays).
TARGETS = {
    "approve": S.APPROVED,
    "approve --resend": S.APPROVED,
    "hold": S.HELD,
    "restore": S.PENDING,
    "snooze": S.SNOOZED,
    "discard": S.DISCARDED,
    "user_marked_sent": S.SENT,
    "start_sending": S.SENDING,
    "mark_sent": S.SENT,
    "fail": S.FAILED,
    "mark_unknown": S.UNKNOWN,
    "back_to_approved": S.APPROVED,
    "settle": S.SENT,
    "pushed": None,
}

CASES = [(name, status) for name in MOVES for status in DraftStatus]


@pytest.mark.parametrize(("name", "status"), CASES, ids=[f"{n}-{s}" for n, s in CASES])
def test_every_move_from_every_status_is_legal_or_refused(name, status):
    move, allowed = MOVES[name]
    before = draft(status)
    if status not in allowed:
        refused = f"draft 7 is {status}|draft 7 is being sent|outcome unknown"
        with pytest.raises(IllegalMove, match=refused):
            move(before)
        return
    result = move(before)
    assert result.before is before
    assert result.after.id == before.id and result.after.updated_at == T1
    expected = TARGETS.get(name)
    if name == "edit":
        back = (S.APPROVED, S.FAILED, S.HELD, S.NEEDS_RECIPIENT)
        expected = S.PENDING if status in back else status
    assert result.after.status == (status if expected is None else expected)
    if result.event is not None:
        assert result.event.at == T1 and result.event.action


def test_a_move_never_changes_the_draft_it_was_given():
    before = draft(S.APPROVED)
    drafts.start_sending(before, T1, message_id="<new@x>")
    assert before.status == S.APPROVED and before.updated_at == T0


def test_the_audit_actions_are_those_the_log_has_always_used():
    actions = {
        name: (MOVES[name][0](draft(sorted(MOVES[name][1])[0])).event or None) for name in MOVES
    }
    named = {name: event.action if event else None for name, event in actions.items()}
    assert named == {
        "edit": "edited",
        "approve": "approved",
        "approve --resend": "approved",
        "hold": "held",
        "restore": "restored",
        "snooze": "snoozed",
        "discard": "discarded",
        "user_marked_sent": "marked_sent",
        "start_sending": None,
        "mark_sent": "sent",
        "fail": "failed",
        "mark_unknown": "outcome_unknown",
        "back_to_approved": None,
        "settle": "seen_in_sent",
        "pushed": "pushed",
    }
    assert drafts.approve(draft(S.UNKNOWN), T1, resend=True).event.action == "resend_approved"


def test_editing_sets_the_status_from_the_recipient():
    no_one = draft(S.PENDING, to_email=None)
    assert drafts.edit(no_one, T1, {"body": "x\n"}).after.status == S.NEEDS_RECIPIENT
    waiting = draft(S.NEEDS_RECIPIENT, to_email=None)
    assert drafts.edit(waiting, T1, {"to_email": "a@b.example"}).after.status == S.PENDING
    approved = drafts.edit(draft(S.APPROVED, approved_at=T0), T1, {"subject": "x"}).after
    assert approved.status == S.PENDING and approved.approved_at is None
    failed = drafts.edit(draft(S.FAILED, error="550"), T1, {"body": "y\n"}).after
    assert failed.status == S.PENDING and failed.error is None
    with pytest.raises(IllegalMove, match="status cannot be edited"):
        drafts.edit(draft(), T1, {"status": "sent"})


def test_a_held_email_keeps_why_and_needs_a_new_approval():
    held = drafts.hold(draft(S.APPROVED, approved_at=T0), T1, "the latest message is unsure")
    assert held.after.status == S.HELD and held.after.approved_at is None
    assert held.after.error == "the latest message is unsure"
    assert held.event is not None and held.event.detail == "the latest message is unsure"
    with pytest.raises(IllegalMove, match="not approved"):
        drafts.start_sending(held.after, T1)
    released = drafts.approve(held.after, T1 + timedelta(hours=1))
    assert released.after.status == S.APPROVED and released.after.error is None
    assert released.event is not None
    assert released.event.detail == "released (it was held: the latest message is unsure)"
    edited = drafts.edit(held.after, T1, {"body": "z\n"}).after
    assert edited.status == S.PENDING and edited.error is None


def test_approve_needs_a_recipient_and_resend_for_a_pushed_draft():
    with pytest.raises(IllegalMove, match="no recipient yet"):
        drafts.approve(draft(S.NEEDS_RECIPIENT, to_email=None), T1)
    with pytest.raises(IllegalMove, match="in your Drafts folder"):
        drafts.approve(draft(pushed_at=T0), T1)
    assert drafts.approve(draft(pushed_at=T0), T1, resend=True).after.status == S.APPROVED
    approved = drafts.approve(draft(S.SNOOZED, snoozed_until=T1), T1).after
    assert approved.approved_at == T1 and approved.snoozed_until is None


def test_calls_and_networking_notes_are_marked_done_never_approved_or_sent():
    call = draft(channel=Channel.CALL)
    with pytest.raises(IllegalMove, match="marked done"):
        drafts.approve(call, T1)
    done = drafts.mark_done(call, T1)
    assert done.after.status == S.SENT and done.follow_up == "done"
    assert done.event is not None and done.event.action == "done"
    assert drafts.user_marked_sent(call, T1).event.action == "done"  # type: ignore[union-attr]
    with pytest.raises(IllegalMove, match="is an email"):
        drafts.mark_done(draft(), T1)
    with pytest.raises(IllegalMove, match="is sent"):
        drafts.mark_done(draft(S.SENT, channel=Channel.NETWORKING), T1)


def test_sent_records_a_follow_up_and_says_when_it_was_approved():
    sending = draft(S.SENDING, approved_at=T0)
    sent = drafts.mark_sent(sending, T1, "250 2.0.0 OK\n", account="personal")
    assert sent.follow_up == "followup" and sent.after.sent_at == T1
    assert sent.event is not None and sent.event.account == "personal"
    assert sent.event.detail == f"approved at {T0.isoformat()}; server: 250 2.0.0 OK"
    assert drafts.settle(draft(S.UNKNOWN), T1, "scan").follow_up == "followup"


def test_snooze_must_be_in_the_future_and_start_sending_keeps_a_message_id():
    with pytest.raises(IllegalMove, match="not in the future"):
        drafts.snooze(draft(), T0, T1)
    given = drafts.start_sending(draft(S.APPROVED, message_id=None), T1, message_id="<n@x>")
    assert given.after.message_id == "<n@x>"
    kept = drafts.start_sending(draft(S.APPROVED), T1, message_id="<n@x>")
    assert kept.after.message_id == "<m@example.test>"
