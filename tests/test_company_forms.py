"""How an employer's name is written: in full, with its small words and its accents.

The messages are written for these tests, with invented employers.
"""

from __future__ import annotations

import pytest

from assistant.core.company_slug import abbreviated
from assistant.core.legal_line import legal_names
from tests.test_company import found


@pytest.mark.parametrize(
    ("sender", "body", "company"),
    [
        # the small words inside a name, and accented capitals
        (
            "empleo@marsur.example",
            "Hola Lucía,\n\nGracias por tu interés en Banco del Pacífico Andino. Revisaremos tu "
            "perfil.\n",
            "Banco del Pacífico Andino",
        ),
        (
            "rh@rendas.example",
            "Olá João,\n\nObrigado pelo interesse na Casa das Rendas Lusas. Entraremos em "
            "contato.\n",
            "Casa das Rendas Lusas",
        ),
        (
            "hr@risparmio.example",
            "Gentile Marco,\n\ngrazie per l'interesse verso Cassa di Risparmio Alpina. La "
            "contatteremo.\n",
            "Cassa di Risparmio Alpina",
        ),
        (
            "rh@lumiere.example",
            "Bonjour Camille,\n\nMerci pour votre candidature chez Écoles Lumière. Nous "
            "revenons vers vous.\n",
            "Écoles Lumière",
        ),
        (
            "jobs@oberland.example",
            "Guten Tag,\n\nvielen Dank für Ihr Interesse an der Österreichischen Oberlandbahn.\n",
            "Österreichischen Oberlandbahn",
        ),
        # the sender's short name, and the name in full in the mail's words
        (
            "Kestrel <jobs@kestrel.example>",
            "Dear Sam,\n\nThank you for applying to Kestrel Biotherapeutics. We will review "
            "your application.\n\nBest,\nKestrel Recruiting\n",
            "Kestrel Biotherapeutics",
        ),
        (
            "Quarry Careers <careers@quarry.example>",
            "Dear Sam,\n\nThank you for your interest in Quarry Robotics Europe.\n\n"
            "Quarry Careers\n",
            "Quarry Robotics Europe",
        ),
        # what follows the name is a programme or the hiring system, not the name
        (
            "Saltmarsh Careers <careers@saltmarsh.example>",
            "Dear Sam,\n\nThank you for applying to the Saltmarsh Graduate Scheme.\n\n"
            "Saltmarsh Careers\n",
            "Saltmarsh",
        ),
        (
            "Tillbrook HR <hr@tillbrook.example>",
            "Dear Sam,\n\nThank you for your interest in Tillbrook.\n\nThis email was sent "
            "by Tillbrook HRMS.\n",
            "Tillbrook",
        ),
        (
            "Harlow Bank <noreply@hirevue.com>",
            "Dear Sam,\n\nHarlow Bank would like you to complete a video interview.\n\n"
            "Best regards,\nHarlow Bank Graduate & Professional Recruitment\n",
            "Harlow Bank",
        ),
        # a surname's particle begins a name
        (
            "HR <hr@vandenberg-installatie.example>",
            "Beste Sanne,\n\nGraag nodigen we je uit voor een gesprek.\n\nMet vriendelijke "
            "groet,\nPiet de Vries\nVan den Berg Installatietechniek B.V.\n",
            "Van den Berg Installatietechniek B.V",
        ),
        (
            "Von Holten Karriere <karriere@vonholten.example>",
            "Guten Tag,\n\nvielen Dank für Ihre Bewerbung.\n",
            "Von Holten",
        ),
    ],
)
def test_how_the_name_is_written(sender: str, body: str, company: str) -> None:
    assert found(sender, "Your application", body) == company


def test_a_legal_line_keeps_a_capitalised_particle() -> None:
    footer = "Dank je.\n\n© 2026 Van Dijk Transport B.V. Alle rechten voorbehouden.\n"
    assert legal_names(footer) == ["Van Dijk Transport B.V."]
    assert legal_names("Thanks.\n\n© 2026 and Acme Ltd\n") == ["Acme Ltd"]


