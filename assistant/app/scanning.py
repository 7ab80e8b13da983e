"""One incremental scan: mail source -> understand -> application records.

For every folder the scan keeps UIDVALIDITY and the last UID it handled, so the
next scan asks only for what is new. Each batch of messages is committed
together with the folder's new position, so a scan that dies (or loses its
connection) resumes exactly where it stopped: no gap, no duplicate.

Cheap first, dear later: a few header fields are fetched for every new message;
only the ones that may be job mail (the classifier's ``screen``), replies in a
known thread, mail from a known employer's domain, and the user's own sent mail
that may be an application or a follow-up are fetched whole and classified.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import partial
from typing import Any

from assistant.adapters.sources.base import FolderInfo, HeaderBlock, MailSource
from assistant.adapters.store import Store
from assistant.app import retry
from assistant.core import drafts as draft_moves
from assistant.core import track
from assistant.core.models import Analysis, Kind, Message, Status
from assistant.errors import ConnectError, FollowupError

log = logging.getLogger(__name__)


@dataclass
class ScanReport:
    """What one scan did, for the CLI and the daemon's log line."""

    folders: int = 0
    seen: int = 0
    fetched: int = 0
    job_messages: int = 0
    created: int = 0
    updated: int = 0
    duplicates: int = 0
    failures: int = 0
    reconnects: int = 0
    drafts_settled: int = 0
    drafts_discarded: int = 0
    new_application_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class _Known:
    """What the scan knows about existing records, kept in memory for speed."""

    apps: dict[int, track.AppSummary]
    thread_ids: dict[str, int]  # Message-ID -> application id
    domains: set[str]
    draft_ids: dict[str, int]  # Message-ID of a draft -> draft id
    contacts: dict[str, int] = field(default_factory=dict)  # a contact's address -> app id

    def link(self, message_id: str | None, app_id: int) -> None:
        """Remember that ``message_id`` belongs to the thread of application ``app_id``."""
        if not message_id:
            return
        self.thread_ids[message_id] = app_id
        summary = self.apps.get(app_id)
        if summary is not None and message_id not in summary.message_ids:
            self.apps[app_id] = replace(summary, message_ids=summary.message_ids | {message_id})


@dataclass
class _Understood:
    """One candidate after fetching and understanding, before anything is written."""

    block: HeaderBlock
    key: str
    reason: str
    message: Message | None = None
    outgoing: bool = False
    analysis: Analysis | None = None
    problem: str | None = None


def message_key(message_id: str | None, gm_msgid: str | None, header_bytes: bytes) -> str:
    """A stable identity across folders and rescans: Gmail's id, Message-ID, or a hash."""
    if gm_msgid:
        return f"gm:{gm_msgid}"
    if message_id:
        return message_id
    return "sha1:" + hashlib.sha1(header_bytes).hexdigest()


