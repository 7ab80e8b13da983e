"""Which employer a job mail is about: the families of issue 11 item 6.

The messages are written for these tests, in the shapes such mail has.
"""

from __future__ import annotations

from array import array

import pytest

from assistant.core.classify import classify
from assistant.core.company import company as find_company
from assistant.core.model import DIM, KindModel
from assistant.core.models import Kind, Message
from assistant.core.nofollowup import flatten
from assistant.core.parse import parse
from assistant.core.senders import sender_info
from assistant.core.signature import signed_names


def message(sender: str, subject: str = "", body: str = "") -> Message:
    raw = f"From: {sender}\nSubject: {subject}\nDate: Mon, 10 Mar 2025 10:00:00 +0000\n\n{body}"
    return parse(raw.encode())


def found(sender: str, subject: str, body: str) -> str | None:
    msg = message(sender, subject, body)
    return find_company(msg, sender_info(msg), flatten(msg.text))[0]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        # the signature names the organisation after a team line, on a platform's mailer
        (
            "Staffwell <staffwell.alerts@gmail.com>",
            "Application status",
            "Dear Sam,\nYour application is being reviewed.\n\nKind regards,\nPeople Team\n"
            "Orchard Lane Bakery\n",
            "Orchard Lane Bakery",
        ),
        # a person and the organisation on one line, the domain says nothing useful
        (
            "Direktion <direktion.wiesental@schulen-region.example>",
            "Ihre Bewerbung",
            "Guten Tag\n\nDanke für Ihre Bewerbung.\n\nFreundliche Grüsse\n"
            "Hanna Vogt / Sekundarschule Wiesental\n",
            "Sekundarschule Wiesental",
        ),
        # the closing is followed by the company's full name; the display has a short form
        (
            "Recrutement Corvallis <notifications@corvallis-recrutement.example>",
            "Entretien",
            "Bonjour,\n\nNous vous invitons à un entretien.\n\nBien cordialement,\n"
            "Corvallis Maritime\n",
            "Corvallis Maritime",
        ),
        # "the team of <Company>" under the closing
        (
            "Brisa Norte <talento@brisanorte.example>",
            "Candidatura",
            "Hola,\n\nHemos recibido tu candidatura.\n\nSaludos,\n"
            "Lucía y el equipo de Brisa Norte\n",
            "Brisa Norte",
        ),
        # a title or a team before "at <Company>" is not the employer
        (
            "Rui Abreu <rui.abreu@kestrelfin.example>",
            "Your application",
            "Thank you for your interest in Quant Research at Kestrel | Kestrel Finance. We will "
            "not be moving forward.",
            "Kestrel",
        ),
        # a job board's fixed format names the employer whole, team words and all
        (
            "LinkedIn <jobs-noreply@linkedin.com>",
            "Your application to Payroll Officer at Harbourside Recruitment",
            "Thank you for your interest in the Payroll Officer position at Harbourside "
            "Recruitment in Hobart.",
            "Harbourside Recruitment",
        ),
        # team words before "de" in a display name ("Equipe de Recrutamento <Company>")
        (
            "Equipe de Recrutamento Vale Azul <vagas@valeazul.example>",
            "Convite para entrevista",
            "Olá,\n\nGostaríamos de convidá-lo para uma entrevista.\n",
            "Vale Azul",
        ),
        # a display name that spells the domain keeps its words ("de Talentos" included)
        (
            "Puente de Talentos <seleccion@puentetalentos.example>",
            "Proceso de selección",
            "Hola,\n\nGracias por participar en nuestro proceso.\n",
            "Puente de Talentos",
        ),
        # "<Name> Resources" is a name; "Human Resources" a team
        (
            "Tamarind Resources <hello@mailer.tamarind-res.example>",
            "Application received",
            "Thanks, we have your details.",
            "Tamarind Resources",
        ),
        (
            "Maison Velours - Ressources humaines <rh@maisonvelours.example>",
            "Votre candidature",
            "Madame,\n\nNous avons bien reçu votre candidature.\n",
            "Maison Velours",
        ),
        # a rejection a platform passes on names the employer after "by"
        (
            "noreply@werkpunt.example",
            "Sollicitatie",
            "Je bent helaas afgewezen door Kade Logistiek B.V. voor de functie Chauffeur.",
            "Kade Logistiek B.V",
        ),
        # "<Company> viewed your application", on a board's mailer
        (
            "Vakwerk.nl <notifications@vakwerk.nl>",
            "An employer viewed your application",
            "Good news! Lindqvist Metaal viewed your application for Welder.",
            "Lindqvist Metaal",
        ),
        # "apply for <title> at <Company>" names the employer only with "at"
        (
            "Public Posts <alerts@notifications.service.gov.uk>",
            "Reminder",
            "The deadline to apply for Science Technician at Brookfield Primary is Friday.",
            "Brookfield Primary",
        ),
        # an acronym in the display name, the name written out in the text
        (
            "KPU HR Office <recruitment@kpu.example>",
            "Interview",
            "We invite you to an interview for the position of Lab Assistant at Kestrel "
            "Polytechnic University.",
            "Kestrel Polytechnic University",
        ),
        # the short name and the name with its group words: the full name
        (
            "Amberlea HR Team <hr@amberlea.example>",
            "Application update",
            "Thank you for your interest in Amberlea. We value your interest in Amberlea "
            "Group of Companies.",
            "Amberlea Group of Companies",
        ),
        # interest in <Company> in the other languages; a German noun is not a name
        (
            "noreply@mailer.example",
            "Candidatura",
            "Grazie per il tuo interesse per Officine Brera e per la posizione.",
            "Officine Brera",
        ),
        (
            "Schulleitung <schulleitung@schule-au.example>",
            "Ihre Bewerbung",
            "Danke für Ihr Interesse an der Stellvertretung.\n\nSchule Au\n",
            "Schule Au",
        ),
        # "<post> of <title> at <Company>" in the other languages; "en CDI" is no employer
        (
            "noreply@mailer.example",
            "Votre candidature",
            "Merci pour votre candidature au poste de magasinier en CDI chez Rivage Distribution.",
            "Rivage Distribution",
        ),
        (
            "noreply@mailer.example",
            "Candidatura",
            "Recebemos sua candidatura para a vaga de analista na Serra Verde Alimentos.",
            "Serra Verde Alimentos",
        ),
        (
            "noreply@mailer.example",
            "Bewerbung",
            "Vielen Dank für Ihre Bewerbung bei Kranich.",
            "Kranich",
        ),
        # a graduate or campus programme is not part of the employer's name
        (
            "Pellworth Graduate Academy <no-reply@pellworth.greenhouse.io>",
            "Application outcome",
            "Thank you for applying.",
            "Pellworth",
        ),
        # a job board's templates: the employer as written there
        (
            "Indeed <noreply@indeed.com>",
            "An update on your application from brightloom.io",
            "",
            "brightloom.io",
        ),
        (
            "Indeed <noreply@indeed.com>",
            "Neuigkeiten zu Ihrer Bewerbung von Kessler & Partner",
            "Leider ...",
            "Kessler & Partner",
        ),
        # a job card's "<Company> · <Location>" line
        (
            "LinkedIn <jobs-noreply@linkedin.com>",
            "Your application was viewed",
            "Good news!\n\nWarehouse Lead\nOsterwald Freight · Rotterdam (On-site)\n",
            "Osterwald Freight",
        ),
    ],
)
def test_company_families(sender: str, subject: str, body: str, company: str) -> None:
    assert found(sender, subject, body) == company


