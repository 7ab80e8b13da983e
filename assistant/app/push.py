"""``followup drafts push``: drafts into the account's Drafts folder, to send from any client.

A pushed draft is the mail client's from then on: ``review`` no longer offers it,
and a later scan that finds its Message-ID in Sent marks it sent
(:func:`assistant.app.approval.settle_from_sent`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.adapters import mail_folders
from assistant.adapters.smtp import one_line
from assistant.adapters.store import Store
from assistant.app import approval, ruled_out
from assistant.app.message import build_message, message_bytes, new_message_id
from assistant.core import drafts as machine
from assistant.core.drafts import Draft, DraftStatus

if TYPE_CHECKING:
    from assistant.adapters.settings import AccountSettings, Settings


@dataclass
class PushResult:
    draft_id: int
    status: str  # pushed | replaced | skipped
    folder: str | None = None
    detail: str = ""


def push_drafts(
    store: Store,
    settings: Settings,
    open_imap: Callable[[AccountSettings], Any],
    now: Callable[[], datetime],
    draft_ids: Sequence[int] | None = None,
    *,
    account: str | None = None,
    attachment: Path | None = None,
    include_no_recipient: bool = False,
) -> list[PushResult]:
    """APPEND drafts to the account's Drafts folder with ``\\Draft \\Seen``.

    With no ids: the email drafts waiting for the user
    (:func:`assistant.app.approval.waiting_emails`), and the pushed ones edited
    since. A draft pushed before is replaced: its old copy (found by Message-ID)
    is deleted by UID, then the new one appended. A draft with no recipient is
    pushed only with ``include_no_recipient``. Approved drafts are not pushed:
    they are about to be sent by ``followup send``. Nor are drafts whose
    application rules out email. A missing Drafts folder is created.
    """
    if draft_ids:
        drafts = [approval.get_draft(store, i) for i in draft_ids]
    else:
        drafts = approval.waiting_emails(store, include_no_recipient=include_no_recipient)
        drafts += edited_since_push(store)
    if account is not None:
        drafts = [d for d in drafts if account_of(settings, d) == account]
    results: list[PushResult] = []
    by_account: dict[str, list[Draft]] = {}
    for draft in drafts:
        reason = push_refusal(draft, approval.own_values(store, draft))
        if not reason and not draft.to_email and not include_no_recipient:
            reason = "it has no recipient yet (--include-no-recipient pushes it anyway)"
        reason = reason or ruled_out.application_blocks(store, draft)
        if reason:
            results.append(PushResult(draft.id, "skipped", detail=reason))
            continue
        by_account.setdefault(account_of(settings, draft), []).append(draft)
    for name, group in by_account.items():
        config = settings.account(name)
        client = open_imap(config)
        try:
            folder = mail_folders.special_folder(client, "drafts", create=True)
            for draft in group:
                results.append(_push_one(store, client, folder, config, draft, now(), attachment))
        finally:
            mail_folders.logout(client)
    return results


def edited_since_push(store: Store) -> list[Draft]:
    """Email drafts in the Drafts folder whose text changed after they were pushed."""
    return [
        d
        for d in store.drafts(["pending", "needs_recipient", "snoozed", "failed"])
        if d.is_email and d.pushed_at and d.updated_at > d.pushed_at
    ]


def account_of(settings: Settings, draft: Draft) -> str:
    """The account a draft goes out from: its own, else the default one."""
    return draft.account or settings.default_account().name


def _push_one(
    store: Store,
    client: Any,
    folder: str,
    config: AccountSettings,
    draft: Draft,
    now: datetime,
    attachment: Path | None,
) -> PushResult:
    message_id = draft.message_id or new_message_id(config.email)
    shown = draft.changed(message_id=message_id)
    try:
        data = message_bytes(build_message(shown, config, when=now, attachment=attachment))
    except Exception as exc:  # this draft cannot become a message; the others still can
        return PushResult(draft.id, "skipped", folder, one_line(exc))
    status = "pushed"
    if draft.pushed_at:
        removed = mail_folders.remove(client, folder, message_id)
        if removed == "cannot":
            return PushResult(
                draft.id, "skipped", folder, "already in Drafts (server cannot replace)"
            )
        if removed == "removed":
            status = "replaced"
    mail_folders.append(client, folder, data, (b"\\Draft", b"\\Seen"), now)
    store.apply(machine.pushed(draft, now, folder, account=config.name, message_id=message_id))
    return PushResult(draft.id, status, folder)


def push_refusal(draft: Draft, own: Sequence[str] = ()) -> str | None:
    """Why this draft is not pushed, or None."""
    if not draft.is_email:
        return f"a {draft.channel} draft is not an email; see `followup drafts show {draft.id}`"
    if draft.status not in (
        DraftStatus.PENDING,
        DraftStatus.NEEDS_RECIPIENT,
        DraftStatus.SNOOZED,
        DraftStatus.FAILED,
    ):
        return f"it is {draft.status}"
    leftover = approval.placeholder_in(draft.body, own) or approval.placeholder_in(
        draft.subject, own
    )
    if leftover:
        return f"it still has a placeholder: {leftover!r}"
    fields: Mapping[str, str | None] = {
        "Subject": draft.subject,
        "To": draft.to_email,
        "To name": draft.to_name,
    }
    for name, value in fields.items():
        bad = approval.header_problem(name, value)
        if bad:
            return bad
    return None
