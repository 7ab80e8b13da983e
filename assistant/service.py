"""Use cases that wire the pure core to the adapters.

The CLI and the daemon call these; they take the store, the settings and ``now``
as arguments and never print. Each returns a small report the caller shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.scanning import Scanner, ScanReport
from assistant.sources.base import MailSource
from assistant.store import Store

if TYPE_CHECKING:
    from assistant.config import Settings

DEFAULT_SINCE_DAYS = 90


def scan_window(since: str | None, now: datetime, settings: Settings | None) -> date | None:
    """The date a first scan starts from: ``--since`` (a date or 'all'), else the config."""
    if since is not None:
        if since.strip().lower() == "all":
            return None
        return date.fromisoformat(since.strip())
    days = DEFAULT_SINCE_DAYS
    if settings is not None:
        days = settings.scan.since_days
    return (now - timedelta(days=days)).date()


def open_source(
    settings: Settings | None,
    *,
    maildir: Path | None = None,
    mbox: Path | None = None,
    account: str | None = None,
) -> MailSource:
    """The mail source a scan reads: a local Maildir/mbox, or the configured account."""
    if maildir is not None:
        from assistant.sources.local import MaildirSource

        return MaildirSource(maildir, account=f"maildir:{Path(maildir).resolve()}")
    if mbox is not None:
        from assistant.sources.local import MboxSource

        return MboxSource(mbox, account=f"mbox:{Path(mbox).resolve()}")
    if settings is None:
        raise ValueError("settings are needed to scan an IMAP account")
    from assistant.connections import open_imap
    from assistant.sources.imap import ImapSource

    name, config = settings.account_named(account)
    return ImapSource(
        name,
        lambda: open_imap(config),
        folders=config.imap.folders,
    )


def own_addresses(settings: Settings | None) -> list[str]:
    if settings is None:
        return []
    return [a.email for a in settings.accounts.values()]


def scan(
    store: Store,
    source: MailSource,
    *,
    now: datetime,
    since: date | None,
    own: list[str],
    progress: Callable[[str, int, int], None] | None = None,
) -> ScanReport:
    """One incremental scan of ``source`` into ``store``."""
    scanner = Scanner(store, own_addresses=own, now=now, progress=progress)
    try:
        return scanner.scan(source, since=since)
    finally:
        source.close()
