"""The extractors' cheap screens and shortcuts change no answer: each is compared with
the plain way it stands for (legal forms, team lines, the employer after a title, the
answers kept for the last few addresses)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core import contacts, dates, legal_line, signature
from assistant.core.caseless import fold
from assistant.core.needles import start_words
from assistant.core.nofollowup import lowered, matches
from assistant.core.recent import remember_recent
from assistant.core.role import _EMPLOYER_ONLY, _without_company
from assistant.core.senders import LEGAL_FORMS
from assistant.core.substrings import SUBSTRINGS, index_of

#: legal forms as footers write them, and what stands around them
FORM_PIECES = [
    *sorted(LEGAL_FORMS),
    *(f.upper() for f in sorted(LEGAL_FORMS)),
    *(f.capitalize() for f in sorted(LEGAL_FORMS)),
    *(".".join(f.upper()) + "." for f in ("bv", "sa", "gmbh", "srl", "ev")),
    *("e.K.", "e.V.", "(GmbH)", "GmbH,", "B.V.;", "Ltd.", "S.A.S.", "\u212aG", "ſa", "İnc"),
    *("Brightwater", "Vale", "Logistics", "©", "2026", "KvK", "Registered office", "and"),
    *(" ", "  ", "\n", "\t", "\xa0", "\u2009", "\x1c", "\x85", ",", "·", "|", "é"),
]


def _legal_names_unscreened(text: str) -> list[str]:
    screen = legal_line._may_hold_form
    legal_line._may_hold_form = lambda tail: True  # type: ignore[assignment]
    try:
        return legal_line.legal_names(text)
    finally:
        legal_line._may_hold_form = screen  # type: ignore[assignment]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(FORM_PIECES), max_size=30))
def test_the_legal_form_screen_never_hides_a_name(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert legal_line.legal_names(text) == _legal_names_unscreened(text)


def test_the_legal_form_screen_passes_a_footer_and_stops_plain_mail() -> None:
    footer = "Thanks.\n\nBrightwater Vale Logistics B.V. | KvK 12345678\n"
    assert legal_line._may_hold_form(footer)
    assert legal_line.legal_names(footer) == ["Brightwater Vale Logistics B.V."]
    nbsp = "Thanks.\n\n© 2026 Brightwater\xa0GmbH\n"  # a non-ASCII blank splits words too
    assert legal_line.legal_names(nbsp) == ["Brightwater GmbH"]
    plain = "Hi Sam,\n\nas we said, the interview is on Monday. Se you there.\nJo"
    assert not legal_line._may_hold_form(plain)  # lower-case "as", "se": no forms


#: team and department lines under a closing, and others
TEAM_PIECES = [
    *"Team team TEAM Equipe équipe Staff time Recruiting HR Talent The Das Ihr".split(),  # noqa: SIM905
    *"of de von der Brightwater Vale GmbH Sam Carter Personalabteilung".split(),  # noqa: SIM905
    *(" ", "-", ",", "'", "&", "and", "y"),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TEAM_PIECES), max_size=12))
def test_the_team_word_screen_never_hides_a_team_line(pieces: list[str]) -> None:
    part = "".join(pieces)
    plain = (
        signature._TEAM_OF.match(part)
        or signature._NAME_TEAM.match(part)
        or signature._department_of(part)
    )
    found = signature._team_or_department(part)
    assert (found and found.span("n")) == (plain and plain.span("n"))


def _without_company_searched(value: str, company: str) -> str:
    """The employer's first word after a preposition, searched with a pattern made for it:
    the first such place where only an employer can follow the preposition ("at", "bei"),
    the whole name follows, or the title before it has more than one word ("Gestor da
    Frota" keeps its complement at "Frota Express")."""
    first = company.split()[0]
    if value.startswith(company + " "):
        return value[len(company) + 1 :]
    prepositions = "de|at|bei|chez|en|bij|à|for|with|del|da|do|di|della|presso|na|no"
    pattern = rf"(?=(\s+({prepositions})\s+){re.escape(first)}\b)"
    for place in re.finditer(pattern, value):
        start, after = place.start(), place.end(1)
        if (
            place.group(2) in _EMPLOYER_ONLY
            or (" " in company and value.startswith(company, after))
            or len(value[:start].split()) > 1
        ):
            return value[:start]
    return value


def test_a_title_loses_the_employer_after_its_preposition() -> None:
    assert _without_company("Recepcionista de hotel de Marea Azul", "Marea Azul") == (
        "Recepcionista de hotel"
    )
    assert _without_company("Analyst at Acmes", "Acme") == "Analyst at Acmes"  # another word
    assert _without_company("Analyst  del  de Acme", "Acme") == "Analyst  del"


TITLE_PIECES = ["de", "del", "at", "à", "for", "with", "en", " ", "  ", "\t", "\n", "Acme"]
TITLE_PIECES += ["Acmes", "Acme_", "A&", "Analyst", "é", "-", "1"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(TITLE_PIECES), max_size=14),
    st.sampled_from(["Acme", "Acme Corp", "A&", "A& B", "é", "-x", "Acme-1"]),
)
def test_the_employer_is_cut_where_its_pattern_would_cut(pieces: list[str], company: str) -> None:
    value = "".join(pieces)
    assert _without_company(value, company) == _without_company_searched(value, company)


