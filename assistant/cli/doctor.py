"""`followup doctor`: print the checks of :mod:`assistant.app.doctor`.

Exit status: 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import click

from assistant.app.doctor import Report, run_checks
from assistant.cli import output
from assistant.cli.context import emit_json, get_app

# --------------------------------------------------------------------------- output


def print_report(report: Report) -> None:
    """Pass/fail lines (coloured on a terminal), each failure followed by its hint."""
    from rich.text import Text

    console = output.console(piped_width=None, soft_wrap=True)
    for check in report.checks:
        line = Text()
        line.append("PASS" if check.ok else "FAIL", style="bold green" if check.ok else "bold red")
        line.append(f"  {check.name}: ", style="bold")
        line.append(check.detail)
        console.print(line)
        if check.hint:
            console.print(
                Text(f"      hint: {check.hint}", style="yellow" if not check.ok else "dim")
            )
    summary = (
        Text("All checks passed.", style="green")
        if report.ok
        else Text(f"{report.failed} of {len(report.checks)} checks failed.", style="red")
    )
    console.print(summary)


@click.command("doctor")
@click.option("--json", "as_json", is_flag=True, help="Print {ok, checks: [...]} as JSON.")
@click.option("--account", help="Check only this account (default: all of them).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1, max=600),
    help="Seconds to wait for each server and secret command (default: the account's "
    "timeout; 20 s for commands).",
)
@click.pass_context
def command(ctx: click.Context, as_json: bool, account: str | None, timeout: float | None) -> None:
    """Check the config, the secrets, and the IMAP and SMTP servers.

    Connects and logs in (nothing is changed or sent), lists the capabilities and
    the folders that will be scanned, and which are Sent, Drafts and Junk. Each
    check prints PASS or FAIL with a hint. Exit status 0 when all pass, else 1.
    """
    app = get_app()
    report = run_checks(app.resolved_config_path, account=account, timeout=timeout)
    if as_json:
        emit_json(report.as_dict())
    else:
        print_report(report)
        from assistant.app.failures import unread_note

        note = unread_note(app.home)
        if note:
            output.echo(note)
    if not report.ok:
        ctx.exit(1)
