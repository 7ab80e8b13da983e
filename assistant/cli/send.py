"""`followup send`: send the approved drafts, exactly once (see :mod:`assistant.app.outbox`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from assistant.cli.context import emit_json, get_app
from assistant.cli.output import OneLineUsageError


@click.command("send")
@click.option("--dry-run", is_flag=True, help="Send nothing; write each message as an .eml file.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="With --dry-run: the folder for the .eml files "
    "(default FOLLOWUP_HOME/outbox-dry-run/<time>).",
)
@click.option("--account", help="Only drafts of this account (default: all accounts).")
@click.option(
    "--wait",
    is_flag=True,
    help="Sleep to honour min_spacing_seconds instead of leaving the rest for the next run.",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON report.")
def command(
    dry_run: bool, out_dir: Path | None, account: str | None, wait: bool, as_json: bool
) -> None:
    """Send the approved email drafts through the account's SMTP server, once each.

    A draft is marked `sending` before the SMTP transaction and `sent` right
    after the server accepts it. If a send dies in between, the draft's outcome
    is unknown: it is never sent again on its own (see `followup drafts list`).
    A copy goes to the Sent folder unless the provider files it itself
    (smtp.save_sent). smtp.daily_cap and smtp.min_spacing_seconds limit the pace.
    A draft whose employer asked not to be contacted, or whose application is
    over or answered (replied, interviewing, offer, rejected, ...), is discarded,
    never sent, even if it was approved before that was known.

    Exit status: 0 all went well (or nothing to do), 1 a draft failed or its
    outcome is unknown, 2 misuse.
    """
    from assistant.app import outbox

    if out_dir is not None and not dry_run:
        raise OneLineUsageError("--out only goes with --dry-run")
    app = get_app()
    box = outbox.Outbox(
        app.store,
        app.settings,
        home=app.home,
        clock=app.now,
        announce=lambda line: click.echo(f"followup: {line}", err=True),
    )
    report = box.send(account=account, dry_run=dry_run, out_dir=out_dir, wait=wait)
    if as_json:
        emit_json(report.as_dict())
    else:
        _print(report, dry_run)
    if not report.ok:
        sys.exit(1)


def _print(report: Any, dry_run: bool) -> None:
    echo = click.echo
    for draft_id in report.recovered:
        echo(
            f"Draft {draft_id}: a previous send was interrupted; outcome unknown, NOT resent.",
            err=True,
        )
    for draft_id in report.settled:
        echo(f"Draft {draft_id}: found in the Sent folder, marked sent.")
    for r in report.results:
        if r.status == "sent":
            echo(f"Sent draft {r.draft_id} to {r.to}: {r.subject}")
        elif r.status == "would_send":
            echo(f"Draft {r.draft_id} to {r.to}: {r.detail}; written to {r.path}")
        elif r.status == "failed":
            echo(f"Draft {r.draft_id} to {r.to} FAILED: {r.detail}", err=True)
        elif r.status == "unknown":
            echo(f"Draft {r.draft_id} to {r.to}: outcome unknown ({r.detail})", err=True)
        elif r.status in ("discarded", "would_discard", "held", "would_hold"):
            echo(f"Draft {r.draft_id} to {r.to}: {r.detail}", err=True)
        else:
            echo(f"Draft {r.draft_id} to {r.to} not sent: {r.detail}", err=True)
    for held in report.held_elsewhere:  # held by a scan: not sent, and why
        echo(f"Draft {held['id']} held, not sent: {held['why']}", err=True)
    for note in report.notes:
        echo(f"Note: {note}", err=True)
    for warning in report.warnings:
        echo(f"Warning: {warning}", err=True)
    for error in report.errors:
        echo(f"followup: error: {error}", err=True)
    if report.unknown and not dry_run:
        ids = ", ".join(str(i) for i in report.unknown)
        echo(
            f"Outcome unknown for draft(s) {ids}: they may have been sent. They will not be "
            "sent again automatically. Check your Sent folder, then `followup drafts mark-sent "
            "ID`, `followup drafts approve ID --resend` or `followup drafts discard ID`.",
            err=True,
        )
    if dry_run:
        if report.results:
            echo(f"Dry run: nothing was sent; messages written to {report.dry_run_dir}")
        else:
            echo("Dry run: no approved email drafts.")
    elif not report.results and not report.recovered and not report.settled:
        echo("Nothing to send: no approved email drafts (`followup drafts list`).")
