"""Where else a job mail names its employer: the footer's legal line, the subject, the
Reply-To, a signature under a title. Written for these tests, with invented employers.
"""

from __future__ import annotations

import time

import pytest

from assistant.core.company import company as find_company
from assistant.core.company_choice import find_in_text
from assistant.core.legal_line import legal_names
from assistant.core.nofollowup import flatten
from assistant.core.not_company import not_company
from assistant.core.parse import parse
from assistant.core.senders import sender_info
from tests.rules_support import rules_company


def found(head: str, body: str) -> str | None:
    raw = f"{head}\nDate: Mon, 10 Mar 2025 10:00:00 +0000\n\n{body}".encode()
    message = parse(raw)
    return find_company(message, sender_info(message), flatten(message.text))[0]


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        ("© 2026 Harrowgate Foods Ltd. All rights reserved.", "Harrowgate Foods Ltd."),
        ("Copyright © 2026 Quillmark Inc.", "Quillmark Inc."),
        (
            "Kesselhaus Energie GmbH · Hauptstraße 5 · 10115 Berlin\n"
            "Geschäftsführer: Max Muster · Amtsgericht Berlin HRB 12345",
            "Kesselhaus Energie GmbH",
        ),
        ("Auto Werk GmbH & Co. KG | Amtsgericht Ulm", "Auto Werk GmbH & Co. KG"),
        ("Brandt Logistiek B.V. | KvK 12345678 | Havenweg 1, Rotterdam", "Brandt Logistiek B.V."),
        ("Vale Verde Alimentos S.A. — CNPJ 12.345.678/0001-90", "Vale Verde Alimentos S.A."),
        ("Maison Ravel SAS - 12 rue de la Paix, 75002 Paris - RCS Paris 123", "Maison Ravel SAS"),
        ("© 2026 Grupo Serrano, S.L. Todos los derechos reservados.", "Grupo Serrano, S.L."),
        ("Ferretti Costruzioni S.r.l. - P.IVA 01234567890", "Ferretti Costruzioni S.r.l."),
        ("Registered in England. Quillmark Ltd, company number 1234", "Quillmark Ltd"),
    ],
)
def test_a_footers_legal_line_names_the_company(footer: str, name: str) -> None:
    assert legal_names(f"Thank you for applying.\n\nKind regards\n\n{footer}\n") == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence with a legal form, not a legal line; words that are only words
        "We, at Acme Ltd, are hiring.",
        "Se você tiver dúvidas, se manifeste.",
        "© 2026 all rights reserved",
        "Geschäftsführer: Max Muster · Amtsgericht Berlin HRB 12345",
    ],
)
def test_no_legal_name_where_no_legal_line(text: str) -> None:
    assert legal_names(text) == []


def test_the_footer_names_the_employer_behind_a_mailer() -> None:
    assert (
        found(
            "From: Recruiting <no-reply@mailer-service.example>\nSubject: Your application",
            "Dear Sam,\n\nThank you for applying.\n\nKind regards\nThe Recruiting Team\n\n"
            "© 2026 Harrowgate Foods Ltd. All rights reserved.\n",
        )
        == "Harrowgate Foods Ltd."
    )
    # the footer is the weakest witness: the body's wording wins over it
    assert (
        found(
            "From: Jobs <no-reply@hirely.example>\nSubject: Your application",
            "Your application was sent to Orchard Lane Bakery.\n\n© 2026 Hirely Ltd\n",
        )
        == "Orchard Lane Bakery"
    )


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Ihre Bewerbung bei Kesselhaus Energie", "Kesselhaus Energie"),
        ("Votre candidature chez Maison Ravel", "Maison Ravel"),
        ("Je sollicitatie bij Brandt Logistiek", "Brandt Logistiek"),
        ("Tu candidatura en Grupo Serrano", "Grupo Serrano"),
        ("La tua candidatura presso Ferretti", "Ferretti"),
        ("Sua candidatura na Vale Verde", "Vale Verde"),
        # the employer where a title stands too: a possessive, "at" before a separator,
        # a lead before a colon
        ("Your Quillmark Analytics application", "Quillmark Analytics"),
        ("Data Analyst at Quillmark Analytics - application update", "Quillmark Analytics"),
        ("Kesselhaus Energie: Ihre Bewerbung als Data Analyst", "Kesselhaus Energie"),
    ],
)
def test_the_subject_names_the_employer(subject: str, company: str) -> None:
    head = f"From: Recruiting <noreply@hire-mail.example>\nSubject: {subject}"
    assert found(head, "Thank you.") == company


