"""languages(): a language counts when its marker words stand in the text's first 5,000
characters, found in one pass; the answer is that of asking for each marker apart."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.nofollowup import languages, rules


def _asked_apart(low: str) -> frozenset[str]:
    """The rule written plainly: each marker looked for on its own."""
    needed = 1 if len(low) < 300 else 2
    padded = f" {low[:5000]} ".replace("\n", " ")
    found = {"en"}
    for language, markers in rules().languages.items():
        words = {m.strip() for m in markers if re.fullmatch(r" \S+ ", m)}
        hits = sum(1 for word in words if f" {word} " in padded)
        hits += sum(1 for m in markers if m.strip() not in words and m in padded)
        if hits >= needed:
            found.add(language)
    return frozenset(found)


_WORDS = sorted({m.strip() for markers in rules().languages.values() for m in markers})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.sampled_from([" ", "\n", ".", "x", "und die"])),
        max_size=120,
    )
)
def test_one_pass_finds_what_asking_each_marker_finds(parts: list[str]) -> None:
    low = " ".join(parts)
    assert languages(low) == _asked_apart(low)


def test_markers_past_the_first_5000_characters_do_not_count() -> None:
    tail = " und die wir sie ihre"
    assert "de" not in languages("x " * 2600 + tail)
    assert "de" in languages("und die wir " + "x " * 300)
