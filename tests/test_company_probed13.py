"""Which employer a job mail is from, where no rule gathered its name or gathered it too
short (thirteenth round, probed with mails written for it in the seven languages):

- a name that joins its words with the Italian or Portuguese "e" ("Construtora Ipê e
  Cedro" was "Construtora Ipê"), or that the sender's domain spells up to a bare "&"
  ("Maison Lavande & Cie" from maisonlavande.example was "Maison Lavande &");
- a name with an article before its trade word ("La Maison du Fromage"), or a small word
  inside it ("Clinique des Tilleuls", "Bos & Meijer"), is an organisation where only
  an organisation's name counts (offices, "candidature à", "greetings from");
- workshops, family firms and public banks that a name begins with ("Caseificio
  Valbruna", "Tessitura Moretti", "Talleres Ibarra", "Kreissparkasse Mühlental",
  "Reederei", "Gebroeders"...): `company_names.heads` in data/senders.toml;
- wordings never gathered: "l'intérêt que vous portez aux Transports Girardin",
  "interés en trabajar con Farmacias Olivar", "in der Zentrale der Brauerei
  Falkenstein", "Ihre Bewerbung an der Universität Talheim", "votre candidature à La
  Maison du Fromage", the employer's own portal ("the Pinecrest Careers portal", "im
  Weidenhof Karriereportal");
- a careers site's address ("karriere.tonwerk-haller.example") finds the name where the
  text writes it and no wording gathered it ("Tonwerk Haller" on a line of its own);
- a capitalised article inside a name ("Kwekerij De Lindeboom"); a team after a German
  possessive or contraction ("Ihr Team der Reederei Albrecht", "vom ganzen Team der
  Gärtnerei Rosental");
- from the fresh batch: the hiring department of the employer ("El equipo de Recursos
  Humanos de X", "A equipa de Recursos Humanos da X", "L'ufficio del personale di X"),
  "taking the time to apply to X", a wine estate ("Domaine des Quatre Vents");
- subjects: an application sent to a firm ("Gracias por tu candidatura a Conservas
  Ibérica", "Obrigado pela candidatura à Tecelagem Minhota"; not a post there), the
  topic's word and a firm's name alone ("Candidatura Cantine Aurelia", "Sollicitatie
  Duinzicht Zorg"), and the middle of three parts between the topic and
  the post ("Your application - Silverbirch Partners - Data Analyst").

Each text is written for these tests, with invented employers (none from the corpus);
the look-alikes below must keep their answer: a candidate's own name after the topic's
word ("Bewerbung Alex Morgan") is no employer, nor is a pronoun before a portal ("in
Ihrem Bewerberportal").
"""

from __future__ import annotations

import pytest

from tests.rules_support import rules_company

