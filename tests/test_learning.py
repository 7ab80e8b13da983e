"""The pure part of learning from corrections: features, the refit, overrides."""

from __future__ import annotations

import pytest

from assistant.core import learning
from assistant.core.models import Address, Analysis, Kind, Message


def message(body: str, subject: str = "Your application", sender: str = "careers@acme.example"):
    return Message(subject=subject, sender=Address("", sender), text=body)


REJECTION = (
    "Dear {name}, thank you for applying for the {role} role. We received your application "
    "and reviewed it with care. Unfortunately, it didn't work out this time. Kind regards, "
    "Acme Talent Team"
)


def test_features_are_numbers_stable_and_packable():
    units = learning.features(message(REJECTION.format(name="Alex", role="Analyst")))
    assert units == tuple(sorted(set(units))) and all(isinstance(u, int) for u in units)
    assert units == learning.features(message(REJECTION.format(name="Alex", role="Analyst")))
    assert learning.unpack(learning.pack(units)) == units
    assert learning.unpack(None) == ()


def test_the_refit_moves_mail_of_the_same_style_and_nothing_else():
    corrected = learning.features(message(REJECTION.format(name="Alex", role="Data Analyst")))
    fitted = learning.refit([learning.Example(Kind.REJECTION, frozenset(corrected), "<m1>")])
    guess = Analysis(kind=Kind.APPLICATION_CONFIRMATION, reasons=("confirmation: 'received'",))

    same_style = learning.features(message(REJECTION.format(name="Sam", role="Data Engineer")))
    moved = fitted.adjust(guess, same_style)
    assert moved.kind is Kind.REJECTION
    assert moved.reasons[-1].startswith("like a message you corrected <m1> (similarity")
    assert guess.reasons[0] in moved.reasons  # the evidence is kept

    other = message(
        "Thank you for your application to Globex. Our team will review it and get back to "
        "you within two weeks.",
        subject="Application received",
        sender="no-reply@globex.example",
    )
    assert fitted.adjust(guess, learning.features(other)) is guess


def test_the_refit_file_round_trips_and_rejects_other_files():
    fitted = learning.refit([learning.Example(Kind.REJECTION, frozenset({1, 2, 3}), "<m1>")])
    again = learning.Refit.from_json(fitted.to_json())
    assert again == fitted
    with pytest.raises(ValueError):
        learning.Refit.from_json('{"version": 99}')


def test_the_latest_word_on_a_message_wins_in_the_refit():
    fitted = learning.refit(
        [
            learning.Example(Kind.REJECTION, frozenset({1, 2}), "<m1>"),
            learning.Example(Kind.OTHER_JOB, frozenset({1, 2}), "<m1>"),
            learning.Example(Kind.REJECTION, frozenset(), "<m2>"),  # no units: nothing to learn
        ]
    )
    assert [(e.kind, e.message_id) for e in fitted.examples] == [(Kind.OTHER_JOB, "<m1>")]


def test_a_correction_overrides_the_classifier_for_that_message():
    guess = Analysis(
        kind=Kind.APPLICATION_CONFIRMATION,
        reasons=("confirmation: 'received'",),
        no_follow_up=True,
        no_follow_up_phrase="please do not call",
    )
    fixed = learning.apply_correction(
        guess, learning.Correction(Kind.REJECTION, no_follow_up=False, company="Acme")
    )
    assert fixed.kind is Kind.REJECTION and fixed.company == "Acme"
    assert fixed.no_follow_up is False and fixed.no_follow_up_phrase is None
    assert fixed.reasons[-1] == (
        "corrected by you: kind rejection (was application_confirmation), follow-up ok, "
        "company Acme"
    )
    confirmed = learning.apply_correction(guess, learning.Correction(confirmed=True))
    assert confirmed.kind is guess.kind
    assert confirmed.reasons[-1] == "corrected by you: kind application_confirmation confirmed"


def test_unsure_is_below_the_threshold():
    assert learning.is_unsure(learning.UNSURE_BELOW - 0.01)
    assert not learning.is_unsure(learning.UNSURE_BELOW)
    assert not learning.is_unsure(None)  # messages stored before confidences existed


def test_the_same_sender_needs_less_similarity_and_only_the_same_mistake_moves():
    corrected = learning.Example(
        Kind.REJECTION, frozenset(range(100)), "<m1>", "acme.example", Kind.NOT_JOB
    )
    fitted = learning.refit([corrected])
    units = range(60, 160)  # 40 units shared: similarity 0.40
    said_not_job = Analysis(kind=Kind.NOT_JOB)
    assert fitted.adjust(said_not_job, units, "acme.example").kind is Kind.REJECTION
    assert fitted.adjust(said_not_job, units, "other.example") is said_not_job
    # the classifier said something else of this one: not the mistake the user corrected
    said_invitation = Analysis(kind=Kind.INTERVIEW_INVITATION)
    assert fitted.adjust(said_invitation, range(100), "acme.example") is said_invitation
