"""The job title in mail of all seven languages, job-board cards and the title's tail."""

from __future__ import annotations

import pytest

from assistant.core.models import Message
from assistant.core.nofollowup import flatten
from assistant.core.parse import parse
from assistant.core.role import role as find_role


def message(subject: str, body: str) -> Message:
    raw = (
        f"From: jobs@kestrelworks.example\nSubject: {subject}\n"
        f"Date: Mon, 10 Mar 2025 10:00:00 +0000\n\n{body}"
    )
    return parse(raw.encode())


def found(subject: str, body: str, company: str | None = "Kestrel Works") -> str | None:
    msg = message(subject, body)
    return find_role(msg, flatten(msg.text), company)[0]


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        # Italian
        (
            "Esito",
            "Grazie per la candidatura per la posizione di Tecnico di laboratorio presso di noi.",
            "Tecnico di laboratorio",
        ),
        ("Ciao", "Ti scrivo in merito al ruolo di Addetta vendite. A presto.", "Addetta vendite"),
        ("Ciao", "Abbiamo ricevuto la tua candidatura come magazziniere.", "magazziniere"),
        # Portuguese
        (
            "Olá",
            "Recebemos sua candidatura para a vaga Analista Financeiro Sênior.",
            "Analista Financeiro Sênior",
        ),
        (
            "Olá",
            "Obrigado pelo interesse na vaga de Técnico de Segurança do Trabalho em Braga.",
            "Técnico de Segurança do Trabalho",
        ),
        ("Olá", "A sua candidatura como rececionista foi registada.", "rececionista"),
        # German gender endings and English words in a German title
        (
            "Hallo",
            "Danke für Ihre Bewerbung auf die Position Entwickler*in Cloud Platform bei uns.",
            "Entwickler*in Cloud Platform",
        ),
        (
            "Hallo",
            "Ihre Bewerbung als Referent:in Data and Analytics ist eingegangen.",
            "Referent:in Data and Analytics",
        ),
        # English forms
        (
            "Update",
            "Thanks for your interest in the Field Service Technician role at Kestrel Works.",
            "Field Service Technician",
        ),
        (
            "Viewed",
            "Kestrel Works viewed your application for “Warehouse operative”.",
            "Warehouse operative",
        ),
        (
            "Next round",
            "Thank you for applying to KESTREL WORKS for Junior Data Engineer position.",
            "Junior Data Engineer",
        ),
        (
            "Reminder",
            "Apply for Teacher of Geography on the schools portal before Friday.",
            "Teacher of Geography",
        ),
        (
            "Received",
            "You applied for the following position with Kestrel Works:\nPlant Operator\n\nThanks",
            "Plant Operator",
        ),
        (
            "Interview",
            "Details:\n- Position: Solutions Architect\n- Date: Friday 4 April\n",
            "Solutions Architect",
        ),
        (
            "Received",
            "We received your application for the following position:\n"
            "Registered Dental Hygienist (RDH)\nLocation: Leeds\n",
            "Registered Dental Hygienist (RDH)",
        ),
        # inclusive endings in brackets, "al" inside a Spanish title
        (
            "Merci",
            "Nous avons bien reçu votre candidature au poste de chargé(e) de recrutement.",
            "chargé(e) de recrutement",
        ),
        (
            "Gracias",
            "Gracias por tu interés en el puesto de Técnico(a) de Atención al Cliente.",
            "Técnico(a) de Atención al Cliente",
        ),
        # a long title with commas before an explicit "position"
        (
            "Thanks",
            "Thanks for applying for our Associate, Wealth Platform position!",
            "Associate, Wealth Platform",
        ),
        # more localised forms
        ("Hallo", "Danke für Ihre Bewerbung um die Stelle als Bürokauffrau.", "Bürokauffrau"),
        (
            "Hallo",
            "Danke für Ihre Bewerbung auf eine Ausbildungsstelle als Tischler (m/w/d).",
            "Tischler",
        ),
        (
            "Merci",
            "Nous avons bien reçu votre candidature en tant que conseiller clientèle.",
            "conseiller clientèle",
        ),
        ("Grazie", "Grazie per la candidatura in qualità di Receptionist.", "Receptionist"),
        (
            "Gracias",
            "Gracias por participar en el proceso de selección para Jefe de Obra.",
            "Jefe de Obra",
        ),
        ("Gracias", "Hemos recibido tu solicitud como camarero de sala.", "camarero de sala"),
        (
            "Bedankt",
            "Bedankt voor je reactie op de vacature voor Logistiek Medewerker.",
            "Logistiek Medewerker",
        ),
        # labelled fields
        ("Hi", "We received your application for: Payroll Officer\nThanks\n", "Payroll Officer"),
        (
            "Hi",
            "Your details:\nPosition applied for: Quality Inspector\nDate: 3 March\n",
            "Quality Inspector",
        ),
        ("Hi", "Stellenbezeichnung: Qualitätsprüfer (m/w/d)\nStandort: Köln\n", "Qualitätsprüfer"),
        ("Hi", "Intitulé du poste : Contrôleur qualité\nLieu : Lyon\n", "Contrôleur qualité"),
        ("Hi", "Posizione: Ispettore qualità\nSede: Torino\n", "Ispettore qualità"),
        # Dutch: a dangling joiner is no part of the title
        (
            "Update",
            "Bedankt voor je interesse in de functie Heftruckchauffeur en de tijd die je nam.",
            "Heftruckchauffeur",
        ),
    ],
)
def test_role_in_body(subject: str, body: str, role: str) -> None:
    assert found(subject, body) == role


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Deine Bewerbung für Teamleiter Logistik", "Teamleiter Logistik"),
        ("Re: Sollicitatie Projectleider", "Projectleider"),
        ("Sollicitatie Accountmanager bij Kestrel Works", "Accountmanager"),
        ("Systemadministration (m/w/d) – Einladung zum Gespräch", "Systemadministration"),
        ("Your application: Graduate Surveyor - 2027", "Graduate Surveyor - 2027"),
        ("Your application: Payroll Specialist - Req 40217", "Payroll Specialist"),
        ("Your application: Payroll Specialist - JR-0042", "Payroll Specialist"),
        ("Your application: Payroll Specialist #311", "Payroll Specialist"),
        ("Your application: Payroll Specialist - Vollzeit", "Payroll Specialist"),
        ("Your application: Payroll Specialist, full-time", "Payroll Specialist"),
        ("Your application: Payroll Specialist (Remote)", "Payroll Specialist"),
        ("Your application: Payroll Specialist, Leeds, UK", "Payroll Specialist"),
        # job boards and their languages
        ("Application status update: Stock Controller at Kestrel Works", "Stock Controller"),
        ("Deine Bewerbung auf Elektroniker (w/m/d) bei Kestrel Works", "Elektroniker"),
        ("Votre candidature au poste de Responsable de rayon (H/F)", "Responsable de rayon"),
        ("Sua candidatura para a vaga de Assistente de Compras", "Assistente de Compras"),
        ("La tua candidatura per la posizione di Magazziniere", "Magazziniere"),
        ("Je sollicitatie voor de functie van Chauffeur", "Chauffeur"),
        ("Candidatura: Analista de Sistemas - Remoto", "Analista de Sistemas"),
        ("Your application to Kestrel Works for Data Analyst", "Data Analyst"),
        ("Kestrel Works: Application received for Site Engineer", "Site Engineer"),
        ("Application Received - Site Engineer [Remote]", "Site Engineer"),
        ("Your application for Site Engineer (Req #4471) has been received", "Site Engineer"),
        ("We received your application: Site Engineer - Manchester, UK", "Site Engineer"),
        ("Next steps for your Site Engineer application", "Site Engineer"),
        ("Your Site Engineer application at Kestrel Works", "Site Engineer"),
        ("Kestrel Works | Field Engineer Position Interview", "Field Engineer"),
        ("Kestrel Works - Field Engineer Role Assessment", "Field Engineer"),
        ("Candidature : Développeur Java (Télétravail)", "Développeur Java"),
    ],
)
def test_role_in_subject(subject: str, role: str) -> None:
    assert found(subject, "Thank you.") == role


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Application Acknowledgment – Kestrel Works Pty", "Kestrel Works"),
        ("Update on your application - KESTREL WORKS 2.0", "Kestrel Works 2.0"),
        ("Application Rejected - Kestrel Portal", "Kestrel Works Group"),
    ],
)
def test_the_employer_is_not_the_role(subject: str, company: str) -> None:
    assert found(subject, "Thank you for your application.", company) is None


