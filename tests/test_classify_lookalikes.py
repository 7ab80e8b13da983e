"""Job mail that this round's wider cue families must not misread (found in review):
an employer or a job title that holds a 'business' word (Grant, Partner, Loan), the
process explained with 'once all positions are filled' or 'you will not progress
without ...', a recruiter's signature, and everyday banking words. Every text is
written for these tests; names are invented. Kinds are asserted on the rules alone
(``use_model=False``): these tests pin the cues themselves."""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import rules_kind as _kind

NO_REPLY = "Careers <no-reply@hollowmere.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your application to Grant Harrow",
            "Thank you for your application to Grant Harrow for the Audit Trainee position. "
            "Unfortunately, your application was unsuccessful on this occasion.",
        ),
        (
            "Your application",
            "Thank you for your HR Business Partner application. After careful review we "
            "have decided not to proceed with your application.",
        ),
        (
            "Your application",
            "Thank you for your application for Immigrant Services Coordinator. "
            "Unfortunately we will not be taking your application further.",
        ),
    ],
)
def test_an_employer_or_a_title_holding_a_business_word_is_still_job_mail(subject, body):
    assert _kind(NO_REPLY, subject, body) is Kind.REJECTION


def test_an_application_for_a_grant_is_still_other_business():
    body = (
        "Thank you for your application for the Community Arts grant. The panel meets "
        "in March and every applicant hears from us by April."
    )
    assert _kind("Arts Fund <grants@lanternfund.example>", "Your grant application", body) is (
        Kind.NOT_JOB
    )


@pytest.mark.parametrize(
    "process",
    [
        "We review applications on a rolling basis and the advert will close once all "
        "positions are filled.",
        "Please note that you will not progress to the next stage without completing the "
        "online assessment by Friday.",
        "We cannot proceed further with your application until you complete the "
        "right-to-work form in your candidate account.",
    ],
)
def test_the_process_explained_is_not_a_rejection(process):
    body = (
        "Thank you for applying for the Line Supervisor role at Hollowmere. We have "
        f"received your application. {process}"
    )
    assert _kind(NO_REPLY, "Thank you for applying", body) is Kind.APPLICATION_CONFIRMATION


@pytest.mark.parametrize(
    "done",
    [
        "All positions have now been filled, so we will not take your application further.",
        "Unfortunately the positions are now filled.",
    ],
)
def test_positions_filled_is_still_a_rejection(done):
    body = f"Thank you for your interest in the Line Supervisor role. {done}"
    assert _kind(NO_REPLY, "Your application", body) is Kind.REJECTION


def test_a_bank_speaking_of_salary_and_a_friend_named_carreira_are_not_job_mail():
    bank = "Traga seu salário para o Banco Aurora e tenha remuneração de 100% do CDI na sua conta."
    assert _kind("Banco Aurora <ofertas@bancoaurora.example>", "Novidades", bank) is (Kind.NOT_JOB)
    dinner = "Depois do trabalho no sábado vamos jantar lá em casa?"
    assert _kind("Pedro Carreira <pedro@mail.example>", "Jantar no sábado", dinner) is (
        Kind.NOT_JOB
    )


def test_a_recruiter_signature_does_not_make_a_rejection_look_like_other_business():
    body = (
        "Olá Robin,\n\nagradecemos o seu interesse na vaga de Analista. Infelizmente, "
        "não seguiremos com a sua candidatura.\n\nMarta Lima\nSócia-diretora | Talentos "
        "Consultoria de RH"
    )
    assert _kind("Marta Lima <marta@talentos.example>", "A sua candidatura", body) is (
        Kind.REJECTION
    )


@pytest.mark.parametrize(
    ("subject", "ad"),
    [
        ("Neue Jobs für dich", "Wir suchen jemanden mit mehr als 5 Jahren Erfahrung in Java."),
        ("Nuevas ofertas para ti", "Buscamos alguien con más de 3 años de experiencia en SQL."),
        ("Nieuwe vacatures voor jou", "We zoeken iemand met meer dan 4 jaar ervaring met Go."),
        ("Nuove offerte per te", "Cerchiamo qualcuno con più di 3 anni di esperienza in Go."),
        (
            "A role for you",
            "My client is looking for someone with deeper experience in Kubernetes to lead "
            "their platform team. Would you be open to a quick chat?",
        ),
    ],
)
def test_what_a_role_asks_for_is_not_a_no(subject, ad):
    kind = _kind("Jobs Nord <alerts@jobsnord.example>", subject, ad)
    assert kind is not Kind.REJECTION


