"""The needles a pattern must contain: a wrong needle would silently lose a match."""

from __future__ import annotations

import re

import pytest

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
    ],
)
def test_every_match_passes_the_needle_check(pattern: str, text: str) -> None:
    compiled = compile_fast(pattern, re.VERBOSE)
    assert compiled.search(text)
    assert may_match(compiled, text)