def test_signer_alone_is_not_the_company() -> None:
    # a person under the closing, nothing confirms it as a company: the domain decides
    assert (
        found(
            "Nora Lind <nora.lind@fjordline.example>",
            "Re: application",
            "Hi Sam,\n\nCould we talk tomorrow?\n\nBest regards,\nNora Lind\n",
        )
        == "Fjordline"
    )


def test_signed_names_read_only_the_senders_own_block() -> None:
    names = signed_names(
        "Thanks, we got it.\n\nBest regards,\nTalent Team\nMarlow Freight\n\n"
        "On Mon, 3 Mar 2025, Sam wrote:\n> Kind regards,\n> Someone Else Ltd\n"
    )
    assert [(s.name, s.sure) for s in names] == [("Marlow Freight", True)]
    # contact details end the block
    names = signed_names("Regards,\nJo Park\nSenior Recruiter\n+44 20 7946 0000\nNot A Name")
    assert [(s.name, s.sure) for s in names] == [("Jo Park", False)]


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        # a job board's own brand, in its domain or as its address, is no employer
        ("Stellar Jobs <no-reply@stellar-jobs.example>", "Update on your application", "Hi."),
        ("Empleos Sur <avisos@empleossur.example>", "Nuevas ofertas", "Hola."),
        ("Vakwerk.nl <alerts@vakwerk.nl>", "Nieuwe vacatures", "Drie nieuwe vacatures."),
        # a shared government mailer's label is not a name either
        ("Public Posts <alerts@notifications.service.gov.uk>", "Job alert", "New posts."),
    ],
)
def test_board_brands_name_no_employer(sender: str, subject: str, body: str) -> None:
    assert found(sender, subject, body) is None


def test_a_recruitment_agency_is_an_employer() -> None:
    assert (
        found("Hive Talent Recruitment <info@hivetalentrecruitment.example>", "Thanks", "Hi.")
        == "Hive Talent Recruitment"
    )


