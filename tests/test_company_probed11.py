"""Which employer a job mail is from, on mail shaped as real senders shape it: probing the
company rules with about 250 short mails written for it (eleventh round), in the seven
languages, from ATS no-reply senders, bare team names, recruiters, tenant slugs, legal
footers, job boards, agencies and personal addresses. Families found:

- a wrong entity: a freemail provider's national domain read as the employer ("Outlook"
  from ``@outlook.fr``, "Libero" from ``@libero.it``); a recruiter's own first.last
  address on an ATS read as the tenant's slug ("Élodie Marchand" <elodie.marchand@
  myworkday.com>); a careers site's word kept ("Werkenbij Duinstra", "Reclutamento"); a
  job's title after "applying to" ("Thank you for applying to Branch Advisor");
- a missing company the text plainly names: who recruits for whom ("I'm a recruiter at
  X", "I handle hiring for X", "chargée de recrutement chez X", "recruiter di X",
  "responsável pelo RH da X", "ti scrivo da X"); boards' cards in the plural ("Les
  éléments suivants ont été envoyés à X", "sono stati inviati a X", "foram enviados para
  X", "Se envió lo siguiente a X", XING's "an X wurde versendet"); "een baan bij X"; a
  one-word name after a preposition that a sign-off writes too ("Interesse an Wolkenwerk
  ... Dein Wolkenwerk Team"); a lower-case brand as its own domain spells it ("stroomr",
  "winkelmand.nl");
- signatures: a warm or informal closing not known as one ("Warmly", "Groetjes", "Um
  abraço", "A presto"), so the line under it was not read as a signature; a team's
  "@" read as an address ("The People Team @ Pollenware"); a name before its team's
  words ("Castleton Transit Lines Talent Acquisition"), with a closing or as the last
  line; an organisation that "would like to interview / speak with" the candidate;
- more wordings: "candidatura per <title> presso X" (InfoJobs Italy), "fazer parte do time
  da X", "l'intérêt que vous portez au X", and the subject "Votre candidature au sein de
  X";
- from the second, fresh batch: the owner or manager who writes ("sono la titolare della
  X", "encargado del X", "eigenaar van X", "owner of X"), and a lone digit inside a name
  ("Lab 7 Studios" read as "Lab"), an elided article inside a legal line's name
  ("Lumière d'Ouest SAS - RCS Rennes ...").

Each text is written for these tests, with invented employers (none from the corpus);
the look-alikes below must keep their answer.
"""

from __future__ import annotations

import pytest

from assistant.core.legal_line import legal_names
from tests.rules_support import rules_company


