"""A team named for whom it hires ("Early Careers", "Graduate Recruitment") and a
programme with its year ("Graduate Programme 2026") are no employer (eighteenth round).

A held-out refusal's "our Early Careers team will arrange it" gave the company "Early",
and so its application matched nothing; the team word goes, and what is left says whom
the team hires, not who employs. Each mail is written for these tests.
"""

from __future__ import annotations

from assistant.core.display_company import plausible_company
from tests.rules_support import rules_company as company


def test_whom_a_team_hires_is_no_company_alone() -> None:
    for word in ("Early", "Graduate", "Campus", "Interns", "Apprenticeship", "Trainee"):
        assert not plausible_company(word), word
    assert plausible_company("Campus Bikes Ltd")  # a name that begins with one


def test_an_early_careers_team_is_not_the_employer() -> None:
    assert (
        company(
            "Early Careers <notifications@smartrecruiters.com>",
            "Your application: Graduate Engineer",
            "Hi Robin,\n\nThank you for applying to the Graduate Engineer role at Harbourline "
            "Energy. If you need an adjustment, our Early Careers team will arrange it.\n\n"
            "Early Careers Team",
        )
        == "Harbourline Energy"
    )


def test_a_graduate_programme_with_its_year_is_not_the_employer() -> None:
    assert (
        company(
            "Graduate Recruitment <graduates@myworkday.com>",
            "Harbourline Graduate Programme 2026",
            "Dear Robin,\n\nThank you for applying to the Harbourline Graduate Programme 2026. "
            "Unfortunately, we will not be progressing your application.\n\n"
            "Harbourline Energy Early Careers",
        )
        == "Harbourline Energy"
    )
