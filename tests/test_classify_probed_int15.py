"""Interview invitations in plain words (fifteenth round).

A probe of 32 invitations written for this round, in a shell that thanks the candidate for
applying, found 13 read as confirmations or status notices. What was missed:

- the next step named as a conversation with people, with a booking in the same paragraph:
  "Next step is a case study session with two of our analysts. Here's my Calendly link.",
  "Als nächster Schritt folgt ein Gespräch mit der Teamleitung. Bitte buchen Sie einen
  Termin", "El siguiente paso es una charla con ... Elige un hueco", "Il prossimo passo è
  un incontro con ... Scegli l'orario", "De volgende stap is een gesprek met ... Kies hier
  een moment" (a process described without a booking stays what it was);
- trying the work out: "a trial shift", "een proefdag", "una giornata di prova", "un dia de
  experiência" ("trial shift", "Probearbeiten" and "proefdraaien" are job words now);
- a coffee or a visit: "grab a coffee next week and talk about the role", "come by the
  shop ... and ask for Maria", "auf einen Kaffee vorbei";
- Dutch questions that read as conditions: "Kunnen we morgen om 10 uur even bellen?", "Heb
  je zin om zaterdag een proefdag te draaien?" ("Heb je vragen, ..." stays a condition).

Each text is written for these tests (none from the corpus). Kinds are asserted on the
rules alone (``use_model=False``).
"""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind, thanked_kind

INVITATIONS = [
    ("en", "Would you be free to come in for a trial shift on Saturday morning?"),
    ("en", "Let's grab a coffee next week and talk about the role. Does Wednesday work?"),
    (
        "en",
        "Next step is a 45-minute case study session with two of our analysts. Here's my "
        "Calendly link.",
    ),
    ("en", "Come by the shop whenever suits you this week and ask for Maria."),
    ("de", "Kommen Sie doch am Dienstag um 15 Uhr auf einen Kaffee vorbei."),
    (
        "de",
        "Als nächster Schritt folgt ein Gespräch mit der Teamleitung. Bitte buchen Sie einen "
        "Termin über den Link.",
    ),
    ("es", "El siguiente paso es una charla con la responsable del equipo. Elige un hueco aquí."),
    ("es", "¿Te vendría bien un día de prueba el sábado por la mañana?"),
    ("it", "Saresti disponibile per una giornata di prova sabato?"),
    ("it", "Il prossimo passo è un incontro con il responsabile. Scegli tu l'orario dal link."),
    ("pt", "Teria disponibilidade para fazer um dia de experiência no sábado?"),
    ("nl", "Heb je zin om zaterdag een proefdag te draaien?"),
    ("nl", "Kunnen we morgen om 10 uur even bellen?"),
    ("nl", "De volgende stap is een gesprek met de teamleider. Kies hier een moment."),
    # second batch, the families of review15 (our own sentences)
    ("en", "Good news: you have been invited to attend our assessment day on 4 March."),
    ("it", "Puoi venire sabato mattina per una prova in cucina?"),
    ("nl", "Kom morgen gerust even langs in de zaak, dan maken we kennis."),
    ("nl", "Kom vrijdag even langs, rond 10.30 uur is het rustig."),
]


@pytest.mark.parametrize(("shell", "text"), INVITATIONS)
def test_invitations_in_plain_words(shell: str, text: str) -> None:
    assert thanked_kind(shell, text) == Kind.INTERVIEW_INVITATION


def test_a_trial_shift_from_a_small_employer_is_job_mail() -> None:
    kind = rules_kind(
        "Dana Kim <dana@gmail.example>",
        "Saturday",
        "Hi Robin,\n\nI own the bakery on Elm Street. Could you come in Saturday at 8am for "
        "a trial shift?\n\nDana",
    )
    assert kind == Kind.INTERVIEW_INVITATION


NOT_INVITATIONS = [
    # the process explained, nothing to book
    (
        "en",
        "We will review every application first. The next step is a short call with our "
        "recruiters for shortlisted candidates only.",
    ),
    # a question that is a condition
    ("nl", "Heb je vragen over de procedure, bel dan gerust met ons team."),
]


@pytest.mark.parametrize(("shell", "text"), NOT_INVITATIONS)
def test_no_invitation_in_a_process_or_a_condition(shell: str, text: str) -> None:
    assert thanked_kind(shell, text) != Kind.INTERVIEW_INVITATION


NOT_JOB = [
    (
        "Palestra Fit&Go <info@fitgo.example>",
        "Benvenuta!",
        "Ciao Sam,\n\nprenota la tua giornata di prova gratuita in palestra: scegli l'orario "
        "dal link.\n\nFit&Go",
    ),
    (
        "Bloemenwinkel Roos <info@roos.example>",
        "Je bestelling",
        "Beste Sam,\n\nje boeket is klaar. Kom gerust langs in de winkel om het op te "
        "halen.\n\nBloemenwinkel Roos",
    ),
    (
        "Corner Books <hello@cornerbooks.example>",
        "Your order is ready",
        "Hi Sam,\n\nyour order is ready. Come by the shop whenever suits you and ask for "
        "Maria.\n\nCorner Books",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), NOT_JOB)
def test_a_visit_or_a_trial_outside_work_is_not_job_mail(
    sender: str, subject: str, body: str
) -> None:
    assert rules_kind(sender, subject, body) == Kind.NOT_JOB
