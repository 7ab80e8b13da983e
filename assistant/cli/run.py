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
    from assistant.adapters import paths
    from assistant.app import service
    from assistant.daemon import Daemon, imap_idle, single_instance

    app = get_app()
    settings = app.settings
    name, config = settings.account_named(account)
    with single_instance(paths.lock_path(app.home)):
        cycle = service.make_cycle(app.store, settings, account=name, now=app.now)
        watch = None
        if not no_idle:
            from assistant.adapters.connections import open_imap

            folder = config.imap.folders[0] if config.imap.folders else "INBOX"

            def watch():  # noqa: ANN202 - a context manager factory
                return imap_idle(lambda: open_imap(config), folder)

        daemon = Daemon(
            cycle,
            interval=interval,
            watch=watch,
            notify=service.make_notifier(app.store, settings, account=name),
        )
        daemon.install_signal_handlers()
        return daemon.run()
