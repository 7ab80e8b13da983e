"""One list of reply and forward prefixes for every reader of a subject."""

from __future__ import annotations

import pytest

from assistant.core.subject_prefix import (
    automatic_reply_prefix,
    is_reply,
    is_reply_or_forward,
    strip_all,
    strip_replies,
)


@pytest.mark.parametrize(
    "subject", ["Re: x", "RE : x", "Aw: x", "SV: x", "Antw: x", "Odp: x", "R: x", "RIF: x",
                "RES: x", "Re[2]: x"],
)  # fmt: skip
def test_replies_in_the_languages_followup_reads(subject: str) -> None:
    assert is_reply(subject) and is_reply_or_forward(subject)
    assert strip_replies(subject) == "x"


@pytest.mark.parametrize("subject", ["Fwd: x", "FW: x", "WG: x", "TR: x"])
def test_forwards_are_not_replies(subject: str) -> None:
    assert not is_reply(subject)
    assert is_reply_or_forward(subject)
    assert strip_replies(subject) == subject
    assert strip_all(subject) == "x"


def test_a_run_of_prefixes_is_stripped_whole_and_words_are_not_prefixes() -> None:
    assert strip_all("Re: Fwd: RE[3]: AW:  Data Analyst") == "Data Analyst"
    assert strip_replies("Re: Fwd: Data Analyst") == "Fwd: Data Analyst"
    for subject in ("Research role", "Result: passed", "Trainee", "Response time"):
        assert not is_reply(subject) and strip_all(subject) == subject


@pytest.mark.parametrize(
    ("subject", "prefix"),
    [
        ("Automatic reply: Your application", "Automatic reply:"),
        ("Abwesenheitsnotiz: Bewerbung", "Abwesenheitsnotiz:"),
        ("Réponse automatique : candidature", "Réponse automatique :"),
        ("Autosvar: Ansökan", "Autosvar:"),
        ("Automatisk svar: Ansøgning", "Automatisk svar:"),
    ],
)
def test_an_automatic_reply_prefix_is_named(subject: str, prefix: str) -> None:
    assert automatic_reply_prefix(subject) == prefix


def test_a_person_replying_about_an_absence_has_no_automatic_prefix() -> None:
    for subject in ("Re: Out of office next week?", "Automatic reply settings", "Vacation"):
        assert automatic_reply_prefix(subject) is None