def test_an_unwritten_domain_names_the_employer_only_for_a_person() -> None:
    # a team's mailbox that never writes the employer's name does not name it
    assert found("Talent Team <careers@quillmark.example>", "Your application", "Thanks!") is None
    # a person writing from their work address does; so does an auto-reply
    assert found("Ines Brandt <ines@quillmark.example>", "Re: internship", "Sorry!") == (
        "Quillmark"
    )
    msg = message("Out of Office <careers@quillmark.example>", "Automatic reply", "Away.")
    # ("Out of Office" is no name either)
    assert find_company(msg, sender_info(msg), flatten(msg.text), use_subject=False)[0] == (
        "Quillmark"
    )


def test_an_ats_tenant_slug_is_a_name_only_as_the_text_spells_it() -> None:
    assert found("qrx@myworkday.com", "Thank you for applying", "We received it.") is None
    assert found("harbourline@myworkday.com", "Thanks", "Regards,\nHarbour Line\n") == (
        "Harbour Line"
    )


def _fixed_model(not_job_bias: float) -> KindModel:
    """A model that says not_job whatever the text (zero weights), as sure as its bias;
    its confidence is its probability."""
    classes = [str(k) for k in Kind]
    header: dict[str, object] = {
        "classes": classes,
        "scale": 1.0,
        "bias": [not_job_bias if c == "not_job" else 0.0 for c in classes],
        "thresholds": [0.0, 0.0],
        "calibration": {"a": 1.0, "b": 0.0, "c": 0.0},
    }
    return KindModel(header, array("h", [0] * (DIM * len(classes))))


def test_mail_only_guessed_not_to_be_job_mail_keeps_its_employer() -> None:
    raw = (
        b"From: Talent Team <jobs@brackenfield.example>\nSubject: Your application\n"
        b"Date: Mon, 10 Mar 2025 10:00:00 +0000\n\nDear Sam,\n\nThank you for your interest "
        b"in Brackenfield Analytics. Unfortunately we will not be moving forward with your "
        b"application.\n\nKind regards,\nTalent Team\n"
    )
    unsure = classify(parse(raw), kind_model=_fixed_model(1.0))  # not_job at ~0.35
    assert unsure.kind is Kind.NOT_JOB and unsure.unsure
    assert unsure.company == "Brackenfield Analytics"
    sure = classify(parse(raw), kind_model=_fixed_model(12.0))
    assert sure.kind is Kind.NOT_JOB and not sure.unsure
    assert sure.company is None and sure.role is None


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        # a careers page's or a hiring team's words before or after the name, seven languages
        ("Werken bij Brandt Logistiek <vacatures@brandtlogistiek.example>", "Brandt Logistiek"),
        ("Karriere bei Kesselhaus <karriere@kesselhaus.example>", "Kesselhaus"),
        ("Travailler chez Maison Ravel <recrutement@maisonravel.example>", "Maison Ravel"),
        ("Maison Ravel Carrières <carrieres@maisonravel.example>", "Maison Ravel"),
        ("Empleo Grupo Serrano <empleo@gruposerrano.example>", "Grupo Serrano"),
        ("Trabalhe Conosco Vale Verde <rh@valeverde.example>", "Vale Verde"),
        ("Vale Verde Recrutamento e Seleção <rh@valeverde.example>", "Vale Verde"),
        ("Ferretti Lavora con noi <hr@ferretti.example>", "Ferretti"),
        ("Ufficio Personale Ferretti <hr@ferretti.example>", "Ferretti"),
        ("Quillmark Werving & Selectie <rh@quillmark.example>", "Quillmark"),
        ("Quillmark People Ops <no-reply@quillmark.example>", "Quillmark"),
        ("The Quillmark Team <no-reply@quillmark.example>", "Quillmark"),
        ("HR-Team der Quillmark GmbH <bewerbung@quillmark.example>", "Quillmark GmbH"),
        # an article that begins the name stays
        ("Recrutement Le Fournil <recrutement@lefournil.example>", "Le Fournil"),
        # ... also before a team word after the name: a Romance article is the name's,
        # a Germanic one the team's ("The Acme Team" above)
        ("La Fournée Recrutement <recrutement@lafournee.example>", "La Fournée"),
        ("El Molino Azul Empleo <empleo@elmolinoazul.example>", "El Molino Azul"),
        ("Los Almendros Selección <rrhh@losalmendros.example>", "Los Almendros"),
        ("Le Comptoir Carrières <jobs@lecomptoir.example>", "Le Comptoir"),
        # Italian and Portuguese articles too; Portuguese "A" only before a team word
        ("Il Forno Rosso Selezione <lavora@fornorosso.example>", "Il Forno Rosso"),
        ("Gli Ulivi Recruiting <lavora@gliulivi.example>", "Gli Ulivi"),
        ("O Celeiro Recrutamento <rh@oceleiro.example>", "O Celeiro"),
        ("A Fornalha Recrutamento <rh@afornalha.example>", "A Fornalha"),
        ("Il team di Forno Rosso <lavora@fornorosso.example>", "Forno Rosso"),
        ("Das Quillmark Recruiting Team <no-reply@quillmark.example>", "Quillmark"),
        ("Het Quillmark Recruitment Team <no-reply@quillmark.example>", "Quillmark"),
        # an article before a team word goes with it
        ("La team Maison Ravel <recrutement@maisonravel.example>", "Maison Ravel"),
        ("El equipo de Grupo Serrano <empleo@gruposerrano.example>", "Grupo Serrano"),
        # a careers page's joining word in Italian and Portuguese, and job-offer words
        ("Trabalhe na Vale Verde <rh@valeverde.example>", "Vale Verde"),
        ("Trabalhe no Grupo Pinhalto <rh@pinhalto.example>", "Grupo Pinhalto"),
        ("Ofertas de empleo Grupo Serrano <empleo@gruposerrano.example>", "Grupo Serrano"),
        ("Empregos Vale Verde <rh@valeverde.example>", "Vale Verde"),
    ],
)
def test_team_words_around_a_display_name(sender: str, company: str) -> None:
    assert found(sender, "Your application", "Thank you.") == company


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        # a person whose name has a particle writes from the employer's domain
        ('"Anna Di Stefano" <anna.distefano@ferrovelli.example>', "Ferrovelli"),
        ('"Lucas Da Silva" <lucas.dasilva@pinhalto.example>', "Pinhalto"),
        # a company whose name starts with a particle keeps it
        ('"Del Prado Textiles" <jobs@delprado-textiles.example>', "Del Prado Textiles"),
        # beside a team word the joining word goes with it
        ('"Werken bij Kroonvaart" <jobs@kroonvaart.example>', "Kroonvaart"),
        ('"Recrutamento e Seleção Pinhalto" <rh@pinhalto.example>', "Pinhalto"),
    ],
)
def test_joining_words_go_only_beside_team_words(sender: str, company: str) -> None:
    body = "Thank you for applying. We will review your application and be in touch.\n"
    assert found(sender, "Your application", body) == company


