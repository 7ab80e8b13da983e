"""Use cases that wire the pure core to the adapters.

The CLI and the daemon call these; they take the store, the settings and ``now``
as arguments and never print. Each returns a small report the caller shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.adapters.sources.base import MailSource
from assistant.adapters.store import Store
from assistant.app.composing import compose
from assistant.app.cycle import CycleResult
from assistant.app.progress import ProgressLines
from assistant.app.scanning import Scanner, ScanReport
from assistant.app.unsure import with_unsure
from assistant.app.user import own_addresses, own_names, policy_of
from assistant.core.drafts import AWAITING_APPROVAL, Draft

if TYPE_CHECKING:
    from assistant.adapters.settings import Settings
    from assistant.app.understanding import Worker
    from assistant.core.models import Application
    from assistant.core.plan import Decision

log = logging.getLogger(__name__)

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
        from assistant.adapters.sources.local import MaildirSource

        return MaildirSource(maildir, account=f"maildir:{Path(maildir).resolve()}")
    if mbox is not None:
        from assistant.adapters.sources.local import MboxSource

        return MboxSource(mbox, account=f"mbox:{Path(mbox).resolve()}")
    if settings is None:
        raise ValueError("settings are needed to scan an IMAP account")
    from assistant.adapters.connections import open_imap
    from assistant.adapters.sources.imap import ImapSource

    name, config = settings.account_named(account)
    return ImapSource(
        name,
        lambda: open_imap(config),
        folders=config.imap.folders,
    )


def scan(
    store: Store,
    source: MailSource,
    *,
    now: datetime,
    since: date | None,
    own: list[str],
    progress: Callable[[str, int, int], None] | None = None,
    backfill: bool = False,
    settings: Settings | None = None,
    names: Sequence[str] = (),
    worker: Worker | None = None,
) -> ScanReport:
    """One incremental scan of ``source`` into ``store`` (``backfill``: see Scanner.scan);
    with ``settings``, every application's next step is decided again after it.
    ``names``: the user's own (by default from ``settings``); ``worker``: see Scanner."""
    names = names or own_names(settings)
    scanner = Scanner(
        store, own_addresses=own, own_names=names, now=now, progress=progress, worker=worker
    )
    try:
        report = scanner.scan(source, since=since, backfill=backfill)
    finally:
        source.close()
    if settings is not None:
        decide_all(store, settings, now)
    return report


@dataclass
class PlanReport:
    """What one planning run decided and drafted."""

    decided: int = 0
    due: int = 0
    created: list[int] = field(default_factory=list)
    existing: int = 0
    withheld: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def plan(
    store: Store,
    settings: Settings,
    *,
    now: datetime,
    account: str | None = None,
    template_dir: Path | None = None,
) -> PlanReport:
    """Decide what is due for every application and create the drafts that are missing.

    Running it twice creates nothing twice: each draft has a ``plan_key``
    (application, channel, which follow-up), and a key that exists is skipped
    (also when the user discarded that draft).
    """
    account_name, account_config = settings.account_named(account)
    report = PlanReport()
    with store.transaction():
        for application, decision in decide_all(store, settings, now):
            report.decided += 1
            if not decision.is_due:
                continue
            report.due += 1
            if decision.channel == "networking":
                report.withheld.append(application.id)
            plan_key = decision.plan_key
            if store.draft_by_plan_key(plan_key) is not None:
                report.existing += 1
                continue
            draft = compose(
                store,
                settings,
                decision,
                application,
                account_config,
                now=now,
                template_dir=template_dir,
            )
            draft_id = store.add_draft(
                now,
                plan_key=plan_key,
                application_id=application.id,
                channel=decision.channel,
                status="needs_recipient" if decision.needs_recipient else "pending",
                account=account_name,
                to_email=draft.to.email if draft.to else None,
                to_name=draft.to.name if draft.to else None,
                subject=draft.subject,
                body=draft.body,
                in_reply_to=draft.in_reply_to,
                references=list(draft.references),
                message_id=draft.message_id,
                template=draft.template,
                reason=decision.reason,
            )
            if draft_id is None:
                report.existing += 1
            else:
                report.created.append(draft_id)
    return report


def decide_all(
    store: Store, settings: Settings, now: datetime
) -> list[tuple[Application, Decision]]:
    """Decide the next step of every application and keep it (what ``apps show`` says).

    ``plan`` drafts from these; ``scan``, ``send`` and the draft commands call it
    too, so the next step shown follows mail, sends and the user's moves at once.
    """
    from assistant.core import plan as planner

    applications = {a.id: a for a in with_unsure(store, store.applications())}
    decided = []
    with store.transaction():
        for decision in planner.plan(applications.values(), policy_of(settings), now):
            store.save_decision(
                decision.application_id,
                decision.action,
                decision.channel,
                decision.due_at,
                decision.reason,
                now,
            )
            decided.append((applications[decision.application_id], decision))
    return decided


