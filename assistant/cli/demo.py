"""`followup demo`: the whole flow on the bundled sample mailbox, no account needed."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from assistant.cli import output
from assistant.cli.context import get_app

if TYPE_CHECKING:
    from assistant.app.approval import Draft

KIND_WORDS = {
    "application_confirmation": "application confirmation",
    "rejection": "rejection",
    "interview_invitation": "interview invitation",
    "auto_reply": "automatic reply (not counted as a reply)",
    "other_job": "other job mail",
    "not_job": "not about a job",
    "sent": "your own sent mail",
}


@click.command("demo")
@click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep the demo's state in this (new or empty) directory instead of a temporary one.",
)
@click.option("--keep", is_flag=True, help="Keep the temporary directory afterwards.")
@click.option(
    "--web",
    is_flag=True,
    help="Open the result in the local web page (`followup web`) instead of printing it; "
    "Send approved is a dry run there.",
)
@click.option("--no-browser", is_flag=True, help="With --web: print the address, open nothing.")
def command(home: Path | None, keep: bool, web: bool, no_browser: bool) -> None:
    """Run the whole flow on a bundled sample mailbox: no account, no network.

    Scans twelve fictitious messages (confirmations from applicant-tracking
    systems and from a recruiter, a rejection, an interview invitation, an
    out-of-office reply, a newsletter, a shop order, and an application you
    sent), shows the applications it found, plans as if it were 24 March 2025,
    and prints the follow-ups: one withheld because the employer asked not to be
    contacted, and an email ready to approve. Nothing is sent.
    """
    from assistant.app import demo

    app = get_app()
    temporary = home is None
    target = Path(tempfile.mkdtemp(prefix="followup-demo-")) if home is None else home
    try:
        target = demo.prepare_home(target)
        with _state_in(target):
            result = demo.run(target, now=app.fixed_now or demo.DEMO_NOW)
            try:
                if not web:
                    _show(result, temporary=temporary, keep=keep)
            finally:
                result.store.close()
            if web:
                _serve(result, open_browser=not no_browser)
    finally:
        if temporary and not keep:
            shutil.rmtree(target, ignore_errors=True)


def _serve(result: Any, *, open_browser: bool) -> None:
    """The web page on the demo's state, at the demo's time; sending writes .eml files only."""
    from assistant.cli.context import AppContext
    from assistant.web.server import serve

    context = AppContext(fixed_now=result.now, _settings=result.settings)
    serve(
        context,
        host="127.0.0.1",
        port=0,
        open_browser=open_browser,
        dry_run_send=True,
        banner=f"Demo: the sample mailbox as if it were {_when(result.now)}; "
        "Send approved is a dry run (nothing leaves this computer).",
    )


@contextmanager
def _state_in(home: Path) -> Iterator[None]:
    """Point FOLLOWUP_HOME at the demo's home while it runs (nothing lands elsewhere)."""
    before = os.environ.get("FOLLOWUP_HOME")
    os.environ["FOLLOWUP_HOME"] = str(home)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("FOLLOWUP_HOME", None)
        else:
            os.environ["FOLLOWUP_HOME"] = before


# -- output ---------------------------------------------------------------------------


def _console() -> Any:
    return output.console(piped_width=150)


def _text(value: Any, style: str = "") -> Any:
    """Plain text for rich, cleaned (the words come from mail)."""
    return output.text(value, style)


def _heading(console: Any, number: int, title: str) -> None:
    console.print()
    console.print(_text(f"{number}. {title}", "bold cyan"))


