"""What waits for the user's word before an email may be drafted or sent.

Two things do: an application whose latest status-deciding message was
classified below the threshold (an *unsure* result, ``core/learning.py``:
:func:`unsure`, :func:`held_back`), and a message the scan could not place between
applications (:func:`open_questions`, settled by ``apps attach``). The planner
drafts no email for either (:func:`with_unsure`); approving, pushing and sending
ask :func:`held_back`. The user answers with ``followup correct`` or ``review``
(:mod:`assistant.app.corrections`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from assistant.adapters.store import Store
from assistant.core import learning
from assistant.core.models import Application, Kind


@dataclass(frozen=True)
class Unsure:
    """An application's latest status-deciding message, classified below the threshold."""

    application_id: int
    message_id: str
    kind: str
    confidence: float
    subject: str
    sender: str
    date: str | None
    reasons: tuple[str, ...]

    @property
    def words(self) -> str:
        return (
            f"the latest message is unsure: {self.message_id} from {self.sender or '?'} "
            f"looks like {self.kind} ({self.confidence:.2f}); confirm or correct it with "
            f"`followup correct {self.message_id} --confirm` or `--kind KIND`"
        )

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "reasons": list(self.reasons)}


def unsure(store: Store, application_ids: Iterable[int] | None = None) -> list[Unsure]:
    """Applications whose latest status-deciding message is unsure (sure automatic
    replies decide nothing and are passed over)."""
    ids = application_ids
    if ids is None:
        ids = [row["id"] for row in store.application_rows(include_closed=False)]
    found = []
    for app_id in ids:
        for row in store.received_messages(app_id):
            sure = not learning.is_unsure(row["confidence"])
            if row["kind"] == Kind.AUTO_REPLY.value and sure:
                continue
            if not sure and row["message_id"]:
                found.append(
                    Unsure(
                        app_id,
                        row["message_id"],
                        row["kind"],
                        float(row["confidence"]),
                        row["subject"] or "",
                        row["sender"] or "",
                        row["date"],
                        tuple(row["reasons"]),
                    )
                )
            break
    return found


def held_back(store: Store, application_id: int) -> str | None:
    """Why an email about this application waits (its latest message is unsure), or None.

    Approving and pushing ask this; it is no reason to discard a draft: the user
    may confirm the guess."""
    held = unsure(store, [application_id])
    return f"application {application_id}: {held[0].words}" if held else None


def with_unsure(store: Store, applications: Iterable[Application]) -> list[Application]:
    """The applications, each marked when its latest message is unsure (the planner
    then drafts no email for it)."""
    apps = list(applications)
    marks = {u.application_id: u.words for u in unsure(store, [a.id for a in apps])}
    for app_id, words in open_questions(store, [a.id for a in apps]).items():
        marks.setdefault(app_id, words)
    return [replace(a, unsure=marks[a.id]) if a.id in marks else a for a in apps]


def open_questions(store: Store, application_ids: list[int]) -> dict[int, str]:
    """Applications with a message the scan could not place (an 'unsure' line not yet
    settled by ``apps attach``), with the words that say so: no email is drafted for
    them until the user has said which application the message belongs to."""
    found: dict[int, str] = {}
    for app_id in application_ids:
        asked = [e for e in store.evidence(app_id) if e["kind"] == "unsure"]
        if asked:
            found[app_id] = f"on hold until you say where a message belongs: {asked[-1]['reason']}"
    return found
