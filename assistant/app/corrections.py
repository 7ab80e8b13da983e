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
from assistant.app.applications import check_text
from assistant.app.holds import restore_ruled_out
from assistant.app.rederiving import plan_next, rederive
from assistant.app.ruled_out import blocking_reason
from assistant.core import learning
from assistant.core.drafts import DraftStatus
from assistant.core.models import KINDS, Analysis, Kind, Message, Status
from assistant.errors import FollowupError

if TYPE_CHECKING:
    from assistant.adapters.settings import Settings

log = logging.getLogger(__name__)

REFIT_FILE = "corrections-refit.json"


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

    @property
    def status_change(self) -> str:
        """The application's status, before -> after (or "still" after), for people."""
        before, after = self.status_before, self.status_after
        return f"{before} -> {after}" if before and before != after else f"still {after}"


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
    held = (
        tuple(d.id for d in store.drafts([DraftStatus.HELD], application_id=app_id))
        if app_id
        else ()
    )
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
    """``classify`` (the core's by default) with the user's corrections (:func:`taught`)."""
    from assistant.core.classify import classify as core_classify

    adjust, base = taught(store), classify or core_classify
    return lambda message: adjust(message, base(message))


def taught(store: Store) -> Callable[..., Analysis]:
    """What a classifier said, with the user's word or else the local refit applied.

    ``adjust(message, analysis, units=None)``: ``units`` are the message's
    :func:`learning.features` when the caller has them already (the scan's worker)."""
    said = overrides(store)
    fitted = load_refit(store)

    def adjust(
        message: Message, analysis: Analysis, units: tuple[int, ...] | None = None
    ) -> Analysis:
        correction = said.get(message.message_id or "")
        if correction is not None:
            return learning.apply_correction(analysis, correction)
        if fitted.examples:
            if units is None:
                units = learning.features(message)
            return fitted.adjust(analysis, units, learning.sender_of(message))
        return analysis

    return adjust
