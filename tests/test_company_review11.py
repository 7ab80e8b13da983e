"""Which employer a job mail is from: the review of the eleventh round's company changes
found mail that was right before them and wrong after. Families mended here:

- a phone's or a mail program's footer read as the employer under a personal closing
  ("Warmly, / Dana / Sent from my iPhone", "Enviado do meu iPhone", "Get Outlook for
  iOS"), in the seven languages; and a title, a city or an office on the line under the
  signer ("VP Customer Success", "San Francisco Bay Area", "Sede di Torino", "Gestora de
  Loja");
- who recruits for whom: the agency named instead of its client ("chargée de recrutement
  chez Hays pour le compte de notre client X"), a city or a field of work read as the
  employer ("reclutadora en Madrid para X", "consultant for Finance and Accounting
  roles");
- a lone digit run into the words after it ("bei Nordwind 3 Wochen", "chez Lumière 5 Rue
  Victor Hugo", "Mintleaf 1 Market Street", "Kestrel 2 Rounds Remaining");
- a person or a place before team words ("Anna Weber Recruiting", "New York Office
  Recruiting", "EMEA Engineering Recruiting");
- a tenant's two-word name spelt as first.last ("Brightwater Medical"
  <brightwater.medical@myworkday.com>) taken for a recruiter's own address;
- a brand ending in a title's word after "applying to" ("Home Chef") where the mail names
  the post in other words;
- a board card, a newsletter or a subject naming a city, a courtesy title or a bare
  "Groupe" ("envoyés à Paris", "een baan bij Utrecht", "an Frau Meier", "au sein du
  Groupe"); a team "@" an office ("The Talent Team @ Berlin HQ");
- a lower-case word that the sender's domain spells, before its noun ("a hybrid job
  with hybrid hours" from jobs@hybrid.example), read as a lower-case brand.

Each text is written for these tests, with invented employers and people; the
look-alikes below must keep their answer.
"""

from __future__ import annotations

import pytest

from assistant.core.not_company import device_footer, not_company
from tests.rules_support import rules_company


def _personal(closing: str, name: str, footer: str) -> str:
    return (
        f"Hi Robin,\n\nCould you drop by the shop on Friday at 11 to chat about the weekend "
        f"shifts?\n\n{closing}\n{name}\n{footer}"
    )


@pytest.mark.parametrize(
    "footer",
    [
        "Sent from my iPhone",
        "Sent from my Galaxy",
        "Get Outlook for iOS",
        "Get Outlook for Android",
        "Von meinem iPhone gesendet",
        "Gesendet von meinem Handy",
        "Envoyé de mon iPhone",
        "Envoyé depuis mon mobile",
        "Enviado desde mi móvil",
        "Inviato da iPhone",
        "Inviato dal mio cellulare",
        "Enviado do meu iPhone",
        "Enviado do meu celular",
        "Verzonden vanaf mijn iPhone",
        "Verstuurd vanaf mijn telefoon",
    ],
)
@pytest.mark.parametrize("closing", ["Warmly,", "Best,", "Many thanks,", "Abraço,", "Groetjes,"])
def test_a_device_footer_is_no_employer(footer: str, closing: str) -> None:
    assert device_footer(footer)
    assert (
        rules_company(
            "Noa Brill <noa.brill@gmail.com>", "Friday", _personal(closing, "Noa", footer)
        )
        is None
    )


@pytest.mark.parametrize(
    "line",
    [
        "VP Customer Success",
        "SVP Engineering",
        "Head of People",
        "San Francisco Bay Area",
        "Greater Boston Area",
        "Lisbon Office",
        "Sede di Torino",
        "Gestora de Loja",
        "Gerente de Tienda",
        "EMEA Engineering",
    ],
)
def test_a_title_or_a_place_under_the_signer_is_no_employer(line: str) -> None:
    body = _personal("Warmly,", "Ines Carvo", line)
    assert rules_company("Ines Carvo <ines.carvo@gmail.com>", "Friday", body) is None


@pytest.mark.parametrize(
    ("sender", "body", "name"),
    [
        # the agency's recruiter writes for a client: the client is the employer
        (
            "Lise Marot <lise.marot@gmail.com>",
            "Bonjour Robin,\n\nJe suis chargée de recrutement chez Talento Conseil pour le "
            "compte de notre client Ferronnerie Gaubert. Un entretien mardi à 10h vous "
            "irait-il ?\n\nLise Marot",
            "Ferronnerie Gaubert",
        ),
        (
            "Pablo Rey <pablo.rey@olmedo-hoteles.example>",
            "Hola Robin,\n\nsoy reclutador en Sevilla para Olmedo Hoteles y me gustaría "
            "hablar contigo el lunes a las 12h.\n\nUn saludo,\nPablo Rey\nOlmedo Hoteles",
            "Olmedo Hoteles",
        ),
        # a field of work after "consultant for" is no employer; the signature names it
        (
            "Gwen Tally <gwen@quillstone-mail.example>",
            "Hi Robin,\n\nI'm a recruitment consultant for Sales and Marketing roles across "
            "Leeds. Free for a call on Tuesday at 2?\n\nGwen Tally\nQuillstone Partners",
            "Quillstone Partners",
        ),
    ],
)
def test_who_recruits_for_whom(sender: str, body: str, name: str) -> None:
    assert rules_company(sender, "A role", body) == name


