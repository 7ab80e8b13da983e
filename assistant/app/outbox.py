"""Sending approved drafts exactly once, pushing drafts to the Drafts folder, dry runs.

The state machine of an email draft (``followup drafts`` moves the upper part,
this module the lower)::

    pending / needs_recipient / snoozed / failed
            |  drafts approve
            v
        approved --(compare-and-set, committed BEFORE the SMTP transaction)--> sending
            |                                                                    |
            +--> discarded, never sent: the application rules email out now      |
                 (no-contact request, final status; checked in the same          |
                 transaction as the compare-and-set)                             |
                                                                                 |
        +-------------------------+----------------------------------------------+
        | 250 after DATA          | 5xx; or 4xx / network error  | reply lost after the message
        v                         | before the message was       | was handed over; or the process
      sent (+ sent_at, audit)     | handed over, retries used up | died (draft found in `sending`
                                  v                              v  when the next send starts)
                                failed (error = server's words)  unknown ("outcome unknown"),
                                                                 never resent automatically:
                                   found in Sent by Message-ID (reconcile) -> sent
                                   drafts approve ID --resend              -> approved
                                   drafts mark-sent ID / drafts discard ID -> sent / discarded

``sending`` is written and committed before the SMTP transaction starts and
``sent`` right after the server's 250, so a crash in between leaves the draft in
``sending``. The next :meth:`Outbox.send` (which holds a lock, so no other send
is running) turns every ``sending`` draft into ``unknown`` and never sends it
again on its own: a second copy in a recruiter's inbox is worse than a question
to the user.

The SMTP and IMAP openers are constructor arguments (defaulting to
:mod:`assistant.adapters.connections`) so tests can count connections while talking to
real servers.
"""

from __future__ import annotations

import contextlib
import logging
import re
import smtplib
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout

from assistant.adapters.store import Store
from assistant.app import approval, retry
from assistant.errors import (
    AuthError,
    ConfigError,
    DraftError,
    FollowupError,
    LockError,
    MailError,
    SecretError,
    TLSError,
)

if TYPE_CHECKING:
    from assistant.adapters.config import AccountSettings, Settings

log = logging.getLogger(__name__)

OpenSmtp = Callable[["AccountSettings"], Any]
OpenImap = Callable[["AccountSettings"], Any]

GMAIL_HOSTS = ("imap.gmail.com", "imap.googlemail.com", "smtp.gmail.com", "smtp.googlemail.com")


# -- the message --------------------------------------------------------------------


def build_message(
    row: Mapping[str, Any],
    account: AccountSettings,
    *,
    when: datetime,
    attachment: Path | None = None,
) -> EmailMessage:
    """The MIME message for a draft row, exactly as it will be sent.

    From is the account (with its display name), Message-ID the one made at
    draft time, In-Reply-To/References thread it; ``attachment`` is the résumé
    (``profile.resume``) the default template may mention. Header fields with a
    line break or control character are refused (:class:`DraftError`) rather than
    cleaned up: no header injection, and no silent change to what was approved.
    The MIME itself is made by :meth:`assistant.app.drafting.DraftMessage.to_email_message`.
    """
    from assistant.app.drafting import DraftMessage
    from assistant.core.models import Address

    draft_id = row.get("id")
    fields = {
        "From name": account.display_name or "",
        "From": account.email,
        "To name": row.get("to_name") or "",
        "To": row.get("to_email") or "",
        "Subject": row.get("subject") or "",
        "Message-ID": row.get("message_id") or "",
        "In-Reply-To": row.get("in_reply_to") or "",
    }
    references = [r for r in (row.get("references") or []) if r]
    for name, value in [*fields.items(), *(("References", r) for r in references)]:
        bad = approval.header_problem(name, value)
        if bad:
            raise DraftError(f"draft {draft_id}: refused, {bad}")
    in_reply_to = fields["In-Reply-To"] or None
    if in_reply_to and in_reply_to not in references:
        references.append(in_reply_to)
    body = (row.get("body") or "").replace("\r\n", "\n")
    if not body.endswith("\n"):
        body += "\n"
    draft = DraftMessage(
        channel=str(row.get("channel") or "email"),
        sender=Address(fields["From name"], fields["From"]),
        to=Address(fields["To name"], fields["To"]) if fields["To"] else None,
        subject=fields["Subject"],
        body=body,
        in_reply_to=in_reply_to,
        references=tuple(references),
        message_id=fields["Message-ID"] or make_msgid(domain=_domain(account.email)),
        template=str(row.get("template") or ""),
        date=when,
        attachment=attachment,
    )
    return draft.to_email_message(when=when)


