"""``company_acts._acts`` finds what ``_ACTS.finditer`` finds, tried only where a match
may start."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.company_acts import _ACTS, _AT, _acts, _at_matches
from assistant.core.nofollowup import flatten, lowered
from assistant.core.parse import parse
from assistant.core.substrings import SUBSTRINGS

ROOT = Path(__file__).parent.parent
MAIL = sorted((ROOT / "tests" / "fixtures" / "mail").glob("*.eml")) + sorted(
    (ROOT / "benchmarks" / "own_mail" / "messages").glob("*.eml")
)
#: pieces of the sentences _ACTS reads, blanks, and words around them (a match may
#: start inside a word: "whas decided")
PIECES = [
    *"""
    has have would like to invite is are pleased happy a bien reçu recu le plaisir vous te
    remercie ha recibido ricevuto agradece o seu recebeu sua hat sich möchte sie bedankt je
    u heeft uw sollicitatie nodigt uit gostaria de convid decided received w x wh c . , 2
    """.split(),  # noqa: SIM905
    *(" ", "  ", "\t", "\n", "\xa0"),
]


def _spans(low: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    SUBSTRINGS.found(low)  # the substring pass the classifier makes first
    return [m.span() for m in _acts(low)], [m.span() for m in _ACTS.finditer(low)]


def test_the_same_sentences_in_the_projects_mail() -> None:
    found = 0
    for path in MAIL:
        low = lowered(flatten(parse(path.read_bytes()).text)[:20_000])
        fast, plain = _spans(low)
        assert fast == plain, path.name
        found += len(plain)
    assert found >= 10  # the mail has such sentences


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_the_same_matches_in_any_text(pieces: list[str]) -> None:
    low = "".join(pieces)
    fast, plain = _spans(low)
    assert fast == plain


def test_overlapping_sentences_keep_the_searchs_order() -> None:
    # "te agradece o seu": the short "te agradece" starts first and hides "agradece o seu"
    low = "a equipa te agradece o seu interesse; whas decided; a  bien\treçu"
    fast, plain = _spans(low)
    assert fast == plain
    assert [low[s:e] for s, e in fast] == ["te agradece", "has decided", "a  bien\treçu"]


#: "at" and its kin, the blanks around them, and names after them
AT_PIECES = [
    *"at @ bei chez bij presso the Acme Kade Verhuur that x Analyst".split(),  # noqa: SIM905
    *(" ", "  ", "\t", "\n", "\xa0", ","),
]


def _at_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    return [m.span() for m in _at_matches(text)], [m.span() for m in _AT.finditer(text)]


def test_the_same_ats_in_the_projects_mail() -> None:
    found = 0
    for path in MAIL:
        text = flatten(parse(path.read_bytes()).text)[:20_000]
        fast, plain = _at_spans(text)
        assert fast == plain, path.name
        found += len(plain)
    assert found >= 10


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(AT_PIECES), max_size=40))
def test_the_same_ats_in_any_text(pieces: list[str]) -> None:
    fast, plain = _at_spans("".join(pieces))
    assert fast == plain


def test_an_at_after_a_run_of_blanks_is_found_from_the_runs_start() -> None:
    text = "Analyst \t at Acme, Engineer at\tat Kade Verhuur"
    fast, plain = _at_spans(text)
    assert fast == plain
    assert [text[s:e] for s, e in fast] == [" \t at Acme", "\tat Kade Verhuur"]