def test_a_promise_to_write_once_a_hire_is_made_is_not_a_no():
    body = (
        "Thank you for applying for the Line Supervisor role. We have received your "
        "application. Our recruitment team is reviewing all applications and we will "
        "contact every applicant once we have made a hire."
    )
    assert _kind(NO_REPLY, "Thank you for applying", body) is Kind.APPLICATION_CONFIRMATION


def test_a_date_that_did_not_suit_is_not_a_no():
    body = (
        "Guten Tag,\n\nSie hatten uns geschrieben, dass der Termin am Dienstag leider nicht "
        "gepasst hat. Gern schlagen wir Ihnen Donnerstag um 10 Uhr für das Gespräch vor."
    )
    kind = _kind("Personal <personal@lindqvist.example>", "Ihr Gespräch", body)
    assert kind is not Kind.REJECTION


@pytest.mark.parametrize(
    "no",
    [
        "Unfortunately the positions were filled before we could review your application.",
        "We have made a hire for this role.",
        "Leider hat es diesmal nicht ganz gepasst.",
        "Wir haben uns entschieden, jemanden mit mehr Erfahrung einzustellen.",
    ],
)
def test_the_same_families_still_say_no(no):
    assert _kind(NO_REPLY, "Your application", f"Thank you for your interest. {no}") is (
        Kind.REJECTION
    )


def test_a_hyphenated_business_partner_is_a_job():
    body = (
        "Thank you for your HR Business-Partner application. After careful review we have "
        "decided not to proceed with your application."
    )
    assert _kind(NO_REPLY, "Your application", body) is Kind.REJECTION


@pytest.mark.parametrize(
    "advance",
    [
        "We would love to move forward with the next steps. Our team will contact you soon.",
        "We'd like to move forward with you and will be in touch to find a time.",
        "We are excited to move forward with your application.",
    ],
)
def test_moving_forward_with_the_candidate_is_an_invitation(advance):
    body = f"Dear Robin,\n\nthank you for applying for the Mobile Developer role. {advance}"
    assert _kind(NO_REPLY, "Your application", body) is Kind.INTERVIEW_INVITATION


@pytest.mark.parametrize(
    "no",
    [
        "We have decided to move forward with other candidates.",
        "We would like to move forward with candidates whose experience is closer to the role.",
    ],
)
def test_moving_forward_with_others_is_still_a_no(no):
    body = f"Dear Robin,\n\nthank you for applying for the Mobile Developer role. {no}"
    assert _kind(NO_REPLY, "Your application", body) is not Kind.INTERVIEW_INVITATION


def test_a_posting_the_employer_withdrew_is_a_no_not_the_candidates_withdrawal():
    body = (
        "Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Projektleiter. Leider wurde die "
        "Ausschreibung zurückgezogen, die Stelle wird nicht besetzt."
    )
    assert _kind("Personal <jobs@lindqvist.example>", "Ihre Bewerbung", body) is Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Sie haben Ihre Bewerbung für die Stelle als Projektleiter zurückgezogen. Schade!",
        "Ihre Bewerbung auf die Stelle wurde wie gewünscht zurückgezogen.",
    ],
)
def test_the_candidates_own_withdrawal_is_still_a_withdrawal_reply(body):
    assert _kind("Personal <jobs@lindqvist.example>", "Ihre Bewerbung", body) is Kind.OTHER_JOB


def test_a_post_still_open_is_no_no():
    body = (
        "Vielen Dank für Ihre Bewerbung als Projektleiter. Die Stelle ist noch nicht "
        "besetzt; wir prüfen Ihre Unterlagen und melden uns."
    )
    kind = _kind("Personal <jobs@lindqvist.example>", "Ihre Bewerbung", body)
    assert kind is Kind.APPLICATION_CONFIRMATION
