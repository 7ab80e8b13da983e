"""`followup service install|uninstall|status`: run `followup run` in the background.

What to install and how is :mod:`assistant.app.autostart` (systemd user unit,
launchd agent, or a crontab ``@reboot`` line where there is no systemd user
session); this module passes the options and prints what was done.
"""

from __future__ import annotations

import os

import click

from assistant.app import autostart
from assistant.cli.context import emit_json, get_app

kind_option = click.option(
    "--kind",
    type=click.Choice(autostart.KINDS),
    help="systemd, launchd or cron (default: what this machine has; cron where there is "
    "no systemd user session).",
)


@click.group("service")
def command() -> None:
    """Install or remove the background service (`followup run` on a schedule).

    Linux: a systemd user unit (~/.config/systemd/user/followup.service); without
    a systemd user session (SSH, WSL, containers), a crontab @reboot line, and
    `followup run` is started at once. macOS: a launchd agent
    (~/Library/LaunchAgents/org.followup.assistant.plist).
    """


@command.command("install")
@click.option(
    "--interval",
    type=click.IntRange(min=1),
    default=autostart.DEFAULT_INTERVAL,
    show_default=True,
    help="Seconds between scans.",
)
@click.option("--no-start", is_flag=True, help="Only write the file; do not enable or start it.")
@kind_option
def install(interval: int, no_start: bool, kind: str | None) -> None:
    """Write the service file and (unless --no-start) enable and start it."""
    app = get_app()
    chosen, fallback = autostart.choose(kind)
    if app.config_path is None and not app.resolved_config_path.exists():
        click.echo(
            f"note: no config file at {app.resolved_config_path} yet; "
            "run `followup init` before the service starts, or it will fail.",
            err=True,
        )
    if fallback:
        click.echo(f"{fallback[0].upper()}{fallback[1:]}: using cron instead.")
    spec = autostart.spec_for(interval, app.config_path)
    report = autostart.install(chosen, spec, start=not no_start, fallback=fallback)
    click.echo(f"{'Replaced' if report.replaced else 'Wrote'} {chosen.path}")
    click.echo(f"  runs: {autostart.shell_line(spec.argv)}")
    for name in sorted(spec.environment):
        shown = "(this shell's, so password commands are found)" if name == "PATH" else None
        click.echo(f"  with: {name}={shown or spec.environment[name]}")
    if report.cron_line:
        click.echo(f"  crontab line: {report.cron_line}")
    for line, output in report.ran:
        click.echo(f"  $ {line}" + (f"  ({output})" if output else ""))
    if report.pending:
        why = "Not started (--no-start)" if no_start else f"{chosen.manager} not found"
        click.echo(f"{why}; to do it yourself:")
        for line in report.pending:
            click.echo(f"  {line}")
    if report.started:
        click.echo(
            f"Started (pid {report.pid})." if report.pid else "Started.",
        )
    if chosen.kind == "systemd":
        user = os.environ.get("USER") or "$USER"
        click.echo(
            "To keep it running when you are logged out (and start it at boot): "
            f"loginctl enable-linger {user}"
        )
    if chosen.kind == "cron":
        click.echo("cron starts it again when the machine restarts (@reboot).")
    click.echo(f"Logs: {chosen.log_command()}")
    click.echo("Status: followup service status")
    if report.started:
        click.echo("You will be told when drafts wait; approve them with `followup review`.")


@command.command("uninstall")
@click.option("--no-stop", is_flag=True, help="Only remove the file; do not stop the service.")
@kind_option
def uninstall(no_stop: bool, kind: str | None) -> None:
    """Stop the service and remove its file."""
    chosen = autostart.installed(kind)
    report = autostart.uninstall(chosen, stop=not no_stop)
    if not report.removed:
        click.echo(f"Not installed (no {chosen.path}).")
        return
    for line, output in report.ran:
        click.echo(f"  $ {line}" + (f"  ({output})" if output else ""))
    if report.stopped_pid:
        click.echo(f"Stopped followup run (pid {report.stopped_pid}).")
    click.echo(f"Removed {chosen.path}")
    if no_stop:
        click.echo("Not stopped (--no-stop); a running copy keeps running until you stop it:")
        for line in report.pending:
            click.echo(f"  {line}")


@command.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@kind_option
def status(as_json: bool, kind: str | None) -> None:
    """Whether the service is installed, enabled and running."""
    app = get_app()
    chosen = autostart.installed(kind)
    info = autostart.status(chosen)
    if as_json:
        emit_json(info)
        return
    if info["installed"]:
        click.echo(f"Installed: {chosen.path}")
        if info["command"]:
            click.echo(f"  runs: {autostart.shell_line(info['command'])}")
        if info["current_python"] is False:
            click.echo(
                "  note: it runs another Python than this followup; "
                "`followup service install` again to update it"
            )
    else:
        click.echo(f"Not installed ({chosen.path} does not exist).")
    if info["enabled"] is not None:
        click.echo(f"Enabled: {info['enabled']}")
    if info["active"] is not None:
        click.echo(f"Active: {info['active']}")
    if info["in_crontab"] is not None:
        click.echo(f"In your crontab: {'yes' if info['in_crontab'] else 'no'}")
    if info["manager"]:
        click.echo(f"Service manager: {info['manager']}.")
    pid = info["running_pid"]
    click.echo(
        f"followup run: running (pid {pid}) on {app.home}"
        if pid
        else f"followup run: not running on {app.home}"
    )
    if info["installed"]:
        click.echo(f"Logs: {info['logs']}")
