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

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from functools import partial

from assistant.adapters.sources.base import FolderInfo, HeaderBlock, MailSource
from assistant.adapters.store import Store
from assistant.app import retry
from assistant.app.fetching import Ahead
from assistant.app.reading import Batch, Reading, message_key
from assistant.app.recording import Recorder, ScanReport
from assistant.app.understanding import WORKER_FROM, Worker
from assistant.core import drafts as draft_moves
from assistant.core import intake
from assistant.core.intake import Known
from assistant.core.models import Analysis, Message
from assistant.errors import ConfigError, ConnectError

__all__ = ["Scanner", "ScanReport", "message_key"]

log = logging.getLogger(__name__)


class Scanner(Reading):
    """Runs scans of mail sources into a store.

    ``parse``, ``classify`` and ``screen`` default to the core's; ``sleep`` and
    ``progress`` are seams for tests and the terminal. With ``worker_from``, a
    folder with that many new messages or more is read with a worker process
    (:mod:`assistant.app.understanding`; only with the core's parse and classify).
    ``worker``: one the front end started early (a first scan), taken instead of
    starting one; the front end closes it if the scan has no use for it.
    """

    def __init__(
        self,
        store: Store,
        *,
        own_addresses: Iterable[str] = (),
        own_names: Iterable[str] = (),
        now: datetime,
        parse: Callable[[bytes], Message] | None = None,
        classify: Callable[[Message], Analysis] | None = None,
        screen: Callable[[Message], str | None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        policy: retry.Policy = retry.ONE_SHOT,
        progress: Callable[[str, int, int], None] | None = None,
        worker_from: int | None = WORKER_FROM,
        worker: Worker | None = None,
    ) -> None:
        from assistant.core import parse as parse_module

        self.store = store
        self.own = {a.lower() for a in own_addresses if a}
        self.now = now
        self.parse = parse or parse_module.parse
        self._classify = classify
        self._classify_as_taught: Callable[[Message], Analysis] | None = None
        self._screen = screen
        self.sleep = sleep
        self.policy = policy
        self.progress = progress
        self.worker_from = worker_from
        self._may_use_worker = parse is None and classify is None
        self._worker: Worker | None = None
        self._started = worker  # started before the scan: used when it reads with one
        self._taught: Callable[[Message, Analysis], Analysis] | None = None
        self.recorder = Recorder(
            store, own=self.own, now=now, own_names=tuple(n for n in own_names if n)
        )

    # -- the loop -----------------------------------------------------------------

    def scan(
        self, source: MailSource, *, since: date | None = None, backfill: bool = False
    ) -> ScanReport:
        """Scan every folder of ``source``; ``since`` limits a folder's first scan.

        ``backfill``: the user asked for ``since`` explicitly, so folders scanned
        before from a later date are also read back to ``since``.
        """
        try:
            return self._scan(source, since, backfill)
        finally:
            if self._worker is not None:
                self._worker.close()
                self._worker = None

    def _scan(self, source: MailSource, since: date | None, backfill: bool) -> ScanReport:
        report = ScanReport()
        known = self.recorder.load_known()
        folders = source.folders()  # a server that cannot be reached fails the scan at once
        self._start_early(source, folders, since)
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

    def _start_early(
        self, source: MailSource, folders: Sequence[FolderInfo], since: date | None
    ) -> None:
        """A first scan of a big account starts its worker before the first folder, so
        that it is ready when the big one comes (Sent, read first, is often small).
        Otherwise a folder with ``worker_from`` new messages starts it.

        What the scan will read is counted: every message (IMAP ``STATUS``) for the
        whole history, those delivered in the window (``SEARCH SINCE``) for ``since``.
        """
        count = getattr(source, "message_count", None)
        if count is None or not self._may_use_worker or self.worker_from is None:
            return
        if self.store.folder_states(source.account):
            return  # not the first scan: no round trips for the daemon's scans
        try:
            if since is None:
                total = sum(count(folder) or 0 for folder in folders)
            else:
                total = sum(len(self._window(source, folder, since)) for folder in folders)
        except Exception as exc:  # counting only decides when the worker starts
            if not retry.is_transient(exc):
                raise
            log.info("could not count the mail to scan (%s); the folders will tell", exc)
            source.close()  # the first folder connects again, under its retries
            return
        self._start_worker_for(total)

    def _window(self, source: MailSource, folder: FolderInfo, since: date) -> list[int]:
        """The UIDs a first scan of ``folder`` reads (none if it cannot be opened: the
        scan says why when it comes to that folder)."""
        try:
            return source.uids(source.select(folder), 0, since)
        except ConfigError:
            return []

    def _start_worker_for(self, messages: int) -> None:
        """Start the worker process when ``messages`` are to be read (``worker_from``)."""
        if self._worker is not None or not self._may_use_worker or self.worker_from is None:
            return
        if messages >= self.worker_from:
            self._worker, self._started = self._started or Worker.start(), None

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
        known: Known | None = None,
    ) -> None:
        """``step`` with a fresh connection after a transient error (:mod:`assistant.app.retry`)."""

        def reopen(exc: BaseException, attempt: int, delay: float) -> None:
            log.warning("connection lost (%s); reconnecting in %.1f s", exc, delay)
            report.reconnects += 1
            source.close()  # the next step connects again
            if known is not None:
                # the failed batch was rolled back: forget what it taught us too
                vars(known).update(vars(self.recorder.load_known()))

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
        self, source: MailSource, folders: Sequence[FolderInfo], known: Known, report: ScanReport
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
                    batch = Batch.of(headers)
                    self._handle_batch(source, selected, batch, known, report, recount=False)

            self._retrying(source, folder, report, again, known)

    def _scan_folder(
        self,
        source: MailSource,
        folder: FolderInfo,
        since: date | None,
        known: Known,
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
        batches = [uids[start : start + batch_size] for start in range(0, total, batch_size)]
        self._start_worker_for(total)
        # the next batch's headers are fetched while this one is understood and written
        with Ahead() as ahead:
            coming = self._next(source, folder, batches[0], ahead) if batches else None
            for i, batch in enumerate(batches):
                assert coming is not None
                following = batches[i + 1] if i + 1 < len(batches) else None
                coming = self._handle_batch(
                    source,
                    folder,
                    coming,
                    known,
                    report,
                    position=batch[-1],
                    ahead=ahead,
                    then=partial(self._next, source, folder, following, ahead)
                    if following
                    else None,
                )
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
        known: Known,
        report: ScanReport,
    ) -> None:
        """Read older mail (UIDs up to ``below``, delivered since ``since``) that an
        earlier, narrower first scan left out; what is stored already is skipped."""
        window = None if since == date.min else since  # date.min: everything
        uids = [uid for uid in source.uids(folder, 0, window) if uid <= below]
        batch_size = getattr(source, "header_batch", 1000)
        for start in range(0, len(uids), batch_size):
            headers = source.fetch_headers(folder, uids[start : start + batch_size])
            self._handle_batch(source, folder, Batch.of(headers), known, report)

    def _handle_batch(
        self,
        source: MailSource,
        folder: FolderInfo,
        batch: Batch,
        known: Known,
        report: ScanReport,
        *,
        recount: bool = True,
        position: int | None = None,
        ahead: Ahead | None = None,
        then: Callable[[], Batch] | None = None,
    ) -> Batch | None:
        """Decide from headers, fetch and understand the candidates, then write.

        The network and the parsing happen before the write transaction opens, so
        other commands are never kept waiting on the database by a slow server or
        a large message; each message is written under its own savepoint, so one
        that fails leaves nothing half-written. The folder's position is saved
        with the last write of the batch, so nothing of it is skipped if the
        connection drops in between.

        ``then`` starts the next batch (its header fetch, and with a worker the
        reading of its likely candidates) once this batch's own fetches are
        queued; that batch is returned.
        """
        duplicates: list[tuple[int, HeaderBlock, Message]] = []
        wanted: dict[int, tuple[HeaderBlock, str, str]] = {}
        passed: list[tuple[HeaderBlock, str, Message]] = []
        if batch.start is not None:  # a folder's first batch: the worker starts on it at once
            batch.start()
        parsed = self._parsed(batch)
        stored = self.store.message_refs(source.account, [key for _b, _h, key in parsed])
        for block, head, key in parsed:
            report.seen += recount
            if key in stored:
                report.duplicates += recount
                duplicates.append((stored[key], block, head))
                continue
            screen = partial(self._screened, batch, block.uid)
            reason = intake.why_fetch(head, folder.role, known, self.own, screen)
            if reason is not None:
                wanted[block.uid] = (block, key, reason)
            else:
                passed.append((block, key, head))
        ahead = ahead or Ahead(threaded=False)
        reading = self._read(source, folder, list(wanted), ahead, batch.reading)
        coming = then() if then is not None else None
        understood = self._understood(folder, wanted, reading, report, coming)
        if coming is not None and coming.start is not None:
            coming.start()  # before the writes: the worker reads while this batch is written
        apps_before = len(known.apps)
        again: dict[int, tuple[HeaderBlock, str, str]] = {}
        with self.store.transaction():
            for message_ref, block, head in duplicates:
                if folder.uidvalidity is not None:
                    self.store.add_location(message_ref, folder.name, folder.uidvalidity, block.uid)
                if folder.role == "sent" and head.message_id in known.draft_ids:
                    report.drafts_settled += self.recorder.settle_draft(head.message_id, known)
            for item in understood:
                self.recorder.record_safely(source.account, folder, item, known, report)
            if len(known.apps) > apps_before:
                # this batch found new applications: mail in it that was passed over may
                # be a reply to them or the user's own follow-up (an mbox holds both)
                for block, key, head in passed:
                    reason = self._why_fetch(head, folder, known, screen=False)
                    if reason is not None:
                        again[block.uid] = (block, key, reason)
            if not again:
                self._save_position(source, folder, position)
        if again:
            reading = self._read(source, folder, list(again), ahead)
            understood = self._understood(folder, again, reading, report)
            with self.store.transaction():
                for item in understood:
                    self.recorder.record_safely(source.account, folder, item, known, report)
                self._save_position(source, folder, position)
        return coming

    def _save_position(self, source: MailSource, folder: FolderInfo, position: int | None) -> None:
        if position is not None and folder.uidvalidity is not None:
            self.store.save_folder_state(
                source.account, folder.name, folder.uidvalidity, position, self.now
            )

    # -- deciding what to fetch ---------------------------------------------------------

    def _why_fetch(
        self, head: Message, folder: FolderInfo, known: Known, *, screen: bool = True
    ) -> str | None:
        return intake.why_fetch(head, folder.role, known, self.own, self.screen if screen else None)