DESK = "Recruiting Desk <no-reply@applyrelay.example>"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "name"),
    [
        (
            DESK,
            "A sua candidatura",
            "Olá Robin,\n\nObrigado pelo seu interesse em trabalhar na Metalúrgica Sousa e "
            "Neto. Recebemos o seu currículo para a vaga de Soldador.\n\nRecursos Humanos",
            "Metalúrgica Sousa e Neto",
        ),
        (
            DESK,
            "La tua candidatura",
            "Ciao Robin,\n\ngrazie per l'interesse verso Pasticceria Galli e Figli. La tua "
            "candidatura come Pasticcere è arrivata.\n\nUfficio personale",
            "Pasticceria Galli e Figli",
        ),
        (
            "Candidatures <rh@atelierbrunel.example>",
            "Votre candidature",
            "Bonjour Robin,\n\nNous avons bien reçu votre candidature pour Atelier Brunel & "
            "Cie et nous l'étudions.\n\nService RH",
            "Atelier Brunel & Cie",
        ),
    ],
)
def test_names_joined_by_e_and_ampersand(sender: str, subject: str, body: str, name: str) -> None:
    assert rules_company(sender, subject, body) == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Bonjour Robin,\n\nMerci pour votre candidature à La Fromagerie du Causse. Nous "
            "revenons vers vous très vite.\n\nL'équipe",
            "La Fromagerie du Causse",
        ),
        (
            "Bonjour Robin,\n\nNous aimerions vous recevoir pour un entretien dans nos locaux "
            "de la Clinique des Acacias mardi prochain.\n\nService RH",
            "Clinique des Acacias",
        ),
        (
            "Ciao Robin,\n\nti aspettiamo per un colloquio presso la sede di Caseificio "
            "Monteverde giovedì alle 10.\n\nRisorse Umane",
            "Caseificio Monteverde",
        ),
        (
            "Madame,\n\nNous vous remercions de l'intérêt que vous portez aux Transports "
            "Lemoine. Nous ne pouvons malheureusement pas retenir votre candidature.\n\nRH",
            "Transports Lemoine",
        ),
        (
            "Hola Robin,\n\nGracias por tu interés en trabajar con Ópticas Albero. "
            "Lamentablemente no seguiremos adelante con tu candidatura.\n\nRRHH",
            "Ópticas Albero",
        ),
        (
            "Hallo Robin,\n\nwir laden Sie gern zu einem Vorstellungsgespräch in der Zentrale "
            "der Brauerei Kesselberg ein.\n\nPersonalabteilung",
            "Brauerei Kesselberg",
        ),
        (
            "Sehr geehrte Frau Vale,\n\nherzlichen Dank für Ihre Bewerbung an der Hochschule "
            "Rabenau. Wir melden uns nach Ende der Frist.\n\nPersonalabteilung",
            "Hochschule Rabenau",
        ),
        (
            "Hi Robin,\n\nThanks for applying for Barista. You can follow every step in the "
            "Thistlecombe Careers portal.\n\nRecruiting",
            "Thistlecombe",
        ),
        (
            "Hallo Robin,\n\nIhre Bewerbung ist eingegangen. Den Stand sehen Sie jederzeit "
            "im Eichengrund Karriereportal.\n\nPersonal",
            "Eichengrund",
        ),
    ],
)
def test_wordings_never_gathered(body: str, name: str) -> None:
    assert rules_company(DESK, "Your application", body) == name


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Candidatura Cantine Serravalle", "Cantine Serravalle"),
        ("Sollicitatie Drukkerij Wolters", "Drukkerij Wolters"),
        ("Candidatura Banco Ribeira Sul", "Banco Ribeira Sul"),
        ("Your application - Quarry Lane Partners - Data Analyst", "Quarry Lane Partners"),
    ],
)
def test_subject_shapes(subject: str, name: str) -> None:
    body = "Hello Robin,\n\nThank you, we have received your application.\n\nRecruiting"
    assert rules_company(DESK, subject, body) == name


@pytest.mark.parametrize(
    ("subject", "body", "name"),
    [
        # a candidate's own name after the topic's word: the employer is the body's
        (
            "Bewerbung Alex Morgan",
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung bei der Kornfeld Mühle GmbH.\n\n"
            "Personal",
            "Kornfeld Mühle GmbH",
        ),
        (
            "Candidatura Robin Vale",
            "Ciao Robin,\n\nabbiamo ricevuto la tua candidatura.\n\nUfficio personale",
            None,
        ),
        # a pronoun before the portal is none
        (
            "Statusänderung Ihrer Bewerbung",
            "Sehr geehrte Frau Vale,\n\nder Stand Ihrer Bewerbung hat sich geändert. Sie "
            "sehen ihn in Ihrem Bewerberportal.\n\nPersonal",
            None,
        ),
        # three parts whose last is no post: nothing is taken from the middle
        (
            "Your application - update - Monday",
            "Hello Robin,\n\nThank you, we have received your application.\n\nRecruiting",
            None,
        ),
    ],
)
def test_look_alikes_keep_their_answer(subject: str, body: str, name: str | None) -> None:
    assert rules_company(DESK, subject, body) == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a careers site's address finds the name as the text writes it, where no
        # wording gathered it
        (
            "Hallo Robin,\n\ndanke für Ihre Bewerbung als Töpferin. Den Stand finden Sie "
            "unter karriere.tonwerk-haller.example.\n\nTonwerk Haller\nPersonal",
            "Tonwerk Haller",
        ),
        # the address alone names no employer, as the sender's own domain does not
        (
            "Hi Robin,\n\nThanks for applying for Potter. Track your application at "
            "careers.fernhollow.example.\n\nRecruiting",
            None,
        ),
        # nor does a tracking system's site
        (
            "Hi Robin,\n\nThanks for applying for Potter. All our posts are at "
            "jobs.lever.co/fernhollow, where Lever keeps your application.\n\nRecruiting",
            None,
        ),
    ],
)
def test_a_careers_sites_address(body: str, name: str | None) -> None:
    assert rules_company(DESK, "Your application", body) == name


