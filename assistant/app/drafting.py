"""Turn a planner decision into a draft: Jinja templates in, a real MIME message out.

Templates run in Jinja's sandbox with ``StrictUndefined``: a template that names
a value which does not exist fails with a :class:`~assistant.errors.TemplateError`
naming the template and the value, instead of producing "Dear ,". Text that came
from mail (company, role, subject, names) is only ever passed in as data, never
compiled, so a company called ``{{ 7*7 }}`` stays exactly that.

Templates are looked up in the user's template dir first (``<config dir>/templates``)
and then in the packaged defaults (the top-level ``templates/`` folder of the
source tree, shipped inside the package as ``assistant/templates``). The values a
template can use are listed in ``docs/templates.md`` and built by
:func:`template_values`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from assistant.app.message import message_bytes, mime, one_line
from assistant.app.templating import NoneValue, cached_environment, pick
from assistant.core import language as languages
from assistant.core.addresses import is_no_reply
from assistant.core.models import Address, Application
from assistant.core.plan import Decision
from assistant.core.senders import everyday_name
from assistant.core.subject_prefix import strip_replies
from assistant.errors import DraftError, TemplateError

#: (subject template, body template) for each channel.
TEMPLATES: dict[str, tuple[str, str]] = {
    "email": ("followup_subject.txt.j2", "followup_body.txt.j2"),
    "networking": ("networking_subject.txt.j2", "networking_note.txt.j2"),
    "call": ("call_subject.txt.j2", "call_script.txt.j2"),
}


_ONE_BREAK = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LEFTOVERS = re.compile(
    r"\{\{|\}\}|\{%|%\}|\{#|#\}"  # Jinja that did not run
    r"|\[\[[^\]\n]{0,60}\]\]"  # [[placeholder]]
    r"|\[(?:your|company|recruiter|hiring manager|position|job title|role|first name|name|date)"
    r"\b[^\]\n]{0,40}\]"  # [Your Name], [Company Name] ...
    r"|\{[A-Za-z_][A-Za-z0-9_]{0,40}\}",  # {company} (str.format style)
    re.I,
)
_NOT_A_PERSON = re.compile(
    r"\b(team|careers?|talent|recruit\w*|hr|jobs?|hiring|people|acquisition|office|admin|"
    r"support|info|service|notifications?|no-?reply|human resources|staffing|inc|ltd|llc|gmbh)\b",
    re.I,
)
_TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "prof", "prof."}


# -- the draft --------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftMessage:
    """One rendered draft, ready to be stored, shown, pushed to Drafts or sent."""

    channel: str
    sender: Address
    to: Address | None
    subject: str
    body: str
    in_reply_to: str | None
    references: tuple[str, ...]
    message_id: str
    template: str
    date: datetime
    attachment: Path | None = None
    values: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_email_message(
        self, from_addr: Address | None = None, *, when: datetime | None = None
    ) -> EmailMessage:
        """The MIME message: From the account, To the contact, threaded, with the résumé."""
        return mime(
            sender=from_addr or self.sender,
            to=self.to,
            subject=self.subject,
            body=self.body,
            message_id=self.message_id,
            in_reply_to=self.in_reply_to,
            references=self.references,
            date=when or self.date,
            attachment=self.attachment,
        )

    def to_mime(self, from_addr: Address | None = None, *, when: datetime | None = None) -> bytes:
        """The wire form (CRLF line ends), e.g. for IMAP APPEND to Drafts."""
        return message_bytes(self.to_email_message(from_addr, when=when))


# -- rendering --------------------------------------------------------------------------


def render_draft(
    decision: Decision,
    application: Application,
    profile: Any,
    account: Any,
    *,
    now: datetime,
    template_dir: Path | str | None = None,
    language: str | None = None,
) -> DraftMessage:
    """Render the templates for ``decision`` into a :class:`DraftMessage`.

    ``profile`` and ``account`` may be objects or mappings with the attributes
    ``name``, ``email``, ``phone``, ``linkedin``, ``resume`` / ``email``,
    ``display_name``. Raises :class:`TemplateError` when a template is broken,
    names an unknown value or leaves a placeholder; :class:`DraftError` when the
    résumé file is missing or the decision has nothing to draft.

    ``language`` (``de``, ``fr``, ...): the templates in that language's folder
    (``de/followup_body.txt.j2``) are used where there are any, the user's own
    first; dates are written in it. Otherwise the English ones.
    """
    channel = decision.channel
    if channel not in TEMPLATES:
        raise DraftError(
            f"application {application.id}: nothing to draft ({decision.action}: {decision.reason})"
        )
    resume = _resume_path(profile) if channel == "email" else None
    environment = cached_environment(str(template_dir) if template_dir else None)
    subject_name, body_name = (pick(environment, n, language) for n in TEMPLATES[channel])
    language = body_name.partition("/")[0] if "/" in body_name else None
    values = template_values(
        decision, application, profile, account, now=now, resume=resume, language=language
    )
    subject = one_line(_render(environment, subject_name, values))
    if channel == "email":
        subject = _single_reply_prefix(subject)
    body = _tidy_body(_render(environment, body_name, values))
    for name, text in ((subject_name, subject), (body_name, body)):
        _check_leftovers(name, text, values)
    if not subject:
        raise TemplateError(f"template {subject_name} rendered an empty subject")

    sender = _sender(profile, account)
    in_reply_to, references = _threading(application) if channel == "email" else (None, ())
    return DraftMessage(
        channel=channel,
        sender=sender,
        to=_clean_address(decision.recipient) if channel == "email" else None,
        subject=subject,
        body=body,
        in_reply_to=in_reply_to,
        references=references,
        message_id=make_msgid(domain=sender.domain or "localhost"),
        template=body_name,
        date=now,
        attachment=resume,
        values=values,
    )


def template_values(
    decision: Decision,
    application: Application,
    profile: Any,
    account: Any,
    *,
    now: datetime,
    resume: Path | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    """Everything a template may use (documented in docs/templates.md).

    Unknown values are ``None`` (test them with ``{% if role %}``); printing a
    ``None`` is an error rather than the word "None" in a letter.
    """
    app = application
    recipient = _clean_address(decision.recipient)
    # the greeting names the person the draft goes to; the recruiter the mail named
    # only when the recipient has no person's name (a review or `--to` may pick another)
    recruiter = _person_name(recipient, app.company) or _text(app.recruiter_name)
    sender = _sender(profile, account)
    applied_on = app.applied_at.date()
    due_on = decision.due_at.date() if decision.due_at else None
    today = now.date()
    original = _text(app.thread_subject)
    in_thread = bool(decision.channel == "email" and app.thread_message_id)
    profile_values = {
        "name": _text(_get(profile, "name")) or _text(sender.name),
        "first_name": None,
        "email": _text(_get(profile, "email")) or sender.email,
        "phone": _text(_get(profile, "phone")),
        "linkedin": _text(_get(profile, "linkedin")),
        "signature": _multiline(_get(profile, "signature")),
        "resume": resume.name if resume else None,
    }
    profile_values["first_name"] = _first_name(profile_values["name"])
    return {
        # a letter says "Nordlicht Software", not "Nordlicht Software GmbH"
        "company": everyday_name(company) if (company := _text(app.company)) else None,
        "role": _text(app.role),
        "recruiter_name": recruiter,
        "recruiter_first_name": _first_name(recruiter),
        "original_subject": strip_reply_prefix(original) if original else None,
        "in_thread": in_thread,
        "applied_on": applied_on,
        "applied_on_text": long_date(applied_on, language),
        "today": today,
        "today_text": long_date(today, language),
        "language": language or "en",
        "due_on": due_on,
        "channel": decision.channel,
        "follow_up_number": decision.follow_up_number,
        "phone": _text(app.phone),
        "no_follow_up_phrase": _text(app.no_follow_up_phrase) if app.no_follow_up else None,
        "resume_attached": resume is not None,
        "sender_name": profile_values["name"],
        "recipient": (
            {"name": _text(recipient.name), "email": recipient.email} if recipient else None
        ),
        "application": {
            "id": app.id,
            "company": _text(app.company),
            "role": _text(app.role),
            "status": str(app.status),
            "applied_at": app.applied_at,
            "applied_on": applied_on,
            "ats": _text(app.ats),
            "requisition_id": _text(app.requisition_id),
            "recruiter_name": _text(app.recruiter_name),
            "contact_name": _text(app.contact.name) if app.contact else None,
            "contact_email": app.contact.email if app.contact else None,
            "phone": _text(app.phone),
            "thread_subject": original,
        },
        "profile": profile_values,
        "account": {
            "email": sender.email,
            "display_name": _text(_get(account, "display_name")),
        },
    }


def _render(environment: SandboxedEnvironment, name: str, values: Mapping[str, Any]) -> str:
    """Render one template; every Jinja failure becomes a one-line TemplateError."""
    try:
        return environment.get_template(name).render(values)
    except jinja2.TemplateNotFound as error:
        missing = error.name or name
        raise TemplateError(
            f"template {missing} not found", hint="see docs/templates.md for the file names"
        ) from None
    except jinja2.TemplateSyntaxError as error:
        where = error.name or name
        raise TemplateError(f"template {where} line {error.lineno}: {error.message}") from None
    except jinja2.UndefinedError as error:
        line = _line_of(error.__traceback__)
        raise TemplateError(
            f"template {name}{line}: unknown value {_undefined_name(str(error))}",
            hint="see docs/templates.md for the values templates can use",
        ) from None
    except NoneValue as error:
        line = _line_of(error.__traceback__)
        raise TemplateError(
            f"template {name}{line}: prints a value that is not known for this application",
            hint="wrap it in {% if ... %}",
        ) from None
    except SecurityError as error:
        raise TemplateError(f"template {name}: not allowed in a template: {error}") from None
    except jinja2.TemplateError as error:
        raise TemplateError(f"template {name}: {one_line(str(error))}") from None
    except (TypeError, ValueError, AttributeError, ArithmeticError) as error:
        line = _line_of(error.__traceback__)
        raise TemplateError(
            f"template {name}{line}: {type(error).__name__}: {one_line(str(error))}"
        ) from None


def _line_of(traceback: TracebackType | None) -> str:
    """' line N' of the innermost template frame (Jinja rewrites tracebacks to them)."""
    line = ""
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename.endswith(".j2"):
            line = f" line {traceback.tb_lineno}"
        traceback = traceback.tb_next
    return line


def _undefined_name(message: str) -> str:
    """ "'foo' is undefined" -> 'foo'; "... has no attribute 'bar'" -> 'bar'."""
    found = re.search(r"has no attribute '([^']+)'", message) or re.search(
        r"'([^']+)' is undefined", message
    )
    return f"'{found.group(1)}'" if found else one_line(message)


def _check_leftovers(name: str, text: str, values: Mapping[str, Any]) -> None:
    """Refuse output that still holds template syntax or a placeholder.

    Values from mail are removed first: a company literally named "{{ x }}" is data.
    """
    scrubbed = text
    for value in sorted(_strings(values), key=len, reverse=True):
        scrubbed = scrubbed.replace(value, " ")
    found = _LEFTOVERS.search(scrubbed)
    if found:
        raise TemplateError(
            f"template {name} left a placeholder in the draft: {found.group(0)!r}",
            hint="fill it in the template or remove it",
        )


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, Mapping):
        return [text for item in value.values() for text in _strings(item)]
    return []


# -- text helpers -------------------------------------------------------------------------


def strip_reply_prefix(subject: str) -> str:
    """'Re: RE: Aw: Your application' -> 'Your application'."""
    return strip_replies(one_line(subject)).strip()


def _single_reply_prefix(subject: str) -> str:
    """Collapse any run of reply prefixes into one 'Re: ' (never 'Re: Re:')."""
    bare = strip_reply_prefix(subject)
    return f"Re: {bare}" if bare != subject.strip() else subject


def long_date(day: date, language: str | None = None) -> str:
    """'2 November 2026' (or in ``language``), independent of the machine's locale."""
    return languages.long_date(day, language)


