"""`followup scan`: one incremental scan of the account or a local Maildir/mbox."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.app import workspace
from assistant.cli import output
from assistant.cli.context import AppContext, emit_json, get_app

if TYPE_CHECKING:
    from assistant.app.scanning import ScanReport
    from assistant.app.understanding import Worker


@click.command("scan")
@click.option(
    "--maildir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Scan a local Maildir (Maildir++ subfolders such as .Sent included).",
)
@click.option(
    "--mbox",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Scan an mbox file (a Google Takeout export, say).",
)
@click.option("--account", help="Account name from the config (default: the default one).")
@click.option(
    "--since",
    metavar="DATE|all",
    help="How far back to read (default for a folder's first scan: scan.since_days, 90 days);"
    " given explicitly, folders scanned before are read back to it too.",
)
@click.option(
    "--failures",
    is_flag=True,
    help="List the messages that could not be read (nothing is scanned).",
)
@click.option(
    "--dismiss",
    type=int,
    metavar="ID",
    help="You have read unread message ID yourself: its application may plan again.",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON report.")
def command(
    maildir: Path | None,
    mbox: Path | None,
    account: str | None,
    since: str | None,
    failures: bool,
    dismiss: int | None,
    as_json: bool,
) -> None:
    """Scan for new job mail and update the application records.

    The mailbox is never changed: folders are opened read-only and messages are
    read with BODY.PEEK. Only what is new since the last scan is fetched. A
    message that cannot be read is listed by --failures, and its application
    drafts nothing until you have read it and dismissed it (--dismiss ID).
    """
    if failures or dismiss is not None:
        if maildir or mbox or since:
            raise click.UsageError("--failures and --dismiss do not scan: give them alone")
        _show_failures(dismiss, as_json)
        return
    if maildir and mbox:
        raise click.UsageError("give --maildir or --mbox, not both")
    _scan(get_app(), maildir, mbox, account, since, as_json)


def _first_scan_worker(app: AppContext, account: str) -> Worker | None:
    """A reading process for the first scan of this account (no folder of it recorded
    yet), which is usually a big one: started before the scan logs in, it has loaded the
    classifier by the time the scan has read Sent, and the scan takes it if it reads
    with one (docs/scanning.md). Started only once the options, the settings and the
    account are known good: a usage or config error starts nothing."""
    if workspace.has_store(app.home) and app.store.folder_states(account):
        return None
    from assistant.app.understanding import Worker

    return Worker.start()


def _scan(
    app: AppContext,
    maildir: Path | None,
    mbox: Path | None,
    account: str | None,
    since: str | None,
    as_json: bool,
) -> None:
    local = maildir is not None or mbox is not None
    settings = None
    if not local or app.resolved_config_path.exists():
        settings = app.settings
    try:
        if since is not None and since.strip().lower() != "all":
            date.fromisoformat(since.strip())
    except ValueError:
        raise click.BadParameter("a date (YYYY-MM-DD) or 'all'", param_hint="--since") from None
    worker = None
    if settings is not None and not local:
        name, _account = settings.account_named(account)  # an unknown account: one line
        # started before the use cases are imported: it loads while they do
        worker = _first_scan_worker(app, name)
    from assistant.app import service, user

    window = service.scan_window(since, app.now(), settings)
    source = service.open_source(settings, maildir=maildir, mbox=mbox, account=account)

    def run(progress: Callable[[str, int, int], None]) -> ScanReport:
        return service.scan(
            app.store,
            source,
            now=app.now(),
            since=window,
            own=user.own_addresses(settings),
            names=user.own_names(settings),
            progress=progress,
            backfill=since is not None,
            settings=settings,
            worker=worker,
        )

    try:
        if not as_json and sys.stdout.isatty():  # a bar where the summary goes
            from rich.progress import Progress

            with Progress(transient=True) as bar:
                tasks: dict[str, object] = {}

                def progress(folder: str, done: int, total: int) -> None:
                    if folder not in tasks:
                        tasks[folder] = bar.add_task(f"scanning {folder}", total=total)
                    bar.update(tasks[folder], completed=done)  # type: ignore[arg-type]

                report = run(progress)
        else:
            from assistant.app.progress import ProgressLines

            report = run(ProgressLines(lambda line: click.echo(line, err=True)))
    finally:
        if worker is not None:  # the scan closes the one it used; this one it had no use for
            worker.close()
    if as_json:
        emit_json(report.as_dict())
        return
    click.echo(
        f"Scanned {report.seen} new messages in {report.folders} folders: "
        f"{report.job_messages} about jobs, {report.created} new applications, "
        f"{report.updated} updates"
        + (
            f", {report.failures} could not be read (`followup scan --failures` lists them)"
            if report.failures
            else ""
        )
        + (f", {report.drafts_settled} drafts found in Sent" if report.drafts_settled else "")
        + (f", {report.drafts_held} approved drafts held" if report.drafts_held else "")
        + (f", {report.drafts_discarded} drafts discarded" if report.drafts_discarded else "")
        + "."
    )
    for change in report.changes:
        output.echo(f"  {change.line}")


def _show_failures(dismiss: int | None, as_json: bool) -> None:
    from assistant.app import failures

    app = get_app()
    if dismiss is not None:
        row = failures.dismiss(app.store, dismiss, app.now())
        if as_json:
            emit_json(row)
            return
        about = (
            f" ({row['company'] or '?'} — {row['role'] or '?'})" if row["application_id"] else ""
        )
        output.echo(f"Unread message {dismiss} dismissed{about}; `followup plan` may draft again.")
        return
    rows = failures.listing(app.store)
    if as_json:
        emit_json(rows)
        return
    if not rows:
        output.echo("No unread messages: every message the scans fetched could be read.")
        return
    output.echo(f"{len(rows)} message(s) could not be read; read them in your mail client:")
    for row in rows:
        about = f"{row['company'] or '?'} — {row['role'] or '?'}" if row["application_id"] else "-"
        output.echo(
            f"  #{row['id']}  {row['folder']} UID {row['uid']}  from {row['sender'] or '?'}"
            f"  {row['subject'] or '(no subject)'!r}  [{about}]: {row['defect']}"
        )
    output.echo("Then `followup scan --dismiss ID` lets its application plan again.")