@pytest.mark.parametrize(
    "subject",
    [
        # a job title, or a subject's own words, in the same places
        "Your Data Analyst application",
        "Data Analyst: Ihre Bewerbung",
        "Reminder Notice: your application",
    ],
)
def test_a_title_where_a_subject_names_employers_is_none(subject: str) -> None:
    head = f"From: Recruiting <noreply@hire-mail.example>\nSubject: {subject}"
    assert found(head, "Thank you.") is None


def test_a_name_leading_the_subject_counts_when_the_text_confirms_it() -> None:
    head = "From: Recruiting <noreply@hire-mail.example>\nSubject: Quillmark: your application"
    assert found(head, "Thank you for applying to the Quillmark graduate scheme.") == "Quillmark"
    # a job title leads some subjects the same way; unconfirmed, it is no employer
    head = "From: Recruiting <noreply@hire-mail.example>\nSubject: Data Analyst: your application"
    assert found(head, "Thank you for applying.") is None


def test_a_reply_to_the_employers_own_mailbox_names_it() -> None:
    head = (
        "From: Notifications <no-reply@hire-mail.example>\n"
        "Reply-To: Quillmark Recruiting <jobs@quillmark.example>\nSubject: Your application"
    )
    assert found(head, "Thank you for applying.") == "Quillmark"
    # the candidate's own address, or a freemail one, names no employer
    head = (
        "From: Notifications <no-reply@hire-mail.example>\nTo: sam@samcarter.example\n"
        "Reply-To: Sam Carter <sam@samcarter.example>\nSubject: Your application"
    )
    assert found(head, "Thank you for applying.") is None


def test_a_title_under_the_signer_is_no_company() -> None:
    head = "From: Jana Roth <jana.roth@hire-mail.example>\nSubject: Einladung"
    body = (
        "Hallo Sam,\n\nwir laden Sie ein.\n\nViele Grüße\nJana Roth\nPersonalreferentin\n"
        "Kesselhaus Energie GmbH\n"
    )
    assert found(head, body) == "Kesselhaus Energie GmbH"
    body = (
        "Olá Sam,\n\nObrigado.\n\nAtenciosamente,\nAna Lima\nAnalista de Recrutamento\nVale Verde\n"
    )
    assert found(head.replace("Einladung", "Candidatura"), body) == "Vale Verde"


#: (the signer, the line under it) in small employers' mail: a title or a department,
#: never the employer ("Pharmacienne titulaire" was taken for one)
TITLE_OR_OFFICE_LINES = [
    ("Isabelle Faure", "Pharmacienne titulaire"),
    ("Ana Lima", "Diretora clínica"),
    ("Chiara Bassi", "Titolare"),
    ("Sylvie Roux", "Assistante administrative"),
    ("Beatriz Lozano", "Dirección"),
    ("Rui Matos", "Coordenação"),
    ("Claudia", "Kitaleitung"),
    ("Jens Bauer", "1. Vorsitzender"),
    # seventeenth round: a title alone, a hospital's department, a front desk, HR
    ("Nadine Morel", "Gérante"),
    ("Olivier Marchal", "Expert-comptable associé"),
    ("Dr Claire Vidal", "Pôle Psychiatrie"),
    ("Sandrine", "Accueil"),
    ("Rita Nunes", "Capital Humano"),
]


@pytest.mark.parametrize(
    "footer",
    [
        "Paramètres de communication · Conditions d'utilisation",
        "Gerir definições de email",
        "Manage your email settings",
        "E-Mail-Einstellungen ändern",
    ],
)
def test_a_job_boards_footer_link_is_no_employer(footer: str) -> None:
    """A board's card names the employer, then its footer's links stand where a name
    would ("Paramètres de communication" was taken for the employer)."""
    head = "From: Board <noreply@board-mail.example>\nSubject: Candidature envoyée"
    body = f"Votre candidature a été envoyée.\n\nMerci,\n{footer}\n"
    assert found(head, body) != footer
    assert not_company(footer)
    assert not not_company("Settimo Cielo Catering")  # a word of its own stays a name
    assert not not_company("Datenschutz Nord GmbH")  # privacy alone may name a firm
    assert not_company("Privacy Policy")


