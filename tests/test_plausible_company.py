"""Which strings can be an employer's name at all (``display_company.plausible_company``)."""

from __future__ import annotations

import pytest

from assistant.core.display_company import plausible_company
from tests.rules_support import rules_company


@pytest.mark.parametrize("value", ["We've", "we’re", "They'll", "I'm", "We'd", "We", "Our team"])
def test_a_pronoun_is_no_employer_even_with_a_contraction(value):
    assert not plausible_company(value)


@pytest.mark.parametrize("value", ["Macy's", "Tessellate", "Lindqvist & Rao", "O'Neill Foods"])
def test_names_with_an_apostrophe_stay_names(value):
    assert plausible_company(value)


def test_a_sentence_that_opens_with_a_contraction_gives_no_employer():
    """ "We've reviewed your application": the sign-off's team names the employer."""
    company = rules_company(
        "Talent <talent@saltmarsh-analytics.example>",
        "Your application for Data Engineer",
        "Hi Robin,\n\nThanks for applying for the Data Engineer role. We've reviewed your "
        "application and decided to continue with other candidates.\n\n"
        "The Saltmarsh Analytics Recruiting Team",
    )
    assert company != "We've"
    assert company == "Saltmarsh Analytics"
