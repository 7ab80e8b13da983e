"""Substrings answers exactly `s in text` for every registered string, from one pass."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.substrings import Substrings


def holds(index: Substrings, strings: list[str], text: str) -> list[bool]:
    found = index.found(text)
    return [bool(found & index.mask([s])) for s in strings]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abé ı\U0001f600", min_size=1, max_size=4), min_size=1, max_size=12),
    st.text(alphabet="abé ı\U0001f600\ud800", max_size=40),
)
def test_the_answer_is_in_for_each_string(strings: list[str], text: str) -> None:
    index = Substrings()
    index.mask(strings)
    assert holds(index, strings, text) == [s in text for s in strings]


def test_a_mask_is_any_of_its_strings() -> None:
    index = Substrings()
    gate = index.mask(["offer", "angebot"])
    assert index.found("we make you an angebot") & gate
    assert not index.found("no such word here") & gate


def test_strings_added_after_a_search_are_found_in_the_same_text() -> None:
    index = Substrings()
    first = index.mask(["regret"])
    text = "we regret to say we are sorry"
    assert index.found(text) & first
    later = index.mask(["sorry"])  # the answer kept for this text is dropped
    assert index.found(text) & later


def test_overlapping_and_nested_strings_are_all_found() -> None:
    index = Substrings()
    strings = ["recruit", "recruiter", "cruit", "iter", "terms"]
    index.mask(strings)
    assert holds(index, strings, "recruiterms") == [True] * 5


def test_no_string_and_the_empty_string() -> None:
    index = Substrings()
    assert index.found("anything") == 0
    with pytest.raises(ValueError):
        index.mask([""])


FIRST_MESSAGE = r"""
import json
from assistant.core.classify import classify
from assistant.core.parse import parse

raw = (
    "From: Talent Team <jobs@fernhill-labs.example>\n"
    "To: sam@example.org\n"
    "Subject: Your application for Data Analyst\n\n"
    "Dear Sam,\n\nThank you for applying. We have received your curriculum vitae.\n\n"
    "Please do not contact us about the status of your application.\n"
).encode()
first = classify(parse(raw))
again = classify(parse(raw))
print(json.dumps([first.no_follow_up, first.reasons == again.reasons, first.reasons]))
"""


def test_the_first_message_of_a_process_is_read_like_the_next() -> None:
    # a check asked SUBSTRINGS about a text before its strings were registered (the first
    # message of a language set): their bits were missing and a family never ran
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", FIRST_MESSAGE], capture_output=True, text=True, check=True
    )
    no_follow_up, same, reasons = json.loads(done.stdout)
    assert no_follow_up, reasons
    assert same, reasons
    assert any(r.startswith("job words") and "curriculum vitae" in r for r in reasons), reasons


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abé ı", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="abé ı\U0001f600", max_size=40),
)
def test_places_are_where_the_strings_start(strings: list[str], text: str) -> None:
    index = Substrings()
    bits = [index.mask([s]) for s in strings]
    assert index.places(text, bits) is None  # not asked about yet: nothing known
    index.found(text)
    expected = sorted(
        at for s in dict.fromkeys(strings) for at in range(len(text)) if text.startswith(s, at)
    )
    assert index.places(text, list(dict.fromkeys(bits))) == expected


def test_places_are_forgotten_with_the_answers() -> None:
    index = Substrings()
    bit = index.mask(["offer"])
    text = "an offer, and another offer"
    index.found(text)
    assert index.places(text, [bit]) == [3, 22]
    index.mask(["angebot"])  # a new string: the answers so far are dropped
    assert index.places(text, [bit]) is None


class _ChangedWhileRead(dict):  # type: ignore[type-arg]
    """A dict another thread changes as it is read: iterating it fails as CPython's does."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise RuntimeError("dictionary changed size during iteration")


def test_a_full_memory_changed_by_another_thread_is_emptied_not_an_error() -> None:
    from assistant.core import substrings

    finder = substrings.Substrings()
    bit = finder.mask(["needle"])
    for i in range(substrings._KEEP):  # fill the memory of recent texts
        finder.found(f"text {i}")
    finder._answers = _ChangedWhileRead(finder._answers)
    assert finder.found("a needle here") == bit
    assert finder.found("a needle here") == bit  # remembered again after the reset


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.text(alphabet="abé ı", min_size=1, max_size=3), min_size=1, max_size=6),
        min_size=1,
        max_size=12,
    ),
    st.lists(st.text(alphabet="abé ı", max_size=30), min_size=1, max_size=5),
)
def test_strings_added_in_bursts_between_texts_are_all_found(
    bursts: list[list[str]], texts: list[str]
) -> None:
    # a language's patterns register their strings in bursts between texts; the strings
    # of the later bursts are in a second automaton until the two are rebuilt as one
    index = Substrings()
    registered: list[str] = []
    for burst in bursts:
        index.mask(burst)
        registered += burst
        for text in texts:
            assert holds(index, registered, text) == [s in text for s in registered]
            bits = list(dict.fromkeys(index.mask([s]) for s in registered))
            expected = sorted(
                at
                for s in dict.fromkeys(registered)
                for at in range(len(text))
                if text.startswith(s, at)
            )
            assert index.places(text, bits) == expected


def test_strings_added_late_become_one_automaton_once_none_are_added() -> None:
    from assistant.core import substrings

    index = Substrings()
    index.mask([f"word{n}" for n in range(100)])
    index.found("word1 first text")  # the main automaton: the first 100 strings
    late = index.mask(["latecomer"])
    assert index.found("a latecomer and word7") & late
    assert len(index._automata or ()) == 2  # the late string has a small one of its own
    for n in range(substrings._SETTLED):
        index.found(f"text {n} with a latecomer")
    assert index.found("the latecomer again") & late
    assert len(index._automata or ()) == 1  # settled: rebuilt as one