@pytest.mark.parametrize(("signer", "line"), TITLE_OR_OFFICE_LINES)
def test_a_title_or_an_office_under_the_signer_is_no_employer(signer: str, line: str) -> None:
    head = "From: Bewerbung <kontakt@mail-host.example>\nSubject: Ihre Bewerbung"
    body = f"Hallo Sam,\n\nwir laden Sie ein.\n\nViele Grüße\n{signer}\n{line}\n"
    assert found(head, body) != line
    # the organisation on the line after it is
    with_org = body + "Residencia San Roque\n"
    assert found(head, with_org) == "Residencia San Roque"


def _cpu(subject: str) -> float:
    started = time.process_time()
    found(f"From: Jobs <no-reply@hire-mail.example>\nSubject: {subject}", "Hi.")
    return time.process_time() - started


@pytest.mark.parametrize("unit", ["Aa-", "Candidatura en Aa-", "Aa - ", "A & "])
def test_hostile_subjects_take_linear_time(unit: str) -> None:
    # a name's hyphens could be inside a word or between words: "Aa-Aa-..." took
    # exponential time (2.5 s for 50 of them); each word is read once now
    _cpu(unit)  # warm the caches
    small_time = _cpu(unit * 200)
    large_time = _cpu(unit * 800)
    assert large_time < 0.05 + 8 * small_time, (small_time, large_time)