@pytest.mark.parametrize(
    ("sender", "body", "company"),
    [
        # the selection process of the employer, in several languages
        (
            "seleccion@tierrafirme.example",
            "Estimada Lucía,\n\nGracias por participar en el proceso de selección de Tierra "
            "Firme Constructora. Lamentablemente no continuarás.\n",
            "Tierra Firme Constructora",
        ),
        (
            "vagas@mares.example",
            "Olá João,\n\nObrigado por participar do processo seletivo da Mares Transportes "
            "Urbanos.\n",
            "Mares Transportes Urbanos",
        ),
        (
            "jobs@hollin.example",
            "Hi Sam,\n\nThank you for your time in the hiring process at Hollin Street Dental.\n",
            "Hollin Street Dental",
        ),
        # a job title there is no employer: the sender's domain name is written below
        (
            "seleccion@pradera.example",
            "Hola Lucía,\n\nGracias por tu interés en el proceso de selección de Analista de "
            "Datos.\n\nSaludos,\nPradera Seguros\n",
            "Pradera Seguros",
        ),
        # a company noun before the name
        (
            "Gupy <noreply@gupy.io>",
            "Olá João,\n\nAgradecemos sua candidatura para a vaga de Analista na empresa Serra "
            "Verde Alimentos.\n",
            "Serra Verde Alimentos",
        ),
        (
            "rh@alpin.example",
            "Bonjour,\n\nMerci pour votre candidature au sein de la société Alpin Froid "
            "Industrie.\n",
            "Alpin Froid Industrie",
        ),
        # an agency's client is the employer, not the agency
        (
            "Sam Ruiz <sam@apex-talent.example>",
            "Hi,\n\nI'm a recruiter with Apex Talent. Our client, Silverline Robotics, is "
            "hiring a Controls Engineer.\n\nBest,\nSam Ruiz\nApex Talent\n",
            "Silverline Robotics",
        ),
        # the domain's name, as the text goes on with it
        (
            "Jobs <jobs@ironbark.example>",
            "Greetings from Ironbark Mining!\n\nWe received your application for Geologist.\n",
            "Ironbark Mining",
        ),
        (
            "bewerbung@hafenblick.example",
            "Guten Tag,\n\nim Namen der Hafenblick Logistik GmbH danken wir Ihnen für Ihre "
            "Bewerbung.\n",
            "Hafenblick Logistik GmbH",
        ),
        # a team line with no closing above it, and the organisation under it
        (
            "recruitment@trust-jobs.example",
            "Dear Sam,\n\nUnfortunately you have not been shortlisted.\n\nRecruitment Team\n"
            "Brookfield Community Health Trust\n",
            "Brookfield Community Health Trust",
        ),
    ],
)
def test_more_wordings_that_name_the_employer(sender: str, body: str, company: str) -> None:
    assert found(sender, "Your application", body) == company


def test_a_company_noun_in_capitals_begins_the_name() -> None:
    body = (
        "Ecco gli annunci della settimana.\n\nAzienda Agricola Poggio Sereno cerca un "
        "potatore a Siena.\nFalegnameria Rossi cerca un apprendista a Lucca.\n"
    )
    assert found("Offerte <jobs@offerte-lavoro.example>", "Nuove offerte", body) != (
        "Agricola Poggio Sereno"
    )


def test_a_domain_name_does_not_go_on_into_a_job_title() -> None:
    body = "Hi Sam,\n\nThanks for applying to the Ironbark Data Analyst opening.\n"
    assert found("jobs@ironbark.example", "Application", body) == "Ironbark"


