"""`followup plan`: decide what is due and draft it."""

from __future__ import annotations

import click

from assistant.cli import output
from assistant.cli.context import emit_json, get_app


@click.command("plan")
@click.option("--account", help="Account whose address the drafts come from.")
@click.option(
    "--all", "everything", is_flag=True, help="List every application, not only what is due."
)
@click.option("--json", "as_json", is_flag=True, help="Print every decision as JSON.")
def command(account: str | None, everything: bool, as_json: bool) -> None:
    """Decide, for every application, the next step and when; draft what is due.

    Nothing is sent: drafts wait in `followup drafts` for your approval. Where the
    employer asked not to be contacted, a networking note is suggested instead.
    Applications already older than policy.stale_after_days (30) when followup
    first saw them get a suggestion, not a draft. Shows what is new and due and
    one line for the rest (--all: everything). Running it twice creates nothing twice.
    """
    from assistant.app import service

    app = get_app()
    store = app.store
    report = service.plan(store, app.settings, now=app.now(), account=account)
    rows = service.plan_view(store, report.created)
    if as_json:
        emit_json([row.as_dict() for row in rows])
        return
    from rich.table import Table

    screen = service.plan_screen(rows, everything=everything)
    console = output.console(piped_width=None)
    if not screen.rows:
        console.print("Nothing new or due.")
    table = Table(title="Follow-up plan", show_lines=False)
    for name in ("app", "company", "role", "next step", "due", "why", "draft"):
        table.add_column(name, overflow="fold")
    for row in screen.rows:
        draft_text = ""
        if row.draft_id:
            draft_text = f"#{row.draft_id} {row.draft_status}"
            if row.new_draft:
                draft_text += " (new)"
        table.add_row(
            str(row.application_id),
            row.company or "?",
            row.role or "?",
            row.action,
            (row.due_at or "")[:16].replace("T", " "),
            row.reason,
            draft_text,
        )
    if screen.rows:
        console.print(table)
    if screen.summary:
        console.print(screen.summary, soft_wrap=True)
    console.print(
        f"{len(report.created)} new draft(s); {report.existing} already drafted. "
        "Review them with `followup review` or `followup drafts list`."
    )
