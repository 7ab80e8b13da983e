"""What a ``followup send`` run reports, the pace it keeps (daily cap, spacing), dry runs."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout

from assistant.adapters.smtp import one_line
from assistant.adapters.store import Store
from assistant.app import approval, holds, push
from assistant.app.approval import recipient_text
from assistant.app.message import build_message, message_bytes
from assistant.app.ruled_out import NOT_SENT
from assistant.core import drafts as machine
from assistant.core.drafts import Draft, DraftStatus
from assistant.core.stored_time import moment
from assistant.errors import ConfigError, LockError

if TYPE_CHECKING:
    from assistant.adapters.settings import AccountSettings, Settings


@dataclass
class SendResult:
    """What happened to one draft in a ``send`` run."""

    draft_id: int
    #: sent | failed | unknown | skipped | discarded | held | would_send | would_discard
    #: | would_hold
    status: str
    to: str
    subject: str
    message_id: str | None = None
    detail: str = ""
    attempts: int = 0
    path: Path | None = None


@dataclass
class SendReport:
    results: list[SendResult] = field(default_factory=list)
    #: drafts found in ``sending`` at start (a send died): now ``unknown``.
    recovered: list[int] = field(default_factory=list)
    #: unknown drafts found in the Sent folder: now ``sent``.
    settled: list[int] = field(default_factory=list)
    #: drafts whose outcome is still unknown (need the user's decision).
    unknown: list[int] = field(default_factory=list)
    #: drafts held, not sent (mail came after their approval): ``{"id", "why"}`` each.
    held: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: problems that stopped sending from an account (login refused, server unreachable).
    errors: list[str] = field(default_factory=list)
    dry_run_dir: Path | None = None

    @property
    def ok(self) -> bool:
        """False when, in this run, a draft failed or turned out to have an unknown outcome
        (including one left ``sending`` by a send that died), or an account could not send.

        Drafts that were already ``unknown`` before this run are reported in
        :attr:`unknown` but do not fail every later run.
        """
        if self.errors or self.recovered:
            return False
        return not any(r.status in ("failed", "unknown") for r in self.results)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def held_elsewhere(self) -> list[dict[str, Any]]:
        """The held drafts this run's results do not tell of (held by a scan, not here)."""
        told = {r.draft_id for r in self.results}
        return [held for held in self.held if held["id"] not in told]

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "results": [
                {
                    "id": r.draft_id,
                    "status": r.status,
                    "to": r.to,
                    "subject": r.subject,
                    "message_id": r.message_id,
                    "detail": r.detail,
                    "attempts": r.attempts,
                    "path": str(r.path) if r.path else None,
                }
                for r in self.results
            ],
            "recovered": self.recovered,
            "settled": self.settled,
            "unknown": self.unknown,
            "held": self.held,
            "held_elsewhere": self.held_elsewhere,
            "notes": self.notes,
            "warnings": self.warnings,
            "errors": self.errors,
            "dry_run_dir": str(self.dry_run_dir) if self.dry_run_dir else None,
        }


@contextlib.contextmanager
def send_lock(home: Path) -> Iterator[None]:
    """One ``followup send`` at a time (a lock file in the state dir)."""
    home.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(home / "send.lock"), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise LockError(
            "another `followup send` is running", hint=f"lock file {home / 'send.lock'}"
        ) from None
    try:
        yield
    finally:
        lock.release()


def result_of(draft: Draft, status: str, detail: str, **extra: Any) -> SendResult:
    return SendResult(
        draft_id=draft.id,
        status=status,
        to=recipient_text(draft),
        subject=draft.subject,
        message_id=draft.message_id,
        detail=detail,
        **extra,
    )


def stop_before_sending(
    store: Store, draft: Draft, now: datetime, account: str
) -> SendResult | None:
    """What must not go out, settled in the transaction of the move to ``sending``:
    held (mail came after the approval), discarded (the application rules email out)
    or failed (the draft's own problems); None when the approved draft may go."""
    held, blocked, found = approval.sending_checks(store, draft)
    if held:
        holds.hold(store, draft, now, held)
        return result_of(draft, "held", f"not sent, held: {held}")
    if blocked:
        store.apply(machine.discard(draft, now, NOT_SENT + blocked, account=account))
        return result_of(draft, "discarded", f"not sent, discarded: {blocked}")
    if found:
        return fail(store, draft, now, account, "; ".join(found), attempts=0)
    return None


def fail(
    store: Store, draft: Draft, now: datetime, account: str, error: str, attempts: int
) -> SendResult:
    """The draft cannot go out as it is: ``failed`` with the reason."""
    store.apply(machine.fail(draft, now, error, account=account))
    return result_of(draft, "failed", error, attempts=attempts)


