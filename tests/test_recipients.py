"""Recipients found in the mail itself (pure), and the language guess."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core import language, recipients
from assistant.core.models import Address, Message

NOREPLY = Address("Harbor Labs Careers", "no-reply@ats.harbor-labs.example")
OWN = {"alex.morgan@example.org", "alex@personal.example"}

CONFIRMATION = """Hi Alex,

Thank you for applying to the Data Analyst role at Harbor Labs. We have received your
application and our team is reviewing it now.

If you have any questions about the process, please contact Dana Fields at
dana.fields@harbor-labs.example, who is the recruiter for this role.

Best regards,
The Harbor Labs Talent Team

Harbor Labs processes your data as described in our privacy notice. To exercise your
rights, write to privacy@harbor-labs.example or our DPO at dpo@harbor-labs.example.
If you need an accommodation during the process, email accommodations@harbor-labs.example.
This email was sent to alex@personal.example. Unsubscribe: unsubscribe@ats.example
"""


def message(text: str, **fields: object) -> Message:
    return Message(sender=NOREPLY, subject="Your application", text=text, **fields)  # type: ignore[arg-type]


def test_a_recruiter_named_as_the_contact_is_proposed_with_where_it_was_found():
    [candidate] = recipients.propose(message(CONFIRMATION), own=OWN)
    assert candidate.address == Address("Dana Fields", "dana.fields@harbor-labs.example")
    assert candidate.where == "named as the contact in the text"


def test_footer_accommodation_unsubscribe_and_own_addresses_are_never_proposed():
    footer_only = CONFIRMATION.replace(
        "please contact Dana Fields at\ndana.fields@harbor-labs.example, who is the recruiter "
        "for this role.",
        "please reply to this thread.",
    )
    assert recipients.propose(message(footer_only), own=OWN) == []
    # even with the employer's domain known, the footer addresses stay out
    assert (
        recipients.propose(message(footer_only), own=OWN, employer_domains={"harbor-labs.example"})
        == []
    )


def test_a_person_in_the_signature_is_proposed():
    text = (
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns bald.\n\n"
        "Mit freundlichen Grüßen\nJonas Becker\nTalent Acquisition\n"
        "jonas.becker@nordlicht.example\n+49 40 123456\n"
    )
    [candidate] = recipients.propose(message(text), own=OWN)
    assert candidate.address == Address("Jonas Becker", "jonas.becker@nordlicht.example")
    assert candidate.where == "in the signature"


def test_a_team_signature_without_a_person_is_not_proposed():
    text = "Thanks for applying.\n\nBest regards,\nThe Recruiting Team\njobs@acme.example\n"
    assert recipients.propose(message(text), own=OWN) == []


def test_reply_to_is_proposed_unless_it_points_at_the_user():
    person = Address("Sam Ortiz", "sam.ortiz@lanternfish.example")
    found = recipients.propose(message("Thanks for applying.", reply_to=(person,)), own=OWN)
    assert [(c.address, c.where) for c in found] == [(person, "in Reply-To")]
    to_me = Address("Alex", "alex.morgan@example.org")
    assert recipients.propose(message("Thanks.", reply_to=(to_me,)), own=OWN) == []


def test_an_address_at_the_employers_domain_seen_in_other_mail_is_proposed():
    text = "Your application was forwarded to lee.park@harbor-labs.example for review.\n"
    assert recipients.propose(message(text), own=OWN) == []  # domain not known: no guess
    [candidate] = recipients.propose(
        message(text), own=OWN, employer_domains={"harbor-labs.example"}
    )
    assert candidate.address.email == "lee.park@harbor-labs.example"
    assert candidate.address.name == "Lee Park"
    assert "employer's own domain" in candidate.where


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "de",
            "Sehr geehrte Frau Morgan, vielen Dank für Ihre Bewerbung als Datenanalystin. Wir "
            "haben Ihre Unterlagen erhalten und melden uns bei Ihnen. Mit freundlichen Grüßen",
        ),
        (
            "fr",
            "Bonjour Alex, nous avons bien reçu votre candidature pour le poste d'analyste. "
            "Notre équipe va l'étudier et reviendra vers vous. Cordialement, l'équipe",
        ),
        (
            "nl",
            "Beste Alex, bedankt voor je sollicitatie op de vacature Data Analist. We hebben "
            "je gegevens ontvangen en nemen contact met je op. Met vriendelijke groet",
        ),
        (
            "es",
            "Hola Alex, gracias por tu candidatura al puesto de analista de datos. Hemos "
            "recibido tu solicitud y la revisaremos. Saludos cordiales, el equipo de selección",
        ),
        (
            "it",
            "Gentile Alex, grazie per la tua candidatura alla posizione di analista. Abbiamo "
            "ricevuto il tuo curriculum e il nostro team lo valuterà. Cordiali saluti",
        ),
        (
            "pt",
            "Olá Alex, obrigado pela sua candidatura à vaga de analista. Recebemos o seu "
            "currículo e a nossa equipa vai analisá-lo. Com os melhores cumprimentos",
        ),
        (
            "pt",
            "Oi Alex, tudo bem? Recebemos sua candidatura para a vaga de Analista. Nossa "
            "equipe vai analisar o seu perfil e você terá um retorno em breve. Atenciosamente",
        ),
        (
            "en",
            "Hi Alex, thank you for applying to the Data Analyst position. We have received your "
            "application and our team will review it. Regards, the recruiting team",
        ),
    ],
)
def test_the_language_of_a_confirmation_is_guessed_from_its_common_words(code, text):
    assert language.guess(text) == code


def test_too_little_text_gives_no_language():
    assert language.guess("Hello Alex") is None
    assert language.guess("") is None


def test_dates_are_written_in_the_letters_language():
    day = date(2026, 3, 2)
    assert language.long_date(day) == "2 March 2026"
    assert language.long_date(day, "de") == "2. März 2026"
    assert language.long_date(day, "fr") == "2 mars 2026"
    assert language.long_date(day, "nl") == "2 maart 2026"
    assert language.long_date(day, "es") == "2 de marzo de 2026"
    assert language.long_date(day, "it") == "2 marzo 2026"
    assert language.long_date(day, "pt") == "2 de março de 2026"


def test_a_team_mailbox_that_wrote_is_the_contact_never_a_footer_or_own_address(tmp_path):
    from assistant.adapters.sources.local import MaildirSource
    from assistant.adapters.store import Store
    from assistant.app.scanning import Scanner
    from tests.test_scanning import ME, NOW, mail, write_maildir

    body = (
        "Hi Alex,\n\nThanks for applying to the Robotics Engineer role at Acme Robotics. We "
        "have received your application and our team will review it carefully. If your "
        "background is a match, someone from our team will reach out.\n\nBest,\n"
        "Acme Robotics Recruiting\n\n"
        "Privacy: we process your data as our notice says; write to "
        "privacy@acme-robotics.example. This email was sent to alex.personal@example.net.\n"
    )
    raw = mail(
        "Acme Robotics Careers <careers@acme-robotics.example>",
        "Thank you for applying to Acme Robotics",
        body,
        msgid="team-1@acme-robotics.example",
        headers={"Auto-Submitted": "auto-generated"},
    )
    write_maildir(tmp_path / "Mail", [("", raw)])
    store = Store.memory()
    own = [ME, "alex.personal@example.net"]
    Scanner(store, own_addresses=own, now=NOW).scan(MaildirSource(tmp_path / "Mail"))
    [app] = store.applications()
    assert app.contact is not None and app.contact.email == "careers@acme-robotics.example"