def test_a_platform_passing_on_the_employers_decision_is_not_the_employer() -> None:
    # an unknown platform's own brand is its display name and its domain; its words
    # name the employer ("afgewezen door", "rejected by", "sent to")
    head = "From: Fair Match <noreply@fairmatch.example>\nSubject: Sollicitatie Fair Match"
    body = (
        "Fair Match\n\nBeste gebruiker,\n\nJe bent helaas afgewezen door Orchard Lane "
        "Bakery B.V. voor de functie Verkoper.\n\nBedankt voor het gebruiken van Fair Match!\n"
    )
    assert found(head, body) == "Orchard Lane Bakery B.V"
    # the employer's own system saying where the application went is still the employer
    head = "From: Quillmark Careers <jobs@quillmark.example>\nSubject: Your application"
    body = "Your application was sent to Quillmark Analytics.\n\nThe Quillmark team\n"
    assert found(head, body) == "Quillmark Analytics"


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("We at Quillmark Analytics read every application.", "Quillmark Analytics"),
        ("Nous avons reçu votre candidature au sein de Maison Ravel.", "Maison Ravel"),
        ("Merci de l'intérêt que vous portez à Maison Ravel.", "Maison Ravel"),
        ("Gracias por querer formar parte de Grupo Serrano.", "Grupo Serrano"),
        ("Grazie per voler entrare a far parte di Ferretti Costruzioni.", "Ferretti Costruzioni"),
        ("Bedankt.\n\nMet vriendelijke groet,\nHet team van Brandt Logistiek", "Brandt Logistiek"),
        ("Vielen Dank.\n\nMit freundlichen Grüßen\nIhr Kesselhaus-Team", "Kesselhaus"),
        ("Thanks.\n\nBest regards,\nThe Quillmark Analytics Team", "Quillmark Analytics"),
        (
            "Obrigado.\n\nAtenciosamente,\nTime de Recrutamento da Vale Verde Alimentos",
            "Vale Verde Alimentos",
        ),
        # on behalf of the employer, in six more languages
        ("Namens Brandt Logistiek nodigen we je uit voor een gesprek.", "Brandt Logistiek"),
        ("Im Namen der Kesselhaus Energie GmbH laden wir Sie ein.", "Kesselhaus Energie GmbH"),
        ("Je vous écris au nom de Ravel Conseil pour un entretien.", "Ravel Conseil"),
        ("Te escribo en nombre de Grupo Serrano para una entrevista.", "Grupo Serrano"),
        ("Ti scrivo per conto di Ferretti Costruzioni.", "Ferretti Costruzioni"),
        ("Escrevo em nome da Vale Verde Alimentos.", "Vale Verde Alimentos"),
        # working with us at the employer; a sentence opened by the employer's place
        ("Grazie per l'interesse a lavorare con noi presso Ferretti.", "Ferretti"),
        ("Thanks for your interest in joining us at Quillmark Analytics.", "Quillmark Analytics"),
        ("At Quillmark Analytics, we read every application.", "Quillmark Analytics"),
        ("Chez Maison Ravel, nous lisons chaque candidature.", "Maison Ravel"),
        ("Everyone here at Quillmark Analytics thanks you.", "Quillmark Analytics"),
        # who writes from where; the employer's team, offices, openings; "our company, X"
        ("I'm reaching out from Quillmark Analytics about your profile.", "Quillmark Analytics"),
        ("This is Jo Park from Quillmark Analytics.", "Quillmark Analytics"),
        ("Je vous écris de la part de Ravel Conseil.", "Ravel Conseil"),
        ("Desde Grupo Serrano queremos agradecerte tu interés.", "Grupo Serrano"),
        ("Da parte di tutto il team di Ferretti Costruzioni, grazie.", "Ferretti Costruzioni"),
        ("A equipa da Vale Verde Alimentos agradece a sua candidatura.", "Vale Verde Alimentos"),
        ("En nombre del equipo de Grupo Serrano, gracias.", "Grupo Serrano"),
        ("On behalf of the entire Quillmark Analytics team, thank you.", "Quillmark Analytics"),
        ("Te esperamos en las oficinas de Grupo Serrano el lunes.", "Grupo Serrano"),
        ("Agradecemos seu interesse nas oportunidades da Vale Verde.", "Vale Verde"),
        (
            "Danke für Ihr Interesse an unserem Unternehmen, der Kesselhaus Energie.",
            "Kesselhaus Energie",
        ),
        ("Grazie per l'interesse nei confronti di Ferretti Costruzioni.", "Ferretti Costruzioni"),
        ("Ravel Conseil souhaite vous rencontrer jeudi.", "Ravel Conseil"),
        (
            "Die Kesselhaus Energie GmbH möchte Sie zu einem Gespräch einladen.",
            "Kesselhaus Energie GmbH",
        ),
        (
            "Thanks.\n\nCheers,\nJo Park | Talent Partner @ Quillmark Analytics",
            "Quillmark Analytics",
        ),
        # a board passing the application on, in Italian, Portuguese and Dutch
        ("La tua candidatura è stata inviata a Ferretti Costruzioni.", "Ferretti Costruzioni"),
        ("A sua candidatura foi enviada para a Vale Verde Alimentos.", "Vale Verde Alimentos"),
        ("Je sollicitatie is verzonden naar Brandt Logistiek.", "Brandt Logistiek"),
        # a team's sign-off with no closing above it, in five languages
        ("Leider müssen wir dir absagen.\n\nDein Quillmark Analytics Team", "Quillmark Analytics"),
        ("Nous ne pouvons pas y donner suite.\n\nL'équipe Ravel Conseil", "Ravel Conseil"),
        ("No podemos continuar.\n\nEquipo Grupo Serrano", "Grupo Serrano"),
        ("Helaas gaan we niet verder.\n\nTeam Brandt Logistiek", "Brandt Logistiek"),
        ("Não vamos avançar.\n\nEquipa Vale Verde Alimentos", "Vale Verde Alimentos"),
        # the employer's equal opportunity statement, hiring process, careers site
        (
            "We will not proceed.\n\nQuillmark Analytics is an equal opportunity employer.",
            "Quillmark Analytics",
        ),
        (
            "Thank you for your time in the Quillmark Analytics hiring process.",
            "Quillmark Analytics",
        ),
        ("Find more openings on the Quillmark Analytics careers site.", "Quillmark Analytics"),
        # an organisation where a city or a holiday stands too ("At Christmas, our")
        ("At Halvard Maritime, we read every application.", "Halvard Maritime"),
        ("Here at Halvard Maritime, our team reads every CV.", "Halvard Maritime"),
        ("Thank you for being part of the Halvard Maritime hiring process.", "Halvard Maritime"),
        ("We look forward to you joining us at Halvard Maritime.", "Halvard Maritime"),
        ("Veja as oportunidades da Halvard Maritime.", "Halvard Maritime"),
        ("Entdecke weitere Stellenangebote bei Halvard Maritime.", "Halvard Maritime"),
        # a first name signs, then the same signer in full beside a title and the employer
        (
            "Thanks.\n\nCheers,\nJo\n\nJo Park | Recruiter | Quillmark Analytics",
            "Quillmark Analytics",
        ),
        # a team's name beside the company is no company ("People & Culture")
        ("Thanks.\n\nBest regards,\nQuillmark Analytics | People & Culture", "Quillmark Analytics"),
        (
            "Obrigado.\n\nAtenciosamente,\nGente & Cultura - Vale Verde Alimentos",
            "Vale Verde Alimentos",
        ),
    ],
)
def test_body_and_signature_wordings(body: str, company: str) -> None:
    head = "From: Recruiting <no-reply@hire-mail.example>\nSubject: Your application"
    assert found(head, f"Hello,\n\n{body}\n") == company


