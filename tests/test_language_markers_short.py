"""A short, informal mail still switches on its language's patterns: the marker words
of a one-line refusal or invitation ("Lamentablemente no has sido seleccionado")."""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from assistant.core.nofollowup import languages
from tests.rules_support import rules_kind

SHORT = [
    ("de", "Absage: Werkstudent Marketing", "Leider passt dein Profil nicht.", None),
    ("fr", "Ta candidature", "On aimerait te rencontrer mardi à 10h.", Kind.INTERVIEW_INVITATION),
    ("es", "Tu candidatura", "Lamentablemente no has sido seleccionado.", Kind.REJECTION),
    ("it", "La tua candidatura", "Puoi venire martedì alle 10?", None),
    ("pt", "Sua candidatura", "Infelizmente você não foi selecionado.", Kind.REJECTION),
]


@pytest.mark.parametrize(("language", "subject", "text", "kind"), SHORT)
def test_a_one_line_mail_is_read_in_its_language(
    language: str, subject: str, text: str, kind: Kind | None
) -> None:
    assert language in languages(text.lower())
    if kind is not None:
        assert rules_kind("Jana <jana@adatum.example>", subject, text) is kind