@pytest.mark.parametrize(
    ("sender", "subject", "body", "name"),
    [
        # a personal address at a provider's national domain names no employer
        (
            "Sophie Lambert <sophie.lambert@outlook.fr>",
            "Candidature",
            "Bonjour Robin,\n\nMerci pour votre candidature. Pouvez-vous passer samedi à 10h "
            "pour un entretien ?\n\nSophie",
            None,
        ),
        (
            "Paolo Greco <paolo.greco@libero.it>",
            "Colloquio",
            "Ciao Robin,\n\nho letto il tuo curriculum. Passi domani alle 11 per un "
            "colloquio?\n\nPaolo",
            None,
        ),
        # a recruiter's own address on the platform is no tenant
        (
            "Élodie Marchand <elodie.marchand@myworkday.com>",
            "Votre candidature",
            "Bonjour Robin,\n\nJe suis chargée de recrutement chez Valmonde et j'aimerais "
            "échanger avec vous mardi à 11h.\n\nÉlodie Marchand",
            "Valmonde",
        ),
        # a careers site's word before the name
        (
            "Werkenbij Duinstra <noreply@werkenbijduinstra.example>",
            "Je sollicitatie is ontvangen",
            "Beste Robin,\n\nWe hebben je sollicitatie voor de functie Magazijnmedewerker "
            "ontvangen.\n\nMet vriendelijke groet,\nHR",
            "Duinstra",
        ),
        # the job's title after "applying to"; the display name names the employer
        (
            "Oakhurst Bank Recruitment <do-not-reply@taleo.net>",
            "Application acknowledgement",
            "Dear Robin,\n\nThank you for applying to Branch Advisor. Your application is "
            "now under review.\n\nRegards,\nRecruitment",
            "Oakhurst Bank",
        ),
        # who recruits for whom
        (
            "Priya Natarajan <priya@us.greenhouse-mail.io>",
            "Quick chat?",
            "Hi Robin,\n\nI'm a recruiter at Stackwell and came across your application. "
            "Do you have 20 minutes on Friday?\n\nPriya",
            "Stackwell",
        ),
        (
            "Dana Whitfield <dana@hirewell-partners.example>",
            "Interview request",
            "Hi Robin,\n\nMy name is Dana and I lead recruiting for Larkspur Therapeutics. We "
            "would like to invite you to interview for the Scientist II role.\n\nDana",
            "Larkspur Therapeutics",
        ),
        (
            "Giulia Conti <giulia@talenti.example>",
            "Proposta di colloquio",
            "Ciao Robin,\n\nsono Giulia, recruiter di Sforza Digital. Hai tempo per una call "
            "conoscitiva martedì?\n\nGiulia Conti",
            "Sforza Digital",
        ),
        (
            "Ana Ferreira <anaferreira.rh@gmail.com>",
            "Vaga de Recepcionista",
            "Olá Robin,\n\nsou a Ana, responsável pelo RH da Clínica Sorriso Leve. Gostaria "
            "de marcar uma entrevista.\n\nAna Ferreira",
            "Clínica Sorriso Leve",
        ),
        (
            "Reclutamento <noreply@mailer5.example>",
            "Colloquio",
            "Ciao Robin,\n\nti scrivo da Valbruna Assicurazioni per fissare un colloquio "
            "conoscitivo.\n\nA presto",
            "Valbruna Assicurazioni",
        ),
        # the Italian hiring word alone is no employer
        (
            "Reclutamento <noreply@mailer5.example>",
            "Colloquio",
            "Ciao Robin,\n\nti scrivo per fissare un colloquio conoscitivo giovedì alle "
            "10.\n\nA presto",
            None,
        ),
        # boards' cards in the plural
        (
            "Indeed <indeedapply@indeed.com>",
            "Candidature envoyée",
            "Candidature envoyée\n\nVendeur H/F\nMaison Girard - Bordeaux\n\nLes éléments "
            "suivants ont été envoyés à Maison Girard.",
            "Maison Girard",
        ),
        (
            "Indeed <indeedapply@indeed.com>",
            "Candidatura inviata",
            "Candidatura inviata\n\nCameriere\nOsteria Al Ponte - Venezia\n\nI seguenti "
            "elementi sono stati inviati a Osteria Al Ponte.",
            "Osteria Al Ponte",
        ),
        (
            "Indeed <indeedapply@indeed.com>",
            "Candidatura enviada",
            "Candidatura enviada\n\nAtendente\nPadaria Trigo Bom - Curitiba\n\nOs seguintes "
            "itens foram enviados para Padaria Trigo Bom.",
            "Padaria Trigo Bom",
        ),
        (
            "Indeed <indeedapply@indeed.com>",
            "Solicitud enviada",
            "Solicitud enviada\n\nCamarero/a\nTaberna El Puerto - Cádiz\n\nSe envió lo "
            "siguiente a Taberna El Puerto.",
            "Taberna El Puerto",
        ),
        (
            "XING <mailrobot@xing.com>",
            "Ihre Bewerbung an Talberg Consulting",
            "Hallo Robin,\n\nIhre Bewerbung für die Stelle Berater Controlling an Talberg "
            "Consulting wurde versendet.\n\nIhr XING Team",
            "Talberg Consulting",
        ),
        (
            "Werving & Selectie <noreply@recruitee.com>",
            "Je sollicitatie",
            "Beste Robin,\n\nBedankt voor je interesse in een baan bij Kolkmeer. We bekijken "
            "je cv.\n\nMet vriendelijke groet,\nWerving & Selectie",
            "Kolkmeer",
        ),
        # one word after a preposition, written again by the sign-off
        (
            "Personio <no-reply@personio.de>",
            "Bewerbungseingang",
            "Hallo Robin,\n\nwir haben deine Bewerbung erhalten. Vielen Dank für dein "
            "Interesse an Wolkenwerk.\n\nDein Wolkenwerk Team",
            "Wolkenwerk",
        ),
        # a lower-case brand as its domain spells it
        (
            "Recruiting <jobs@stroomr.example>",
            "Bedankt voor je sollicitatie bij stroomr",
            "Hoi Robin,\n\nBedankt voor je sollicitatie bij stroomr! We kijken er snel "
            "naar.\n\nGroetjes,\nteam stroomr",
            "stroomr",
        ),
        (
            "werkenbij <noreply@winkelmand.example>",
            "Je sollicitatie",
            "Hoi Robin,\n\nLeuk dat je wilt werken bij winkelmand.nl! We hebben je "
            "sollicitatie ontvangen.\n\nTeam winkelmand.nl",
            "winkelmand.nl",
        ),
        # signatures
        (
            "Talent Team <no-reply@ashbyhq.com>",
            "Next steps",
            "Hi Robin,\n\nWe would like to invite you to a first interview with our Head of "
            "Design.\n\nWarmly,\nMara\nTalent Team, Glimmerdeck",
            "Glimmerdeck",
        ),
        (
            "People Team <no-reply@workablemail.com>",
            "We got your application",
            "Hi Robin,\n\nThanks for applying for the Growth Marketer role.\n\nCheers,\n"
            "The People Team @ Pollenware",
            "Pollenware",
        ),
        (
            "Careers <careers@notify.example>",
            "Application received",
            "Dear Robin,\n\nThank you for applying. We have received your application for "
            "Maintenance Planner.\n\nKind regards,\nCastleton Transit Lines Talent "
            "Acquisition",
            "Castleton Transit Lines",
        ),
        (
            "Recruiting <noreply@ctl.wd3.myworkdayjobs.com>",
            "Application received",
            "Dear Robin,\n\nThank you for applying. We have received your application for "
            "Maintenance Planner.\n\nCastleton Transit Lines Talent Acquisition",
            "Castleton Transit Lines",
        ),
        (
            "Mark Ellison <mark@talentbridge-search.example>",
            "Interview confirmed",
            "Hi Robin,\n\nGreat news, Ashcombe Estates would like to interview you on "
            "Tuesday at 10am for the Lettings Negotiator role.\n\nMark Ellison\n"
            "Talentbridge Search",
            "Ashcombe Estates",
        ),
        # more wordings
        (
            "InfoJobs <noreply@infojobs.it>",
            "La tua candidatura è stata registrata",
            "Ciao Robin,\n\nla tua candidatura per Magazziniere presso Trasporti Benassi è "
            "stata registrata.\n\nInfoJobs",
            "Trasporti Benassi",
        ),
        (
            "Carreiras <noreply@mailer18.example>",
            "Candidatura",
            "Olá Robin,\n\nobrigado por querer fazer parte do time da Jabuticaba Tech. "
            "Recebemos o seu currículo.\n\nAbraços",
            "Jabuticaba Tech",
        ),
        (
            "Recrutement <recrutement@cmb-groupe.example>",
            "Votre candidature",
            "Bonjour Robin,\n\nMerci de l'intérêt que vous portez au Crédit Maritime de "
            "Bretagne. Nous étudions votre candidature.\n\nService recrutement",
            "Crédit Maritime de Bretagne",
        ),
        (
            "Recrutement <noreply@rh-mail.example>",
            "Votre candidature au sein de Ciselure",
            "Bonjour Robin,\n\nNous regrettons de ne pouvoir donner une suite favorable à "
            "votre candidature.\n\nCordialement",
            "Ciselure",
        ),
        # the owner who writes; a digit inside a name
        (
            "Chiara Russo <chiara.russo@gmail.com>",
            "Colloquio",
            "Ciao Robin,\n\ngrazie per la tua candidatura: sono la titolare della Gelateria "
            "Russo. Ti andrebbe di passare per un colloquio sabato mattina?\n\nChiara",
            "Gelateria Russo",
        ),
        (
            "Diego Herrera <dherrera@hotmail.es>",
            "Entrevista",
            "Hola Robin,\n\nSoy Diego, encargado del Restaurante Los Olivos. ¿Podrías venir "
            "el jueves a una entrevista?\n\nDiego",
            "Restaurante Los Olivos",
        ),
        (
            "Recruiting <jobs@lab-7.example>",
            "Application",
            "Hi Robin,\n\nThanks for applying to Lab 7 Studios. We'll review your "
            "portfolio.\n\nLab 7 Studios",
            "Lab 7 Studios",
        ),
    ],
)
def test_probed_mail_names_its_employer(sender: str, subject: str, body: str, name: str) -> None:
    assert rules_company(sender, subject, body) == name


