"""How a draft is shown in the terminal: the exact headers, the body, the editor's text.

Shared by `followup drafts` and `followup review`.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from assistant.app.approval import Draft
from assistant.cli import output
from assistant.cli.context import get_app
from assistant.errors import ConfigError, DraftError

if TYPE_CHECKING:
    from assistant.app.workspace import Settings

STATUS_STYLES = {
    "pending": "yellow",
    "needs_recipient": "bold yellow",
    "approved": "green",
    "sending": "cyan",
    "unknown": "bold red",
    "sent": "dim green",
    "snoozed": "blue",
    "discarded": "dim",
    "failed": "red",
    "held": "bold yellow",
}


def console() -> Any:
    return output.console(piped_width=120)


def text(value: Any, style: str = "") -> Any:
    """Plain text for rich, cleaned (the words come from mail)."""
    return output.text(value, style)


def headers_of(draft: Draft, settings: Settings | None, now: datetime) -> list[tuple[str, str]]:
    """The message's headers as they would be sent now, or the draft's fields without config.

    A draft whose fields cannot make a message (a line break in the subject...)
    shows the problem instead of the headers.
    """
    from assistant.app import approval
    from assistant.app.message import build_message, resume_of

    if draft.is_email and settings is not None:
        try:
            account = settings.account(draft.account)
        except ConfigError:
            account = None
        if account is not None:
            try:
                message = build_message(
                    draft, account, when=now, attachment=resume_of(settings.profile)
                )
            except DraftError as exc:
                return [("Problem", str(exc))]
            names = ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References")
            shown = [(n, str(message[n])) for n in names if message[n] is not None]
            for part in message.iter_attachments():
                shown.append(("Attachment", part.get_filename() or part.get_content_type()))
            return shown
    shown = [
        ("To", approval.recipient_text(draft)),
        ("Subject", draft.subject),
        ("Message-ID", draft.message_id or ""),
    ]
    if draft.in_reply_to:
        shown.append(("In-Reply-To", draft.in_reply_to))
    if draft.references:
        shown.append(("References", " ".join(draft.references)))
    return shown


def _when(moment: datetime | None) -> str:
    return moment.isoformat()[:16] if moment else ""


def draft_panel(row: Draft, settings: Settings | None, now: datetime) -> Any:
    """A rich panel: status line, the exact headers, a rule, the body."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.rule import Rule
    from rich.table import Table

    from assistant.app import approval

    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for name, value in headers_of(row, settings, now):
        grid.add_row(f"{name}:", text(value, "red" if name == "Problem" else ""))
    facts = [f"status {row.status}", f"channel {row.channel}"]
    if row.snoozed_until and row.status == "snoozed":
        facts.append(f"snoozed until {_when(row.snoozed_until)}")
    if row.pushed_at:
        facts.append(f"in Drafts since {_when(row.pushed_at)}")
    parts: list[Any] = [text(" · ".join(facts), STATUS_STYLES.get(row.status, ""))]
    if row.reason:
        parts.append(text(f"why: {row.reason}", "dim"))
    if row.error:
        label = "held, not sent" if row.status == "held" else "error"
        parts.append(text(f"{label}: {row.error}", "red"))
    found = []
    if row.status not in ("sent", "discarded"):
        found = approval.problems_of(get_app().store, row)
    for problem in found:
        parts.append(text(f"to fix: {problem}", "yellow"))
    if not row.is_email:
        parts.append(text(f"a {row.channel} follow-up: followup does not send it", "cyan"))
    parts += [grid, Rule(style="dim"), text(row.body)]
    title = f"draft {row.id}"
    if row.application_id:
        title += f" · application {row.application_id}"
    return Panel(Group(*parts), title=title, title_align="left", expand=True)


def editor_text(row: Draft) -> str:
    """What the editor shows: To and Subject lines, a blank line, the body.

    The To line is plain ``Name <addr>`` (a non-ASCII name as it is, never RFC 2047
    encoded, quoted when it has a comma), so saving it unchanged keeps the name.
    """
    from assistant.app import approval

    to = approval.recipient_text(row) if row.to_email else ""
    return f"To: {to}\nSubject: {row.subject}\n\n{row.body}"


def parse_editor_text(edited: str) -> tuple[str, str, str]:
    """``(to, subject, body)`` back from :func:`editor_text`'s format."""
    head, sep, body = edited.replace("\r\n", "\n").partition("\n\n")
    if not sep:
        raise DraftError(
            "the edited draft needs a blank line between the To/Subject lines and the body"
        )
    fields: dict[str, str] = {}
    for line in head.splitlines():
        name, colon, value = line.partition(":")
        key = name.strip().lower()
        if not colon or key not in ("to", "subject"):
            raise DraftError(f"only To: and Subject: lines may come before the body, not {line!r}")
        fields[key] = value.strip()
    return fields.get("to", ""), fields.get("subject", ""), body


def edit_in_editor(row: Draft) -> dict[str, Any] | None:
    """Open $VISUAL/$EDITOR on the draft; returns the saved changes (None: unchanged)."""
    original = editor_text(row)
    edited = click.edit(original, extension=".eml", require_save=True)
    if edited is None or edited.rstrip() == original.rstrip():
        return None
    to, subject, body = parse_editor_text(edited)
    changes: dict[str, Any] = {"subject": subject, "body": body}
    if to:
        changes["to"] = to
    elif row.to_email:
        raise DraftError("the To: line is empty; a draft cannot lose its recipient")
    return changes
