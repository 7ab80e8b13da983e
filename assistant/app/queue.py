"""The draft queue for an editor that holds a draft open (the web page): versions.

A page shows a draft, the user edits it, and saves minutes later; meanwhile
another tab, ``followup drafts edit`` or ``followup send`` may have changed it.
:func:`version` is a short fingerprint of everything a user sees of a draft;
:func:`save` refuses an edit made on an older version (:class:`StaleDraft`)
instead of silently overwriting the newer one. Validation is
:func:`assistant.app.approval.edit`'s, the same as the CLI's.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from assistant.adapters.store import Store
from assistant.app import approval
from assistant.core.drafts import Draft
from assistant.errors import DraftError

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


def save(
    store: Store,
    draft_id: int,
    seen_version: str,
    now: datetime,
    *,
    to: str | None = None,
    subject: str | None = None,
    body: str | None = None,
) -> Draft:
    """Save an edit made on ``seen_version``; returns the updated row.

    Raises :class:`StaleDraft` when the draft is no longer that version, and
    :class:`DraftError` (from :func:`approval.edit`) when the edit is invalid;
    in both cases the stored draft is unchanged.
    """
    with store.transaction():
        _check(store, draft_id, seen_version)
        return approval.edit(store, draft_id, now, to=to, subject=subject, body=body)


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
