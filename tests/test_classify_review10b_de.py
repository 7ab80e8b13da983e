"""German mail that a second read-only review of the tenth round showed was misread (an
invitation read as an event, refusals lost to the offer, withdrawal and wish mends, a
request's "Ansonsten" read as a refusal), with look-alikes that keep their kind.

Each text is written for these tests (invented employers and people; none from the
corpus). Kinds are asserted on the rules alone (``use_model=False``).
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind

HR = "Personal Lindenhafen <personal@lindenhafen.example>"

REJ = Kind.REJECTION
INV = Kind.INTERVIEW_INVITATION
CONF = Kind.APPLICATION_CONFIRMATION
OTHER = Kind.OTHER_JOB


def de(body: str, subject: str = "Ihre Bewerbung", sender: str = HR) -> Kind:
    return rules_kind(sender, subject, f"Sehr geehrter Herr Haas,\n\n{body}\n\nLindenhafen GmbH")


GERMAN = [
    # item 1: the colleagues who join the interview are no event for many
    (
        INV,
        "ich würde Sie gerne kennenlernen, gemeinsam mit weiteren Kollegen aus der "
        "Buchhaltung. Hätten Sie am Mittwoch um 11 Uhr Zeit?",
    ),
    (
        INV,
        "wir würden Sie gerne persönlich kennenlernen, zusammen mit anderen Mitgliedern "
        "unseres Teams. Passt Ihnen der Dienstag um 14 Uhr?",
    ),
    # item 4: a kind word for the candidate after the refusal, not "für Sie!"
    (
        REJ,
        "wir haben uns für jemanden entschieden – für Sie spricht trotzdem einiges, daher "
        "behalten wir Ihr Profil gerne für spätere Stellen.",
    ),
    (
        REJ,
        "wir haben uns für jemanden entschieden – leider nicht für Sie. Alles Gute!",
    ),
    (
        OTHER,
        "wir haben uns für jemanden entschieden – und zwar für Sie! Der Vertrag folgt per Post.",
    ),
    (
        OTHER,
        "wir haben uns für jemanden entschieden: für Sie, herzlichen Glückwunsch! Frau Ott "
        "meldet sich wegen des Vertrags.",
    ),
    # item 5: the wish opens the reasons, not the removal
    (
        REJ,
        "wunschgemäß nennen wir Ihnen die Gründe: Ihre Bewerbung wurde aus dem Verfahren "
        "genommen, weil Ihnen der Gabelstaplerschein fehlt.",
    ),
    (
        REJ,
        "wie besprochen haben wir Ihre Bewerbung aus dem Verfahren genommen. Wir wünschen "
        "Ihnen viel Erfolg.",
    ),
    (
        OTHER,
        "wunschgemäß haben wir Ihre Bewerbung aus dem Verfahren genommen. Alles Gute für "
        "die neue Stelle!",
    ),
    (
        OTHER,
        "auf Ihren Wunsch hin wurde Ihre Bewerbung aus dem Verfahren genommen.",
    ),
    # item 12: refusals the patterns did not reach
    (
        REJ,
        "wir haben uns entschieden, den Prozess mit Ihnen an dieser Stelle zu beenden. "
        "Danke für Ihre Zeit.",
    ),
    (
        REJ,
        "wir haben uns entschieden, den Bewerbungsprozess mit Ihnen an dieser Stelle leider "
        "nicht fortzusetzen.",
    ),
    (
        OTHER,
        "wir haben uns entschieden, den Bewerbungsprozess mit einem Vertragsangebot an Sie "
        "zu beenden. Herzlichen Glückwunsch!",
    ),
    (
        REJ,
        "wir gehen mit den anderen Kandidaten in die nächste Runde weiter. Für Sie ist der "
        "Prozess leider beendet.",
    ),
    (
        INV,
        "wir gehen mit den anderen Kandidaten und Ihnen in die nächste Runde weiter und "
        "laden Sie am 14. April um 10 Uhr zum Gespräch ein.",
    ),
]


@pytest.mark.parametrize(("kind", "body"), GERMAN)
def test_german_wordings_read_right(kind: Kind, body: str) -> None:
    assert de(body) is kind


def test_an_event_for_peers_is_no_invitation() -> None:
    peers = (
        "vielen Dank für Ihre Bewerbung, sie ist bei uns eingegangen. Ich würde Sie gerne "
        "einladen, sich am Donnerstag mit anderen Bewerbern auszutauschen."
    )
    assert de(peers) is not INV
    party = (
        "hast du Lust, unser Team beim Sommerfest am Samstag kennenzulernen? Alle "
        "Bewerberinnen und Bewerber sind herzlich eingeladen."
    )
    assert de(party, subject="Sommerfest") is not INV


def test_a_request_then_otherwise_we_must_tell_you_is_a_condition() -> None:
    # item 9: "Ansonsten" after a request is "otherwise", even before "mitteilen"
    body = (
        "bitte reichen Sie bis Freitag Ihr Arbeitszeugnis nach. Ansonsten müssen wir Ihnen "
        "leider mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können."
    )
    assert de(body) is not REJ
    imperative = (
        "senden Sie uns Ihr Abschlusszeugnis bis zum 20.03. Andernfalls müssen wir Ihnen "
        "leider mitteilen, dass Ihre Bewerbung nicht berücksichtigt wird."
    )
    assert de(imperative) is not REJ


def test_otherwise_after_thanks_still_opens_a_refusal() -> None:
    body = (
        "vielen Dank für das Gespräch am Montag. Ansonsten müssen wir Ihnen leider "
        "mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können."
    )
    assert de(body) is REJ


def test_a_status_changed_to_refusal() -> None:
    body = (
        "Hallo Sam Weber,\n\nder Status Ihrer Bewerbung als Kommissionierer wurde geändert: "
        "Absage.\n\nIhr Bewerbungsportal"
    )
    sender = "Bewerbungsportal <noreply@portal-lindenhafen.example>"
    assert rules_kind(sender, "Statusänderung Ihrer Bewerbung", body) is REJ
    undone = (
        "Hallo Sam Weber,\n\nder Status Ihrer Bewerbung wurde geändert: Absage "
        "zurückgenommen, Ihre Bewerbung ist wieder in Prüfung.\n\nIhr Bewerbungsportal"
    )
    assert rules_kind(sender, "Statusänderung Ihrer Bewerbung", undone) is not REJ
