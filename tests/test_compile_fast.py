"""compile_fast drops the \\b that starts a pattern's branches: matches() finds the same."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.cues import cues
from assistant.core.needles import split_top
from assistant.core.nofollowup import compile_fast, flatten, lowered, matches, rules
from assistant.core.parse import parse


def _as_written(source: str) -> re.Pattern[str]:
    """The pattern with every \\b kept but the very first (what matches() always checked)."""
    stripped = source.lstrip()
    return re.compile(stripped[2:] if stripped.startswith("\\b") else stripped, re.VERBOSE)


def _branchy() -> list[str]:
    c = cues()
    sources = [
        p
        for table in (c.strong, c.weak)
        for kind in table.values()
        for ps in kind.values()
        for p in ps
    ]
    sources += [source for _, _, source in rules().families]
    return [
        s
        for s in sources
        if "#" not in s and any(b.lstrip().startswith("\\b") for b in split_top(s.strip())[1:])
    ]


BRANCHY = _branchy()
WORDS = sorted({w for s in BRANCHY for w in re.findall(r"[a-zäöüéèàç]{2,}", s)} | {"x", "1", "_"})


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in matches(pattern, text)]


def test_there_are_such_patterns_and_they_lose_their_word_starts() -> None:
    assert len(BRANCHY) > 10
    assert sum("|\\b" not in compile_fast(s).pattern for s in BRANCHY) > 10
    assert compile_fast(r"ab|\b(?:c|d?e)x").pattern == r"ab|\b(?:c|d?e)x"  # "d?": kept
    assert compile_fast(r"ab|\b(?:'s|c)x").pattern == r"ab|\b(?:'s|c)x"  # "'": kept
    assert compile_fast(r"ab|\bc?x").pattern == r"ab|\bc?x"
    assert compile_fast(r"\bab|\bcd|\b(?:ef|gh)i").pattern == r"ab|cd|(?:ef|gh)i"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*WORDS, " ", " ", "  ", ", ", ". ", "\n", "'", "’", "-"]), max_size=40
    )
)
def test_same_matches(parts: list[str]) -> None:
    text = "".join(parts)
    for source in BRANCHY:
        assert spans(compile_fast(source), text) == spans(_as_written(source), text), source


def test_same_matches_on_the_fixture_mail() -> None:
    found = 0
    for path in sorted((Path(__file__).parent / "fixtures" / "mail").glob("*.eml")):
        low = lowered(flatten(parse(path.read_bytes()).text))
        for prefix in ("", "x", "not "):  # a word glued before the text, or one more word
            text = prefix + low
            for source in BRANCHY:
                expected = spans(_as_written(source), text)
                assert spans(compile_fast(source), text) == expected, (path.name, source)
                found += len(expected)
    assert found  # the fixtures hold some of these cues
