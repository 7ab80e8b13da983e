"""``followup send``: approved drafts go out exactly once; dry runs; the unknown settled.

The moves of an email draft are those of :mod:`assistant.core.drafts`; this
module drives the lower part::

    approved --(start_sending, committed BEFORE the SMTP transaction)--> sending
        |                                                                   |
        +--> held, never sent: mail about the application came after the    |
        |    approval (app/holds.py); or discarded: the application rules    |
        |    email out now (checked in the compare-and-set's transaction)    |
                                                                            |
        +-------------------------+-----------------------------------------+
        | 250 after DATA          | 5xx; or 4xx / network error  | reply lost after the message
        v                         | before the message was       | was handed over; or the process
      sent (+ sent_at, audit)     | handed over, retries used up | died (draft found in `sending`
                                  v                              v  when the next send starts)
                                failed (error = server's words)  unknown, never resent on its own:
                                   found in Sent by Message-ID (reconcile) -> sent
                                   drafts approve ID --resend              -> approved
                                   drafts mark-sent ID / drafts discard ID -> sent / discarded

``sending`` is committed before the SMTP transaction starts and ``sent`` right
after the server's 250, so a crash in between leaves the draft in ``sending``.
The next :meth:`Outbox.send` (which holds a lock, so no other send is running)
turns every ``sending`` draft into ``unknown`` and never sends it again on its
own: a second copy in a recruiter's inbox is worse than a question to the user.

The SMTP and IMAP openers are constructor arguments (defaulting to
:mod:`assistant.adapters.connections`) so tests can count connections while
talking to real servers.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.adapters.smtp import LazyConnection, Permanent, Temporary, Unknown, plain, transact
from assistant.adapters.smtp import one_line as error_line
from assistant.adapters.store import Store
from assistant.app import approval, push, retry, sent_folder, service
from assistant.app.message import build_message, message_bytes, new_message_id, resume_of
from assistant.app.sending import (
    SendReport,
    SendResult,
    dry_run,
    fail,
    left_for_later,
    limits,
    result_of,
    send_lock,
    stop_before_sending,
    waiting_line,
)
from assistant.core import drafts as machine
from assistant.core.draft_checks import problems
from assistant.core.drafts import Draft, DraftStatus
from assistant.errors import (
    AuthError,
    ConfigError,
    DraftError,
    MailError,
    SecretError,
    TLSError,
)

if TYPE_CHECKING:
    from assistant.adapters.settings import AccountSettings, Settings

log = logging.getLogger(__name__)

OpenSmtp = Callable[["AccountSettings"], Any]
OpenImap = Callable[["AccountSettings"], Any]


class _StopAccount(Exception):
    """Sending from this account cannot go on (login refused, server unreachable)."""


def _retryable(exc: BaseException) -> bool:
    """A 4xx before the message was handed over, or a transient network error."""
    return isinstance(exc, Temporary) or (
        isinstance(exc, (MailError, OSError)) and retry.is_transient(exc)
    )


class Outbox:
    """Sends approved drafts, pushes drafts to the Drafts folder, writes dry runs."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        home: Path | None = None,
        open_smtp: OpenSmtp | None = None,
        open_imap: OpenImap | None = None,
        clock: Callable[[], datetime] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        policy: retry.Policy = retry.SEND,
        announce: Callable[[str], None] | None = None,
    ) -> None:
        from assistant.adapters import paths

        self.store = store
        self.settings = settings
        self.home = home or paths.home_dir()
        self._open_smtp = open_smtp or _default_open_smtp
        self._open_imap = open_imap or _default_open_imap
        self._clock = clock or (lambda: datetime.now(UTC))
        self._sleep = sleep
        self.policy = policy
        #: tells the user, as it happens, that a temporary failure is tried again
        self._announce = announce or log.warning

    def now(self) -> datetime:
        return self._clock()

    def attachment(self) -> Path | None:
        """The résumé every email draft carries (``profile.resume``), as drafting does."""
        return resume_of(self.settings.profile)

    def _message(self, draft: Draft, config: AccountSettings) -> bytes:
        return message_bytes(
            build_message(draft, config, when=self.now(), attachment=self.attachment())
        )

    # -- the Drafts folder ---------------------------------------------------------------

    def push(
        self,
        draft_ids: Sequence[int] | None = None,
        *,
        account: str | None = None,
        include_no_recipient: bool = False,
    ) -> list[push.PushResult]:
        """See :func:`assistant.app.push.push_drafts`."""
        return push.push_drafts(
            self.store,
            self.settings,
            self._open_imap,
            self.now,
            draft_ids,
            account=account,
            attachment=self.attachment(),
            include_no_recipient=include_no_recipient,
        )

    # -- sending -----------------------------------------------------------------------

    def send(
        self,
        *,
        account: str | None = None,
        dry_run: bool = False,
        out_dir: Path | None = None,
        wait: bool = False,
    ) -> SendReport:
        """Send every approved email draft (of ``account``, or of all accounts) once.

        ``dry_run`` sends nothing, changes nothing and writes ``.eml`` files.
        ``wait`` sleeps to honour the minimum spacing instead of leaving the rest
        for the next run. Returns a report; raises only for problems that stop
        the whole run (another send running, SMTP login refused).
        """
        report = SendReport()
        if account is not None:
            self.settings.account(account)  # an unknown name is a ConfigError now
        if dry_run:
            return self._dry_run(account, out_dir, report)
        with send_lock(self.home):
            self._recover(report)
            self._reconcile_at_start(account, report)
            for name, drafts in self._approved_by_account(account).items():
                self._send_account(name, drafts, report, wait=wait)
        report.unknown = [d.id for d in self.store.drafts([DraftStatus.UNKNOWN])]
        report.held = [
            {"id": d.id, "why": d.error or ""} for d in self.store.drafts([DraftStatus.HELD])
        ]
        if report.results or report.settled or report.recovered:
            service.decide_all(self.store, self.settings, self.now())  # next steps follow
        return report

    def _recover(self, report: SendReport) -> None:
        """A draft still ``sending`` belongs to a send that died: its outcome is unknown."""
        for draft in self.store.drafts([DraftStatus.SENDING]):
            transition = machine.mark_unknown(
                draft,
                self.now(),
                "the send was interrupted; the server may or may not have the message",
                detail="found in `sending` at the start of a send (the previous one died)",
            )
            with contextlib.suppress(DraftError):
                self.store.apply(transition)
                report.recovered.append(draft.id)

    def _reconcile_at_start(self, account: str | None, report: SendReport) -> None:
        """Look for unknown drafts in their account's Sent folder (best effort)."""
        names = {
            push.account_of(self.settings, d) for d in self.store.drafts([DraftStatus.UNKNOWN])
        }
        for name in sorted(n for n in names if account is None or n == account):
            settled, warning = sent_folder.reconcile_account(
                self.store, self.settings, name, self._open_imap, self.now()
            )
            report.settled.extend(settled)
            if warning:
                report.warnings.append(warning)

    def _approved_by_account(self, account: str | None) -> dict[str, list[Draft]]:
        groups: dict[str, list[Draft]] = {}
        for draft in self.store.drafts([DraftStatus.APPROVED]):
            name = push.account_of(self.settings, draft)
            if draft.is_email and (account is None or name == account):
                groups.setdefault(name, []).append(draft)
        return groups

    def _send_account(
        self, name: str, drafts: list[Draft], report: SendReport, *, wait: bool
    ) -> None:
        try:
            config = self.settings.account(name)
        except ConfigError as exc:
            for draft in drafts:
                report.results.append(result_of(draft, "skipped", f"account {name!r}: {exc}"))
            report.notes.append(f"{len(drafts)} draft(s) of account {name!r} left approved")
            return
        smtp_config = config.smtp
        if smtp_config is None:
            report.notes.append(
                f"account {name!r} has no [smtp] section: {len(drafts)} approved draft(s) not "
                "sent (add one, or use `followup drafts push` and send from your mail client)"
            )
            for draft in drafts:
                report.results.append(result_of(draft, "skipped", "no SMTP server configured"))
            return
        session = LazyConnection(lambda: self._open_smtp(config), farewell="quit", hangup="close")
        imap = LazyConnection(lambda: self._open_imap(config), farewell="logout", hangup="logout")
        try:
            for index, draft in enumerate(drafts):
                hold = limits(
                    self.store.audit(),
                    name,
                    self.now(),
                    smtp_config.daily_cap,
                    smtp_config.min_spacing_seconds,
                )
                if hold is not None:
                    kind, note, delay = hold
                    if kind == "cap" or not wait:
                        left_for_later(report, drafts[index:], name, smtp_config, kind, note)
                        return
                    self._announce(waiting_line(delay, draft.id, name, smtp_config))
                    self._sleep(delay)
                try:
                    result = self._send_one(draft, name, config, session, imap, report)
                except _StopAccount:
                    raise
                except Exception as exc:  # one bad draft never stops the run
                    log.debug("draft %s: unexpected error", draft.id, exc_info=True)
                    session.drop()
                    result = self._after_crash(draft, name, exc)
                report.results.append(result)
        except _StopAccount as exc:
            done = {r.draft_id for r in report.results}
            left = [d for d in drafts if d.id not in done]
            report.errors.append(f"stopped sending from {name}: {exc}")
            report.results.extend(
                result_of(d, "skipped", "left approved: " + str(exc)) for d in left
            )
        finally:
            session.close()
            imap.close()

    def _send_one(
        self,
        draft: Draft,
        name: str,
        config: AccountSettings,
        session: LazyConnection,
        imap: LazyConnection,
        report: SendReport,
    ) -> SendResult:
        # A first look at the draft as listed: what cannot be sent fails before connecting
        # (placeholders wait for the application's own values, read once below).
        found = problems(draft, placeholders=False)
        if found:
            return self._fail(draft, name, "; ".join(found), attempts=0)
        message_id = draft.message_id or new_message_id(config.email)
        try:
            self._message(draft.changed(message_id=message_id), config)
        except Exception as exc:  # DraftError, or what MIME cannot encode (a non-ASCII id...)
            return self._fail(draft, name, error_line(exc), attempts=0)
        self._connect(session)  # log in before the draft is marked `sending`
        try:
            # One transaction: the application cannot change between the checks and the move,
            # and what goes out is the version approved when it moved to `sending` (it may
            # have been edited and approved again since it was listed).
            with self.store.transaction():
                current = approval.get_draft(self.store, draft.id)
                if current.status == DraftStatus.APPROVED:
                    stopped = stop_before_sending(self.store, current, self.now(), name)
                    if stopped is not None:
                        return stopped
                draft = self.store.apply(
                    machine.start_sending(current, self.now(), message_id=message_id)
                )
        except DraftError as exc:  # changed meanwhile (edited, discarded): leave it alone
            return result_of(draft, "skipped", str(exc))
        try:
            data = self._message(draft, config)
        except Exception as exc:
            return self._fail(draft, name, error_line(exc), attempts=0)
        return self._deliver(draft, name, config, data, session, imap, report)

    def _deliver(
        self,
        draft: Draft,
        name: str,
        config: AccountSettings,
        data: bytes,
        session: LazyConnection,
        imap: LazyConnection,
        report: SendReport,
    ) -> SendResult:
        """The SMTP transaction of a draft in ``sending``, retried while nothing was handed over."""
        attempts = 0

        def once() -> str:
            nonlocal attempts
            attempts += 1
            try:
                return transact(session.connection(), config.email, [draft.to_email or ""], data)
            except (Temporary, Unknown, MailError, OSError):
                session.drop()
                raise

        try:
            reply = retry.call(
                once,
                self.policy,
                transient=_retryable,
                before_retry=self._announcer(f"draft {draft.id}"),
                sleep=self._sleep,
            )
        except (AuthError, TLSError, SecretError) as exc:
            self._back_to_approved(draft)
            raise _StopAccount(str(exc)) from exc
        except Permanent as exc:
            return self._fail(draft, name, str(exc), attempts=attempts)
        except Unknown as exc:
            return self._unknown(draft, name, str(exc), attempts)
        except (Temporary, MailError, OSError) as exc:
            if not _retryable(exc):  # the server went away: nothing was handed over
                self._back_to_approved(draft)
                raise _StopAccount(plain(exc)) from exc
            error = f"gave up after {attempts} attempts: {plain(exc)}"
            return self._fail(draft, name, error, attempts)
        result = self._mark_sent(draft, name, reply, attempts)
        self._save_copy(config, data, draft, imap, report)
        return result

    def _announcer(self, what: str) -> Callable[[BaseException, int, float], None]:
        def announce(exc: BaseException, attempt: int, delay: float) -> None:
            self._announce(
                f"{what}: temporary failure ({plain(exc)}); trying again in {delay:g} s "
                f"(attempt {attempt + 1} of {self.policy.attempts})"
            )

        return announce

    def _after_crash(self, draft: Draft, name: str, exc: Exception) -> SendResult:
        """Settle a draft whose send raised something unexpected, in one line.

        Still ``approved``: nothing was sent, it fails. In ``sending``: the message
        may have gone out, so its outcome is unknown (never resent on its own). If
        even that cannot be written, the next send finds it in ``sending``.
        """
        error = f"unexpected error: {error_line(exc)}"
        current = draft
        try:
            current = self.store.draft(draft.id) or draft
            if current.status in (DraftStatus.APPROVED, DraftStatus.SENDING):
                if current.status == DraftStatus.APPROVED:
                    return self._fail(current, name, error, attempts=0)
                return self._unknown(current, name, error, attempts=0)
        except Exception:  # the store itself is failing: leave the draft as it is
            log.debug("draft %s: could not record the error", draft.id, exc_info=True)
        shown = {"approved": "failed", "sending": "unknown", "sent": "sent"}
        return result_of(current, shown.get(current.status, "skipped"), error)

    def _connect(self, session: LazyConnection) -> None:
        """Open (or keep) the SMTP connection; only a transient failure is tried again."""
        try:
            retry.call(
                session.connection,
                self.policy,
                transient=_retryable,
                before_retry=self._announcer("SMTP connection"),
                sleep=self._sleep,
            )
        except (MailError, OSError, SecretError) as exc:
            session.drop()
            raise _StopAccount(plain(exc)) from exc

    def _mark_sent(self, draft: Draft, name: str, reply: str, attempts: int) -> SendResult:
        transition = machine.mark_sent(draft, self.now(), reply, account=name)
        try:
            self.store.apply(transition)
        except DraftError:
            current = self.store.draft(draft.id)
            if current is None or current.status != DraftStatus.SENT:
                raise  # only the Sent-folder scan may beat us to it
            event = transition.event
            assert event is not None
            self.store.audit_draft(event.at, event.action, draft, account=name, detail=event.detail)
        return result_of(draft, "sent", reply.strip(), attempts=attempts)

    def _fail(self, draft: Draft, name: str, error: str, attempts: int) -> SendResult:
        return fail(self.store, draft, self.now(), name, error, attempts)

    def _unknown(self, draft: Draft, name: str, error: str, attempts: int) -> SendResult:
        self.store.apply(machine.mark_unknown(draft, self.now(), error, account=name))
        return result_of(draft, "unknown", error, attempts=attempts)

    def _back_to_approved(self, draft: Draft) -> None:
        """The login failed before anything was handed over: the draft can wait."""
        with contextlib.suppress(DraftError):
            self.store.apply(machine.back_to_approved(draft, self.now()))

    # -- the copy in Sent ---------------------------------------------------------------

    def _save_copy(
        self,
        config: AccountSettings,
        data: bytes,
        draft: Draft,
        imap: LazyConnection,
        report: SendReport,
    ) -> None:
        warning = sent_folder.save_copy(self.store, config, data, draft, imap, self.now())
        if warning:
            report.warnings.append(warning)

    # -- dry run -----------------------------------------------------------------------

    def _dry_run(self, account: str | None, out_dir: Path | None, report: SendReport) -> SendReport:
        now = self.now()
        target = out_dir or (self.home / "outbox-dry-run" / now.strftime("%Y%m%dT%H%M%S"))
        drafts = [d for group in self._approved_by_account(account).values() for d in group]
        return dry_run(self.store, self.settings, drafts, target, now, self.attachment(), report)


def _default_open_smtp(account: AccountSettings) -> Any:
    from assistant.adapters.connections import open_smtp

    return open_smtp(account)


def _default_open_imap(account: AccountSettings) -> Any:
    from assistant.adapters.connections import open_imap

    return open_imap(account)