_PLATFORM = "noreply@hr-notify.example"  # a mailer whose domain names no employer


@pytest.mark.parametrize(
    ("closing", "company"),
    [
        # the team's owner after the team, with the team's hiring words, in seven languages
        ("Cordialement,\nL'équipe Ormeval", "Ormeval"),
        ("Cordialement,\nL’équipe RH Ormeval", "Ormeval"),
        ("Cordialement,\nL'équipe Recrutement de Ormeval SAS", "Ormeval SAS"),
        ("Met vriendelijke groet,\nTeam Ormeval", "Ormeval"),
        ("Met vriendelijke groet,\nHet recruitmentteam van Ormeval", "Ormeval"),
        ("Viele Grüße\nDein Team von Ormeval", "Ormeval"),
        ("Atenciosamente,\nEquipe Ormeval", "Ormeval"),
        ("Cumprimentos,\nA equipa de recrutamento da Ormeval", "Ormeval"),
        ("Cordiali saluti,\nTeam HR Ormeval", "Ormeval"),
        ("Cheers,\nTeam Ormeval Foods", "Ormeval Foods"),
    ],
)
def test_a_team_before_its_owner_under_the_closing(closing: str, company: str) -> None:
    assert found(_PLATFORM, "Your application", f"Hello Sam,\nThank you.\n\n{closing}\n") == (
        company
    )


def test_a_team_line_that_names_no_owner_names_no_company() -> None:
    names = signed_names("Thanks.\n\nBest regards,\nSam Carter\nTeam Lead Engineering\n")
    assert [s.name for s in names] == ["Sam Carter"]


@pytest.mark.parametrize(
    "body",
    [
        # having applied to the employer, in the seven languages
        "Vielen Dank, dass Sie sich bei Ormeval beworben haben.",
        "Merci d'avoir postulé chez Ormeval.",
        "Leuk dat je hebt gesolliciteerd bij Ormeval.",
        "Gracias por postularte a Ormeval.",
        "Grazie per esserti candidato presso Ormeval.",
        "Grazie per aver inviato la tua candidatura a Ormeval.",
        "Obrigado por se candidatar à Ormeval.",
        "Thank you for your interest in employment opportunities at Ormeval.",
        # interest in the employer: a capitalised word there is a name outside German
        "Merci pour votre intérêt pour Ormeval.",
        "Bedankt voor je interesse in Ormeval.",
        "Gracias por tu interés en Ormeval.",
        "Grazie per il tuo interesse verso Ormeval.",
        "Obrigado pelo interesse na Ormeval.",
    ],
)
def test_the_employer_one_has_applied_to(body: str) -> None:
    assert found(_PLATFORM, "Candidatura", f"Hello,\n{body}\n") == "Ormeval"