@pytest.mark.parametrize(
    ("sender", "body", "company"),
    [
        # a trade word makes a name of capitalised words an organisation, not a person
        (
            "Banca Alpina del Lago <selezione@bal-lavoro.example>",
            "Gentile Alex,\n\nconfermiamo di aver ricevuto la Sua candidatura.\n",
            "Banca Alpina del Lago",
        ),
        (
            "Juliana Prates <juliana@vaga-serena.example>",
            "Olá,\n\nRecebemos o seu currículo. Obrigado!\n\nUm abraço,\nJuliana Prates\n"
            "Analista de RH | Construtora Vale Serena\n",
            "Construtora Vale Serena",
        ),
        # the sender's name, and the name with its trade word in the signature
        (
            "Dolce Onda <lavoro@dolceonda.example>",
            "Ciao Alex!\n\nAbbiamo ricevuto il tuo CV.\n\nCordiali saluti,\nGiulia\n"
            "Gelateria Dolce Onda\n",
            "Gelateria Dolce Onda",
        ),
        # the domain's name with the trade word before it
        (
            "rh@horizonteserra.example",
            "Olá,\n\nA Construtora Horizonte Serra recebeu o seu currículo.\n",
            "Construtora Horizonte Serra",
        ),
    ],
)
def test_trade_words_and_the_senders_name(sender: str, body: str, company: str) -> None:
    assert found(sender, "Candidatura", body) == company


@pytest.mark.parametrize(
    ("body", "company"),
    [
        # the employer acts in a template's sentence
        (
            "Dear Sam,\n\nThank you for applying. Unfortunately, Westbrook Analytics has "
            "decided to move forward with other candidates.\n",
            "Westbrook Analytics",
        ),
        (
            "Hi Sam,\n\nCongratulations! Pinehollow Robotics would like to invite you to an "
            "interview.\n",
            "Pinehollow Robotics",
        ),
        (
            "Sehr geehrte Frau Weber,\n\nherzlichen Dank für Ihre Bewerbung. Die Tannberg "
            "Maschinenbau GmbH hat sich leider für eine andere Kandidatin entschieden.\n",
            "Tannberg Maschinenbau GmbH",
        ),
        (
            "Bonjour,\n\nLa société Ravel Électronique a bien reçu votre candidature.\n",
            "Ravel Électronique",
        ),
        # a name that begins like an article keeps its letters
        (
            "Hi Sam,\n\nLeander Logistics has decided to move on with other candidates.\n",
            "Leander Logistics",
        ),
        (
            "Olá João,\n\nA Ribeira Têxtil recebeu a sua candidatura e irá analisá-la.\n",
            "Ribeira Têxtil",
        ),
        # received by the employer, welcomed to it
        (
            "Ciao Marco,\n\nla tua candidatura è stata ricevuta da Ferro & Vetro Costruzioni.\n",
            "Ferro & Vetro Costruzioni",
        ),
        ("Beste Sanne,\n\nJe sollicitatie is ontvangen door Dijkstra Zorg.\n", "Dijkstra Zorg"),
        (
            "Dear Sam,\n\nWelcome to Brightwater Studios! We are glad to have you.\n",
            "Brightwater Studios",
        ),
        # a person stands in the same places
        (
            "Hi Sam,\n\nSarah Jones would like to invite you to a call. Your CV was received "
            "by Tom Baker.\n",
            None,
        ),
    ],
)
def test_the_employer_acts_in_the_sentence(body: str, company: str | None) -> None:
    assert found("noreply@hrportal.example", "Your application", body) == company


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Hi Sam\n\nJust a reminder that Chemistry Teacher at Larkfield Grammar School stops "
            "taking applications on 3 May.\n",
            "Larkfield Grammar School",
        ),
        ("Hallo Lea,\n\ndie Stelle Data Analyst bei Kornblum Medien ist neu.\n", "Kornblum Medien"),
        ("Hi Sam,\n\nThe Head of Science at Larkfield wrote to us.\n", "Larkfield"),
        # not after a person's name
        ("Hi Sam,\n\nI met Jordan Price at Larkfield Grammar School.\n", None),
    ],
)
def test_a_job_titles_at_names_the_employer(body: str, company: str | None) -> None:
    assert found("noreply@mailer.example", "New job", body) == company


def test_an_alert_with_two_titles_at_two_employers_names_none() -> None:
    body = (
        "Your job alert found 2 new jobs this week.\n\n1. History Teacher at Larkfield "
        "Academy, full time\n2. Lecturer of Economics at Orchard Vale College, part time\n\n"
        "Edit or unsubscribe from this job alert in your account.\n"
    )
    sender = "Teaching Jobs <alerts@teaching-jobs.example>"
    msg_raw = f"From: {sender}\nSubject: New jobs\n\n{body}".encode()
    from assistant.core.classify import classify
    from assistant.core.parse import parse

    assert classify(parse(msg_raw)).company is None


