"""Caseless finds exactly the matches of the IGNORECASE pattern it wraps, only faster."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core import dates, requisition
from assistant.core.caseless import Caseless, fold
from assistant.core.substrings import SUBSTRINGS

WRAPPED = [dates._APPLIED, dates._UNTIL, requisition._REQ]
EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("wrapped", WRAPPED)
def test_the_shipped_patterns_are_searched_the_fast_way(wrapped: Caseless) -> None:
    assert wrapped.finder is not None


@pytest.mark.parametrize("wrapped", WRAPPED)
def test_every_character_ignorecase_matches_to_a_leading_letter_folds_to_it(
    wrapped: Caseless,
) -> None:
    # the finder reads the folded text: a character the pattern matches ignoring case
    # ("ı" for "i", "K" for "k", "É" for "é") must fold to the letter the finder looks for
    assert wrapped.finder is not None
    for letter in {ch for ch in wrapped.finder.pattern if ch.isalpha()}:
        for ch in re.findall(re.escape(letter), EVERY_CHARACTER, re.IGNORECASE):
            assert fold(ch) == letter, (letter, ch)


def test_fold_keeps_the_length_and_offsets() -> None:
    text = "İstanbul DIŞ ſtelle KELVIN Straße"
    assert len(fold(text)) == len(text)
    assert fold(text).startswith("istanbul diş stelle kelvin")


WORDS = [
    "until", "UNTIL", "Until", "bis zum", "by", "BY", "tot", "ſubmitted", "applıed", "Job",
    "REFERENCE", "Référence", "réf", "posting", "JR-", "Req", "req", "Kennziffer",
    "received", "on", "ON", "am", "le", "el", "op", " ", "  ", "\n", ".", ":", "#", "-",
    "12", "2026", "4711", "AB-12345", "March", "15", "x", "xby", "byx", "_", "İ", "ı", "K",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_the_same_matches_as_the_pattern_itself(parts: list[str]) -> None:
    text = "".join(parts)
    for wrapped in WRAPPED:
        assert spans(wrapped.finditer(text)) == spans(wrapped.pattern.finditer(text))
        first = wrapped.pattern.search(text)
        found = wrapped.search(text)
        assert (found and found.span()) == (first and first.span())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_the_same_matches_where_the_words_places_are_known(parts: list[str]) -> None:
    # a message's text was screened by SUBSTRINGS: the pattern is tried at its words only
    text = "".join(parts)
    for wrapped in WRAPPED:
        wrapped.search("")  # registers the finder's words (before the text is screened)
        SUBSTRINGS.found(fold(text))
        assert wrapped._places(fold(text)) is not None
        assert spans(wrapped.finditer(text)) == spans(wrapped.pattern.finditer(text))


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\b(?:until|by)\s+"),  # case-sensitive already: searched as it is
        re.compile(r"(?i)\b(?:Until|by)\s+"),  # an upper-case word in the group
        re.compile(r"(?i)(?:until|by)\s+"),  # no leading word boundary
        re.compile(r"(?i)\b(?:until|by)?\s+"),  # optional words
        re.compile(r"(?im)\b(?:^until|by)\s+"),  # an anchor
    ],
)
def test_other_patterns_are_searched_as_they_are(pattern: re.Pattern[str]) -> None:
    wrapped = Caseless(pattern)
    assert wrapped.finder is None
    text = "Until now, by the way\nuntil  BY"
    assert spans(wrapped.finditer(text)) == spans(pattern.finditer(text))