def test_a_job_title_after_applied_is_not_the_employer() -> None:
    # "postularte a <title>": the post, and the employer comes from elsewhere
    body = "Hola,\nGracias por postularte a Analista de Datos.\n"
    assert found(_PLATFORM, "Candidatura", body) is None
    # German nouns are capitalised: one word after "Interesse an" needs more evidence
    assert found(_PLATFORM, "Bewerbung", "Hallo,\ndanke für Ihr Interesse an Teilzeit.\n") is None


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        # a first name, then the employer ("Noor from Ormeval", "Noor at Kade Verhuur")
        ("Noor from Ormeval <noor@hr-notify.example>", "Ormeval"),
        ("Noor Haddad at Kade Verhuur <noor@hr-notify.example>", "Kade Verhuur"),
        # a careers page's words with their joining word, before a separator
        ("Trabaja con nosotros - Ormeval <empleo@ormeval.example>", "Ormeval"),
        # a comma between the person and the employer, or between the employer and a team
        ('"Noor Haddad, Kade Verhuur" <noor@hr-notify.example>', "Kade Verhuur"),
        ('"Kade Verhuur, Talent Acquisition" <jobs@hr-notify.example>', "Kade Verhuur"),
    ],
)
def test_a_display_name_that_names_someone_then_the_employer(sender: str, company: str) -> None:
    assert found(sender, "Your application", "Thank you.") == company


def test_a_job_alert_names_an_employer_only_as_its_words_do() -> None:
    # a board's alert lists other employers' jobs: its own name is no employer
    board = (
        b"From: Piazzetta <jobs@piazzetta.example>\nSubject: Nuove offerte di lavoro"
        b" per te\nDate: Mon, 10 Mar 2025 10:00:00 +0000\n\nNuove offerte di lavoro per te!\n\n"
        b"Cuoco\nOsteria del Ponte\nBologna\n\nMagazziniere\nLogistica Reno\nImola\n\n"
        b"Piazzetta - offerte ogni giorno\n"
    )
    analysis = classify(parse(board))
    assert analysis.kind is Kind.OTHER_JOB
    assert analysis.company is None
    # an employer's own alert says whose jobs they are
    own = (
        b"From: Karriere Ormeval <jobalarm@ormeval.example>\nSubject: Neue Stellenangebote"
        b"\nDate: Mon, 10 Mar 2025 10:00:00 +0000\n\nNeue Jobs bei Ormeval Energie\n\n"
        b"Wir haben 2 neue Jobs f\xc3\xbcr Sie gefunden.\n"
    )
    assert classify(parse(own)).company == "Ormeval Energie"


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        # a template's "<topic> - <Company>" or "<Company> | <topic>" in a subject: the
        # employer when nothing else names one
        ("Votre candidature est en cours d'examen - Maison Ravel", "Maison Ravel"),
        ("Abbiamo ricevuto la tua candidatura — Officine Brera", "Officine Brera"),
        ("Tu solicitud ha sido actualizada | Grupo Serrano", "Grupo Serrano"),
        ("Kestrel Finance | Action required: complete your application", "Kestrel Finance"),
        # a job title there is no employer, nor is a subject's own word
        ("Your application - Senior Data Analyst", None),
        ("Citación para entrevista - Desarrollador Java", None),
        ("Reminder Notice - your application", None),
        # one word there is as often the last word of a title ("Software Engineer – Graduate")
        ("Invitation à un entretien - Orderpicker", None),
    ],
)
def test_a_subjects_lead_or_tail_names_the_employer_last(subject: str, company: str) -> None:
    assert found(_PLATFORM, subject, "Hello Sam,\nThank you.\n") == company


def test_a_subjects_tail_gives_way_to_a_named_employer() -> None:
    sender = "Maison Ravel <recrutement@maisonravel.example>"
    assert found(sender, "Votre candidature - Lyon Part-Dieu", "Bonjour,\nMerci.\n") == (
        "Maison Ravel"
    )


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("Thank you for submitting your CV to Harbour Line P/L.", "Harbour Line P/L"),
        (
            "Thank you for applying for a position for Analyst at Kestrel Finance.",
            "Kestrel Finance",
        ),
        ("Nous vous remercions de l’intérêt manifesté pour l’Atelier Ravel.", "Atelier Ravel"),
        ("Gracias por su interés en unirse al equipo de Grupo Serrano.", "Grupo Serrano"),
        ("Kade Verhuur’s recruitment team will review every application.", "Kade Verhuur"),
    ],
)
def test_more_body_wordings(body: str, company: str) -> None:
    assert found(_PLATFORM, "Your application", f"Hello Sam,\n{body}\n") == company


def test_a_signature_line_split_by_a_long_dash() -> None:
    body = "Ciao,\nti scrivo.\n\nCordiali saluti,\nMarta Bassi\nOfficine Brera — Milano, Torino\n"
    assert found(_PLATFORM, "Colloquio", body) == "Officine Brera"


