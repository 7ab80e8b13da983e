"""The bundled demo: a small sample mailbox and the whole flow run over it.

The sample lives in ``assistant/demo/mailbox/<folder>/*.eml`` (package data, plain
folder names, so packaging tools keep them); :func:`build_maildir` turns it into a real
Maildir (``cur/ new/ tmp/`` plus ``.Sent``) inside the demo's home, and
:func:`run` scans it with the ordinary scanner and plans with the ordinary
planner, at a fixed ``now`` that makes some follow-ups due. No account, no
network, and nothing written outside the home it is given.

The messages are fictitious, written for this project: the companies, people and
domains (``*.example``, ``example.net``) do not exist.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import FollowupError

if TYPE_CHECKING:
    from assistant.adapters.settings import Settings
    from assistant.adapters.store import Store
    from assistant.app.scanning import ScanReport
    from assistant.app.service import PlanReport

#: the moment the demo pretends it is: a Monday morning, two to three weeks after most
#: of the sample applications, four days after the most recent one.
DEMO_NOW = datetime(2025, 3, 24, 9, 30, tzinfo=UTC)
DEMO_ACCOUNT = "demo"
DEMO_EMAIL = "sam.rivera@example.net"
DEMO_NAME = "Sam Rivera"
#: a file that marks a directory as a demo home (so a rerun may reuse it)
MARKER = ".followup-demo"
MAILDIR_NAME = "sample-mailbox"
#: sample folder -> Maildir++ subfolder ("" is the top level, INBOX); Sent first, as the
#: scanner reads it
FOLDERS = {"Sent": ".Sent", "INBOX": ""}


@dataclass(frozen=True)
class SampleMessage:
    """One sample message and what the scan made of it."""

    folder: str
    name: str
    sender: str
    subject: str
    message_id: str | None
    kind: str | None = None  # None: not fetched (the header screen saw no job mail)
    application_id: int | None = None
    reasons: tuple[str, ...] = ()


@dataclass
class DemoRun:
    """What :func:`run` did; ``store`` stays open for the caller to read (and close)."""

    home: Path
    maildir: Path
    now: datetime
    store: Store
    scan: ScanReport
    plan: PlanReport
    settings: Settings
    messages: list[SampleMessage] = field(default_factory=list)


def sample_files() -> list[tuple[str, str, bytes]]:
    """``(folder, file name, bytes)`` of every sample message, in delivery order."""
    root = resources.files("assistant.demo").joinpath("mailbox")
    found: list[tuple[str, str, bytes]] = []
    for folder in FOLDERS:
        entries = sorted(
            (entry for entry in root.joinpath(folder).iterdir() if entry.name.endswith(".eml")),
            key=lambda entry: entry.name,
        )
        found.extend((folder, entry.name, entry.read_bytes()) for entry in entries)
    if not found:
        raise FollowupError("the demo's sample mailbox is missing from this installation")
    return found


def build_maildir(target: Path) -> Path:
    """Write the sample mailbox as a Maildir at ``target`` (replacing an earlier copy)."""
    if target.exists():
        shutil.rmtree(target)
    for sub in FOLDERS.values():
        for part in ("cur", "new", "tmp"):
            (target / sub / part).mkdir(parents=True, exist_ok=True)
    for number, (folder, name, data) in enumerate(sample_files(), start=1):
        # Maildir names: unique, sortable (the local source numbers them in name order),
        # ":2,S" = already seen
        stem = name.removesuffix(".eml")
        (target / FOLDERS[folder] / "cur" / f"{number:04d}.{stem}.demo:2,S").write_bytes(data)
    return target


def demo_settings() -> Settings:
    """The demo user's settings, built in code (no config file is read)."""
    from assistant.adapters.settings import Settings

    return Settings.model_validate(
        {
            "accounts": {
                DEMO_ACCOUNT: {
                    "default": True,
                    "email": DEMO_EMAIL,
                    "display_name": DEMO_NAME,
                    # never contacted: the demo scans a local Maildir and sends nothing
                    "imap": {"host": "imap.example.net"},
                    "smtp": {"host": "smtp.example.net"},
                }
            },
            "profile": {
                "name": DEMO_NAME,
                "phone": "+1 555 0100",
                "linkedin": "https://www.linkedin.com/in/sam-rivera-example",
            },
            "policy": {"follow_up_after_days": 7, "timezone": "UTC"},
        }
    )


def prepare_home(home: Path) -> Path:
    """Make ``home`` ready: new, empty, or an earlier demo's home; anything else is refused.

    The refusal protects real state: ``--home ~/.local/share/followup`` must not
    mix sample applications into the user's own records.
    """
    home = home.expanduser().absolute()
    if home.exists():
        if not home.is_dir():
            raise FollowupError(f"{home} is not a directory")
        if any(home.iterdir()) and not (home / MARKER).exists():
            raise FollowupError(
                f"{home} is not empty and was not made by `followup demo`",
                hint="give a new or empty directory, or leave out --home",
            )
    home.mkdir(parents=True, exist_ok=True)
    (home / MARKER).write_text("made by `followup demo`; safe to delete\n", encoding="utf-8")
    return home


def run(home: Path, *, now: datetime = DEMO_NOW, settings: Settings | None = None) -> DemoRun:
    """Scan the sample mailbox into ``home`` and plan, as if it were ``now``."""
    from assistant.adapters import paths
    from assistant.adapters.sources.local import MaildirSource
    from assistant.adapters.store import Store
    from assistant.app import service

    settings = settings or demo_settings()
    maildir = build_maildir(home / MAILDIR_NAME)
    store = Store.open(paths.database_path(home))
    try:
        source = MaildirSource(maildir, account=f"demo:{DEMO_EMAIL}")
        scan_report = service.scan(store, source, now=now, since=None, own=[DEMO_EMAIL])
        plan_report = service.plan(
            store,
            settings,
            now=now,
            account=DEMO_ACCOUNT,
            # a folder that does not exist: the packaged templates, never the user's own
            template_dir=home / "templates",
        )
        messages = _what_became_of(store)
    except BaseException:
        store.close()
        raise
    return DemoRun(home, maildir, now, store, scan_report, plan_report, settings, messages)


def _what_became_of(store: Store) -> list[SampleMessage]:
    from assistant.core.parse import parse

    found = []
    for folder, name, data in sample_files():
        message = parse(data)
        row: dict[str, Any] | None = None
        if message.message_id:
            row = store.find_message_by_id(message.message_id)
        reasons: tuple[str, ...] = ()
        if row and isinstance(row.get("reasons"), str):
            reasons = tuple(json.loads(row["reasons"]))
        found.append(
            SampleMessage(
                folder=folder,
                name=name,
                sender=str(message.sender) if message.sender else "",
                subject=message.subject,
                message_id=message.message_id,
                kind=row["kind"] if row else None,
                application_id=row["application_id"] if row else None,
                reasons=reasons,
            )
        )
    return found