def message_bytes(message: EmailMessage) -> bytes:
    """The wire form (CRLF line ends)."""
    return message.as_bytes(policy=email_policy.SMTP)


def _domain(address: str) -> str:
    return address.rpartition("@")[2] or "localhost"


# -- results ---------------------------------------------------------------------------


@dataclass
class SendResult:
    """What happened to one draft in a ``send`` run."""

    draft_id: int
    status: str  # sent | failed | unknown | skipped | discarded | would_send | would_discard
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
            "notes": self.notes,
            "warnings": self.warnings,
            "errors": self.errors,
            "dry_run_dir": str(self.dry_run_dir) if self.dry_run_dir else None,
        }


@dataclass
class PushResult:
    draft_id: int
    status: str  # pushed | replaced | skipped
    folder: str | None = None
    detail: str = ""


# -- failures of one SMTP transaction ----------------------------------------------------


class _Temporary(Exception):
    """Not accepted, and trying again may work (4xx, network error before DATA's end)."""


class _Permanent(Exception):
    """Refused for good (5xx): the server's words are the message."""


class _Unknown(Exception):
    """The message was handed over but no final reply came: it may have been accepted."""


class _StopAccount(Exception):
    """Sending from this account cannot go on (login refused, server unreachable)."""


def _retryable(exc: BaseException) -> bool:
    """A 4xx before the message was handed over, or a transient network error."""
    return isinstance(exc, _Temporary) or (
        isinstance(exc, (MailError, OSError)) and retry.is_transient(exc)
    )


def _reply_error(code: int, text: bytes | str, stage: str) -> Exception:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    words = " ".join(words.split())
    summary = f"{code} {words}".strip() + f" (at {stage})"
    if 400 <= code < 500:
        return _Temporary(summary)
    return _Permanent(summary)


def transact(smtp: smtplib.SMTP, sender: str, recipients: Sequence[str], data: bytes) -> str:
    """One SMTP transaction (MAIL, RCPT, DATA); returns the server's final reply.

    Done step by step rather than with ``sendmail`` so that a failure *before*
    the message was handed over (safe to retry) is told apart from a lost reply
    *after* it (the outcome is unknown, never retried).
    """
    options = ["BODY=8BITMIME"] if not data.isascii() and smtp.has_extn("8bitmime") else []
    stage = "MAIL FROM"
    try:
        code, reply = smtp.mail(sender, options)
        if code != 250:
            _reset(smtp)
            raise _reply_error(code, reply, stage)
        for rcpt in recipients:
            stage = f"RCPT TO {rcpt}"
            code, reply = smtp.rcpt(rcpt)
            if code not in (250, 251):
                _reset(smtp)
                raise _reply_error(code, reply, stage)
        stage = "DATA"
        code, reply = smtp.docmd("DATA")
        if code != 354:
            _reset(smtp)
            raise _reply_error(code, reply, "DATA")
    except (smtplib.SMTPException, OSError) as exc:
        raise _Temporary(f"connection problem before the message was sent: {_plain(exc)}") from exc
    except (_Temporary, _Permanent):
        raise
    except Exception as exc:  # e.g. an address SMTP cannot carry (UnicodeEncodeError)
        _reset(smtp)
        raise _Permanent(f"{_one_line(exc)} (at {stage})") from exc
    try:
        payload = re.sub(rb"(?m)^\.", b"..", data)
        if not payload.endswith(b"\r\n"):
            payload += b"\r\n"
        smtp.send(payload + b".\r\n")
        code, reply = smtp.getreply()
    except (smtplib.SMTPException, OSError) as exc:
        raise _Unknown(f"connection lost after the message was handed over: {_plain(exc)}") from exc
    except Exception as exc:  # part of the message may have gone: never retry it
        raise _Unknown(f"failed while handing over the message: {_one_line(exc)}") from exc
    if code != 250:
        raise _reply_error(code, reply, "end of DATA")
    return f"{code} {reply.decode('utf-8', 'replace') if isinstance(reply, bytes) else reply}"