def dry_run(
    store: Store,
    settings: Settings,
    drafts: Iterable[Draft],
    target: Path,
    now: datetime,
    attachment: Path | None,
    report: SendReport,
) -> SendReport:
    """What a real send would do with the approved ``drafts``, as ``.eml`` files in
    ``target``; nothing is sent and nothing in the store changes."""
    for draft in store.drafts([DraftStatus.SENDING]):
        report.notes.append(
            f"draft {draft.id} is in `sending`: a real send would mark it outcome unknown"
        )
    report.dry_run_dir = target
    wanted = sorted(drafts, key=lambda d: d.id)
    if not wanted:
        return report
    target.mkdir(parents=True, exist_ok=True)
    for draft in wanted:
        try:
            config = settings.account(push.account_of(settings, draft))
        except ConfigError as exc:
            report.results.append(result_of(draft, "failed", one_line(exc)))
            continue
        report.results.append(_dry_run_one(store, draft, config, target, now, attachment))
    return report


def _dry_run_one(
    store: Store,
    draft: Draft,
    config: AccountSettings,
    target: Path,
    now: datetime,
    attachment: Path | None,
) -> SendResult:
    """What a real send would do with ``draft``; writes the message to ``target`` as .eml."""
    held, blocked, found = approval.sending_checks(store, draft)
    if held:
        return result_of(draft, "would_hold", f"would not send, would hold: {held}")
    if blocked:
        return result_of(draft, "would_discard", f"would not send, would discard: {blocked}")
    if found:
        return result_of(draft, "failed", "; ".join(found))
    try:
        data = message_bytes(build_message(draft, config, when=now, attachment=attachment))
    except Exception as exc:  # DraftError, what MIME cannot encode
        return result_of(draft, "failed", one_line(exc))
    path = target / f"draft-{draft.id}.eml"
    path.write_bytes(data)
    would = "would send" if config.smtp is not None else "would not send (no [smtp] section)"
    return result_of(draft, "would_send", f"{would} from {config.email}", path=path)


def limits(
    audit: Iterable[Mapping[str, Any]], account: str, now: datetime, daily_cap: int, spacing: int
) -> tuple[str, str, float] | None:
    """("cap"|"spacing", note, seconds to wait) when a send must not happen now.

    The cap counts this account's sends (audit action ``sent``) in the last 24
    hours (a rolling day, so a burst late in the evening does not double up
    after midnight).
    """
    sent = [
        at
        for entry in audit
        if entry["action"] == "sent"
        and entry.get("account") == account
        and (at := moment(entry["at"])) is not None
    ]
    if daily_cap <= 0:  # 0 pauses sending; it never means "no limit"
        return ("cap", "daily_cap = 0 pauses sending from this account", 0.0)
    recent = sorted(at for at in sent if at > now - timedelta(hours=24))
    if len(recent) >= daily_cap:
        free_at = recent[len(recent) - daily_cap] + timedelta(hours=24)
        return ("cap", f"next send possible after {free_at:%Y-%m-%d %H:%M} UTC", 0.0)
    if spacing > 0 and sent:
        next_at = max(sent) + timedelta(seconds=spacing)
        if next_at > now:
            seconds = (next_at - now).total_seconds()
            return ("spacing", f"next send possible at {next_at:%H:%M:%S} UTC", seconds)
    return None


def left_for_later(
    report: SendReport, rest: Sequence[Draft], account: str, smtp: Any, kind: str, note: str
) -> None:
    """Report the approved drafts that the daily cap (``kind`` "cap") or the minimum
    spacing (see :func:`limits`) leaves for a later run."""
    if kind == "cap":
        report.notes.append(
            f"daily cap of {smtp.daily_cap} sends from {account} reached: "
            f"{len(rest)} approved draft(s) left for later ({note})"
        )
        report.results.extend(result_of(d, "skipped", "daily cap reached") for d in rest)
    else:
        report.notes.append(spacing_note(smtp.min_spacing_seconds, len(rest), note))
        report.results.extend(result_of(d, "skipped", "minimum spacing") for d in rest)


def spacing_note(spacing: int, left: int, when: str) -> str:
    """Why approved drafts were left for later, and what ``--wait`` does about it."""
    return (
        f"minimum spacing of {spacing}s between sends (smtp.min_spacing_seconds: no burst "
        f"of mail that looks like spam): {left} approved draft(s) left for later ({when}); "
        "`followup send --wait` waits and sends them now"
    )


def waiting_line(delay: float, draft_id: int, account: str, smtp: Any) -> str:
    """What ``send --wait`` says before each pause."""
    return (
        f"waiting {delay:.0f} s before draft {draft_id}: sends from {account} are spaced "
        f"{smtp.min_spacing_seconds} s apart (smtp.min_spacing_seconds)"
    )