def test_an_employers_own_talent_network_names_it() -> None:
    sender = "Redfern Careers <talentnetwork@redfern.phenompeople.com>"
    subject = "Welcome to the Redfern Talent Network"
    body = "Hi Sam,\n\nYou're now part of the Redfern Talent Network.\n"
    assert classify(parse(message_bytes(sender, subject, body))).company == "Redfern"


def message_bytes(sender: str, subject: str, body: str) -> bytes:
    head = f"From: {sender}\nSubject: {subject}\nDate: Mon, 10 Mar 2025 10:00:00 +0000\n"
    return f"{head}\n{body}".encode()


@pytest.mark.parametrize(
    ("body", "company"),
    [
        # a title, then the organisation, under a closing or ending a mail without one
        ("Thanks for coming in.\n\nNoor Haddad\nSales Director, Kade Verhuur\n", "Kade Verhuur"),
        (
            "Merci.\n\nCordialement,\nLéa Morel\nChargée de recrutement chez Atelier Ravel\n",
            "Atelier Ravel",
        ),
        # a sentence is not a title line
        ("You applied for Data Analyst at Kade Verhuur in Utrecht.\n", "Kade Verhuur"),
        # a trade word ends a company's name: not the signer ("Traders", "Logistiek")
        ("Bonjour,\nMerci.\n\nCordialement,\nNorthvale Traders\n", "Northvale Traders"),
        # the copyright holder, when nothing else names an employer
        ("Hi Sam,\nThanks.\n\n© 2026 Harbour Homes. All rights reserved.\n", "Harbour Homes"),
        # a programme after the employer's name is not part of it
        ("Thank you for your interest in Qorvel Systems Internship Program.", "Qorvel Systems"),
    ],
)
def test_signature_and_footer_wordings(body: str, company: str) -> None:
    assert found(_PLATFORM, "Your application", f"Hello Sam,\n{body}") == company


def test_a_platforms_copyright_line_gives_way_to_the_employer() -> None:
    sender = "Mekong Jobs Hub <no-reply@mekongjobshub.example>"
    body = (
        "We have received your application for the position of Analyst at Relay Foods.\n\n"
        "© 2026 Mekong Jobs Hub. All rights reserved.\n"
    )
    assert found(sender, "Application received", body) == "Relay Foods"


def test_a_name_after_a_lone_preposition_ends_with_its_line() -> None:
    # flat text joins the lines: "Sam en Noor / Kade Verhuur" is no "en <Name>"
    body = "Bedankt.\n\nMet vriendelijke groet,\nSam en Noor\nKade Verhuur\n"
    assert found(_PLATFORM, "Je sollicitatie", f"Hoi,\n{body}") == "Kade Verhuur"
    # what an application is "for" is the post
    body = "Bedankt voor je sollicitatie voor Content Marketeer bij ons.\n"
    assert found(_PLATFORM, "Je sollicitatie", f"Hoi,\n{body}") is None


@pytest.mark.parametrize(
    ("display", "company"),
    [
        # what a bracket holds is the employer only beside a person or a team
        ("Ormeval (via LinkedIn)", "Ormeval"),
        ("Ormeval (Recruiting)", "Ormeval"),
        ("Ormeval Foods (UK)", "Ormeval Foods"),
        ("Recruiting (Ormeval)", "Ormeval"),
        ("Sam Carter (Ormeval)", "Ormeval"),
        # "no-reply" written out, an address inside the display name
        ("Ormeval - No Reply", "Ormeval"),
        ("Ormeval Recruitment Team (do not reply)", "Ormeval"),
        ("Ormeval Careers <noreply>", "Ormeval"),
        # a team of two words, and a possessive
        ("Ormeval HR Services", "Ormeval"),
        ("Ormeval Candidate Care", "Ormeval"),
        ("Ormeval Employer Branding", "Ormeval"),
        ("Ormeval's Hiring Team", "Ormeval"),
        ("Ormeval E-Recruiting", "Ormeval"),
        ("Ormeval Job Portal", "Ormeval"),
        # ... but a name's own last word stays
        ("Ormeval Services", "Ormeval Services"),
    ],
)
def test_display_names_around_the_employer(display: str, company: str) -> None:
    assert found(f'"{display}" <noreply@hr-notify.example>', "Your application", "Thanks.") == (
        company
    )


def test_a_careers_domain_is_the_employers_name_written_out() -> None:
    # "ormeval-karriere.example": the text writes "Ormeval Energie", not the whole label
    body = "Ormeval Energie\nHafenstraße 3, Kiel\n\nHallo,\ndanke für Ihre Unterlagen.\n"
    assert found("Karriere <noreply@ormeval-karriere.example>", "Ihre Bewerbung", body) == (
        "Ormeval Energie"
    )