@pytest.mark.parametrize(
    ("sender", "subject", "body", "name"),
    [
        # a recruiter's title before a job's title, not an employer
        (
            "Talent <talent@corvidlabs.example>",
            "Your application",
            "Hi Robin,\n\nI'm the recruiter for Data Analyst roles here and will review your "
            "application this week.\n\nBest,\nCorvid Labs Talent",
            "Corvid Labs",
        ),
        # a person received by name, with no signature writing it as a company
        (
            "Careers <careers@brimleyfoods.example>",
            "Application received",
            "Hi Robin,\n\nYour application was received by Sarah in our team.\n\nThanks,\n"
            "Brimley Foods",
            "Brimley Foods",
        ),
        # a city where the writer writes from
        (
            "Selezione <noreply@mailer5.example>",
            "Colloquio",
            "Ciao Robin,\n\nti scrivo da Milano per fissare un colloquio conoscitivo.\n\nA presto",
            None,
        ),
        # one capitalised German noun after "bei": no employer on its own
        (
            "Recruiting <noreply@mailer.example>",
            "Ihre Bewerbung",
            "Hallo Robin,\n\nbei Fragen melden Sie sich gern.\n\nIhr Recruiting-Team",
            None,
        ),
        # a lower-case word once, the domain's: a team mailbox that never names it
        (
            "Careers <careers@harbor.example>",
            "Your application",
            "Hi Robin,\n\nThanks for applying. We will be in touch from our harbor office.\n\n"
            "Careers",
            None,
        ),
        # a mailer's word written twice, never where a name stands
        (
            "Careers <careers@notify.example>",
            "Your application",
            "Hi Robin,\n\nThanks for applying. We will notify you by email and notify the "
            "hiring manager.\n\nCareers",
            None,
        ),
        # a company whose domain spells its careers words stays whole
        (
            "Fair Hiring <noreply@fairhiring.example>",
            "Your application",
            "Hi Robin,\n\nThanks for applying for the Analyst role.\n\nBest",
            "Fair Hiring",
        ),
        # a city after "presso" in a board's sentence is held back, one word alone
        (
            "InfoJobs <noreply@infojobs.it>",
            "La tua candidatura è stata registrata",
            "Ciao Robin,\n\nla tua candidatura per Magazziniere presso Milano è stata "
            "registrata.\n\nInfoJobs",
            None,
        ),
        # a number after the name is no part of it; an owner's title before a job's
        (
            "Careers <careers@brimleyfoods.example>",
            "Your application",
            "Hi Robin,\n\nThanks for applying to Brimley Foods 2 weeks ago. I'm the owner "
            "of Recruiting Operations here.\n\nCareers",
            "Brimley Foods",
        ),
        # an office's line under the closing is no employer's team
        (
            "Personal <personal@landratsamt-hohenwald.example>",
            "Ihre Bewerbung",
            "Sehr geehrter Herr Meyer,\n\nzu Ihrer Bewerbung fehlt uns noch ein Zeugnis.\n\n"
            "Mit freundlichen Grüßen\nSachgebiet Personal\nLandratsamt Hohenwald",
            "Landratsamt Hohenwald",
        ),
        # an address on a contact line is still no name
        (
            "Careers <careers@brimleyfoods.example>",
            "Your application",
            "Hi Robin,\n\nThanks for applying.\n\nBest,\nJo Park\njo.park@brimleyfoods.example"
            "\nBrimley Foods",
            "Brimley Foods",
        ),
        # a tenant's slug in the local part still counts
        (
            "Workday <hhg@myworkday.com>",
            "Thank you for applying",
            "Dear Robin,\n\nThank you for applying to Harbor Health Group. We have received "
            "your application for Registered Nurse.\n\nTalent Acquisition",
            "Harbor Health Group",
        ),
    ],
)
def test_look_alikes_keep_their_answer(sender: str, subject: str, body: str, name: str) -> None:
    assert rules_company(sender, subject, body) == name


@pytest.mark.parametrize(
    ("footer", "names"),
    [
        ("Lumière d'Ouest SAS - RCS Rennes 999 888 777", ["Lumière d'Ouest SAS"]),
        ("Cantine dell'Adige S.r.l. - P.IVA 01234567890", ["Cantine dell'Adige S.r.l."]),
        # an elided word in lower case still ends the name
        ("Merci d'avance. Ravel SAS - RCS Paris 123", ["Ravel SAS"]),
    ],
)
def test_an_elided_article_inside_a_legal_name(footer: str, names: list[str]) -> None:
    assert legal_names(f"Bonjour,\n\nMerci.\n\nService RH\n\n{footer}\n") == names
