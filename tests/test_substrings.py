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