def test_a_german_sentence_opening_with_bei_names_no_employer() -> None:
    body = "Hallo,\n\nBei Erreichen der Pforte melden Sie sich bitte am Empfang.\n"
    assert found(_PLATFORM, "Einladung zum Gespräch", body) is None


def test_a_person_suggesting_one_job_names_the_employer() -> None:
    raw = message_bytes(
        "Vera Keller <schulleitung.birkenweg@schulen-region.example>",
        "Eine Stelle für dich",
        "Hallo Sam,\nan unserer Schule ist eine Stelle frei, die perfekt zu deinem Profil "
        "passt.\n\nMit freundlichen Grüssen\nVera Keller / Primarschule Birkenweg\n",
    )
    assert classify(parse(raw)).company == "Primarschule Birkenweg"


def test_one_list_of_legal_forms() -> None:
    from assistant.core.legal_line import legal_names
    from assistant.core.senders import LEGAL_SUFFIX

    assert LEGAL_SUFFIX.search("Verein Nord e. V.")
    for name in ("Serra Verde Ltda", "Kade Logistiek B.V.", "Verein Nord e.V.", "Ravel S.A.S."):
        assert LEGAL_SUFFIX.search(name), name
        assert legal_names(f"© 2026 {name} Todos os direitos reservados") == [name], name


_RECEIVED = (
    "Hi Robin,\n\nThank you for applying for the Data Analyst role. We have received your "
    "application and will review it shortly.\n\n"
)


@pytest.mark.parametrize(
    "signature",
    [
        # a recruiter's name on a mailer's address, signing above a job title
        "Best regards,\nJordan Price\nTalent Acquisition Partner | Brightwater Labs\n",
        "Best regards,\nJordan Price\nSenior Recruiter, Brightwater Labs\n+1 555 0100\n",
        "Thanks,\nJordan Price\nRecruiting Coordinator\nBrightwater Labs\n",
        # ... or signing with no title: the employer is the signature's organisation
        "Kind regards,\nJordan Price\nBrightwater Labs Talent Acquisition\n",
    ],
)
def test_a_person_who_signs_is_never_the_company(signature: str) -> None:
    sender = "Jordan Price <notifications@ats-mailer.example>"
    assert found(sender, "Your application", _RECEIVED + signature) == "Brightwater Labs"


def test_a_person_who_signs_alone_names_no_company() -> None:
    sender = "Jordan Price <no-reply@ats-mailer.example>"
    body = _RECEIVED + "Best regards,\nJordan Price\n"
    assert found(sender, "Your application for Data Analyst", body) is None


@pytest.mark.parametrize(
    ("sender", "body", "company"),
    [
        # the company signs as itself, and the text names it too
        (
            "Kade Verhuur <jobs@mailer.example>",
            "Bedankt voor je sollicitatie bij Kade Verhuur.\n\nMet vriendelijke groet,\n"
            "Kade Verhuur\n",
            "Kade Verhuur",
        ),
        # ... or its name spells the sender's domain
        (
            "Kestrel Vance <no-reply@kestrelvance.example>",
            "Thank you for your application.\n\nBest regards,\nKestrel Vance\n",
            "Kestrel Vance",
        ),
        # a word that is a team's scope as often as a name's stays
        ("Kestrel Global Careers <jobs@kestrelglobal.example>", "Thank you.", "Kestrel Global"),
        ("Vector Tech Talent Team <jobs@vectortech.example>", "Thank you.", "Vector Tech"),
    ],
)
def test_a_company_that_signs_as_itself_stays(sender: str, body: str, company: str) -> None:
    assert found(sender, "Your application", body) == company


@pytest.mark.parametrize(
    "name",
    [
        # "and" or "+" between capitalised words, an abbreviation that begins the name, and
        # a health or school system: all one name
        "Marks and Spencer",
        "Apex Health and Care",
        "Kühne + Nagel",
        "St. Mary's Hospital",
        "Dr. Oetker",
        "Mount Sinai Health System",
        "Oakdale School System",
    ],
)
def test_a_name_in_the_text_is_taken_whole(name: str) -> None:
    body = (
        f"Hello Robin,\n\nThank you for applying to {name}! We have received your "
        "application for the Data Analyst position and our team will review it.\n\n"
        "Best regards,\nRecruiting Team\n"
    )
    assert found("Careers <no-reply@jobs-mailer.example>", "Application received", body) == name


def test_and_before_a_lower_case_word_ends_the_name() -> None:
    body = (
        "Hello Robin,\n\nThank you for applying to Brightwater Labs and for your interest "
        "in the Data Analyst position. We have received your application.\n"
    )
    sender = "Careers <no-reply@jobs-mailer.example>"
    assert found(sender, "Application received", body) == "Brightwater Labs"