def _tidy_body(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return body + "\n"


def _text(value: Any) -> str | None:
    """A clean single-spaced string, or None for missing/empty values."""
    if value is None:
        return None
    text = one_line(str(value))
    return text or None


def _multiline(value: Any) -> str | None:
    """Text that may keep its line breaks (a signature), tidied; None when empty."""
    if value is None:
        return None
    lines = [_CONTROL.sub(" ", line).rstrip() for line in _ONE_BREAK.split(str(value))]
    text = "\n".join(lines).strip("\n")
    return text if text.strip() else None


def _first_name(name: str | None) -> str | None:
    if not name:
        return None
    words = [w for w in name.replace(",", " ").split() if w.lower() not in _TITLES]
    return words[0] if words else None


def _person_name(address: Address | None, company: str | None) -> str | None:
    """The display name of a human contact when it looks like a person's name."""
    if address is None or not address.name:
        return None
    name = one_line(address.name).strip("\"' ")
    words = name.split()
    if not 2 <= len(words) <= 4 or _NOT_A_PERSON.search(name) or "@" in name:
        return None
    if company and company.lower() in name.lower():
        return None
    if not all(re.fullmatch(r"[^\W\d_][\w.'-]*", word) for word in words):
        return None
    return name


# -- addresses, threading, attachment ----------------------------------------------------


def _get(source: Any, name: str) -> Any:
    if source is None:
        return None
    if isinstance(source, Mapping):
        return source.get(name)
    return getattr(source, name, None)


def _sender(profile: Any, account: Any) -> Address:
    email = _text(_get(account, "email")) or _text(_get(profile, "email"))
    if not email or "@" not in email:
        raise DraftError("the account has no email address to send from (accounts.<name>.email)")
    name = _text(_get(account, "display_name")) or _text(_get(profile, "name")) or ""
    return Address(name, email)


def _clean_address(address: Address | None) -> Address | None:
    if address is None:
        return None
    email = one_line(address.email).replace(" ", "")
    if is_no_reply(email):
        return None  # the planner never asks for this; refuse it here too
    return Address(one_line(address.name), email)


def _message_id(value: str | None) -> str | None:
    """A single '<id@host>' token, or None when the stored value is not one."""
    if not value:
        return None
    token = one_line(value).replace(" ", "")
    if not token.startswith("<"):
        token = f"<{token}>"
    return token if re.fullmatch(r"<[^<>\s]+>", token) else None


def _threading(app: Application) -> tuple[str | None, tuple[str, ...]]:
    parent = _message_id(app.thread_message_id)
    if parent is None:
        return None, ()
    references: list[str] = []
    for reference in (*app.thread_references, parent):
        token = _message_id(reference)
        if token and token not in references:
            references.append(token)
    # the parent goes last, as RFC 5322 asks
    references.remove(parent)
    references.append(parent)
    return parent, tuple(references)


def _resume_path(profile: Any) -> Path | None:
    value = _get(profile, "resume")
    if not value:
        return None
    path = Path(str(value)).expanduser()
    if not path.is_file():
        raise DraftError(
            f"the résumé {path} does not exist (profile.resume)",
            hint="fix the path or remove profile.resume",
        )
    return path
