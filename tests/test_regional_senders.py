"""Regional applicant-tracking systems and job boards, German written without umlauts,
and German out-of-office sentences with a date inside. Every text is written for these
tests (none from the corpus); kinds are asserted on the rules alone (``use_model=False``).
"""

from __future__ import annotations

import pytest

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse


def _mail(sender: str, subject: str, body: str) -> bytes:
    return f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n\n{body}\n".encode()


_CONFIRMATION_PT = (
    "Olá Robin,\n\nrecebemos a sua candidatura para a vaga de Analista de Dados. "
    "A nossa equipa irá analisar o seu perfil com atenção.\n\nObrigado!"
)
_CONFIRMATION_ES = (
    "Hola Robin,\n\nhemos recibido tu candidatura para el puesto de Técnico de "
    "laboratorio. Revisaremos tu perfil con atención.\n\nUn saludo"
)
_CONFIRMATION_IT = (
    "Gentile Robin,\n\nabbiamo ricevuto la tua candidatura per la posizione di "
    "Tecnico di laboratorio. La valuteremo con attenzione.\n\nCordiali saluti"
)
_CONFIRMATION_DE = (
    "Hallo Robin,\n\nvielen Dank für Ihre Bewerbung als Laborant (m/w/d). Wir haben "
    "Ihre Unterlagen erhalten und melden uns bald.\n\nViele Grüße"
)


@pytest.mark.parametrize(
    ("sender", "body", "ats"),
    [
        ("Vagas <naoresponda@gupy.io>", _CONFIRMATION_PT, "gupy"),
        ("Recrutamento <noreply@mail.solides.com.br>", _CONFIRMATION_PT, "solides"),
        ("Catho <avisos@catho.com.br>", _CONFIRMATION_PT, "catho"),
        ("Vagas <candidatos@vagas.com.br>", _CONFIRMATION_PT, "vagas"),
        ("Recrutei <contato@recrutei.com.br>", _CONFIRMATION_PT, "recrutei"),
        ("InfoJobs <candidaturas@infojobs.com.br>", _CONFIRMATION_PT, "infojobs"),
        ("InfoJobs <noreply@infojobs.it>", _CONFIRMATION_IT, "infojobs"),
        ("Selezione <noreply@inrecruiting.com>", _CONFIRMATION_IT, "inrecruiting"),
        ("Computrabajo <avisos@mx.computrabajo.com>", _CONFIRMATION_ES, "computrabajo"),
        ("Selección <noreply@pandape.com>", _CONFIRMATION_ES, "pandape"),
        ("Bewerbermanagement <noreply@concludis.de>", _CONFIRMATION_DE, "concludis"),
        ("Recruiting <noreply@recruitingapp-5120.umantis.com>", _CONFIRMATION_DE, "umantis"),
    ],
)
def test_regional_platforms_are_job_mail(sender: str, body: str, ats: str) -> None:
    analysis = classify(parse(_mail(sender, "Candidatura", body)), use_model=False)
    assert analysis.ats == ats
    assert analysis.kind is Kind.APPLICATION_CONFIRMATION, analysis.reasons


@pytest.mark.parametrize(
    ("kind", "body"),
    [
        (
            Kind.INTERVIEW_INVITATION,
            "Hallo Robin,\n\nwir wuerden Sie gerne zu einem Vorstellungsgespraech einladen. "
            "Passt Ihnen der kommende Dienstag?\n\nViele Gruesse",
        ),
        (
            Kind.AUTO_REPLY,
            "Guten Tag,\n\nich bin bis einschliesslich 14.08.2026 nicht im Buero. Ihre "
            "Nachricht wird nicht weitergeleitet.\n\nMit freundlichen Gruessen",
        ),
        (
            Kind.AUTO_REPLY,
            "Guten Tag,\n\nich bin bis einschließlich 14.08.2026 nicht im Büro und lese "
            "meine E-Mails danach.\n\nMit freundlichen Grüßen",
        ),
        (
            Kind.AUTO_REPLY,
            "Hallo,\n\nich bin vom 3. bis 11. Juni nicht erreichbar. In dringenden Fällen "
            "wenden Sie sich bitte an die Zentrale.",
        ),
    ],
)
def test_german_without_umlauts_and_dated_absence(kind: Kind, body: str) -> None:
    sender = "Jana Korte <jana.korte@lindenhof-werke.example>"
    subject = "Re: Bewerbung als Laborant" if kind is Kind.AUTO_REPLY else "Ihre Bewerbung"
    analysis = classify(parse(_mail(sender, subject, body)), use_model=False)
    assert analysis.kind is kind, analysis.reasons


@pytest.mark.parametrize(
    ("address", "employer_domain"),
    [
        ("careers@acme.com", "acme.com"),  # ends like "me.com", is no webmail
        ("jobs@olive.com", "olive.com"),  # ends like "live.com"
        ("robin.friend@gmail.com", None),
        ("robin.friend@mail.yahoo.fr", None),  # a provider's own subdomain
    ],
)
def test_only_a_webmail_providers_own_domain_is_webmail(
    address: str, employer_domain: str | None
) -> None:
    from assistant.core.senders import sender_info

    message = parse(_mail(f"Robin <{address}>", "Hello", "Thanks."))
    assert sender_info(message).employer_domain == employer_domain