@pytest.mark.parametrize(
    "line",
    [
        # a team's scope, its second word or its region after the employer's name
        "Brightwater Labs Sales Recruiting Team",
        "Brightwater Labs Employer Brand Team",
        "Brightwater Labs Talent Attraction",
        "Brightwater Labs Talent Sourcing Team",
        "Brightwater Labs Hiring Squad",
        "Brightwater Labs Talent Team EMEA",
        "Brightwater Labs Talent Team (UK)",
    ],
)
def test_a_team_line_under_the_closing_names_its_employer(line: str) -> None:
    body = (
        "Hi Robin,\n\nThank you for applying for the Data Analyst position. Our recruiting "
        f"team has received your application.\n\nKind regards,\n{line}\n"
    )
    sender = "Careers <no-reply@jobs-mailer.example>"
    assert found(sender, "Your application", body) == "Brightwater Labs"


@pytest.mark.parametrize(
    ("body", "company"),
    [
        # a recruitment agency writes about its client: the client is the employer
        (
            "Thank you for your application for the Data Analyst position at Brightwater "
            "Labs. We will review it and get back to you.",
            "Brightwater Labs",
        ),
        (
            "Brightwater Labs has received your application for the Data Analyst role.",
            "Brightwater Labs",
        ),
        # ... and where its text names no client, or only itself, the agency stays
        (
            "Thank you for your application. We will review it and get back to you.",
            "Sigma Recruitment",
        ),
        ("Thank you for registering with Sigma Recruitment.", "Sigma Recruitment"),
    ],
)
def test_an_agency_relays_its_clients_name(body: str, company: str) -> None:
    sender = "Sigma Recruitment <jobs@sigmarecruitment.example>"
    assert found(sender, "Your application", f"Hi Robin,\n\n{body}\n\nBest wishes\n") == company


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the small words inside Romance names: "dello", "dei", "de la", "de los", "de l'"
        ("Grazie per la tua candidatura presso {}.", "Ferrovie dello Stato"),
        ("Grazie per la tua candidatura presso {}.", "Banca dei Territori"),
        ("Gracias por tu interés en {}. Hemos recibido tu candidatura.", "Banco de la Nación"),
        ("Gracias por tu interés en {}. Hemos recibido tu candidatura.", "Casa de los Vientos"),
        ("Merci pour votre candidature chez {}.", "Ministère de l'Intérieur"),
    ],
)
def test_small_words_inside_a_romance_name(sentence: str, name: str) -> None:
    body = f"Hola Robin,\n\n{sentence.format(name)}\n\nEquipo\n"
    assert found("Recruiting <no-reply@jobs-mailer.example>", "Candidatura", body) == name


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        # the review's cases: a title-case subject or a person after "and"
        (
            "Careers <no-reply@ats.example>",
            "Your Application to Brightwater Labs and Next Steps",
            "Thank you.",
            "Brightwater Labs",
        ),
        (
            "Careers <no-reply@ats.example>",
            "Thank You for Applying to Brightwater Labs and Welcome",
            "Thank you.",
            "Brightwater Labs",
        ),
        # a firm named after its founder, who signs above a title, named by the text
        (
            "Harper Quinn <studio@hq-design.example>",
            "Your application",
            "Thank you for applying to Harper Quinn for the Junior Designer role.\n\nHarper "
            "Quinn\nFounder & Creative Director",
            "Harper Quinn",
        ),
        # an agency's own branch is not a client
        (
            "Sigma Recruitment <jobs@sigmarecruitment.example>",
            "Your application",
            "Thank you for your application, handled by our team at Sigma Manchester.",
            "Sigma Recruitment",
        ),
        # "de la" after a name of two words starts a department
        (
            "Careers <no-reply@ats.example>",
            "Candidature",
            "Merci pour votre candidature chez Maison Ravel de la Direction Commerciale.",
            "Maison Ravel",
        ),
        # "in" begins an agency's name
        (
            "Talent in Motion <jobs@talentinmotion.example>",
            "Your application",
            "Thank you.",
            "Talent in Motion",
        ),
    ],
)
def test_the_reviews_company_cases(sender: str, subject: str, body: str, company: str) -> None:
    assert found(sender, subject, body) == company


@pytest.mark.parametrize(
    ("organisation", "company"),
    [
        # under a person and a title a Romance article begins the name; "The" does not
        ("La Fournée", "La Fournée"),
        ("El Molino Azul", "El Molino Azul"),
        ("The Acme Company", "Acme Company"),
    ],
)
def test_an_article_under_a_signers_title(organisation: str, company: str) -> None:
    body = (
        "Thank you for your application for the Data Analyst position. We have received "
        f"it.\n\nBest,\nJordan Price\nRecruiter\n{organisation}\n"
    )
    assert found("Recruiting <no-reply@ats.example>", "Your application", body) == company
