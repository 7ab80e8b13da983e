"""The user's corrections (the use cases behind ``followup correct`` and review's keys).

A correction says what one received message really is: its kind, whether it asks
not to be followed up, the company or the role; a confirmation says the
classifier's guess was right. Either is kept in the store, the message's
application is re-derived at once (status, no-follow-up, company and role, the
next step), and from then on:

- a rescan of the same message takes the user's word (:func:`classifier`);
- the local refit (``core/learning.py``), trained again on every correction and
  saved next to the store, moves later mail of the same style to the corrected
  kind. It never leaves the machine; the packaged model is never changed.

Unsure results (confidence below ``UNSURE_BELOW``) wait for such a word:
:mod:`assistant.app.unsure` lists them, and the planner drafts no email for an
application whose latest message is one.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.adapters.store import Store
from assistant.app.holds import restore_ruled_out
from assistant.app.ruled_out import blocking_reason, void_blocked_drafts
from assistant.app.unsure import with_unsure
from assistant.core import learning
from assistant.core.addresses import is_no_reply
from assistant.core.models import FINAL_STATUSES, Analysis, Kind, Message, Status
from assistant.core.track import advances
from assistant.errors import FollowupError

if TYPE_CHECKING:
    from assistant.adapters.settings import Settings

log = logging.getLogger(__name__)

REFIT_FILE = "corrections-refit.json"
KINDS = tuple(k.value for k in Kind)


class UnknownMessage(FollowupError):
    """No received message has this Message-ID."""

    def __init__(self, message_id: str) -> None:
        super().__init__(
            f"no received message with Message-ID {message_id}",
            hint="`followup apps show ID` lists each message's Message-ID",
        )


@dataclass(frozen=True)
class Outcome:
    """What one correction did."""

    message_id: str
    application_id: int | None
    said: str
    status_before: str | None
    status_after: str | None
    next_action: str | None = None
    next_reason: str | None = None
    held: tuple[int, ...] = ()  # its approved emails held by new mail (app/holds.py)
    restored: tuple[int, ...] = ()  # its draft that mail had ruled out, back (app/holds.py)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# -- correcting ------------------------------------------------------------------------


def correct(
    store: Store,
    message_id: str,
    now: datetime,
    *,
    kind: str | None = None,
    no_follow_up: bool | None = None,
    company: str | None = None,
    role: str | None = None,
    confirm: bool = False,
    settings: Settings | None = None,
) -> Outcome:
    """Record the user's word about one message and re-derive its application.

    ``kind`` must be one of :data:`KINDS` (the CLI checks it first: a usage error);
    a company or role that is not one line raises ``InvalidValue``.
    ``settings``: to plan the application's next step at once (without a config
    the next ``plan`` does it).
    """
    from assistant.app.applications import check_text  # it imports this module

    company = check_text(company, field="company", required=True) if company is not None else None
    role = check_text(role, field="role", required=True) if role is not None else None
    row = store.received_message(message_id)
    if row is None:
        raise UnknownMessage(message_id)
    new_kind = Kind(kind) if kind else None
    correction = learning.Correction(new_kind, no_follow_up, company, role, confirm)
    analysis = _stored_analysis(row)
    corrected = learning.apply_correction(analysis, correction)
    said = corrected.reasons[-1]
    app_id = row["application_id"]
    before = None
    restored: tuple[int, ...] = ()
    with store.transaction():
        store.add_correction(
            row["id"],
            now,
            analysis=_analysis_json(row, corrected),
            kind=new_kind.value if new_kind else None,
            no_follow_up=no_follow_up,
            company=company,
            role=role,
            confirmed=confirm,
        )
        if app_id is None:
            app_id = _maybe_create(store, row, corrected, now)
        if app_id is not None:
            before = (store.application_row(app_id) or {}).get("status")
            ruled_out = blocking_reason(store.application(app_id)) is not None
            store.add_evidence(app_id, row["message_id"], "correction", said, now)
            rederive(
                store,
                app_id,
                now,
                was=(row["message_id"], row["kind"]),
                company=company,
                role=role,
                no_follow_up=no_follow_up,
            )
            restored = tuple(restore_ruled_out(store, app_id, now)) if ruled_out else ()
    save_refit(store)
    after = next_action = next_reason = None
    if app_id is not None:
        after = (store.application_row(app_id) or {}).get("status")
        if settings is not None:
            next_action, next_reason = plan_next(store, settings, app_id, now)
    held = tuple(d.id for d in store.drafts(["held"], application_id=app_id)) if app_id else ()
    return Outcome(
        row["message_id"], app_id, said, before, after, next_action, next_reason, held, restored
    )


def _stored_analysis(row: dict[str, Any]) -> Analysis:
    data = json.loads(row["analysis"] or "{}")
    kind = row["kind"] if row["kind"] in KINDS else Kind.OTHER_JOB.value
    return Analysis(
        kind=Kind(kind),
        company=data.get("company"),
        role=data.get("role"),
        ats=data.get("ats"),
        no_follow_up=bool(data.get("no_follow_up")),
        no_follow_up_phrase=data.get("no_follow_up_phrase"),
    )


def _analysis_json(row: dict[str, Any], analysis: Analysis) -> str:
    """The message's stored analysis with the user's corrections written in."""
    data = json.loads(row["analysis"] or "{}")
    data.update(
        kind=analysis.kind.value,
        company=analysis.company,
        role=analysis.role,
        no_follow_up=analysis.no_follow_up,
        no_follow_up_phrase=analysis.no_follow_up_phrase,
    )
    return json.dumps(data, ensure_ascii=False)


def _maybe_create(
    store: Store, row: dict[str, Any], analysis: Analysis, now: datetime
) -> int | None:
    """A job message kept without an application, corrected to one that starts a record."""
    starts = {
        Kind.APPLICATION_CONFIRMATION: Status.APPLIED,
        Kind.REJECTION: Status.REJECTED,
        Kind.INTERVIEW_INVITATION: Status.INTERVIEWING,
    }
    if analysis.kind not in starts:
        return None
    when = datetime.fromisoformat(row["date"]) if row["date"] else now
    app_id = store.add_application(
        now,
        company=analysis.company,
        role=analysis.role,
        ats=analysis.ats,
        status=starts[analysis.kind],
        applied_at=when,
        last_activity_at=when,
        thread_subject=row["subject"],
    )
    store.link_message(row["id"], app_id)
    store.add_evidence(
        app_id, row["message_id"], analysis.kind.value, "created by your correction", when
    )
    return app_id


# -- re-deriving an application from its messages ---------------------------------------

_BY_KIND = {
    Kind.REJECTION.value: Status.REJECTED,
    Kind.INTERVIEW_INVITATION.value: Status.INTERVIEWING,
}


def rederive(
    store: Store,
    app_id: int,
    now: datetime,
    *,
    was: tuple[str, str] | None = None,
    company: str | None = None,
    role: str | None = None,
    no_follow_up: bool | None = None,
) -> None:
    """Status, no-follow-up and the named fields again, from the messages as corrected.

    The status is replayed over the application's history: each received message
    with its kind, and the user's own changes (edits, close, withdraw), once with
    the kind the corrected message had before (``was``: Message-ID, kind) and once
    as corrected. Only a difference between the two moves the status, so what the
    history does not show (a record added by hand) is kept. Without ``was`` (mail
    moved between applications: app/regrouping.py) the whole history decides.
    """
    messages = {m["message_id"]: m for m in store.application_messages(app_id) if m["message_id"]}
    history = store.evidence(app_id)
    corrected = _replay(history, messages, {})
    before = _replay(history, messages, dict([was])) if was else corrected
    row = store.application_row(app_id) or {}
    fields: dict[str, Any] = {}
    if corrected != before or was is None:
        fields["status"] = corrected
    if no_follow_up is not None:
        said = [_no_follow_up(m) for m in messages.values() if m["direction"] == "in"]
        phrases = [p for p in said if p is not None]
        fields["no_follow_up"] = bool(phrases)
        fields["no_follow_up_phrase"] = next((p for p in phrases if p), None)
    if company:
        fields["company"] = company
    if role:
        fields["role"] = role
    if fields:
        store.update_application(app_id, now, **fields)
    if fields.get("status", row.get("status")) in FINAL_STATUSES or fields.get("no_follow_up"):
        void_blocked_drafts(store, app_id, now)


def _replay(
    history: list[dict[str, Any]], messages: dict[str, dict[str, Any]], kinds: dict[str, str]
) -> Status:
    """The status the history gives, with ``kinds`` (Message-ID -> kind) in place of
    the stored kinds of those messages."""
    status = Status.APPLIED
    for event in history:
        message = messages.get(event["message_id"]) if event["message_id"] else None
        kind = kinds.get(event["message_id"]) if message is not None else None
        target = _event_status(event, message, kind or (message or {}).get("kind"))
        if target is None:
            continue
        if event["kind"] in ("edited", "closed", "withdrawn") or advances(status, target):
            status = target  # the user's own word, or what the mail says
    return status


def _event_status(
    event: dict[str, Any], message: dict[str, Any] | None, current: str | None
) -> Status | None:
    """The status one history row asks for (``current``: its message's kind), or None."""
    kind, reason = event["kind"], event["reason"]
    if kind == "edited" and "status " in reason and " -> " in reason:
        target = reason.split("status ", 1)[1].split(" -> ", 1)[1].split(";")[0].split(",")[0]
        return Status(target.strip()) if target.strip() in Status.__members__.values() else None
    if kind in ("closed", "withdrawn"):
        return Status(kind)
    if message is None or kind not in KINDS:
        return None
    if current in _BY_KIND:
        return _BY_KIND[current]
    if current != kind:  # corrected: was it a person answering?
        data = json.loads(message["analysis"] or "{}")
        sender = message["sender"] or ""
        person = not data.get("ats") and not is_no_reply(sender.rpartition("<")[2].strip(">"))
        return Status.REPLIED if current == Kind.OTHER_JOB.value and person else None
    if reason.startswith("offer"):
        return Status.OFFER
    if reason.startswith("a person replied"):
        return Status.REPLIED
    return None


def _no_follow_up(message: dict[str, Any]) -> str | None:
    """The no-follow-up phrase of one message as corrected ('' when the user said so
    without one); None when it does not ask that."""
    data = json.loads(message["analysis"] or "{}")
    if not data.get("no_follow_up"):
        return None
    return str(data.get("no_follow_up_phrase") or "")


def plan_next(
    store: Store, settings: Settings, app_id: int, now: datetime
) -> tuple[str | None, str | None]:
    """The application's next step, decided again and saved (no draft is made here)."""
    from assistant.app.service import policy_of
    from assistant.core import plan as planner

    application = with_unsure(store, [store.application(app_id)])[0]
    decision = planner.decide(application, policy_of(settings), now)
    store.save_decision(
        app_id, decision.action, decision.channel, decision.due_at, decision.reason, now
    )
    return decision.action, decision.reason


# -- the local refit and the classifier that uses it -------------------------------------


def refit_path(store: Store) -> Path | None:
    """The refit file, next to the store (None for an in-memory store)."""
    return store.path.parent / REFIT_FILE if store.path is not None else None


def _examples(store: Store) -> list[learning.Example]:
    """What the refit learns from: each message whose kind the user gave or confirmed,
    with what the classifier had said of it first."""
    examples = []
    first_said: dict[int, str | None] = {}
    for row in store.corrections():
        first_said.setdefault(row["message_ref"], row["was_kind"])
        if (row["kind"] or row["confirmed"]) and row["message_kind"] in KINDS:
            was = first_said[row["message_ref"]]
            examples.append(
                learning.Example(
                    Kind(row["message_kind"]),
                    frozenset(learning.unpack(row["features"])),
                    row["message_id"],
                    parseaddr(row["sender"] or "")[1].rpartition("@")[2].lower(),
                    Kind(was) if was in KINDS else None,
                )
            )
    return examples


def save_refit(store: Store) -> learning.Refit:
    """Train the refit on every correction again and write it (privately, atomically)."""
    fitted = learning.refit(_examples(store))
    path = refit_path(store)
    if path is not None:
        partial = path.with_name(path.name + ".new")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(fitted.to_json())
        os.replace(partial, path)
    return fitted


def load_refit(store: Store) -> learning.Refit:
    """The saved refit; rebuilt from the store when the file is missing or unreadable
    (the corrections in the store are what counts)."""
    path = refit_path(store)
    if path is not None and path.exists():
        try:
            return learning.Refit.from_json(path.read_text("utf-8"))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("refit file %s unreadable (%s); training it again", path, exc)
    if not store.corrections():
        return learning.Refit()
    return save_refit(store)


def overrides(store: Store) -> dict[str, learning.Correction]:
    """The user's last word on each corrected message, by Message-ID."""
    merged = {}
    for message_id, rows in store.corrections_by_message_id().items():
        said: dict[str, Any] = {}
        for row in rows:  # oldest first: later words win
            if row["kind"]:
                said["kind"] = Kind(row["kind"])
            if row["no_follow_up"] is not None:
                said["no_follow_up"] = bool(row["no_follow_up"])
            for key in ("company", "role"):
                if row[key]:
                    said[key] = row[key]
            said["confirmed"] = said.get("confirmed", False) or bool(row["confirmed"])
        merged[message_id] = learning.Correction(**said)
    return merged


def classifier(
    store: Store, classify: Callable[[Message], Analysis] | None = None
) -> Callable[[Message], Analysis]:
    """``classify`` (the core's by default, loaded at the first message) with the
    user's corrections: their word for a message they corrected, the refit for the rest."""
    said = overrides(store)
    fitted = load_refit(store)
    base: list[Callable[[Message], Analysis]] = [classify] if classify else []

    def run(message: Message) -> Analysis:
        if not base:
            from assistant.core.classify import classify as core_classify

            base.append(core_classify)
        analysis = base[0](message)
        correction = said.get(message.message_id or "")
        if correction is not None:
            return learning.apply_correction(analysis, correction)
        if fitted.examples:
            units = learning.features(message)
            return fitted.adjust(analysis, units, learning.sender_of(message))
        return analysis

    return run