def _show(result: Any, *, temporary: bool, keep: bool) -> None:
    from assistant.app import demo

    console = _console()
    messages = result.messages
    folders = sorted({m.folder for m in messages})
    console.print(
        _text("followup demo: the whole flow on a sample mailbox (no account, no network)", "bold")
    )
    console.print(
        _text(
            f"Mailbox: {len(messages)} fictitious messages for {demo.DEMO_NAME} "
            f"<{demo.DEMO_EMAIL}> in {', '.join(folders)}"
        )
    )
    console.print(_text(f"As if it were: {_when(result.now)} (so some follow-ups are due)"))
    where = "removed at the end; --keep keeps it" if temporary and not keep else "kept"
    console.print(_text(f"State: {result.home} ({where})"))

    _heading(console, 1, "Scan: read the mailbox (read-only) and understand each message")
    console.print(_messages_table(messages))
    scan = result.scan
    console.print(
        _text(
            f"Scanned {scan.seen} messages in {scan.folders} folders: {scan.job_messages} about "
            f"jobs, {scan.created} applications found, {scan.updated} updates to them."
        )
    )

    _heading(console, 2, "Applications: one record per job, updated by later mail")
    console.print(_applications_table(result.store))

    _heading(console, 3, f"Plan: what is due on {result.now:%d %B %Y}, and why")
    console.print(_plan_table(result.store))

    drafts = result.store.drafts()
    withheld = [d for d in drafts if d.channel == "networking"]
    _heading(console, 4, "Withheld: the employer asked not to be contacted")
    if not withheld:
        console.print(_text("(none in this run)", "dim"))
    for draft in withheld:
        _show_withheld(console, result.store, draft)

    _heading(console, 5, "Ready to approve: a follow-up email, exactly as it would be sent")
    email = _pick_email(drafts)
    if email is None:
        console.print(_text("(no email draft in this run)", "dim"))
    else:
        _show_email(console, result, email)

    others = [
        d
        for d in drafts
        if d is not email and d not in withheld and d.status in ("pending", "needs_recipient")
    ]
    if others:
        console.print()
        console.print(_text("Also waiting in the approval queue:", "bold"))
        for draft in others:
            console.print(_text(f"  #{draft.id} {_draft_line(result.store, draft)}"))

    console.print()
    console.print(
        _text(
            "That was the whole flow. Nothing was sent, and nothing is without your approval.",
            "bold",
        )
    )
    console.print(
        _text(
            "To use followup on your own mailbox: `followup init` "
            "(IMAP host, login; the password goes to your keyring or a password command), "
            "then `followup doctor`, `followup scan`, `followup plan` and `followup review`; "
            "or `followup service install` to let it watch in the background. Provider "
            "notes (Gmail, Microsoft 365, Fastmail, iCloud, Proton Bridge): docs/providers.md."
        )
    )
    if not temporary or keep:
        console.print(
            _text(
                f"Look around in the demo's state: FOLLOWUP_HOME={result.home} "
                "followup drafts list (or apps list, apps show ID)"
            )
        )


def _when(moment: datetime) -> str:
    return moment.strftime("%A %d %B %Y, %H:%M %Z").strip()


def _messages_table(messages: list[Any]) -> Any:
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("folder", no_wrap=True)
    table.add_column("from", overflow="fold", max_width=44)
    table.add_column("subject", overflow="fold")
    table.add_column("understood as", overflow="fold")
    table.add_column("app", justify="right", no_wrap=True)
    for message in messages:
        if message.kind is None:
            kind = _text("not job mail (skipped on its headers)", "dim")
        else:
            kind = _text(KIND_WORDS.get(message.kind, message.kind))
        table.add_row(
            _text(message.folder),
            _text(message.sender),
            _text(message.subject),
            kind,
            _text(f"#{message.application_id}" if message.application_id else None),
        )
    return table


def _applications_table(store: Any) -> Any:
    from assistant.app import applications

    records = applications.list_records(store, include_closed=True, sort="id")
    try:  # the same table `followup apps list` prints
        from assistant.cli.apps import _table

        return _table(records)
    except ImportError:  # pragma: no cover - only if the apps command is missing
        from rich.table import Table

        table = Table(show_edge=False, pad_edge=False, header_style="bold")
        for name in ("id", "company", "role", "status", "applied", "contact"):
            table.add_column(name, overflow="fold")
        for r in records:
            table.add_row(
                *(
                    _text(v)
                    for v in (
                        r["id"],
                        r["company"],
                        r["role"],
                        r["status"],
                        (r["applied_at"] or "")[:10],
                        r["contact_email"],
                    )
                )
            )
        return table