@pytest.mark.parametrize(
    "body",
    [
        "We hebben besloten de vacature voorlopig niet in te vullen.",
        "We hebben besloten je sollicitatie alsnog af te wijzen.",
        "De functie vanaf januari is al vervuld.",
    ],
)
def test_a_dutch_word_that_begins_with_voor_or_als_names_no_title(body: str) -> None:
    # "voorlopig", "alsnog", "vanaf": the joining word must stand on its own
    assert found("Je sollicitatie", body) is None


def test_bewerbung_auf_eine_stelle_names_no_title() -> None:
    assert found("Ihre Bewerbung auf eine Stelle bei uns", "Danke.") is None


def test_a_client_is_not_the_role() -> None:
    body = "Every application is weighed against what our Client asks of the role."
    assert found("Received", body) is None


@pytest.mark.parametrize(
    "body",
    [
        "Your application was sent to Kestrel Works\nKestrel Works\nMaintenance Planner\n"
        "Kestrel Works · Leeds, England, United Kingdom (On-site)\nApplied on 3 March 2025\n",
        "LinkedIn. Your application was sent to Kestrel Works. Kestrel Works - Austin, TX "
        "(Hybrid). Maintenance Planner. Applied on March 3, 2025.",
    ],
)
def test_the_job_board_card(body: str) -> None:
    assert found("Your application was sent to Kestrel Works", body) == "Maintenance Planner"