def _reset(smtp: smtplib.SMTP) -> None:
    with contextlib.suppress(smtplib.SMTPException, OSError):
        smtp.rset()


def _plain(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())


def _one_line(exc: BaseException) -> str:
    """An unexpected error in one line: its type and words (no traceback), kept short."""
    if isinstance(exc, FollowupError):
        return _plain(exc)[:300]
    return f"{type(exc).__name__}: {_plain(exc)}"[:300]


# -- the outbox ---------------------------------------------------------------------------


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
        resume = self.settings.profile.resume
        return Path(resume) if resume else None

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
        with self._lock():
            self._recover(report)
            self._reconcile_at_start(account, report)
            groups = self._approved_by_account(account, report)
            for name, rows in groups.items():
                self._send_account(name, rows, report, wait=wait)
        report.unknown = [row["id"] for row in self.store.drafts(["unknown"])]
        return report

    @contextlib.contextmanager
    def _lock(self) -> Any:
        self.home.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.home / "send.lock"), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise LockError(
                "another `followup send` is running", hint=f"lock file {self.home / 'send.lock'}"
            ) from None
        try:
            yield
        finally:
            lock.release()

    def _recover(self, report: SendReport) -> None:
        """A draft still ``sending`` belongs to a send that died: its outcome is unknown."""
        now = self.now()
        for row in self.store.drafts(["sending"]):
            with contextlib.suppress(DraftError), self.store.transaction():
                self.store.move_draft(
                    row["id"],
                    ["sending"],
                    "unknown",
                    now,
                    error="the send was interrupted; the server may or may not have the message",
                )
                self.store.audit_draft(
                    now,
                    "outcome_unknown",
                    row,
                    detail="found in `sending` at the start of a send (the previous one died)",
                )
                report.recovered.append(row["id"])

    def _reconcile_at_start(self, account: str | None, report: SendReport) -> None:
        """Look for unknown drafts in their account's Sent folder (best effort)."""
        rows = self.store.drafts(["unknown"])
        names = {self._account_name(row) for row in rows}
        for name in sorted(names):
            if account is not None and name != account:
                continue
            try:
                config = self.settings.account(name)
            except ConfigError:
                continue
            try:
                client = self._open_imap(config)
            except FollowupError as exc:
                report.warnings.append(f"could not check the Sent folder of {name}: {exc}")
                continue
            try:
                report.settled.extend(
                    reconcile_unknown(self.store, client, self.now(), account=name)
                )
            except Exception as exc:  # imaplib's errors are not OSError; best effort
                report.warnings.append(f"could not check the Sent folder of {name}: {_plain(exc)}")
            finally:
                _logout(client)

    def _account_name(self, row: Mapping[str, Any]) -> str:
        if row.get("account"):
            return str(row["account"])
        return self.settings.default_account().name

    def _approved_by_account(
        self, account: str | None, report: SendReport
    ) -> dict[str, list[dict[str, Any]]]:
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in self.store.drafts(["approved"]):
            if row["channel"] != "email":
                continue
            name = self._account_name(row)
            if account is not None and name != account:
                continue
            groups.setdefault(name, []).append(row)
        return groups

    def _send_account(
        self, name: str, rows: list[dict[str, Any]], report: SendReport, *, wait: bool
    ) -> None:
        try:
            config = self.settings.account(name)
        except ConfigError as exc:
            for row in rows:
                report.results.append(_result(row, "skipped", f"account {name!r}: {exc}"))
            report.notes.append(f"{len(rows)} draft(s) of account {name!r} left approved")
            return
        smtp_config = config.smtp
        if smtp_config is None:
            report.notes.append(
                f"account {name!r} has no [smtp] section: {len(rows)} approved draft(s) not sent "
                "(add one, or use `followup drafts push` and send from your mail client)"
            )
            for row in rows:
                report.results.append(_result(row, "skipped", "no SMTP server configured"))
            return
        session = _Session(lambda: self._open_smtp(config), farewell="quit", hangup="close")
        imap = _Session(lambda: self._open_imap(config), farewell="logout", hangup="logout")
        try:
            for index, row in enumerate(rows):
                hold = self._limits(name, smtp_config.daily_cap, smtp_config.min_spacing_seconds)
                if hold is not None and hold[0] == "cap":
                    rest = rows[index:]
                    report.notes.append(
                        f"daily cap of {smtp_config.daily_cap} sends from {name} reached: "
                        f"{len(rest)} approved draft(s) left for later ({hold[1]})"
                    )
                    report.results.extend(_result(r, "skipped", "daily cap reached") for r in rest)
                    return
                if hold is not None:
                    delay = float(hold[2])
                    if not wait:
                        rest = rows[index:]
                        report.notes.append(
                            f"minimum spacing of {smtp_config.min_spacing_seconds}s between "
                            f"sends: {len(rest)} approved draft(s) left for later ({hold[1]}; "
                            "or run `followup send --wait`)"
                        )
                        report.results.extend(
                            _result(r, "skipped", "minimum spacing") for r in rest
                        )
                        return
                    self._sleep(delay)
                try:
                    result = self._send_one(row, name, config, session, imap, report)
                except _StopAccount:
                    raise
                except Exception as exc:  # one bad draft never stops the run
                    log.debug("draft %s: unexpected error", row["id"], exc_info=True)
                    session.drop()
                    result = self._after_crash(row, name, exc)
                report.results.append(result)
        except _StopAccount as exc:
            done = {r.draft_id for r in report.results}
            left = [r for r in rows if r["id"] not in done]
            report.errors.append(f"stopped sending from {name}: {exc}")
            report.results.extend(_result(r, "skipped", "left approved: " + str(exc)) for r in left)
        finally:
            session.close()
            imap.close()

    def _limits(self, account: str, daily_cap: int, spacing: int) -> tuple[str, str, float] | None:
        """("cap"|"spacing", note, seconds to wait) when a send must not happen now.

        The cap counts this account's sends in the last 24 hours (a rolling day,
        so a burst late in the evening does not double up after midnight).
        """
        now = self.now()
        sent = [
            at
            for entry in self.store.audit()
            if entry["action"] == "sent"
            and entry.get("account") == account
            and (at := _parse(entry["at"])) is not None
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

    def _send_one(
        self,
        row: dict[str, Any],
        name: str,
        config: AccountSettings,
        session: _Session,
        imap: _Session,
        report: SendReport,
    ) -> SendResult:
        draft_id = row["id"]
        now = self.now()
        # A first look at the row as listed: what cannot be sent fails before connecting.
        found = approval.problems(row, ignore=approval.own_values(self.store, row))
        if found:
            return self._fail(row, name, "; ".join(found), attempts=0)
        extra: dict[str, Any] = {}
        if not row.get("message_id"):
            extra["message_id"] = make_msgid(domain=_domain(config.email))
            row = {**row, **extra}
        try:
            message_bytes(build_message(row, config, when=now, attachment=self.attachment()))
        except Exception as exc:  # DraftError, or what MIME cannot encode (a non-ASCII id...)
            return self._fail(row, name, _one_line(exc), attempts=0)
        self._connect(session)  # log in before the draft is marked `sending`
        try:
            # One transaction: the application cannot change between the check and the move.
            with self.store.transaction():
                blocked = approval.application_blocks(self.store, row)
                if blocked:
                    return self._discard_blocked(row, name, blocked)
                self.store.move_draft(draft_id, ["approved"], "sending", now, error=None, **extra)
        except DraftError as exc:  # changed meanwhile (edited, discarded): leave it alone
            return _result(row, "skipped", str(exc))
        # The row may have been edited and approved again since it was listed: what
        # goes out is the version that was approved when it moved to `sending`.
        row = self.store.draft(draft_id) or row
        found = approval.problems(row, ignore=approval.own_values(self.store, row))
        if found:
            return self._fail(row, name, "; ".join(found), attempts=0, moving=True)
        try:
            data = message_bytes(build_message(row, config, when=now, attachment=self.attachment()))
        except Exception as exc:
            return self._fail(row, name, _one_line(exc), attempts=0, moving=True)
        attempts = 0

        def once() -> str:
            nonlocal attempts
            attempts += 1
            try:
                return transact(session.connection(), config.email, [row["to_email"]], data)
            except (_Temporary, _Unknown, MailError, OSError):
                session.drop()
                raise

        try:
            reply = retry.call(
                once,
                self.policy,
                transient=_retryable,
                before_retry=self._announcer(f"draft {draft_id}"),
                sleep=self._sleep,
            )
        except (AuthError, TLSError, SecretError) as exc:
            self._back_to_approved(row)
            raise _StopAccount(str(exc)) from exc
        except _Permanent as exc:
            return self._fail(row, name, str(exc), attempts=attempts, moving=True)
        except _Unknown as exc:
            return self._unknown(row, name, str(exc), attempts)
        except (_Temporary, MailError, OSError) as exc:
            if not _retryable(exc):  # the server went away: nothing was handed over
                self._back_to_approved(row)
                raise _StopAccount(_plain(exc)) from exc
            error = f"gave up after {attempts} attempts: {_plain(exc)}"
            return self._fail(row, name, error, attempts, moving=True)
        result = self._mark_sent(row, name, reply, attempts)
        self._save_copy(config, data, row, imap, report)
        return result

    def _announcer(self, what: str) -> Callable[[BaseException, int, float], None]:
        def announce(exc: BaseException, attempt: int, delay: float) -> None:
            self._announce(
                f"{what}: temporary failure ({_plain(exc)}); trying again in {delay:g} s "
                f"(attempt {attempt + 1} of {self.policy.attempts})"
            )

        return announce

    def _after_crash(self, row: dict[str, Any], name: str, exc: Exception) -> SendResult:
        """Settle a draft whose send raised something unexpected, in one line.

        Still ``approved``: nothing was sent, it fails. In ``sending``: the message
        may have gone out, so its outcome is unknown (never resent on its own). If
        even that cannot be written, the next send finds it in ``sending``.
        """
        error = f"unexpected error: {_one_line(exc)}"
        current = row
        try:
            current = self.store.draft(row["id"]) or row
            if current["status"] == "approved":
                return self._fail(current, name, error, attempts=0)
            if current["status"] == "sending":
                return self._unknown(current, name, error, attempts=0)
        except Exception:  # the store itself is failing: leave the row as it is
            log.debug("draft %s: could not record the error", row["id"], exc_info=True)
        shown = {"approved": "failed", "sending": "unknown", "sent": "sent"}
        return _result(current, shown.get(current["status"], "skipped"), error)

    def _discard_blocked(self, row: dict[str, Any], name: str, reason: str) -> SendResult:
        """The application rules out this email now (no-contact request, final status)."""
        now = self.now()
        with self.store.transaction():
            self.store.move_draft(row["id"], ["approved"], "discarded", now)
            self.store.audit_draft(
                now, "discarded", row, account=name, detail=f"not sent: {reason} (was approved)"
            )
        return _result(row, "discarded", f"not sent, discarded: {reason}")

    def _connect(self, session: _Session) -> None:
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
            raise _StopAccount(_plain(exc)) from exc

    def _mark_sent(self, row: dict[str, Any], name: str, reply: str, attempts: int) -> SendResult:
        now = self.now()
        draft_id = row["id"]
        with self.store.transaction():
            try:
                self.store.move_draft(draft_id, ["sending"], "sent", now, sent_at=now, error=None)
            except DraftError:
                current = self.store.draft(draft_id) or {}
                if current.get("status") != "sent":  # only the Sent-folder scan may beat us
                    raise
            self.store.audit_draft(
                now,
                "sent",
                row,
                account=name,
                detail=f"approved at {row.get('approved_at') or '?'}; server: {reply.strip()}",
            )
            if row.get("application_id"):
                self.store.add_follow_up(
                    row["application_id"], now, row.get("message_id"), "followup"
                )
        return _result(row, "sent", reply.strip(), attempts=attempts)

    def _fail(
        self,
        row: dict[str, Any],
        name: str,
        error: str,
        attempts: int,
        *,
        moving: bool = False,
    ) -> SendResult:
        now = self.now()
        with self.store.transaction():
            self.store.move_draft(
                row["id"], ["sending"] if moving else ["approved"], "failed", now, error=error
            )
            self.store.audit_draft(now, "failed", row, account=name, detail=error)
        return _result(row, "failed", error, attempts=attempts)

    def _unknown(self, row: dict[str, Any], name: str, error: str, attempts: int) -> SendResult:
        now = self.now()
        with self.store.transaction():
            self.store.move_draft(row["id"], ["sending"], "unknown", now, error=error)
            self.store.audit_draft(now, "outcome_unknown", row, account=name, detail=error)
        return _result(row, "unknown", error, attempts=attempts)

    def _back_to_approved(self, row: dict[str, Any]) -> None:
        """The login failed before anything was handed over: the draft can wait."""
        with contextlib.suppress(DraftError):
            self.store.move_draft(row["id"], ["sending"], "approved", self.now())

    # -- the copy in Sent ---------------------------------------------------------------

    def saves_sent_copy(self, config: AccountSettings, client: Any | None = None) -> bool:
        """Whether followup must APPEND to Sent: ``save_sent`` = always/never, or auto.

        ``auto`` skips providers that file what goes through their SMTP server in
        Sent by themselves: Gmail (by host name, or the X-GM-EXT-1 capability).
        """
        mode = config.smtp.save_sent if config.smtp is not None else "auto"
        if mode != "auto":
            return mode == "always"
        hosts = {config.imap.host.lower(), (config.smtp.host.lower() if config.smtp else "")}
        if hosts & set(GMAIL_HOSTS):
            return False
        if client is not None:
            with contextlib.suppress(Exception):
                if client.has_capability("X-GM-EXT-1"):
                    return False
        return True

    def _save_copy(
        self,
        config: AccountSettings,
        data: bytes,
        row: Mapping[str, Any],
        imap: _Session,
        report: SendReport,
    ) -> None:
        mode = config.smtp.save_sent if config.smtp is not None else "auto"
        if mode == "never" or (mode == "auto" and not self.saves_sent_copy(config)):
            return
        now = self.now()
        try:
            client = imap.connection()
            if not self.saves_sent_copy(config, client):
                return
            folder = special_folder(client, "sent")
            client.append(folder, data, flags=(b"\\Seen",), msg_time=now)
        except Exception as exc:  # the mail went out; only the copy is missing
            imap.drop()
            report.warnings.append(
                f"draft {row['id']} was sent, but the copy could not be saved to Sent: "
                f"{_plain(exc)}"
            )
            self.store.audit_draft(
                now, "sent_copy_failed", row, account=config.name, detail=_plain(exc)[:300]
            )
            return
        self.store.audit_draft(
            now, "copied_to_sent", row, account=config.name, detail=f"IMAP APPEND to {folder}"
        )

    # -- dry run -----------------------------------------------------------------------

    def _dry_run(self, account: str | None, out_dir: Path | None, report: SendReport) -> SendReport:
        now = self.now()
        target = out_dir or (self.home / "outbox-dry-run" / now.strftime("%Y%m%dT%H%M%S"))
        rows = [
            row
            for row in self.store.drafts(["approved"])
            if row["channel"] == "email" and (account is None or self._account_name(row) == account)
        ]
        for row in self.store.drafts(["sending"]):
            report.notes.append(
                f"draft {row['id']} is in `sending`: a real send would mark it outcome unknown"
            )
        report.dry_run_dir = target
        if not rows:
            return report
        target.mkdir(parents=True, exist_ok=True)
        for row in rows:
            name = self._account_name(row)
            blocked = approval.application_blocks(self.store, row)
            if blocked:
                report.results.append(
                    _result(row, "would_discard", f"would not send, would discard: {blocked}")
                )
                continue
            found = approval.problems(row, ignore=approval.own_values(self.store, row))
            if found:
                report.results.append(_result(row, "failed", "; ".join(found)))
                continue
            try:
                config = self.settings.account(name)
                message = build_message(row, config, when=now, attachment=self.attachment())
                data = message_bytes(message)
            except Exception as exc:  # ConfigError, DraftError, what MIME cannot encode
                report.results.append(_result(row, "failed", _one_line(exc)))
                continue
            path = target / f"draft-{row['id']}.eml"
            path.write_bytes(data)
            would = "would send"
            if config.smtp is None:
                would = "would not send (no [smtp] section)"
            report.results.append(
                _result(row, "would_send", f"{would} from {config.email}", path=path)
            )
        return report

    # -- the Drafts folder -------------------------------------------------------------

    def push(
        self, draft_ids: Sequence[int] | None = None, *, account: str | None = None
    ) -> list[PushResult]:
        """APPEND drafts to the account's Drafts folder with ``\\Draft``.

        With no ids: every pending or needs-recipient email draft not pushed yet.
        An explicit id is pushed again (the old copy, found by Message-ID, is
        replaced when the server can expunge by UID). Approved drafts are not
        pushed: they are about to be sent by ``followup send``. Nor are drafts
        whose application rules out email (:func:`assistant.app.approval.application_blocks`).
        """
        if draft_ids:
            rows = [approval.get_draft(self.store, i) for i in draft_ids]
        else:
            rows = [
                r
                for r in self.store.drafts(["pending", "needs_recipient"])
                if r["channel"] == "email" and not r.get("pushed_at")
            ]
        if account is not None:
            rows = [r for r in rows if self._account_name(r) == account]
        results: list[PushResult] = []
        by_account: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            reason = _push_refusal(row, approval.own_values(self.store, row))
            reason = reason or approval.application_blocks(self.store, row)
            if reason:
                results.append(PushResult(row["id"], "skipped", detail=reason))
                continue
            by_account.setdefault(self._account_name(row), []).append(row)
        for name, group in by_account.items():
            config = self.settings.account(name)
            client = self._open_imap(config)
            try:
                folder = special_folder(client, "drafts")
                for row in group:
                    results.append(self._push_one(client, folder, config, row))
            finally:
                _logout(client)
        return results

    def _push_one(
        self, client: Any, folder: str, config: AccountSettings, row: dict[str, Any]
    ) -> PushResult:
        now = self.now()
        extra: dict[str, Any] = {}
        if not row.get("message_id"):
            extra["message_id"] = make_msgid(domain=_domain(config.email))
            row = {**row, **extra}
        try:
            data = message_bytes(build_message(row, config, when=now, attachment=self.attachment()))
        except Exception as exc:  # this draft cannot become a message; the others still can
            return PushResult(row["id"], "skipped", folder, _one_line(exc))
        status = "pushed"
        if row.get("pushed_at"):
            client.select_folder(folder)
            old = client.search(["HEADER", "Message-ID", row["message_id"]])
            if old:
                if not client.has_capability("UIDPLUS"):
                    client.unselect_folder()
                    return PushResult(
                        row["id"], "skipped", folder, "already in Drafts (server cannot replace)"
                    )
                client.add_flags(old, [b"\\Deleted"])
                client.expunge(old)
                status = "replaced"
            with contextlib.suppress(Exception):
                client.unselect_folder()
        client.append(folder, data, flags=(b"\\Draft",), msg_time=now)
        with self.store.transaction():
            self.store.update_draft(row["id"], now, pushed_at=now, **extra)
            self.store.audit_draft(
                now,
                "pushed",
                row,
                account=config.name,
                detail=f"IMAP APPEND to {folder} with \\Draft",
            )
        return PushResult(row["id"], status, folder)


def _push_refusal(row: Mapping[str, Any], own: Sequence[str] = ()) -> str | None:
    if row["channel"] != "email":
        return f"a {row['channel']} draft is not an email; see `followup drafts show {row['id']}`"
    if row["status"] not in ("pending", "needs_recipient", "snoozed", "failed"):
        return f"it is {row['status']}"
    leftover = approval.placeholder_in(row.get("body"), own) or approval.placeholder_in(
        row.get("subject"), own
    )
    if leftover:
        return f"it still has a placeholder: {leftover!r}"
    for key, name in (("subject", "Subject"), ("to_email", "To"), ("to_name", "To name")):
        bad = approval.header_problem(name, row.get(key))
        if bad:
            return bad
    return None


# -- settling from the Sent folder ---------------------------------------------------------


def settle_from_sent(
    store: Store, message_ids: Iterable[str], now: datetime, *, source: str = "scan"
) -> list[int]:
    """Drafts whose Message-ID was seen in Sent are sent; returns their ids.

    For the scanner (and :func:`reconcile_unknown`): a draft pushed to Drafts and
    sent from a mail client, or one whose send had an unknown outcome, shows up
    in Sent with the Message-ID it was given at draft time. A draft the user had
    discarded is left alone.
    """
    wanted = {m.strip() for m in message_ids if m and m.strip()}
    settled: list[int] = []
    if not wanted:
        return settled
    for row in store.drafts():
        if row.get("message_id") not in wanted or row["status"] in ("sent", "discarded"):
            continue
        with contextlib.suppress(DraftError), store.transaction():
            store.move_draft(row["id"], [row["status"]], "sent", now, sent_at=now, error=None)
            store.audit_draft(
                now,
                "seen_in_sent",
                row,
                detail=f"found in the Sent folder by Message-ID ({source}; was {row['status']})",
            )
            if row.get("application_id"):
                store.add_follow_up(row["application_id"], now, row.get("message_id"), "followup")
            settled.append(row["id"])
    return settled


def reconcile_unknown(
    store: Store, client: Any, now: datetime, *, account: str | None = None
) -> list[int]:
    """Search the Sent folder (UID SEARCH HEADER Message-ID) for drafts in sending/unknown.

    Found ones become ``sent``; the others stay as they are (never resent).
    ``client`` is an IMAPClient logged in to the account; ``account`` limits the
    drafts to that account's (None: all).
    """
    rows = [
        r
        for r in store.drafts(["sending", "unknown"])
        if r.get("message_id") and (account is None or r.get("account") in (None, account))
    ]
    if not rows:
        return []
    folder = special_folder(client, "sent")
    client.select_folder(folder, readonly=True)
    try:
        found = [
            r["message_id"]
            for r in rows
            if client.search(["HEADER", "Message-ID", r["message_id"]])
        ]
    finally:
        with contextlib.suppress(Exception):
            client.unselect_folder()
    return settle_from_sent(store, found, now, source="reconcile")


# -- IMAP helpers ----------------------------------------------------------------------------


def special_folder(client: Any, role: str) -> str:
    """The account's ``sent`` or ``drafts`` folder (special-use flag, else a usual name)."""
    from assistant.adapters.connections import special_folders

    folder = special_folders(client).get(role)
    if not folder:
        raise MailError(
            f"the server has no {role.capitalize()} folder (no special-use flag, no usual name)"
        )
    return folder


def _logout(client: Any) -> None:
    with contextlib.suppress(Exception):
        client.logout()


class _Session:
    """One connection opened on first use and reopened after a failure.

    ``drop`` forgets a connection that failed (closing it quietly); ``close`` ends
    a healthy one politely (``farewell``: SMTP QUIT, IMAP LOGOUT), then drops it.
    """

    def __init__(self, opener: Callable[[], Any], farewell: str, hangup: str) -> None:
        self._opener = opener
        self._farewell = farewell
        self._hangup = hangup
        self._conn: Any | None = None

    def connection(self) -> Any:
        if self._conn is None:
            self._conn = self._opener()
        return self._conn

    def drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                getattr(conn, self._hangup)()

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                getattr(self._conn, self._farewell)()
        self.drop()


def _default_open_smtp(account: AccountSettings) -> Any:
    from assistant.adapters.connections import open_smtp

    return open_smtp(account)


def _default_open_imap(account: AccountSettings) -> Any:
    from assistant.adapters.connections import open_imap

    return open_imap(account)


def _result(row: Mapping[str, Any], status: str, detail: str, **extra: Any) -> SendResult:
    return SendResult(
        draft_id=row["id"],
        status=status,
        to=approval.recipient_text(row),
        subject=row.get("subject") or "",
        message_id=row.get("message_id"),
        detail=detail,
        **extra,
    )


def _parse(text: str | None) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
