"""German and Dutch mail that a read-only review of the tenth round's rule families showed
was misread (offers and invitations read as refusals, refusals lost, confirmations and
other business read as refusals or invitations), with look-alikes that keep their kind.

Each text is written for these tests (invented employers and people; none from the
corpus). Kinds are asserted on the rules alone (``use_model=False``).
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

HR = "Personal Birkenhof <personal@birkenhof-werke.example>"
NL_HR = "Recruitment Zeeduin <werkenbij@zeeduin.example>"
BOARD = "Jobfinder <jobagent@jobfinder-de.example>"

REJ = Kind.REJECTION
INV = Kind.INTERVIEW_INVITATION
CONF = Kind.APPLICATION_CONFIRMATION
OTHER = Kind.OTHER_JOB


def de(body: str, subject: str = "Ihre Bewerbung", sender: str = HR) -> Kind:
    return rules_kind(sender, subject, f"Sehr geehrte Frau Lorenz,\n\n{body}\n\nBirkenhof Werke")


def nl(body: str, subject: str = "Je sollicitatie", sender: str = NL_HR) -> Kind:
    return rules_kind(sender, subject, f"Beste Sanne,\n\n{body}\n\nGroet,\nZeeduin")


GERMAN = [
    # offers: the post filled with the candidate, "someone" who is the candidate
    (
        OTHER,
        "prima Neuigkeiten: Wir haben uns entschieden, die Stelle zum Mai mit Ihnen zu "
        "besetzen. Frau Brandt meldet sich wegen des Vertrags.",
    ),
    (
        OTHER,
        "wir haben uns für jemanden entschieden – für Sie! Herzlichen Glückwunsch, wir freuen "
        "uns auf die Zusammenarbeit.",
    ),
    (
        REJ,
        "wir haben uns entschieden, die Stelle mit einer internen Bewerberin zu besetzen.",
    ),
    (REJ, "wir haben uns am Ende für jemanden entschieden, der schon länger im Vertrieb ist."),
    # an invitation whose next sentence mentions the other steps of the process
    (
        INV,
        "lass uns am Mittwoch um 11 Uhr kurz telefonieren. Danach gehen wir mit den weiteren "
        "Auswahlschritten weiter.",
    ),
    (REJ, "wir machen mit den anderen Bewerberinnen weiter und wünschen Ihnen alles Gute."),
    # refusals given by a status or sent, not only "erteilt"
    (REJ, "vielen Dank für Ihre Bewerbung. Status: Absage."),
    (
        REJ,
        "nach gründlicher Durchsicht Ihrer Unterlagen müssen wir Ihnen heute eine Absage "
        "schicken. Für Ihre Suche wünschen wir Ihnen viel Erfolg.",
    ),
    (
        REJ,
        "nach Prüfung Ihrer Unterlagen lassen wir Ihnen hiermit eine Absage zukommen.",
    ),
    # the process explained: a yes or no to come, no reasons for a refusal
    (
        CONF,
        "vielen Dank für Ihre Bewerbung, die bei uns eingegangen ist. Wir prüfen Ihre "
        "Unterlagen und werden Ihnen binnen drei Wochen eine Zu- oder Absage mitteilen.",
    ),
    (
        CONF,
        "vielen Dank für Ihre Bewerbung, die bei uns eingegangen ist. Bitte haben Sie "
        "Verständnis, dass wir leider keine Gründe für eine Absage nennen können.",
    ),
    (
        CONF,
        "vielen Dank, Ihre Bewerbung ist bei uns eingegangen. Sie haben noch keine Einladung "
        "zum Vorstellungsgespräch erhalten? Keine Sorge, wir sichten alle Bewerbungen.",
    ),
    (
        REJ,
        "leider können wir Ihnen keine Einladung zu einem Vorstellungsgespräch aussprechen.",
    ),
    # "Ansonsten" that means "apart from that", not "otherwise"
    (
        REJ,
        "danke für das angenehme Telefonat am Montag. Ansonsten müssen wir Ihnen mitteilen, "
        "dass die Wahl auf eine andere Bewerberin gefallen ist.",
    ),
    (
        INV,
        "am Donnerstag, 14. März um 9 Uhr haben wir Zeit für Sie. Bitte bringen Sie Ihre "
        "Zeugnisse mit. Ansonsten freuen wir uns auf das Gespräch mit Ihnen.",
    ),
    (
        CONF,
        "Ihre Bewerbung ist bei uns eingegangen. Bitte reichen Sie noch Ihr Zeugnis nach. "
        "Ansonsten erhalten Sie leider eine Absage.",
    ),
    # other business: the candidate withdrew, the candidate chose another employer
    (
        OTHER,
        "wie gewünscht haben wir Ihre Bewerbung aus dem Verfahren genommen. Für die neue "
        "Stelle wünschen wir Ihnen alles Gute.",
    ),
    (REJ, "wir haben Ihre Unterlagen daher aus dem Verfahren genommen."),
    (REJ, "nach reiflicher Überlegung ist die Wahl auf einen anderen Bewerber gefallen."),
    (
        REJ,
        "wir haben Bewerberinnen gefunden, deren Profil noch besser zu unseren Anforderungen "
        "passt.",
    ),
    # a class of candidates invited is the process explained
    (
        CONF,
        "vielen Dank, Ihre Bewerbung ist bei uns eingegangen. Nach Sichtung aller Unterlagen "
        "laden wir ausgewählte Bewerberinnen und Bewerber zu einem Assessment Center ein.",
    ),
    # a meeting that took place is no invitation
    (
        OTHER,
        "vielen Dank, dass wir Sie gestern zu einem Gespräch in unserem Werk begrüßen "
        "durften. Wir melden uns bis Freitag mit einer Entscheidung.",
    ),
    (
        INV,
        "gerne möchten wir Sie am Dienstag um 10 Uhr zu einem Gespräch in unserem Werk begrüßen.",
    ),
    # others invited to interview instead of the candidate
    (
        REJ,
        "wir haben uns entschieden, Bewerber mit mehr Erfahrung in der Kalkulation zu einem "
        "Gespräch einzuladen. Wir wünschen Ihnen alles Gute.",
    ),
]


@pytest.mark.parametrize(("kind", "body"), GERMAN)
def test_german_wordings_read_right(kind: Kind, body: str) -> None:
    assert de(body) is kind


NO_REFUSAL = [
    # the candidate's own choice of another employer
    (
        "Ihre Absage",
        "danke für Ihre Nachricht. Schade, Ihre Wahl ist auf ein anderes Unternehmen "
        "gefallen. Wir wünschen Ihnen viel Erfolg.",
    ),
    # sentences that a pattern joined across a full stop
    (
        "Zwischenstand zu Ihrer Bewerbung",
        "über die Besetzung der Stelle wird Ende April entschieden. Andere Kandidatinnen und "
        "Kandidaten befinden sich ebenfalls noch im Verfahren, wir bitten um Geduld.",
    ),
    (
        "Zwischenstand zu Ihrer Bewerbung",
        "noch haben wir keine Kandidatin und keinen Kandidaten gefunden. Die Auswahl dauert "
        "eher bis Ende Juni, wir melden uns dann bei Ihnen.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NO_REFUSAL)
def test_no_refusal_of_the_candidate_is_other_job(subject: str, body: str) -> None:
    assert de(body, subject=subject) is OTHER


def test_a_status_set_to_refusal_is_a_rejection() -> None:
    body = "der Status Ihrer Bewerbung als Lagerist wurde auf „Absage“ gesetzt."
    assert de(body, subject="Statusänderung Ihrer Bewerbung") is REJ


def test_a_status_set_to_under_review_stays_a_status_notice() -> None:
    body = "der Status Ihrer Bewerbung als Lagerist wurde auf „In Prüfung“ gesetzt."
    assert de(body, subject="Statusänderung Ihrer Bewerbung") is OTHER


NOT_REFUSALS_ELSEWHERE = [
    # a job agent: a post advertised again, to apply for
    (
        BOARD,
        "Dein Jobagent: neue Jobs für Projektleiter",
        "Hallo Sam,\n\nwir haben neue Jobs für dich:\n\nProjektleiter Tiefbau (m/w/d) – "
        "Hansa Bau – Bremen\nDie Stelle wurde neu ausgeschrieben – jetzt bewerben!\n\n"
        "Alle Jobs ansehen",
    ),
    # a talent network's newsletter that encourages an application
    (
        "Karriere Falkner Logistik <karriere@falkner-logistik.example>",
        "Unsere offenen Stellen im April",
        "Hallo Sam,\n\ndu bist in unserem Talentnetzwerk. Neu bei uns: Disponent (m/w/d) in "
        "Kassel. Dein Profil muss nicht zu 100 % passen – bewirb dich trotzdem!\n\n"
        "Dein Falkner-Team",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), NOT_REFUSALS_ELSEWHERE)
def test_postings_that_invite_applications_are_no_refusals(
    sender: str, subject: str, body: str
) -> None:
    assert rules_kind(sender, subject, body) is not REJ


def test_a_decision_to_advertise_the_post_again_stays_a_rejection() -> None:
    assert de("wir haben uns entschieden, die Stelle neu auszuschreiben.") is REJ


def test_a_profile_that_does_not_fit_stays_a_rejection() -> None:
    assert de("nach Prüfung müssen wir Ihnen sagen, dass Ihr Profil nicht passt.") is REJ


INVITATIONS_ELSEWHERE = [
    (
        "Karriere Seebank <karriere@seebank.example>",
        "Einladung: Online-Infoabend für Quereinsteiger",
        "Hallo Sam,\n\nich möchte dich gerne einladen, an unserem Online-Infoabend für "
        "Quereinsteiger teilzunehmen. Dort stellen wir unsere Ausbildungsberufe vor.\n\n"
        "Mia vom Recruiting-Team",
    ),
    (
        "Karriere Seebank <karriere@seebank.example>",
        "Stammtisch für Berufseinsteiger",
        "Hallo Sam,\n\nhast du Lust, dich mit anderen Berufseinsteigern auszutauschen? Dann "
        "komm zu unserem Karriere-Stammtisch am 12. April.\n\nDein Recruiting-Team",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), INVITATIONS_ELSEWHERE)
def test_events_for_many_are_no_interview_invitations(sender: str, subject: str, body: str) -> None:
    assert rules_kind(sender, subject, body) is not INV


def test_a_personal_invitation_to_talk_stays_an_invitation() -> None:
    body = "ich möchte dich gerne einladen, dich am Freitag mit mir über die Stelle auszutauschen."
    assert de(body) is INV
    assert de("hast du Lust, dich am Freitag mit uns auszutauschen?") is INV


DUTCH = [
    # others invited instead of the candidate
    (
        REJ,
        "Na zorgvuldige overweging hebben we besloten om kandidaten met meer ervaring dan "
        "jou uit te nodigen voor een gesprek. We wensen je veel succes.",
    ),
    (INV, "We hebben besloten om jou uit te nodigen voor een gesprek op dinsdag om 10 uur."),
    # a condition with the verb first
    (
        CONF,
        "Bedankt voor je sollicitatie als beleidsmedewerker. We bekijken je cv binnen vijf "
        "werkdagen. Past je profiel bij de functie, dan plannen we een kennismakingsgesprek "
        "met je in.",
    ),
]


@pytest.mark.parametrize(("kind", "body"), DUTCH)
def test_dutch_wordings_read_right(kind: Kind, body: str) -> None:
    assert nl(body) is kind


def test_a_coaching_advert_is_no_interview_invitation() -> None:
    body = (
        "Hoi Sanne,\n\nTwijfel je over je loopbaan? Plan een gratis kennismakingsgesprek in "
        "met een van onze loopbaancoaches. Bekijk ook de nieuwste vacatures.\n\nTeam Banenhuis"
    )
    sender = "Banenhuis <nieuws@banenhuis.example>"
    assert rules_kind(sender, "Klaar voor je volgende stap?", body) is not INV


def test_a_dutch_invitation_to_plan_a_call_stays_an_invitation() -> None:
    assert nl("Plan via de link hieronder een kennismakingsgesprek in met onze recruiter.") is INV


def test_a_status_set_to_refusal_by_an_unknown_applicant_tracking_system() -> None:
    body = (
        "Hallo Sam Weber,\n\nder Status Ihrer Bewerbung als Lagerist bei Hafenlogistik Ost "
        "wurde auf „Absage“ gesetzt.\n\nIhr Hafenlogistik-Team"
    )
    sender = "Bewerbungsportal <noreply@bewerbungsportal-ost.example>"
    assert rules_kind(sender, "Statusänderung Ihrer Bewerbung", body) is REJ


def test_otherwise_a_refusal_after_a_request_is_a_condition() -> None:
    body = (
        "bitte senden Sie uns bis Freitag Ihr Abschlusszeugnis. Ansonsten müssen wir Ihre "
        "Bewerbung leider ablehnen."
    )
    assert de(body) is not REJ