@pytest.mark.parametrize(
    ("sender", "body", "name"),
    [
        (
            "Bewerbung <jobs@falkenried.example>",
            "Hallo Robin,\n\ndanke für deine Bewerbung bei Falkenried 2 Wochen nach der "
            "Ausschreibung.\n\nDein Falkenried Team",
            "Falkenried",
        ),
        (
            "Recrutement <rh@serpolet.example>",
            "Bonjour Robin,\n\nmerci pour votre candidature chez Serpolet 12 Avenue Foch. "
            "Nous revenons vers vous.\n\nL'équipe Serpolet",
            "Serpolet",
        ),
        (
            "Careers <careers@tallowby.example>",
            "Hi Robin,\n\nthanks for applying to Tallowby 4 Harbour Road, we'll be in "
            "touch.\n\nTallowby",
            "Tallowby",
        ),
        (
            "Careers <careers@quenby.example>",
            "Hi Robin,\n\nthanks for applying to Quenby 3 Rounds Left in this hiring "
            "cycle.\n\nQuenby",
            "Quenby",
        ),
        # a number before a unit in lower case is no part of the name either
        (
            "Careers <careers@brackenmoor.example>",
            "Hi Robin,\n\nthanks for applying to Brackenmoor 10 days ago; we are still "
            "reviewing.\n\nBrackenmoor",
            "Brackenmoor",
        ),
        # look-alike: a digit inside the name before a capitalised word stays
        (
            "Recruiting <jobs@pier-9.example>",
            "Hi Robin,\n\nThanks for applying to Pier 9 Kitchens. We'll be in touch.\n\n"
            "Pier 9 Kitchens",
            "Pier 9 Kitchens",
        ),
    ],
)
def test_a_digit_joins_a_name_only_before_a_name_word(sender: str, body: str, name: str) -> None:
    assert rules_company(sender, "Your application", body) == name


@pytest.mark.parametrize(
    ("closing", "line"),
    [
        ("Thanks,", "Lotte Brandt Recruiting"),
        ("Regards,", "Jonas Pereira Talent Acquisition"),
        ("", "Chicago Office Recruiting"),
        ("", "North America Talent Acquisition"),
        ("All best,", "The Talent Team @ Madrid HQ"),
    ],
)
def test_a_person_or_a_place_before_team_words_is_no_employer(closing: str, line: str) -> None:
    body = "Hi Robin,\n\nWe'd like to invite you to an interview on Monday.\n\n"
    body += f"{closing}\n{line}" if closing else line
    assert rules_company("Jobs <jobs@gmail.com>", "Interview", body) is None


def test_a_person_shaped_team_line_counts_where_the_text_names_it() -> None:
    body = (
        "Hi Robin,\n\nWe at Gentle Baker are glad you applied and will review it soon.\n\n"
        "Gentle Baker Recruiting"
    )
    assert rules_company("no-reply@greenhouse.io", "Thank you", body) == "Gentle Baker"


def test_a_tenant_spelt_first_dot_last_with_a_trade_word_is_the_employer() -> None:
    body = "Hi Robin,\n\nThank you for your application. We will review it shortly.\n\nThe Team"
    sender = "Harrowgate Clinic <harrowgate.clinic@myworkday.com>"
    assert rules_company(sender, "Application received", body) == "Harrowgate Clinic"


def test_a_title_shaped_brand_counts_where_the_post_is_named_otherwise() -> None:
    body = (
        "Hi Robin,\n\nThank you for applying to Little Baker! We have received your "
        "application for the Pastry Assistant position.\n\nThe Team"
    )
    assert rules_company("noreply@hire.lever.co", "Thanks for applying", body) == "Little Baker"


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Indeed <indeedapply@indeed.com>",
            "Candidature envoyée",
            "Les éléments suivants ont été envoyés à Lyon :\n\nServeur - Lyon\n\nBonne chance !",
        ),
        (
            "Nieuwsbrief <nieuws@banenhoek.example>",
            "Vacatures",
            "Hoi Robin,\n\nOp zoek naar een baan bij Rotterdam of omgeving? Bekijk de nieuwe "
            "vacatures van deze week.\n\nBanenhoek",
        ),
        (
            "XING <mailrobot@xing.com>",
            "Bewerbung",
            "Hallo Robin,\n\nDeine Bewerbung an Herr Kranz wurde versendet.\n\nDein XING Team",
        ),
        (
            "Recrutement <noreply@jobs.example>",
            "Votre candidature au sein du Groupe",
            "Bonjour Robin,\n\nnous avons bien reçu votre candidature.\n\nLe service RH",
        ),
    ],
)
def test_a_city_a_person_or_a_bare_word_is_no_employer(
    sender: str, subject: str, body: str
) -> None:
    assert rules_company(sender, subject, body) is None


def test_a_lower_case_word_before_its_noun_is_no_brand() -> None:
    body = (
        "Hi Robin,\n\nThanks for applying to the Planner role, a remote job with remote "
        "hours. We will be in touch.\n\nThe Talent Team"
    )
    assert rules_company("Jobs <jobs@remote.example>", "Your application", body) is None


@pytest.mark.parametrize(
    "name",
    [
        "Madrid",
        "Amsterdam Zuid",
        "Milano Centrale",
        "Berlin HQ",
        "Finance and Accounting",
        "Notre Groupe",
        "Loja Centro",
        "Frau Meier",
        "Mme Roux",
        "CFO Office",
    ],
)
def test_not_company(name: str) -> None:
    assert not_company(name)


@pytest.mark.parametrize(
    "name",
    [
        # a word of its own beside the city or the department word
        "Bar Toledo",
        "Gemeente Utrecht",
        "Frankfurt Main Consulting",
        "Paris Baguette",
        "Café Central",
        "Acme Digital",
        "Gestora de Activos Atlântico",
        # an institution of its city
        "Universidad de Sevilla",
        "Università di Bologna",
        "University of London",
        # team words alone are judged elsewhere (an ATS's name may be the employer)
        "Workday",
        "Home Chef",
        "Dr. Oetker",
        "Head & Hand Bakery",
    ],
)
def test_not_company_look_alikes(name: str) -> None:
    assert not not_company(name)
