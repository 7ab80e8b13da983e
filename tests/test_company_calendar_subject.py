"""A calendar invitation's subject opens with its own word ("Invitación:", "Invito:",
"Updated invitation:"), and the invitation's footer writes it again ("Invitación de
Google Calendar"): that word is never the employer."""

from __future__ import annotations

import pytest

from tests.rules_support import rules_company

CASES = [
    (
        "Invitación: Entrevista Data Analyst @ mar 12 de mar de 2025 14:00 - 15:00 (CET)",
        "Invitación de Google Calendar",
    ),
    (
        "Invito: Colloquio Data Analyst @ mar 12 mar 2025 14:00 - 15:00 (CET)",
        "Invito da Google Calendar",
    ),
    (
        "Updated invitation: Interview Data Analyst @ Tue Mar 12, 2025 2pm - 3pm (CET)",
        "Updated invitation from Google Calendar",
    ),
]


@pytest.mark.parametrize(("subject", "footer"), CASES)
def test_the_invitations_own_word_is_no_employer(subject: str, footer: str) -> None:
    body = f"Data Analyst\nmeet.google.com/abc-defg-hij\nJane Doe - organizer\n\n{footer}"
    sender = "Jane Doe <jane.doe@brightwater.example>"
    assert rules_company(sender, subject, body) == "Brightwater"
