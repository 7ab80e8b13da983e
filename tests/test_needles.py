"""The needles a pattern must contain: a wrong needle would silently lose a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.needles import needle_sets, start_words
from assistant.core.nofollowup import compile_fast, may_match, needles


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # each alternative gives its own longest required word ("sorry", not "are")
        (r"\bwe\s+(?:regret|are\s+sorry)\s+to", ("regret", "sorry")),
        (
            r"\b(?:withdraw\w*|r(?:ü|ue|u)e?ckzug|ritiro\s+(?:della\s+)?candidatura)",
            ("withdraw", "ckzug", "candidatura"),
        ),
        # top-level alternatives: each one's needles
        (r"\bwe\s+regret|\bsorry", ("regret", "sorry")),
        (r"\bwe\s+\x41bc|\bsorry", ("we", "sorry")),  # a character by its code: no needle
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
        r"\bwe\s+regret|sorry\b  # a comment | that is no alternative",  # unknown
        r"\bwe\s+\x72egret",  # a character by its code is no literal
        r"\b(we)\s+\1regret",  # nor is a back-reference
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
        (r"\b(?:withdraw\w*|r(?:ü|ue|u)e?ckzug)", "sein rueckzug"),
        (r"\bwe\s+regret|\bsorry", "so sorry"),
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
            (("selected", "filled"), ("sorry",)),
        ),
        # optional parts, lookarounds and alternatives without a literal start give none
        (r"\bsorry\s+(?:to\s+)?(?=say)(?:\w+|inform)", (("sorry",),)),
        (r"\bwe\s+regret|\bsorry", (("regret", "sorry"),)),
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


def _patterns() -> st.SearchStrategy[str]:
    """Small regexes of the shapes the data files use: words, groups of alternatives
    (optional or not), classes, escapes, quantifiers and top-level alternatives."""
    word = st.text("abcd", min_size=1, max_size=4)
    leaf = st.one_of(
        word,
        word.map(lambda w: w + "?"),
        word.map(lambda w: w + "+"),
        st.just(r"\s+"),
        st.just(r"\w*"),
        st.just("[ab]"),
        st.just("[ab]+"),
        st.just("[ab]?"),
        st.just(r"\b"),
        st.just(r"[^.]{0,3}?"),
    )

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        group = st.lists(inner, min_size=1, max_size=3).map(
            lambda parts: "(?:" + "|".join(parts) + ")"
        )
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            group,
            group.map(lambda g: g + "?"),
            group.map(lambda g: g + "{0,2}"),
        )

    body = st.recursive(leaf, extend, max_leaves=8)
    return st.lists(body, min_size=1, max_size=3).map("|".join)


@settings(max_examples=400, deadline=None)
@given(_patterns(), st.text("abcd \n.", max_size=40))
def test_every_match_holds_a_needle_of_each_set(pattern: str, text: str) -> None:
    """A wrong needle would lose a match: every match holds a needle of every set."""
    for match in re.finditer(pattern, text):
        for found in needle_sets(pattern):
            assert any(needle in match.group(0) for needle in found), (pattern, match, found)


@settings(max_examples=400, deadline=None)
@given(_patterns(), st.text("abcd \n.", max_size=40))
def test_every_match_starts_with_a_start_word(pattern: str, text: str) -> None:
    """A wrong start word would lose a match where the pattern is tried at them only."""
    words = start_words(pattern)
    if words is None:
        return
    for at in range(len(text) + 1):
        match = re.compile(pattern).match(text, at)
        if match is not None:
            assert text.startswith(words, at), (pattern, at, words)


def _plain_structure(source: str, start: int = 0) -> list[tuple[int, str]]:
    """The parentheses and bars of ``source`` from ``start``, read one character at a
    time (the plain way): an escape skips the next character, a class runs to the first
    "]" after its first character (to the end when unclosed)."""
    out, i = [], start
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            end = source.find("]", i + 2)
            i = len(source) if end < 0 else end + 1
            continue
        if ch in "()|":
            out.append((i, ch))
        i += 1
    return out


def _reference_split(group: str) -> tuple[str, ...]:
    parts, depth, start = [], 0, 0
    for i, ch in _plain_structure(group):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            parts.append(group[start:i])
            start = i + 1
    return (*parts, group[start:])


def _reference_group_end(source: str, start: int) -> int:
    depth = 0
    for i, ch in _plain_structure(source, start):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == ")" and depth == 0:
            return i
    return -1


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab\\[]()|?: \n", max_size=24))
def test_the_group_scanner_reads_escapes_classes_and_groups_as_the_plain_loop(
    source: str,
) -> None:
    from assistant.core.needles import _split_top, group_end

    assert _split_top.__wrapped__(source) == _reference_split(source)
    for start in range(len(source) + 1):
        assert group_end(source, start) == _reference_group_end(source, start)
