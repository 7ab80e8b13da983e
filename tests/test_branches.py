"""Branches searches a pattern branch by branch: the same match as the pattern's own search."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.branches import Branches
from assistant.core.cues import cues

OTHER = cues().other_application
#: the words of the pattern, so that random texts often match one branch or several
WORDS = sorted(set(re.findall(r"[a-zäöüéèàçíó]{2,}", OTHER.pattern)))


def same(pattern: re.Pattern[str], text: str) -> None:
    expected = pattern.search(text)
    found = Branches(pattern).search(text)
    assert (found and (found.span(), found.group())) == (
        expected and (expected.span(), expected.group())
    ), text


def test_the_not_job_application_pattern_as_written() -> None:
    texts = [
        "thank you for your scholarship application to the fund.",
        "we received your business application and your grant application.",
        "talent-application and people application are hiring words.",
        "ihr mitglieds-antrag und ihre partnerbewerbung liegen vor.",
        "la solicitud de beca fue recibida; candidatura per affitto",
        "your application for the apartment in the old town",
        "your application for the grant writer role",
        "application for a loan officer position, then an application for a loan",
        "applications for membership",
        "no such words here",
        "",
    ]
    for text in texts:
        same(OTHER, text)
    assert Branches(OTHER).search("a rental application") is not None


def test_leftmost_wins_and_the_first_branch_on_a_tie() -> None:
    pattern = re.compile(r"\bcd\w*|\b(?:ab|abc)x?|(?<!z)\bab\w*", re.VERBOSE)
    for text in ("abc cd", "cd abc", "zab ab", "xab", "abcx", "ab_cd cdab"):
        same(pattern, text)
    assert Branches(pattern).search("abc").group() == "ab"  # the second branch, not the third


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*WORDS, " ", " ", "-", "_", "x", "1", ", ", ". ", "\n", "business "]),
        max_size=30,
    )
)
def test_same_as_search_on_random_texts(parts: list[str]) -> None:
    text = "".join(parts)
    same(OTHER, text)
    same(OTHER, " ".join(parts))
