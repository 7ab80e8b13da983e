"""Saving a user's edit of a draft (:func:`edit`, for the CLI and the web page), and
versions for an editor that holds a draft open (the web page).

A page shows a draft, the user edits it, and saves minutes later; meanwhile
another tab, ``followup drafts edit`` or ``followup send`` may have changed it.
:func:`version` is a short fingerprint of everything a user sees of a draft;
:func:`save` refuses an edit made on an older version (:class:`StaleDraft`)
instead of silently overwriting the newer one. Validation is
:func:`assistant.app.approval.edit`'s.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.adapters.store import Store
from assistant.app import approval, composing
from assistant.core.drafts import Draft
from assistant.errors import DraftError

if TYPE_CHECKING:
    from assistant.adapters.settings import Settings

_VERSIONED = (
    "status",
    "to_email",
    "to_name",
    "subject",
    "body",
    "snoozed_until",
    "approved_at",
    "updated_at",
)


class StaleDraft(DraftError):
    """The draft changed since the editor read it; nothing was saved."""


def version(draft: Draft) -> str:
    """A fingerprint of the draft as the user sees it (changes with every save)."""
    data = json.dumps([getattr(draft, k) for k in _VERSIONED], default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()[:16]


def review_rows(store: Store, now: datetime) -> list[dict[str, Any]]:
    """The open drafts as the Review page lists them: the ``drafts list --json`` fields
    plus the version, the recipient as text, whether the draft is in the review queue
    now, what keeps it from approval, and its application's company and role. The
    queue comes first, then approved drafts, then the rest (snoozed, pushed...)."""
    shown = []
    for draft in approval.list_drafts(store):
        row = approval.to_json(draft)
        row["to_email"] = draft.to_email
        row["version"] = version(draft)
        row["recipient"] = approval.recipient_text(draft)
        row["in_queue"] = approval.in_review(draft, now)
        row["problems"] = (
            approval.problems_of(store, draft)
            if row["status"] not in ("sent", "discarded", "sending")
            else []
        )
        app_row = store.application_row(draft.application_id or 0) or {}
        row["company"] = app_row.get("company") or ""
        row["role"] = app_row.get("role") or ""
        shown.append(row)
    shown.sort(key=lambda r: (not r["in_queue"], r["status"] != "approved", r["id"]))
    return shown


def save(
    store: Store,
    settings: Settings | None,
    draft_id: int,
    seen_version: str,
    now: datetime,
    *,
    to: str | None = None,
    subject: str | None = None,
    body: str | None = None,
) -> tuple[Draft, list[int]]:
    """:func:`edit`, made on ``seen_version``: raises :class:`StaleDraft` when the
    draft is no longer that version, and nothing is saved (one transaction)."""
    with store.transaction():
        _check(store, draft_id, seen_version)
        return edit(store, settings, draft_id, now, to=to, subject=subject, body=body)


def edit(
    store: Store,
    settings: Settings | None,
    draft_id: int,
    now: datetime,
    *,
    to: str | None = None,
    subject: str | None = None,
    body: str | None = None,
) -> tuple[Draft, list[int]]:
    """Save a user's edit (``followup drafts edit``, the web page): a new recipient
    becomes the application's contact and its drafts are re-rendered for it
    (:func:`composing.set_recipient`), then the subject and body the user changed
    are saved. Returns the draft and the ids of the other drafts re-rendered.

    Raises :class:`DraftError` when the edit is invalid; nothing is saved then
    (one transaction).
    """
    with store.transaction():
        draft = approval.get_draft(store, draft_id)
        redrafted: list[int] = []
        if to is not None and approval.recipient_text(draft) != to.strip():
            redrafted = composing.set_recipient(store, settings, draft_id, to, now)
        # only what the user changed: the re-render's greeting is not overwritten
        subject = subject if subject is not None and subject.strip() != draft.subject else None
        if body is not None and body.rstrip() == draft.body.rstrip():
            body = None
        saved = approval.edit(store, draft_id, now, subject=subject, body=body)
    return saved, [i for i in redrafted if i != draft_id]


def _check(store: Store, draft_id: int, seen_version: str) -> Draft:
    draft = approval.get_draft(store, draft_id)
    if version(draft) != seen_version:
        raise StaleDraft(
            f"draft {draft_id} was changed elsewhere since you opened it "
            f"(it is {draft.status} now); nothing was changed",
            hint="reload the page and look at the draft again",
        )
    return draft


def approve(store: Store, draft_id: int, seen_version: str, now: datetime) -> str:
    """:func:`approval.approve` on the version the user saw (what was read is what is approved)."""
    with store.transaction():
        _check(store, draft_id, seen_version)
        return approval.approve(store, draft_id, now)


def snooze(store: Store, draft_id: int, seen_version: str, until: datetime, now: datetime) -> Draft:
    with store.transaction():
        _check(store, draft_id, seen_version)
        return approval.snooze(store, draft_id, until, now)


def discard(store: Store, draft_id: int, seen_version: str, now: datetime) -> None:
    with store.transaction():
        _check(store, draft_id, seen_version)
        approval.discard(store, draft_id, now)