class Scanner:
    """Runs scans of mail sources into a store.

    ``parse``, ``classify`` and ``screen`` default to the core's; ``sleep`` and
    ``progress`` are seams for tests and the terminal.
    """

    def __init__(
        self,
        store: Store,
        *,
        own_addresses: Iterable[str] = (),
        now: datetime,
        parse: Callable[[bytes], Message] | None = None,
        classify: Callable[[Message], Analysis] | None = None,
        screen: Callable[[Message], str | None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        policy: retry.Policy = retry.ONE_SHOT,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> None:
        from assistant.core import parse as parse_module

        self.store = store
        self.own = {a.lower() for a in own_addresses if a}
        self.now = now
        self.parse = parse or parse_module.parse
        self._classify = classify
        self._screen = screen
        self.sleep = sleep
        self.policy = policy
        self.progress = progress

    # The classifier's patterns take a fifth of a second to compile: a scan with
    # nothing new (the daemon's usual case) never loads them.
    @property
    def classify(self) -> Callable[[Message], Analysis]:
        if self._classify is None:
            from assistant.core.classify import classify

            self._classify = classify
        return self._classify

    @property
    def screen(self) -> Callable[[Message], str | None]:
        if self._screen is None:
            from assistant.core.classify import screen

            self._screen = screen
        return self._screen

    # -- the loop -----------------------------------------------------------------

    def scan(
        self, source: MailSource, *, since: date | None = None, backfill: bool = False
    ) -> ScanReport:
        """Scan every folder of ``source``; ``since`` limits a folder's first scan.

        ``backfill``: the user asked for ``since`` explicitly, so folders scanned
        before from a later date are also read back to ``since``.
        """
        report = ScanReport()
        known = self._load_known()
        folders = source.folders()  # a server that cannot be reached fails the scan at once
        # the user's own mail first: replies in later folders then find their thread
        folders = sorted(folders, key=lambda f: f.role != "sent")
        for folder in folders:
            report.folders += 1
            self._retrying(
                source,
                folder,
                report,
                partial(
                    self._scan_folder,
                    source,
                    folder,
                    since,
                    known,
                    report,
                    (since or date.min) if backfill else None,
                ),
                known,
            )
        self._look_back_in_sent(source, folders, known, report)
        self._retrying(
            source,
            FolderInfo("Drafts", "drafts"),
            report,
            partial(self._check_pushed_drafts, source, report),
        )
        return report

    def _check_pushed_drafts(self, source: MailSource, report: ScanReport) -> None:
        """Drafts pushed to the Drafts folder that the user deleted there are discarded.

        A pushed draft that left Drafts went to Sent (the Sent scan settles it) or
        was deleted; only when it is in neither is it taken as deleted.
        """
        present = getattr(source, "present", None)
        if present is None:
            return  # local sources have no Drafts folder followup pushes to
        waiting = [
            d
            # not approved ones: an approve --resend takes the draft out of the mail client's hands
            for d in self.store.drafts(["pending", "needs_recipient", "snoozed"])
            if d.pushed_at and d.message_id
        ]
        if not waiting:
            return
        ids = [d.message_id for d in waiting if d.message_id]
        in_drafts = present("drafts", ids)
        if in_drafts is None:
            return  # no Drafts folder found: nothing can be concluded
        still_there = in_drafts | (present("sent", ids) or set())
        for draft in waiting:
            if draft.message_id in still_there:
                continue
            why = "deleted from the Drafts folder by the user"
            self.store.apply(draft_moves.discard(draft, self.now, why, account=source.account))
            report.drafts_discarded += 1

    def _retrying(
        self,
        source: MailSource,
        folder: FolderInfo,
        report: ScanReport,
        step: Callable[[], None],
        known: _Known | None = None,
    ) -> None:
        """``step`` with a fresh connection after a transient error (:mod:`assistant.app.retry`)."""

        def reopen(exc: BaseException, attempt: int, delay: float) -> None:
            log.warning("connection lost (%s); reconnecting in %.1f s", exc, delay)
            report.reconnects += 1
            source.close()  # the next step connects again
            if known is not None:
                # the failed batch was rolled back: forget what it taught us too
                vars(known).update(vars(self._load_known()))

        try:
            retry.call(step, self.policy, before_retry=reopen, sleep=self.sleep)
        except Exception as exc:
            if not retry.is_transient(exc):
                raise
            raise ConnectError(
                f"lost the connection while scanning {folder.name}; the scan will resume "
                f"from here next time: {exc}",
                transient=True,
            ) from None

    def _look_back_in_sent(
        self, source: MailSource, folders: Sequence[FolderInfo], known: _Known, report: ScanReport
    ) -> None:
        """Applications found in this scan: did the user already write to them?

        Sent is scanned first, before this scan knew these employers, so mail the
        user sent them (a follow-up, a reply) was passed over. Look again at Sent
        from the earliest new application on; what is already stored is skipped.
        """
        new_ids = [i for i in report.new_application_ids if i in known.apps]
        if not new_ids:
            return
        dates = []
        for app_id in new_ids:
            row = self.store.application_row(app_id)
            if row and row["source"] != "sent" and row["applied_at"]:
                dates.append(datetime.fromisoformat(row["applied_at"]).date())
        if not dates:
            return
        start = min(dates)
        for folder in folders:
            if folder.role != "sent":
                continue

            def again(f: FolderInfo = folder) -> None:
                selected = source.select(f)
                uids = source.uids(selected, 0, start)
                batch_size = getattr(source, "header_batch", 1000)
                for begin in range(0, len(uids), batch_size):
                    headers = source.fetch_headers(selected, uids[begin : begin + batch_size])
                    self._handle_batch(source, selected, headers, known, report, recount=False)

            self._retrying(source, folder, report, again, known)

    def _scan_folder(
        self,
        source: MailSource,
        folder: FolderInfo,
        since: date | None,
        known: _Known,
        report: ScanReport,
        backfill: date | None = None,
    ) -> None:
        folder = source.select(folder)
        state = self.store.folder_state(source.account, folder.name)
        after = 0
        if state is not None and folder.uidvalidity is not None:
            if state.uidvalidity == folder.uidvalidity:
                after = state.last_uid
                since = None  # incremental: everything new, however old its date
            else:
                log.info(
                    "%s: UIDVALIDITY changed; rescanning (known mail is matched by id)", folder
                )
        uids = source.uids(folder, after, since)
        total = len(uids)
        done = 0
        batch_size = getattr(source, "header_batch", 1000)
        for start in range(0, total, batch_size):
            batch = uids[start : start + batch_size]
            headers = source.fetch_headers(folder, batch)
            self._handle_batch(source, folder, headers, known, report, position=batch[-1])
            done += len(batch)
            if self.progress:
                self.progress(folder.name, done, total)
        if not uids and folder.uidvalidity is not None and state is None:
            # nothing in the window: start the next scan after what is there now
            highest = (folder.uidnext - 1) if folder.uidnext else 0
            self.store.save_folder_state(
                source.account, folder.name, folder.uidvalidity, highest, self.now
            )
        if backfill and state is not None and since is None and after:
            self._backfill(source, folder, after, backfill, known, report)

    def _backfill(
        self,
        source: MailSource,
        folder: FolderInfo,
        below: int,
        since: date,
        known: _Known,
        report: ScanReport,
    ) -> None:
        """Read older mail (UIDs up to ``below``, delivered since ``since``) that an
        earlier, narrower first scan left out; what is stored already is skipped."""
        window = None if since == date.min else since  # date.min: everything
        uids = [uid for uid in source.uids(folder, 0, window) if uid <= below]
        batch_size = getattr(source, "header_batch", 1000)
        for start in range(0, len(uids), batch_size):
            headers = source.fetch_headers(folder, uids[start : start + batch_size])
            self._handle_batch(source, folder, headers, known, report)

    def _handle_batch(
        self,
        source: MailSource,
        folder: FolderInfo,
        headers: Sequence[HeaderBlock],
        known: _Known,
        report: ScanReport,
        *,
        recount: bool = True,
        position: int | None = None,
    ) -> None:
        """Decide from headers, fetch and understand the candidates, then write.

        The network and the parsing happen before the write transaction opens, so
        other commands are never kept waiting on the database by a slow server or
        a large message; each message is written under its own savepoint, so one
        that fails leaves nothing half-written.
        """
        duplicates: list[tuple[int, HeaderBlock, Message]] = []
        wanted: dict[int, tuple[HeaderBlock, str, str]] = {}
        passed: list[tuple[HeaderBlock, str, Message]] = []
        for block in headers:
            report.seen += recount
            head = self.parse(block.data)
            key = message_key(head.message_id, block.gm_msgid, block.data)
            existing = self.store.find_message(source.account, key)
            if existing is not None:
                report.duplicates += recount
                duplicates.append((int(existing["id"]), block, head))
                continue
            reason = self._why_fetch(head, folder, known)
            if reason is not None:
                wanted[block.uid] = (block, key, reason)
            else:
                passed.append((block, key, head))
        understood = self._understand_all(source, folder, wanted, report)
        apps_before = len(known.apps)
        with self.store.transaction():
            for message_ref, block, head in duplicates:
                if folder.uidvalidity is not None:
                    self.store.add_location(message_ref, folder.name, folder.uidvalidity, block.uid)
                if folder.role == "sent" and head.message_id in known.draft_ids:
                    report.drafts_settled += self._settle_draft(head.message_id, known)
            for item in understood:
                self._record_safely(source, folder, item, known, report)
            if position is not None and folder.uidvalidity is not None:
                self.store.save_folder_state(
                    source.account, folder.name, folder.uidvalidity, position, self.now
                )
        if len(known.apps) > apps_before and passed:
            # this batch found new applications: mail in it that was passed over may be
            # a reply to them or the user's own follow-up (an mbox holds both)
            again = {}
            for block, key, head in passed:
                reason = self._why_fetch(head, folder, known, screen=False)
                if reason is not None:
                    again[block.uid] = (block, key, reason)
            if again:
                understood = self._understand_all(source, folder, again, report)
                with self.store.transaction():
                    for item in understood:
                        self._record_safely(source, folder, item, known, report)

    def _understand_all(
        self,
        source: MailSource,
        folder: FolderInfo,
        wanted: dict[int, tuple[HeaderBlock, str, str]],
        report: ScanReport,
    ) -> list[_Understood]:
        """Fetch the candidates whole and parse and classify them (no writes)."""
        result: list[_Understood] = []
        body_batch = getattr(source, "body_batch", 50)
        uids = list(wanted)
        for start in range(0, len(uids), body_batch):
            chunk = uids[start : start + body_batch]
            bodies = source.fetch_messages(folder, chunk)
            for uid in chunk:
                block, key, reason = wanted[uid]
                report.fetched += 1
                item = _Understood(block, key, reason)
                raw = bodies.get(uid)
                if raw is None:
                    item.problem = "message vanished before fetch"
                else:
                    try:
                        item.message = self.parse(raw)
                        item.outgoing = self._is_outgoing(item.message, folder)
                        if not item.outgoing:
                            item.analysis = self.classify(item.message)
                    except Exception as exc:  # a bad message is recorded and skipped
                        log.warning("cannot read UID %s in %s: %s", uid, folder.name, exc)
                        log.debug("details", exc_info=True)
                        item.problem = f"{type(exc).__name__}: {exc}"
                result.append(item)
        return result

    def _record_safely(
        self,
        source: MailSource,
        folder: FolderInfo,
        item: _Understood,
        known: _Known,
        report: ScanReport,
    ) -> None:
        uid = item.block.uid
        if item.problem is not None or item.message is None:
            self._failure(source, folder, uid, None, item.problem or "unreadable", report)
            return
        try:
            with self.store.savepoint():
                self._record(source, folder, item, known, report)
        except FollowupError:
            raise
        except Exception as exc:  # a message that breaks the pipeline is recorded and skipped
            log.warning("cannot handle UID %s in %s: %s", uid, folder.name, exc)
            log.debug("details", exc_info=True)
            message_id = item.message.message_id
            self._failure(source, folder, uid, message_id, f"{type(exc).__name__}: {exc}", report)

    def _failure(
        self,
        source: MailSource,
        folder: FolderInfo,
        uid: int | None,
        message_id: str | None,
        defect: str,
        report: ScanReport,
    ) -> None:
        report.failures += 1
        self.store.record_scan_failure(
            source.account, folder.name, uid, message_id, defect, self.now
        )

    # -- deciding what to fetch ---------------------------------------------------------

    def _is_outgoing(self, head: Message, folder: FolderInfo) -> bool:
        """The user's own mail: in Sent, labelled Sent (Takeout), or from their address.

        Not in Junk: spam often forges the recipient's own address as its sender.
        """
        if folder.role == "sent":
            return True
        if folder.role == "junk":
            return False
        labels = head.headers.get("x-gmail-labels", "").lower()
        if "sent" in (label.strip() for label in labels.split(",")):
            return True
        sender = head.sender.email.lower() if head.sender else ""
        return bool(sender) and sender in self.own

    def _why_fetch(
        self, head: Message, folder: FolderInfo, known: _Known, *, screen: bool = True
    ) -> str | None:
        """Why this message is worth fetching whole, or None. ``screen=False``: only
        what depends on the known applications (the header screen said no already)."""
        thread = [m for m in (head.in_reply_to, *head.references) if m]
        for ref in thread:
            if ref in known.thread_ids:
                return f"reply in the thread of application {known.thread_ids[ref]}"
        if self._is_outgoing(head, folder):
            if head.message_id and head.message_id in known.draft_ids:
                return "a draft followup made"
            recipients = [a for a in (*head.to, *head.cc)]
            if any(a.email.lower() in known.contacts for a in recipients):
                return "sent to the contact of an application"
            if any(track.employer_domain(a.domain) in known.domains for a in recipients):
                return "sent to a known employer"
            content_type = head.headers.get("content-type", "").lower()
            if content_type.startswith("multipart/mixed"):
                return "sent with an attachment (maybe an application)"
            return None
        if head.sender and head.sender.email.lower() in known.contacts:
            return f"from the contact of application {known.contacts[head.sender.email.lower()]}"
        sender_domain = track.employer_domain(head.sender.domain if head.sender else None)
        if sender_domain and sender_domain in known.domains:
            return f"from a known employer's domain ({sender_domain})"
        return self.screen(head) if screen else None

    # -- understanding and tracking ---------------------------------------------------

    def _record(
        self,
        source: MailSource,
        folder: FolderInfo,
        item: _Understood,
        known: _Known,
        report: ScanReport,
    ) -> None:
        block, key, fetch_reason = item.block, item.key, item.reason
        message, outgoing, analysis = item.message, item.outgoing, item.analysis
        assert message is not None
        if analysis is not None and not analysis.is_job:
            defects = [r for r in analysis.reasons if r.startswith("defect:")]
            if defects and analysis.reasons[0] == defects[0]:
                # unreadable: recorded with its defect, and skipped
                self._failure(source, folder, block.uid, message.message_id, defects[0], report)
                return
        if outgoing:
            application_id = self._track_outgoing(message, known, report)
        else:
            assert analysis is not None
            if analysis.is_job:
                report.job_messages += 1
            application_id = self._track_incoming(message, analysis, known, report)
        if application_id is None and (analysis is None or not analysis.is_job):
            return  # private mail: nothing of it is kept
        row = {
            "account": source.account,
            "message_key": key,
            "message_id": message.message_id,
            "gm_msgid": block.gm_msgid,
            "folder": folder.name,
            "uidvalidity": folder.uidvalidity,
            "uid": block.uid,
            "direction": "out" if outgoing else "in",
            "subject": message.subject[:500],
            "sender": str(message.sender) if message.sender else None,
            "recipients": [a.email for a in (*message.to, *message.cc)],
            "date": message.date,
            "in_reply_to": message.in_reply_to,
            "kind": analysis.kind.value if analysis else "sent",
            "reasons": [fetch_reason, *(analysis.reasons if analysis else ())],
            "analysis": _analysis_json(analysis) if analysis else None,
            "defects": list(message.defects),
            "seen_at": self.now,
            "application_id": application_id,
        }
        message_ref = self.store.add_message(row)
        if folder.uidvalidity is not None:
            self.store.add_location(message_ref, folder.name, folder.uidvalidity, block.uid)
        if application_id is not None:
            known.link(message.message_id, application_id)

    def _track_incoming(
        self, message: Message, analysis: Analysis, known: _Known, report: ScanReport
    ) -> int | None:
        automatic = _is_automatic(message, analysis)
        change = track.decide(message, analysis, list(known.apps.values()), is_automatic=automatic)
        when = message.date or self.now
        if change.action == "ignore":
            return None
        if analysis.kind is Kind.NOT_JOB and "same thread" not in change.reason:
            return None  # only a reply in an application's thread makes non-job mail count
        if change.action == "create":
            fields = dict(change.fields)
            fields["applied_at"] = track.applied_at(message, analysis, self.now)
            fields["thread_subject"] = message.subject
            if not automatic:
                # a follow-up replies in this thread only when a person sent it: an
                # ATS's no-reply message is no conversation to reply to
                fields["thread_message_id"] = message.message_id
                fields["thread_references"] = [*message.references, message.message_id or ""][-10:]
            fields["last_activity_at"] = when
            if change.status is not None:
                fields["status"] = change.status
            app_id = self.store.add_application(self.now, **fields)
            report.created += 1
            report.new_application_ids.append(app_id)
        else:
            assert change.application_id is not None
            app_id = change.application_id
            existing = self.store.application_row(app_id) or {}
            fields = track.merge_fields(existing, dict(change.fields))
            if change.status is not None:
                fields["status"] = change.status
            if (
                not automatic
                and message.sender
                and not _is_no_reply(message.sender.email)
                and message.sender.email.lower() not in self.own
            ):
                # a person wrote: reply to them, in their thread
                fields["contact_email"] = message.sender.email
                fields["contact_name"] = message.sender.name or existing.get("contact_name")
                fields["thread_message_id"] = message.message_id
                fields["thread_subject"] = message.subject
                fields["thread_references"] = [*message.references, message.message_id or ""][-10:]
            if analysis.kind is not Kind.AUTO_REPLY:
                fields["last_activity_at"] = when
            self.store.update_application(app_id, self.now, **fields)
            report.updated += 1
        self.store.add_evidence(
            app_id, message.message_id, analysis.kind.value, change.reason, when
        )
        if analysis.no_follow_up and analysis.no_follow_up_phrase:
            self.store.add_evidence(
                app_id,
                message.message_id,
                "no_follow_up",
                f"asked not to be followed up: {analysis.no_follow_up_phrase!r}",
                when,
            )
        if change.action == "update" and (change.status is not None or analysis.no_follow_up):
            # drafts made before this mail (a rejection, "please do not contact us")
            # must not go out any more
            from assistant.app.approval import void_blocked_drafts

            report.drafts_discarded += len(void_blocked_drafts(self.store, app_id, self.now))
        self._remember(app_id, known)
        return app_id

    def _track_outgoing(self, message: Message, known: _Known, report: ScanReport) -> int | None:
        when = message.date or self.now
        if message.message_id and message.message_id in known.draft_ids:
            report.drafts_settled += self._settle_draft(message.message_id, known)
        match = track.find_application(message, None, list(known.apps.values()))
        for recipient in (*message.to, *message.cc):
            if match is None and recipient.email.lower() in known.contacts:
                app_id = known.contacts[recipient.email.lower()]
                match = track.Match(app_id, f"sent to {recipient.email}")
        if match is None:
            recipients = {a.domain for a in (*message.to, *message.cc)}
            for app in known.apps.values():
                if app.domain and any(track.employer_domain(d) == app.domain for d in recipients):
                    match = track.Match(app.id, f"sent to {app.domain}")
                    break
        if match is not None:
            if self.store.add_follow_up(match.application_id, when, message.message_id, "sent"):
                self.store.add_evidence(
                    match.application_id,
                    message.message_id,
                    "follow_up",
                    f"you wrote to them ({match.reason})",
                    when,
                )
                report.updated += 1
            return match.application_id
        fields = track.application_from_sent(message)
        if fields is None:
            return None
        fields.update(
            applied_at=when,
            thread_message_id=message.message_id,
            thread_subject=message.subject,
            thread_references=[*message.references, message.message_id or ""][-10:],
            last_activity_at=when,
            source="sent",
        )
        app_id = self.store.add_application(self.now, **fields)
        self.store.add_evidence(
            app_id,
            message.message_id,
            "application_sent",
            "you sent an application with a résumé attached: "
            + ", ".join(
                a for a in message.attachments if a.lower().endswith(track.RESUME_SUFFIXES)
            ),
            when,
        )
        report.created += 1
        report.new_application_ids.append(app_id)
        self._remember(app_id, known)
        return app_id

    def _settle_draft(self, message_id: str | None, known: _Known) -> int:
        """A draft we made shows up in Sent: it was sent (by us, or by the user's client)."""
        if not message_id or message_id not in known.draft_ids:
            return 0
        from assistant.app.approval import settle_from_sent

        known.draft_ids.pop(message_id)
        return len(settle_from_sent(self.store, [message_id], self.now))

    def _remember(self, app_id: int, known: _Known) -> None:
        row = self.store.application_row(app_id)
        if row is None:
            return
        summary = _summary(row, known.apps.get(app_id))
        known.apps[app_id] = summary
        if summary.domain:
            known.domains.add(summary.domain)
        if summary.contact_email:
            known.contacts[summary.contact_email.lower()] = app_id
        known.link(row["thread_message_id"], app_id)

    def _load_known(self) -> _Known:
        apps = {row["id"]: _summary(row, None) for row in self.store.application_rows()}
        known = _Known(apps, {}, {a.domain for a in apps.values() if a.domain}, {})
        known.contacts = {a.contact_email.lower(): a.id for a in apps.values() if a.contact_email}
        for row in self.store.application_rows():
            known.link(row["thread_message_id"], row["id"])
        for message_id, app_id in self.store.linked_message_ids():
            known.link(message_id, app_id)
        for draft in self.store.drafts():
            if draft.message_id and draft.application_id:
                known.link(draft.message_id, draft.application_id)
                if draft.status not in ("sent", "discarded"):
                    known.draft_ids[draft.message_id] = draft.id
        return known


def _summary(row: dict[str, Any], previous: track.AppSummary | None) -> track.AppSummary:
    return track.AppSummary(
        id=row["id"],
        company=row["company"],
        role=row["role"],
        status=Status(row["status"]),
        requisition_id=row["requisition_id"],
        contact_email=row["contact_email"],
        message_ids=previous.message_ids if previous else frozenset(),
    )


def _is_no_reply(address: str) -> bool:
    from assistant.core.addresses import is_no_reply

    return is_no_reply(address)


def _is_automatic(message: Message, analysis: Analysis) -> bool:
    """Sent by a machine: an ATS, a no-reply address, or marked by RFC 3834-style headers."""
    if analysis.kind is Kind.AUTO_REPLY or analysis.ats:
        return True
    if message.sender and _is_no_reply(message.sender.email):
        return True
    headers = message.headers
    auto = headers.get("auto-submitted", "no").strip().lower()
    precedence = headers.get("precedence", "").strip().lower()
    return (
        auto not in ("", "no")
        or precedence in ("bulk", "junk", "list", "auto_reply")
        or "list-id" in headers
        or "x-autoreply" in headers
        or "x-autorespond" in headers
    )


def _analysis_json(analysis: Analysis) -> dict[str, Any]:
    return {
        "kind": analysis.kind.value,
        "company": analysis.company,
        "role": analysis.role,
        "ats": analysis.ats,
        "requisition_id": analysis.requisition_id,
        "contact": str(analysis.contact) if analysis.contact else None,
        "no_follow_up": analysis.no_follow_up,
        "no_follow_up_phrase": analysis.no_follow_up_phrase,
        "phone": analysis.phone,
        "response_window": analysis.response_window.phrase if analysis.response_window else None,
    }
