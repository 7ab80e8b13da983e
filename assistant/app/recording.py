"""Writing what a scan understood: one message at a time, each under a savepoint.

The core decides (:mod:`assistant.core.intake`); this stores its decision, the
message and the evidence, and keeps the scan's in-memory :class:`Known` current.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from assistant.adapters.sources.base import FolderInfo, HeaderBlock
from assistant.adapters.store import Store
from assistant.app import changes
from assistant.app.changes import Change
from assistant.core import intake, learning, match_keys
from assistant.core.intake import Known
from assistant.core.language import guess as guess_language
from assistant.core.models import Analysis, Message
from assistant.core.parse import parse
from assistant.errors import FollowupError

log = logging.getLogger(__name__)

#: how much of a kept message's text the store holds (the evidence is shown in it)
MESSAGE_TEXT_LIMIT = 20_000


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
    #: approved emails held: mail about their application came after the approval
    drafts_held: int = 0
    new_application_ids: list[int] = field(default_factory=list)
    #: what changed, by company and role (new applications, rejections, interviews, ...)
    changes: list[Change] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "changes": [change.as_dict() for change in self.changes]}


@dataclass
class Understood:
    """One candidate after fetching and understanding, before anything is written."""

    block: HeaderBlock
    key: str
    reason: str
    message: Message | None = None
    outgoing: bool = False
    analysis: Analysis | None = None
    problem: str | None = None
    unread: str | None = None  # what of a big message could not be read (the rest was)
    # worked out with the analysis by the worker process (app/understanding.py):
    units: tuple[int, ...] | None = None  # learning.features
    language: str | None = ""  # "" not guessed yet; None: it could not be told


class Recorder:
    """Stores scanned messages and what they change, for one scan's ``now``."""

    def __init__(
        self, store: Store, *, own: set[str], now: datetime, own_names: tuple[str, ...] = ()
    ) -> None:
        self.store = store
        self.own = own
        self.own_names = own_names  # the user's names, never part of a role
        self._unsure = 0  # messages the scan could not place (counted for _record)
        self._recheck = False  # the message being recorded may stop drafts (app/holds.py)
        self.now = now

    def record_safely(
        self,
        account: str,
        folder: FolderInfo,
        item: Understood,
        known: Known,
        report: ScanReport,
    ) -> None:
        uid = item.block.uid
        if item.problem is not None or item.message is None:
            self.failure(account, folder, item, known, item.problem or "unreadable", report)
            return
        try:
            with self.store.savepoint():
                failures = report.failures
                application_id = self._record(account, folder, item, known, report)
                if item.unread and report.failures == failures:
                    self.failure(account, folder, item, known, item.unread, report, application_id)
        except FollowupError:
            raise
        except Exception as exc:  # a message that breaks the pipeline is recorded and skipped
            log.warning("cannot handle UID %s in %s: %s", uid, folder.name, exc)
            log.debug("details", exc_info=True)
            self.failure(account, folder, item, known, f"{type(exc).__name__}: {exc}", report)

    def failure(
        self,
        account: str,
        folder: FolderInfo,
        item: Understood,
        known: Known,
        defect: str,
        report: ScanReport,
        application_id: int | None = None,
    ) -> None:
        """Record a message that could not be read (wholly or in part), with the application
        it is about where that is known: that application drafts nothing until the user
        has looked (``followup scan --failures``)."""
        report.failures += 1
        head = item.message or parse(item.block.data)
        if application_id is None:
            application_id = _application_of(head, known)
        self.store.record_scan_failure(
            account,
            folder.name,
            item.block.uid,
            head.message_id,
            defect,
            self.now,
            application_id=application_id,
            sender=str(head.sender) if head.sender else None,
            subject=head.subject,
        )

    def _record(
        self,
        account: str,
        folder: FolderInfo,
        item: Understood,
        known: Known,
        report: ScanReport,
    ) -> int | None:
        """Track one understood message; returns its application's id (None: not kept)."""
        block, key, fetch_reason = item.block, item.key, item.reason
        message, outgoing, analysis = item.message, item.outgoing, item.analysis
        assert message is not None
        if analysis is not None and not analysis.is_job:
            defects = [r for r in analysis.reasons if r.startswith("defect:")]
            if defects and analysis.reasons[0] == defects[0]:
                # unreadable: recorded with its defect, and skipped
                self.failure(account, folder, item, known, defects[0], report)
                return None
        unsure_before = self._unsure
        self._recheck = False
        if outgoing:
            application_id = self._track_outgoing(message, known, report)
        else:
            assert analysis is not None
            if analysis.is_job:
                report.job_messages += 1
            application_id = self._track_incoming(message, analysis, known, report)
        asked = self._unsure > unsure_before  # kept for `apps attach` to find
        if application_id is None and not asked and (analysis is None or not analysis.is_job):
            return None  # private mail: nothing of it is kept
        row = {
            "account": account,
            "message_key": key,
            "message_id": message.message_id,
            "gm_msgid": block.gm_msgid,
            "folder": folder.name,
            "uidvalidity": folder.uidvalidity,
            "uid": block.uid,
            "direction": "out" if outgoing else "in",
            "subject": message.subject[:500],
            "text": message.text[:MESSAGE_TEXT_LIMIT],
            "sender": str(message.sender) if message.sender else None,
            "recipients": [a.email for a in (*message.to, *message.cc)],
            "date": message.date,
            "in_reply_to": message.in_reply_to,
            "kind": analysis.kind.value if analysis else "sent",
            "reasons": [fetch_reason, *(analysis.reasons if analysis else ())],
            "analysis": _analysis_json(analysis, message, item.language) if analysis else None,
            # how sure the classifier was, and the units a later correction teaches with
            "confidence": analysis.confidence if analysis else None,
            "features": learning.pack(
                learning.features(message) if item.units is None else item.units
            )
            if analysis
            else None,
            "defects": list(message.defects),
            "seen_at": self.now,
            "application_id": application_id,
        }
        message_ref = self.store.add_message(row)
        if folder.uidvalidity is not None:
            self.store.add_location(message_ref, folder.name, folder.uidvalidity, block.uid)
        if application_id is not None:
            known.link(message.message_id, application_id, own=outgoing)
            if self._recheck:  # now that the message is stored (holds read its confidence)
                from assistant.app.holds import after_mail

                held, discarded = after_mail(self.store, application_id, self.now)
                report.drafts_held += len(held)
                report.drafts_discarded += len(discarded)
        return application_id

    def _track_incoming(
        self, message: Message, analysis: Analysis, known: Known, report: ScanReport
    ) -> int | None:
        writes = intake.incoming(message, analysis, known, own=self.own, now=self.now)
        if writes is None:
            return None
        # drafts made before this mail are looked at again once it is stored
        self._recheck = writes.void_drafts or learning.is_unsure(analysis.confidence)
        return self._write(writes, message, known, report)

    def _track_outgoing(self, message: Message, known: Known, report: ScanReport) -> int | None:
        if message.message_id and message.message_id in known.draft_ids:
            report.drafts_settled += self.settle_draft(message.message_id, known)
        every = intake.outgoing(
            message, known, own=self.own, own_names=self.own_names, now=self.now
        )
        ids = [self._write(writes, message, known, report) for writes in every]
        for app_id in ids[1:]:  # one mail to several employers: each keeps its thread
            if app_id is not None:
                known.link(message.message_id, app_id)
        return next((i for i in ids if i is not None), None)

    def _write(
        self, writes: intake.Writes, message: Message, known: Known, report: ScanReport
    ) -> int | None:
        """Store what the core decided for one message; returns the application's id."""
        when = intake.plausible(message.date, self.now)
        if writes.unsure:
            self._unsure += 1
            for app_id in writes.unsure:  # told, not changed: the user says which
                for kind, reason in writes.evidence:
                    self.store.add_evidence(app_id, message.message_id, kind, reason, when)
            return None
        before = (
            None
            if writes.application_id is None
            else self.store.application_row(writes.application_id)
        )
        if writes.application_id is None:
            app_id = self.store.add_application(self.now, **writes.fields)
            report.created += 1
            report.new_application_ids.append(app_id)
        else:
            app_id = writes.application_id
            if writes.follow_up:
                if not self.store.add_follow_up(app_id, when, message.message_id, "sent"):
                    return app_id  # seen before: nothing new to say
            else:
                self.store.update_application(app_id, self.now, **writes.fields)
            report.updated += 1
        for kind, reason in writes.evidence:
            self.store.add_evidence(app_id, message.message_id, kind, reason, when)
        if not writes.follow_up:
            after = self.store.application_row(app_id)
            if after is not None:
                known.remember(after)
            report.changes += changes.of_write(before, after or {})
        return app_id

    def settle_draft(self, message_id: str | None, known: Known) -> int:
        """A draft we made shows up in Sent: it was sent (by us, or by the user's client)."""
        if not message_id or message_id not in known.draft_ids:
            return 0
        from assistant.app.approval import settle_from_sent

        known.draft_ids.pop(message_id)
        return len(settle_from_sent(self.store, [message_id], self.now))

    def load_known(self) -> Known:
        return Known.of(
            self.store.application_rows(),
            self.store.linked_message_ids(),
            self.store.drafts(),
            own=self.store.sent_message_ids(),
        )


def _application_of(head: Message, known: Known) -> int | None:
    """The known application a message is about, from its headers alone (or None)."""
    for ref in (head.in_reply_to, *head.references):
        if ref and ref in known.thread_ids:
            return known.thread_ids[ref]
    sender = head.sender.email.lower() if head.sender else ""
    if sender in known.contacts:
        return known.contacts[sender]
    domain = match_keys.employer_domain(head.sender.domain if head.sender else None)
    return next((a.id for a in known.apps.values() if domain and a.domain == domain), None)


def _analysis_json(analysis: Analysis, message: Message, language: str | None) -> dict[str, Any]:
    # the language picks the follow-up's templates (drafts: app/composing.py)
    if language == "":
        language = guess_language(f"{message.subject}\n{message.text}")
    return {
        "language": language,
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
