"""A name cue's screen (``Cue.may_match``) never hides a match: it checks the words the
keywords and the tail require, and a text that holds a match holds them all."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.company import _COMPANY_BODY_RE
from assistant.core.name_cue import NAME, Cue
from assistant.core.nofollowup import flatten, lowered, matches
from assistant.core.parse import parse
from assistant.core.role import _ROLE_BODY_RE
from assistant.core.substrings import SUBSTRINGS

ROOT = Path(__file__).parent.parent
MAIL = sorted((ROOT / "tests" / "fixtures" / "mail").glob("*.eml")) + sorted(
    (ROOT / "benchmarks" / "own_mail" / "messages").glob("*.eml")
)
CUES = [cue for cue, _ in _COMPANY_BODY_RE] + _ROLE_BODY_RE


def _texts() -> list[tuple[str, str]]:
    """(text, lower-cased) of the project's own mail, flattened and as written."""
    out = []
    for path in MAIL:
        text = parse(path.read_bytes()).text[:20_000]
        for form in (text, flatten(text)):
            out.append((form, lowered(form)))
    return out


def test_the_tail_words_screen_a_cue() -> None:
    team = Cue.of(rf"\b(?:the|our)\s+(?P<c>{NAME})\s+(?:team|family)\b")
    found = [
        m.group("c")
        for m in team.finditer("Thanks, the Harlow Quay team", "thanks, the harlow quay team")
    ]
    assert found == ["Harlow Quay"]
    # the keyword is there, the tail's word is not: nothing to try
    assert not team.may_match("the harlow quay office")
    assert not list(team.finditer("the Harlow Quay office", "the harlow quay office"))


def test_a_cue_without_keywords_is_screened_by_its_words() -> None:
    sent = Cue.of(rf"\ban\s+(?:die\s+)?(?P<c>{NAME})\s+(?:übermittelt|gesendet)\b")
    assert sent.head is None
    assert not sent.may_match("ein brief an anna berg")
    text = "Ihre Unterlagen wurden an die Brunnfeld GmbH übermittelt."
    assert [m.group("c") for m in sent.finditer(text, lowered(text))] == ["Brunnfeld GmbH"]


@pytest.mark.parametrize("index", range(len(CUES)))
def test_the_screen_never_hides_a_match(index: int) -> None:
    cue = CUES[index]
    for text, low in TEXTS:
        if any(True for _ in cue.finditer(text, low, screened=True)):
            assert cue.may_match(low), (cue.tail.pattern[:60], text[:80])


TEXTS = _texts()


def _keyword_matches(cue: Cue, text: str, low: str) -> list[tuple[int, int]]:
    """The matches as the keywords' own search finds them (``nofollowup.matches``), each
    followed by the tail: what ``Cue.finditer`` gives from the keywords' places."""
    assert cue.head is not None
    out = []
    for keyword in matches(cue.head, low):
        found = cue.tail.match(text, keyword.end())
        if found:
            out.append(found.span())
    return out


HEADED = [cue for cue in CUES if cue.head is not None and cue.starts]


def test_the_keywords_places_give_the_searchs_matches_in_the_mail() -> None:
    assert len(HEADED) > 40
    found = 0
    for text, low in TEXTS:
        SUBSTRINGS.found(low)  # the substring pass the extractors make first
        for cue in HEADED:
            expected = _keyword_matches(cue, text, low)
            assert [m.span() for m in cue.finditer(text, low)] == expected
            assert [m.span() for m in cue.findall(text, low)] == expected
            present = SUBSTRINGS.found(low)  # (the bits the extractors pass)
            assert [m.span() for m in cue.findall(text, low, present)] == expected
            found += len(expected)
    assert found > 20


#: a cue's keywords, glued to words ("that", "been"), and names after them
PIECES = [
    *"at en the our bei chez we us here join interest in that been then other".split(),  # noqa: SIM905
    *"Acme Kade Verhuur team hiring the x".split(),  # noqa: SIM905
    *(" ", "  ", "\n", "\t", ",", "-", "_"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_the_keywords_places_give_the_searchs_matches_in_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    low = lowered(text)
    SUBSTRINGS.found(low)
    for cue in HEADED:
        expected = _keyword_matches(cue, text, low)
        assert [m.span() for m in cue.finditer(text, low)] == expected
        assert [m.span() for m in cue.findall(text, low)] == expected
        assert [m.span() for m in cue.findall(text, low, SUBSTRINGS.found(low))] == expected
