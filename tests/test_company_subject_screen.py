"""The subject patterns' screen (needles looked up in the lower-cased subject) never
changes which employer a subject names."""

from __future__ import annotations

from pathlib import Path

import pytest

import assistant.core.company_subject as company_subject
import assistant.core.role as role
from assistant.core.company_subject import subject_names
from assistant.core.nofollowup import flatten
from assistant.core.parse import parse

ROOT = Path(__file__).parent.parent
SUBJECTS = [
    parse(path.read_bytes()).subject
    for path in sorted((ROOT / "tests" / "fixtures" / "mail").glob("*.eml"))
    + sorted((ROOT / "benchmarks" / "own_mail" / "messages").glob("*.eml"))
] + [
    "Interview with Northwind Traders",
    "Update from Harbour Lane Homes",
    "Your application was sent to Kestrel Biotherapeutics",
    # "ı", "İ" and "ſ" match "i" and "s" case-insensitively, but lower-case to others
    "ınterview with Northwind Traders",
    "İNTERVIEW WITH Northwind Traders",
    "Update from Harbour Lane Homeſ",
    "Your applicatıon was ſent to Kestrel Biotherapeutics",
]


def _unscreened(subject: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    with monkeypatch.context() as patch:
        patch.setattr(
            company_subject,
            "_COMPANY_SUBJECT_RE",
            [(pattern, ()) for pattern, _ in company_subject._COMPANY_SUBJECT_RE],
        )
        return subject_names(subject, "", [], "", False)


def test_the_screen_changes_no_subjects_names(monkeypatch: pytest.MonkeyPatch) -> None:
    named = 0
    for subject in SUBJECTS:
        expected = _unscreened(subject, monkeypatch)
        assert subject_names(subject, "", [], "", False) == expected, subject
        named += bool(expected[0])
    assert named >= 10  # the subjects do name employers


ROLE_SUBJECTS = SUBJECTS + [
    "Application for Data Analyst",
    "Applıcation for Data Analyst",  # a dotless i
    "Interview ınvitation - Site Engineer",
    "Status update: Data Analyst",
    "Status update - Data Analyſt",
]


def _role(subject: str) -> tuple[str | None, str]:
    message = parse(f"From: x@example.org\nSubject: {subject}\n\nHello.".encode())
    return role.role(message, flatten(message.text), None)


def test_the_screen_changes_no_subjects_role(monkeypatch: pytest.MonkeyPatch) -> None:
    found = 0
    for subject in ROLE_SUBJECTS:
        with monkeypatch.context() as patch:
            patch.setattr(role, "_ROLE_SUBJECT_RE", [(p, ()) for p, _ in role._ROLE_SUBJECT_RE])
            expected = _role(subject)
        assert _role(subject) == expected, subject
        found += expected[0] is not None
    assert found >= 10
