"""`followup plan`: decide what is due and draft it."""

from __future__ import annotations

from typing import Any

import click

from assistant.cli import output
from assistant.cli.context import emit_json, get_app


@click.command("plan")
@click.option("--account", help="Account whose address the drafts come from.")
@click.option("--json", "as_json", is_flag=True, help="Print the decisions as JSON.")
def command(account: str | None, as_json: bool) -> None:
    """Decide, for every application, the next step and when; draft what is due.

    Nothing is sent: drafts wait in `followup drafts` for your approval. Where the
    employer asked not to be contacted, a networking note is suggested instead.
    Running it twice creates nothing twice.
    """
    from assistant.app import service

    app = get_app()
    store = app.store
    report = service.plan(store, app.settings, now=app.now(), account=account)
    rows = []
    drafts_by_app: dict[int, dict[str, Any]] = {}
    for draft in store.drafts():
        if draft["application_id"] is not None:
            drafts_by_app[draft["application_id"]] = draft
    for application in store.application_rows():
        decision = store.decision(application["id"])
        if decision is None:
            continue
        latest = drafts_by_app.get(application["id"])
        rows.append(
            {
                "application_id": application["id"],
                "company": application["company"],
                "role": application["role"],
                "status": application["status"],
                "action": decision["action"],
                "channel": decision["channel"],
                "due_at": decision["due_at"],
                "reason": decision["reason"],
                "draft_id": latest["id"] if latest else None,
                "draft_status": latest["status"] if latest else None,
                "new_draft": bool(latest and latest["id"] in report.created),
            }
        )
    if as_json:
        emit_json(rows)
        return
    from rich.table import Table

    table = Table(title="Follow-up plan", show_lines=False)
    for name in ("app", "company", "role", "next step", "due", "why", "draft"):
        table.add_column(name, overflow="fold")
    for row in rows:
        step = row["action"] if row["action"] != row["channel"] else row["channel"]
        draft_text = ""
        if row["draft_id"]:
            draft_text = f"#{row['draft_id']} {row['draft_status']}"
            if row["new_draft"]:
                draft_text += " (new)"
        table.add_row(
            str(row["application_id"]),
            row["company"] or "?",
            row["role"] or "?",
            step,
            (row["due_at"] or "")[:16].replace("T", " "),
            row["reason"],
            draft_text,
        )
    console = output.console(piped_width=None)
    console.print(table)
    console.print(
        f"{len(report.created)} new draft(s); {report.existing} already drafted. "
        "Review them with `followup review` or `followup drafts list`."
    )