@pytest.mark.parametrize(
    ("closing", "company"),
    [
        ("Cordialement,\nLe service recrutement de Verdon Habitat", "Verdon Habitat"),
        ("Atentamente,\nDepartamento de Recursos Humanos de Olivar del Sur", "Olivar del Sur"),
        ("Mit freundlichen Grüßen\nPersonalabteilung der Kesselring Werke", "Kesselring Werke"),
        ("Cordiali saluti,\nUfficio Personale di Tessitura Lariana", "Tessitura Lariana"),
        ("Met vriendelijke groet,\nAfdeling HR van Zuiderzee Havens", "Zuiderzee Havens"),
        ("Kind regards,\nHuman Resources Department, Caldwell Mills", "Caldwell Mills"),
        # a title before "of" is no department ("Head of Marketing")
        ("Kind regards,\nJo Reed\nHead of Marketing", None),
    ],
)
def test_a_department_line_names_its_owner(closing: str, company: str | None) -> None:
    body = f"Hello,\n\nWe received your application.\n\n{closing}\n"
    assert found("noreply@hrmailer.example", "Your application", body) == company


def test_greetings_from_the_employer() -> None:
    body = "Dear Sam,\n\nGreetings from Tidewater Freight! We received your application.\n"
    assert found("noreply@hrmailer.example", "Your application", body) == "Tidewater Freight"


@pytest.mark.parametrize(
    ("name", "slug", "span"),
    [
        ("Banca Alpina del Lago", "balago", (0, 4)),
        ("Grupo Logístico Serrano", "glserrano", (0, 3)),
        ("Ferretería Industrial Navarro", "ferreterianavarro", (0, 3)),
        ("Instituto de Línguas Aurora", "linguasaurora", (2, 4)),
        ("Hollowell Engineering Ltd", "hollowelleng", (0, 2)),
        ("Sam Carter", "acme", None),
        ("Acme", "acme", None),  # one word is the exact match's, not an abbreviation
        ("Apply Cool Marketing", "acm", None),  # too short to tell
    ],
)
def test_a_slug_that_abbreviates_a_name(name: str, slug: str, span: tuple[int, int]) -> None:
    assert abbreviated(name.split(), slug) == span


def test_the_name_a_domain_abbreviates_as_the_text_writes_it() -> None:
    body = (
        "Buongiorno,\n\nle scrivo per una posizione.\n\nMarta Riva\nHead Hunting Varese Partners\n"
    )
    assert found("Marta Riva <m.riva@hhvarese.example>", "Posizione", body) == (
        "Head Hunting Varese Partners"
    )


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Entrevista con Olivar Tecnología - próximos pasos", "Olivar Tecnología"),
        ("Colloquio con Ferri Costruzioni", "Ferri Costruzioni"),
        ("Uitnodiging: gesprek met Van Dam Bouw", "Van Dam Bouw"),
        (
            "Einladung zum Vorstellungsgespräch bei der Kessler Logistik GmbH",
            "Kessler Logistik GmbH",
        ),
        ("Entretien avec Maison Ravel - confirmation", "Maison Ravel"),
        ("Update from Corran Labs on your application", "Corran Labs"),
        ("Assessment invitation from Talbot Insurance", "Talbot Insurance"),
    ],
)
def test_a_subject_names_whom_one_meets_or_hears_from(subject: str, company: str) -> None:
    body = "Hello,\n\nPlease find the details below.\n\nRegards\n"
    assert found("noreply@mailer-hr.example", subject, body) == company


def test_a_subject_that_names_the_employer_twice_counts_once() -> None:
    # the sender and the signature write the group's name in full
    body = (
        "Hallo Tim,\n\ndanke für deine Bewerbung.\n\nViele Grüße\nJana Roth\n"
        "Recruiterin | Lindwurm-Gruppe\n"
    )
    sender = "Jana Roth | Lindwurm-Gruppe <j.roth@lindwurm.example>"
    subject = "Einladung zum Kennenlerngespräch bei Lindwurm"
    assert found(sender, subject, body) == "Lindwurm-Gruppe"