@pytest.mark.parametrize(
    "body",
    [
        # a German noun after "im Namen des" is no employer; "at" in mid-sentence with no
        # "we" after the name names none
        "Im Namen des Teams danken wir Ihnen.",
        "We met at Quillmark Analytics, a partner of ours.",
        # on behalf of a colleague, not of an organisation
        "Namens Sanne de Vries nodig ik je uit.",
        "Te escribo en nombre de Carlos Ruiz.",
        # a person, a city or a team where the new wordings put an employer
        "This is Jo from Leeds, calling about your application.",
        "Te escribo desde Madrid.",
        "El equipo de Recursos Humanos te agradece tu interés.",
        "Nos vemos en nuestras oficinas de Madrid.",
        "Marie souhaite vous rencontrer jeudi.",
        # a programme's process is not its employer's name
        "Thank you for taking part in the Graduate Academy recruitment process.",
        "Thank you for taking part in our Graduate Academy recruitment process.",
        # a city or a holiday where this round's wordings without a guard put an
        # employer: "joining us in X", "the X hiring process", "oportunidades no X",
        # "At X, our"
        "We look forward to the possibility of you joining us in Lisbon.",
        "Thank you for your interest in working with us in Amsterdam.",
        "Thank you for being part of the Berlin hiring process.",
        "Veja as oportunidades no Porto.",
        "Descubre las ofertas en Sevilla.",
        "At Christmas, our office closes for two weeks.",
        # a one-word employer with no trade word can no longer be told from a city
        # there, unless the sender's domain spells it (see the test below); nor, after
        # "na", an employer from a place ("trabalhar connosco na Vale Verde" was one)
        "At Talvegue, we read every application.",
        "Obrigado pelo interesse em trabalhar connosco na Vale Verde.",
    ],
)
def test_wordings_that_name_no_employer(body: str) -> None:
    head = "From: Recruiting <no-reply@hire-mail.example>\nSubject: Your application"
    assert found(head, f"Hello,\n\n{body}\n") is None


def test_a_teams_sign_off_that_writes_the_name_short_gives_way_to_it_in_full() -> None:
    # "La team Bramble" under mail from "Bramble & Compagnie": the sign-off's short form
    head = "From: Bramble & Compagnie <jobs@hire-mail.example>\nSubject: Ta candidature"
    assert found(head, "Merci !\n\nOn a bien reçu ton CV.\n\nLa team Bramble\n") == (
        "Bramble & Compagnie"
    )


def test_a_title_after_team_is_no_company() -> None:
    head = "From: Recruiting <no-reply@hire-mail.example>\nSubject: Your application"
    body = "Thanks.\n\nBest regards,\nSam Carter\nTeam Lead of Platform Engineering\n"
    assert found(head, body) is None


def test_a_short_team_name_is_given_as_the_legal_name_in_full() -> None:
    head = (
        "From: Kesselhaus Energie GmbH <bewerbung@kesselhaus-energie.example>\n"
        "Subject: Ihre Bewerbung"
    )
    body = "Hallo Sam,\n\nvielen Dank.\n\nBeste Grüße\nIhr Kesselhaus-Recruiting-Team\n"
    assert found(head, body) == "Kesselhaus Energie GmbH"