@pytest.mark.parametrize(
    ("subject", "body", "name"),
    [
        # a capitalised article inside a Dutch name is the name's own
        (
            "Je sollicitatie",
            "Hoi Robin,\n\nHet hele team van Kwekerij De Lindeboom bedankt je voor je "
            "sollicitatie als hovenier.\n\nHR",
            "Kwekerij De Lindeboom",
        ),
        # German possessives and contractions before the team
        (
            "Ihre Bewerbung",
            "Hallo Robin,\n\nvielen Dank für Ihre Bewerbung als Matrose.\n\n"
            "Ihr Team der Reederei Albrecht",
            "Reederei Albrecht",
        ),
        (
            "Ihre Bewerbung",
            "Hallo Robin,\n\nviele Grüße vom ganzen Team der Gärtnerei Rosental! Ihre "
            "Bewerbung als Gärtnerin ist da.\n\nPersonal",
            "Gärtnerei Rosental",
        ),
        # an application sent to a firm, in the subject
        (
            "Gracias por tu candidatura a Conservas Ibérica",
            "Hola Robin,\n\nHemos recibido tu candidatura y la revisaremos.\n\nRRHH",
            "Conservas Ibérica",
        ),
        (
            "Obrigado pela candidatura à Tecelagem Minhota",
            "Olá Robin,\n\nRecebemos a sua candidatura e vamos analisá-la.\n\nRH",
            "Tecelagem Minhota",
        ),
        # look-alikes: a post after "candidatura a", a team's own place
        (
            "Tu candidatura a Analista de Datos",
            "Hola Robin,\n\nHemos recibido tu candidatura y la revisaremos.\n\nRRHH",
            None,
        ),
        (
            "Ihre Bewerbung",
            "Hallo Robin,\n\nvielen Dank für Ihre Bewerbung als Verkäuferin.\n\n"
            "Ihr Team der Filiale Nord",
            None,
        ),
    ],
)
def test_teams_and_subjects_of_a_firm(subject: str, body: str, name: str | None) -> None:
    assert rules_company(DESK, subject, body) == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # from the fresh batch: the hiring department of the employer
        (
            "Hola Robin,\n\nGracias por tu currículum. El equipo de Recursos Humanos de "
            "Seguros Montaña lo revisará esta semana.\n\nSaludos",
            "Seguros Montaña",
        ),
        (
            "Olá Robin,\n\nA equipa de Recursos Humanos da Câmara Municipal de Ribafria "
            "agradece a sua candidatura.\n\nCumprimentos",
            "Câmara Municipal de Ribafria",
        ),
        (
            "Gentile Robin,\n\nabbiamo ricevuto la tua candidatura per Magazziniere.\n\n"
            "Cordiali saluti,\nL'ufficio del personale di Mobilificio Zanin",
            "Mobilificio Zanin",
        ),
        (
            "Bonjour Robin,\n\nToute l'équipe du Domaine des Quatre Vents vous remercie pour "
            "votre candidature.\n\nCordialement",
            "Domaine des Quatre Vents",
        ),
        (
            "Dear Robin,\n\nThank you for taking the time to apply to Hollins Grove "
            "Academy. We will review your application.\n\nHR",
            "Hollins Grove Academy",
        ),
        # look-alike: a department's city is no employer
        (
            "Hola Robin,\n\nGracias por tu candidatura. El equipo de Recursos Humanos de "
            "Valencia la revisará.\n\nSaludos",
            None,
        ),
    ],
)
def test_the_hiring_department_of_the_employer(body: str, name: str | None) -> None:
    assert rules_company(DESK, "Your application", body) == name
