"""The needles a pattern must contain: a wrong needle would silently lose a match."""

from __future__ import annotations

import re

import pytest

from assistant.core.needles import needle_sets
from assistant.core.nofollowup import compile_fast, may_match, needles


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bwe\s+(?:regret|are\s+sorry)\s+to", ("regret", "are")),
        (r"\bdid\s+not\s+select\b", ("select",)),
        (r"\b(?:go|going)\s+(?:in\s+)?different\s+direction", ("different",)),
        (r"\bfür\s+(?:eine[nr]?\s+)?entschieden", ("entschieden",)),
        # the starting group stays when nothing later is longer
        (r"\b(?:decided|declined)\s+to", ("decided", "declined")),
    ],
)
def test_needles_come_from_a_required_part(pattern: str, expected: tuple[str, ...]) -> None:
    assert needles(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bno\s+(?:longer\s+hiring)?\s+x",  # an optional group is never a needle
        r"\bwe\s+regret|\bsorry",  # a top-level alternative: unknown
        r"\bregret\s+to|\bsorry",  # ... even when its first branch starts with a long word
        r"\bwe\s+(?=regrets)\w+",  # a lookahead is not part of the match
        r"\bno\s+(?i:regrets)",  # inline flags: unknown
        r"\bwe\s+[]a]+ok",  # a class that starts with "]"
        r"\bwe\s+(?:x|regret)",  # an alternative without a literal beginning
    ],
)
def test_unknown_or_optional_parts_give_no_long_needle(pattern: str) -> None:
    found = needles(pattern)
    assert found is None or min(map(len, found)) < 3, found


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bwe\s+(?:regret|are\s+sorry)\s+to", "we are   sorry to say"),
        (r"\bno\s+(?:longer\s+)?hiring\s+for", "no hiring for now"),
        (r"\bdecisions?\s+(?:was|were)\s+made", "decision was made"),
        (r"\bten+ders?\s+closed", "tenders closed"),
        (r"\b(?:move|moving)\s+on\s+with\s+(?:other|another)s?", "moving on with others"),
        (r"\bregret\s+to|\bsorry", "we are sorry"),
        (
            r"\bsorry\b[^.]{0,40}?\b(?:not\s+selected|(?:role|job)\s+filled)",
            "sorry, the job filled",
        ),
        (r"\b(?:regret|sorry)\s+to\s+(?:inform|tell)", "sorry to tell"),
    ],
)
def test_every_match_passes_the_needle_check(pattern: str, text: str) -> None:
    compiled = compile_fast(pattern, re.VERBOSE)
    assert compiled.search(text)
    assert may_match(compiled, text)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # every required part is a set: the text must hold a needle of each
        (
            r"\b(?:regret|sorry)\s+to\s+(?:inform|tell|let\s+you)",
            (("regret", "sorry"), ("inform", "tell", "let"), ("to",)),
        ),
        # an alternative that starts with a group gives that group's beginnings
        (
            r"\bsorry\b[^.]{0,40}?\b(?:not\s+selected|(?:role|job)\s+filled)",
            (("sorry",), ("not", "role", "job")),
        ),
        # optional parts, lookarounds and alternatives without a literal start give none
        (r"\bsorry\s+(?:to\s+)?(?=say)(?:\w+|inform)", (("sorry",),)),
        (r"\bwe\s+regret|\bsorry", ()),
    ],
)
def test_needle_sets_are_every_required_part(
    pattern: str, expected: tuple[tuple[str, ...], ...]
) -> None:
    assert needle_sets(pattern) == expected


def test_a_text_without_a_later_required_word_is_not_searched() -> None:
    compiled = compile_fast(r"\bsorry\s+to\s+(?:inform|tell)", re.VERBOSE)
    assert not may_match(compiled, "sorry to bother you")
    assert may_match(compiled, "sorry to bother you, and to tell you")