def _plan_table(store: Any) -> Any:
    from rich.table import Table

    from assistant.app.service import plan_view

    table = Table(show_edge=False, pad_edge=False, header_style="bold", show_lines=False)
    table.add_column("app", justify="right", no_wrap=True)
    table.add_column("company", overflow="fold", max_width=24)
    table.add_column("next step", no_wrap=True)
    table.add_column("why", overflow="fold")
    table.add_column("draft", no_wrap=True)
    for row in plan_view(store):
        step = row.action
        if row.action == "wait" and row.channel:
            step = f"wait ({row.channel})"
        table.add_row(
            _text(row.application_id),
            _text(row.company),
            _text(step, "bold" if row.action in ("email", "call", "networking") else "dim"),
            _text(" ".join(row.reason.split())),
            _text(f"#{row.draft_id} {row.draft_status}" if row.draft_id else None),
        )
    return table


def _show_withheld(console: Any, store: Any, draft: Draft) -> None:
    row = store.application_row(draft.application_id) if draft.application_id else None
    company = (row or {}).get("company") or "this employer"
    role = (row or {}).get("role")
    phrase = (row or {}).get("no_follow_up_phrase")
    title = f"{company}" + (f" ({role})" if role else "")
    console.print(_text(title, "bold"))
    if phrase:
        console.print(_text("Their mail said:"))
        console.print(_text(f"    “{' '.join(phrase.split())}”", "yellow"), soft_wrap=True)
    console.print(
        _text(
            "So followup will not email or call them. Instead it drafted a networking "
            f"note (draft #{draft.id}) for you to send to someone who works there "
            "(a LinkedIn message, say), about them and their work:"
        )
    )
    body = draft.body.strip()
    if draft.subject:
        body = f"Subject: {draft.subject}\n\n{body}"
    console.print()
    console.print(_text(_indent(body)), soft_wrap=True)


def _pick_email(drafts: list[Draft]) -> Draft | None:
    """The email draft to show: one to a person, waiting for approval, threaded if possible."""
    emails = [d for d in drafts if d.is_email and d.status == "pending" and d.to_email]
    emails.sort(key=lambda d: (d.in_reply_to is None, d.id))
    return emails[0] if emails else None


def _show_email(console: Any, result: Any, draft: Draft) -> None:
    from assistant.app.demo import DEMO_ACCOUNT
    from assistant.app.message import build_message

    message = build_message(draft, result.settings.account(DEMO_ACCOUNT), when=result.now)
    lines = [
        f"{name}: {message[name]}"
        for name in ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References")
        if message[name]
    ]
    body = draft.body.rstrip()
    console.print(_text(f"Draft #{draft.id}: {_draft_line(result.store, draft)}"))
    console.print()
    console.print(_text(_indent("\n".join(lines) + "\n\n" + body)), soft_wrap=True)
    console.print()
    console.print(
        _text(
            f"Approve it with `followup drafts approve {draft.id}` (or edit it first: "
            f"`followup drafts edit {draft.id}`), then `followup send` sends it, exactly "
            "once; or `followup drafts push` puts it in your mailbox's Drafts folder."
        )
    )


def _indent(text: str) -> str:
    """Four spaces before every line (empty lines stay empty): the text exactly, no wrapping."""
    return "\n".join(f"    {line}" if line.strip() else "" for line in text.splitlines())


def _draft_line(store: Any, draft: Draft) -> str:
    row = store.application_row(draft.application_id) if draft.application_id else None
    company = (row or {}).get("company") or "?"
    to = draft.to_email or "no recipient yet"
    if draft.channel == "networking":
        to = "someone who works there"
    words = f"{draft.channel} to {to} about {company}"
    if draft.status == "needs_recipient":
        words += " (needs a recipient: no person's address is known yet)"
    return words
