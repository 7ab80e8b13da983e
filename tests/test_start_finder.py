"""A pattern the regex engine can skip nothing of is tried only where one of its start
words stands at a word start: the same matches as searching it everywhere
(``fast_regex.start_finder``, ``nofollowup.matches``)."""

from __future__ import annotations

import re

from hypothesis import given, settings

from assistant.core.fast_regex import engine_skips, start_finder
from assistant.core.nofollowup import compile_fast, matches
from tests.test_anchor import _sources, searched, texts

FOUND = [p for p in map(compile_fast, _sources()) if start_finder(p) is not None]
WORDS = sorted({w for p in FOUND for w in re.findall(r"[a-zäöüéèàçãõê']{1,}", p.pattern)})


def same(text: str) -> None:
    for pattern in FOUND:  # a text never screened: no places known, the finder runs
        assert [m.span() for m in matches(pattern, text)] == [
            m.span() for m in searched(pattern, text)
        ], pattern.pattern


def test_what_the_engine_can_skip_ahead_through() -> None:
    assert engine_skips(r"regret\s+to")
    assert engine_skips(r"(?:if|should|in\s+the\s+event)\b")  # first letters i, s
    assert engine_skips(r"jobs?\s+for|roles\s+for")
    for slow in (
        r"(?<!\bwho\s)\b(?:do|does)\s+not",  # a lookbehind first
        r"(?:do\s+not|(?<=you\s)not)\s+call",
        r"(?:jobs?|roles)\s+for\s+you|your\s+alert",  # a branch opens with a group
        r"(?:a|[àa]\s+d[ée]faut)",  # an alternative opens with a class
        r"s?no\s+calls",  # an optional first letter
    ):
        assert not engine_skips(slow), slow


def test_a_finder_for_patterns_the_engine_cannot_skip_through_only() -> None:
    assert len(FOUND) > 30  # cue and no-follow-up patterns of the data files
    slow = compile_fast(r"(?<!\bwho\s)\b(?:do|does|don't)\s+not\s+(?:call|write)")
    finder = start_finder(slow)
    assert finder is not None
    text = "undo this: we do not call. don't write. does not write"
    assert [m.start() for m in finder.finditer(text)] == [14, 27, 40]  # word starts only
    assert [m.group() for m in matches(slow, text)] == ["do not call", "does not write"]
    assert start_finder(compile_fast(r"\b(?:we|i)\s+regret")) is None  # the engine skips
    assert start_finder(re.compile(r"(?<!x)(?:do|did)\s+not", re.IGNORECASE)) is None


@settings(max_examples=300, deadline=None)
@given(texts(WORDS))
def test_same_matches_as_searching_everywhere(text: str) -> None:
    same(text)


def test_a_pattern_with_other_flags_gets_its_own_finder() -> None:
    """The finder is kept by the pattern's source *and* flags: a case-insensitive twin
    of a source first seen case-sensitive must not reuse its finder (it would miss
    "NOT able"; the review of round 8 found the key by source alone)."""
    source = r"(?<!\bthat\s)(?:not|never)\s+able"
    exact = re.compile(source)
    caseless = re.compile(source, re.IGNORECASE)
    assert [m.group() for m in matches(exact, "we are not able")] == ["not able"]
    assert [m.group() for m in matches(caseless, "We are NOT able")] == ["NOT able"]