def test_a_one_word_employer_counts_where_the_senders_domain_spells_it() -> None:
    head = "From: Recruiting <no-reply@talvegue.example>\nSubject: Your application"
    assert found(head, "Hello,\n\nAt Talvegue, we read every application.\n") == "Talvegue"


def test_a_one_word_team_sign_off_is_a_city_unless_another_source_agrees() -> None:
    # "Dein Team Hamburg" signs a booking: a city, and nothing else names it
    head = "From: Service <no-reply@hire-mail.example>\nSubject: Deine Buchung"
    body = "Hallo,\n\ndeine Buchung ist bestätigt.\n\nDein Team Hamburg\n"
    assert found(head, body) is None
    # the same sign-off from the employer's own domain agrees with it
    head = "From: Service <no-reply@talvegue.example>\nSubject: Deine Bewerbung"
    body = "Hallo,\n\nleider müssen wir dir absagen.\n\nDein Team Talvegue\n"
    assert found(head, body) == "Talvegue"


@pytest.mark.parametrize(
    ("head", "body", "company"),
    [
        # the statement's subject opens its line: the signer and his title above are
        # not part of the name (which loses its staffing word, as its domain's does)
        (
            "From: Orrin Vale <orrin.vale@tarnwell-recruitment.example>\nSubject: Your CV",
            "Hi Sam,\n\nThanks for sending your CV.\n\nOrrin Vale\nSenior Consultant\n"
            "Tarnwell Recruitment is an equal opportunity employer.",
            "Tarnwell",
        ),
        (
            "From: Recruiting <no-reply@hire-mail.example>\nSubject: Your application",
            "Hello,\n\nWe will not proceed.\n\nMarta Quennell\nTalent Partner\n"
            "Quillmark Analytics is an equal opportunity employer.",
            "Quillmark Analytics",
        ),
    ],
)
def test_an_equal_opportunity_statement_names_no_signer(head: str, body: str, company: str) -> None:
    assert found(head, body) == company


@pytest.mark.parametrize(
    ("slug", "text", "name"),
    [
        (
            "wideworldimporters",
            "Thanks from all of us at Wide World Importers.",
            "Wide World Importers",
        ),
        # the elided article is no part of the slug, written before the name or inside it
        ("vergersdantan", "Merci ! Les Vergers d'Antan vous répondront.", "Les Vergers d'Antan"),
        ("antanbio", "Votre dossier chez D'Antan Bio est complet.", "D'Antan Bio"),
        # the slug's first word is not the run's first: the run is tried from each word
        ("ironbark", "Kind regards, Team Ironbark Mining", "Ironbark Mining"),
    ],
)
def test_the_text_spells_the_senders_slug(slug: str, text: str, name: str) -> None:
    message = parse(f"From: x@example.org\nSubject: Hello\n\n{text}".encode())
    assert find_in_text(slug, flatten(message.text), message) == name


@pytest.mark.parametrize(
    "sender",
    [
        # a capitalised particle inside a person's name ("Le", "De", "Da")
        "Yann Le Gall <yann@tybreizh.example>",
        "Sanne De Vries <sanne@lunchroom-kade.example>",
        "Ana Da Silva <ana@padaria-sol.example>",
    ],
)
def test_a_persons_display_name_with_a_particle_is_no_company(sender: str) -> None:
    found = rules_company(
        sender,
        "Re: Candidature au poste de serveuse",
        "Bonjour,\n\nMerci pour votre candidature au poste de serveuse. Pouvez-vous passer "
        "demain vers 16h ?\n\nYann",
    )
    assert found != sender.split(" <")[0]


@pytest.mark.parametrize(
    ("display", "employer"),
    [
        ("GRH – Commune de Valbrune", "Commune de Valbrune"),
        ("Prefeitura de Vale Azul – Processos Seletivos", "Prefeitura de Vale Azul"),
        ("DRH Clinique des Tilleuls", "Clinique des Tilleuls"),
    ],
)
def test_an_hr_office_beside_the_employer_in_a_display_name_is_dropped(
    display: str, employer: str
) -> None:
    head = f"From: {display} <recrutement@valbrune-rh.example>\nSubject: Votre candidature"
    assert found(head, "Merci pour votre candidature.") == employer
