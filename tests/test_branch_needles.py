"""A pattern's branches and their needles: a text that holds no branch's needles is not
searched, so a wrong branch would silently lose a cue."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.fast_regex import branch_masks, branches, holds_a_branch
from assistant.core.needles import needle_sets
from assistant.core.nofollowup import compile_fast
from assistant.core.substrings import SUBSTRINGS
from tests.test_needles import _patterns


def test_alternatives_and_a_leading_group_of_them_are_branches() -> None:
    assert branches(r"\bwe\s+regret|\bsorry") == [r"\bwe\s+regret", r"\bsorry"]
    # "(?:a|b)c" is "ac|bc": what follows the group goes with each alternative
    assert branches(r"\b(?:application\s+is\s+incomplete|incomplete\s+application)\b") == [
        r"\bapplication\s+is\s+incomplete\b",
        r"\bincomplete\s+application\b",
    ]
    # an optional or repeated group is no choice of one alternative
    assert branches(r"(?:a|b)+c") == [r"(?:a|b)+c"]
    assert branches(r"(?:a|b)?c") == [r"(?:a|b)?c"]
    assert branches("a|b  # a comment: | is no alternative") == [
        "a|b  # a comment: | is no alternative"
    ]


@settings(max_examples=400, deadline=None)
@given(_patterns(), st.text("abcd \n.", max_size=40))
def test_every_match_is_one_branch_and_holds_its_needles(pattern: str, text: str) -> None:
    parts = branches(pattern)
    for match in re.finditer(pattern, text):
        held = [
            part
            for part in parts
            if re.compile(part).match(text, match.start())
            and all(any(n in text for n in found) for found in needle_sets(part))
        ]
        assert held, (pattern, match, parts)


def test_a_text_with_the_needles_of_no_one_branch_is_not_searched() -> None:
    pattern = compile_fast(
        r"\b(?:your\s+application\s+is\s+incomplete|application\s+in\s+progress)\b"
    )
    masks = branch_masks(pattern)
    assert masks is not None
    # "application" is a needle of both, "incomplete" and "progress" of one each
    assert not holds_a_branch(SUBSTRINGS.found("we read your application today"), masks)
    assert holds_a_branch(SUBSTRINGS.found("your application is in progress"), masks)
    assert holds_a_branch(SUBSTRINGS.found("application incomplete? your app"), masks)


def test_a_branch_that_needs_nothing_gives_no_masks() -> None:
    # the second branch holds no needle of three letters: every text may match it
    assert branch_masks(compile_fast(r"\bregret\s+to\s+inform|\bno\b")) is None
    assert branch_masks(compile_fast(r"\bregret\s+to\s+inform")) is None  # one branch