def make_cycle(
    store: Store, settings: Settings, *, account: str, now: Callable[[], datetime]
) -> Callable[[], CycleResult]:
    """One daemon cycle: an incremental scan of ``account``, then planning."""

    def cycle() -> CycleResult:
        moment = now()
        source = open_source(settings, account=account)
        scanned = scan(
            store,
            source,
            now=moment,
            since=scan_window(None, moment, settings),
            own=own_addresses(settings),
            names=own_names(settings),
            progress=ProgressLines(log.info),
        )
        for change in scanned.changes:  # what is new, by company and role
            log.info("%s", change.line)
        if scanned.failures:  # their applications wait until the user has read them
            log.warning(
                "%d message(s) could not be read: `followup scan --failures` lists them",
                scanned.failures,
            )
        if scanned.drafts_held:  # approved, and now waiting for the user's word again
            log.warning(
                "%d approved draft(s) held: mail came after the approval "
                "(`followup drafts list` says why)",
                scanned.drafts_held,
            )
        planned = plan(store, settings, now=moment, account=account)
        return CycleResult(
            new_messages=scanned.seen,
            new_drafts=len(planned.created),
            held_drafts=scanned.drafts_held,
            summary=(
                f"{scanned.seen} new messages, {scanned.created} new applications, "
                f"{scanned.updated} updates, {len(planned.created)} new drafts"
            ),
        )

    return cycle


@dataclass(frozen=True)
class PlanRow:
    """One application's next step, as ``plan`` and the demo show it."""

    application_id: int
    company: str | None
    role: str | None
    status: str
    action: str
    channel: str | None
    due_at: str | None
    reason: str
    draft_id: int | None
    draft_status: str | None
    new_draft: bool

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def plan_view(store: Store, created: Sequence[int] = ()) -> list[PlanRow]:
    """Every application with a decision, in id order, with its latest draft.

    ``created``: the ids of the drafts the planning run just made (marked new).
    """
    latest: dict[int, Draft] = {}
    for draft in store.drafts():
        if draft.application_id is not None:
            latest[draft.application_id] = draft
    rows: list[PlanRow] = []
    for application in sorted(store.application_rows(), key=lambda r: r["id"]):
        decision = store.decision(application["id"])
        if decision is None:
            continue
        newest = latest.get(application["id"])
        rows.append(
            PlanRow(
                application_id=application["id"],
                company=application["company"],
                role=application["role"],
                status=application["status"],
                action=decision["action"],
                channel=decision["channel"],
                due_at=decision["due_at"],
                reason=decision["reason"],
                draft_id=newest.id if newest else None,
                draft_status=newest.status.value if newest else None,
                new_draft=bool(newest and newest.id in created),
            )
        )
    return rows


@dataclass(frozen=True)
class PlanScreen:
    """What ``plan`` shows: the rows that are new or due, and a count of the rest."""

    rows: list[PlanRow]
    hidden: dict[str, int]

    @property
    def summary(self) -> str:
        """One line for the rows not shown ('' when every row is shown)."""
        words = {
            "wait": "waiting",
            "suggest": "old when first seen (a suggestion, no draft)",
            "none": "with nothing to do",
        }
        # a fixed order (the words', then any other action by name), not the rows' order
        order = [*words, *sorted(set(self.hidden) - set(words))]
        parts = [f"{self.hidden[a]} {words.get(a, a)}" for a in order if self.hidden.get(a)]
        if not parts:
            return ""
        total = sum(self.hidden.values())
        return (
            f"{total} more application{'s' if total != 1 else ''}: {', '.join(parts)}; "
            "`followup plan --all` lists them."
        )


def plan_screen(rows: Sequence[PlanRow], *, everything: bool = False) -> PlanScreen:
    """The first plan fits on a screen: drafts made now and follow-ups due, then one
    summary line for the applications waiting, old or done (all of them with ``everything``)."""
    from assistant.core.plan import DUE_ACTIONS

    if everything:
        return PlanScreen(list(rows), {})
    shown = [r for r in rows if r.new_draft or r.action in DUE_ACTIONS]
    hidden: dict[str, int] = {}
    for row in rows:
        if row not in shown:
            hidden[row.action] = hidden.get(row.action, 0) + 1
    return PlanScreen(shown, hidden)


def make_notifier(
    store: Store, settings: Settings, *, account: str
) -> Callable[[CycleResult], None]:
    """Tell the user that drafts wait (held ones too): desktop notification, and the
    digest mail if enabled."""
    from assistant.adapters import notify

    def notifier(result: CycleResult) -> None:
        waiting = store.drafts(list(AWAITING_APPROVAL))
        if not waiting:
            return
        summary = notify.waiting_summary(waiting)
        if settings.notify.desktop:
            notify.desktop("followup", summary)
        if settings.notify.url:
            try:
                notify.post_counts(settings.notify.url, waiting)
            except OSError as exc:  # the service goes on; the next cycle tries again
                log.warning("could not post to notify.url: %s", exc)
        if settings.notify.digest_email:
            from assistant.adapters.connections import open_smtp

            _, config = settings.account_named(account)
            message = notify.digest_message(
                waiting, address=config.email, display_name=config.display_name or ""
            )
            smtp = open_smtp(config)
            try:
                # the envelope names the user alone, whatever the headers hold
                smtp.send_message(message, from_addr=config.email, to_addrs=[config.email])
            finally:
                smtp.quit()

    return notifier


def lock_path(home: Path) -> Path:
    """The lock that keeps `followup run` to one instance per state dir."""
    from assistant.adapters import paths

    return paths.lock_path(home)


def idle_connection(settings: Settings, *, account: str) -> tuple[Callable[[], Any], str]:
    """(connect, folder) for the service's IMAP IDLE: the account's first scanned folder."""
    from assistant.adapters.connections import open_imap

    _, config = settings.account_named(account)
    folder = config.imap.folders[0] if config.imap.folders else "INBOX"
    return (lambda: open_imap(config)), folder
