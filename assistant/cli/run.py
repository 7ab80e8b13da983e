"""`followup run`: the background service."""

from __future__ import annotations

import logging

import click

from assistant.cli.context import get_app

log = logging.getLogger("followup.run")


@click.command("run")
@click.option(
    "--interval",
    type=click.IntRange(min=1),
    default=300,
    show_default=True,
    help="Seconds between scans (new mail comes sooner where the server has IDLE).",
)
@click.option("--account", help="Account to watch (default: the default one).")
@click.option("--no-idle", is_flag=True, help="Do not use IMAP IDLE; only scan on the schedule.")
def command(interval: int, account: str | None, no_idle: bool) -> int:
    """Scan and plan on a schedule until stopped (SIGTERM or Ctrl-C).

    One instance at a time. Logs go to stderr, one line per event. Nothing is
    ever sent from here: new drafts wait for your approval, and you are told
    (desktop notification, or a digest mail if [notify] digest_email = true).
    """
    from assistant.app import service
    from assistant.daemon import Daemon, imap_idle, single_instance

    app = get_app()
    settings = app.settings
    name, _config = settings.account_named(account)
    with single_instance(service.lock_path(app.home)):
        cycle = service.make_cycle(app.store, settings, account=name, now=app.now)
        watch = None
        if not no_idle:
            connect, folder = service.idle_connection(settings, account=name)

            def watch():  # noqa: ANN202 - a context manager factory
                return imap_idle(connect, folder)

        daemon = Daemon(
            cycle,
            interval=interval,
            watch=watch,
            notify=service.make_notifier(app.store, settings, account=name),
        )
        daemon.install_signal_handlers()
        return daemon.run()
