"""A first-name sender is no employer (issue look14): "Jonas" <jonas.weber@gmail...>,
"Pedro" <pedro@hotmail...> writing about an application were given the company "Jonas"
and "Pedro". A lone capitalised word that is the address owner's own name, and that the
sender's domain does not spell, is the person writing; the employer is looked for in the
text. Found by probing with mails written for it (seven languages, invented people and
employers); a company's one-word name on its own domain keeps its answer.
"""

from __future__ import annotations

import pytest

from tests.rules_support import rules_company


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Tom <tom.h@gmail.example>",
            "Re: Sous chef role",
            "Hi Robin,\n\nThanks for sending over your CV for the sous chef role. "
            "Unfortunately we've decided to go with someone else. Best of luck.\n\nTom",
        ),
        (
            "Pedro <pedro@hotmail.example>",
            "Tu candidatura",
            "Hola Robin, gracias por enviarnos tu currículum. Lo hemos recibido y te diremos "
            "algo la semana que viene.\n\nPedro",
        ),
        (
            "Sophie <sophie.d@orange.example>",
            "Suite à votre candidature",
            "Bonjour Robin,\n\nMerci pour votre candidature. Nous avons bien reçu votre CV et "
            "nous revenons vers vous rapidement.\n\nSophie",
        ),
        (
            "Lukas <lukas.b@web.example>",
            "Deine Bewerbung",
            "Hallo Robin,\n\ndanke für deine Bewerbung. Hättest du Donnerstag um 16 Uhr Zeit "
            "für ein kurzes Telefonat?\n\nGruß\nLukas",
        ),
    ],
)
def test_a_first_name_on_the_owners_address_is_no_employer(
    sender: str, subject: str, body: str
) -> None:
    assert rules_company(sender, subject, body) is None


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("Fabrikam <jobs@fabrikam.example>", "Fabrikam"),
        ("Brightwell <brightwell@brightwell.example>", "Brightwell"),
    ],
)
def test_a_one_word_company_on_its_own_domain_stays(sender: str, expected: str) -> None:
    body = (
        "Hi Robin,\n\nThank you for your application. We have received it and will be in "
        "touch soon.\n\nThe hiring team"
    )
    assert rules_company(sender, "Your application", body) == expected


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    [
        (
            "Sanne <sanne@ziggo.example>",
            "Je sollicitatie",
            "Hoi Robin,\n\nIk werk bij HR van Bakkerij Verhoef. Bedankt voor je sollicitatie. "
            "Kun je dinsdag om 11 uur langskomen voor een gesprek?\n\nGroet,\nSanne",
            "Bakkerij Verhoef",
        ),
        (
            "Marta <marta.r@outlook.example>",
            "Tu candidatura",
            "Hola Robin:\n\nSoy Marta, de RRHH de Clínica Sol Naciente. Hemos recibido tu "
            "currículum y te llamaremos esta semana.\n\nMarta",
            "Clínica Sol Naciente",
        ),
        (
            "Jana <jana.k@gmx.example>",
            "Deine Bewerbung",
            "Hallo Robin,\n\nich bin Jana aus der Personalabteilung der Gärtnerei Lindenhof. "
            "Leider haben wir die Stelle schon vergeben.\n\nViele Grüße\nJana",
            "Gärtnerei Lindenhof",
        ),
    ],
)
def test_a_first_name_senders_own_team_names_the_employer(
    sender: str, subject: str, body: str, expected: str
) -> None:
    assert rules_company(sender, subject, body) == expected
