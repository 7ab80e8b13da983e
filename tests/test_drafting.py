"""Drafting: templates rendered in the sandbox into real MIME messages, parsed back."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

import assistant
from assistant.app.drafting import (
    TEMPLATES,
    DraftMessage,
    long_date,
    render_draft,
    strip_reply_prefix,
)
from assistant.app.templating import packaged_template_dir
from assistant.core.models import Address, Application, Status
from assistant.core.plan import Decision, Policy, plan
from assistant.core.senders import everyday_name
from assistant.errors import DraftError, TemplateError

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
RECRUITER = Address("Robin Okoye", "robin.okoye@quillfeather.example")
PROFILE = {
    "name": "Sasha Lindqvist",
    "phone": "+1 555 0142",
    "linkedin": "https://www.linkedin.com/in/sasha-lindqvist-example",
}
ACCOUNT = {"email": "sasha@mail.example", "display_name": "Sasha Lindqvist"}


def application(**changes: object) -> Application:
    base = Application(
        id=4,
        company="Quillfeather Labs",
        role="Data Analyst",
        status=Status.APPLIED,
        applied_at=datetime(2026, 11, 2, 10, 0, tzinfo=UTC),
        contact=RECRUITER,
        recruiter_name="Robin Okoye",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def decide(app: Application, policy: Policy | None = None) -> Decision:
    [decision] = plan([app], policy or Policy(), NOW)
    return decision


def draft(
    app: Application | None = None,
    *,
    profile: object = PROFILE,
    policy: Policy | None = None,
    template_dir: Path | None = None,
) -> DraftMessage:
    app = app or application()
    return render_draft(
        decide(app, policy), app, profile, ACCOUNT, now=NOW, template_dir=template_dir
    )


def parse_back(message: DraftMessage) -> EmailMessage:
    parsed = message_from_bytes(message.to_mime(), policy=email_policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


# -- headers and threading ----------------------------------------------------------------


def test_reply_in_thread_has_threading_headers_and_one_re() -> None:
    app = application(
        thread_message_id="<confirm-1@quillfeather.example>",
        thread_references=("<older@quillfeather.example>",),
        thread_subject="RE: Re: Your application for Data Analyst",
    )
    message = draft(app)
    assert message.subject == "Re: Your application for Data Analyst"
    assert message.in_reply_to == "<confirm-1@quillfeather.example>"
    assert message.references == (
        "<older@quillfeather.example>",
        "<confirm-1@quillfeather.example>",
    )
    parsed = parse_back(message)
    assert parsed["Subject"] == "Re: Your application for Data Analyst"
    assert parsed["In-Reply-To"] == "<confirm-1@quillfeather.example>"
    assert parsed["References"] == "<older@quillfeather.example> <confirm-1@quillfeather.example>"


def test_thread_id_without_brackets_is_normalised() -> None:
    message = draft(application(thread_message_id="abc.123@host.example", thread_subject="Hi"))
    assert message.in_reply_to == "<abc.123@host.example>"
    assert message.references == ("<abc.123@host.example>",)


def test_no_thread_gives_a_subject_with_role_and_company() -> None:
    message = draft()
    assert message.subject == "Following up on my application for Data Analyst at Quillfeather Labs"
    assert message.in_reply_to is None
    assert message.references == ()
    parsed = parse_back(message)
    assert parsed["In-Reply-To"] is None
    assert parsed["References"] is None


def test_mime_parses_back_with_the_stdlib() -> None:
    message = draft()
    parsed = parse_back(message)
    assert parsed["From"] == "Sasha Lindqvist <sasha@mail.example>"
    assert parsed["To"] == "Robin Okoye <robin.okoye@quillfeather.example>"
    assert parsed["Message-ID"] == message.message_id
    assert message.message_id.endswith("@mail.example>")
    assert parsedate_to_datetime(parsed["Date"]) == NOW
    body = parsed.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == message.body
    assert not parsed.is_multipart()
    assert b"\r\n" in message.to_mime()  # wire form for SMTP / IMAP APPEND


def test_each_draft_gets_its_own_message_id() -> None:
    assert draft().message_id != draft().message_id


def test_from_address_can_be_given_when_building_the_message() -> None:
    parsed = message_from_bytes(
        draft().to_mime(Address("Sasha L.", "s.l@other.example")), policy=email_policy.default
    )
    assert parsed["From"] == '"Sasha L." <s.l@other.example>'


def test_header_injection_stays_on_one_line() -> None:
    evil = "Quillfeather Labs\r\nBcc: evil@example.com"
    app = application(
        company=evil,
        role="Analyst\nX-Injected: yes",
        contact=Address("Robin\r\nCc: evil2@example.com", "robin.okoye@quillfeather.example"),
        recruiter_name=None,
    )
    message = draft(app)
    assert "\n" not in message.subject and "\r" not in message.subject
    assert "Bcc: evil@example.com" in message.subject
    parsed = parse_back(message)
    assert parsed["Bcc"] is None
    assert parsed["Cc"] is None
    assert parsed["X-Injected"] is None
    assert parsed["To"].addresses[0].addr_spec == "robin.okoye@quillfeather.example"
    raw = message.to_mime()
    assert not any(
        line.lower().startswith((b"bcc:", b"cc:", b"x-injected:")) for line in raw.splitlines()
    )


def test_thread_subject_with_line_breaks_is_one_line() -> None:
    app = application(thread_message_id="<t@x.example>", thread_subject="Hello\r\nBcc: a@b.example")
    message = draft(app)
    assert message.subject == "Re: Hello Bcc: a@b.example"
    assert parse_back(message)["Bcc"] is None


# -- template safety ----------------------------------------------------------------------


def test_text_from_mail_is_data_not_template_code() -> None:
    app = application(company="{{ 7*7 }}", role="{% for x in range(3) %}X{% endfor %}")
    message = draft(app)
    assert "{{ 7*7 }}" in message.body
    assert "{% for x in range(3) %}X{% endfor %}" in message.body
    assert "49" not in message.body
    assert "XXX" not in message.body
    assert "{{ 7*7 }}" in message.subject


def test_missing_value_names_the_template_and_the_value(tmp_path: Path) -> None:
    (tmp_path / "followup_body.txt.j2").write_text("Hello {{ nickname }}!\n")
    with pytest.raises(TemplateError) as caught:
        draft(template_dir=tmp_path)
    text = str(caught.value)
    assert "followup_body.txt.j2" in text
    assert "'nickname'" in text
    assert "line 1" in text
    assert "\n" not in text


def test_missing_attribute_is_named(tmp_path: Path) -> None:
    (tmp_path / "followup_body.txt.j2").write_text("Hi\n\n{{ profile.shoe_size }}\n")
    with pytest.raises(
        TemplateError, match=r"followup_body.txt.j2 line 3: unknown value 'shoe_size'"
    ):
        draft(template_dir=tmp_path)


def test_printing_an_unknown_value_fails_instead_of_writing_none(tmp_path: Path) -> None:
    (tmp_path / "followup_body.txt.j2").write_text("Dear {{ recruiter_name }},\n")
    with pytest.raises(TemplateError, match="prints a value that is not known"):
        draft(application(recruiter_name=None, contact=None), template_dir=tmp_path)


@pytest.mark.parametrize(
    "text",
    ["Hello,\n\nBest,\n[Your Name]\n", "Hello [[recruiter]],\n", "Hello {{ '{{' }} name }},\n"],
)
def test_placeholders_left_in_a_template_are_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / "followup_body.txt.j2").write_text(text)
    with pytest.raises(TemplateError, match="left a placeholder in the draft"):
        draft(template_dir=tmp_path)


def test_an_edited_user_template_is_used_at_once(tmp_path: Path) -> None:
    template = tmp_path / "followup_subject.txt.j2"
    template.write_text("First version\n")
    assert draft(template_dir=tmp_path).subject == "First version"
    template.write_text("Second version\n")
    os.utime(template, (1_900_000_000, 1_900_000_000))  # a clearly newer mtime
    assert draft(template_dir=tmp_path).subject == "Second version"


def test_sandbox_refuses_python_internals(tmp_path: Path) -> None:
    (tmp_path / "followup_body.txt.j2").write_text("{{ company.__class__.__mro__ }}\n")
    with pytest.raises(TemplateError, match="followup_body.txt.j2"):
        draft(template_dir=tmp_path)


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "followup_subject.txt.j2").write_text("Hi\n{% if role %}\nno end\n")
    with pytest.raises(TemplateError, match=r"followup_subject.txt.j2 line \d+"):
        draft(template_dir=tmp_path)


def test_user_templates_override_the_defaults_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "followup_subject.txt.j2").write_text(
        "Checking in{% if role %} about {{ role }}{% endif %}\n"
    )
    message = draft(template_dir=tmp_path)
    assert message.subject == "Checking in about Data Analyst"
    assert "Hello Robin," in message.body  # the body still comes from the defaults
    assert message.template == "followup_body.txt.j2"


def test_user_subject_that_adds_re_twice_is_collapsed(tmp_path: Path) -> None:
    (tmp_path / "followup_subject.txt.j2").write_text("Re: Re: {{ original_subject }}\n")
    app = application(thread_message_id="<t@x.example>", thread_subject="Re: Data Analyst")
    assert draft(app, template_dir=tmp_path).subject == "Re: Data Analyst"


def test_a_missing_user_dir_falls_back_to_the_defaults(tmp_path: Path) -> None:
    assert draft(template_dir=tmp_path / "does-not-exist").subject.startswith("Following up")


# -- the default texts ---------------------------------------------------------------------


def test_default_email_is_short_warm_and_specific() -> None:
    body = draft().body
    words = len(body.split())
    assert 90 <= words <= 150, words
    assert body.startswith("Hello Robin,\n")
    assert "Data Analyst" in body and "Quillfeather Labs" in body
    assert "2 November 2026" in body
    assert "questions" in body
    assert "Thank you" in body
    assert body.rstrip().endswith("https://www.linkedin.com/in/sasha-lindqvist-example")


@pytest.mark.parametrize("channel_policy", [Policy(), Policy(calls=True)])
def test_defaults_cope_with_unknown_role_company_and_recruiter(channel_policy: Policy) -> None:
    app = application(
        company=None, role=None, recruiter_name=None, contact=None, phone="+1 555 0199"
    )
    message = draft(app, profile={"name": "Sasha Lindqvist"}, policy=channel_policy)
    for text in (message.subject, message.body):
        assert "None" not in text
        assert "{" not in text and "[" not in text
    if message.channel == "email":
        assert message.body.startswith("Hello,\n")
        assert message.subject == "Following up on my application"
        assert message.to is None
    else:
        assert message.channel == "call"


def test_greets_the_hiring_team_when_no_recruiter_is_known() -> None:
    app = application(recruiter_name=None, contact=Address("Careers Team", "jobs@q.example"))
    assert draft(app).body.startswith("Hello Quillfeather Labs hiring team,\n")


def test_a_letter_names_the_company_without_its_legal_form() -> None:
    """The record keeps "Quillfeather Labs GmbH & Co. KG" as the mail wrote it; the
    greeting, the text and the subject say "Quillfeather Labs"."""
    app = application(
        company="Quillfeather Labs GmbH & Co. KG",
        recruiter_name=None,
        contact=Address("Careers Team", "jobs@q.example"),
    )
    message = draft(app)
    assert message.body.startswith("Hello Quillfeather Labs hiring team,\n")
    assert "GmbH" not in message.body and "GmbH" not in message.subject
    assert message.subject.endswith("at Quillfeather Labs")


@pytest.mark.parametrize(
    ("recorded", "in_a_letter"),
    [
        ("Nordlicht Software GmbH", "Nordlicht Software"),
        ("Lidl Dienstleistung GmbH & Co. KG", "Lidl Dienstleistung"),
        ("Acme, Inc.", "Acme"),
        ("Marks and Spencer plc", "Marks and Spencer"),
        ("Rossi e Figli S.p.A.", "Rossi e Figli"),
        ("Kiwi e.V.", "Kiwi"),
        ("Smith & Co.", "Smith & Co."),  # the name itself
        ("Smith & Co. Ltd", "Smith & Co."),
        ("Johnson & Johnson", "Johnson & Johnson"),
        ("Banca Rossi S.p.A.", "Banca Rossi"),
        ("Banca Rossi SpA", "Banca Rossi"),
        ("Stadtwerke Mainz AG", "Stadtwerke Mainz"),
        ("Kiwi eV", "Kiwi"),
        # a dangling sign or word is taken off only with the legal form before it
        ("Canal+", "Canal+"),
        ("Groupe Canal+ SA", "Groupe Canal+"),
        ("Notepad++", "Notepad++"),
        # legal forms that are also words or initials, written as words
        ("Grand Hotel & Spa", "Grand Hotel & Spa"),
        ("Beauty Day Spa GmbH", "Beauty Day Spa"),
        ("Bad Ragaz Grand Resort & Spa AG", "Bad Ragaz Grand Resort & Spa"),
        ("Charge EV", "Charge EV"),
        ("Studio A B", "Studio A B"),
        # legal forms of several words or with signs
        ("Nordlicht Labs UG (haftungsbeschränkt)", "Nordlicht Labs"),
        ("Nordlicht Labs UG (haftungsbeschraenkt)", "Nordlicht Labs"),
        ("Fjord Design A/S", "Fjord Design"),
        ("Fjord Design ApS", "Fjord Design"),
        ("Saimaa Oyj", "Saimaa"),
        ("Duna Kft.", "Duna"),
        ("Grupo Sol, S.A. de C.V.", "Grupo Sol"),
        ("Grupo Sol SA de CV", "Grupo Sol"),
        ("Grupo Sol S.A.B. de C.V.", "Grupo Sol"),
        ("Taller Luna S. de R.L. de C.V.", "Taller Luna"),
        ("Wisła Soft Sp. z o.o.", "Wisła Soft"),
        ("Vltava Data s.r.o.", "Vltava Data"),
        ("Musterfirma UG (haftungsbeschränkt) & Co. KG", "Musterfirma"),
        ("A/S", "A/S"),
        # nothing but legal forms: left alone
        ("AG", "AG"),
        ("GmbH & Co. KG", "GmbH & Co. KG"),
        ("Co Ltd", "Co Ltd"),
    ],
)
def test_everyday_name(recorded: str, in_a_letter: str) -> None:
    assert everyday_name(recorded) == in_a_letter


def test_recruiter_first_name_comes_from_a_human_contact_name() -> None:
    app = application(recruiter_name=None, contact=Address("Dr. Mina Haddad", "mina@q.example"))
    assert draft(app).body.startswith("Hello Mina,\n")


def test_needs_recipient_draft_has_no_to_header() -> None:
    app = application(contact=Address("Quillfeather", "no-reply@ats-mail.example"))
    decision = decide(app)
    assert decision.needs_recipient
    message = render_draft(decision, app, PROFILE, ACCOUNT, now=NOW)
    assert message.to is None
    assert parse_back(message)["To"] is None


def test_a_no_reply_recipient_is_never_used_even_if_asked() -> None:
    app = application()
    decision = replace(decide(app), recipient=Address("", "donotreply@quillfeather.example"))
    assert render_draft(decision, app, PROFILE, ACCOUNT, now=NOW).to is None


def test_networking_note_is_about_them_and_goes_to_nobody_yet() -> None:
    phrase = "We kindly ask applicants not to contact us about their application."
    app = application(no_follow_up=True, no_follow_up_phrase=phrase)
    message = draft(app)
    assert message.channel == "networking"
    assert message.template == "networking_note.txt.j2"
    assert message.to is None and message.in_reply_to is None
    assert "Quillfeather Labs" in message.body
    assert "your team" in message.body
    lowered = message.body.lower()
    for word in ("status", "favour", "favor", "contact us", phrase.lower()):
        assert word not in lowered
    assert message.attachment is None


def test_call_script_has_the_four_steps() -> None:
    app = application(phone="+49 30 5550100")
    message = draft(app, policy=Policy(calls=True))
    assert message.channel == "call"
    assert message.template == "call_script.txt.j2"
    assert (
        message.subject
        == "Call Quillfeather Labs (+49 30 5550100) about the Data Analyst application"
    )
    body = message.body
    assert "Number: +49 30 5550100 (ask for Robin Okoye)" in body
    positions = [
        body.index(step)
        for step in (
            "1. Introduce yourself",
            "2. Confirm they received it",
            "3. Say why this role",
            "4. Ask whether they have questions",
        )
    ]
    assert positions == sorted(positions)
    assert "this is Sasha Lindqvist" in body


def test_a_none_decision_has_nothing_to_draft() -> None:
    app = application(status=Status.REJECTED)
    with pytest.raises(DraftError, match="nothing to draft"):
        render_draft(decide(app), app, PROFILE, ACCOUNT, now=NOW)


# -- profile and account shapes, résumé ------------------------------------------------------


class _Profile:
    def __init__(self, **values: object) -> None:
        self.__dict__.update(values)


def test_profile_and_account_may_be_objects() -> None:
    profile = _Profile(name="Sasha Lindqvist", phone=None, linkedin=None, resume=None)
    account = _Profile(email="sasha@mail.example", display_name=None)
    app = application()
    message = render_draft(decide(app), app, profile, account, now=NOW)
    assert message.sender == Address("Sasha Lindqvist", "sasha@mail.example")
    assert message.body.rstrip().endswith("Sasha Lindqvist")


def test_signature_replaces_the_default_closing_lines() -> None:
    signature = "Sasha Lindqvist\r\nData person, Lisbon\n\nhttps://sasha.example"
    body = draft(profile={**PROFILE, "signature": signature}).body
    assert body.endswith(
        "Kind regards,\nSasha Lindqvist\nData person, Lisbon\n\nhttps://sasha.example\n"
    )
    assert "+1 555 0142" not in body


def test_account_without_an_address_is_a_draft_error() -> None:
    app = application()
    with pytest.raises(DraftError, match="no email address"):
        render_draft(decide(app), app, PROFILE, {"display_name": "x"}, now=NOW)


def test_resume_is_attached_as_pdf(tmp_path: Path) -> None:
    resume = tmp_path / "Sasha Lindqvist CV.pdf"
    content = b"%PDF-1.4\n% not a real CV\n" + bytes(range(256))
    resume.write_bytes(content)
    message = draft(profile={**PROFILE, "resume": str(resume)})
    assert message.attachment == resume
    assert "attached my résumé" in message.body
    parsed = parse_back(message)
    assert parsed.is_multipart()
    [attachment] = list(parsed.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "Sasha Lindqvist CV.pdf"
    assert attachment.get_content() == content
    body = parsed.get_body(("plain",))
    assert body is not None and "attached my résumé" in body.get_content()


def test_missing_resume_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match=r"résumé .*missing.pdf does not exist \(profile.resume\)"):
        draft(profile={**PROFILE, "resume": str(tmp_path / "missing.pdf")})


def test_resume_is_only_attached_to_emails(tmp_path: Path) -> None:
    resume = tmp_path / "cv.pdf"
    resume.write_bytes(b"%PDF-1.4\n")
    app = application(no_follow_up=True)
    assert draft(app, profile={**PROFILE, "resume": resume}).attachment is None


# -- packaging and helpers --------------------------------------------------------------------


def test_default_templates_are_found_inside_the_package() -> None:
    packaged = Path(assistant.__file__).parent / "templates"
    for subject, body in TEMPLATES.values():
        assert (packaged / subject).is_file()
        assert (packaged / body).is_file()
    assert packaged_template_dir().resolve() == packaged.resolve()


def test_helpers() -> None:
    assert strip_reply_prefix("RE: Aw: re[2]: Interview") == "Interview"
    assert strip_reply_prefix("Fwd: Interview") == "Fwd: Interview"
    assert long_date(datetime(2026, 1, 5).date()) == "5 January 2026"


# -- languages --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "greeting", "closing", "date"),
    [
        ("de", "Guten Tag Robin Okoye,", "Mit freundlichen Grüßen", "2. November 2026"),
        ("fr", "Bonjour Robin Okoye,", "Cordialement,", "2 novembre 2026"),
        ("nl", "Beste Robin Okoye,", "Met vriendelijke groet,", "2 november 2026"),
        ("es", "Hola, Robin Okoye:", "Un saludo cordial,", "2 de noviembre de 2026"),
        ("it", "Gentile Robin Okoye,", "Cordiali saluti,", "2 novembre 2026"),
        ("pt", "Olá, Robin Okoye,", "Com os melhores cumprimentos,", "2 de novembro de 2026"),
    ],
)
def test_the_packaged_templates_speak_the_applications_language(language, greeting, closing, date):
    app = application()
    made = render_draft(decide(app), app, PROFILE, ACCOUNT, now=NOW, language=language)
    assert made.template == f"{language}/followup_body.txt.j2"
    assert made.body.startswith(greeting) and closing in made.body
    assert "Quillfeather Labs" in made.subject and "Data Analyst" in made.body
    assert date in made.body  # the date is written in the language too


def test_the_users_own_template_wins_for_its_language_only(tmp_path):
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "followup_body.txt.j2").write_text("Moin {{ recruiter_first_name }}!\n")
    app = application()
    german = render_draft(
        decide(app), app, PROFILE, ACCOUNT, now=NOW, template_dir=tmp_path, language="de"
    )
    assert german.body == "Moin Robin!\n"
    assert german.subject.startswith("Nachfrage zu meiner Bewerbung")  # packaged German
    french = render_draft(
        decide(app), app, PROFILE, ACCOUNT, now=NOW, template_dir=tmp_path, language="fr"
    )
    assert french.body.startswith("Bonjour Robin Okoye,")
    english = render_draft(decide(app), app, PROFILE, ACCOUNT, now=NOW, template_dir=tmp_path)
    assert english.template == "followup_body.txt.j2" and english.body.startswith("Hello Robin")
