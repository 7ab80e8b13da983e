"""A pattern that starts with a few words is tried only where they stand: the same
matches as searching it everywhere (``fast_regex.anchor_places``, ``nofollowup.matches``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.company import _COMPANY_BODY_RE
from assistant.core.cues import cues
from assistant.core.fast_regex import anchor_places
from assistant.core.needles import start_words
from assistant.core.nofollowup import _word, compile_fast, matches, rules
from assistant.core.role import _ROLE_BODY_RE
from assistant.core.substrings import SUBSTRINGS


def searched(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``matches`` as it was: the engine's search, then the word-start check."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        start = match.start()
        if start > 0 and _word(text[start - 1]) and _word(text[start]):
            pos = start + 1
            continue
        yield match
        pos = max(match.end(), start + 1)


def _sources() -> list[str]:
    c = cues()
    found = [ps for table in (c.strong, c.weak) for kind in table.values() for ps in kind.values()]
    return [p for ps in found for p in ps] + [source for _, _, source in rules().families]


def _anchored(pattern: re.Pattern[str], shortest: int = 3) -> bool:
    words = start_words(pattern.pattern)
    return bool(words) and min(map(len, words or ())) >= shortest


#: the name cues' keywords, anchored on words of two letters too (``name_cue.Cue.of``)
HEADS = [
    cue.head
    for cue in [*(cue for cue, _ in _COMPANY_BODY_RE), *_ROLE_BODY_RE]
    if cue.head is not None and _anchored(cue.head, 2)
]
ANCHORED = [p for p in map(compile_fast, _sources()) if _anchored(p)] + HEADS
WORDS = sorted({w for p in ANCHORED for w in re.findall(r"[a-zäöüéèàçãõ]{2,}", p.pattern)})


def same(text: str) -> None:
    SUBSTRINGS.found(text)  # the places are known from this pass
    for pattern in ANCHORED:
        assert [m.span() for m in matches(pattern, text)] == [
            m.span() for m in searched(pattern, text)
        ], pattern.pattern


def test_many_patterns_are_anchored_and_tried_at_their_words_only() -> None:
    assert len(ANCHORED) > 100
    text = "we regret to inform you that we have decided not to move forward"
    pattern = compile_fast(r"(?<!\bwho\s)\b(?:decided|chosen)\s+not\s+to|regret\s+to\s+inform")
    assert anchor_places(pattern, text) is None  # its first use registers its words
    SUBSTRINGS.found(text)
    assert anchor_places(pattern, text) == [3, 37]
    assert anchor_places(pattern, "a text never screened") is None  # search as usual


def test_name_cues_are_anchored_on_two_letter_words_too() -> None:
    short = [h for h in HEADS if not _anchored(h)]  # "(?:bei|chez|bij|en|...)", "we at"
    text = "we at Acme and en route"
    SUBSTRINGS.found(text)
    # (a head of one word is not: the engine skips to it)
    assert len([h for h in short if anchor_places(h, text) is not None]) >= 3


def test_start_words() -> None:
    assert start_words(r"(?<!\bthat\s)\b(?:do|does)\s+not") == ("do", "does")
    assert start_words(r"(?:current\s+)?status\s*:") == ("current", "status")
    assert start_words(r"(?:not|wasn't)\s+x|did\s+not") == ("not", "wasn't", "did")
    assert start_words(r"(?:ab|cd)+e") == ("ab", "cd")
    for unknown in (r"a?b", r"(?:a|)b", r"\b(?:x|y)?", r"(?=x)\w+", r"foo|\w+", r"(?:a)*b"):
        assert start_words(unknown) is None, unknown


def texts(words: list[str]) -> st.SearchStrategy[str]:
    """Texts of the patterns' words and what stands between words, glued or spaced."""
    glue = [" ", " ", ", ", ". ", "\n", "'", "’", "-", "x", "1"]
    parts = st.lists(st.sampled_from([*words, *glue]), max_size=30)
    return parts.flatmap(lambda found: st.sampled_from(["".join(found), " ".join(found)]))


@settings(max_examples=300, deadline=None)
@given(texts(WORDS))
def test_same_matches_as_searching_everywhere(text: str) -> None:
    same(text)
