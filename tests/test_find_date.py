"""``dates.find_date`` reads no date where there is no digit, without a search."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.dates import _DATE_PATTERNS, _MONTHS, find_date

PIECES = st.sampled_from([*_MONTHS, " ", ".", ",", "-", "of", "de", "st", "th", "er", "Mar"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=10))
def test_every_date_pattern_holds_a_digit(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert not any(pattern.search(text) for pattern in _DATE_PATTERNS)


def test_a_written_date_is_still_read() -> None:
    sent = datetime(2026, 3, 2, 9, 0)
    assert find_date(" 14 March, if not sooner", sent) == (date(2026, 3, 14), 1, 9)
    assert find_date("the end of the month", sent) is None
