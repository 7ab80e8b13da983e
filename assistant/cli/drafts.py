"""`followup drafts`: the approval queue (list, show, edit, approve, snooze, discard, push).

Argument parsing and output only; the rules live in :mod:`assistant.app.approval`
(the queue) and :mod:`assistant.app.push` (the Drafts folder); the drafts are shown by
:mod:`assistant.cli.draft_view`, which `followup review` uses too.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from assistant.app.approval import STATUSES
from assistant.cli import output
from assistant.cli.context import emit_json, get_app, optional_settings
from assistant.cli.draft_view import (
    STATUS_STYLES,
    console,
    draft_panel,
    edit_in_editor,
    text,
)
from assistant.cli.output import OneLineUsageError, json_option
from assistant.errors import DraftError

# -- the group ---------------------------------------------------------------------------


def _next_steps_follow() -> None:
    """What `apps show` gives as next step is decided again after a draft moved."""
    from assistant.app import service

    settings = optional_settings()
    if settings is not None:
        app = get_app()
        service.decide_all(app.store, settings, app.now())


_status_option = click.option(
    "--status",
    "statuses",
    type=click.Choice(STATUSES),
    multiple=True,
    help="Only drafts with this status (repeatable).",
)
_all_option = click.option(
    "--all", "show_all", is_flag=True, help="Include sent and discarded drafts."
)


@click.group("drafts", invoke_without_command=True)
@_status_option
@_all_option
@json_option
@click.pass_context
def command(ctx: click.Context, statuses: tuple[str, ...], show_all: bool, as_json: bool) -> None:
    """The approval queue: list, show, edit, approve, snooze, discard, push.

    Nothing is sent without your approval; `followup send` sends what you
    approved, once. `followup review` walks the same queue one draft at a time.
    Without a subcommand this is `drafts list` (the options below apply to it).
    See docs/sending.md.
    """
    if ctx.invoked_subcommand is None:
        _list(statuses, show_all, as_json)


@command.command("list")
@_status_option
@_all_option
@json_option
def list_command(statuses: tuple[str, ...], show_all: bool, as_json: bool) -> None:
    """The drafts waiting for you (sent and discarded ones with --all)."""
    _list(statuses, show_all, as_json)


def _list(statuses: tuple[str, ...], show_all: bool, as_json: bool) -> None:
    from rich.table import Table

    from assistant.app import approval

    rows = approval.list_drafts(get_app().store, statuses=statuses, include_closed=show_all)
    if as_json:
        emit_json([approval.to_json(r) for r in rows])
        return
    out = console()
    if not rows:
        out.print("No drafts. `followup plan` drafts the follow-ups that are due.")
        return
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for name, kwargs in (
        ("id", {"justify": "right", "no_wrap": True}),
        ("status", {"no_wrap": True}),
        ("channel", {"no_wrap": True}),
        ("to", {"overflow": "fold"}),
        ("subject", {"overflow": "fold"}),
        ("created", {"no_wrap": True}),
    ):
        table.add_column(name, **kwargs)
    for r in rows:
        status = r.status.value + (" (in Drafts)" if r.pushed_at else "")
        if r.status == "unknown":
            status = "outcome unknown"
        table.add_row(
            text(r.id),
            text(status, STATUS_STYLES.get(r.status, "")),
            text(r.channel.value),
            text(r.to_email),
            text(r.subject),
            text(r.created_at.isoformat()[:10]),
        )
    out.print(table)
    for r in rows:
        if r.status == "held":
            out.print(text(f"Draft {r.id} held, not sent: {r.error}", "yellow"))
    unknown = [r.id for r in rows if r.status == "unknown"]
    if unknown:
        ids = ", ".join(str(i) for i in unknown)
        out.print(
            text(
                f"Outcome unknown for {ids}: the send was interrupted and the message may have "
                "gone out. Check your Sent folder, then `drafts mark-sent ID`, "
                "`drafts approve ID --resend` or `drafts discard ID`.",
                "red",
            )
        )


@command.command("show")
@click.argument("draft_id", metavar="ID", type=int)
@json_option
def show_command(draft_id: int, as_json: bool) -> None:
    """One draft: the exact message (headers and body), why it exists, and its audit log."""
    from rich.table import Table

    from assistant.app import approval

    app = get_app()
    row = approval.get_draft(app.store, draft_id)
    audit = app.store.audit(draft_id)
    if as_json:
        emit_json(approval.to_json(row, audit=audit))
        return
    out = console()
    out.print(draft_panel(row, optional_settings(), app.now()))
    if audit:
        table = Table(title="audit", show_edge=False, pad_edge=False, header_style="bold")
        for name in ("when", "action", "account", "recipients", "detail"):
            table.add_column(name, overflow="fold")
        for entry in audit:
            table.add_row(
                text(entry["at"][:19].replace("T", " ")),
                text(entry["action"]),
                text(entry.get("account")),
                text(", ".join(entry.get("recipients") or [])),
                text(entry.get("detail")),
            )
        out.print(table)


@command.command("edit")
@click.argument("draft_id", metavar="ID", type=int)
@click.option("--to", "to", metavar="ADDRESS", help="New recipient: 'Name <addr>' or addr.")
@click.option("--subject", help="New subject.")
@click.option(
    "--body-file",
    type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path),
    help="Read the new body from this file ('-' for stdin).",
)
@json_option
def edit_command(
    draft_id: int, to: str | None, subject: str | None, body_file: Path | None, as_json: bool
) -> None:
    """Change a draft's recipient, subject or body; with no option, open $VISUAL/$EDITOR.

    In the editor the draft reads as `To:` and `Subject:` lines, a blank line,
    then the body. The edited draft is checked again (a real, not no-reply
    recipient; no line breaks in header fields; no placeholder such as "{{" or
    "[Name]" left) and nothing is saved if a check fails. An approved draft
    needs approving again after an edit.
    """
    from assistant.app import approval, queue

    app = get_app()
    row = approval.get_draft(app.store, draft_id)
    body: str | None = None
    if body_file is not None:
        from_stdin = str(body_file) == "-"
        body = sys.stdin.read() if from_stdin else body_file.read_text(encoding="utf-8")
    if to is None and subject is None and body is None:
        changes = edit_in_editor(row)
        if changes is None:
            click.echo(f"Draft {draft_id} unchanged.", err=True)
            if as_json:
                emit_json(approval.to_json(row))
            return
        to, subject, body = changes.get("to"), changes.get("subject"), changes.get("body")
    updated, others = queue.edit(
        app.store, optional_settings(), draft_id, app.now(), to=to, subject=subject, body=body
    )
    if as_json:
        emit_json(approval.to_json(updated))
        return
    click.echo(f"Draft {draft_id} saved ({updated.status}).")
    if others:
        ids = ", ".join(str(i) for i in others)
        click.echo(f"Also re-rendered for the new contact: draft {ids}")
    if row.status == "approved" and updated.status == "pending":
        click.echo(f"It needs approving again: followup drafts approve {draft_id}")
    if row.pushed_at:
        click.echo(
            "The copy in your Drafts folder is the old one; `followup drafts push` replaces it"
        )


@command.command("approve")
@click.argument("draft_ids", metavar="[ID]...", type=int, nargs=-1)
@click.option(
    "--all-pending", is_flag=True, help="Approve every pending email draft (shown first)."
)
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.option(
    "--resend",
    is_flag=True,
    help="Approve a draft whose outcome is unknown (or that is in your Drafts folder), "
    "knowing it may already have been sent.",
)
@json_option
def approve_command(
    draft_ids: tuple[int, ...], all_pending: bool, yes: bool, resend: bool, as_json: bool
) -> None:
    """Approve drafts for `followup send`: by id, or all pending ones with --all-pending.

    Approving several at once shows how many and to whom first, and asks unless
    --yes. A draft without a recipient cannot be approved until you set one with
    `drafts edit ID --to ADDRESS`. Networking and call drafts are never sent by
    followup: approving one marks it done (you sent the message or made the call).
    """
    from assistant.app import approval

    app = get_app()
    store = app.store
    if bool(draft_ids) == all_pending:
        raise OneLineUsageError("give draft ids, or --all-pending (one of the two)")
    if all_pending:
        rows = approval.waiting_emails(store)
        if not rows:
            click.echo("No pending email drafts to approve.", err=True)
            if as_json:
                emit_json([])
            return
    else:
        rows = [approval.get_draft(store, i) for i in dict.fromkeys(draft_ids)]
    if len(rows) > 1 or all_pending:
        click.echo(f"About to approve {len(rows)} draft(s):", err=True)
        for r in rows:
            what = "mark done" if not r.is_email else approval.recipient_text(r)
            output.echo(f"  #{r.id}  {what}  {r.subject}", err=True)
        if not yes:
            click.confirm("Approve them?", abort=True, err=True)
    results: list[dict[str, Any]] = []
    for r in rows:
        try:
            outcome = approval.approve(store, r.id, app.now(), resend=resend)
        except DraftError as exc:
            results.append({"id": r.id, "result": "refused", "error": str(exc)})
            continue
        results.append({"id": r.id, "result": outcome, "error": None})
    if any(res["error"] is None for res in results):
        _next_steps_follow()
    if as_json:
        emit_json(results)
    else:
        for res in results:
            if res["error"]:
                click.echo(f"followup: error: {res['error']}", err=True)
            elif res["result"] == "done":
                click.echo(f"Draft {res['id']} marked done.")
            else:
                click.echo(f"Draft {res['id']} {res['result']}.")
        if any(res["result"] == "approved" for res in results):
            click.echo("Run `followup send` to send (`followup send --dry-run` to look first).")
    if any(res["error"] for res in results):
        sys.exit(1)


@command.command("snooze")
@click.argument("draft_id", metavar="ID", type=int)
@click.option(
    "--until",
    "until_text",
    required=True,
    metavar="DATE",
    help="YYYY-MM-DD (midnight UTC), an ISO date-time, or +3d / +2w.",
)
@json_option
def snooze_command(draft_id: int, until_text: str, as_json: bool) -> None:
    """Hide a draft from `followup review` until DATE."""
    from assistant.app import approval, snooze_dates

    app = get_app()
    now = app.now()
    try:
        until = snooze_dates.parse_until(until_text, now, app.zone(strict=True))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--until") from None
    if until <= now:
        raise click.BadParameter(f"{until_text} is not in the future", param_hint="--until")
    row = approval.snooze(app.store, draft_id, until, now)
    if as_json:
        emit_json(approval.to_json(row))
        return
    click.echo(f"Draft {draft_id} snoozed until {until:%Y-%m-%d %H:%M} UTC.")


@command.command("discard")
@click.argument("draft_id", metavar="ID", type=int)
@json_option
def discard_command(draft_id: int, as_json: bool) -> None:
    """Drop a draft for good (`followup plan` will not draft it again)."""
    from assistant.app import approval

    app = get_app()
    approval.discard(app.store, draft_id, app.now())
    _moved(draft_id, "discarded", as_json)


@command.command("mark-sent")
@click.argument("draft_id", metavar="ID", type=int)
@json_option
def mark_sent_command(draft_id: int, as_json: bool) -> None:
    """Record that a draft did go out (an outcome-unknown send, or one sent from Drafts)."""
    from assistant.app import approval

    app = get_app()
    approval.mark_sent(app.store, draft_id, app.now())
    _moved(draft_id, "marked sent", as_json)


def _moved(draft_id: int, what: str, as_json: bool) -> None:
    """After a draft moved: decide next steps again, then show the draft (or say ``what``)."""
    from assistant.app import approval

    _next_steps_follow()
    if as_json:
        emit_json(approval.to_json(approval.get_draft(get_app().store, draft_id)))
        return
    click.echo(f"Draft {draft_id} {what}.")


@command.command("push")
@click.argument("draft_ids", metavar="[ID]...", type=int, nargs=-1)
@click.option("--account", help="Only drafts of this account.")
@click.option(
    "--include-no-recipient",
    is_flag=True,
    help="Also push drafts with no recipient yet (you fill in To: in your mail client).",
)
@json_option
def push_command(
    draft_ids: tuple[int, ...], account: str | None, include_no_recipient: bool, as_json: bool
) -> None:
    """Put drafts into your mailbox's Drafts folder (flags \\Draft \\Seen) to send from any client.

    Without ids: every pending email draft not pushed yet, and every pushed one
    edited since (its old copy is replaced). Drafts with no recipient stay here
    unless --include-no-recipient. A missing Drafts folder is created. A pushed
    draft is no longer offered by `review`; a later `followup scan` that finds
    it in Sent (by its Message-ID) marks it sent.
    """
    from assistant.app import outbox

    app = get_app()
    box = outbox.Outbox(app.store, app.settings, home=app.home, clock=app.now)
    results = box.push(
        list(draft_ids) or None, account=account, include_no_recipient=include_no_recipient
    )
    if as_json:
        emit_json(
            [
                {"id": r.draft_id, "status": r.status, "folder": r.folder, "detail": r.detail}
                for r in results
            ]
        )
    else:
        if not results:
            click.echo("Nothing to push: the Drafts folder has every pending email draft as it is.")
        for r in results:
            if r.status == "skipped":
                click.echo(f"Draft {r.draft_id} not pushed: {r.detail}", err=True)
            else:
                click.echo(f"Draft {r.draft_id} {r.status} to {r.folder}.")
    if draft_ids and any(r.status == "skipped" for r in results):
        sys.exit(1)
