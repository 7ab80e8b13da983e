"""``role_clean.clean_role`` runs the gender marker and reference patterns only on titles
that can hold one: what it skips would not have changed the title."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.role_clean import GENDER_MARKER, REFERENCE, clean_role

PIECES = st.sampled_from(
    [*"mwdfxhigMWDFXHIG|,*-–#:.", " ", "all genders", "Req", "JR", "REQ", "id", "Data Analyst"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=12))
def test_a_gender_marker_holds_a_bracket_or_a_slash(pieces: list[str]) -> None:
    value = "".join(pieces)
    assert GENDER_MARKER.sub("", value) == value  # no "(" nor "/" among the pieces


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=12))
def test_a_reference_holds_a_digit(pieces: list[str]) -> None:
    value = "".join(pieces) + " (Ref ABC)"  # brackets too, but no digit
    assert REFERENCE.sub("", value) == value


def test_markers_and_references_still_go() -> None:
    assert clean_role("Data Analyst (m/w/d) - Req 12345") == "Data Analyst"
    assert clean_role("Werkstudent Vertrieb m/w/d") == "Werkstudent Vertrieb"
    assert clean_role("Site Engineer (JR-0042)") == "Site Engineer"