def test_the_submitted_card() -> None:
    body = (
        "Application submitted\n\nWarehouse Associate\nKestrel Works - Leeds\n\n"
        "The following items were sent to Kestrel Works. Good luck!\n\n- Resume\n"
    )
    assert found("Your application has been submitted", body) == "Warehouse Associate"


def test_the_employers_first_word_before_a_title_is_kept() -> None:
    assert found("Application Rejected - Kestrel Cloud Engineer", "Sorry.") == (
        "Kestrel Cloud Engineer"
    )


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Re: Analista de Dados", "Analista de Dados"),
        ("Re: Addetto alle vendite", "Addetto alle vendite"),
        ("Re: Técnico de Mantenimiento", "Técnico de Mantenimiento"),
        ("Re: Softwareentwicklerin", "Softwareentwicklerin"),
        ("Re: Informe de ventas", None),
        ("Re: Lunch with the team", None),
        # a recruiter's subject
        ("Senior Consultant opportunity - Lisbon", "Senior Consultant"),
        ("Data Engineer role at Kestrel Works", "Data Engineer"),
        ("Exciting Opportunity at Kestrel Works", None),
        ("Remote Position available", None),
    ],
)
def test_a_bare_title_in_a_reply_or_a_recruiters_subject(subject: str, role: str | None) -> None:
    assert found(subject, "Thanks, we will come back to you next week.") == role


def test_the_title_before_opportunity_in_the_body() -> None:
    body = "I am reaching out about the Platform Engineer opportunity in our Leeds office."
    assert found("Hello", body) == "Platform Engineer"


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("A vaga de Recepcionista está temporariamente congelada.", "Recepcionista"),
        ("Informamos que a vaga de Revisor(a) de Textos está em análise.", "Revisor(a) de Textos"),
        ("Te contamos que el puesto de Analista de Riesgos quedó cubierto.", "Analista de Riesgos"),
        ("Le poste d'Exploitant transport ayant été pourvu, merci.", "Exploitant transport"),
        ("We hebben je sollicitatie als Monteur ontvangen en komen er snel op terug.", "Monteur"),
        (
            "Ik heb je sollicitatie voor de functie Teamleider Thuiszorg bekeken en doorgestuurd.",
            "Teamleider Thuiszorg",
        ),
    ],
)
def test_a_verb_after_the_title_ends_it(body: str, role: str) -> None:
    assert found("Candidatura", body) == role


@pytest.mark.parametrize(
    ("body", "role"),
    [
        # "été" and "sera" are nouns in seasonal and shift titles
        ("Merci pour votre intérêt pour le poste de Vendeur saison été.", "Vendeur saison été"),
        ("Abbiamo ricevuto la candidatura come Cameriere turno sera.", "Cameriere turno sera"),
        # "sera" before a participle is the verb, and still ends the title
        ("Le poste de Préparateur sera pourvu sous peu.", "Préparateur"),
        ("Le poste de Magasinier sera examiné demain.", "Magasinier"),
        ("La posizione di Barista sarà chiusa domani.", "Barista"),
    ],
)
def test_a_season_or_a_shift_in_the_title_stays(body: str, role: str) -> None:
    assert found("Candidatura", body) == role


@pytest.mark.parametrize(
    ("body", "company", "role"),
    [
        # only the employer's generic first word follows a one-word title: its complement
        (
            "Grazie per la candidatura come Tecnico di Vivaio.",
            "Vivaio Bassani",
            "Tecnico di Vivaio",
        ),
        (
            "Recebemos a sua candidatura para a vaga de Gestor da Frota.",
            "Frota Lumen",
            "Gestor da Frota",
        ),
        ("Grazie per la candidatura come Addetto di Cantina.", "Cantina", "Addetto di Cantina"),
        # the employer's whole name, or a longer title before its first word: cut
        ("Recebemos a sua candidatura como Barista do Café do Largo.", "Café do Largo", "Barista"),
        (
            "Recebemos o seu currículo para a vaga de Técnico Eletricista da Oficina.",
            "Oficina Travessa Nova",
            "Técnico Eletricista",
        ),
    ],
)
def test_a_title_is_cut_before_the_employer_not_its_common_first_word(
    body: str, company: str, role: str
) -> None:
    assert found("Candidatura", body, company) == role


def test_at_names_the_employer_after_a_one_word_title() -> None:
    found_role = found(
        "Your application: Barista at Quillon", "Thanks, we'll write.", "Quillon Foods"
    )
    assert found_role == "Barista"