def test_the_last_few_answers_are_kept_and_then_forgotten() -> None:
    asked: list[str] = []

    @remember_recent(2)
    def shout(text: str) -> str:
        asked.append(text)
        return text.upper()

    assert [shout("a"), shout("a"), shout("b"), shout("a")] == ["A", "A", "B", "A"]
    assert asked == ["a", "b"]  # "a" was answered from memory
    shout("c")  # a third: all forgotten, then "c" kept
    assert shout("a") == "A"
    assert asked == ["a", "b", "c", "a"]


PHONE_PIECES = ["+", "(", ")", "1", "12", "123", "4567", " ", "-", ".", "\n", "a", "_", "+44"]
PHONE_PIECES += ["(0)", "x1", "é", "٣"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PHONE_PIECES), max_size=20))
def test_numbers_are_tried_where_the_pattern_would_try_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = [m.span() for m in contacts._phone_matches(text)]
    assert found == [m.span() for m in contacts._PHONE.finditer(text)]


def test_a_phone_number_after_its_label() -> None:
    assert contacts.phone("Questions? Call us on +44 20 7946 0018 or reply.") == "+44 20 7946 0018"
    assert contacts.phone("Ref 2026-03-05, 10-12 people") is None


#: what a stated time to hear back is made of, glued to other words too ("within", "twin")
WINDOW_PIECES = ["within", "in", "in the next", "over the next", "after", "innerhalb von"]
WINDOW_PIECES += ["binnen", "dans les", "d'ici", "d’ici", "en las próximas", "dentro de", "sous"]
WINDOW_PIECES += ["2", "two", "a", "10-14", "days", "weeks", "dagen", "semanas", "tw", "x"]
WINDOW_PIECES += [" ", "  ", "\n", ".", ","]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WINDOW_PIECES), max_size=25))
def test_a_window_is_tried_where_its_first_words_stand(pieces: list[str]) -> None:
    low = lowered("".join(pieces))
    SUBSTRINGS.found(low)  # the substring pass the classifier makes first
    found = [m.span() for m in dates._windows(low)]
    assert found == [m.span() for m in matches(dates._WINDOW, low)]


def test_every_first_word_of_a_window_has_its_places_known() -> None:
    words = set(start_words(dates._WINDOW.pattern) or ())
    listed = [
        w for w in SUBSTRINGS._bits if index_of(SUBSTRINGS.mask((w,))) in dates._WINDOW_STARTS
    ]
    assert words and all(any(w.startswith(x) for x in listed) for w in words - {"d"})
    assert {"d'ici", "d’ici"} <= set(listed)  # "d" of "d'ici" is looked for whole


#: a title, a separator and an organisation under a closing, and other lines
TITLED_PIECES = ["Senior", "Recruiter", "Talent", "Partner", "Brightwater", "Vale", "GmbH"]
TITLED_PIECES += [",", "|", "at", "@", "bei", "chez", "en", "na", "presso", "Sam", "Carter"]
TITLED_PIECES += [" ", "  ", "\t", "\xa0", "-", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TITLED_PIECES), max_size=14))
def test_the_separator_screen_never_hides_a_titled_line(pieces: list[str]) -> None:
    line = "".join(pieces)
    plain = signature._TITLED_ORG.fullmatch(line)
    if plain is not None:
        assert signature._TITLED_SEPARATOR.search(line)


EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


@pytest.mark.parametrize("pattern", [contacts._PORTAL_HINT, contacts._NOT_PORTAL])
def test_a_folded_url_holds_what_the_ignorecase_search_found(pattern: re.Pattern[str]) -> None:
    # the portal words are searched in the folded URL, case-sensitively: every character
    # IGNORECASE takes for one of their letters must fold to it, and no other
    letters = {ch for ch in pattern.pattern if ch.isalpha()}
    folding_to: dict[str, set[str]] = {letter: set() for letter in letters}
    for ch, folded in zip(EVERY_CHARACTER, fold(EVERY_CHARACTER), strict=True):
        if folded in folding_to:
            folding_to[folded].add(ch)
    for letter in letters:
        ignoring_case = set(re.findall(re.escape(letter), EVERY_CHARACTER, re.IGNORECASE))
        assert folding_to[letter] == ignoring_case, letter


def test_the_portal_is_the_first_link_that_names_one() -> None:
    text = "See https://acme.example/Privacy and https://jobs.acme.example/CANDIDATE/status ."
    assert contacts.portal_url(text) == "https://jobs.acme.example/CANDIDATE/status"
    assert contacts.portal_url("Visit https://acme.example/about.") == "https://acme.example/about"
