"""Shared by the web tests: a home filled by a real scan of the demo mailbox plus a hostile mail."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.adapters.sources.local import MaildirSource
from assistant.app import demo, service

FIXTURES = Path(__file__).parent / "fixtures" / "web"
HOSTILE = FIXTURES / "hostile-confirmation.eml"
HOSTILE_COMPANY = "Nightjar Systems"


def add_hostile(maildir: Path) -> Path:
    """Put the hostile confirmation into the Maildir's INBOX (last in name order)."""
    target = maildir / "cur" / "9999.hostile.test:2,S"
    shutil.copyfile(HOSTILE, target)
    return target


def filled_home(home: Path) -> Path:
    """The demo scanned and planned into ``home``, then the hostile mail scanned in too."""
    home = demo.prepare_home(home)
    result = demo.run(home, now=demo.DEMO_NOW)
    try:
        add_hostile(result.maildir)
        source = MaildirSource(result.maildir, account=f"demo:{demo.DEMO_EMAIL}")
        service.scan(result.store, source, now=demo.DEMO_NOW, since=None, own=[demo.DEMO_EMAIL])
    finally:
        result.store.close()
    return home
